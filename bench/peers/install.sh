#!/usr/bin/env bash
# Installs the peers that the bench tasks run side by side with ours (--peer NAME); safe to run again.
# The product never depends on them.
#   opennlp  Apache OpenNLP command line (Debian package), for `ner` and `pos` --peer opennlp
#   chrono   chrono-node (npm, version pinned in chrono/package-lock.json), for `timex` --peer chrono
#   readability       Mozilla Readability + jsdom (npm, pinned in readability/package-lock.json), for `extract-aeb` --peer readability
#   readability-lxml  Debian python3-readability, run with /usr/bin/python3, for `extract-aeb` --peer readability-lxml
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { $sudo_cmd apt-get update; apt_updated=1; }
  $sudo_cmd apt-get install -y "$@"
}
command -v opennlp >/dev/null 2>&1 || apt_install opennlp
/usr/bin/python3 -c 'import readability' >/dev/null 2>&1 || apt_install python3-readability

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "error: node and npm are needed for the chrono and readability peers (apt-get install -y nodejs npm)" >&2
  exit 1
fi
for peer in chrono readability; do
  (cd "$here/$peer" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi)
done
echo "peers installed: opennlp ($(command -v opennlp)), chrono-node $(node -p "require('$here/chrono/node_modules/chrono-node/package.json').version"),"\
  "@mozilla/readability $(node -p "require('$here/readability/node_modules/@mozilla/readability/package.json').version"),"\
  "readability-lxml $(dpkg-query -W -f='${Version}' python3-readability)"
