"""The `kg` command: a thin layer over the library. Only this module turns exceptions into
one-line messages and exit codes (0 ok, 1 a check failed, 2 bad input or usage)."""
from __future__ import annotations

import sys

import click

from kg.errors import KGError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="berita-kg")
def cli() -> None:
    """Build, check, query and draw knowledge graphs of Indonesian news articles."""


# --- build / validate / explain: kg.pipeline, kg.validate -------------------------------------
# (filled in by the build stage)


# --- query / serve: kg.query, kg.server -------------------------------------------------------
# (filled in by the query stage)


# --- viz / stats / path: kg.viz, kg.network ---------------------------------------------------
# (filled in by the visualisation stage)


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
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
