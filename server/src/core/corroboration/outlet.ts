/**
 * The outlet that published an article, read from its own page furniture where it says so —
 * a rights line ("© 2025 Meridian News Agency"), a byline ("Editor of The Courier"), a wire
 * credit ("Meridian -"), a source address ("Source: https://courier.example/…") — else the
 * file's name.
 */
import type { Analysis } from '../annotate.js';
import type { Range } from '../annotation.js';
import { textBetween } from '../article.js';

/**
 * "All rights reserved", "Ltd" and the like end an outlet's name. The look-behind starts a match
 * only where a run of blanks starts: tried at every blank of a long run, the pattern took
 * quadratic time on a rights line padded with spaces (the same matches either way).
 */
const RIGHTS_TAIL = /(?<!\s)\s+(?:All|Ltd|Inc|Limited|Powered)\b.*$/;

/**
 * What a credit line gives must look like a name: one to six words, each capitalised (or a
 * joining "of", "the", "and", "&"), no sentence punctuation. A phrase of the article ("that an
 * armed society is a") is not an outlet; a host name ("courier.example") is.
 */
export function looksLikeName(name: string): boolean {
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(name)) return true;
  const words = name.split(' ');
  if (words.length > 6 || /^(?:by|and|of)$/i.test(words[0]!) || /^(?:and|of|the|&)$/i.test(words.at(-1)!)) return false;
  return words.every((w) => /^[\p{Lu}\d][\p{L}\d&.'’-]*$/u.test(w) || /^(?:of|the|and|&|de|du|la|le)$/.test(w));
}

export function fromRights(line: string): string | undefined {
  // The sign must stand on its own: in "clichÃ©" the "©" is half of a misread letter. The name
  // itself is matched case-sensitively: capitals are what tell a name from a phrase.
  const match = /(?:(?<!\p{L})©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)\s*(?:\(?\d{4}\)?[\s,.-]*)?(?:[Tt]he\s+)?([\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,5})/u.exec(line);
  // Blanks collapsed: a name padded with spaces or broken over a tab is one name.
  const name = match?.[1]
    ?.replace(RIGHTS_TAIL, '')
    .replace(/[.,]+$/, '')
    .trim()
    .replace(/\s+/g, ' ');
  return name && !/^(?:All|Rights|Copyright)$/i.test(name) ? name : undefined;
}

function fromByline(line: string): string | undefined {
  return /\b(?:[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Cc]olumnist)\s+(?:of|at|for)\s+((?:The\s+)?[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,4})/u.exec(line)?.[1];
}

function fromWireCredit(line: string): string | undefined {
  return /^([\p{Lu}][\p{L}.&'’ ]{1,40}?)\s*[-–—]+\s*$/u.exec(line)?.[1] ?? /\(([\p{Lu}][\p{L}.&' ]{1,30})\)\s*[-–—]/u.exec(line)?.[1];
}

/** Only an address the line names as the article's source: "Source: https://…", "Originally published at …". */
function fromAddress(line: string): string | undefined {
  if (!/^\s*(?:source|originally (?:published|appeared)(?: at| on| in)?|read (?:more|the (?:full|original)[\w ]*) (?:at|on))\b/i.test(line)) return undefined;
  return /https?:\/\/(?:www\.)?([^/\s]+?)[.,;:]?(?:[/\s]|$)/i.exec(line)?.[1];
}

export function outletOf(analysis: Analysis, fileName: string): string {
  const article = analysis.article;
  if (article) {
    // (The whole lines a finding runs over: a credit hard-wrapped over two lines is read as one.)
    const linesText = (range: Range) => textBetween(article, article.lines[range.start.line]?.start ?? 0, article.lines[range.end.line]?.end ?? 0).trim();
    const byCategory = (category: string) => analysis.annotations.filter((a) => a.kind === 'boilerplate' && a.data['category'] === category).map((a) => linesText(a.range));
    for (const [category, read] of [
      ['copyright', fromRights],
      ['author-bio', fromByline],
      ['wire-credit', fromWireCredit],
      ['source-link', fromAddress],
    ] as const) {
      for (const line of byCategory(category)) {
        const name = read(line);
        if (name && looksLikeName(name)) return name;
      }
    }
    // A dateline in the first paragraph: "BRENNICK, Estavia (Meridian) - …".
    const first = article.blocks[0]?.text ?? '';
    const dateline = /^[\p{Lu}][\p{Lu}\s,.'-]{2,40}\(([\p{Lu}][\p{L}.&' ]{1,30})\)\s*[-–—]/u.exec(first)?.[1];
    if (dateline) return dateline;
  }
  return fileName.replace(/\.txt$/i, '');
}
