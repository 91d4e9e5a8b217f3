/**
 * `npm run devdata:newspaper -- --source DIR [--devdata PATH]`: a second set of whole web pages
 * for the boilerplate scorer, from the test pages of the newspaper library
 * (codelucas/newspaper, `tests/data/html/<id>.html` beside `tests/data/text/<id>.txt`, the
 * article text the library extracts from the page). Its pages come from some 65 news and
 * magazine sites that the readability pages do not cover, so it measures how the boilerplate
 * rules carry to sites they were not written against.
 *
 * The pages are rendered and labelled by the data kit's own code (`lib/html2lines.mjs`,
 * `lib/textnorm.mjs`: one block per line, each line labelled by aligning it with the extracted
 * text), into `<devdata>/boilerplate/newspaper` in the kit's layout (pages/, labels/, gold/,
 * index.jsonl), so that the kit's scorer scores it as it scores the readability pages.
 * Like the rest of the development data it stays outside the repository.
 *
 * Left out: pages whose extracted text is not English or has fewer than MIN_GOLD_WORDS words (the
 * library's tests keep pages where its extraction fails, and a page with no gold article would
 * count every kept line as a miss).
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadKit } from './kitRenderer.js';

/** Fewer words than this in the extracted text: the library found no article on the page. */
const MIN_GOLD_WORDS = 50;
/** The kit's share of English function words under which a text is not English. */
const MIN_ENGLISH = 0.2;

interface Rendered {
  text: string;
  chars: Record<string, number>;
}
interface LineLabel {
  label: 'content' | 'boilerplate';
  confidence: string;
  coverage: number;
}
interface HtmlElement {
  name: string;
  attribs?: Record<string, string>;
}
interface KitHtml {
  decodeHtml(buffer: Buffer): string;
  htmlToLabeledLines(html: string, labelOf: (element: HtmlElement) => string | undefined): Rendered[];
  firstH1(html: string): string | null;
}
interface KitText {
  labelLines(lines: string[], gold: string): LineLabel[];
  englishScore(text: string): number;
  normalize(text: string): string;
}

/** A photo's caption: a figcaption, or an element one of whose classes names a caption (not a flag such as "has-caption"). */
function captionOf(element: HtmlElement): string | undefined {
  if (element.name === 'figcaption') return 'caption';
  const classes = (element.attribs?.['class'] ?? '').split(/\s+/);
  return classes.some((c) => /caption/i.test(c) && !/^(?:has|no)-/i.test(c) && !/menu|nav/i.test(c)) ? 'caption' : undefined;
}

async function main(): Promise<void> {
  const usage = 'usage: npm run devdata:newspaper -- --source <newspaper snapshot>/tests/data [--devdata PATH]';
  const { values } = parseArgs({ options: { source: { type: 'string' }, devdata: { type: 'string' } } });
  const source = values.source;
  if (!source || !existsSync(path.join(source, 'html')) || !existsSync(path.join(source, 'text'))) {
    console.error(`devdata:newspaper: --source must be newspaper's tests/data folder (with html/ and text/).\n${usage}`);
    process.exit(2);
  }
  const { html, text, devdata } = await loadKit<KitHtml, KitText>('devdata:newspaper', values.devdata);
  const out = path.join(devdata, 'boilerplate', 'newspaper');
  for (const dir of ['pages', 'labels', 'gold']) mkdirSync(path.join(out, dir), { recursive: true });

  const index: Record<string, unknown>[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(path.join(source, 'html')).sort()) {
    const id = file.replace(/\.html$/, '');
    const goldFile = path.join(source, 'text', `${id}.txt`);
    if (!existsSync(goldFile)) {
      skipped.push(`${id} (no extracted text)`);
      continue;
    }
    const gold = readFileSync(goldFile, 'utf8')
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
    const english = text.englishScore(gold);
    const tooShort = gold.split(/\s+/).length < MIN_GOLD_WORDS;
    if (tooShort || english < MIN_ENGLISH) {
      skipped.push(`${id} (${tooShort ? 'no article extracted' : 'not English'})`);
      continue;
    }
    const page = html.decodeHtml(readFileSync(path.join(source, 'html', file)));
    const rendered = html.htmlToLabeledLines(page, captionOf);
    const lines = rendered.map((r) => r.text);
    const labels = text.labelLines(lines, gold);
    const h1 = html.firstH1(page);
    const headline = h1 ? text.normalize(h1) : null;
    const rows = ['line\tlabel\tconfidence\tcoverage\tnote\ttext'];
    let content = 0;
    lines.forEach((line, i) => {
      const label = labels[i]!;
      const chars = rendered[i]!.chars;
      const total = Object.values(chars).reduce((a, b) => a + b, 0);
      // The same notes as the readability set: the scorer sets headline and caption lines aside.
      const note = headline !== null && text.normalize(line) === headline ? 'h1' : total > 0 && (chars['caption'] ?? 0) / total > 0.5 ? 'caption' : '';
      if (label.label === 'content') content++;
      rows.push([i + 1, label.label, label.confidence, label.coverage.toFixed(2), note, line.replace(/\t/g, ' ')].join('\t'));
    });
    writeFileSync(path.join(out, 'pages', `${id}.txt`), lines.join('\n') + '\n');
    writeFileSync(path.join(out, 'gold', `${id}.txt`), gold + '\n');
    writeFileSync(path.join(out, 'labels', `${id}.tsv`), rows.join('\n') + '\n');
    index.push({ id, site: id.replace(/\d+$/, ''), n_lines: lines.length, n_content: content, n_boilerplate: lines.length - content, english_score: Number(english.toFixed(3)) });
  }
  writeFileSync(path.join(out, 'index.jsonl'), index.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const sites = new Set(index.map((r) => r['site'])).size;
  const sum = (key: string) => index.reduce((a, r) => a + Number(r[key]), 0);
  console.log(`newspaper: ${index.length} pages from ${sites} sites, ${sum('n_lines')} lines (${sum('n_content')} content) into ${out}`);
  console.log(`left out ${skipped.length}: ${skipped.join(', ')}`);
}

await main();
