"""``geokg schedule``: re-ingest a sources file periodically, in one long-lived process."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from ingest.schedule import make_trigger, run_schedule


@click.command()
@click.option("--sources", "sources_file", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The sources file (TOML; see examples/sources.toml). Re-read at every run.")
@click.option("--every", metavar="INTERVAL", help="Run every INTERVAL: 90s, 15m, 1h30m, 1d.")
@click.option("--cron", metavar="EXPR", help="Run on a crontab schedule, e.g. '*/15 * * * *' (local time).")
@click.option("--progress/--no-progress", default=False, show_default=True,
              help="Show a progress bar during each run (off: log lines only).")
def schedule(sources_file: Path, every: str | None, cron: str | None, progress: bool) -> None:
    """Ingest SOURCES now, then on a schedule, until Ctrl-C or SIGTERM.

    Two runs never overlap, not even across processes (a lock in GEOKG_HOME; a run that finds
    it held is skipped). Unchanged articles are skipped without re-extraction; articles that
    disappeared from their source are kept and marked as no longer seen. On Ctrl-C/SIGTERM the
    current article is finished and the run recorded as interrupted; exit code 0. A run that
    cannot reach Neo4j retries with backoff, then waits for the next tick.
    """
    make_trigger(every=every, cron=cron)  # a bad interval is a usage error, before any logging
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "apscheduler.executors.default", "neo4j"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    sys.exit(run_schedule(sources_file, every=every, cron=cron, progress=progress))
