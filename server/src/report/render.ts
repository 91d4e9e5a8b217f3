/**
 * The corroboration report and annotation exports as text: Markdown, HTML, CSV, JSON. Article
 * text is untrusted: every format escapes it (Markdown syntax, HTML, spreadsheet formulas).
 */
import type { Annotation } from '../core/annotation.js';
import { locateText, type LocatedText } from '../core/article.js';
import { cellOf, type ReportCell, type ReportEvent, type ReportModel, type ReportRow } from '../core/report.js';
import { annotationSeverity } from '../core/rules.js';
import { printable } from '../text/printable.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export function escapeMarkdownCell(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A CSV field: quoted, quotes doubled, and a leading =, +, -, @ neutralised so spreadsheets never run it. */
export function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const STATUS_WORDS: Record<ReportCell['status'], string> = { reports: 'reports', agrees: 'agrees', conflicts: 'conflicts', 'not-reported': 'not reported' };

/** What a cell says: its verdict, and the figure (or date) its outlet gives where one was compared. */
export function cellWords(cell: ReportCell): string {
  if (cell.status === 'conflicts' && cell.values) return `conflicts: ${cell.values.there} (vs ${cell.values.here})`;
  return cell.figure !== undefined && cell.status !== 'not-reported' ? `${STATUS_WORDS[cell.status]}: ${cell.figure}` : STATUS_WORDS[cell.status];
}

/** The rows of the report by event, in order: each event's, then those of no event (`event` undefined). */
export function rowsByEvent(model: ReportModel): { event: ReportEvent | undefined; rows: ReportRow[] }[] {
  const groups: { event: ReportEvent | undefined; rows: ReportRow[] }[] = [];
  for (const row of model.rows) {
    const event = row.event === undefined ? undefined : model.events[row.event];
    const last = groups.at(-1);
    if (last && last.event === event) last.rows.push(row);
    else groups.push({ event, rows: [row] });
  }
  return groups;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 articles · 4 claims" under an event's label; the heading of the rows of no event. */
function groupWords(event: ReportEvent | undefined, rows: number, grouped: boolean): { title: string; detail: string } {
  const claims = plural(rows, 'claim', 'claims');
  if (event) return { title: event.label, detail: `${plural(event.articles.length, 'article', 'articles')} · ${claims}` };
  return { title: grouped ? 'Other claims' : 'Claims', detail: grouped ? `${claims} whose articles report no event together` : claims };
}

function summaryWords(model: ReportModel): string {
  const events = model.events.length > 0 ? `, in ${plural(model.events.length, 'event', 'events')}` : '';
  return `${plural(model.rows.length, 'claim', 'claims')} reported by more than one outlet, across ${plural(model.outlets.length, 'outlet', 'outlets')}${events}.`;
}

/** "2 independent sources of 4 outlets": what stands behind a row's claim (copies of one text, one wire, one cited source are one). */
export function sourcesWords(row: ReportRow): string {
  const sources = `${row.independentSources} independent source${row.independentSources === 1 ? '' : 's'}`;
  return `${sources} of ${row.outletsReporting} outlet${row.outletsReporting === 1 ? '' : 's'}`;
}

export function reportMarkdown(model: ReportModel): string {
  const header = `| Claim | ${model.outlets.map(escapeMarkdownCell).join(' | ')} |`;
  const rule = `| --- | ${model.outlets.map(() => '---').join(' | ')} |`;
  const line = (row: ReportRow) =>
    `| ${escapeMarkdownCell(row.claim)} (${escapeMarkdownCell(sourcesWords(row))}) | ${model.outlets.map((o) => escapeMarkdownCell(cellWords(cellOf(row, o)))).join(' | ')} |`;
  // A table per event, under its label: Markdown has no row that spans a table.
  const sections = rowsByEvent(model).flatMap(({ event, rows }) => {
    const { title, detail } = groupWords(event, rows.length, model.events.length > 0);
    return [`## ${escapeMarkdownCell(title)}`, '', `${escapeMarkdownCell(detail)}.`, '', header, rule, ...rows.map(line), ''];
  });
  return ['# Corroboration report', '', summaryWords(model), '', ...sections].join('\n');
}

export interface HtmlOptions {
  /** For a VS Code webview: the nonce of its one script, and its CSP source. Absent: a standalone page. */
  nonce?: string;
  cspSource?: string;
}

/** The longest run of an outlet's name shown without a break; a longer one is cut, the full name in a tooltip. */
const LONGEST_SEGMENT = 14;

/**
 * An outlet's name for a column header or a card line, as HTML: it breaks at spaces and after
 * punctuation between letters or digits (`news.example`, `a_b`, `a-b`), never inside a word; a run
 * too long for a narrow column is shortened with "…" (the caller puts the full name in a title).
 */
export function outletLabel(name: string): string {
  return name
    .split(/(\s+)/)
    .map((word) =>
      /^\s+$/.test(word)
        ? ' '
        : word
            .split(/(?<=[\p{L}\p{N}][._\-/(])(?=[\p{L}\p{N}])/u)
            .map((piece) => escapeHtml([...piece].length > LONGEST_SEGMENT ? `${[...piece].slice(0, LONGEST_SEGMENT - 2).join('')}…` : piece))
            .join('<wbr>'),
    )
    .join('');
}

/**
 * How wide (in em of the report's text) a claims-by-outlets table must be to read: the claim
 * column, then a column per outlet wide enough for "reported" and a short figure. Narrower, the
 * report is a stack of cards, one per claim.
 */
export function tableMinWidthEm(outlets: number): number {
  return 16 + 7 * outlets;
}

/** Theme colours: VS Code's in a webview, a light or dark palette in a browser. */
const PALETTE = {
  fg: ['--vscode-foreground', '#1f1f1f', '#d4d4d4'],
  bg: ['--vscode-editor-background', '#ffffff', '#1e1e1e'],
  border: ['--vscode-panel-border', '#d0d0d0', '#3c3c3c'],
  hover: ['--vscode-list-hoverBackground', '#f0f0f0', '#2a2d2e'],
  focus: ['--vscode-focusBorder', '#0b63c5', '#3794ff'],
  muted: ['--vscode-descriptionForeground', '#616161', '#a0a0a0'],
  reports: ['--vscode-textLink-foreground', '#0b63c5', '#4daafc'],
  agrees: ['--vscode-testing-iconPassed', '#2e7d32', '#73c991'],
  conflicts: ['--vscode-editorWarning-foreground', '#a35200', '#cca700'],
  absent: ['--vscode-disabledForeground', '#767676', '#8b8b8b'],
} as const;

function paletteCss(webview: boolean): string {
  const entries = Object.entries(PALETTE);
  if (webview) return `:root { ${entries.map(([k, [v]]) => `--c-${k}: var(${v});`).join(' ')} }`;
  return [
    `:root { color-scheme: light dark; ${entries.map(([k, [, light]]) => `--c-${k}: ${light};`).join(' ')} }`,
    `@media (prefers-color-scheme: dark) { :root { ${entries.map(([k, [, , dark]]) => `--c-${k}: ${dark};`).join(' ')} } }`,
  ].join('\n    ');
}

function reportCss(webview: boolean, outlets: number): string {
  return `
    ${paletteCss(webview)}
    body { font-family: ${webview ? 'var(--vscode-font-family)' : 'system-ui, sans-serif'}; font-size: ${webview ? 'var(--vscode-font-size)' : '15px'}; line-height: 1.4; color: var(--c-fg); background: var(--c-bg); margin: 0; padding: 0 1.2em 1.2em; }
    main { container: report / inline-size; }
    h1 { font-size: 1.5em; font-weight: 600; margin: 0.8em 0 0.3em; }
    .summary, .empty { color: var(--c-muted); margin: 0 0 1em; }
    table.matrix { border-collapse: separate; border-spacing: 0; width: 100%; }
    .matrix th, .matrix td { border-right: 1px solid var(--c-border); border-bottom: 1px solid var(--c-border); padding: 0.4em 0.6em; vertical-align: top; text-align: left; overflow-wrap: normal; word-break: normal; hyphens: manual; }
    .matrix tr > :first-child { border-left: 1px solid var(--c-border); }
    .matrix thead th { position: sticky; top: 0; z-index: 1; background: var(--c-bg); border-top: 1px solid var(--c-border); font-weight: 600; }
    .matrix th.claim { width: 40%; }
    .matrix td.claim { overflow-wrap: break-word; }
    .matrix td.cell:hover[data-uri] { background: var(--c-hover); }
    .matrix td[data-uri] { cursor: ${webview ? 'pointer' : 'default'}; }
    .matrix td[data-uri]:focus-visible { outline: 1px solid var(--c-focus); outline-offset: -1px; }
    .matrix tr.event th { padding: 0.9em 0.6em 0.35em; background: var(--c-bg); font-weight: 600; border-right: 0; border-left: 0; }
    .event-label { font-size: 1.1em; }
    .event-detail { display: block; color: var(--c-muted); font-weight: normal; font-size: 0.92em; }
    .sources { display: block; color: var(--c-muted); font-size: 0.92em; margin: 0.3em 0 0; }
    .outlet-name, .absent { display: none; }
    .reports { color: var(--c-reports); }
    .agrees { color: var(--c-agrees); }
    .conflicts { color: var(--c-conflicts); font-weight: 600; }
    .not-reported, .absent { color: var(--c-absent); }
    @container report (max-width: ${tableMinWidthEm(outlets)}em) {
      .matrix, .matrix tbody, .matrix tr, .matrix td, .matrix tr.event th { display: block; width: auto; }
      .matrix tr.event { border: 0; padding: 0; margin: 1.2em 0 0.5em; }
      .matrix tr.event th { padding: 0; }
      .matrix thead { display: none; }
      .matrix tr { border: 1px solid var(--c-border); border-radius: 4px; margin: 0 0 0.8em; padding: 0.5em 0.7em; }
      .matrix th, .matrix td, .matrix tr > :first-child { border: 0; padding: 0.15em 0; }
      .matrix td.claim { padding-bottom: 0.45em; }
      .matrix td.cell { display: grid; grid-template-columns: minmax(0, 11em) minmax(0, 1fr); column-gap: 0.8em; padding: 0.2em 0.3em; margin: 0 -0.3em; }
      .matrix td.cell.not-reported { display: none; }
      .outlet-name { display: block; color: var(--c-fg); font-weight: normal; }
      .absent { display: block; margin: 0.45em 0 0; font-size: 0.92em; }
    }`;
}

export function reportHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const webview = options.nonce !== undefined;
  const csp = webview
    ? `default-src 'none'; style-src ${options.cspSource ?? "'self'"} 'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}';`
    : "default-src 'none'; style-src 'unsafe-inline';";
  const outletName = (o: string) => `<span class="outlet-name" title="${escapeHtml(o)}">${outletLabel(o)}</span>`;
  const cell = (outlet: string, c: ReportCell) => {
    const target = c.uri && c.range ? ` data-uri="${escapeHtml(c.uri)}" data-line="${c.range.start.line}" title="${escapeHtml(c.text ?? '')}"${webview ? ' tabindex="0"' : ''}` : '';
    return `<td class="cell ${c.status}"${target}>${outletName(outlet)}<span class="verdict">${escapeHtml(cellWords(c))}</span></td>`;
  };
  const row = (r: ReportRow) => {
    // In the stacked layout the cards list only the outlets that report the claim; the rest on one line.
    const absent = model.outlets.filter((o) => cellOf(r, o).status === 'not-reported');
    const absentLine = absent.length > 0 ? `<span class="absent">Not reported by ${absent.map(escapeHtml).join(', ')}.</span>` : '';
    return `<tr class="fact"><td class="claim">${escapeHtml(r.claim)}<span class="sources">${escapeHtml(sourcesWords(r))}</span>${absentLine}</td>${model.outlets.map((o) => cell(o, cellOf(r, o))).join('')}</tr>`;
  };
  // A body per event, headed by a row that spans the table: the header of outlets stays one.
  const groups = rowsByEvent(model)
    .map(({ event, rows }) => {
      const { title, detail } = groupWords(event, rows.length, model.events.length > 0);
      const head = `<tr class="event"><th colspan="${model.outlets.length + 1}" scope="rowgroup"><span class="event-label">${escapeHtml(title)}</span> <span class="event-detail">${escapeHtml(detail)}</span></th></tr>`;
      return `<tbody>\n${head}\n${rows.map(row).join('\n')}\n</tbody>`;
    })
    .join('\n');
  const script = webview
    ? `<script nonce="${options.nonce}">
const vscode = acquireVsCodeApi();
const open = (cell) => vscode.postMessage({ type: 'open', uri: cell.dataset.uri, line: Number(cell.dataset.line) });
document.addEventListener('click', (event) => {
  const cell = event.target.closest('td[data-uri]');
  if (cell) open(cell);
});
document.addEventListener('keydown', (event) => {
  const cell = event.target.closest && event.target.closest('td[data-uri]');
  if (cell && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); open(cell); }
});
// The panel is rewritten when articles change: keep the reader's place.
const state = vscode.getState();
if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
let saving;
window.addEventListener('scroll', () => { clearTimeout(saving); saving = setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100); });
</script>`
    : '';
  const summary = summaryWords(model);
  const body =
    model.rows.length === 0
      ? '<p class="empty">No claim is reported by more than one outlet yet.</p>'
      : `<table class="matrix"><thead><tr><th class="claim">Claim</th>${model.outlets.map((o) => `<th class="outlet" title="${escapeHtml(o)}">${outletLabel(o)}</th>`).join('')}</tr></thead>
${groups}</table>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Corroboration report</title>
<style${webview ? ` nonce="${options.nonce}"` : ''}>${reportCss(webview, model.outlets.length)}</style></head>
<body><main>
<h1>Corroboration report</h1>
<p class="summary">${summary}</p>
${body}
</main>
${script}
</body></html>
`;
}

export interface ExportedFile {
  path: string;
  outlet?: string;
  annotations: Annotation[];
  /** The article's text, for the CSV's `text` column (the flagged sentence); empty without it. */
  text?: string;
}

export type ExportFormat = 'json' | 'csv' | 'md';

function severityWord(a: Annotation): string {
  return annotationSeverity(a);
}

/**
 * The text an annotation covers (for a claim, its sentence), on one line: it is article text, so
 * a line break in it would forge a row for line-based readers, as one in a path would.
 */
function flaggedText(located: LocatedText, a: Annotation): string {
  const covered = located.text.slice(located.offsetAt(a.range.start), located.offsetAt(a.range.end));
  return printable(covered.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])+\s*/g, ' ').trim());
}

export function exportAnnotations(files: readonly ExportedFile[], format: ExportFormat): string {
  // The CLI's JSON shape: the article text is not repeated in it.
  if (format === 'json') return JSON.stringify({ files: files.map(({ path, outlet, annotations }) => ({ path, outlet, annotations })) }, null, 2) + '\n';
  if (format === 'csv') {
    const header = ['path', 'line', 'column', 'kind', 'code', 'severity', 'message', 'source', 'source kind', 'outlet', 'text'].map(csvField).join(',');
    const rows = files.flatMap((f) => {
      const located = f.text === undefined ? undefined : locateText(f.text);
      return f.annotations.map((a) =>
        // A path (and an outlet named after it) is whatever the file is called: a newline quoted
        // in a field is valid CSV, but every line-based reader sees a forged row.
        [
          printable(f.path),
          a.range.start.line + 1,
          a.range.start.character + 1,
          a.kind,
          a.code,
          severityWord(a),
          a.message,
          // Who says so: the name a pronoun stands for, else the words of the sentence.
          a.kind === 'attribution' || a.kind === 'vague-attribution' ? (a.data.resolvedSource ?? a.data.source) : undefined,
          a.kind === 'attribution' || a.kind === 'vague-attribution' ? a.data.sourceKind : undefined,
          f.outlet === undefined ? undefined : printable(f.outlet),
          located && flaggedText(located, a),
        ]
          .map(csvField)
          .join(','),
      );
    });
    return [header, ...rows].join('\r\n') + '\r\n';
  }
  const sections = files.map((f) => {
    const rows = f.annotations.map(
      (a) => `| ${a.range.start.line + 1}:${a.range.start.character + 1} | ${a.kind} | ${escapeMarkdownCell(a.code)} | ${severityWord(a)} | ${escapeMarkdownCell(a.message)} |`,
    );
    // A lone CR or another line break in a file name would end the heading and start a forged line.
    return [`## ${escapeMarkdownCell(printable(f.path))}`, '', '| where | kind | rule | severity | message |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
  });
  return ['# Corroborate annotations', '', ...sections].join('\n');
}
