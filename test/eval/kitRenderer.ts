/**
 * What the builders of this project's own page sets (newspaperPages.ts, postlightPages.ts) need
 * of the development data kit: its HTML renderer and text helpers, loaded from the kit's folder,
 * and the data folder to write into. They stop with a message when the kit's tools are missing.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { besideCheckout } from '../../server/src/tools/besideCheckout.js';
import { repoRoot } from '../support/paths.js';

/** The kit's modules, as loaded (typed by each builder for what it calls). */
export interface Kit<Html, Text> {
  html: Html;
  text: Text;
  /** The data folder: `--devdata`, else DEVDATA, else `../devdata-build` beside the checkout. */
  devdata: string;
}

export async function loadKit<Html, Text>(command: string, devdataOption: string | undefined): Promise<Kit<Html, Text>> {
  const kit = path.resolve(process.env['DEVDATA_KIT'] ?? besideCheckout(repoRoot, path.join('shared', 'devdata')));
  if (!process.env['DEVDATA_TOOLS']) {
    console.error(`${command}: set DEVDATA_TOOLS to the folder where htmlparser2@9 and iconv-lite are installed (the kit README, "Building").`);
    process.exit(2);
  }
  const html = (await import(pathToFileURL(path.join(kit, 'lib', 'html2lines.mjs')).href)) as Html;
  const text = (await import(pathToFileURL(path.join(kit, 'lib', 'textnorm.mjs')).href)) as Text;
  const devdata = path.resolve(devdataOption ?? process.env['DEVDATA'] ?? besideCheckout(repoRoot, 'devdata-build'));
  return { html, text, devdata };
}
