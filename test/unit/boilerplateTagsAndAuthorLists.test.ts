/**
 * Lists a page sets under the article that were read as the article's (QUALITY.md round 424): the
 * tags under a "Tags:" heading, one link a line ("dc comics", "the flash"); the writer's other
 * columns under "Read more from <name>:"; and a site's feed of latest stories under "The Latest",
 * where each teaser's blurb reads as a sentence. Every text here is written for the test.
 */
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';
import { FERRY_BODY as BODY, FERRY_HEADLINE as HEADLINE, FERRY_READERS_NOTE as note } from '../support/ferryTerminalArticle.js';

describe('boilerplate: lists under the article', function () {
  it('flags the tags under a "Tags:" heading, one a line, though a paragraph the page keeps stands below them', function () {
    const tags = ['ferries', 'east quay', 'harbour council', 'island routes', 'transport'];
    const found = flaggedLineSet([HEADLINE, ...BODY, 'Tags:', ...tags, note]);
    assertFlagged(found, tags);
    assertKept(found, BODY);
  });

  it('keeps the article’s own short points under a "Topics" subheading: they are sentences', function () {
    const points = ['Noise at night.', 'Lorries on roads.', 'Cost to the port.'];
    const found = flaggedLineSet([HEADLINE, BODY[0]!, BODY[1]!, 'Topics', ...points, BODY[2]!, BODY[3]!]);
    assertKept(found, points);
  });

  it('flags the writer’s other columns under "Read more from <name>:"', function () {
    const columns = ['Why the port cannot wait another decade', 'The ferry fare nobody voted for', 'A harbour is not a car park'];
    const found = flaggedLineSet([HEADLINE, ...BODY, 'Read more from Dana Whitlock:', ...columns]);
    assertFlagged(found, columns);
    assertKept(found, BODY);
  });

  it('flags a feed of latest stories whose blurbs read as sentences', function () {
    const feed = [
      'The Latest',
      'Rail strike called off at the last minute The union accepted a revised offer late on Sunday night.',
      'local news 1:07 p.m.',
      'New lighthouse keeper named for the outer islands She takes up the post in the spring.',
      'people 12:40 p.m.',
      'Storm warning lifted for the western coast Forecasters expect calmer seas by the weekend.',
      'weather 12:05 p.m.',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...feed]);
    // (The rubric and time under each teaser are the line model's to weigh.)
    assertFlagged(
      found,
      feed.filter((line) => !/\d p\.m\.$/.test(line)),
    );
    assertKept(found, BODY);
  });
  it('flags a tags line labelled "In this article:", not a sentence that opens with those words', function () {
    const tagsLine = 'In this article: ferries , east quay , harbour council , transport';
    const sentence = 'In this article, the council’s own figures are set beside what residents told the hearings.';
    const found = flaggedLineSet([HEADLINE, sentence, ...BODY, tagsLine]);
    assertFlagged(found, [tagsLine]);
    assertKept(found, [sentence, ...BODY]);
  });

  it('flags the teasers under "Latest News from <site>"', function () {
    const teasers = [
      '12 mins ago Rail strike called off at the last minute',
      'The union accepted a revised offer late on Sunday night.',
      '28 mins ago New lighthouse keeper named for the outer islands',
      'She takes up the post in the spring.',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, 'Latest News from the Gazette', ...teasers]);
    // (A teaser's title may still be weighed by the line model; the heading and the blurbs, which
    // read as the article's sentences, are the region's.)
    assertFlagged(found, ['Latest News from the Gazette', teasers[0]!, teasers[1]!, teasers[3]!]);
    assertKept(found, BODY);
  });
  it('flags the stories under "Read This Next"', function () {
    const teasers = ['Why the old mill chimney is coming down', 'A bakery on Mill Street wins a national prize'];
    const found = flaggedLineSet([HEADLINE, ...BODY, 'Read This Next', ...teasers]);
    assertFlagged(found, ['Read This Next', ...teasers]);
    assertKept(found, BODY);
  });
  for (const heading of ['Recent Posts', 'Recent Stories', 'Read more by Dana Whitlock:']) {
    it(`flags the teasers under "${heading}"`, function () {
      const teasers = ['Why the old mill chimney is coming down', 'A bakery on Mill Street wins a national prize'];
      const found = flaggedLineSet([HEADLINE, ...BODY, heading, ...teasers]);
      assertFlagged(found, teasers);
      assertKept(found, BODY);
    });
  }
  it('keeps the summary points under a byline’s "More stories by <name>" link', function () {
    const points = ['Council backs the east quay terminal by seven votes to four', 'Work to begin in the spring and take eighteen months', 'Residents objected to noise and lost parking'];
    const found = flaggedLineSet([HEADLINE, 'by', 'Dana Whitlock', 'More stories by Dana Whitlock', 'December 6, 2016', ...points, ...BODY]);
    assertKept(found, [...points, ...BODY]);
  });
});
