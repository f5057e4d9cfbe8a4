#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (Chromium for the browser tests, a JRE and the OWL API
# for the OWL checks, a virtualenv with the package and its test extras) and runs the test suite. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  sudo_=""
  [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

# A JRE for HermiT (owlready2) and the OWL API's OWL 2 DL profile checker: tests/test_ontology_reasoner.py
if ! command -v java >/dev/null 2>&1 || [ ! -e /usr/share/java/owlapi-distribution.jar ]; then
  sudo_=""
  [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends default-jre-headless libowlapi-java >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "$@"
