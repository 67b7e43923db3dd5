"""Scheduled re-ingest end to end: a real Neo4j (conftest fixtures), a real HTTP server on
127.0.0.1 serving a feed and article pages (``LocalSite`` from test_sources), real processes.

What a user relies on: an unchanged run writes nothing; a new feed item is the only thing the
next run ingests; broken items and feeds are reported while the rest goes in; disappeared
articles are kept and marked unseen; a killed run leaves nothing a rerun cannot complete into
exactly the graph of one clean run; two schedulers never ingest at the same time; SIGTERM
finishes the current article and exits 0.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geokg.errors import ConfigError, DatabaseUnavailable
from geokg.settings import Settings
from ingest.schedule import (IngestBusy, connect_with_retry, ingest_lock, ingest_sources,
                             make_trigger, parse_every)
from ingest.sources import load_sources
from test_sources import LocalSite, article_html  # the local web site helper

PROJECT = Path(__file__).resolve().parent.parent
GEOKG = [sys.executable, "-m", "geokg.cli"]
SAMPLES = sorted((PROJECT / "samples").glob("*.txt"))


# -- helpers ---------------------------------------------------------------------------------


def sample_pages(pieces: int = 1) -> list[tuple[str, str]]:
    """(title, text) of article pages made of the sample articles, each cut into ``pieces``
    (pieces that are only boilerplate, which cleaning rightly refuses, are left out)."""
    from ingest.clean import clean
    from ingest.records import RawDocument

    pages = []
    for path in SAMPLES:
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
        size = max(1, -(-len(paragraphs) // pieces))
        for n, start in enumerate(range(0, len(paragraphs), size)):
            page = (f"{path.stem} part {n}", "\n".join(paragraphs[start:start + size]))
            try:
                clean(RawDocument(source_key=page[0], raw=article_html(*page), content_type="html"))
            except Exception:
                continue
            pages.append(page)
    return pages


def publish(site: LocalSite, pages: list[tuple[str, str]], *, delay: float = 0.0,
            feed: str = "/feed.xml") -> list[str]:
    """Serve ``pages`` as /articles/N.html and list them in an RSS feed; returns their URLs."""
    urls = []
    for n, (title, text) in enumerate(pages):
        urls.append(site.add(f"/articles/{n}.html", article_html(title, text), delay=delay))
    site.add_feed(feed, urls)
    return urls


def sources_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text("[fetch]\ndelay = 0\ntimeout = 10\n\n" + body, encoding="utf-8")
    return path


def feed_source(site: LocalSite, name: str = "wire", feed: str = "/feed.xml") -> str:
    return f'[[source]]\nname = "{name}"\nfeed = "{site.url(feed)}"\npublisher = "Test Wire"\n'


def counts(graph) -> dict[str, int]:
    """Nodes by label and relationships by type, IngestRun excluded."""
    out = {}
    for row in graph.read("MATCH (n) WHERE NOT n:IngestRun UNWIND labels(n) AS label "
                          "RETURN label, count(*) AS n"):
        out[row["label"]] = row["n"]
    for row in graph.read("MATCH (a)-[r]->(b) WHERE NOT a:IngestRun AND NOT b:IngestRun "
                          "RETURN type(r) AS type, count(*) AS n"):
        out[row["type"]] = row["n"]
    return out


def checksum(graph) -> str:
    """A hash over every claim, document, entity and mention, with their properties and links
    (timestamps of when a run saw a document excluded: they differ from run to run)."""
    data = json.dumps(graph_content(graph), sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def graph_content(graph) -> dict[str, list]:
    claims = graph.read(
        "MATCH (c:Claim) OPTIONAL MATCH (c)-[r]->(x) "
        "WITH c, x, type(r) AS t ORDER BY t, coalesce(x.id, '') "
        "RETURN c.id AS id, properties(c) AS props, collect([t, x.id]) AS links ORDER BY id")
    documents = graph.read(
        "MATCH (d:Document) RETURN d.id AS id, "
        "[k IN keys(d) WHERE NOT k IN ['firstSeen', 'lastSeen'] | [k, d[k]]] AS props ORDER BY id")
    entities = graph.read("MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, "
                          "properties(e) AS props ORDER BY id")
    mentions = graph.read("MATCH (d:Document)-[m:MENTIONS]->(e:Entity) "
                          "RETURN d.id AS d, e.id AS e, properties(m) AS props ORDER BY d, e")
    for doc in documents:
        doc["props"] = sorted(doc["props"])
    for entity in entities:
        entity["labels"] = sorted(entity["labels"])
    return {"claims": claims, "documents": documents, "entities": entities, "mentions": mentions}


def runs(graph) -> list[dict]:
    return graph.read("MATCH (r:IngestRun) RETURN r {.*} AS run ORDER BY r.startedAt")


def run_props(graph, report) -> dict:
    return graph.read("MATCH (r:IngestRun {id: $id}) RETURN r {.*} AS run", {"id": report.run_id})[0]["run"]


def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a geokg subprocess: the test Neo4j (set by the fixture), its own home."""
    env = dict(os.environ)
    env.update(GEOKG_HOME=str(tmp_path / "home"), GEOKG_DB_ATTEMPTS="2", PYTHONUNBUFFERED="1")
    return env


def wait_for(condition, *, timeout: float, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")


def stop_process(proc: subprocess.Popen, timeout: float = 60) -> tuple[int, str]:
    """SIGTERM (if still running) and wait; returns (exit code, stderr)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"process did not stop within {timeout}s after SIGTERM:\n{err}")
    return proc.returncode, err


@pytest.fixture
def site():
    with LocalSite() as s:
        yield s


# -- pure parts ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("1h30m", 5400),
                                           ("2d", 172800), ("1.5h", 5400), (" 10 m ", 600)])
def test_intervals(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "15", "5x", "m15", "0s", "15m garbage"])
def test_bad_intervals_are_refused(text):
    with pytest.raises(ConfigError, match="--every"):
        parse_every(text)


def test_cron_and_interval_triggers():
    assert "*/15" in str(make_trigger(cron="*/15 * * * *"))
    with pytest.raises(ConfigError, match="either --every"):
        make_trigger(every="15m", cron="* * * * *")
    with pytest.raises(ConfigError, match="either --every"):
        make_trigger()
    with pytest.raises(ConfigError, match=r"--cron '\* \* \*'"):
        make_trigger(cron="* * *")


def test_ingest_lock_is_exclusive_and_released(tmp_path):
    settings = Settings.from_env({"GEOKG_HOME": str(tmp_path / "home")})
    with ingest_lock(settings):
        with pytest.raises(IngestBusy, match="another ingest into this database is running"):
            with ingest_lock(settings):
                pass
    with ingest_lock(settings):  # released: free again
        pass


def test_ingest_lock_held_by_another_process_and_freed_when_it_is_killed(tmp_path):
    home = tmp_path / "home"
    settings = Settings.from_env({"GEOKG_HOME": str(home)})
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom geokg.settings import Settings\n"
         "from ingest.schedule import ingest_lock\n"
         f"with ingest_lock(Settings.from_env({{'GEOKG_HOME': {str(home)!r}}})):\n"
         "    print('held', flush=True); time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True, cwd=PROJECT)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(IngestBusy):
            with ingest_lock(settings):
                pass
    finally:
        holder.kill()
        holder.wait(timeout=10)
    with ingest_lock(settings):  # the kernel released the dead process's lock
        pass


def test_unreachable_neo4j_is_retried_then_reported(tmp_path):
    from geokg import server

    port = server.free_port()
    settings = Settings.from_env({"GEOKG_HOME": str(tmp_path), "NEO4J_URI": f"bolt://127.0.0.1:{port}",
                                  "NEO4J_PASSWORD": "x"})
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match=r"gave up after 3 attempts over [0-9]+ s"):
        connect_with_retry(settings, attempts=3, first_delay=0.2)
    assert 0.6 <= time.monotonic() - started < 30  # waited 0.2 + 0.4 between the attempts


# -- runs against Neo4j ------------------------------------------------------------------------


def test_feed_runs_are_incremental(empty_graph, site, tmp_path):
    graph = empty_graph
    pages = sample_pages()
    urls = publish(site, pages[:-1])
    sources = load_sources(sources_file(tmp_path, feed_source(site)))

    first = ingest_sources(sources, graph, trigger="test", progress=False)
    assert (first.new, first.updated, first.unchanged, first.failed) == (len(urls), 0, 0, 0), first.errors
    documents = graph.read("MATCH (d:Document) RETURN d.sourceKey AS key, d.sourceName AS name, "
                           "d.publisher AS publisher, d.url AS url, d.seen AS seen ORDER BY key")
    assert [d["key"] for d in documents] == sorted(urls)
    assert {(d["name"], d["publisher"], d["seen"]) for d in documents} == {("wire", "Test Wire", True)}
    assert graph.read("MATCH (c:Claim) RETURN count(c) AS n")[0]["n"] > 0
    before, fingerprint = counts(graph), checksum(graph)
    page_hits = sum(site.hits(f"/articles/{n}.html") for n in range(len(urls)))

    # Nothing changed: nothing is written, and the run says so.
    again = ingest_sources(sources, graph, trigger="test", progress=False)
    assert (again.new, again.updated, again.unchanged, again.failed) == (0, 0, len(urls), 0)
    assert counts(graph) == before and checksum(graph) == fingerprint
    assert run_props(graph, again)["unseen"] == 0

    # A new item in the feed: the next run ingests only that one.
    new_url = site.add(f"/articles/{len(urls)}.html", article_html(*pages[-1]))
    site.add_feed("/feed.xml", [new_url] + urls)
    third = ingest_sources(sources, graph, trigger="test", progress=False)
    assert (third.new, third.updated, third.unchanged, third.failed) == (1, 0, len(urls), 0)
    assert graph.read("MATCH (d:Document {sourceKey: $u}) RETURN count(d) AS n", {"u": new_url})[0]["n"] == 1
    # every page is fetched each run (to see whether it changed), but only the new one extracted
    assert sum(site.hits(f"/articles/{n}.html") for n in range(len(urls))) == 3 * page_hits

    props = run_props(graph, third)
    assert (props["status"], props["trigger"], props["new"], props["unchanged"]) == \
        ("finished", "test", 1, len(urls))
    assert props["startedAt"] <= props["endedAt"]


CORRECTION = "An earlier version of this article gave the wrong date for the talks."


def updated(text: str) -> str:
    """The article with a sentence added to its second paragraph, as a news site updates one."""
    lines = text.splitlines()
    lines[1] = f"{lines[1]} {CORRECTION}"
    return "\n".join(lines)


def test_changed_article_replaces_its_claims(empty_graph, site, tmp_path):
    graph = empty_graph
    title, text = sample_pages()[2]
    url = site.add("/a.html", article_html(title, text))
    site.add_feed("/feed.xml", [url])
    sources = load_sources(sources_file(tmp_path, feed_source(site)))
    ingest_sources(sources, graph, trigger="test", progress=False)
    old = graph.read("MATCH (d:Document) RETURN d.id AS id, d.firstSeen AS firstSeen")[0]

    site.add("/a.html", article_html(title, updated(text)))  # the article was updated
    report = ingest_sources(sources, graph, trigger="test", progress=False)
    assert (report.new, report.updated, report.unchanged, report.failed) == (0, 1, 0, 0), report.errors
    [doc] = graph.read("MATCH (d:Document) RETURN d.id AS id, d.sourceKey AS key, d.text AS text, "
                       "d.firstSeen AS firstSeen")
    assert doc["key"] == url and doc["id"] != old["id"] and doc["firstSeen"] == old["firstSeen"]
    assert CORRECTION in doc["text"]
    stale = graph.read("MATCH (c:Claim) WHERE NOT (c)-[:STATED_IN]->(:Document {id: $id}) "
                       "RETURN count(c) AS n", {"id": doc["id"]})
    assert stale[0]["n"] == 0
    claims = graph.read("MATCH (c:Claim) RETURN c.quote AS quote, c.start AS start, c.end AS end")
    assert claims and all(doc["text"][c["start"]:c["end"]] == c["quote"] for c in claims)


def test_failures_are_reported_and_the_rest_is_ingested(empty_graph, site, tmp_path):
    graph = empty_graph
    pages = sample_pages()[:2]
    good = publish(site, pages)
    missing = site.url("/articles/missing.html")
    site.add_feed("/feed.xml", good + [missing])
    site.add("/broken.xml", "<?xml version='1.0'?><rss><channel><item><link>", content_type="application/rss+xml")
    path = sources_file(tmp_path, feed_source(site) + feed_source(site, "broken", "/broken.xml")
                        + f'[[source]]\nname = "local"\nfolder = "{tmp_path / "nowhere"}"\n')
    report = ingest_sources(load_sources(path), graph, trigger="test", progress=False)

    assert (report.new, report.failed) == (2, 3)
    errors = run_props(graph, report)["errors"]
    assert any(e.startswith(f"source 'wire': {missing}") and "HTTP 404" in e for e in errors)
    assert any(e.startswith("source 'broken': ") and "not a valid RSS/Atom feed" in e for e in errors)
    assert any(e.startswith("source 'local': ") and "folder does not exist" in e for e in errors)
    assert sorted(r["key"] for r in graph.read("MATCH (d:Document) RETURN d.sourceKey AS key")) == sorted(good)


def test_disappeared_articles_are_kept_and_marked_unseen(empty_graph, site, tmp_path):
    graph = empty_graph
    urls = publish(site, sample_pages()[:3])
    sources = load_sources(sources_file(tmp_path, feed_source(site)))
    ingest_sources(sources, graph, trigger="test", progress=False)
    before = counts(graph)
    last_seen = {r["key"]: r["lastSeen"] for r in graph.read(
        "MATCH (d:Document) RETURN d.sourceKey AS key, d.lastSeen AS lastSeen")}

    site.add_feed("/feed.xml", urls[1:])            # the first article left the feed
    report = ingest_sources(sources, graph, trigger="test", progress=False)
    assert run_props(graph, report)["unseen"] == 1
    assert counts(graph) == before                   # kept, with its claims
    rows = {r["key"]: r for r in graph.read(
        "MATCH (d:Document) RETURN d.sourceKey AS key, d.seen AS seen, d.lastSeen AS lastSeen")}
    assert rows[urls[0]]["seen"] is False and rows[urls[0]]["lastSeen"] == last_seen[urls[0]]
    assert all(rows[u]["seen"] is True and rows[u]["lastSeen"] > last_seen[u] for u in urls[1:])

    # A feed that cannot be read says nothing about what left it: nothing more is marked.
    site.add("/feed.xml", "gone", status=503)
    report = ingest_sources(sources, graph, trigger="test", progress=False)
    assert run_props(graph, report)["unseen"] == 0
    assert graph.read("MATCH (d:Document) WHERE d.seen RETURN count(d) AS n")[0]["n"] == 2

    # Back in the feed: seen again.
    site.add_feed("/feed.xml", urls)
    ingest_sources(sources, graph, trigger="test", progress=False)
    assert graph.read("MATCH (d:Document) WHERE d.seen RETURN count(d) AS n")[0]["n"] == 3


# -- processes ---------------------------------------------------------------------------------


def test_killed_run_then_rerun_equals_one_clean_run(empty_graph, site, tmp_path):
    graph = empty_graph
    pages = sample_pages(pieces=3)
    publish(site, pages, delay=0.4)       # slow pages: the kill lands mid-run, deterministically
    path = sources_file(tmp_path, feed_source(site))
    env = cli_env(tmp_path)

    proc = subprocess.Popen(GEOKG + ["ingest", "--sources", str(path)], env=env, cwd=PROJECT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] >= 2,
                 timeout=120, what="the first documents of the run")
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    landed = graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    assert 2 <= landed < len(pages), "the run must have been killed in the middle"

    done = subprocess.run(GEOKG + ["ingest", "--sources", str(path)], env=env, cwd=PROJECT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    # the killed run is not left 'running' forever: the next run, holding the lock, closes it
    statuses = sorted(r["run"]["status"] for r in runs(graph))
    assert statuses == ["aborted", "finished"], statuses
    after_kill = counts(graph), checksum(graph)
    content_after_kill = graph_content(graph)

    empty_graph.write("MATCH (n) DETACH DELETE n")
    clean = subprocess.run(GEOKG + ["ingest", "--sources", str(path)], env=env, cwd=PROJECT,
                           capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    assert after_kill[0]["Document"] == len(pages)
    if checksum(graph) != after_kill[1]:
        clean_content = graph_content(graph)
        for part, rows in clean_content.items():  # show where they differ, not just that they do
            a = {json.dumps(r, sort_keys=True, default=str) for r in content_after_kill[part]}
            b = {json.dumps(r, sort_keys=True, default=str) for r in rows}
            assert a == b, f"{part}: only after kill+rerun: {sorted(a - b)[:3]}; only in a clean run: {sorted(b - a)[:3]}"
    assert (counts(graph), checksum(graph)) == after_kill


def test_scheduler_runs_now_then_on_every_tick_and_stops_cleanly(empty_graph, site, tmp_path):
    graph = empty_graph
    pages = sample_pages()
    urls = publish(site, pages[:-1])
    path = sources_file(tmp_path, feed_source(site))
    proc = subprocess.Popen(GEOKG + ["schedule", "--sources", str(path), "--every", "3s"],
                            env=cli_env(tmp_path), cwd=PROJECT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        finished = lambda n: (lambda: len([r for r in runs(graph) if r["run"]["status"] == "finished"]) >= n)
        wait_for(finished(1), timeout=120, what="the first scheduled run")
        first = runs(graph)[0]["run"]
        assert (first["trigger"], first["new"]) == ("schedule", len(urls))

        new_url = site.add(f"/articles/{len(urls)}.html", article_html(*pages[-1]))
        site.add_feed("/feed.xml", urls + [new_url])
        wait_for(lambda: any(r["run"]["new"] == 1 for r in runs(graph)), timeout=60,
                 what="a run that picks up the new item")
        picked = next(r["run"] for r in runs(graph) if r["run"]["new"] == 1)
        assert (picked["updated"], picked["unchanged"], picked["failed"]) == (0, len(urls), 0)
    finally:
        code, err = stop_process(proc)
    assert code == 0, err
    assert "scheduler stopped" in err


def test_sigterm_mid_run_finishes_the_current_article_and_exits_0(empty_graph, site, tmp_path):
    graph = empty_graph
    pages = sample_pages(pieces=3)
    publish(site, pages, delay=0.5)
    path = sources_file(tmp_path, feed_source(site))
    proc = subprocess.Popen(GEOKG + ["schedule", "--sources", str(path), "--every", "1h"],
                            env=cli_env(tmp_path), cwd=PROJECT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] >= 1,
                 timeout=120, what="the first document")
        proc.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, err = proc.communicate(timeout=60)   # one signal only: a second one means "stop now"
        code = proc.returncode
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, err
    assert time.monotonic() - started < 30
    [run] = [r["run"] for r in runs(graph)]
    assert run["status"] == "interrupted" and run["endedAt"]
    documents = graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    assert 1 <= documents < len(pages) and run["new"] == documents
    # every document that landed is whole: its claims point into its text
    assert graph.read("MATCH (c:Claim)-[:STATED_IN]->(d:Document) "
                      "WHERE substring(d.text, c.start, c.end - c.start) <> c.quote "
                      "RETURN count(c) AS n")[0]["n"] == 0


def test_sigterm_stops_a_one_shot_ingest_after_the_current_article(empty_graph, site, tmp_path):
    graph = empty_graph
    pages = sample_pages(pieces=3)
    publish(site, pages, delay=0.5)
    path = sources_file(tmp_path, feed_source(site))
    proc = subprocess.Popen(GEOKG + ["ingest", "--no-progress", "--sources", str(path)],
                            env=cli_env(tmp_path), cwd=PROJECT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] >= 1,
                 timeout=120, what="the first document")
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "interrupted" in out
    [run] = [r["run"] for r in runs(graph)]
    documents = graph.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    assert run["status"] == "interrupted" and 1 <= documents < len(pages) and run["new"] == documents


def test_two_schedulers_never_ingest_at_once(empty_graph, site, tmp_path):
    graph = empty_graph
    publish(site, sample_pages(pieces=2), delay=0.2)   # each run takes a few seconds
    path = sources_file(tmp_path, feed_source(site))
    env = cli_env(tmp_path)                            # one GEOKG_HOME: one lock
    procs = [subprocess.Popen(GEOKG + ["schedule", "--sources", str(path), "--every", "2s"],
                              env=env, cwd=PROJECT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        wait_for(lambda: len([r for r in runs(graph) if r["run"].get("endedAt")]) >= 3,
                 timeout=180, what="three finished runs")
    finally:
        results = [stop_process(p) for p in procs]
    assert [code for code, _ in results] == [0, 0], results
    intervals = sorted((r["run"]["startedAt"], r["run"].get("endedAt") or "9999")
                       for r in runs(graph))
    for (_, end), (start, _) in zip(intervals, intervals[1:]):
        assert end <= start, f"two runs overlapped: {intervals}"
    assert any("another ingest is running, skipping" in err for _, err in results)
