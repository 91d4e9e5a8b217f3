/**
 * `npm run devdata:postlight -- --source DIR [--devdata PATH]`: whole web pages that no rule of
 * this project was written against, for a blind reader's estimate of the boilerplate pass (see
 * postlightSample.ts): the fixture pages of the postlight parser (postlight/parser,
 * `fixtures/*.html`, saved pages of some 130 news, magazine and other sites). The pages carry no
 * gold text, so the estimate comes from reader labels of sampled lines (postlightReaderSample.json).
 *
 * The pages are rendered by the data kit's own code (`lib/html2lines.mjs`: one block per line),
 * into `<devdata>/boilerplate/postlight/pages`, outside the repository like the rest of the
 * development data. Left out: pages under MIN_LINES lines (redirects, empty shells) and pages the
 * kit does not read as English.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadKit } from './kitRenderer.js';

const MIN_LINES = 10;

interface KitHtml {
  decodeHtml(buffer: Buffer): string;
  htmlToLines(html: string): string[];
}
interface KitText {
  looksEnglish(text: string): boolean;
}

async function main(): Promise<void> {
  const usage = 'usage: npm run devdata:postlight -- --source <postlight/parser snapshot>/fixtures [--devdata PATH]';
  const { values } = parseArgs({ options: { source: { type: 'string' }, devdata: { type: 'string' } } });
  const source = values.source;
  if (!source || !existsSync(source) || !readdirSync(source).some((f) => f.endsWith('.html'))) {
    console.error(`devdata:postlight: --source must be the parser's fixtures folder (with its .html pages).\n${usage}`);
    process.exit(2);
  }
  const { html, text, devdata } = await loadKit<KitHtml, KitText>('devdata:postlight', values.devdata);
  const out = path.join(devdata, 'boilerplate', 'postlight', 'pages');
  mkdirSync(out, { recursive: true });
  let written = 0;
  const skipped: string[] = [];
  // Only the folder's own pages: the dated copies in subfolders are other versions of the same sites.
  for (const file of readdirSync(source)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const lines = html.htmlToLines(html.decodeHtml(readFileSync(path.join(source, file))));
    const page = lines.join('\n');
    if (lines.length < MIN_LINES || !text.looksEnglish(page)) {
      skipped.push(file.replace(/\.html$/, ''));
      continue;
    }
    writeFileSync(path.join(out, file.replace(/\.html$/, '.txt')), page + '\n');
    written++;
  }
  console.log(`postlight: ${written} pages into ${out}; left out ${skipped.length} (not English or under ${MIN_LINES} lines)`);
}

await main();
