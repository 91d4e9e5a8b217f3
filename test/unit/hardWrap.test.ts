/**
 * Hard-wrapped articles (round 348): a text saved with a line break every 70-odd characters was
 * read line by line, so every sentence was cut where a line ended. On PolNeAR's articles folded
 * to 76 columns, 225 of 920 files were skipped as "too little running prose", the rest lost nine
 * attributions in ten, and 5,411 lines were flagged as boilerplate. Every text here is written
 * for the test.
 */
import assert from 'node:assert/strict';
import { analyze, boilerplateLines, cleanText } from '../../server/src/core/annotate.js';
import type { Annotation, AttributionAnnotation } from '../../server/src/core/annotation.js';
import { parseArticle, splitLines } from '../../server/src/core/article.js';
import { boilerplateBlocks } from '../../server/src/core/boilerplateBlocks.js';
import { templateLinesOf } from '../../server/src/core/boilerplate/templates.js';
import { checkArticle } from '../../server/src/core/gate/articleGate.js';
import { wrappedParagraphs } from '../../server/src/core/hardWrap.js';
import { semanticTokens } from '../../server/src/lsp/semanticTokens.js';
import { outletOf } from '../../server/src/core/corroboration/outlet.js';
import { FERRY_BODY, FERRY_HEADLINE } from '../support/ferryTerminalArticle.js';

/** A paragraph wrapped as a wrapping tool does: words on a line while they fit in `width`. */
function wrap(paragraph: string, width: number, measure = (text: string) => text.length): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && measure(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

const SOURCED = 'The new terminal will cost the island 40 million euros over the next two years and will be paid for by the state, the state-run harbour news agency reported on Wednesday.';
const POLICY =
  'We want our comments to be a lively and valuable part of our community, a place where readers can debate the issues. Please report any comments that break our rules, and read the rules here before you post.';
const PARAGRAPHS = [FERRY_HEADLINE, ...FERRY_BODY, SOURCED, POLICY];
/** The article as one paragraph to a line, and wrapped at 72 columns with a blank line between paragraphs. */
const UNWRAPPED = PARAGRAPHS.join('\n\n') + '\n';
const WRAPPED = PARAGRAPHS.map((p) => wrap(p, 72).join('\n')).join('\n\n') + '\n';

/**
 * The article as a PDF's text layer gives it: each line full in points, so its length in
 * characters varies (58 to 84 here, in turn), a blank line between paragraphs.
 */
const RAGGED = (() => {
  const widths = [84, 61, 77, 58, 70, 83, 64, 72];
  let next = 0;
  return PARAGRAPHS.map((paragraph) => {
    const lines: string[] = [];
    let line = '';
    let width = widths[next++ % widths.length]!;
    for (const word of paragraph.split(' ')) {
      if (line && `${line} ${word}`.length > width) {
        lines.push(line);
        line = word;
        width = widths[next++ % widths.length]!;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join('\n');
  }).join('\n\n');
})();

/**
 * A poll story set in a proportional font, no blank line between its paragraphs (round 406): a
 * title, then paragraphs of three, three and two ragged lines, each closing short of the width.
 */
const RAGGED_POLL = [
  'Harbour poll: ferry plan ahead in a three-way contest',
  'Councillor Ana Sousa does better in a match up against the mayor and',
  'Tomas Berg than any other member of the harbour board, according to',
  'a new poll of island voters.',
  'With the ferry operator reportedly weighing a bid of its own, the poll found',
  'that Sousa would draw from the support of the former mayor',
  'Tomas Berg in a three-way race when the operator stands.',
  'Sousa received 37 percent, the mayor had 36 percent and Berg won 13',
  'percent, according to the results published by the harbour board.',
];

describe('hard-wrapped text: which lines make a paragraph (round 348)', function () {
  it('groups the lines each paragraph was wrapped over', function () {
    const groups = wrappedParagraphs(splitLines(WRAPPED));
    assert.ok(groups, 'not taken for wrapped');
    const lines = WRAPPED.split('\n');
    assert.deepEqual(
      groups.map((g) => g.map((i) => lines[i]).join(' ')),
      PARAGRAPHS,
    );
  });

  it('takes a text of one paragraph to a line, a menu, a table or a title and its deck for unwrapped', function () {
    assert.equal(wrappedParagraphs(splitLines(UNWRAPPED)), undefined);
    const menu = ['Home', 'News', 'Harbour', 'Ferries', 'Weather', 'Sport', 'Contact us', 'Subscribe'].join('\n');
    assert.equal(wrappedParagraphs(splitLines(menu)), undefined);
    const table = [
      'Vessel             Seats   Cars   Crossings a day   Built',
      'Island Star          420     60                12    1998',
      'North Quay           380     48                10    2004',
      'Gull                 150      0                22    2011',
      'Harbour Belle        300     40                 8    1987',
    ].join('\n');
    assert.equal(wrappedParagraphs(splitLines(table)), undefined);
    assert.equal(wrappedParagraphs(splitLines(`${FERRY_HEADLINE}\nCouncillors back the plan by seven votes to four\n`)), undefined);
  });

  it('takes short paragraphs of a line each, near the width of one another, for unwrapped', function () {
    // (Half of these lines would pass for wrapped: each is within a word of the longest.)
    const briefs = [
      'Harbour',
      'Council approves new rules on ferry tolls for the island',
      'Councillors voted 31 to 17 on Wednesday to cap the ferry toll for residents at €5 a crossing.',
      'The cap will apply from January and covers cars, vans and foot passengers alike.',
      'What changes',
      'The operator must now publish the toll of every crossing a week ahead, up from a day.',
      'Night crossings are free for islanders who work night shifts at the hospital on the mainland.',
      'What critics say',
      'The operator said the cap was too low to pay for the new ferry the island has ordered.',
      '"Five euros a crossing is not what it costs us," said Ana Sousa, who runs the ferry company.',
      'The harbour board will publish the first crossing figures in April.',
      'Share this article',
    ].join('\n');
    assert.equal(wrappedParagraphs(splitLines(briefs)), undefined);
  });

  it('takes a list of headlines in sentence case, near one another’s width, for unwrapped (round 405)', function () {
    // Each closes nothing and would pass for a ragged line; none goes on into the next.
    const headlines = [
      'Council approves new rules on ferry tolls for the island after a long debate',
      'Harbour master warns of delays as storm season nears the east quay',
      'Islanders split over plan for a second ferry terminal on the north shore',
      'New ferry to enter service in spring, operator says',
      'Fishing fleet hopes for a better season after two lean years on the coast',
      'School on the island to close for a week while the roof is repaired',
      'Night crossings to be free for hospital workers from January',
      'Mayor defends the cost of the bridge study in a tense council meeting',
    ];
    assert.equal(wrappedParagraphs(splitLines(headlines.join('\n'))), undefined);
    const briefs = [
      'The harbour council voted on Tuesday to approve a new ferry terminal.',
      'Councillors backed the plan by seven votes to four after a long debate.',
      'The terminal will open in 2027.',
    ];
    assert.equal(wrappedParagraphs(splitLines([...briefs, '', 'More news', ...headlines].join('\n'))), undefined);
  });

  it('counts only lines of prose: a style sheet scraped under the article does not hide its wrapping', function () {
    const rule = (name: string) => [`.${name} {`, 'text-align: center;', 'margin-bottom: 30px;', 'padding-left: 80px;', '}'];
    const styles = ['bio-text', 'twitter-bio', 'facebook-bio', 'image-wrap', 'gallery', 'caption', 'share-bar'].flatMap(rule);
    const groups = wrappedParagraphs(splitLines(`${WRAPPED}${styles.join('\n')}\n`));
    assert.ok(groups, 'not taken for wrapped');
    assert.equal(groups.length, PARAGRAPHS.length + styles.length);
  });

  it('reads a width counted in bytes, as fold counts it, where curly quotes make lines short in characters', function () {
    const quoted = FERRY_BODY.map((p) => p.replace(/the /g, '“the” ').replace(/'/g, '’'));
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    const text = quoted.map((p) => wrap(p, 72, bytes).join('\n')).join('\n\n');
    const groups = wrappedParagraphs(splitLines(text));
    assert.ok(groups, 'not taken for wrapped');
    assert.equal(groups.length, quoted.length);
  });

  it('takes its width from lines of words, not from a link a tool broke past the width', function () {
    const link = ['Source:', 'https://harbour-ledger.example/news/2025/03/council-approves-new-ferry-terminal-on-east-quay', '-after-long-dispute.html'];
    const text = `${WRAPPED}\n${link.join('\n')}\n`;
    const groups = wrappedParagraphs(splitLines(text));
    assert.ok(groups, 'not taken for wrapped');
    assert.equal(groups.length, PARAGRAPHS.length + 1);
  });

  it('goes on over a dash the wrapping put first on a line, and opens a new item after a closed line', function () {
    const dashed = [
      'The council wants its meetings to be a lively and valuable part of the island',
      '- a place where residents can debate and question the harbour plans of the',
      'island and its council, the mayor said on Tuesday before the vote.',
    ];
    const list = [
      'The council listed its three conditions for the new ferry terminal on Tuesday:',
      '- a limit on the noise of all construction work on the east quay at night, and',
      '- the parking spaces near the harbour wall kept only for the residents of the',
      'east quay and for the island ferry crews.',
    ];
    const text = [...FERRY_BODY.slice(0, 2).flatMap((p) => [...wrap(p, 76), '']), ...dashed, '', ...list].join('\n');
    const lines = text.split('\n');
    const groups = wrappedParagraphs(splitLines(text))!;
    const paragraphs = groups.map((g) => g.map((i) => lines[i]).join(' '));
    assert.ok(paragraphs.includes(dashed.join(' ')), 'the dash broke the sentence');
    assert.ok(paragraphs.includes(list[0]!), 'the list joined its heading');
    assert.ok(paragraphs.includes(list[1]!), 'an item joined the next');
    assert.ok(paragraphs.includes(`${list[2]} ${list[3]}`), 'an item lost its second line');
  });

  it('groups the lines of paragraphs wrapped at widths that vary, as a proportional font sets them (round 405)', function () {
    // Before, this was not taken for wrapped and each line was read on its own.
    const lines = RAGGED.split('\n');
    const groups = wrappedParagraphs(splitLines(RAGGED));
    assert.ok(groups, 'not taken for wrapped');
    assert.deepEqual(
      groups.map((g) => g.map((i) => lines[i]).join(' ')),
      PARAGRAPHS,
    );
  });

  it('goes on over ragged lines into a name inside a paragraph, not from a headline into the lede (round 405)', function () {
    // Lines below open with a name after a line that stops on "and", or inside a paragraph under
    // way; the headline over the lede, not full to the width, stays apart from it.
    const text = [
      'Harbour poll: ferry plan ahead in a three-way contest',
      'Councillor Ana Sousa does better in a match up against the mayor and',
      'Tomas Berg than any other member of the harbour board, according to',
      'a new poll of island voters.',
      '',
      'With the ferry operator reportedly weighing a bid of its own, the poll found',
      'that Sousa would draw from the support of the former mayor',
      'Tomas Berg in a three-way race when the operator stands.',
      '',
      'Sousa received 37 percent, the mayor had 36 percent and Berg won 13',
      'percent, according to the results published by the harbour board.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0], [1, 2, 3], [5, 6, 7], [9, 10]]);
  });

  it('takes short ragged paragraphs with no blank line between them for wrapped (round 406)', function () {
    // Each paragraph's last line closes short of the width with a line under it; before, those
    // lines counted against the share of wrapped lines and the text was read line by line.
    const text = [
      ...RAGGED_POLL,
      'The board said the poll of 800 voters was taken over three days last week and',
      'that its margin of error was three points either way, the same as in the last',
      'poll it took of the island’s voters, in the spring of last year.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0], [1, 2, 3], [4, 5, 6], [7, 8], [9, 10, 11]]);
  });

  it('goes on over a ragged line into a quotation that opens in small letters (round 418)', function () {
    // ("…said in the letter that the advertisement ¶ “unmistakably and wrongfully” suggests…":
    // a quotation mark before a word in small letters goes on with the sentence; before, the
    // line under it opened a paragraph and the sentence lost its source.)
    const text = [...RAGGED_POLL, 'Lena Vos wrote to the board that the advertisement', '“unmistakably and wrongfully” suggests the harbour police back the plan.'].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0], [1, 2, 3], [4, 5, 6], [7, 8], [9, 10]]);
  });

  it('goes on over a ragged line into an ellipsis, a bracket or a count’s noun (round 419)', function () {
    // ("…to achieve something ¶ ... how can you…", "…Chairman Rep. Jason Chaffetz ¶ (R-Utah)
    // said…", "…To date, 14 ¶ Catholics…": before, each line under them opened a paragraph, and
    // one that ended on "To date, 14" was no running text, so its sentences were not read.)
    const text = [
      ...RAGGED_POLL.slice(0, 5),
      'that Sousa would draw on her support in the quays, or on something',
      '... nobody on the board could say quite what, said its chair.',
      'The poll binds no one, said the chair of the board, who spoke to',
      'reporters after the vote alongside Councillor Tomas',
      '(Harbour Party) on Tuesday night.',
      'The island has 2,400 voters on its roll, and of those polled to date,',
      'the board said on Tuesday, a clear majority of all 714',
      'Islanders backed the ferry operator over the council.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0], [1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]);
  });

  it('goes on over a ragged line into a dash, and from a line that leaves a quotation open (round 420)', function () {
    // ("…the biggest benefit ¶ — it won’t even be close.”", "“From Seattle, to Houston, and New ¶
    // Jersey, we see…": before, the line under each opened a paragraph of its own.)
    const text = [
      ...RAGGED_POLL.slice(0, 5),
      'that Sousa would draw on the support of islanders, and the benefit',
      '— the board said — would go to the east quay first.',
      '“From the east quay to the west quay, and from old town to New',
      'Harbour, we see the ferry as our lifeline,” the residents wrote.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0], [1, 2, 3], [4, 5, 6], [7, 8]]);
  });

  it('takes a short article of one wrapped paragraph for wrapped, not a title over its deck (round 422)', function () {
    // Too few lines to count: before, each line was read alone, and the article was skipped as
    // having too little running prose.
    const short = [
      'Councillor wins the harbour primary.',
      '',
      'HARBOUR CITY — Councillor Ana Sousa won the primary for harbour master on',
      'Tuesday, taking a seat her father held for eight years on the Harbour',
      'Board of the island.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(short)), [[0], [2, 3, 4]]);
    // A title, its deck and its byline, none closing a sentence, and a paragraph on a line.
    const titled = [
      'Councillor Ana Sousa wins the harbour primary on the island',
      'Her father held the seat on the Harbour Board for eight years',
      'By Tomas Berg and Lena Vos of the Harbour Gazette staff',
      '',
      'Councillor Ana Sousa won the primary for harbour master on Tuesday, taking a seat her father held for eight years.',
    ].join('\n');
    assert.equal(wrappedParagraphs(splitLines(titled)), undefined);
  });

  it('reads every line of a ragged paragraph into it where blank lines set paragraphs apart (round 405)', function () {
    // A sentence that closes where a line ends, and a first line that stops on a name before its
    // surname, are inside their paragraphs: a blank line, not a line end, closes a paragraph here.
    const text = [
      'Ferry plan wins a vote of the harbour council',
      '',
      'The harbour council voted on Tuesday for the plan of Councillor Ana',
      'Sousa for a new terminal on the east quay of the island, its first in decades.',
      'The vote ended a dispute that had run for three years and cost it dearly.',
      '',
      'Councillors backed the plan by seven votes to four after a debate',
      'that lasted most of the afternoon and into the evening, the council said in a statement.',
      'The harbour master welcomed the result and said work would start in',
      'May, weeks ahead of what the operator had planned for the terminal.',
      '',
      'Residents of the east quay had objected to the noise of the',
      'construction and to the loss of the parking spaces near the harbour wall.',
      '',
      'The terminal is to open in the spring of 2027, the council said.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0], [2, 3, 4], [6, 7, 8, 9], [11, 12], [14]]);
    // (A headline over its deck, the first stopping on a semicolon, is no sentence going on.)
    const decked = [
      'Ferry plan wins a vote of the harbour council, and work starts in May;',
      'Councillors back a new terminal on the east quay by seven votes to four.',
      '',
      text.split('\n').slice(2).join('\n'),
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(decked))?.slice(0, 2), [[0], [1]]);
  });

  it('goes on over a line broken short in a text wrapped to one width, where its sentence surely goes on (round 405)', function () {
    // ("…worth its cost, 61 percent ¶ of islanders said yes…", "…will now spend ¶ $40 million…":
    // breaks the text had before it was wrapped; before, each line after one opened a paragraph.)
    const text = [
      'The harbour council voted on Tuesday to approve a new ferry terminal on',
      'the east quay, ending a dispute that had run for more than three years',
      'and cost the island dearly, the council said in a statement on Tuesday.',
      '',
      'Asked whether the terminal was worth its cost, 61 percent',
      'of islanders said yes in a poll taken by the harbour board last month,',
      'and only a fifth of them said the money would have been better spent on',
      'the island’s roads and on its school, which needs a new roof this year.',
      '',
      'Councillors backed the plan by seven votes to four after a long debate',
      'that lasted most of the afternoon, and the council will now spend',
      '$40 million on the quay over the next two years, the mayor said.',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [
      [0, 1, 2],
      [4, 5, 6, 7],
      [9, 10, 11],
    ]);
  });

  it('opens a new paragraph at a line set in further than the one above', function () {
    const text = [
      '    The harbour council voted on Tuesday to approve a new ferry terminal on',
      'the east quay, ending a dispute that had run for more than three years and',
      'cost the island dearly.',
      '    Councillors backed the plan by seven votes to four after a long debate',
      'that lasted most of the afternoon, the council said in a statement on the',
      'evening of the vote, and the harbour master welcomed the result of it all.',
      '    Residents of the east quay had objected to the noise of construction',
    ].join('\n');
    assert.deepEqual(wrappedParagraphs(splitLines(text)), [[0, 1, 2], [3, 4, 5], [6]]);
  });
});

describe('hard-wrapped text: one block to a paragraph, with exact offsets (round 348)', function () {
  it('gives a paragraph one block over its lines, its breaks read as spaces', function () {
    const article = parseArticle(WRAPPED);
    assert.equal(article.blocks.length, PARAGRAPHS.length);
    for (const block of article.blocks) {
      assert.equal(block.text.length, block.end - block.start);
      assert.equal(block.text, WRAPPED.slice(block.start, block.end).replace(/\n/g, ' '));
    }
    const sourced = article.blocks[PARAGRAPHS.indexOf(SOURCED)]!;
    assert.ok(sourced.lastLine > sourced.line);
    assert.equal(sourced.sentences.length, 1, 'the sentence was cut at a line end');
  });

  it('keeps offsets exact where lines end in CRLF', function () {
    const text = WRAPPED.replace(/\n/g, '\r\n');
    const article = parseArticle(text);
    assert.equal(article.blocks.length, PARAGRAPHS.length);
    for (const block of article.blocks) assert.equal(block.text, text.slice(block.start, block.end).replace(/[\r\n]/g, ' '));
  });
});

describe('hard-wrapped text: the analyses read paragraphs (round 348)', function () {
  it('analyses a wrapped article as it does the same article unwrapped', function () {
    assert.deepEqual(checkArticle(WRAPPED), { article: true });
    const kinds = (text: string) => analyze(text, { fileName: 'ferry.txt' }).annotations.map((a) => `${a.kind} ${a.message}`);
    assert.deepEqual(kinds(WRAPPED), kinds(UNWRAPPED));
  });

  it('analyses an article wrapped at widths that vary as it does the same article unwrapped (round 405)', function () {
    // Before: "too little running prose", nothing annotated.
    assert.deepEqual(checkArticle(RAGGED), { article: true });
    const kinds = (text: string) => analyze(text, { fileName: 'ferry.txt' }).annotations.map((a) => `${a.kind} ${a.message}`);
    assert.deepEqual(kinds(RAGGED), kinds(UNWRAPPED));
  });

  it('names a source wrapped over two lines with a space, and marks it on both lines', function () {
    const analysis = analyze(WRAPPED, { fileName: 'ferry.txt' });
    const reported = analysis.annotations.find((a: Annotation): a is AttributionAnnotation => a.kind === 'attribution' && a.data.cue === 'reported');
    assert.ok(reported, 'no attribution for the agency');
    assert.equal(reported.data.source, 'the state-run harbour news agency');
    const { start, end } = reported.data.sourceRange;
    assert.ok(end.line > start.line, 'the test wants the source over a line end');
    // Semantic tokens come as (line delta, start delta, length, type, modifiers); type 0 is a source.
    const sourceLines = new Set<number>();
    const data = semanticTokens(analysis).data;
    for (let k = 0, line = 0; k < data.length; k += 5) {
      line += data[k]!;
      if (data[k + 3] === 0) sourceLines.add(line);
    }
    assert.ok(sourceLines.has(start.line) && sourceLines.has(end.line), 'the source is not marked on both lines');
  });

  it('flags a wrapped furniture paragraph whole: one annotation, every line removed', function () {
    const analysis = analyze(WRAPPED, { fileName: 'ferry.txt' });
    const lines = WRAPPED.split('\n');
    const policyLines = lines.map((line, i) => (POLICY.includes(line) && line ? i : -1)).filter((i) => i >= 0);
    assert.ok(policyLines.length >= 3);
    const flagged = new Set(boilerplateLines(analysis.annotations));
    for (const i of policyLines) assert.ok(flagged.has(i), `line ${i} kept: ${lines[i]}`);
    const block = boilerplateBlocks(analysis.article!, analysis.annotations).find((b) => b.lines.includes(policyLines[0]!));
    assert.deepEqual(block?.lines, policyLines);
    const clean = cleanText(analysis);
    assert.ok(!clean.includes('read the rules'), 'the policy stayed in the clean copy');
    for (const line of wrap(FERRY_BODY[0]!, 72)) assert.ok(clean.includes(line));
  });

  it('compares a wrapped text with other files paragraph by paragraph', function () {
    assert.ok(templateLinesOf(WRAPPED).has(templateLinesOf(`${POLICY}\n`).values().next().value!));
  });
});

describe('hard-wrapped text: the outlet from a source line wrapped over two (round 348)', function () {
  it('reads the address the "Source:" line was wrapped onto', function () {
    const text = `${WRAPPED}\nSource:\nhttps://www.harbourledger.example/news/council-approves-new-ferry-terminal-on-east-quay\n`;
    const analysis = analyze(text, { fileName: 'story-1.txt' });
    assert.equal(outletOf(analysis, 'story-1.txt'), 'harbourledger.example');
  });
});
