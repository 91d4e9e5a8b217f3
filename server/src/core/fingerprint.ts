/**
 * A finding's fingerprint: its rule and a hash of the text it flags, normalised. It names the
 * finding without naming its place, so an "ignore" survives edits elsewhere in the file and a
 * reformatted line (other white space, other case) — and stops holding once the text itself changes.
 */
import { createHash } from 'node:crypto';
import type { Annotation } from './annotation.js';
import type { LocatedText } from './article.js';

export function normaliseFindingText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function fingerprint(code: string, text: string): string {
  return `${code}:${createHash('sha256').update(normaliseFindingText(text)).digest('hex').slice(0, 16)}`;
}

/** The fingerprint of an annotation of `article`. */
export function annotationFingerprint(annotation: Pick<Annotation, 'code' | 'range'>, article: LocatedText): string {
  const start = article.offsetAt(annotation.range.start);
  const end = article.offsetAt(annotation.range.end);
  return fingerprint(annotation.code, article.text.slice(start, end));
}
