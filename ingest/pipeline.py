"""The ingest run: documents in, graph updated, a record of what happened.

    report = run_ingest(read_paths(["samples/"]), graph)

Per document: clean -> extract -> resolve (against the entities already in the graph) -> load,
each article in its own transaction. Before any of that, one batched lookup finds the documents
whose content is stored already by the current extractor version: those are only marked as seen
again, never re-cleaned or re-extracted. A document that fails (unreadable input, an exception in
a stage, a write Neo4j refuses) is recorded with its source and the run goes on; losing the
database ends the run. The run itself is an ``IngestRun`` node (running -> finished, failed or
interrupted) with its counts and errors.
"""
from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import cypher
from geokg.errors import DatabaseAuthError, DatabaseUnavailable, SourceError
from ingest.load import load_extraction, utc_now
from ingest.records import Entity, RawDocument

log = logging.getLogger(__name__)

BATCH = 50          # documents looked up together before processing
FINISHED, FAILED, INTERRUPTED, RUNNING = "finished", "failed", "interrupted", "running"


@dataclass
class RunReport:
    """What one ingest run did. ``errors`` holds one "source: problem" line per failed document."""

    run_id: str
    trigger: str
    started_at: str
    ended_at: str | None = None
    status: str = RUNNING
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    unseen: int = 0             # set by the scheduler: stored articles no longer listed by their source
    errors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged, "failed": self.failed}

    def summary(self) -> str:
        """One line, e.g. "finished: 3 new, 1 updated, 0 unchanged, 1 failed (5 documents)"."""
        counts = ", ".join(f"{n} {k}" for k, n in self.counts().items())
        return f"{self.status}: {counts} ({self.processed} document{'s' if self.processed != 1 else ''})"


def current_extractor() -> str:
    """The versioned name of the extractor ``ingest.extract.extract`` would stamp on its output."""
    from ingest import extract

    return extract.EXTRACTOR


def run_ingest(documents: Iterable[RawDocument | SourceError], graph, *, trigger: str = "cli",
               progress: bool = True, should_stop: Callable[[], bool] = lambda: False,
               sources: Iterable[str] = ()) -> RunReport:
    """Ingest ``documents`` (``SourceError`` items are counted as failed); see the module doc.

    ``should_stop`` is asked between documents (the scheduler's SIGTERM handler sets it); when it
    says yes the run ends as "interrupted". ``sources`` (the paths/URLs given) are recorded on the run.
    Raises ``DatabaseUnavailable``/``DatabaseAuthError`` when Neo4j goes away (the run is marked
    failed if it still can be).
    """
    report = RunReport(run_id=f"{utc_now()}-{uuid.uuid4().hex[:8]}", trigger=trigger,
                       started_at=utc_now(), sources=[str(s) for s in sources])
    graph.write(cypher.load("write/start_run"), {"id": report.run_id, "now": report.started_at,
                                                  "trigger": trigger, "sources": report.sources})
    bar = _progress_bar(documents, progress)
    try:
        _process(documents, graph, report, bar, should_stop)
    except BaseException as exc:
        report.status = INTERRUPTED if isinstance(exc, KeyboardInterrupt) else FAILED
        if not isinstance(exc, KeyboardInterrupt):
            report.errors.append(f"run: {exc}")
        _finish(graph, report, quiet=True)
        raise
    finally:
        if bar is not None:
            bar.close()
    if report.status == RUNNING:
        report.status = FINISHED
    _finish(graph, report)
    return report


def _process(documents, graph, report: RunReport, bar, should_stop) -> None:
    from ingest.clean import clean
    from ingest.extract import extract
    from ingest.resolve import resolve

    extractor = current_extractor()
    known: dict[str, Entity] = {e.id: e for e in _known_entities(graph)}
    items = iter(documents)
    while True:
        if should_stop():
            report.status = INTERRUPTED
            return
        batch = list(itertools.islice(items, BATCH))
        if not batch:
            return
        stored = _stored_versions(graph, [d for d in batch if isinstance(d, RawDocument)])
        unchanged = [d.content_hash for d in batch if isinstance(d, RawDocument)
                     and _is_unchanged(d, stored, extractor)]
        if unchanged:
            graph.write(cypher.load("write/touch_documents"), {"ids": unchanged, "now": utc_now()})
        skip = set(unchanged)
        for position, item in enumerate(batch):
            if position and should_stop():
                report.status = INTERRUPTED
                return
            if isinstance(item, SourceError):
                _fail(report, item.source, item.problem)
            elif item.content_hash in skip:
                report.unchanged += 1
                skip.discard(item.content_hash)   # a second copy in the same run is not re-touched
            else:
                try:
                    article = clean(item)
                    # Sorted: resolution sees the same entities in the same order whether they
                    # were read from the graph or loaded earlier in this run.
                    extraction = resolve(extract(article), sorted(known.values(), key=_by_id))
                    status = load_extraction(graph, extraction, known=known)
                except (DatabaseUnavailable, DatabaseAuthError):
                    raise
                except Exception as exc:  # one bad document must not end the run
                    log.debug("ingest of %s failed", item.source_key, exc_info=True)
                    _fail(report, item.source_key, _problem(exc))
                else:
                    setattr(report, status, getattr(report, status) + 1)
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(_short(report), refresh=False)


def _by_id(entity: Entity) -> str:
    return entity.id


def _is_unchanged(doc: RawDocument, stored: dict[str, dict], extractor: str) -> bool:
    row = stored.get(doc.content_hash)
    if row is None or not row["stored"] or row["storedExtractor"] != extractor:
        return False
    # The same content stored under another source key while this key holds an older version:
    # the loader retires that older version, so it is not a mere "seen again".
    return row["storedSourceKey"] == doc.source_key or row["heldId"] is None


def _stored_versions(graph, docs: list[RawDocument]) -> dict[str, dict]:
    if not docs:
        return {}
    rows = [{"id": d.content_hash, "sourceKey": d.source_key} for d in docs]
    found = graph.read(cypher.load("write/read_stored_versions"), {"rows": rows})
    return {r["id"]: r for r in found}


def _known_entities(graph) -> list[Entity]:
    rows = graph.read(cypher.load("write/read_known_entities"), timeout=None)
    return [Entity(id=r["id"], name=r["name"] or r["id"], type=r["type"], aliases=tuple(r["aliases"]),
                   wikidata=r["wikidata"], catalog=bool(r["catalog"])) for r in rows]


def _fail(report: RunReport, source: str, problem: str) -> None:
    report.failed += 1
    report.errors.append(f"{source}: {problem}")


def _problem(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, SourceError):
        return exc.problem
    if type(exc).__module__ == "builtins":
        return f"{type(exc).__name__}: {text}"
    return text


def _finish(graph, report: RunReport, quiet: bool = False) -> None:
    report.ended_at = utc_now()
    params = {"id": report.run_id, "now": report.ended_at, "status": report.status,
              "counts": report.counts(), "errors": report.errors}
    try:
        graph.write(cypher.load("write/finish_run"), params)
    except Exception:
        if not quiet:
            raise
        log.warning("could not record the end of ingest run %s", report.run_id, exc_info=True)


def _short(report: RunReport) -> str:
    return f"new {report.new} upd {report.updated} same {report.unchanged} fail {report.failed}"


def _progress_bar(documents, progress: bool):
    if not progress:
        return None
    from tqdm import tqdm

    total = len(documents) if hasattr(documents, "__len__") else None
    # disable=None: no bar when stderr is not a terminal (cron, the scheduler, CI logs)
    return tqdm(total=total, unit="doc", desc="ingest", leave=False, dynamic_ncols=True, disable=None)


def abort_stale_runs(graph) -> int:
    """Mark runs a dead process left 'running' as 'aborted'; returns how many.

    Call it only while holding the ingest lock (``ingest.schedule.ingest_lock``): then no other
    run can be in progress, so every 'running' run is a leftover.
    """
    from ingest.load import utc_now

    rows = graph.write(cypher.load("write/abort_stale_runs"), {"now": utc_now()})
    return rows[0]["aborted"] if rows else 0
