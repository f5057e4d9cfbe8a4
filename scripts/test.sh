#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (Chromium for the browser tests, a JRE and the OWL API
# for the OWL checks, Virtuoso for `kg load` and the portable-query checks, hunspell-id for the gazetteer's test,
# a virtualenv with the package and its test extras) and runs the test suite. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=""
command -v chromium >/dev/null 2>&1 || packages="chromium fonts-dejavu-core"
# the common-word dictionary scripts/build_gazetteer.py reads (its test regenerates the gazetteer)
[ -f /usr/share/hunspell/id_ID.dic ] || packages="$packages hunspell-id"
# a JRE for HermiT (owlready2) and the OWL API's OWL 2 DL profile checker: tests/test_ontology_reasoner.py
{ command -v java >/dev/null 2>&1 && [ -e /usr/share/java/owlapi-distribution.jar ]; } || packages="$packages default-jre-headless libowlapi-java"
# a real SPARQL store that speaks the Graph Store Protocol: tests/virtuoso.py starts it (tests/test_virtuoso.py)
command -v virtuoso-t >/dev/null 2>&1 || packages="$packages virtuoso-opensource"
if [ -n "$packages" ]; then
  sudo_=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: the tests need Debian packages ($packages); install them as root, then rerun" >&2; exit 2; }
    sudo_="sudo"
  fi
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends $packages >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "$@"
