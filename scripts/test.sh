#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (Chromium for the browser tests, a virtualenv
# with the package and its test extras) and runs the test suite. Arguments go to pytest.
# Chromium is installed with apt-get when it is missing: as root directly, otherwise with sudo when sudo
# works without a password prompt. When neither is possible the browser tests are left out and the script
# says how to install Chromium; everything else still runs.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_browser=()
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    as_root=(none)
  fi
  if [ "${as_root[*]-}" = "none" ]; then
    echo "scripts/test.sh: Chromium is missing and installing it needs root; the browser tests are left out." >&2
    echo "  To run them: sudo apt-get install chromium fonts-dejavu-core, then run this script again." >&2
    for f in $(grep -l "/usr/bin/chromium" tests/*.py); do skip_browser+=(--ignore "$f"); done
  else
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "${skip_browser[@]}" "$@"
