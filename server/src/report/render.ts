/**
 * The corroboration report and annotation exports as text: Markdown, HTML, CSV, JSON. Article
 * text is untrusted: every format escapes it (Markdown syntax, HTML, spreadsheet formulas).
 */
import type { Annotation } from '../core/annotation.js';
import { locateText, type LocatedText } from '../core/article.js';
import { cellOf, type ReportCell, type ReportModel } from '../core/report.js';
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

function cellWords(cell: ReportCell): string {
  return cell.status === 'conflicts' && cell.values ? `conflicts: ${cell.values.there} (vs ${cell.values.here})` : STATUS_WORDS[cell.status];
}

export function reportMarkdown(model: ReportModel): string {
  const header = `| Claim | ${model.outlets.map(escapeMarkdownCell).join(' | ')} |`;
  const rule = `| --- | ${model.outlets.map(() => '---').join(' | ')} |`;
  const rows = model.rows.map((row) => `| ${escapeMarkdownCell(row.claim)} | ${model.outlets.map((o) => escapeMarkdownCell(cellWords(cellOf(row, o)))).join(' | ')} |`);
  return ['# Corroboration report', '', `${model.rows.length} claims reported by more than one outlet, across ${model.outlets.length} outlets.`, '', header, rule, ...rows, ''].join('\n');
}

export interface HtmlOptions {
  /** For a VS Code webview: the nonce of its one script, and its CSP source. Absent: a standalone page. */
  nonce?: string;
  cspSource?: string;
}

export function reportHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const webview = options.nonce !== undefined;
  const csp = webview
    ? `default-src 'none'; style-src ${options.cspSource ?? "'self'"} 'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}';`
    : "default-src 'none'; style-src 'unsafe-inline';";
  const color = (vscodeVar: string, fallback: string) => (webview ? `var(${vscodeVar})` : fallback);
  const style = `
    body { font-family: ${color('--vscode-font-family', 'system-ui, sans-serif')}; color: ${color('--vscode-foreground', '#1f1f1f')}; background: ${color('--vscode-editor-background', '#fff')}; padding: 1em; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    th:first-child { width: 34%; }
    th, td { border: 1px solid ${color('--vscode-panel-border', '#ccc')}; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
    th { position: sticky; top: 0; background: ${color('--vscode-editorWidget-background', '#f3f3f3')}; }
    td.cell { cursor: ${webview ? 'pointer' : 'default'}; overflow-wrap: break-word; hyphens: auto; }
    .reports { color: ${color('--vscode-textLink-foreground', '#0b63c5')}; }
    .agrees { color: ${color('--vscode-testing-iconPassed', '#2e7d32')}; }
    .conflicts { color: ${color('--vscode-editorWarning-foreground', '#b35900')}; font-weight: 600; }
    .not-reported { color: ${color('--vscode-disabledForeground', '#888')}; }`;
  const cell = (c: ReportCell) => {
    const target = c.uri && c.range ? ` data-uri="${escapeHtml(c.uri)}" data-line="${c.range.start.line}" title="${escapeHtml(c.text ?? '')}"` : '';
    return `<td class="cell ${c.status}"${target}>${escapeHtml(cellWords(c))}</td>`;
  };
  const rows = model.rows
    .map((row) => `<tr><td class="claim">${escapeHtml(row.claim)}</td>${model.outlets.map((o) => cell(cellOf(row, o))).join('')}</tr>`)
    .join('\n');
  const script = webview
    ? `<script nonce="${options.nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const cell = event.target.closest('td[data-uri]');
  if (cell) vscode.postMessage({ type: 'open', uri: cell.dataset.uri, line: Number(cell.dataset.line) });
});
</script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Corroboration report</title>
<style${webview ? ` nonce="${options.nonce}"` : ''}>${style}</style></head>
<body><h1>Corroboration report</h1>
<p>${model.rows.length} claims reported by more than one outlet, across ${model.outlets.length} outlets.</p>
<table><thead><tr><th>Claim</th>${model.outlets.map((o) => `<th>${escapeHtml(o)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
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
          a.data['source'],
          a.data['sourceKind'],
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
    const rows = f.annotations.map((a) => `| ${a.range.start.line + 1}:${a.range.start.character + 1} | ${a.kind} | ${escapeMarkdownCell(a.code)} | ${severityWord(a)} | ${escapeMarkdownCell(a.message)} |`);
    // A lone CR or another line break in a file name would end the heading and start a forged line.
    return [`## ${escapeMarkdownCell(printable(f.path))}`, '', '| where | kind | rule | severity | message |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
  });
  return ['# Corroborate annotations', '', ...sections].join('\n');
}
