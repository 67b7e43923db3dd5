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
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Ingest the folders, feeds and URLs of a sources file (see examples/sources.toml).")
def ingest(paths: tuple[Path, ...], progress: bool, sources_file: Path | None) -> None:
    """Ingest the articles in PATHS (files or folders of .txt, .html, .htm, .md).

    Unchanged articles are skipped, changed ones replace their previous version. A file that
    cannot be read or processed is reported and the others are still ingested: the exit code
    is 0 when the run finished, even with failed files, and 1 when Neo4j cannot be reached.
    """
    if sources_file is not None:
        if paths:
            raise click.UsageError("give files and folders, or --sources FILE, not both")
        from ingest.sources import load_sources

        run(None, sources=[], progress=progress, source_list=load_sources(sources_file))
        return
    if not paths:
        raise click.UsageError("give at least one file or folder to ingest, or --sources FILE")
    run(collect_documents(paths), sources=[str(p) for p in paths], progress=progress)


def run(documents: Iterable[RawDocument | SourceError] | None, *, sources: list[str], progress: bool,
        trigger: str = "cli", source_list=None) -> None:
    """Run an ingest over ``documents`` (or the sources of ``source_list``) and print the summary
    and one line per failure. Holds the ingest lock (one run at a time, also against
    ``geokg schedule``) and retries an unreachable Neo4j with backoff."""
    from ingest.pipeline import abort_stale_runs, run_ingest
    from ingest.schedule import GracefulStop, connect_with_retry, ingest_lock, ingest_sources

    # Ctrl-C / SIGTERM: finish the current article, record the run as interrupted, exit 0.
    with ingest_lock(), GracefulStop() as stop, connect_with_retry(should_stop=stop) as graph:
        abort_stale_runs(graph)
        if source_list is not None:
            report = ingest_sources(source_list, graph, trigger=trigger, progress=progress,
                                    should_stop=stop)
        else:
            report = run_ingest(documents, graph, trigger=trigger, progress=progress,
                                sources=sources, should_stop=stop)
    for error in report.errors:
        click.echo(f"failed: {error}", err=True)
    if getattr(report, "unseen", 0):
        click.echo(f"{report.unseen} article(s) no longer listed by their source: kept, marked unseen")
    line = (f"ingest {report.summary()}" if report.status != "finished" or not report.failed
            else f"ingest finished with {report.failed} failed "
                 f"document{'s' if report.failed != 1 else ''}: " + report.summary().split(": ", 1)[1])
    click.echo(line)
