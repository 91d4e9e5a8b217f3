/**
 * Part-of-speech tags and lemmas from wink-nlp, mapped onto exact UTF-16 offsets of the
 * article text. wink reproduces its input token by token (value plus preceding spaces) except
 * that it drops some invisible characters (a byte-order mark inside a line), so each token is
 * found in the text from where the previous one ended rather than placed by summing lengths.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken {
  text: string;
  /** Lower case. */
  lower: string;
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
  /** White space stands right before the token. */
  spaceBefore: boolean;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

function engine(): ReturnType<typeof winkNLP> {
  // Loaded on first use: the model takes a moment, and files that are skipped never need it.
  // Only the tagger runs: sentence breaks are ours, and wink's entities, negation and
  // sentiment cost a third of its time and change no tag or lemma.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Tags `text`, which starts at `offset` in the article. */
export function tag(text: string, offset = 0): TaggedToken[] {
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const tokens = nlpEngine.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as Pos[];
  // wink's typings describe the lemma helper with a narrower signature than out() accepts.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const result: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const expected = cursor + spaces[i]!.length;
    const found = text.startsWith(value, expected) ? expected : text.indexOf(value, cursor);
    // A token wink rewrote cannot be found verbatim; it keeps the summed position instead.
    const start = found === -1 ? Math.min(expected, text.length) : found;
    const end = Math.min(start + value.length, text.length);
    result.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i]!,
      start: offset + start,
      end: offset + end,
      spaceBefore: start > cursor,
    });
    cursor = end;
  }
  return result;
}
