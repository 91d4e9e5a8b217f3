/**
 * "Allegedly" in a report of a criminal or civil case ("The driver allegedly hit a 66-year-old
 * woman near a parking lot…", in a story of the arrest and the charges) is the case's own hedge:
 * what it hedges comes from the charges or the suit the story reports, and no editor asks "says
 * who?" of it. Outside such a story ("Allegedly, Ross was paid $3 million to direct…") it names
 * no one, and the vague-source warning stands.
 */
import type { Article } from '../article.js';
import type { AttributionLexicon } from './lexicon.js';

const cases = new WeakMap<Article, boolean>();

/** Whether the article reports a criminal or civil case: one of the lexicon's words of a charge, an arrest, a trial or a suit. */
function reportsCase(article: Article, lexicon: AttributionLexicon): boolean {
  let known = cases.get(article);
  if (known === undefined) {
    known = false;
    for (const match of article.text.matchAll(/\p{L}+/gu)) {
      if (lexicon.legalCaseWords.has(match[0].toLowerCase())) {
        known = true;
        break;
      }
    }
    cases.set(article, known);
  }
  return known;
}

/** Whether an impersonal cue (its words as written) is a legal hedge in a story of a case. */
export function isLegalHedge(article: Article, cue: string, lexicon: AttributionLexicon): boolean {
  return lexicon.legalHedges.has(cue.toLowerCase()) && reportsCase(article, lexicon);
}
