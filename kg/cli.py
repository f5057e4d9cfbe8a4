"""The `kg` command: a thin layer over the library. Only this module turns exceptions into
one-line messages and exit codes (0 ok, 1 a check failed, 2 bad input or usage)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.errors import KGError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="berita-kg")
def cli() -> None:
    """Build, check, query and draw knowledge graphs of Indonesian news articles."""


# --- build / validate / explain: kg.pipeline, kg.validate -------------------------------------
@cli.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.pass_context
def validate_command(ctx: click.Context, files: tuple[str, ...]) -> None:
    """Check RDF files (.ttl .trig .nq .nt .jsonld), folders of them or corpus stores, read together, against shapes/; exit 0 conforms, 1 not, 2 error."""
    from rdflib import Graph

    from kg.query import load_dataset
    from kg.store import is_store
    from kg.validate import load_graph_file, validate

    together = Graph()
    for path in files:
        if is_store(path):
            reads = [load_dataset([path])]
        else:
            reads = [load_graph_file(file) for file in _graph_files_in(path)]
        for read in reads:
            for s, p, o, _ in read.quads((None, None, None, None)):
                together.add((s, p, o))
    result = validate(together)
    click.echo(result.text())
    ctx.exit(0 if result.conforms else 1)

def _graph_files_in(path: str) -> list[str]:
    """`path` itself, or the RDF files in the folder `path` (an error when it holds none)."""
    from kg.errors import InputError
    from kg.query import graph_files

    if not Path(path).is_dir():
        return [path]
    found = [str(file) for file in graph_files([path])]
    if not found:
        raise InputError(f"{path} is a folder without RDF files (.ttl .trig .nq .nt .jsonld); build some with `kg build`")
    return found


@cli.command("build")
@click.argument("articles", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str),
              help="Write one article's graph to FILE ('-' for stdout). A symbolic link is followed (the file it "
                   "points to is replaced, the link stays); a device or FIFO is written through, never replaced.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=str), help="Write each article's graph into DIR (default exports/; stdin's graph goes to stdout).")
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "json-ld", "trig", "nt"]), help="Output format (default: from --output's extension, else turtle).")
@click.option("--base", default=None, help="Base IRI for the data (default https://w3id.org/berita-kg/id/).")
@click.option("--no-validate", is_flag=True, help="Write the graph even when it does not conform to shapes/.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first article that fails (default: build the rest and list failures at the end).")
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings and errors: no 'wrote' lines, no progress.")
@click.option("--store", type=click.Path(file_okay=False, path_type=str),
              help="Build every article into the corpus store DIR (made when missing); unchanged articles are skipped.")
@click.option("--jobs", type=click.IntRange(min=1), help="Processes building articles for --store (default: every core).")
@click.option("--scheduler", metavar="ADDRESS", help="Build --store's articles on the Dask cluster at ADDRESS (tcp://host:8786).")
@click.option("--prune", is_flag=True, help="With --store: remove the articles whose sources are not given this time.")
@click.option("--identity", type=click.Path(dir_okay=False, path_type=str),
              help="A file of 'same'/'not-same' decisions (tab-separated: decision, name or IRI, name or IRI) every "
                   "article's graph honours; with --store, changing it rebuilds every article.")
@click.pass_context
def build_command(ctx, articles, output, out_dir, fmt, base, no_validate, fail_fast, quiet, store, jobs, scheduler, prune,
                  identity) -> None:
    """Build knowledge graphs from articles: .txt files, saved news pages (.html), JSON or JSON Lines
    ({"text": ..., "url", "title", "published"}), folders of them, or - for stdin. With no argument: piped
    stdin, else the bundled article into exports/. Exit 0 all built, 1 a graph did not conform, 2 an
    article could not be built (every failure is listed at the end)."""
    from kg import build_service

    request = build_service.Request(list(articles), output=output, out_dir=out_dir, fmt=fmt, base=base,
                                    validate=not no_validate, fail_fast=fail_fast, store=store, jobs=jobs,
                                    scheduler=scheduler, prune=prune, identity=identity)
    report = build_service.run(request, _BuildPrinter(quiet))
    _print_build_report(report)
    ctx.exit(report.exit_code)


class _BuildPrinter:
    """'wrote' lines, and a progress line that rewrites itself when stderr is a terminal."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.live = not quiet and sys.stderr.isatty()
        self.shown = False

    def wrote(self, path: str) -> None:
        if not self.quiet:
            self._clear()
            click.echo(f"wrote {path}", err=True)

    def progress(self, done: int, total: int, elapsed: float) -> None:
        from kg.build_service import progress_line

        if self.live and total > 1:
            click.echo(f"\r\033[K{progress_line(done, total, elapsed)}", err=True, nl=False)
            self.shown = True

    def _clear(self) -> None:
        if self.shown:
            click.echo("\r\033[K", err=True, nl=False)
            self.shown = False


def _print_build_report(report) -> None:
    if sys.stderr.isatty():
        click.echo("\r\033[K", err=True, nl=False)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure.message}", err=True)
        if failure.details:
            click.echo(failure.details.rstrip("\n"), err=True)
    if report.unchanged:
        click.echo(f"built {report.built}, {report.unchanged} unchanged (already in the store)", err=True)
    if report.failures and report.built + len(report.failures) > 1:
        click.echo(f"built {report.built} of {report.built + len(report.failures)} articles; "
                   f"{len(report.failures)} failed (listed above)", err=True)


#: One language choice for everything a person reads (explain, viz, stats, path); kg.figures.LANGS.
_lang_option = click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
                            help="Language of the labels and figures: id (Indonesian) or en (English).")


@cli.command("explain")
@click.argument("articles", nargs=-1, type=click.Path(path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True,
              help="text for reading; json or csv (one row per fact) for scripts and spreadsheets.")
@_lang_option
def explain_command(articles, fmt, lang) -> None:
    """Print each fact of the ARTICLES (default: the bundled one) beside the sentence it came from and
    the rule that found it."""
    from kg.explain import explain_rows, format_rows
    from kg.ingest import read_article
    from kg.paths import BUNDLED_ARTICLE

    rows = []
    for article in articles or (str(BUNDLED_ARTICLE),):
        rows += explain_rows(read_article(article), article, lang)
    click.echo(format_rows(rows, fmt), nl=False)



@cli.command("export")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=str), help="The corpus store to export.")
@click.option("-f", "--format", "fmt", default="nquads", show_default=True,
              type=click.Choice(["nquads", "trig", "turtle", "json-ld", "nt"]), help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str), help="Write to FILE (default: standard output).")
def export_command(store_dir, fmt, output) -> None:
    """Write the whole corpus of a store in one file: the same bytes for the same corpus."""
    from kg import formats
    from kg.store import CorpusStore

    with CorpusStore(store_dir, read_only=True) as store:
        data = store.export(fmt)
    if output:
        formats.write_atomically(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@cli.command("load")
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=str), help="The corpus store to load.")
@click.option("--endpoint", required=True, metavar="URL",
              help="The target's Graph Store Protocol endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--user", help="User for the endpoint (HTTP digest or basic authentication).")
@click.option("--password", envvar="KG_LOAD_PASSWORD", help="Password for --user (better: the KG_LOAD_PASSWORD environment variable).")
@click.option("--prune", is_flag=True, help="Then delete the target's graphs in the corpus's graph namespace that the corpus no longer has.")
@click.option("--sparql", metavar="URL", help="The target's SPARQL query endpoint, which --prune asks for its graphs (Virtuoso: http://localhost:8890/sparql).")
def load_command(files, store_dir, endpoint, user, password, prune, sparql) -> None:
    """Load a corpus store (--store DIR) or built graph FILES into a SPARQL store over the Graph Store
    Protocol: each article's graph replaces the graph of the same name there, so loading twice is harmless.
    An article whose text changed has a new graph name: --prune removes its old graph."""
    from kg import gsp

    if bool(store_dir) == bool(files):
        raise click.UsageError("give either --store DIR or the built graph FILES to load")
    if prune and not sparql:
        raise click.UsageError("--prune asks the target which graphs it has: give its query endpoint with --sparql URL")
    target = gsp.GraphStore(endpoint, user=user, password=password, sparql=sparql)
    report = gsp.load_graphs(target, gsp.store_graphs(store_dir) if store_dir else gsp.file_graphs(files))
    shared = " and the default graph" if report.default_graph else ""
    click.echo(f"loaded {_count(len(report.graphs), 'graph')}{shared} ({report.triples} triples) into {endpoint}", err=True)
    if prune:
        click.echo(f"removed {_count(len(gsp.prune_graphs(target, report.graphs)), 'graph')} the corpus no longer has", err=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


# --- query / serve: kg.query, kg.server -------------------------------------------------------
_QUERY_FORMATS = ["table", "csv", "tsv", "json", "xml", "turtle", "json-ld", "nt", "trig", "rdf-xml"]


def _query_format(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """-f is --format in every command; a query file given to it gets told about --file."""
    if value is None or value in _QUERY_FORMATS:
        return value
    if value.endswith(".rq") or Path(value).is_file():
        raise click.BadParameter(f"{value!r} looks like a query file; read one with --file {value} "
                                 f"(-f is --format, as in kg build and kg export)")
    raise click.BadParameter(f"{value!r} is not one of {', '.join(_QUERY_FORMATS)}")


@cli.command("query")
@click.argument("args", nargs=-1)
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False), help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a bundled competency question (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled questions and exit.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE", help="Bind a variable: a plain string, or <iri>.")
@click.option("-f", "--format", "fmt", callback=_query_format, metavar="[" + "|".join(_QUERY_FORMATS) + "]",
              help="table (default for SELECT/ASK), csv, tsv, json, xml; turtle (default for CONSTRUCT/DESCRIBE), json-ld, nt, trig, rdf-xml.")
def query_command(args, query_file, name, list_queries, binds, fmt) -> None:
    """Ask built graphs a SPARQL question: kg query 'SELECT ...' FILES|DIR, -f q.rq DIR or --name NAME DIR."""
    from kg import query as q

    if list_queries:
        found = q.bundled_queries()
        width = max((len(b.name) for b in found), default=0)
        for b in found:
            click.echo(f"{b.name.ljust(width)}  {b.description}")
        return
    if sum(x is not None for x in (query_file, name)) > 1:
        raise click.UsageError("give the query one way: inline, with -f FILE or with --name NAME")
    if query_file:
        text, paths = q.read_query_file(query_file), args
    elif name:
        text, paths = q.bundled_query(name).text, args
    elif args:
        text, paths = args[0], args[1:]
    else:
        raise click.UsageError("give a query (inline, -f FILE or --name NAME) and the graph files or folder to ask")
    if not paths:
        raise click.UsageError("give the built graph files (.ttl, .trig, .nt, .nq, .jsonld) or a folder of them")
    prepared = q.prepare_query(text)
    dataset = q.load_dataset(paths, stores_in_place=True)
    result = q.run_query(dataset, prepared, dict(q.parse_binding(b) for b in binds))
    if fmt in (None, "table") and not prepared.returns_graph:
        click.echo(q.format_table(result), nl=False)
    else:
        click.echo(q.serialize_result(result, q.DEFAULT_GRAPH_FORMAT if fmt in (None, "table") else fmt), nl=False)


@cli.command("serve")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 exposes it).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port; 0 picks a free one.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds a query may run.")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(min=1), help="Rows (or triples) a result may have.")
@click.option("--max-concurrent", default=4, show_default=True, type=click.IntRange(min=1), help="Queries evaluated at once.")
def serve_command(paths, host, port, timeout, max_rows, max_concurrent) -> None:
    """Serve built graphs over SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    from kg import server

    server.serve(paths, host=host, port=port,
                 settings=server.Settings(timeout=timeout, max_rows=max_rows, max_concurrent=max_concurrent))


# --- viz / stats / path: kg.viz, kg.network ---------------------------------------------------
def _graph_source_argument(func):
    return click.argument("source", required=False, type=click.Path(path_type=str))(func)


def _load_graph_source(source: str | None):
    from rdflib import Graph

    from kg.network import load_graph
    from kg.paths import EXPORTS_DIR
    from kg.query import load_dataset
    from kg.store import is_store

    if source is not None and is_store(source):
        union = Graph()
        for s, p, o, _ in load_dataset([source]).quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return load_graph(source if source is not None else EXPORTS_DIR)


@cli.command("viz")
@_graph_source_argument
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path(path_type=str),
              help="What to write, by suffix: .html (interactive, offline), .svg, .png, .graphml, .gexf.")
@_lang_option
@click.option("--provenance/--no-provenance", default=False, show_default=True,
              help="Also draw articles and source text spans as nodes.")
@click.option("--concepts/--no-concepts", default=False, show_default=True,
              help="Also draw SKOS concepts (roles, organisation types, indicators ...) and ontology classes as nodes.")
@click.option("--focus", "around", metavar="NAME", help="Draw only what is within two relations of this entity (name or IRI).")
@click.option("--period", metavar="YEAR[-MM]", help="Draw only the figures of this period, e.g. 2024 or 2025-03.")
def viz_command(source, output, lang, provenance, concepts, around, period) -> None:
    """Draw the graph in SOURCE (a graph file or a folder of them; default: exports/): an interactive
    offline HTML page, an SVG/PNG for reports, or GraphML/GEXF for Gephi and Cytoscape."""
    from kg.viz import Focus, write_drawing

    focus = Focus(around, period) if around or period else None
    written = write_drawing(_load_graph_source(source), output, lang, provenance=provenance, concepts=concepts,
                            focus=focus)
    click.echo(f"wrote {written}", err=True)


@cli.command("stats")
@_graph_source_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="How many most connected entities.")
@_lang_option
def stats_command(source, as_json, top, lang) -> None:
    """Entities by type, facts by kind, the most connected entities and the connected components
    of the graph in SOURCE (a graph file or a folder of them; default: exports/)."""
    from kg.network import build_network, format_stats, network_stats, stats_json

    stats = network_stats(build_network(_load_graph_source(source), lang), top=top)
    click.echo(stats_json(stats) if as_json else format_stats(stats, lang), nl=False)


@cli.command("path")
@click.argument("start")
@click.argument("end")
@_graph_source_argument
@_lang_option
def path_command(start, end, source, lang) -> None:
    """The shortest chain of facts from START to END (names or alternate names, case-insensitive, or
    IRIs) in SOURCE (default: exports/), each step with the sentence it came from. Exit 1 when the two
    are not connected."""
    from kg.network import build_network, find_entity, format_chain, shortest_chain

    net = build_network(_load_graph_source(source), lang)
    a, b = find_entity(net, start), find_entity(net, end)
    steps = shortest_chain(net, a, b)
    if steps is None:
        click.echo(f"no chain of facts connects {net.nodes[a]['label']} and {net.nodes[b]['label']}: they are in "
                   "different parts of the graph (see `kg stats` for its connected components)", err=True)
        click.get_current_context().exit(1)
    click.echo(format_chain(steps), nl=False)


def main(argv: list[str] | None = None) -> int:
    try:
        # without standalone mode click returns the code of ctx.exit(code) instead of raising Exit
        code = cli.main(args=argv, prog_name="kg", standalone_mode=False)
        if isinstance(code, int):
            return code
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        return 2
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        click.echo(f"error: {e.format_message()}", err=True)
        return 2
    except KGError as e:
        click.echo(f"error: {e}", err=True)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
