#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (Chromium for the browser tests, hunspell-id, a virtualenv
# with the package and its test extras) and runs the test suite. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=""
command -v chromium >/dev/null 2>&1 || packages="chromium fonts-dejavu-core"
# the common-word dictionary scripts/build_gazetteer.py reads (its test regenerates the gazetteer)
[ -f /usr/share/hunspell/id_ID.dic ] || packages="$packages hunspell-id"
if [ -n "$packages" ]; then
  sudo_=""
  [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends $packages >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "$@"
