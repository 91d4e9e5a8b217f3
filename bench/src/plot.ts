/**
 * The scaling plot: each measured figure against corpus size, log-log, as SVG; turned into a
 * PNG by headless Chromium when the machine has it (the e2e tests need it anyway).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface Series {
  label: string;
  unit: string;
  points: { size: number; value: number }[];
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

export function scalingSvg(series: Series[], width = 900, height = 520): string {
  const margin = { left: 70, right: 230, top: 30, bottom: 50 };
  const all = series.flatMap((s) => s.points).filter((p) => p.value > 0);
  const sizes = all.map((p) => p.size);
  const values = all.map((p) => p.value);
  const log = Math.log10;
  const [x0, x1] = [log(Math.min(...sizes)), log(Math.max(...sizes)) || 1];
  const [y0, y1] = [Math.floor(log(Math.min(...values))), Math.ceil(log(Math.max(...values)))];
  const x = (size: number) => margin.left + ((log(size) - x0) / Math.max(x1 - x0, 1e-9)) * (width - margin.left - margin.right);
  const y = (value: number) => height - margin.bottom - ((log(value) - y0) / Math.max(y1 - y0, 1e-9)) * (height - margin.top - margin.bottom);
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>`];
  for (let e = y0; e <= y1; e++) {
    const v = 10 ** e;
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${margin.left - 8}" y="${y(v) + 4}" text-anchor="end">${v >= 1 ? v : v.toPrecision(1)}</text>`,
    );
  }
  for (const size of [...new Set(sizes)]) parts.push(`<text x="${x(size)}" y="${height - margin.bottom + 18}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
  parts.push(`<text x="${(width - margin.right + margin.left) / 2}" y="${height - 12}" text-anchor="middle">articles in the workspace</text>`);
  parts.push(`<text x="16" y="${height / 2}" transform="rotate(-90 16 ${height / 2})" text-anchor="middle">milliseconds (or MB), log scale</text>`);
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = s.points.filter((p) => p.value > 0);
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p) => `${x(p.size)},${y(p.value)}`).join(' ')}"/>`);
    for (const p of points) parts.push(`<circle cx="${x(p.size)}" cy="${y(p.value)}" r="3" fill="${colour}"/>`);
    parts.push(
      `<rect x="${width - margin.right + 16}" y="${margin.top + i * 22 - 9}" width="12" height="12" fill="${colour}"/><text x="${width - margin.right + 34}" y="${margin.top + i * 22 + 1}">${s.label} (${s.unit})</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Writes the SVG, and the PNG beside it when Chromium is there; returns the PNG path or undefined. */
export function writePlot(series: Series[], svgPath: string): string | undefined {
  const svg = scalingSvg(series);
  writeFileSync(svgPath, svg);
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium) return undefined;
  const pngPath = svgPath.replace(/\.svg$/, '.png');
  const html = svgPath.replace(/\.svg$/, '.html');
  writeFileSync(html, `<html><body style="margin:0">${svg}</body></html>`);
  const run = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=900,520', `--screenshot=${pngPath}`, pathToFileURL(html).href], {
    encoding: 'utf8',
    timeout: 60000,
  });
  return run.status === 0 && existsSync(pngPath) ? pngPath : undefined;
}
