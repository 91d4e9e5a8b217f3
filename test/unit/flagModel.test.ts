/**
 * The unattributed-flag model (core/attribution/flagModel.ts): whether a sentence is flagged
 * depends on the kind of article it stands in, read from the article's shape; its weights file
 * is checked against the features the code computes. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import { contentBlocksOf } from '../../server/src/core/annotate.js';
import { parseArticle } from '../../server/src/core/article.js';
import { articleShape, defaultFlagModel, FLAG_FEATURES, flagProbability, parseFlagModel } from '../../server/src/core/attribution/flagModel.js';
import { attributeSentences } from '../../server/src/core/attribution/index.js';
import { boilerplatePass } from '../../server/src/core/boilerplate/index.js';
import { tag } from '../../server/src/core/nlp/tagger.js';

/** The sentences flagged "unattributed" in an article of these paragraphs. */
function flagged(paragraphs: string[]): string[] {
  const text = paragraphs.join('\n\n');
  const { annotations, article } = analyze(text);
  return annotations.filter((a) => a.kind === 'unattributed-claim').map((a) => text.slice(article!.offsetAt(a.range.start), article!.offsetAt(a.range.end)));
}

/** Whether the committed flag model, weighing the sentence in this article, would flag it (undefined: not weighed). */
function modelVerdict(paragraphs: string[], sentence: string): boolean | undefined {
  const text = paragraphs.join('\n\n');
  const article = parseArticle(text);
  const model = defaultFlagModel()!;
  let verdict: boolean | undefined;
  attributeSentences(
    article,
    contentBlocksOf(article, boilerplatePass(article, {})),
    {},
    {
      onFlagCandidate: (result, x) => {
        if (result.text === sentence) verdict = flagProbability(model, x) >= model.threshold;
      },
    },
  );
  return verdict;
}

const RECORD = 'Lee became the third player in league history with 5,000 points before turning 23.';

describe('unattributed-flag model', function () {
  it('flags a record claim in a news story but not in a match report that tells the scores', function () {
    // The model's own verdict, before the rules after it: a sports report's sentences are all
    // spared by sportsReport.ts (unattributedSportsReport.test.ts), and both articles are ones.
    const story = modelVerdict(
      [
        'Hawks guard Lee signs contract extension',
        'The Hawks have signed guard Sam Lee to a four-year contract extension worth $120 million.',
        RECORD,
        'The deal makes him the highest-paid player in the club’s history.',
        'Lee’s agent, Mara Quinn, said talks had taken two months.',
      ],
      RECORD,
    );
    assert.equal(story, true);
    const report = modelVerdict(
      [
        'Hawks beat Owls 98-91 to stay top',
        'The Hawks beat the Owls 98-91 on Sunday night.',
        'Lee scored 31 points and the Hawks led 50-41 at half-time.',
        'The Owls cut the gap to 88-86 with three minutes left.',
        RECORD,
        'The Hawks have won 14 of their last 16 games.',
        '“We found a way,” Lee said after the 98-91 win.',
      ],
      RECORD,
    );
    assert.equal(report, false);
  });

  it('does not flag the figures of a first-person column, and keeps a news report’s', function () {
    const column = flagged([
      'Why I still take the night bus',
      'I have taken the number 12 home from work for most of my adult life.',
      'We moved to the east side in 2009, and I never bought a car.',
      'The route carries about 4,000 passengers a night, more than any other in the city.',
      'My neighbours think I am stubborn, and maybe they are right.',
      'I like the quiet, and I like the driver who waves at me.',
    ]);
    assert.deepEqual(column, []);
    const news = flagged([
      'Warehouse fire forces evacuation in river town',
      'A fire destroyed a grain warehouse on the edge of Millbrook on Tuesday night.',
      'About 60 residents were evacuated from nearby homes as the blaze spread.',
      'The building, valued at about $380,000, was a total loss.',
      'Fire chief Dana Ortiz said crews worked through the night. “We were lucky the wind dropped,” she said.',
    ]);
    assert.ok(
      news.some((t) => t.startsWith('About 60 residents were evacuated')),
      JSON.stringify(news),
    );
    assert.ok(
      news.some((t) => t.startsWith('The building, valued at about $380,000')),
      JSON.stringify(news),
    );
  });

  it('reads the article’s shape as shares of its sentences', function () {
    const sentences = [
      { tokens: tag('The Hawks won 98-91 on Sunday.'), source: undefined, quoted: false },
      { tokens: tag('I was there with 3 friends.'), source: undefined, quoted: false },
      { tokens: tag('We found a way.'), source: { text: 'Lee' }, quoted: true },
      { tokens: tag('The arena was full.'), source: undefined, quoted: false },
    ];
    const shape = articleShape(sentences);
    assert.equal(shape.scores, 1 / 4);
    assert.equal(shape.firstPerson, 1 / 4, 'a quoted "we" is not the writer');
    assert.equal(shape.quoted, 1 / 4);
    assert.equal(shape.sourced, 1 / 4);
    assert.equal(shape.figures, 2 / 4);
    assert.equal(shape.sentences, 4);
  });

  it('loads the committed weights and refuses weights written for other features', function () {
    assert.ok(defaultFlagModel(), 'a model is committed');
    const weights = FLAG_FEATURES.map(() => 0);
    const ok = { features: FLAG_FEATURES, mean: weights, scale: FLAG_FEATURES.map(() => 1), weights, bias: 0, threshold: 0.5 };
    assert.equal(parseFlagModel(ok).threshold, 0.5);
    assert.throws(() => parseFlagModel({ ...ok, features: [...FLAG_FEATURES].reverse() }), /npm run train -- flags/);
    assert.throws(() => parseFlagModel({ ...ok, threshold: 2 }), /threshold/);
  });
});
