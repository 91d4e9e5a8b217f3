#!/usr/bin/env bash
# Installs code-server (a real VS Code served to a browser) from the npm registry into a cache
# folder, on a machine that reaches only the npm registry and Debian's packages. Its normal
# install downloads a ripgrep binary and fails here, so scripts are skipped and the native
# modules are rebuilt one by one. Idempotent: a finished install is reused.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # the last line that runs on Node 20
# Outside the clone, so that fresh clones (CI) on the same machine reuse a finished install.
CACHE="${CORROBORATE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/corroborate-e2e}"
ROOT="$CACHE/code-server-$CODE_SERVER_VERSION"
ENTRY="$ROOT/node_modules/code-server/out/node/entry.js"

if [ -f "$ROOT/.installed" ] && node "$ENTRY" --version >/dev/null 2>&1; then
  echo "code-server $CODE_SERVER_VERSION ready in $ROOT"
  exit 0
fi

bash "$(dirname "$0")/apt-need.sh" libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium

mkdir -p "$ROOT"
cd "$ROOT"
[ -f package.json ] || echo '{ "name": "code-server-cache", "private": true }' > package.json
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false
npm install --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION"
npm rebuild argon2

VSCODE="$ROOT/node_modules/code-server/lib/vscode"
cd "$VSCODE"
npm install --omit=dev --ignore-scripts
npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
cd extensions
npm install --omit=dev --ignore-scripts

node "$ENTRY" --version
touch "$ROOT/.installed"
echo "code-server $CODE_SERVER_VERSION ready in $ROOT"
