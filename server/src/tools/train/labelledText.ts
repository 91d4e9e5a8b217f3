/**
 * How the label files (newsFlagLabels.json, newsLinkLabels.json) name a text without keeping it:
 * the first 16 hex digits of its SHA-256. A label whose text no longer hashes so points at
 * something the development data or the analysis has changed since.
 */
import { createHash } from 'node:crypto';

export function labelledTextHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
