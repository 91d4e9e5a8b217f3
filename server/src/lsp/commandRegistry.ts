/**
 * Every command of the extension and the server, declared once: its id, its title in the
 * palette, and where it shows. The server's command ids and the client's come from here;
 * `npm run manifest` writes package.json's `contributes.commands` and `menus.commandPalette`
 * and the README's commands table from here, and the manifest test fails when they drift.
 * No vscode or NLP imports here.
 */

export interface CommandSpec {
  id: string;
  title: string;
  /** Who carries it out: the language server (workspace/executeCommand) or the VS Code client. */
  handler: 'server' | 'client';
  /**
   * When the palette offers it (a `when` clause); `false` keeps it out of the palette (called by
   * the client or a code action); absent: always.
   */
  when?: string;
  /** What it does, in a line, for the README (palette commands only). */
  description?: string;
}

const ARTICLE = '(editorLangId == plaintext || editorLangId == news-article)';
const HIDDEN = 'false';

export const COMMANDS = {
  analyzeWorkspace: {
    id: 'corroborate.analyzeWorkspace',
    title: 'Analyze Workspace',
    handler: 'client',
    when: 'workspaceFolderCount > 0',
    description: 'Re-indexes the workspace and puts every finding of unopened files in the Problems panel.',
  },
  showReport: {
    id: 'corroborate.showReport',
    title: 'Show Corroboration Report',
    handler: 'client',
    when: 'workspaceFolderCount > 0',
    description: 'Opens the report of claims by outlets in a panel.',
  },
  cleanCopy: {
    id: 'corroborate.cleanCopy',
    title: 'Write Clean Copy',
    handler: 'server',
    when: `${ARTICLE} && resourceScheme == file`,
    description: 'Writes `<name>.clean.txt` beside the article, without its boilerplate.',
  },
  checkDocument: {
    id: 'corroborate.checkDocument',
    title: 'Check Current Article',
    handler: 'client',
    when: ARTICLE,
    description: 'Analyses the active article now, whatever `corroborate.run` says.',
  },
  exportAnnotations: {
    id: 'corroborate.exportAnnotations',
    title: 'Export Annotations',
    handler: 'client',
    when: 'workspaceFolderCount > 0',
    description: 'Writes every annotation of the workspace as JSON, CSV or Markdown.',
  },
  restartServer: { id: 'corroborate.restartServer', title: 'Restart Server', handler: 'client', description: 'Restarts the language server.' },
  showOutput: { id: 'corroborate.showOutput', title: 'Show Output', handler: 'client', description: 'Shows the Corroborate output: skipped files and why, failures.' },
  /** Returns the corroboration report model of the whole workspace. */
  report: { id: 'corroborate.server.report', title: 'Report model (server)', handler: 'server', when: HIDDEN },
  /** Returns every annotation of the workspace as text: argument `json`, `csv` or `md`. */
  export: { id: 'corroborate.server.export', title: 'Export text (server)', handler: 'server', when: HIDDEN },
  /** Re-indexes the workspace and publishes every finding, unopened files included. */
  analyze: { id: 'corroborate.server.analyzeWorkspace', title: 'Analyze workspace (server)', handler: 'server', when: HIDDEN },
  /** Client-side: adds a finding's fingerprint to `corroborate.ignoredFindings` (argument: the fingerprint). */
  ignoreFinding: { id: 'corroborate.ignoreFinding', title: 'Ignore Finding', handler: 'client', when: HIDDEN },
  /**
   * Analyses one open document now and publishes its findings (argument: its URI); for the manual
   * run mode. Returns the StatusParams published, so the client can say what was found.
   */
  checkDocumentNow: { id: 'corroborate.server.checkDocument', title: 'Check document (server)', handler: 'server', when: HIDDEN },
} as const satisfies Record<string, CommandSpec>;

/** The category every command is listed under in the palette. */
export const COMMAND_CATEGORY = 'Corroborate';

/** The commands in the manifest's order. */
export const COMMAND_LIST: readonly CommandSpec[] = Object.values(COMMANDS);

/**
 * Writes `<name>.clean.txt` beside an article. Arguments: the article's URI, the document
 * version the user saw (or null), and CleanCopyOptions.
 */
export const COMMAND_CLEAN_COPY = COMMANDS.cleanCopy.id;
export const COMMAND_REPORT = COMMANDS.report.id;
export const COMMAND_EXPORT = COMMANDS.export.id;
export const COMMAND_ANALYZE = COMMANDS.analyze.id;
export const COMMAND_CHECK_DOCUMENT = COMMANDS.checkDocumentNow.id;
export const COMMAND_IGNORE_FINDING = COMMANDS.ignoreFinding.id;
/** The commands the server declares, in the order it always has; a test holds them to the registry's server commands. */
export const SERVER_COMMANDS = [COMMAND_CLEAN_COPY, COMMAND_REPORT, COMMAND_EXPORT, COMMAND_ANALYZE, COMMAND_CHECK_DOCUMENT] as const;

/** package.json's `contributes.commands`. */
export function manifestCommands(): { command: string; title: string; category: string }[] {
  return COMMAND_LIST.map((c) => ({ command: c.id, title: c.title, category: COMMAND_CATEGORY }));
}

/** package.json's `contributes.menus.commandPalette`: the commands offered only sometimes, or never. */
export function commandPaletteMenu(): { command: string; when: string }[] {
  return COMMAND_LIST.flatMap((c) => (c.when === undefined ? [] : [{ command: c.id, when: c.when }]));
}
