/**
 * Link-level scores of corroboration against labelled facts: precision and recall of the
 * links between sentences (either direction counts once), and the false links that cross
 * from one event to another of the same kind.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../server/src/core/corpus.js';

export interface CorroborationScore {
  /** Share of predicted links whose sentences are about the same event (the bar). */
  eventPrecision: number;
  /** Share of predicted links that join sentences labelled as the same fact. */
  precision: number;
  recall: number;
  predicted: number;
  expected: number;
  falseLinks: string[];
  missedLinks: string[];
}

export function scoreCorroboration(files: { name: string; path: string }[], factsFile: string): CorroborationScore {
  const labels = JSON.parse(readFileSync(factsFile, 'utf8')) as { facts: string[][]; events: Record<string, string> };
  const facts = labels.facts;
  const eventOf = (sentence: string) => labels.events[sentence.split(':')[0]!];
  const key = (a: string, b: string) => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);
  const expected = new Set<string>();
  for (const group of facts) for (const a of group) for (const b of group) if (a !== b) expected.add(key(a, b));
  const results = analyzeCorpus(files.map((f) => ({ id: f.name, text: readFileSync(f.path, 'utf8'), fileName: path.basename(f.path) })));
  const predicted = new Set<string>();
  for (const result of results) {
    for (const a of result.annotations) {
      if (a.kind !== 'corroboration' && a.kind !== 'conflict') continue;
      for (const m of a.data['matches'] as { uri: string; range: { start: { line: number } } }[]) {
        predicted.add(key(`${result.id}:${a.range.start.line + 1}`, `${m.uri}:${m.range.start.line + 1}`));
      }
    }
  }
  const right = [...predicted].filter((p) => expected.has(p));
  const sameEvent = [...predicted].filter((p) => {
    const [a, b] = p.split(' ~ ');
    return eventOf(a!) !== undefined && eventOf(a!) === eventOf(b!);
  });
  return {
    eventPrecision: predicted.size ? sameEvent.length / predicted.size : 1,
    precision: predicted.size ? right.length / predicted.size : 1,
    recall: expected.size ? right.length / expected.size : 1,
    predicted: predicted.size,
    expected: expected.size,
    falseLinks: [...predicted].filter((p) => !expected.has(p)),
    missedLinks: [...expected].filter((e) => !predicted.has(e)),
  };
}
