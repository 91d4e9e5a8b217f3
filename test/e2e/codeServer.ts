/**
 * A real VS Code for end-to-end tests: code-server from the cache that install-code-server.sh
 * fills, with our .vsix installed, served on 127.0.0.1 without auth, and headless Chromium
 * driven by playwright-core. Everything runs on this machine.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '../support/paths.js';

export const CODE_SERVER_VERSION = '4.100.3';
const installScript = path.join(repoRoot, 'test', 'e2e', 'install-code-server.sh');
const cacheDir = process.env['CORROBORATE_E2E_CACHE'] ?? path.join(process.env['XDG_CACHE_HOME'] ?? path.join(homedir(), '.cache'), 'corroborate-e2e');
const entry = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const vsixPath = path.join(repoRoot, 'corroborate.vsix');
export const screenshotDir = path.join(repoRoot, 'test', 'e2e', 'screenshots');

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function ensureCodeServer(): void {
  execFileSync('bash', [installScript], { stdio: 'inherit', env: { ...process.env, CORROBORATE_E2E_CACHE: cacheDir } });
}

export class VsCodeSession {
  private server?: ChildProcess;
  private browser?: Browser;
  page!: Page;
  readonly home = mkdtempSync(path.join(tmpdir(), 'corroborate-e2e-'));
  log = '';

  async start(workspace: string): Promise<void> {
    const userData = path.join(this.home, 'user-data');
    const extensions = path.join(this.home, 'extensions');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'workbench.colorTheme': 'Default Light Modern',
        'editor.minimap.enabled': false,
        'editor.wordWrap': 'on',
        'chat.commandCenter.enabled': false,
        // The simple dialog is a quick input the tests can type a path into.
        'files.simpleDialog.enable': true,
      }),
    );
    execFileSync(process.execPath, [entry, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsixPath], { stdio: 'pipe' });
    const port = await freePort();
    this.server = spawn(
      process.execPath,
      [
        entry,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--extensions-dir',
        extensions,
        '--user-data-dir',
        userData,
        workspace,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: this.home } },
    );
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.log += chunk.toString();
        if (this.log.includes('HTTP server listening')) resolve();
      };
      this.server!.stdout!.on('data', onData);
      this.server!.stderr!.on('data', onData);
      this.server!.once('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${this.log}`)));
    });
    // playwright gives every launch a fresh, empty profile of its own (the --user-data-dir the flags call for).
    this.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
    this.page = await this.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await this.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  }

  /** Opens a workspace file through Quick Open and waits for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.page
      .locator('.monaco-workbench')
      .click({ position: { x: 700, y: 400 } })
      .catch(() => undefined);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    // Enter once the first row is that very file (its label, not a longer name holding it): the
    // list re-sorts as results arrive, and a file created a moment ago may not be listed yet.
    const first = this.page.locator('.quick-input-list .monaco-list-row').first();
    const isThatFile = async () => ((await first.getAttribute('aria-label').catch(() => null)) ?? '').split(',')[0]!.trim() === name;
    // Files copied in a moment ago reach Quick Open's index after a while: up to 20 s, asking
    // again every second and reopening it every five (it caches the results of a query).
    for (let attempt = 0; attempt < 80 && !(await isThatFile()); attempt++) {
      await this.page.waitForTimeout(250);
      if (attempt % 20 === 19) {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+P');
        await input.waitFor();
        await input.fill(name);
      } else if (attempt % 4 === 3) {
        await input.fill('');
        await input.fill(name);
      }
    }
    if (!(await isThatFile())) throw new Error(`Quick Open does not offer ${name} first`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab[aria-label^="${name}"]`).first().waitFor();
  }

  /**
   * Runs a command from the palette by its title. The palette closes when it loses focus (to a
   * webview taking it a moment late, say): then it is opened again.
   */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+Shift+P');
      await input.waitFor();
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ timeout: 10000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.keyboard.press('Enter');
  }

  /** The findings the Problems panel lists: the errors, warnings and infos of the status bar's problems item. */
  async problemCount(): Promise<number> {
    const label = (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
    // "Warnings: 7, Infos: 11", or "No Problems".
    return [...label.matchAll(/\d+/g)].reduce((sum, [n]) => sum + Number(n), 0);
  }

  /**
   * Drags the sash at the left edge of `element` (an editor group's content, a webview) until
   * the element is `width` pixels wide, give or take a few; returns the width it has.
   */
  async resizeFromLeft(element: Locator, width: number): Promise<number> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const box = (await element.boundingBox())!;
      if (Math.abs(box.width - width) <= 4) return box.width;
      const x = box.x - 2;
      const y = box.y + box.height / 2;
      await this.page.mouse.move(x, y);
      await this.page.mouse.down();
      await this.page.mouse.move(x + box.width - width, y, { steps: 8 });
      await this.page.mouse.up();
    }
    return (await element.boundingBox())!.width;
  }

  /** Process ids of the Corroborate language servers this session's VS Code runs. */
  serverPids(): number[] {
    const listing = spawnSync('pgrep', ['-f', `${path.join(this.home, 'extensions')}/.*/dist/server\\.cjs`], { encoding: 'utf8' });
    return listing.stdout.split('\n').filter(Boolean).map(Number);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    await this.page.screenshot({ path: path.join(screenshotDir, name) });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    if (this.server && this.server.exitCode === null) {
      const exited = new Promise((resolve) => this.server!.once('exit', resolve));
      this.server.kill('SIGTERM');
      await exited;
    }
  }
}
