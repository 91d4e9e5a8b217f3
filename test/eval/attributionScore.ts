/**
 * Sentence-level scores of the attribution pass against our labelled sentences: precision,
 * recall and F1 of "this sentence has a source", how often the source is named right, how
 * often its kind is right, and how often an attributed sentence is called unattributed.
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../server/src/core/article.js';
import { attributeSentences, type SentenceAttribution } from '../../server/src/core/attribution/index.js';

export interface ExpectedSentence {
  attributed: boolean;
  source?: string;
  kind?: string;
  claim?: boolean;
}

export interface LabelledParagraph {
  before?: string[];
  text: string;
  expect: ExpectedSentence[];
}

export interface AttributionMiss {
  text: string;
  expected: string;
  got: string;
}

export interface AttributionScore {
  sentences: number;
  precision: number;
  recall: number;
  f1: number;
  sourceRight: number;
  kindRight: number;
  calledUnattributed: number;
  misses: AttributionMiss[];
}

export function readLabelledParagraphs(file: string): LabelledParagraph[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { items: LabelledParagraph[] }).items;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The named source matches when one contains the other (titles and appositions vary). */
export function sameSource(got: string, expected: string): boolean {
  const g = normalise(got);
  const e = normalise(expected);
  return g.length >= 2 && (g.includes(e) || e.includes(g));
}

export function scoreAttribution(paragraphs: LabelledParagraph[]): AttributionScore {
  let tp = 0,
    fp = 0,
    fn = 0,
    sourceRight = 0,
    kindRight = 0,
    calledUnattributed = 0,
    attributedGold = 0,
    sentences = 0;
  const misses: AttributionMiss[] = [];
  for (const paragraph of paragraphs) {
    const article = parseArticle([...(paragraph.before ?? []), paragraph.text].join('\n'));
    const lastBlock = article.blocks[article.blocks.length - 1]!;
    const all = new Set(article.blocks.map((b) => b.index));
    const got: SentenceAttribution[] = attributeSentences(article, all).filter((s) => s.blockIndex === lastBlock.index);
    paragraph.expect.forEach((expected, i) => {
      sentences++;
      const result = got[i];
      const source = result?.source;
      const describe = (s: SentenceAttribution | undefined) => (!s ? 'no such sentence' : s.source ? `${s.source.kind}: ${s.source.text}` : s.claim ? 'unattributed claim' : 'no claim');
      if (expected.attributed) attributedGold++;
      if (expected.attributed && source) {
        tp++;
        const nameRight = sameSource(source.text, expected.source ?? '');
        if (nameRight) sourceRight++;
        if (source.kind === expected.kind) kindRight++;
        if (!nameRight || source.kind !== expected.kind) misses.push({ text: result!.text, expected: `${expected.kind}: ${expected.source}`, got: describe(result) });
      } else if (expected.attributed) {
        fn++;
        if (result?.claim) calledUnattributed++;
        misses.push({ text: result?.text ?? paragraph.text, expected: `${expected.kind}: ${expected.source}`, got: describe(result) });
      } else if (source) {
        fp++;
        misses.push({ text: result!.text, expected: 'no source', got: describe(result) });
      } else if (expected.claim === false && result?.claim) {
        misses.push({ text: result.text, expected: 'no claim', got: 'unattributed claim' });
      }
    });
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    sentences,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    sourceRight: tp ? sourceRight / tp : 1,
    kindRight: tp ? kindRight / tp : 1,
    calledUnattributed: attributedGold ? calledUnattributed / attributedGold : 0,
    misses,
  };
}
