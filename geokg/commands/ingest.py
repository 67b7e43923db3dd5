"""``geokg ingest PATH...``: read articles, extract actors and claims, load them into Neo4j."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from geokg.errors import SourceError
from ingest.records import RawDocument


def collect_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument | SourceError]:
    """The documents a command line names: files and folders today (other sources chain here)."""
    from ingest.read import read_paths

    yield from read_paths(paths)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar while documents are processed.")
def ingest(paths: tuple[Path, ...], progress: bool) -> None:
    """Ingest the articles in PATHS (files or folders of .txt, .html, .htm, .md).

    Unchanged articles are skipped, changed ones replace their previous version. A file that
    cannot be read or processed is reported and the others are still ingested: the exit code
    is 0 when the run finished, even with failed files, and 1 when Neo4j cannot be reached.
    """
    if not paths:
        raise click.UsageError("give at least one file or folder to ingest")
    run(collect_documents(paths), sources=[str(p) for p in paths], progress=progress)


def run(documents: Iterable[RawDocument | SourceError], *, sources: list[str], progress: bool,
        trigger: str = "cli") -> None:
    """Run an ingest over ``documents`` and print the summary and one line per failure."""
    from geokg.graph import Graph
    from ingest.pipeline import run_ingest

    with Graph.connect() as graph:
        report = run_ingest(documents, graph, trigger=trigger, progress=progress, sources=sources)
    for error in report.errors:
        click.echo(f"failed: {error}", err=True)
    line = (f"ingest {report.summary()}" if report.status != "finished" or not report.failed
            else f"ingest finished with {report.failed} failed "
                 f"document{'s' if report.failed != 1 else ''}: " + report.summary().split(": ", 1)[1])
    click.echo(line)
