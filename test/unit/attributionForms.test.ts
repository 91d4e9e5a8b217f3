/**
 * The attribution forms of real news writing (issue 14): quotations that run over several
 * sentences and paragraphs, transcripts, headlines, inverted and carried-over speech, and where
 * "unattributed" is said. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/annotate.js';
import type { Annotation } from '../../server/src/core/annotation.js';

/** The attribution pass's annotations, each with the text of the sentence it covers. */
function findings(paragraphs: string[]): { kind: string; source?: string; text: string; data: Annotation['data'] }[] {
  const text = paragraphs.join('\n\n');
  const { annotations, article } = analyze(text);
  return annotations
    .filter((a) => a.kind !== 'boilerplate')
    .map((a) => ({
      kind: a.kind,
      text: text.slice(article!.offsetAt(a.range.start), article!.offsetAt(a.range.end)),
      data: a.data,
      ...(a.kind === 'attribution' ? { source: String(a.data['source']) } : {}),
    }));
}

/** The source given to the sentence that starts with `opening`, or undefined. */
function sourceOf(found: ReturnType<typeof findings>, opening: string): string | undefined {
  return found.find((f) => f.kind === 'attribution' && f.text.startsWith(opening))?.source;
}

function flaggedUnattributed(found: ReturnType<typeof findings>, opening: string): boolean {
  return found.some((f) => f.kind === 'unattributed-claim' && f.text.startsWith(opening));
}

const HEADLINE = 'Council approves harbour bridge plan';

describe('attribution forms: quotations as spans', function () {
  it('attributes every sentence of a quote marked with doubled apostrophes to its speaker', function () {
    const found = findings([
      HEADLINE,
      "''We have waited for this bridge for 30 years,'' said Marta Lindqvist, the harbour master. ''The ferries carry 9,000 people a day. They cannot carry more, and I think everyone knows it.''",
    ]);
    assert.equal(sourceOf(found, "''We have waited"), 'Marta Lindqvist, the harbour master');
    assert.equal(sourceOf(found, "''The ferries"), 'Marta Lindqvist, the harbour master');
    assert.equal(sourceOf(found, 'They cannot'), 'Marta Lindqvist, the harbour master', 'a cue word inside the quote is the speaker’s, not a new attribution');
  });

  it('carries a quote that runs on into the next paragraph back to a speaker named after it', function () {
    const found = findings([
      HEADLINE,
      'The vote came after a long debate on Tuesday evening in the town hall.',
      '“The bridge will cost 40 million euros and open in 2027.',
      '“It will take 2,000 lorries off the coast road every week,” said Jonas Berg, who chairs the transport committee.',
    ]);
    assert.equal(sourceOf(found, '“The bridge will cost'), 'Jonas Berg');
    assert.ok(!flaggedUnattributed(found, '“The bridge will cost'));
  });

  it('gives a quote-only paragraph the speaker who closes the paragraph before it', function () {
    const found = findings([
      HEADLINE,
      'Councillor Ines Moreau said the plan had been rushed through in three weeks.',
      '“Nobody has seen the traffic study. The last bridge went 60 percent over budget.”',
    ]);
    assert.equal(sourceOf(found, '“Nobody has seen'), 'Councillor Ines Moreau');
    assert.equal(sourceOf(found, 'The last bridge'), 'Councillor Ines Moreau');
  });

  it('never calls a sentence inside a quotation unattributed, even when no speaker is found', function () {
    const found = findings([HEADLINE, 'The council met on Tuesday.', '“The bridge will cost 40 million euros. The ferries carry 9,000 people a day.”']);
    assert.ok(!flaggedUnattributed(found, '“The bridge will cost'));
    assert.ok(!flaggedUnattributed(found, 'The ferries carry'));
  });
});

describe('attribution forms: "unattributed" only where an editor would ask', function () {
  const flagged = (paragraphs: string[]) => findings(paragraphs).filter((f) => f.kind === 'unattributed-claim').map((f) => f.text);

  it('still flags a statistic stated with no source', function () {
    assert.deepEqual(flagged([HEADLINE, 'The ferry carries 9,000 passengers a day, a third more than in 2019.']), ['The ferry carries 9,000 passengers a day, a third more than in 2019.']);
  });

  it('flags a schedule or forecast stated as fact', function () {
    assert.deepEqual(flagged([HEADLINE, 'Work on the bridge is scheduled to start on Monday.']), ['Work on the bridge is scheduled to start on Monday.']);
  });

  it('does not flag a question, an opinion in the writer’s voice, or a hedge', function () {
    assert.deepEqual(
      flagged([
        HEADLINE,
        'Will the 40 million euros be enough for the bridge?',
        'I have crossed on that ferry for years and it is the worst crossing on the coast.',
        'The council should have built the bridge decades ago.',
        'The bridge will probably be the largest on the coast.',
      ]),
      [],
    );
  });

  it('does not flag the article’s own report of a result or of what it observed', function () {
    assert.deepEqual(
      flagged([
        HEADLINE,
        'Tries from Okafor and Brandt gave the visitors a 19-5 half-time advantage.',
        'The council voted 7 to 2 for the plan on Tuesday evening.',
        'About 200 residents attended the meeting in the town hall.',
      ]),
      [],
    );
  });

  it('does not flag a sentence whose paragraph names its source in an earlier sentence', function () {
    assert.deepEqual(flagged([HEADLINE, 'The harbour authority said the bridge would open in 2027. Its 14 pillars will stand 60 metres apart.']), []);
  });

  it('does not flag figures taken from “the poll” named before', function () {
    assert.deepEqual(
      flagged([
        HEADLINE,
        'A poll for the council found most residents back the bridge.',
        'Some 64 percent of those asked in the poll use the ferry daily.',
      ]),
      [],
    );
  });

  it('does not flag an election count as an unsourced claim', function () {
    assert.deepEqual(flagged([HEADLINE, 'Lindqvist won 58 percent of the vote and took 12 of the 15 seats for her party.']), []);
  });

  it('does not flag the writer’s own experience, even with a figure', function () {
    assert.deepEqual(flagged([HEADLINE, 'I have crossed on that ferry 300 times since my first job at the port.']), []);
  });

  it('does not flag headings and subheadings', function () {
    assert.deepEqual(flagged(['Ferry Traffic Tripled In 10 Years.', 'The council met on Tuesday.', '3. FERRIES CARRY 9,000 A DAY.', 'The vote is due in May.']), []);
  });
});
