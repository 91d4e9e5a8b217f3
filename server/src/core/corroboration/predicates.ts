/**
 * What a claim says happened, as the corroboration lexicon names it: "walked off the job",
 * "stopped work", "went on strike" and "the walkout" all state `strike`; "ratified" and "the
 * ratification" state `ratify`. Only the synonym groups listed as predicates count (who and what
 * — troops, ships, the treaty — are arguments), so most claims state none.
 *
 * The same-fact model (sameFact.ts) is fitted on news paraphrase pairs that are near copies, and
 * reads other words for one happening as another fact; two reports that state one predicate of
 * one argument are the case it cannot see.
 */
import type { TaggedToken } from '../nlp/tagger.js';
import { entryAt } from '../wordSequences.js';
import { corroborationLexicon } from './lexicon.js';

/** The predicates stated by a sentence's tokens: single words through the synonyms, idioms by their lemmas. */
export function predicatesOf(tokens: readonly TaggedToken[]): Set<string> {
  const lexicon = corroborationLexicon();
  const found = new Set<string>();
  // Idioms are listed as lemmas ("walk off the job"), so they are matched on the lemmas.
  const lemmas = tokens.map((t) => ({ lower: t.lemma }));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const term = lexicon.synonymOf.get(t.lower) ?? lexicon.synonymOf.get(t.lemma);
    if (term !== undefined && lexicon.predicates.has(term)) found.add(term);
    const idiom = entryAt(lemmas, i, lexicon.predicatePhrasesByFirstWord, (e) => e.words);
    if (idiom) found.add(idiom.predicate);
  }
  return found;
}
