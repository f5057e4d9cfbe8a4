"""`kg build`: sources → articles → build each on its own → write each where asked.

A bad article (unreadable, not conforming, failing to build) costs only itself: the others are written,
and the report lists every failure, so the exit code can say whether any failed. Writes are atomic (see
kg/output.py). Standard input is built when it is piped in, and its graph goes to --output or stdout,
never into the source tree. The bundled article also gets its drawings (graph.html, graph.png) in
exports/."""
from __future__ import annotations

import dataclasses
import itertools
import json
import os
import re
import stat
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from kg import formats
from kg.errors import InputError, KGError
from kg.facts import ArticleFacts
from kg.ingest import STDIN, Article, article_files, iter_articles
from kg.paths import BUNDLED_ARTICLE, DATA_DIR, EXPORTS_DIR
from kg.vocab import DEFAULT_BASE

EXIT_OK, EXIT_NOT_CONFORMING, EXIT_FAILED = 0, 1, 2


@dataclass(frozen=True)
class Failure:
    source: str
    message: str  # one line
    details: str = ""  # e.g. the SHACL report, shown below the line
    exit_code: int = EXIT_FAILED


@dataclass
class BuildReport:
    built: int = 0
    unchanged: int = 0  # articles a store already holds, built from the same text by the same builder
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return max((f.exit_code for f in self.failures), default=EXIT_OK)


class BuildEvents:
    """What a caller hears while a batch runs (the CLI prints it); the default hears nothing."""

    def wrote(self, path: str) -> None: ...

    def progress(self, done: int, total: int, elapsed: float) -> None: ...


@dataclass(frozen=True)
class Request:
    sources: list[str]  # files, folders, '-' for stdin; empty for piped stdin or the bundled article
    output: str | None = None  # one article's file, '-' for stdout
    out_dir: str | None = None
    fmt: str | None = None
    base: str | None = None
    validate: bool = True
    fail_fast: bool = False
    store: str | None = None  # a corpus store folder: every article into it, incrementally
    jobs: int | None = None  # processes building articles for a store (default: every core)
    scheduler: str | None = None  # a Dask scheduler's address: build on that cluster instead
    prune: bool = False  # remove from the store the sources not given this time
    identity: str | None = None  # a file of "same"/"not-same" decisions every article's graph honours (kg.sameas)


def run(request: Request, events: BuildEvents | None = None) -> BuildReport:
    """Build every article of the request; raises KGError only for a request that cannot start."""
    events = events or BuildEvents()
    _check_options(request)
    if request.store:
        return _run_into_store(request, events)
    bundled = not request.sources and not stdin_is_piped()
    sources = article_files(request.sources) if request.sources else [str(BUNDLED_ARTICLE) if bundled else STDIN]
    if sources.count(STDIN) > 1:
        raise KGError("standard input (-) can be read once; name it once")
    report, written, total, started = BuildReport(), {}, len(sources), time.monotonic()
    decisions = _decisions(request)
    for source in sources:
        items = _with_decisions(_read(source), decisions)
        first_two = list(itertools.islice(items, 2))
        one_target = request.output or (STDIN if source == STDIN and not request.out_dir else None)
        if one_target and (len(first_two) > 1 or total > 1):
            where = "standard output" if one_target == STDIN else "--output"
            named = "standard input" if source == STDIN else source
            raise KGError(f"{where} takes one article and {named} holds several; use --out-dir DIR")
        for count, item in enumerate(itertools.chain(first_two, items)):
            total += 1 if count else 0
            if isinstance(item, Failure):
                report.failures.append(item)
            else:
                _build_one(item, request, bundled, source == STDIN, written, report, events)
            events.progress(report.built + len(report.failures), total, time.monotonic() - started)
            if request.fail_fast and report.failures:
                return report
    return report


def stdin_is_piped() -> bool:
    """True when standard input is a pipe or a redirected file, not a terminal, /dev/null or closed."""
    try:
        mode = os.fstat(0).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _check_options(request: Request) -> None:
    if request.store and (request.output or request.out_dir):
        raise KGError("give --store DIR or --output/--out-dir, not both")
    if not request.store and (request.jobs or request.scheduler or request.prune):
        raise KGError("--jobs, --scheduler and --prune go with --store DIR")
    if request.output and request.out_dir:
        raise KGError("give --output FILE or --out-dir DIR, not both")
    if request.output and len(request.sources) > 1:
        raise KGError("--output takes one article; use --out-dir DIR for several")


def _run_into_store(request: Request, events: BuildEvents) -> BuildReport:
    """Every article of the request into the corpus store, on a process pool (or a Dask cluster); articles
    the store already holds from the same text are skipped, and with --prune sources no longer given are
    removed. Articles are committed a batch at a time as they are built, so a killed build resumes where it stopped."""
    from kg.corpus_identity import link_people
    from kg.store import CorpusStore, build_into_store

    report, started = BuildReport(), time.monotonic()
    sources = article_files(request.sources) if request.sources else [STDIN]
    articles, decisions = [], _decisions(request)
    for source in sources:
        for item in _with_decisions(_read(source), decisions):
            (report.failures.append(item) if isinstance(item, Failure) else articles.append(_with_store_key(item)))
    total = len(articles) + len(report.failures)

    def heard(outcome) -> None:
        if outcome.status == "failed":
            report.failures.append(Failure(outcome.source, outcome.message))
        elif outcome.status == "unchanged":
            report.unchanged += 1
        else:
            report.built += 1
        events.progress(report.built + report.unchanged + len(report.failures), total, time.monotonic() - started)

    with CorpusStore(request.store) as store, _executor(request) as executor:
        build_into_store(store, articles, request.base or DEFAULT_BASE, request.validate, executor, heard)
        if request.prune:
            store.prune({a.source for a in articles} | {f.source for f in report.failures})
        if report.built or request.prune:  # a no-op rebuild leaves the joins as the last build made them
            link_people(store, decisions)
    return report


def _decisions(request: Request) -> tuple:
    from kg import sameas

    return sameas.read_decisions(request.identity) if request.identity else ()


def _with_decisions(items: Iterator[Article | Failure], decisions: tuple) -> Iterator[Article | Failure]:
    for item in items:
        yield dataclasses.replace(item, identity=decisions) if decisions and isinstance(item, Article) else item


def _with_store_key(article: Article) -> Article:
    """The article named in the store by its file's absolute path, so 'corpus/a.txt' and './corpus/a.txt'
    are one source whatever folder the build runs from."""
    path = Path(article.source)
    return dataclasses.replace(article, source=str(path.resolve())) if path.is_file() else article


def _executor(request: Request):
    """Where a store's articles are built: a Dask cluster, a pool of processes, or here (one job)."""
    import contextlib
    if request.scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise KGError("--scheduler needs dask.distributed: pip install 'berita-kg[dask]'") from None
        try:
            client = Client(request.scheduler, timeout=30)
        except OSError as e:
            raise KGError(f"cannot reach the Dask scheduler at {request.scheduler} ({e}); check the address") from None
        return contextlib.closing(_ClientExecutor(client))
    jobs = request.jobs or os.cpu_count() or 1
    if jobs == 1:
        return contextlib.nullcontext(None)
    from concurrent.futures import ProcessPoolExecutor
    return ProcessPoolExecutor(jobs)


class _ClientExecutor:
    """A Dask client's executor, closed with the client."""

    def __init__(self, client):
        self.client, self.executor = client, client.get_executor()

    def submit(self, fn, *args):
        return self.executor.submit(fn, *args)

    def close(self) -> None:
        self.client.close()


def _read(source: str) -> Iterator[Article | Failure]:
    """The source's articles, each unreadable one (or the whole source) as a Failure."""
    try:
        for item in iter_articles(source):
            yield Failure(source, str(item)) if isinstance(item, InputError) else item
    except InputError as e:
        yield Failure(source, str(e))
    except Exception as e:  # e.g. the page extractor failing on one page
        yield _defect(source, e)


def _defect(source: str, e: Exception) -> Failure:
    return Failure(source, f"{source}: kg failed on it ({type(e).__name__}: {' '.join(str(e).split())}); "
                   "please report it with the article")


def _build_one(article: Article, request: Request, bundled: bool, from_stdin: bool, written: dict[str, str],
               report: BuildReport, events: BuildEvents) -> None:
    targets = _targets(article, request, bundled, from_stdin)
    clash = next((t for t, _ in targets if t in written), None)
    if clash:
        report.failures.append(Failure(article.source, f"{article.source} would overwrite {clash}, written for "
                                       f"{written[clash]}; rename one of them or build them into separate folders"))
        return
    try:
        facts = article_facts(article)
        dataset = _honour_decisions(_dataset(facts, request.base), article)
        if request.validate:
            failure = _shacl_failure(article, dataset)
            if failure:
                report.failures.append(failure)
                return
        for target, fmt in targets:
            formats.write_atomically(target, formats.serialize(dataset, fmt))
            written[target] = article.source
            if target != "-":
                events.wrote(target)
        if bundled and not request.output:
            _write_drawings(dataset, Path(request.out_dir) if request.out_dir else EXPORTS_DIR, events)
    except KGError as e:
        report.failures.append(Failure(article.source, str(e)))
        return
    except Exception as e:  # a defect met on one article must not cost the batch its other articles
        report.failures.append(_defect(article.source, e))
        return
    report.built += 1
    report.warnings.extend(_warnings(article, facts))


def article_facts(article: Article) -> ArticleFacts:
    """The text's facts with what the source says about the article; the source's date when the text has none."""
    from kg.facts import placed_in
    from kg.pipeline import extract

    facts = placed_in(extract(article.story), article.text, article.story_begin)
    return dataclasses.replace(facts, url=article.url, headline=article.title, author=article.author,
                               published=facts.published or article.published)


def article_dataset(article: Article, base: str | None):
    """The article's graph, with the user's identity decisions applied."""
    return _honour_decisions(_dataset(article_facts(article), base), article)


def article_nquads(article: Article, base: str | None) -> str:
    """The article's graph as N-Quads (the lines of `article_dataset(...)` serialised), written straight
    from its facts when no identity decision rewrites them: what a store's workers send back."""
    if article.identity:
        return article_dataset(article, base).serialize(format="nquads")
    from kg.rdf import to_nquads

    return to_nquads(article_facts(article), base or DEFAULT_BASE)


def _honour_decisions(dataset, article: Article):
    from kg import sameas

    return sameas.apply(dataset, article.identity) if article.identity else dataset


def _dataset(facts: ArticleFacts, base: str | None):
    from kg.rdf import to_dataset

    return to_dataset(facts, base or DEFAULT_BASE)


def _targets(article: Article, request: Request, bundled: bool, from_stdin: bool) -> list[tuple[str, formats.RdfFormat]]:
    """Where the article's graph goes, in which formats: --output, --out-dir, stdout for stdin, else exports/."""
    if request.output:
        by_suffix = formats.by_extension(request.output) if request.output != "-" else None
        return [(request.output, formats.by_name(request.fmt) if request.fmt else (by_suffix or formats.TURTLE))]
    if from_stdin and not request.out_dir:
        return [("-", formats.by_name(request.fmt) if request.fmt else formats.TURTLE)]
    folder = Path(request.out_dir) if request.out_dir else EXPORTS_DIR
    chosen = [formats.by_name(request.fmt)] if request.fmt else (
        [formats.TURTLE, formats.JSON_LD] if bundled else [formats.TURTLE])
    return [(str(folder / f"{article.name}{f.extension}"), f) for f in chosen]


def _shacl_failure(article: Article, dataset) -> Failure | None:
    from kg.validate import check

    result = check(dataset)
    if result.conforms:
        return None
    return Failure(article.source, f"the graph of {article.source} does not conform to the shapes; nothing written "
                   "for it (use --no-validate to write it anyway)", details=result.text(), exit_code=EXIT_NOT_CONFORMING)


def _write_drawings(dataset, folder: Path, events: BuildEvents) -> None:
    from kg.viz import write_html, write_image

    write_html(dataset, folder / "graph.html")
    write_image(dataset, folder / "graph.png")
    events.wrote(str(folder / "graph.html"))
    events.wrote(str(folder / "graph.png"))


# --- warnings for texts that build but say little ---------------------------------------------
def _warnings(article: Article, facts: ArticleFacts) -> list[str]:
    if looks_english(article.text):
        return [f"{article.source} looks like English; kg reads Indonesian news, so it finds few or no facts"]
    if not (facts.organizations or facts.people or facts.metrics or facts.quotations or facts.programs
            or facts.legislation):
        return [f"{article.source}: no organisation, person, figure, quotation, program or law found; "
                "is it an Indonesian news article?"]
    return []


def looks_english(text: str) -> bool:
    """More English than Indonesian function words (kg/data/language-cues.json), and at least five."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    cues = language_cues()
    english = sum(1 for w in words if w in cues["english"])
    indonesian = sum(1 for w in words if w in cues["indonesian"])
    return english >= 5 and english > indonesian


@lru_cache(maxsize=1)
def language_cues() -> dict[str, frozenset[str]]:
    with open(DATA_DIR / "language-cues.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return {lang: frozenset(data[lang]) for lang in ("english", "indonesian")}


def progress_line(done: int, total: int, elapsed: float) -> str:
    """'12/300 articles, 4.0/s, about 1 min 12 s left'."""
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done}/{total} articles, {rate:.1f}/s"
    if rate > 0 and done < total:
        left = round((total - done) / rate)
        line += f", about {left // 60} min {left % 60} s left" if left >= 60 else f", about {left} s left"
    return line
