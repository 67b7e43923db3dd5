"""The dashboard's one door to Neo4j: every page reads the graph through the functions here.

Each function runs a ``cypher/views/*.cypher`` statement through ``Graph.read_named`` (a READ
transaction: Neo4j itself refuses writes) and returns plain Python or pandas. Results are cached
per statement and parameters for ``CACHE_TTL`` seconds, so moving between pages and widgets does
not hit the database again; the connection is one ``Graph`` per server process.
"""
from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd
import streamlit as st

import cypher
from dashboard import network
from geokg.graph import Graph
from ingest.records import READERS, reader_of

CACHE_TTL = 60                      # seconds a view's rows are reused
CONSOLE_TIMEOUT = 20.0              # seconds a console query may run
CONSOLE_ROW_CAP = 1000              # rows a console query may return


@st.cache_resource(show_spinner=False)
def graph() -> Graph:
    """The connection, shared by every session. Raises DatabaseUnavailable/AuthError (one line)."""
    # The schema is applied by whoever writes (ingest); the dashboard only reads.
    return Graph.connect(apply_schema=False)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False)
def rows(name: str, **params: Any) -> list[dict]:
    """Rows of the view ``cypher/<name>.cypher`` with ``params``; cached by name and params."""
    # read(), not read_named(): a view's own $limit must not be taken for the driver's row cap.
    return list(graph().read(cypher.load(name), params))


def frame(name: str, columns: list[str] | None = None, **params: Any) -> pd.DataFrame:
    result = rows(name, **params)
    if not result and columns:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(result)


def clear_cache() -> None:
    rows.clear()
    network_view.clear()


# -- overview and filter choices ---------------------------------------------------------------

def overview() -> dict:
    (row,) = rows("views/filter_options") or [{}]
    return {"publishers": sorted(p for p in row.get("publishers") or []),
            "first_date": row.get("first_date"), "last_date": row.get("last_date"),
            "documents": row.get("documents") or 0, "entities": row.get("entities") or 0,
            "claims": row.get("claims") or 0, "types": sorted(row.get("types") or []),
            "readers": [r for r in READERS if r in {reader_of(x) for x in row.get("extractors") or [None]}]}


def actors() -> pd.DataFrame:
    return frame("views/list_actors", ["id", "name", "type", "articles", "claims"])


def documents(limit: int = 500) -> pd.DataFrame:
    return frame("views/list_documents", ["id", "title", "publisher", "published", "claims", "actors"],
                 limit=limit)


# -- network -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class NetworkFilters:
    """What the Network page's sidebar asks for. ``None`` means "no restriction"."""

    polarities: tuple[str, ...] | None = None
    relations: tuple[str, ...] | None = None
    certainties: tuple[str, ...] | None = None
    types: tuple[str, ...] | None = None
    publishers: tuple[str, ...] | None = None
    documents: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_articles: int = 1
    focus: str | None = None
    depth: int = 1
    top_n: int = network.DEFAULT_TOP_N
    readers: tuple[str, ...] | None = None      # "rules", "model", "llm" (ingest.records.READERS)

    def query_params(self) -> dict[str, Any]:
        d = asdict(self)
        out = {k: (list(d[k]) if d[k] is not None else None)
               for k in ("polarities", "relations", "certainties", "types", "publishers", "documents")}
        out.update(date_from=self.date_from, date_to=self.date_to,
                   readers=None if self.readers is None else [READERS[r] for r in self.readers])
        return out


@dataclass(frozen=True)
class NetworkView:
    html: str
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    candidate_edges: int
    node_names: tuple[str, ...]
    seconds: float


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=64)
def network_view(filters: NetworkFilters, height: int = 640) -> NetworkView:
    """The network for ``filters``, cached per filters."""
    return build_network_view(graph(), filters, height)


def build_network_view(g: Graph, filters: NetworkFilters, height: int = 640) -> NetworkView:
    """Query, select (min evidence, focus, top N) and render the network for ``filters``."""
    t0 = time.perf_counter()
    params = filters.query_params()
    # raw records: their values are already plain lists and strings, converting them costs more
    # than the query on a big graph
    edge_rows = g.read_named("views/network_edges", raw=True, **params)
    edges, entities = network.aggregate(edge_rows)
    selection = network.select(edges, entities, min_articles=filters.min_articles,
                               focus=filters.focus, depth=filters.depth, top_n=filters.top_n)
    mentions: dict[str, int] = {}
    evidence: dict[str, dict] = {}
    if selection.nodes:
        for r in g.read_named("views/mention_counts", ids=list(selection.nodes),
                              publishers=params["publishers"], documents=params["documents"],
                              date_from=params["date_from"], date_to=params["date_to"]):
            mentions[r["id"]] = r["mentions"]
        for r in g.read_named("views/claims_by_id", ids=network.evidence_ids(selection)):
            evidence[r["id"]] = {**r, "reader": reader_of(r["extractor"])}
    html = network.render(selection, mentions, evidence, height=height)
    return NetworkView(html=html, nodes=len(selection.nodes), edges=len(selection.edges),
                       total_nodes=selection.total_nodes, total_edges=selection.total_edges,
                       candidate_edges=selection.candidate_edges,
                       node_names=tuple(sorted(n["name"] for n in selection.nodes.values())),
                       seconds=time.perf_counter() - t0)


# -- actors, pairs, articles, runs -------------------------------------------------------------

def actor(actor_id: str) -> dict | None:
    found = rows("views/get_actor", id=actor_id)
    return found[0] if found else None


def actor_claims(actor_id: str, other: str | None = None, limit: int = 2000) -> pd.DataFrame:
    return frame("views/actor_claims", CLAIM_COLUMNS, id=actor_id, other=other, limit=limit)


CLAIM_COLUMNS = ["id", "subject", "subject_name", "relation", "polarity", "object", "object_name",
                 "certainty", "source", "quote", "date", "document", "title", "publisher", "published",
                 "extractor"]


def counterparts(actor_id: str) -> pd.DataFrame:
    return frame("views/actor_counterparts", ["id", "name", "type", "polarity", "articles", "claims",
                                              "relations", "latest"], id=actor_id)


def mentions_by_date(actor_id: str) -> pd.DataFrame:
    return frame("views/actor_mentions_by_date", ["date", "mentions", "articles"], id=actor_id)


def actor_documents(actor_id: str) -> pd.DataFrame:
    return frame("views/actor_documents", ["id", "title", "publisher", "published", "mentions", "claims"],
                 id=actor_id)


def contested_pairs(limit: int = 200) -> pd.DataFrame:
    return frame("views/contested_pairs", ["a", "a_name", "a_type", "b", "b_name", "b_type", "cooperative",
                                           "hostile", "articles", "publishers"], limit=limit)


def disputed_pairs(limit: int = 200) -> pd.DataFrame:
    return frame("views/disputed_claims", ["a", "a_name", "b", "b_name", "cooperative_voices",
                                           "hostile_voices", "mixed_voices"], limit=limit)


def pair_stances(a: str, b: str) -> pd.DataFrame:
    return frame("views/pair_stances", ["id", "subject_name", "relation", "polarity", "object_name",
                                        "certainty", "source", "quote", "date", "document", "title",
                                        "publisher", "published", "extractor"], a=a, b=b)


def document(document_id: str) -> dict | None:
    found = rows("views/get_document", id=document_id)
    return found[0] if found else None


def document_mentions(document_id: str) -> list[dict]:
    return rows("views/document_mentions", id=document_id)


def document_claims(document_id: str) -> pd.DataFrame:
    return frame("views/document_claims", ["id", "subject", "subject_name", "relation", "polarity", "object",
                                           "object_name", "certainty", "source", "quote", "date",
                                           "start", "end", "extractor"], id=document_id)


_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')


def lucene_terms(text: str) -> str:
    """User words as a Lucene query that matches them all, special characters escaped."""
    words = [_LUCENE_SPECIAL.sub(r"\\\1", w) for w in text.split()]
    words = [w for w in words if w.upper() not in ("AND", "OR", "NOT")]
    return " AND ".join(words)


def search_documents(text: str, limit: int = 100) -> pd.DataFrame:
    query = lucene_terms(text)
    columns = ["id", "title", "publisher", "published", "claims", "actors", "score"]
    if not query:
        return pd.DataFrame(columns=columns)
    return frame("views/search_documents", columns, query=query, limit=limit)


def ingest_runs(limit: int = 50) -> pd.DataFrame:
    return frame("views/ingest_runs", ["id", "started", "ended", "status", "trigger", "new", "updated",
                                       "unchanged", "failed", "unseen", "errors"], limit=limit)


# -- the analyst console -----------------------------------------------------------------------

@dataclass(frozen=True)
class ConsoleResult:
    columns: list[str]
    rows: list[dict]            # plain values (nodes/relationships as dicts)
    truncated: bool
    seconds: float
    graph_nodes: dict[str, dict]     # element id -> {labels, props}
    graph_edges: list[dict]          # {id, type, start, end, props}


def run_console(query: str, params: dict[str, Any] | None = None, *,
                timeout: float = CONSOLE_TIMEOUT, limit: int = CONSOLE_ROW_CAP) -> ConsoleResult:
    """Run an analyst's query read-only, with a time limit and a row cap (never cached)."""
    import neo4j
    from geokg.graph import to_python

    t0 = time.perf_counter()
    records = graph().read(query, params or {}, timeout=timeout, limit=limit, raw=True)
    seconds = time.perf_counter() - t0
    nodes: dict[str, dict] = {}
    rels: dict[str, dict] = {}

    def collect(value: Any) -> None:
        if isinstance(value, neo4j.graph.Node):
            nodes.setdefault(value.element_id, {"labels": sorted(value.labels), "props": dict(value)})
        elif isinstance(value, neo4j.graph.Relationship):
            for n in (value.start_node, value.end_node):
                if n is not None:
                    collect(n)
            rels.setdefault(value.element_id, {
                "id": value.element_id, "type": value.type,
                "start": value.start_node.element_id if value.start_node is not None else None,
                "end": value.end_node.element_id if value.end_node is not None else None,
                "props": dict(value)})
        elif isinstance(value, neo4j.graph.Path):
            for n in value.nodes:
                collect(n)
            for r in value.relationships:
                collect(r)
        elif isinstance(value, (list, tuple)):
            for v in value:
                collect(v)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)

    columns: list[str] = list(records[0].keys()) if records else []
    out = []
    for record in records:
        for value in record.values():
            collect(value)
        out.append(to_python(record))
    edges = [r for r in rels.values() if r["start"] in nodes and r["end"] in nodes]
    return ConsoleResult(columns=columns, rows=out, truncated=bool(getattr(records, "truncated", False)),
                         seconds=seconds, graph_nodes=nodes, graph_edges=edges)


def saved_queries() -> list[cypher.SavedQuery]:
    return cypher.saved_queries()
