// Bundles the extension client, the language server and the CLI into dist/ so that
// nothing in node_modules is needed at run time (the .vsix ships without dependencies).
// Type checking is a separate step (`tsc -b`), as esbuild only strips types.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The bundles are CommonJS inside an ESM package: import.meta is not available there.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['vscode'] }),
  esbuild.build({
    ...common,
    entryPoints: { server: 'server/src/lsp/main.ts', cli: 'server/src/cli/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  }),
]);
// `corroborate` and `corroborate-ls` run straight from a checkout (or a symlink on PATH), as
// other editors start language servers by command name.
for (const bin of ['dist/server.cjs', 'dist/cli.cjs']) chmodSync(bin, 0o755);
