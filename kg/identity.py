"""How things are named for comparison and for keys: `norm` compares names as a reader would (case, punctuation
and spacing aside), `slug` turns a name into the readable ASCII part of a key, which the RDF stage makes an IRI."""
from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()
