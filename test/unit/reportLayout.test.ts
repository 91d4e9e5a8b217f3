/**
 * The HTML report reads in a 400 px side panel and maximised, in VS Code and in a browser: no
 * word broken mid-word, a stacked layout (a card per claim) when the table would not fit,
 * outlet headers that wrap between words or are shortened with their full name in a title, and
 * a sticky header that hides what scrolls under it. What a browser would do with it is checked
 * by the e2e suite; these are the structural promises it rests on.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../server/src/core/corpus.js';
import { buildReport, type ReportModel } from '../../server/src/core/report.js';
import { outletLabel, reportHtml, tableMinWidthEm } from '../../server/src/report/render.js';
import { examplesDir } from '../support/paths.js';

const examples = () =>
  buildReport(
    analyzeCorpus(
      readdirSync(examplesDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ id: f, text: readFileSync(path.join(examplesDir, f), 'utf8'), fileName: f })),
    ),
  );

const WEBVIEW = { nonce: 'n0nce', cspSource: 'vscode-resource:' };

interface Rule {
  selector: string;
  declarations: Map<string, string>;
  /** The @container or @media prelude the rule sits in, if any. */
  within?: string;
}

/** The rules of the page's one style sheet, one level of @-blocks deep. */
function rules(html: string): Rule[] {
  const css = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const found: Rule[] = [];
  const parse = (text: string, within?: string) => {
    let at = 0;
    while (at < text.length) {
      const open = text.indexOf('{', at);
      if (open < 0) break;
      const selector = text.slice(at, open).trim();
      if (selector.startsWith('@')) {
        // Find the block's matching brace.
        let depth = 1;
        let end = open + 1;
        for (; end < text.length && depth > 0; end++) depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
        parse(text.slice(open + 1, end - 1), selector);
        at = end;
        continue;
      }
      const close = text.indexOf('}', open);
      const declarations = new Map<string, string>();
      for (const d of text.slice(open + 1, close).split(';')) {
        const colon = d.indexOf(':');
        if (colon > 0) declarations.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
      }
      found.push({ selector, declarations, ...(within === undefined ? {} : { within }) });
      at = close + 1;
    }
  };
  parse(css);
  return found;
}

/** The visible text of an HTML fragment. */
const textOf = (html: string) =>
  html
    .replace(/<wbr>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

function modelWith(outlets: string[]): ReportModel {
  const cells = Object.fromEntries(outlets.map((o, i) => [o, i === 0 ? { status: 'reports' as const } : { status: 'agrees' as const }]));
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } };
  return {
    outlets,
    events: [],
    rows: [{ claim: 'Some 4,200 port workers went on strike.', uri: 'file:///a.txt', range, outlet: outlets[0]!, outletsReporting: outlets.length, independentSources: outlets.length, cells }],
  };
}

describe('corroboration report layout', function () {
  for (const [where, options] of [
    ['in a webview', WEBVIEW],
    ['in a browser', {}],
  ] as const) {
    describe(where, function () {
      const model = examples();
      const html = reportHtml(model, options);
      const css = rules(html);

      it('breaks no word in two: only an overlong word in a claim may wrap', function () {
        for (const rule of css) {
          for (const [property, value] of rule.declarations) {
            assert.ok(!/break-all|anywhere/.test(value), `${rule.selector} { ${property}: ${value} }`);
            if (property === 'hyphens') assert.notEqual(value, 'auto', rule.selector);
            if ((property === 'overflow-wrap' || property === 'word-wrap') && value !== 'normal')
              for (const selector of rule.selector.split(',')) assert.match(selector.trim(), /\.claim$/, `${rule.selector} may break words`);
          }
        }
      });

      it('stacks a card per claim when the table would not fit', function () {
        const query = `@container report (max-width: ${tableMinWidthEm(model.outlets.length)}em)`;
        const narrow = css.filter((r) => r.within === query);
        assert.ok(narrow.length > 0, `a narrow layout under ${query}`);
        assert.ok(
          css.some((r) => r.within === undefined && /^main$/.test(r.selector) && /report \/ inline-size/.test(r.declarations.get('container') ?? '')),
          'the query has its container',
        );
        const inNarrow = (selector: RegExp, property: string) => narrow.find((r) => r.selector.split(',').some((s) => selector.test(s.trim())))?.declarations.get(property);
        assert.equal(inNarrow(/^\.matrix tr$/, 'display'), 'block', 'each row a block');
        assert.equal(inNarrow(/^\.matrix thead$/, 'display'), 'none', 'no header row');
        assert.equal(inNarrow(/^\.outlet-name$/, 'display'), 'block', 'each cell names its outlet');
        // With the header gone, each cell says whose verdict it is.
        const row = html.split('<tr class="fact">')[1]!.split('</tr>')[0]!;
        for (const outlet of model.outlets) assert.ok(row.includes(`<span class="outlet-name" title="${outlet}">${outletLabel(outlet)}</span>`), outlet);
        // An outlet that does not report the claim is one name on a line, not a card line of its own.
        const ships = html.split('\n').find((l) => l.includes('Up to 25 ships'))!;
        assert.match(ships, /<span class="absent">Not reported by [^<]*valmora-post[^<]*\.<\/span>/);
        assert.equal(inNarrow(/^\.matrix td\.cell\.not-reported$/, 'display'), 'none');
      });

      it('heads each event with a row across the table, a heading (not a card) when stacked', function () {
        assert.match(html, new RegExp(`<tbody>\n<tr class="event"><th colspan="${model.outlets.length + 1}" scope="rowgroup">`));
        const narrow = css.filter((r) => r.within?.startsWith('@container report'));
        const event = (property: string) => narrow.filter((r) => r.selector.split(',').some((s) => /^\.matrix tr\.event$/.test(s.trim()))).map((r) => r.declarations.get(property));
        assert.ok(event('border').includes('0'), 'no card border around the heading');
        assert.ok(!css.some((r) => /event/.test(r.selector) && r.declarations.get('position') === 'sticky'), 'only the outlets header sticks');
      });

      it('keeps the header opaque over the rows that scroll under it', function () {
        const sticky = css.find((r) => r.declarations.get('position') === 'sticky')!;
        assert.match(sticky.selector, /thead th/);
        assert.equal(sticky.declarations.get('background'), 'var(--c-bg)');
        assert.ok(Number(sticky.declarations.get('z-index')) >= 1);
        const root = css.filter((r) => r.selector === ':root').map((r) => r.declarations.get('--c-bg'));
        if (options === WEBVIEW) assert.deepEqual(root, ['var(--vscode-editor-background)']);
        else for (const colour of root) assert.match(colour!, /^#[0-9a-f]{6}$/, 'an opaque colour of its own');
        // Collapsed borders stay behind when a sticky cell moves; separate ones move with it.
        assert.equal(css.find((r) => r.selector === 'table.matrix')?.declarations.get('border-collapse'), 'separate');
      });

      it('changes no size when a cell is hovered or focused', function () {
        for (const rule of css.filter((r) => /:(hover|focus|active)/.test(r.selector)))
          for (const property of rule.declarations.keys()) assert.match(property, /^(background|outline|outline-offset|color|cursor)$/, rule.selector);
      });
    });
  }

  it('uses VS Code theme colours in a webview and a palette of its own in a browser', function () {
    const model = examples();
    assert.match(reportHtml(model, WEBVIEW), /--c-fg: var\(--vscode-foreground\)/);
    const page = reportHtml(model);
    assert.ok(!page.includes('--vscode-'), 'a browser has no VS Code variables');
    assert.match(page, /@media \(prefers-color-scheme: dark\)/);
  });

  it('wraps outlet headers between words, or shortens them with the full name in a title', function () {
    const long = 'averyveryverylongoutletnamewithnobreaks.example';
    const outlets = ['Agence Nationale de Presse', 'harbour-ledger', 'daily.example', long, 'Tom & "Jerry" <News>'];
    const html = reportHtml(modelWith(outlets));
    const headers = [...html.matchAll(/<th class="outlet" title="([^"]*)">(.*?)<\/th>/g)];
    assert.equal(headers.length, outlets.length);
    for (const [index, [, title, label]] of headers.entries()) {
      assert.equal(textOf(title!), outlets[index], 'the full name in the title');
      const shown = textOf(label!);
      // Each unbroken run of the label is at most 14 characters; a name cut short ends with "…".
      for (const run of label!.replace(/<wbr>/g, ' ').split(/\s+/)) assert.ok([...textOf(run)].length <= 14, `${run} in ${label}`);
      if (shown !== outlets[index]) assert.ok(shown.includes('…'), `${shown} says it abbreviates ${outlets[index]}`);
    }
    assert.equal(textOf(headers[0]![2]!), 'Agence Nationale de Presse', 'a name of short words is shown whole');
    assert.equal(headers[1]![2], 'harbour-<wbr>ledger', 'a break after a hyphen');
    assert.equal(headers[2]![2], 'daily.<wbr>example', 'a break after a dot');
    assert.equal(textOf(headers[3]![2]!), 'averyveryver…example', 'a run too long for a column is shortened');
  });

  it('says so when no claim is reported by more than one outlet', function () {
    const html = reportHtml({ outlets: ['one-outlet'], events: [], rows: [] });
    assert.match(html, /0 claims reported by more than one outlet, across 1 outlet\./);
    assert.match(html, /No claim is reported by more than one outlet yet\./);
    assert.ok(!html.includes('<table'), 'no empty table');
  });
});
