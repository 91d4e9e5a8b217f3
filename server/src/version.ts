/**
 * The version of Corroborate: the CLI's and the server's `--version`, the server's serverInfo,
 * and package.json's `version` (written by `npm run manifest`; the manifest test fails when
 * they differ). Bump it here.
 */
export const VERSION = '0.1.0';
