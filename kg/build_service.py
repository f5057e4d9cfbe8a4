"""`kg build`: read articles, build, validate, write atomically. Nothing is written for an article that
fails; the bundled article also gets its drawings (graph.html, graph.png) in exports/."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from kg import formats
from kg.errors import KGError
from kg.ingest import read_article
from kg.paths import BUNDLED_ARTICLE, EXPORTS_DIR
from kg.vocab import DEFAULT_BASE


def run(articles: list[str], output: str | None, out_dir: str | None, fmt: str | None, base: str | None,
        validate: bool, echo: Callable[[str], None]) -> int:
    from kg.pipeline import build

    if output and len(articles) > 1:
        raise KGError("--output takes one article; use --out-dir DIR for several")
    if output and out_dir:
        raise KGError("give --output FILE or --out-dir DIR, not both")
    bundled = not articles
    sources = articles or [str(BUNDLED_ARTICLE)]
    texts = [(src, read_article(src)) for src in sources]  # read everything first: bad input writes nothing
    status = 0
    for src, text in texts:
        dataset = build(text, base or DEFAULT_BASE)
        if validate:
            from kg.validate import validate as shacl
            result = shacl(dataset)
            if not result.conforms:
                echo(f"error: the graph of {src} does not conform to the shapes; nothing written for it "
                     f"(use --no-validate to write it anyway)\\n{result.text()}")
                status = 1
                continue
        if output:
            target_fmt = formats.by_name(fmt) if fmt else (formats.by_extension(output) or formats.TURTLE)
            formats.write_atomically(output, formats.serialize(dataset, target_fmt))
            echo(f"wrote {output}")
            continue
        folder = Path(out_dir) if out_dir else EXPORTS_DIR
        stem = Path(src).stem
        chosen = [formats.by_name(fmt)] if fmt else ([formats.TURTLE, formats.JSON_LD] if bundled else [formats.TURTLE])
        for f in chosen:
            path = folder / f"{stem}{f.extension}"
            formats.write_atomically(path, formats.serialize(dataset, f))
            echo(f"wrote {path}")
        if bundled:
            from kg.viz import write_html, write_image
            write_html(dataset, folder / "graph.html")
            write_image(dataset, folder / "graph.png")
            echo(f"wrote {folder / 'graph.html'} and {folder / 'graph.png'}")
    return status
