/**
 * Notices a finance or magazine page prints around its article (rounds 114 to 126, found on
 * newspaper's whole pages): market data credits and delays, the issue a magazine piece ran in, a
 * post's tags labelled without a colon, the messages of sign-in and player widgets and a form's
 * labels, the site's terms, comment policy and follow prompts, links with their arrows or labels,
 * a byline printed twice and a note on the writer. Every text here is written for the test.
 */
import assert from 'node:assert/strict';
import { assertFlagged, assertKept, flaggedLineSet } from '../support/boilerplateFlags.js';
import { isDatedByline, isDoubledByline, isLinkLine, isTagsLine, writerNoteSubject } from '../../server/src/core/boilerplate/shapes.js';

const HEADLINE = 'Harbour operator shares fall after bridge vote';
const BODY = [
  'Shares of the ferry operator fell 12 percent on Tuesday, a day after the council approved a bridge that will replace its busiest crossing in 2028.',
  'The company carries 40,000 passengers a week between the two quays, and the crossing brings in about a third of its revenue, its annual report shows.',
  'Analysts at two banks cut their forecasts for the company, and one of them said the operator would need to find new routes within five years.',
  'The operator said in a statement that it would bid to run the bridge’s toll booths and keep its smaller crossings to the islands open.',
];

describe('boilerplate: notices under the article', function () {
  it('flags market data credits and delays, and the issue a piece ran in', function () {
    const notices = [
      'Harbour quotes delayed by at least 15 minutes. Index data delayed by at least 20 minutes.',
      'Real-time prices provided by Quayside Exchange. Market data provided by Ledger Data.',
      'Company fundamental data provided by North Quay Research.',
      'This article was published in the March 2025 issue.',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...notices]);
    assertFlagged(found, notices);
    assertKept(found, BODY);
  });

  it('flags a post’s tags labelled without a colon, not a sentence that opens the same way', function () {
    const found = flaggedLineSet([HEADLINE, ...BODY, 'Filed under Harbours , Bridges , Ferry Operator , Markets']);
    assert.ok(found.has('Filed under Harbours , Bridges , Ferry Operator , Markets'));
    assert.ok(isTagsLine('Posted in Business'));
    assert.ok(isTagsLine('Tagged ferries , bridges'));
    assert.ok(!isTagsLine('Filed under seal by the court in 2014 and released to the public'));
    assert.ok(!isTagsLine('Posted in December, just hours after the vote, the message was shared 4,000 times'));
    assert.ok(!isTagsLine('Tagged in some of them, I think.'));
  });

  it('flags the messages of sign-in, skip-link and player widgets', function () {
    const widgets = [
      'Jump to main navigation Jump to main content',
      'Your Account Sign Out',
      'Remember me on this computer',
      'Get author RSS feed',
      'Show Transcript Hide Transcript',
      'FIRST NAME :',
      'Join the discussion. Sign In or Register',
    ];
    const found = flaggedLineSet([widgets[0], widgets[1], HEADLINE, widgets[2], ...BODY, ...widgets.slice(3)]);
    assertFlagged(found, widgets);
    assertKept(found, BODY);
  });

  it('flags a petition’s form and a comment box’s prompt under the article', function () {
    const form = ['SIGN THE PETITION!', 'FIRST NAME :', 'LAST NAME :', 'Join the discussion. Sign In or Register'];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...form]);
    assertFlagged(found, form);
    for (const line of ['Yes, my password is:', 'Receive The Newsletter']) assert.ok(flaggedLineSet([HEADLINE, ...BODY, line]).has(line), `kept: ${line}`);
    assertKept(found, BODY);
  });

  it('flags the site’s terms, comment policy and follow prompts under the article', function () {
    const notices = [
      'Follow Harbour Insights and never miss an update!',
      'Use of this site constitutes acceptance of our User Agreement and Privacy Policy.',
      'The Ledger reserves the right to remove comments but is under no obligation to do so.',
      'Press spacebar to pause and continue. Press esc to stop.',
      'Save articles to read later',
      'Want more stuff like this?',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...notices]);
    assertFlagged(found, notices);
    assertKept(found, BODY);
  });
});

describe('boilerplate: a note on the writer', function () {
  it('flags a note on the writer, not a person the article describes and names again', function () {
    const note = 'Vos is a Harbour Ledger contributor.';
    const top = 'Marta Lindqvist is a political commentator and author.';
    const source = 'Ana Sousa is a ferry pilot and columnist for the union’s newsletter.';
    const quoted = 'Sousa, who has piloted the ferry since 1998, said the bridge would end her trade within five years.';
    const found = flaggedLineSet([HEADLINE, top, ...BODY, source, quoted, note]);
    assert.ok(found.has(note), 'kept the note under the article');
    assert.ok(found.has(top), 'kept the note at the top');
    assert.ok(!found.has(source), 'flagged a person the article names again');
    assertKept(found, BODY);
  });

  it('flags the writer’s name and role over the note, not a line naming someone else (round 434)', function () {
    const box = ['Lena K. Vos @ lenavos', 'Harbour Ledger Reporter'];
    const note = 'Lena Vos is a reporter for the Harbour Ledger based in Porto.';
    const found = flaggedLineSet([HEADLINE, ...BODY, ...box, note]);
    assertFlagged(found, [...box, note]);
    assertKept(found, BODY);
    // Short lines over the note that do not reach the writer's name stay as they are.
    const other = ['Ana Sousa', 'Port Pilot'];
    const kept = flaggedLineSet([HEADLINE, ...BODY, ...other, note]);
    assert.ok(kept.has(note), 'kept the note');
    assertKept(kept, other);
    // Nor does a sentence that names the writer: the head is the box's short lines.
    const sentence = ['Lena Vos reported from Porto.', 'Harbour Ledger Reporter'];
    assertKept(flaggedLineSet([HEADLINE, ...BODY, ...sentence, note]), sentence);
  });

  it('reads who a note describes only from a note’s shape', function () {
    const titles = new Set(['writer', 'reporter', 'contributor', 'columnist', 'commentator']);
    assert.equal(writerNoteSubject('Charles Q. Vos is a contributing writer for Harbour Ledger. He covers ports.', titles), 'Vos');
    assert.equal(writerNoteSubject('He was a major contributor to the 1964 campaign.', titles), undefined);
    assert.equal(writerNoteSubject('Lena Vos is a CNN contributor who worked for the council. Vos said the toll was too high.', titles), undefined);
    assert.equal(writerNoteSubject('Lena Vos is a planner at the port authority.', titles), undefined);
  });
});

describe('boilerplate: a career told inside the article (round 345)', function () {
  // Found on a clean news folder: "Prior to joining the organization he had amateur coaching
  // experience." between two of the story's paragraphs was flagged as a writer's note.
  const CAREER = 'Prior to joining the club she had spent a decade coaching amateurs.';

  it('keeps a sentence with a biography’s phrase where the body’s paragraphs stand round it', function () {
    const found = flaggedLineSet([HEADLINE, BODY[0]!, BODY[1]!, CAREER, 'The operator’s shares closed at 4.10 euros.', BODY[3]!]);
    assert.ok(!found.has(CAREER), 'the sentence was flagged');
  });

  it('still flags the writer’s note with a way to reach the writer', function () {
    const note = 'Prior to joining the Ledger she covered ports for a wire service; reach her at ada.vik@harbourledger.example.';
    const found = flaggedLineSet([HEADLINE, BODY[0]!, BODY[1]!, note, 'The operator’s shares closed at 4.10 euros.', BODY[3]!]);
    assert.ok(found.has(note), 'the note was kept');
  });
});

describe('boilerplate: the page’s links', function () {
  it('flags a link with its arrow and a pager’s title, not prose that opens with "Next"', function () {
    const links = [
      '« Ferry Operator Files for Bankruptcy',
      'Most read stories of the week »',
      'Next Harbour Diaries: Watch the last ferry cross at dawn',
      'Story: The Hidden Cost of the Island Ferries',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...links]);
    assertFlagged(found, links);
    const labelled = flaggedLineSet([HEADLINE, ...BODY, 'Story: The Hidden Cost of the Island Ferries']);
    assert.ok(labelled.has('Story: The Hidden Cost of the Island Ferries'));
    const teaser = 'Ferry operator bids to run the bridge’s toll booths Full Article';
    assert.ok(flaggedLineSet([HEADLINE, ...BODY, teaser]).has(teaser));
    assert.ok(!isLinkLine('Next Tuesday, the council will vote on the toll of 4 euros.'));
    assert.ok(!isLinkLine('The toll rose from 2 → 4 euros in a year, the council said, and will rise again.'));
  });
});

describe('boilerplate: a byline printed twice', function () {
  it('flags a byline a site prints as its name and as its link', function () {
    const byline = 'Lena Vos, Harbour Ledger By Lena Vos, Harbour Ledger';
    const found = flaggedLineSet([HEADLINE, byline, ...BODY]);
    assert.ok(found.has(byline));
    assertKept(found, BODY);
    assert.ok(isDoubledByline('National Desk By National Desk'));
    assert.ok(!isDoubledByline('Stand By Me By Ben E. King'));
  });
});

describe('boilerplate: a date and time with the writer after "by" (round 432)', function () {
  // Found on the postlight pages' kept lines: a blog's post line under its title.
  const DATED = ['March 4, 2025 at 6:08 PM ET by Lena Vos', 'Posted on Tuesday 4 March 2025 at 09:11 by Tom R. Hale.'];

  it('flags each under the headline, keeping the story', function () {
    for (const line of DATED) {
      const found = flaggedLineSet([HEADLINE, line, ...BODY]);
      assert.ok(found.has(line), line);
      assertKept(found, [HEADLINE, ...BODY]);
    }
  });

  it('takes only a timestamp before "by" and a name after it', function () {
    assert.ok(isDatedByline('Monday August 8, 2022 4:33 am PDT by Ines Varga'));
    // A title by its author, a sentence, a name in small letters, a clause after "by".
    assert.ok(!isDatedByline('Harbour Lights (Live 1983 Version) by Lena Vos'));
    assert.ok(!isDatedByline('The bridge was approved on March 4, 2025 by Councillor Vos'));
    assert.ok(!isDatedByline('March 4, 2025 by lena vos'));
    assert.ok(!isDatedByline('March 4, 2025 by the end of the week we will know more'));
  });
});

describe('boilerplate: a request to send word to the site, with its address (round 433)', function () {
  it('flags "Send …" and "Report … to:" with an address, not the article asking for information', function () {
    const requests = ['Report typos and corrections to: desk@harbourledger.example .', 'Send tips and photos to Lena Vos at lena.vos@harbourledger.example.'];
    const appeal = 'Police asked anyone who saw the collision to call the harbour station on 0800 555 1111.';
    const found = flaggedLineSet([HEADLINE, ...BODY, appeal, ...requests]);
    assertFlagged(found, requests);
    assertKept(found, [...BODY, appeal]);
  });
});

describe('boilerplate: a save button, a wire desk’s extra reporters, an affiliate notice (round 343)', function () {
  // Found on the postlight pages' kept lines: "Save this story for later.", "To revisit this
  // article, visit My Profile, then View saved stories", "Additional reporting by …", a shop's
  // disclosure that links earn the site a commission, "(opens in a new tab)", an old browser's
  // warning, a push alert's sign-up.
  const NOTICES = [
    'Save this story for later.',
    'To revisit this article, visit My Profile, then View saved stories',
    'Additional reporting by Ines Varga in Porto; editing by Tom Hale.',
    'Things you buy through our links may earn the Harbour Ledger a commission.',
    'Post may have been deleted (opens in a new tab)',
    'You are using an outdated browser.',
    'Sign up via push alert',
  ];

  it('flags each where a page prints it', function () {
    // (Not BODY[2], whose "new routes" would put the link's "new tab" on the article's topic.)
    const body = [BODY[0]!, BODY[1]!, BODY[3]!];
    const found = flaggedLineSet([NOTICES[5]!, HEADLINE, NOTICES[0]!, NOTICES[1]!, ...body, NOTICES[4]!, NOTICES[2]!, NOTICES[3]!, NOTICES[6]!]);
    assertFlagged(found, NOTICES);
    assertKept(found, [HEADLINE, ...body]);
  });

  it('flags the notices, prompts and headings read on other pages the same way', function () {
    // Found on the same pages: an ad blocker's instructions, the issue a piece ran in, a shop
    // widget's heading, a correction form, another language's edition, a credit of the desk.
    const notices = [
      'This article appears in the March 3, 2025 issue of Harbour Weekly.',
      'With assistance from Ines Varga and Tom Hale',
      'Read this story in Portuguese',
      'Submit a Correction',
      'Order Reprint of this Story',
      'Market data powered by Quayside Exchange.',
      'You will now receive the Morning Quay newsletter',
      'Before you go, we thought you’d like these...',
      'From the Web',
      'Click the AdBlock button on your browser and select Disable on this site.',
      'Then Reload the Page',
    ];
    const found = flaggedLineSet([HEADLINE, ...BODY, ...notices]);
    assertFlagged(found, notices);
    assertKept(found, [HEADLINE, ...BODY]);
  });

  it('keeps prose that speaks of saving, reporting and commissions', function () {
    const prose = [
      'Brokers earn a commission on every ticket they sell, and the operator said it would cut what it pays them by half next year.',
      'The council said it would save the old ferry for a museum, and additional reporting of the vote is expected from the port authority.',
    ];
    const found = flaggedLineSet([HEADLINE, BODY[0]!, prose[0]!, BODY[1]!, prose[1]!, ...BODY.slice(2)]);
    assertKept(found, [HEADLINE, ...BODY, ...prose]);
  });
});
