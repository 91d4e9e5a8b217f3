/**
 * A guard on classifier quality: the labelled corpora must keep line F1 at the levels we have
 * measured, so a change that helps one page and hurts others shows up here.
 */
import assert from 'node:assert/strict';
import { readLabelledFolder } from '../support/labels.js';
import { examplesDir, heldoutDir, labelledDir } from '../support/paths.js';
import { scoreBoilerplate } from './boilerplateScore.js';
import { readLabelledParagraphs, scoreAttribution } from './attributionScore.js';
import * as path from 'node:path';
import { fixturesDir } from '../support/paths.js';

describe('boilerplate quality on our labelled pages', function () {
  it('keeps line F1 at or above 0.95 for both classes on the labelled pages and examples', function () {
    const score = scoreBoilerplate([...readLabelledFolder(labelledDir), ...readLabelledFolder(examplesDir)]);
    assert.ok(score.boilerplate.f1 >= 0.95, `boilerplate F1 ${score.boilerplate.f1}`);
    assert.ok(score.content.f1 >= 0.95, `content F1 ${score.content.f1}`);
  });

  it('keeps line F1 at or above 0.90 for both classes on the later page sets', function () {
    const later = [heldoutDir, ...['heldout2', 'heldout3', 'heldout4'].map((d) => path.join(fixturesDir, d))];
    const score = scoreBoilerplate(later.flatMap((dir) => readLabelledFolder(dir)));
    assert.ok(score.boilerplate.f1 >= 0.9, `boilerplate F1 ${score.boilerplate.f1}`);
    assert.ok(score.content.f1 >= 0.9, `content F1 ${score.content.f1}`);
  });
});

describe('attribution quality on our labelled sentences', function () {
  it('keeps attribution F1 at or above 0.95, the source right at least 90% of the time and few attributed sentences called unattributed', function () {
    const score = scoreAttribution(readLabelledParagraphs(path.join(fixturesDir, 'attribution', 'sentences.json')));
    assert.ok(score.f1 >= 0.95, `F1 ${score.f1}`);
    assert.ok(score.sourceRight >= 0.9, `source right ${score.sourceRight}`);
    assert.ok(score.calledUnattributed < 0.05, `called unattributed ${score.calledUnattributed}`);
  });
});

describe('corroboration quality on our labelled links', function () {
  // Recall on our own examples fell from 0.60 to 0.25 in round 23: their facts are told in other
  // words on purpose ("stopped work" / "walked off the job"), and links the model doubts are, on
  // labelled real news, wrong half the time (QUALITY.md). The floor guards what is left.
  it('links only sentences about the same event (precision at least 0.9) and finds at least a quarter of the labelled facts', async function () {
    const { readdirSync } = await import('node:fs');
    const { examplesDir } = await import('../support/paths.js');
    const { scoreCorroboration } = await import('./corroborationScore.js');
    const files = [examplesDir, path.join(fixturesDir, 'corroboration')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ name: f, path: path.join(dir, f) })),
    );
    const score = scoreCorroboration(files, path.join(fixturesDir, 'corroboration', 'pairs.json'));
    assert.ok(score.eventPrecision >= 0.9, `same-event precision ${score.eventPrecision}`);
    assert.ok(score.recall >= 0.25, `recall ${score.recall}`);
  });
});
