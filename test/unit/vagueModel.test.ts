/**
 * The vague-source warning model (core/attribution/vagueModel.ts, round 288): a source that names
 * no one is warned about where an editor would ask who, weighed with its sentence and article;
 * where the model says an editor would not, the source stays and only the warning goes. Its
 * weights file is checked against the features the code computes. Every text here is written for
 * the test.
 */
import assert from 'node:assert/strict';
import { defaultVagueModel, parseVagueModel, VAGUE_FEATURES, vagueFeatures } from '../../server/src/core/attribution/vagueModel.js';
import { attributionLexicon } from '../../server/src/core/attribution/lexicon.js';
import { tag } from '../../server/src/core/nlp/tagger.js';
import { vagueFindings } from '../support/vagueFindings.js';

const SHAPE = { scores: 0, sourced: 0.5, quoted: 0.1, firstPerson: 0, figures: 0.3, sentences: 10 };

/** The features of a source given by its words, in a sentence, with the sentences after it. */
function featuresOf(sentence: string, source: string, following = ''): Record<string, number> {
  const tokens = tag(sentence);
  const from = sentence.indexOf(source);
  const within = tokens.filter((t) => t.start >= from && t.end <= from + source.length);
  const x = vagueFeatures(
    {
      tokens,
      text: sentence,
      source: within,
      cue: [],
      impersonal: false,
      anonymous: false,
      quoted: false,
      namedBefore: false,
      lede: false,
      afterSource: tokens.filter((t) => t.start >= from + source.length),
      following: following ? tag(following) : [],
    },
    SHAPE,
    attributionLexicon(),
  );
  return Object.fromEntries(VAGUE_FEATURES.map((name, j) => [name, x[j]!]));
}

describe('vague-source warning model', function () {
  it('keeps the warning on an unnamed source in a news story, drops it in a first-person column', function () {
    // Before: both were "Vague source: … names no one a reader could check".
    const news = vagueFindings(
      'The Harbour Bridge will close for six weeks from May, the city council said on Monday.',
      'Some observers speculate that the closure could last until the autumn.',
      'Council leader Ana Ruiz said the repairs would cost £2m.',
    );
    assert.deepEqual(news[1], { source: 'Some observers', vague: true });
    const column = vagueFindings(
      'I have taken the number 12 home from work for most of my adult life.',
      'Most people thought the route would close years ago.',
      'I like the quiet, and I like the driver who waves at me.',
      'We moved to the east side in 2009, and I never bought a car.',
    );
    // The source stays; only the warning goes.
    assert.deepEqual(column[1], { source: 'Most people', vague: false });
  });

  it('reads what the source is: a thing or a speaker, a body that qualifies it, evidence named after it', function () {
    assert.equal(featuresOf('A day of talks suggests the ferry will stop.', 'A day of talks')['a thing, not a speaker ("a plan", "weeks of uncertainty")'], 1);
    assert.equal(featuresOf('Some observers speculate the ferry will stop.', 'Some observers')['a thing, not a speaker ("a plan", "weeks of uncertainty")'], 0);
    assert.equal(featuresOf('A police source said the ferry will stop.', 'A police source')['a body qualifies the source ("a police source", "White House officials")'], 1);
    assert.equal(featuresOf('A source said the ferry will stop.', 'A source')['a body qualifies the source ("a police source", "White House officials")'], 0);
    const poll = 'A new poll shows 54 percent back the bridge.';
    const named = featuresOf(poll, 'A new poll', 'The Harbour Gazette poll of 800 residents was taken in May.');
    assert.equal(named['the same kind of evidence named in the next sentences ("the Marist poll")'], 1);
    assert.equal(named['a poll, a report or other evidence, with a figure'], 1);
    assert.equal(featuresOf(poll, 'A new poll', 'Residents were asked in May.')['the same kind of evidence named in the next sentences ("the Marist poll")'], 0);
  });

  it('loads the committed weights, and refuses weights written for other features', function () {
    assert.ok(defaultVagueModel(), 'the committed file holds a model');
    const model = defaultVagueModel()!;
    assert.deepEqual(model.features, VAGUE_FEATURES);
    assert.throws(() => parseVagueModel({ ...model, features: [...VAGUE_FEATURES].reverse() }), /retrain it with npm run train -- vague/);
  });
});
