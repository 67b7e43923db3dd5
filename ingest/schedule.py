"""Running ingest from a sources file, once or on a schedule, never two runs at a time.

* :func:`ingest_lock` — a file lock in ``Settings.home``: every ingest run (``geokg ingest``
  and each scheduled run, in any process) holds it, so runs never overlap. The operating system
  releases it when a process dies, even by SIGKILL: there is no stale lock to clean up.
* :func:`connect_with_retry` — Neo4j may be restarting or still starting (docker compose):
  a few attempts with exponential backoff, then ``DatabaseUnavailable`` saying how long it tried.
* :func:`ingest_sources` — one run over a list of sources: documents from
  :func:`ingest.sources.iter_documents` go through the pipeline (which skips unchanged articles
  without re-extracting them and records the ``IngestRun``); then the articles that completely
  read sources no longer list are marked ``seen = false`` and counted in the run's ``unseen``.
* :class:`GracefulStop` — the first Ctrl-C/SIGTERM asks the run to stop after the current
  article; a second one stops at once.
* :func:`run_schedule` — ``geokg schedule``: APScheduler's ``BlockingScheduler`` with one job
  (``max_instances=1``, ``coalesce=True``, first run immediately). The sources file is re-read
  at every run, so edits apply without a restart. A run that cannot start (lock held, Neo4j
  down after its retries, invalid sources file) is logged and the next tick tries again: the
  scheduler is a service and outlives outages; ``geokg ingest`` is the one that exits non-zero.
"""
from __future__ import annotations

import logging
import os
import re
import signal
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Sequence

import filelock

from geokg.errors import ConfigError, DatabaseUnavailable, GeokgError
from geokg.settings import Settings
from ingest.records import stable_id
from ingest.sources import Source, iter_documents, load_sources

log = logging.getLogger("geokg.schedule")

LOCK_FILE = "ingest.lock"
DB_ATTEMPTS = 5          # GEOKG_DB_ATTEMPTS overrides
DB_FIRST_DELAY = 2.0     # seconds; doubles each attempt (2, 4, 8, 16: 30 s in all)
DB_MAX_DELAY = 30.0


class IngestBusy(GeokgError):
    """Another ingest run holds the lock."""


# -- one run at a time ---------------------------------------------------------------------------


def lock_path(settings: Settings | None = None) -> Path:
    """The lock file in ``Settings.home``, one per database (runs into two databases may overlap)."""
    from geokg import server

    settings = settings or Settings.from_env()
    uri = server.connection(settings)[0]
    return settings.home / f"{LOCK_FILE.removesuffix('.lock')}-{stable_id(uri, length=10)}.lock"


@contextmanager
def ingest_lock(settings: Settings | None = None) -> Iterator[Path]:
    """Hold the ingest lock for the block, or raise IngestBusy at once if another run has it."""
    path = lock_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(path, blocking=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise IngestBusy(f"another ingest into this database is running (it holds {path});"
                         " try again when it is done") from None
    try:
        yield path
    finally:
        lock.release()


# -- Neo4j, with patience ------------------------------------------------------------------------


def connect_with_retry(settings: Settings | None = None, *, attempts: int | None = None,
                       first_delay: float = DB_FIRST_DELAY,
                       should_stop: Callable[[], bool] = lambda: False):
    """``Graph.connect`` retried with exponential backoff while Neo4j is unavailable.

    Wrong credentials fail at once (waiting will not fix them), and so does a local server that
    is not running (nothing would start it). After the last attempt the ``DatabaseUnavailable``
    message says how many attempts were made over how long.
    """
    from geokg import server
    from geokg.graph import Graph

    settings = settings or Settings.from_env()

    if attempts is None:
        attempts = _env_int("GEOKG_DB_ATTEMPTS", DB_ATTEMPTS)
    attempts = max(1, attempts)
    started = time.monotonic()
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return Graph.connect(settings)
        except DatabaseUnavailable as exc:
            hopeless = not settings.uses_external_server and \
                server.LocalServer(settings).running_pid() is None
            if hopeless:
                raise
            if attempt == attempts or should_stop():
                waited = time.monotonic() - started
                raise DatabaseUnavailable(f"{exc} (gave up after {attempt} attempt"
                                          f"{'s' if attempt > 1 else ''} over {waited:.0f} s)") from None
            log.warning("Neo4j unavailable (attempt %d of %d), retrying in %.0f s: %s",
                        attempt, attempts, delay, exc)
            _sleep(delay, should_stop)
            delay = min(delay * 2, DB_MAX_DELAY)
    raise AssertionError("unreachable")


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from None


def _sleep(seconds: float, should_stop: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while not should_stop() and time.monotonic() < end:
        time.sleep(min(0.2, max(0.0, end - time.monotonic())))


# -- one run -------------------------------------------------------------------------------------


def ingest_sources(sources: Sequence[Source], graph, *, trigger: str = "cli", progress: bool = True,
                   should_stop: Callable[[], bool] = lambda: False):
    """One ingest run over ``sources``; returns the pipeline's ``RunReport`` with ``unseen`` set.

    Articles are marked unseen only for sources read to the end in this run, and only when no
    source of this run listed them (an article in two sources stays seen while either has it).
    """
    from ingest.pipeline import run_ingest

    _forget_earlier_runs()
    completed: list[Source] = []
    listed: set[str] = set()

    def source_read(source: Source, keys: frozenset[str]) -> None:
        completed.append(source)
        listed.update(keys)

    documents = iter_documents(sources, on_source_read=source_read, should_stop=should_stop)
    report = run_ingest(documents, graph, trigger=trigger, progress=progress,
                        should_stop=should_stop, sources=[describe(s) for s in sources])
    unseen = 0
    for source in completed:
        rows = graph.write_named("write/mark_unseen", sourceName=source.name, keys=sorted(listed))
        unseen += rows[0]["unseen"] if rows else 0
    graph.write_named("write/mark_unseen_run", id=report.run_id, unseen=unseen)
    report.unseen = unseen
    return report


def _forget_earlier_runs() -> None:
    """Start a run with the HTML extractor's process-wide caches empty.

    trafilatura keeps an LRU of text segments it has seen (its ``deduplicate`` option drops
    segments seen before) plus assorted caches. In a long-lived scheduler, an updated article
    would otherwise lose the paragraphs its previous version had, and results would depend on
    what earlier runs read. Emptying them makes each scheduled run behave like a fresh
    ``geokg ingest`` (and keeps the process from growing).
    """
    try:
        from trafilatura.meta import reset_caches
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return
    # htmldate logs an ERROR for each of its caches that is a plain function (nothing to clear)
    htmldate_log = logging.getLogger("htmldate.meta")
    level = htmldate_log.level
    htmldate_log.setLevel(logging.CRITICAL)
    try:
        reset_caches()
    finally:
        htmldate_log.setLevel(level)


def describe(source: Source) -> str:
    """How a run records a source: ``name: folder, feed URL or number of URLs``."""
    where = source.location or f"{len(source.urls)} URL{'s' if len(source.urls) != 1 else ''}"
    return f"{source.name}: {where}"


def run_once(sources_file: str | Path, *, settings: Settings | None = None, trigger: str = "cli",
             progress: bool = True, should_stop: Callable[[], bool] = lambda: False):
    """Load the sources file, take the lock, connect (with retries) and ingest. Raises GeokgError."""
    from ingest.pipeline import abort_stale_runs

    settings = settings or Settings.from_env()
    sources = load_sources(sources_file)
    with ingest_lock(settings):
        with connect_with_retry(settings, should_stop=should_stop) as graph:
            abort_stale_runs(graph)
            return ingest_sources(sources, graph, trigger=trigger, progress=progress,
                                  should_stop=should_stop)


# -- stopping ------------------------------------------------------------------------------------


class GracefulStop:
    """SIGINT/SIGTERM handlers for the block: the first signal sets the flag (``__call__`` is a
    ``should_stop``), a second one ends the process at once (exit code 130).

    ``on_stop`` runs (in a new thread, outside the signal handler) after the first signal.
    """

    def __init__(self, on_stop: Callable[[], None] | None = None):
        self.event = threading.Event()
        self.on_stop = on_stop
        self._previous: dict[int, object] = {}

    def __call__(self) -> bool:
        return self.event.is_set()

    def _handle(self, signum, frame) -> None:
        if self.event.is_set():
            log.warning("second %s: stopping now", signal.Signals(signum).name)
            os._exit(130)
        log.warning("%s received: finishing the current article, then stopping"
                    " (send it again to stop at once)", signal.Signals(signum).name)
        self.event.set()
        if self.on_stop is not None:
            threading.Thread(target=self.on_stop, name="geokg-stop", daemon=True).start()

    def __enter__(self) -> "GracefulStop":
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()


# -- the schedule --------------------------------------------------------------------------------


_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*(d|h|m|s)")
_UNIT = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_every(text: str) -> float:
    """Seconds of an interval like ``15m``, ``1h30m``, ``90s``, ``2d``."""
    compact = text.strip().lower().replace(" ", "")
    if not compact or _EVERY.sub("", compact):
        raise ConfigError(f"--every {text!r}: give an interval such as 90s, 15m, 1h30m or 1d")
    seconds = sum(float(n) * _UNIT[u] for n, u in _EVERY.findall(compact))
    if seconds < 1:
        raise ConfigError(f"--every {text!r}: the interval must be at least 1s")
    return seconds


def make_trigger(*, every: str | None = None, cron: str | None = None):
    """An APScheduler trigger for ``--every`` or ``--cron`` (exactly one)."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if (every is None) == (cron is None):
        raise ConfigError("give either --every (e.g. 15m) or --cron (e.g. '*/15 * * * *')")
    if every is not None:
        return IntervalTrigger(seconds=parse_every(every))
    try:
        return CronTrigger.from_crontab(cron)
    except ValueError as exc:
        raise ConfigError(f"--cron {cron!r}: {exc} (five fields: minute hour day month weekday)") from None


def summary(report) -> str:
    """One log line for a run, e.g. "ingest run 2026-...-1a2b3c4d finished: 1 new, ... 0 unseen"."""
    return f"ingest run {report.run_id} {report.summary()}, {getattr(report, 'unseen', 0)} unseen"


def run_schedule(sources_file: str | Path, *, every: str | None = None, cron: str | None = None,
                 settings: Settings | None = None, progress: bool = False) -> int:
    """Run ingest now and then on the trigger until SIGINT/SIGTERM; returns the exit code (0)."""
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.schedulers.blocking import BlockingScheduler

    settings = settings or Settings.from_env()
    trigger = make_trigger(every=every, cron=cron)
    load_sources(sources_file)  # a broken file fails now, not at the first tick
    executor = ThreadPoolExecutor(max_workers=1)
    scheduler = BlockingScheduler(executors={"default": executor})

    def stop_scheduler() -> None:
        if scheduler.running:
            scheduler.shutdown(wait=False)

    with GracefulStop(on_stop=stop_scheduler) as stop:
        def tick() -> None:
            if stop():
                return
            try:
                report = run_once(sources_file, settings=settings, trigger="schedule",
                                  progress=progress, should_stop=stop)
            except IngestBusy:
                log.warning("another ingest is running, skipping this run")
            except GeokgError as exc:
                log.error("ingest run did not happen: %s; the next run will try again", exc)
            except Exception:  # a bug must not kill the service; it is logged with its traceback
                log.exception("ingest run failed")
            else:
                log.info(summary(report))
                for error in getattr(report, "errors", ())[:50]:
                    log.warning("  %s", error)
            finally:
                job = scheduler.get_job("ingest") if scheduler.running and not stop() else None
                if job is not None and job.next_run_time is not None:
                    log.info("next run at %s", job.next_run_time.isoformat(timespec="seconds"))

        scheduler.add_job(tick, trigger, id="ingest", name="ingest", max_instances=1,
                          coalesce=True, misfire_grace_time=None,
                          next_run_time=datetime.now(timezone.utc))
        log.info("scheduled ingest of %s (%s); stop with Ctrl-C or SIGTERM", sources_file,
                 f"every {every}" if every else f"cron {cron!r}")
        scheduler.start()  # returns once stop_scheduler() shut it down
        executor.shutdown(wait=True)  # the run under way stops after its current article
    log.info("scheduler stopped")
    return 0
