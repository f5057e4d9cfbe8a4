"""Run the OWL API's OWL 2 DL profile checker (Debian's libowlapi-java, through JPype) on one RDF file.

Usage: python tests/owl2_dl_profile.py FILE.nt — prints one JSON list of violations, [] when the file is in
OWL 2 DL. Run as its own process: a JVM can be started only once per Python process.
"""
from __future__ import annotations

import glob
import json
import sys

import jpype
import jpype.imports

JARS = "/usr/share/java/*.jar"  # libowlapi-java and its dependencies (scripts/test.sh installs them)


def violations(path: str) -> list[dict]:
    jpype.startJVM(classpath=sorted(glob.glob(JARS)))
    from java.io import File  # noqa: E402 (available once the JVM runs)
    from org.semanticweb.owlapi.apibinding import OWLManager
    from org.semanticweb.owlapi.profiles import Profiles

    ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(File(path))
    report = Profiles.OWL2_DL.checkOntology(ontology)
    return sorted(({"kind": str(v.getClass().getSimpleName()), "text": str(v)} for v in report.getViolations()),
                  key=lambda v: (v["kind"], v["text"]))


if __name__ == "__main__":
    json.dump(violations(sys.argv[1]), sys.stdout)
