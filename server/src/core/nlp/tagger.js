/**
 * Part-of-speech tags and lemmas from wink-nlp, mapped onto exact UTF-16 offsets of the
 * article text. wink reproduces its input token by token (value plus preceding spaces), so
 * offsets follow by summing lengths.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
let nlp;
function engine() {
    // Loaded on first use: the model takes a moment, and files that are skipped never need it.
    nlp ??= winkNLP(model);
    return nlp;
}
/** Tags `text`, which starts at `offset` in the article. */
export function tag(text, offset = 0) {
    const nlpEngine = engine();
    const its = nlpEngine.its;
    const tokens = nlpEngine.readDoc(text).tokens();
    const values = tokens.out(its.value);
    const spaces = tokens.out(its.precedingSpaces);
    const pos = tokens.out(its.pos);
    // wink's typings describe the lemma helper with a narrower signature than out() accepts.
    const lemmas = tokens.out(its.lemma);
    const result = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
        cursor += spaces[i].length;
        const value = values[i];
        result.push({
            text: value,
            lower: value.toLowerCase(),
            lemma: (lemmas[i] ?? value).toLowerCase(),
            pos: pos[i],
            start: offset + cursor,
            end: offset + cursor + value.length,
            spaceBefore: spaces[i].length > 0,
        });
        cursor += value.length;
    }
    return result;
}
//# sourceMappingURL=tagger.js.map