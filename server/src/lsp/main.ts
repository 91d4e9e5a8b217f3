/**
 * Entry point of the language server (`corroborate-ls --stdio`, or node IPC when started by
 * the VS Code client). The transport is chosen from the command line by vscode-languageserver.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write('0.1.0\n');
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);
// Nothing may write to stdout but the protocol: route stray console output to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (error) => connection.console.error(`Corroborate: unexpected error: ${error.stack ?? error.message}`));
// The bundle sits in dist/, beside the README that documents every rule; vsce stores it in the
// .vsix as readme.md.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = ['README.md', 'readme.md'].map((name) => path.join(root, name)).find((file) => existsSync(file));
startServer(connection, readme ? { docsUrl: pathToFileURL(readme).href } : {});
