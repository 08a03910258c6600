#!/usr/bin/env bash
# Installs the peers that the bench tasks run side by side with ours (--peer NAME); safe to run again.
# The product never depends on them.
#   opennlp  Apache OpenNLP command line (Debian package), for `ner` and `pos` --peer opennlp
#   chrono   chrono-node (npm, version pinned in chrono/package-lock.json), for `timex` --peer chrono
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v opennlp >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y opennlp
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "error: node and npm are needed for the chrono peer (apt-get install -y nodejs npm)" >&2
  exit 1
fi
cd "$here/chrono"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
echo "peers installed: opennlp ($(command -v opennlp)), chrono-node $(node -p "require('./node_modules/chrono-node/package.json').version")"
