"""Fixtures shared by the whole suite: ONE real Neo4j per test run, started on demand.

* ``neo4j_server`` (session): a local Neo4j under a temporary ``GEOKG_HOME`` on a free Bolt port,
  started through ``geokg.server`` (the same code as ``geokg db start``) with the shared jar cache.
  It sets ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD`` in ``os.environ`` so CLI calls made by
  tests use it, and stops it (killing the JVM's process group if need be) when the run ends.
  Tests that never ask for it start nothing.
* ``graph``: a connected ``geokg.graph.Graph`` (schema applied), closed after the test.
* ``empty_graph``: the same with every node and relationship deleted first.

``GEOKG_TEST_NEO4J_URI`` (+ ``GEOKG_TEST_NEO4J_USER``/``GEOKG_TEST_NEO4J_PASSWORD``) points the
suite at an existing server instead (its data WILL be deleted by ``empty_graph``).
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from geokg import server as geokg_server
from geokg.graph import Graph
from geokg.settings import Settings


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    user: str
    password: str
    home: Path | None           # the temporary GEOKG_HOME (None for an external test server)
    start_seconds: float


_ENV_KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")


@pytest.fixture(scope="session")
def neo4j_server(request) -> Neo4jServer:
    saved = {k: os.environ.get(k) for k in _ENV_KEYS}
    if os.environ.get("GEOKG_TEST_NEO4J_URI"):
        info = Neo4jServer(os.environ["GEOKG_TEST_NEO4J_URI"],
                           os.environ.get("GEOKG_TEST_NEO4J_USER", "neo4j"),
                           os.environ.get("GEOKG_TEST_NEO4J_PASSWORD", ""), None, 0.0)
        local = None
    else:
        _sweep_abandoned_homes()
        home = Path(tempfile.mkdtemp(prefix=_HOME_PREFIX))
        (home / _OWNER_FILE).write_text(str(os.getpid()))
        env = {k: v for k, v in os.environ.items() if k not in _ENV_KEYS}
        env.update(GEOKG_HOME=str(home), GEOKG_BOLT_PORT=str(geokg_server.free_port()),
                   GEOKG_NEO4J_HEAP=os.environ.get("GEOKG_TEST_NEO4J_HEAP", "512m"),
                   GEOKG_NEO4J_PAGECACHE=os.environ.get("GEOKG_TEST_NEO4J_PAGECACHE", "64m"))
        local = geokg_server.LocalServer(Settings.from_env(env))

        def stop() -> None:
            try:
                local.stop(timeout=30)
            finally:
                shutil.rmtree(home, ignore_errors=True)

        # The finalizer covers failures and Ctrl-C; atexit covers a pytest that dies uglier.
        atexit.register(stop)
        try:
            result = local.start(extra_jvm_flags=geokg_server.FAST_START_JVM_FLAGS,
                                 extra_config=geokg_server.TEST_CONFIG, timeout=180,
                                 die_with_parent=True)
        except BaseException:
            stop()
            raise
        info = Neo4jServer(result.uri, geokg_server.USER, local.password() or "", home, result.seconds)
        request.config.stash[_START_KEY] = result.seconds

    os.environ.update(NEO4J_URI=info.uri, NEO4J_USER=info.user, NEO4J_PASSWORD=info.password)
    yield info
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    if local is not None:
        stop()
        atexit.unregister(stop)


_START_KEY = pytest.StashKey[float]()
_HOME_PREFIX = "geokg-test-home-"
_OWNER_FILE = "owner.pid"


def _sweep_abandoned_homes() -> None:
    """Stop servers and remove homes left by test runs that died without cleaning up (SIGKILL,
    power loss). Homes whose pytest still runs are left alone."""
    for home in Path(tempfile.gettempdir()).glob(_HOME_PREFIX + "*"):
        try:
            owner = int((home / _OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue
        if geokg_server._alive(owner):
            continue
        settings = Settings.from_env({"GEOKG_HOME": str(home)})
        try:
            geokg_server.LocalServer(settings).stop(timeout=15)
        finally:
            shutil.rmtree(home, ignore_errors=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    seconds = config.stash.get(_START_KEY, None)
    if seconds is not None:
        terminalreporter.write_line(f"geokg: test Neo4j started in {seconds:.1f} s")


@pytest.fixture()
def graph(neo4j_server) -> Graph:
    g = Graph.connect()
    try:
        yield g
    finally:
        g.close()


@pytest.fixture()
def empty_graph(graph) -> Graph:
    _delete_all(graph)
    return graph


def _delete_all(graph: Graph) -> None:
    # In batches, so a big graph left by an earlier test cannot exhaust transaction memory.
    while True:
        rows = graph.write("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted")
        if not rows or rows[0]["deleted"] == 0:
            return


# Modules whose sentences test the rules (claims.py, entities.py), and the LLM tests, which compare
# against the rules' own output: they run with the learned pair stage off, so that each asserts
# what the rules read. The default path (rules + learned) is tested by test_extract_learned,
# test_dev_set, test_battery and the end-to-end tests.
RULE_MODULES = frozenset({"test_extract_frontline", "test_extract_generalise",
                          "test_extract_heldout_rules", "test_extract_recall", "test_extract_wire",
                          "test_extract_llm"})


@pytest.fixture(autouse=True)
def _rules_alone_in_rule_tests(request, monkeypatch):
    if request.module.__name__.rpartition(".")[2] in RULE_MODULES:
        monkeypatch.setenv("GEOKG_LEARNED", "0")
