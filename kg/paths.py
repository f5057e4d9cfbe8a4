"""Where the project's data lives: the ontology, the shapes, the bundled article and static files.

The ontology and shapes are top-level folders of the repository (the user fixed the layout);
the package finds them next to itself, which holds for a clone and an editable install.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ROOT / "shapes"
DATA_DIR = PACKAGE_DIR / "data"
STATIC_DIR = PACKAGE_DIR / "static"
QUERIES_DIR = ROOT / "queries"
EXPORTS_DIR = ROOT / "exports"
BUNDLED_ARTICLE = DATA_DIR / "bpjs-ketenagakerjaan-2024.txt"
