/**
 * The one Corpus every surface calls (core/corpus.ts): a document added from its text or from
 * an entry worked out elsewhere annotates alike, and an update or a removal changes that
 * document's place only, with the others' corroboration following.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus, Corpus } from '../../server/src/core/corpus.js';
import { corpusEntry } from '../../server/src/core/corpusEntry.js';

const examplesDir = path.resolve('examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name, fileName: name, text: readFileSync(path.join(examplesDir, name), 'utf8') }));

// Three reports of one strike: besides the count they tell apart, each says where the cargo went
// (two reports of one event share more than one fact; conflicts are looked for only between such).
const strikeA = 'Estavian port strike\nAbout 4,000 dockworkers walked off the job at the Port of Brennick on Monday, the union said.\nShipping lines diverted cargo to the harbour at Lindqvist.';
const strikeB = 'Brennick strike\nMore than 3,500 workers at the Port of Brennick stopped work on Monday in a row over automation.\nShipping lines sent the cargo on to the harbour at Lindqvist.';
const strikeC = 'Brennick walkout\nTens of thousands of workers have joined a strike at the Port of Brennick, the union claims.\nCargo was diverted by shipping lines to the harbour at Lindqvist.';
const unrelated = 'Harvest report\nFarmers in the northern valleys brought in a record barley harvest this autumn, the ministry said.';

/** The documents a document's claims link to, each once. */
const linksOf = (corpus: Corpus, id: string) => [
  ...new Set(
    corpus
      .annotate(id)
      .filter((a) => a.kind === 'corroboration' || a.kind === 'conflict')
      .flatMap((a) => (a.data['matches'] as { uri: string }[]).map((m) => m.uri))
      .sort(),
  ),
];

describe('Corpus', function () {
  it('annotates a document added from a worker’s or the cache’s entry as one analysed here', function () {
    const here = new Corpus();
    here.addAll(examples);
    const elsewhere = new Corpus();
    for (const file of examples) {
      // What a worker works out, with the counts of the lines other files hold.
      const entry = corpusEntry(file.text, { fileName: file.fileName, repeatedElsewhere: here.templates.lookupFor(file.id) }, true);
      elsewhere.addEntry(file.id, file.text, entry);
    }
    assert.deepEqual(
      elsewhere.annotateAll().map((r) => [r.id, r.outlet, r.annotations]),
      here.annotateAll().map((r) => [r.id, r.outlet, r.annotations]),
    );
    assert.ok(
      here.annotateAll().some((r) => r.annotations.some((a) => a.kind === 'corroboration')),
      'the examples corroborate each other',
    );
  });

  it('is what analyzeCorpus returns, in the order the files came', function () {
    const corpus = new Corpus();
    corpus.addAll(examples);
    const summary = (results: ReturnType<typeof analyzeCorpus>) => results.map((r) => [r.id, r.outlet, r.analysis.claims, r.annotations]);
    assert.deepEqual(summary(corpus.annotateAll()), summary(analyzeCorpus(examples)));
    assert.deepEqual(
      corpus.annotateAll().map((r) => r.id),
      examples.map((e) => e.id),
    );
  });

  it('updates one document: the others corroborate against its new text', function () {
    const corpus = new Corpus();
    corpus.addText('a', strikeA, { fileName: 'a.txt' });
    corpus.addText('b', unrelated, { fileName: 'b.txt' });
    assert.deepEqual(linksOf(corpus, 'a'), []);
    assert.deepEqual([...corpus.linkedTo('a')], []);
    const generation = corpus.generation;
    corpus.addText('b', strikeB, { fileName: 'b.txt' });
    assert.ok(corpus.generation > generation, 'an update is a new generation');
    assert.deepEqual(linksOf(corpus, 'a'), ['b']);
    assert.deepEqual(linksOf(corpus, 'b'), ['a']);
    assert.deepEqual([...corpus.linkedTo('a')], ['b']);
    assert.deepEqual(corpus.indexedIds().sort(), ['a', 'b']);
  });

  it('removes one document: its claims, its lines and what was kept of it go', function () {
    const corpus = new Corpus();
    corpus.addAll([
      { id: 'a', fileName: 'a.txt', text: strikeA },
      { id: 'b', fileName: 'b.txt', text: strikeB },
      { id: 'c', fileName: 'c.txt', text: strikeC },
    ]);
    assert.deepEqual(linksOf(corpus, 'a'), ['b', 'c']);
    corpus.remove('c');
    assert.deepEqual(linksOf(corpus, 'a'), ['b']);
    assert.equal(corpus.document('c'), undefined);
    assert.equal(corpus.isIndexed('c'), false);
    assert.deepEqual(corpus.annotate('c'), []);
    assert.deepEqual(
      corpus.annotateAll().map((r) => r.id),
      ['a', 'b'],
    );
    // A line only the removed document shared with another is no longer repeated elsewhere.
    const claimLine = corpus.document('a')!.analysis!.article!.blocks[1]!.normalised;
    corpus.addText('d', strikeA, { fileName: 'd.txt' });
    assert.equal(corpus.templates.countElsewhere(claimLine, 'a'), 1, 'd holds the line too');
    corpus.remove('d');
    assert.equal(corpus.templates.countElsewhere(claimLine, 'a'), 0);
  });

  it('keeps a skipped text out of the index but answers for it', function () {
    const corpus = new Corpus();
    corpus.addText('a', strikeA, { fileName: 'a.txt' });
    corpus.addText('lic', 'Permission is hereby granted, free of charge, to any person obtaining a copy.', { fileName: 'LICENSE.txt' });
    assert.ok(corpus.document('lic')!.skipped, 'a licence is not an article');
    assert.equal(corpus.isIndexed('lic'), false);
    assert.deepEqual(
      corpus.annotateAll().map((r) => [r.id, Boolean(r.analysis.skipped)]),
      [
        ['a', false],
        ['lic', true],
      ],
    );
  });

  it('takes a document whose analysis throws out of the index, and lets the caller know', function () {
    const corpus = new Corpus();
    corpus.addText('a', strikeA, { fileName: 'a.txt' });
    corpus.addText('b', strikeB, { fileName: 'b.txt' });
    assert.throws(() => corpus.addText('b', strikeB, { fileName: 'b.txt', failPass: 'analysis' }), /fault injection/);
    assert.equal(corpus.isIndexed('b'), false);
    assert.equal(corpus.document('b'), undefined);
    assert.deepEqual(linksOf(corpus, 'a'), []);
  });

  it('holds an entry without findings until they are set, and demotes only when asked', function () {
    const corpus = new Corpus();
    const full = corpusEntry(strikeA, { fileName: 'a.txt' }, true);
    corpus.addEntry('a', strikeA, corpusEntry(strikeA, { fileName: 'a.txt' }));
    corpus.addText('b', strikeB, { fileName: 'b.txt' });
    assert.equal(corpus.document('a')!.annotations, undefined);
    assert.deepEqual(corpus.analysisOf('a')!.annotations, []);
    corpus.setFindings('a', full.annotations!);
    const own = full.annotations!;
    const kept = corpus.annotate('a', { demoteCorroboratedClaims: false }).filter((a) => a.kind !== 'corroboration' && a.kind !== 'conflict');
    assert.deepEqual(kept, own);
    assert.ok(corpus.annotate('a').length > 0);
  });
});
