"""``Graph``: the one door to Neo4j. Everything else in geokg goes through it.

    with Graph.connect() as graph:              # verifies the connection, applies the schema
        rows = graph.read_named("views/overview", limit=50)
        graph.write_transaction(lambda tx: tx.run(cypher.load("write/merge_document"), row=row))

* Connection details come from ``Settings``: ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD`` when
  set (and ``NEO4J_DATABASE``, optional), else the local server of ``geokg db start`` with the
  password from ``Settings.password_file``.
* ``read`` runs in a READ transaction, so Neo4j itself refuses any write in it, with a timeout
  enforced by the server and an optional row cap. Rows come back as dicts of plain Python values:
  nodes become ``{"_id", "_labels", **properties}``, relationships
  ``{"_id", "_type", "_start", "_end", **properties}``, paths ``{"nodes": [...],
  "relationships": [...]}``, temporal values ``datetime``/``date``/``time`` (durations as ISO
  strings), points ``{"srid", "x", "y"[, "z"]}``. ``read(..., raw=True)`` returns the driver's
  ``neo4j.Record`` objects unchanged (``Node``/``Relationship``/``Path`` included) for views
  that draw the network.
* Driver errors become ``geokg.errors`` with one-line messages that say what to do.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Mapping, TypeVar

import neo4j
from neo4j import exceptions as nx
from neo4j import graph as ngraph
from neo4j import spatial as nspatial
from neo4j import time as ntime

import cypher
from geokg import server
from geokg.errors import DatabaseAuthError, DatabaseUnavailable, GeokgError, QueryError
from geokg.settings import Settings

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0


class Rows(list):
    """A list of row dicts; ``truncated`` is True when a ``limit`` cut off further rows."""

    truncated: bool = False


class Graph:
    """A connected Neo4j driver plus the few operations geokg needs. Use ``Graph.connect()``."""

    def __init__(self, driver: neo4j.Driver, *, uri: str, user: str, password_hint: str,
                 database: str | None = None, local: server.LocalServer | None = None):
        self._driver = driver
        self.uri = uri
        self.user = user
        self.database = database
        self._password_hint = password_hint
        self._local = local          # the managed local server, None for NEO4J_URI

    # -- life cycle ---------------------------------------------------------------------------
    @classmethod
    def connect(cls, settings: Settings | None = None, *, apply_schema: bool = True) -> "Graph":
        """Connect, check the server answers and accepts the credentials, apply the schema."""
        settings = settings or Settings.from_env()
        uri, user, password, source = server.connection(settings)
        local = None if settings.uses_external_server else server.LocalServer(settings)
        if local:
            hint = f"check {source} (or delete it together with {settings.home / 'neo4j' / 'data'})"
            if password is None and not local.running_pid():
                raise DatabaseUnavailable(f"Neo4j is not running at {uri} — start it with `geokg db start`")
        else:
            hint = "check NEO4J_PASSWORD" + ("" if password is not None else " (it is not set)")
        try:
            driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password or ""), connection_timeout=10.0,
                connection_acquisition_timeout=30.0, max_transaction_retry_time=15.0,
                # Server notifications ("property key does not exist" on a fresh graph...) are
                # logged by the driver as warnings and flooded the CLI and dashboard logs.
                notifications_min_severity="OFF", user_agent="geokg")
        except (nx.ConfigurationError, ValueError) as exc:
            raise DatabaseUnavailable(f"cannot use Neo4j URI {uri!r}: {exc}") from None
        graph = cls(driver, uri=uri, user=user, password_hint=hint,
                    database=os.environ.get("NEO4J_DATABASE") or None, local=local)
        try:
            graph._call(driver.verify_connectivity)
            if apply_schema:
                graph.apply_schema()
        except BaseException:
            driver.close()
            raise
        return graph

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Graph({self.uri!r}, user={self.user!r})"

    # -- schema -------------------------------------------------------------------------------
    def apply_schema(self) -> None:
        """Create every constraint and index of ``cypher/schema.cypher`` that is missing."""
        for statement in cypher.statements("schema"):
            try:
                self._call(lambda: self._run_autocommit(statement))
            except QueryError as exc:
                # Two processes creating the same index at once: the other one won, fine.
                if "already exists" not in str(exc) and "Equivalent" not in str(exc):
                    raise QueryError(f"cypher/schema.cypher: {exc}") from None
        self._call(lambda: self._run_autocommit("CALL db.awaitIndexes(120)"))

    def _run_autocommit(self, text: str) -> None:
        with self._session() as session:
            session.run(text).consume()

    # -- reading ------------------------------------------------------------------------------
    def read(self, query: str, params: Mapping[str, Any] | None = None, *,
             timeout: float | None = DEFAULT_TIMEOUT, limit: int | None = None,
             raw: bool = False) -> list:
        """Rows of a read-only query: a ``Rows`` list of plain dicts (or ``neo4j.Record`` with ``raw``).

        Runs in a READ transaction (a write is refused by Neo4j: ``QueryError``), aborted by the
        server after ``timeout`` seconds (``None``: the server's default). ``limit`` caps the rows
        fetched; the result's ``truncated`` tells whether more were there.
        """
        params = dict(params or {})

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction):
            result = tx.run(query, params)
            if limit is None:
                return list(result), False
            records = result.fetch(limit)
            more = result.peek() is not None
            return records, more

        records, more = self._call(lambda: self._execute(neo4j.READ_ACCESS, work), query, timeout)
        out = Rows(records if raw else (to_python(r) for r in records))
        out.truncated = more
        return out

    def read_named(self, name: str, *, timeout: float | None = DEFAULT_TIMEOUT,
                   limit: int | None = None, raw: bool = False, **params: Any) -> list:
        """``read`` of ``cypher/<name>.cypher`` (e.g. ``read_named("analyst/allies_of", actor=...)``)."""
        return self.read(_load(name), params, timeout=timeout, limit=limit, raw=raw)

    # -- writing ------------------------------------------------------------------------------
    def write(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict]:
        """Run one statement in its own write transaction (retried on transient errors)."""
        params = dict(params or {})
        return self.write_transaction(lambda tx: [to_python(r) for r in tx.run(query, params)])

    def write_named(self, name: str, **params: Any) -> list[dict]:
        return self.write(_load(name), params)

    def write_transaction(self, fn: Callable[[neo4j.ManagedTransaction], T]) -> T:
        """Run ``fn(tx)`` in one write transaction; the driver retries it on transient errors,
        so ``fn`` must not have side effects outside the database. Its return value is returned."""
        return self._call(lambda: self._execute(neo4j.WRITE_ACCESS, fn))

    # -- plumbing -----------------------------------------------------------------------------
    def _session(self, access_mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=access_mode)

    def _execute(self, access_mode: str, fn: Callable[[neo4j.ManagedTransaction], T]) -> T:
        with self._session(access_mode) as session:
            if access_mode == neo4j.READ_ACCESS:
                return session.execute_read(fn)
            return session.execute_write(fn)

    def _call(self, fn: Callable[[], T], query: str | None = None, timeout: float | None = None) -> T:
        try:
            return fn()
        except GeokgError:
            raise
        except nx.AuthError:
            raise DatabaseAuthError(f"Neo4j refused the credentials for user {self.user!r} at "
                                    f"{self.uri}; {self._password_hint}") from None
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.ConnectionAcquisitionTimeoutError,
                nx.IncompleteCommit) as exc:
            raise self._unavailable(exc) from None
        except nx.Neo4jError as exc:
            raise QueryError(_describe(exc, query, timeout)) from None
        except nx.DriverError as exc:
            if "closed" in str(exc).lower():
                raise QueryError(f"this connection to {self.uri} was closed; connect again") from None
            raise QueryError(f"{type(exc).__name__}: {_one_line(str(exc))}") from None

    def _unavailable(self, exc: Exception) -> DatabaseUnavailable:
        if self._local is not None:
            pid = self._local.running_pid()
            if pid:
                return DatabaseUnavailable(
                    f"Neo4j (pid {pid}) does not answer at {self.uri}: {_one_line(str(exc))[:160]}; it may "
                    f"still be starting or be overloaded — see {self._local.logs_dir / 'neo4j.log'}")
            return DatabaseUnavailable(f"Neo4j is not running at {self.uri} — start it with `geokg db start`")
        return DatabaseUnavailable(f"Neo4j is not reachable at {self.uri} (NEO4J_URI): "
                                   f"{_one_line(str(exc))[:200]}; check that server or unset NEO4J_URI "
                                   "to use the local one")


def _load(name: str) -> str:
    try:
        return cypher.load(name)
    except KeyError as exc:
        raise QueryError(str(exc.args[0])) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _describe(exc: nx.Neo4jError, query: str | None, timeout: float | None) -> str:
    code = exc.code or ""
    message = _one_line(exc.message or str(exc))
    if "TransactionTimedOut" in code or "TransactionTimedOut" in message:
        limit = f" of {timeout:g} s" if timeout else ""
        return f"the query ran past its time limit{limit} and was stopped; narrow it down or add a LIMIT"
    if code.endswith("AccessMode") or "read access mode" in message.lower():
        return f"this query writes to the graph but only reads are allowed here ({message})"
    snippet = f" in: {_one_line(query)[:120]}" if query else ""
    return f"{message} [{code.rsplit('.', 1)[-1] or type(exc).__name__}]{snippet}"


# -- values ------------------------------------------------------------------------------------

def to_python(value: Any) -> Any:
    """Plain Python for a driver value (see the module docstring for the shapes)."""
    if isinstance(value, neo4j.Record):
        return {k: to_python(v) for k, v in value.items()}
    if isinstance(value, ngraph.Node):
        return {"_id": value.element_id, "_labels": sorted(value.labels),
                **{k: to_python(v) for k, v in value.items()}}
    if isinstance(value, ngraph.Relationship):
        return {"_id": value.element_id, "_type": value.type,
                "_start": value.start_node.element_id if value.start_node is not None else None,
                "_end": value.end_node.element_id if value.end_node is not None else None,
                **{k: to_python(v) for k, v in value.items()}}
    if isinstance(value, ngraph.Path):
        return {"nodes": [to_python(n) for n in value.nodes],
                "relationships": [to_python(r) for r in value.relationships]}
    if isinstance(value, (ntime.DateTime, ntime.Date, ntime.Time)):
        return value.to_native()
    if isinstance(value, ntime.Duration):
        return value.iso_format()
    if isinstance(value, nspatial.Point):
        keys = ("x", "y", "z")
        return {"srid": value.srid, **{k: float(c) for k, c in zip(keys, value)}}
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_python(v) for v in value]
    return value


def connect(settings: Settings | None = None) -> Graph:
    """Shorthand for ``Graph.connect``."""
    return Graph.connect(settings)


__all__: Iterable[str] = ["Graph", "Rows", "to_python", "connect"]
