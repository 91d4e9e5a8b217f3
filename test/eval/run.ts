/** `npm run eval`: prints the boilerplate scores on our labelled corpora (and the seeds, when present). */
import { existsSync } from 'node:fs';
import { readLabelledFolder, type LabelledFile } from '../support/labels.js';
import { examplesDir, heldoutDir, labelledDir, seedsDir } from '../support/paths.js';
import { seedLabelledFiles } from '../seeds/seedLabels.js';
import { scoreBoilerplate, type ClassScore } from './boilerplateScore.js';
import { readLabelledParagraphs, scoreAttribution } from './attributionScore.js';
import { scoreCorroboration } from './corroborationScore.js';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from '../support/paths.js';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, s: ClassScore) => `  ${name.padEnd(12)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.support} lines)`;

function report(title: string, files: LabelledFile[]): void {
  const score = scoreBoilerplate(files);
  console.log(`${title}: ${files.length} files, ${score.lines} non-empty lines`);
  console.log(row('boilerplate', score.boilerplate));
  console.log(row('content', score.content));
  console.log(`  category right on ${pct(score.categoryAccuracy)}% of correctly flagged lines`);
  for (const miss of score.misses) console.log(`    miss ${miss.file}:${miss.line} expected ${miss.expected}, got ${miss.got}: ${miss.text}`);
}

report('Labelled pages (test/fixtures/labelled)', readLabelledFolder(labelledDir));
report('Second pages (test/fixtures/heldout; first measured while held out: F1 95.5 boilerplate, 95.2 content; its misses then led to fixes)', readLabelledFolder(heldoutDir));
report('Third pages (test/fixtures/heldout2; first measured while held out: F1 83.3 boilerplate, 86.4 content; its misses then led to fixes)', readLabelledFolder(path.join(fixturesDir, 'heldout2')));
report(
  'Fourth pages (test/fixtures/heldout3; first measured while held out: F1 87.2 boilerplate, 89.4 content; its related-heading miss then led to a fix)',
  readLabelledFolder(path.join(fixturesDir, 'heldout3')),
);
report(
  'Fifth pages (test/fixtures/heldout4; first measured while held out: F1 92.9 boilerplate, 95.7 content; its two misses then led to fixes)',
  readLabelledFolder(path.join(fixturesDir, 'heldout4')),
);
report('Examples (examples/)', readLabelledFolder(examplesDir));
if (existsSync(seedsDir)) report('Seeds (../shared/seeds, issue acceptance lines)', seedLabelledFiles());

for (const [title, file] of [
  ['Attribution, labelled sentences (test/fixtures/attribution/sentences.json)', 'sentences.json'],
  ['Attribution, second set (test/fixtures/attribution/heldout.json; measured once before it informed fixes: F1 92.3, source right 88.9%, called unattributed 14.3%)', 'heldout.json'],
  ['Attribution, third set (test/fixtures/attribution/heldout2.json; measured once before it informed fixes: F1 100, source right 100%, kind right 90%, called unattributed 0%)', 'heldout2.json'],
  ['Attribution, fourth set (test/fixtures/attribution/heldout3.json; measured once before it informed fixes: F1 93.3, source right 92.9%, called unattributed 12.5%)', 'heldout3.json'],
] as const) {
  const attribution = scoreAttribution(readLabelledParagraphs(path.join(fixturesDir, 'attribution', file)));
  console.log(`${title}: ${attribution.sentences} sentences`);
  console.log(`  attributed   precision ${pct(attribution.precision)}  recall ${pct(attribution.recall)}  F1 ${pct(attribution.f1)}`);
  console.log(`  source named right ${pct(attribution.sourceRight)}%  kind right ${pct(attribution.kindRight)}%  attributed called unattributed ${pct(attribution.calledUnattributed)}%`);
  for (const miss of attribution.misses) console.log(`    miss expected ${miss.expected}; got ${miss.got}: ${miss.text.slice(0, 90)}`);
}

{
  const corpusFiles = [examplesDir, path.join(fixturesDir, 'corroboration')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, path: path.join(dir, f) })),
  );
  const score = scoreCorroboration(corpusFiles, path.join(fixturesDir, 'corroboration', 'pairs.json'));
  console.log(
    `Corroboration links (examples/ + test/fixtures/corroboration: hard negatives from another port and two launches two months apart; first measured with the launches: same-event precision 95.2): ${score.predicted} predicted, ${score.expected} labelled`,
  );
  console.log(`  links        same-event precision ${pct(score.eventPrecision)}  same-fact precision ${pct(score.precision)}  recall of labelled facts ${pct(score.recall)}`);
  for (const link of score.falseLinks) console.log(`    false link ${link}`);
  for (const link of score.missedLinks) console.log(`    missed link ${link}`);
}
