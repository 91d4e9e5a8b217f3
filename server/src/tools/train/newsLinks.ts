/**
 * Candidate links between news articles that readers labelled (newsLinkLabels.json: is B a second
 * report of the fact A states?), as rows for the same-fact model. Each labelled pair is read in the
 * folder it was drawn from — PolNeAR train+dev as one folder, each ECB+ topic as one — so that its
 * features (term rarity above all) are those the CLI computes there. Labels point at the claims by
 * offsets and a hash of their text, never the text: a pair whose claims are no longer there (the
 * analysis changed since) is counted and left out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../core/corpus.js';
import type { ClaimRecord } from '../../core/corroboration/claims.js';
import { CorpusIndex } from '../../core/corroboration/corpusIndex.js';
import { sameFactFeatures } from '../../core/corroboration/sameFact.js';
import type { PairRow } from './sameFact.js';
import { labelledTextHash } from './labelledText.js';

export const NEWS_LINKS_FILE = path.join('server', 'src', 'tools', 'train', 'newsLinkLabels.json');

interface LinkSide {
  doc: string;
  start: number;
  end: number;
  sha256: string;
}

export interface LabelledLink {
  set: string;
  stratum: string;
  a: LinkSide;
  b: LinkSide;
  /** 1: the reader counts B as a second report of A's fact. One per reading. */
  labels: number[];
}

export interface NewsLinks {
  items: LabelledLink[];
  /** How many candidate links each stratum of each set held when the sample was drawn. */
  strata: Record<string, Record<string, number>>;
}

export function readNewsLinks(repoRoot: string): NewsLinks {
  const data = JSON.parse(readFileSync(path.join(repoRoot, NEWS_LINKS_FILE), 'utf8')) as { items?: LabelledLink[]; provenance?: { strata?: NewsLinks['strata'] } };
  if (!Array.isArray(data.items) || !data.provenance?.strata) throw new Error(`${NEWS_LINKS_FILE}: needs "items" (labelled links) and "provenance.strata" (the sizes they were drawn from)`);
  return { items: data.items, strata: data.provenance.strata };
}

/** The files of the folder a labelled article was read in, relative to the development data. */
function folderOf(devdata: string, doc: string): string[] {
  const dir = path.dirname(doc);
  if (dir.startsWith(path.join('corroboration', 'ecbplus', 'clusters'))) {
    // An ECB+ topic is both its clusters: "12_ecb" and "12_ecbplus".
    const topic = path.basename(dir).split('_')[0]!;
    const clusters = path.dirname(dir);
    return readdirSync(path.join(devdata, clusters))
      .filter((c) => c.startsWith(`${topic}_`))
      .sort()
      .flatMap((c) =>
        readdirSync(path.join(devdata, clusters, c))
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => path.join(clusters, c, f)),
      );
  }
  return readdirSync(path.join(devdata, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function newsLinksReady(devdata: string, links: NewsLinks): string[] {
  const missing = new Set<string>();
  for (const item of links.items) for (const side of [item.a, item.b]) if (!existsSync(path.join(devdata, side.doc))) missing.add(path.dirname(side.doc));
  return [...missing].sort();
}

/** The rows of the labelled links, each fitted with `weight`; folds by the order of the labels. */
export function newsLinkRows(devdata: string, links: NewsLinks, folds: number, weight: number): { rows: PairRow[]; changed: number; fingerprint: string } {
  const hash = createHash('sha256');
  const byFolder = new Map<string, number[]>();
  links.items.forEach((item, i) => {
    const key = folderOf(devdata, item.a.doc).join('\n');
    if (!byFolder.has(key)) byFolder.set(key, []);
    byFolder.get(key)!.push(i);
  });
  const drawn = new Map<string, number>();
  for (const item of links.items) drawn.set(`${item.set}\t${item.stratum}`, (drawn.get(`${item.set}\t${item.stratum}`) ?? 0) + 1);
  const rows: PairRow[] = [];
  let changed = 0;
  for (const [key, indexes] of [...byFolder].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const files = key.split('\n');
    const index = new CorpusIndex();
    new Corpus(index).addAll(files.map((f) => ({ id: f, text: readFileSync(path.join(devdata, f), 'utf8'), fileName: path.basename(f) })));
    const claimAt = (side: LinkSide): ClaimRecord | undefined => {
      const claim = index.claims(side.doc).find((c) => c.start === side.start && c.end === side.end);
      return claim && labelledTextHash(claim.text) === side.sha256 ? claim : undefined;
    };
    for (const i of indexes) {
      const item = links.items[i]!;
      hash.update(`${i}\t${item.a.doc}\t${item.a.start}\t${item.b.doc}\t${item.b.start}\t${item.labels.join(',')}\n`);
      const a = claimAt(item.a);
      const b = claimAt(item.b);
      if (!a || !b) {
        changed++;
        continue;
      }
      const agreed = item.labels.reduce((sum, l) => sum + l, 0) / item.labels.length;
      rows.push({
        id: `news ${i}`,
        kind: 'news',
        fold: i % folds,
        x: sameFactFeatures(a, b, index.similarity(a, b), index.rarity),
        y: agreed >= 0.5 ? 1 : 0,
        linked: true,
        weight,
        news: { set: item.set, stands: links.strata[item.set]![item.stratum]! / drawn.get(`${item.set}\t${item.stratum}`)! },
        a: a.text,
        b: b.text,
      });
    }
  }
  return { rows, changed, fingerprint: hash.digest('hex') };
}
