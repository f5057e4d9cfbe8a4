"""Where the project's data lives: the ontology, the shapes, the bundled queries and article, static files.

The top-level folders ontology/, shapes/ and queries/ of the repository are the source of truth (users edit
them there). A built wheel carries a copy of them inside the package, under kg/_resources/ (setup.py copies
them at build time), and reads it through importlib.resources; a clone or an editable install, where no
copy exists, reads the top-level folders themselves.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
RESOURCE_FOLDERS = ("ontology", "shapes", "queries")
"""The top-level folders a wheel carries as package data under kg/_resources/."""


def resource_dir(name: str) -> Path:
    """The folder `name` (one of RESOURCE_FOLDERS): the packaged copy when installed, else the repository's."""
    packaged = resources.files("kg") / "_resources" / name
    if packaged.is_dir():
        return Path(str(packaged))  # wheels install unpacked, so the resource is a real folder
    return ROOT / name


def _in_checkout() -> bool:
    """True when the package runs from a clone (or an editable install of one), not from an installed wheel."""
    return (ROOT / "pyproject.toml").is_file() and (ROOT / "ontology").is_dir()


ONTOLOGY_DIR = resource_dir("ontology")
SHAPES_DIR = resource_dir("shapes")
QUERIES_DIR = resource_dir("queries")
DATA_DIR = PACKAGE_DIR / "data"
STATIC_DIR = PACKAGE_DIR / "static"
# The bundled article's outputs: the repository's exports/ in a clone; ./exports for an installed package,
# which must not write into site-packages.
EXPORTS_DIR = ROOT / "exports" if _in_checkout() else Path.cwd() / "exports"
BUNDLED_ARTICLE = DATA_DIR / "bpjs-ketenagakerjaan-2024.txt"
