/**
 * The news-article TextMate grammar, tokenised by VS Code's own engine (vscode-textmate with
 * the oniguruma regex library) on sample lines: each highlighted piece gets the scope a theme
 * colours.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import attribution from '../../server/src/core/attribution/lexicons/attribution.json' with { type: 'json' };
import { pastForms } from '../../server/src/tools/grammar.js';
import { repoRoot } from '../support/paths.js';

const require = createRequire(import.meta.url);
const grammarPath = path.join(repoRoot, 'syntaxes', 'news-article.tmLanguage.json');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => (scopeName === 'text.news-article' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const grammar = await registry.loadGrammar('text.news-article');
  assert.ok(grammar);
  return grammar;
}

describe('news-article grammar', function () {
  let grammar: textmate.IGrammar;
  before(async () => (grammar = await loadGrammar()));

  /** The runs of `line` tokenised with a scope that starts with `scope` (ours end in .news-article). */
  function scoped(line: string, scope: string): string[] {
    const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
    const runs: { start: number; end: number }[] = [];
    for (const token of tokens) {
      if (!token.scopes.some((s) => s.startsWith(scope) && s.endsWith('.news-article'))) continue;
      const previous = runs.at(-1);
      if (previous && previous.end === token.startIndex) previous.end = token.endIndex;
      else runs.push({ start: token.startIndex, end: token.endIndex });
    }
    return runs.map((r) => line.slice(r.start, r.end));
  }

  it('marks quotations, curly and straight', function () {
    assert.deepEqual(scoped('“We will not go back,” said Ana Ruiz.', 'string.quoted'), ['“We will not go back,”']);
    assert.deepEqual(scoped('He called it "a betrayal" on Monday.', 'string.quoted'), ['"a betrayal"']);
  });

  it('marks attribution cues in any of their forms, and not nouns that look like them', function () {
    assert.deepEqual(scoped('The mayor said on Monday that the bridge would close, according to the council.', 'keyword.other.attribution-cue'), ['said', 'according to']);
    assert.deepEqual(scoped('Officials told reporters the plan was final, a spokesman says.', 'keyword.other.attribution-cue'), ['told', 'says']);
    assert.deepEqual(scoped('The army, in a statement, denied it.', 'keyword.other.attribution-cue'), ['in a statement', 'denied']);
    assert.deepEqual(scoped('The report states the facts.', 'keyword.other.attribution-cue'), []);
  });

  it('highlights the past form of every reporting verb in the attribution lexicon', function () {
    for (const verb of attribution.speech) {
      for (const form of pastForms(verb)) assert.deepEqual(scoped(`The minister ${form} it.`, 'keyword.other.attribution-cue'), [form], verb);
    }
  });

  it('marks quantities with their hedge, and amounts in words', function () {
    const line = 'Up to 12,000 troops, more than 10,000 soldiers, some 1.5 million people and tens of thousands of workers.';
    assert.deepEqual(scoped(line, 'keyword.operator.hedge'), ['Up to', 'more than', 'some']);
    assert.deepEqual(scoped(line, 'constant.numeric'), ['12,000', '10,000', '1.5 million', 'tens of thousands']);
    assert.deepEqual(scoped('About forty ships waited; 60% left.', 'constant.numeric'), ['forty', '60%']);
  });

  it('marks dates, weekdays and times', function () {
    assert.deepEqual(scoped('On Monday, 12 January 2025, at 14:05 GMT', 'constant.other'), ['Monday, 12 January 2025', '14:05 GMT']);
    assert.deepEqual(scoped('Updated 2025-01-12T14:05:00Z, talks resume on Thursday at 9am.', 'constant.other'), ['2025-01-12T14:05:00Z', 'Thursday', '9am']);
    assert.deepEqual(scoped('It happened on November 12th.', 'constant.other'), ['November 12th']);
  });

  it('marks web addresses and e-mail addresses, without trailing punctuation', function () {
    assert.deepEqual(scoped('Source: https://courier.example/news/floods.', 'markup.underline.link'), ['https://courier.example/news/floods']);
    assert.deepEqual(scoped('Write to desk@courier.example or visit www.courier.example.', 'markup.underline.link'), ['desk@courier.example', 'www.courier.example']);
  });
});
