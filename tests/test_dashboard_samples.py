"""Every dashboard page on the five sample articles, ingested by the real pipeline (clean ->
extract -> resolve -> load) into the test Neo4j: what a newcomer sees after ./setup.sh."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from geokg.graph import Graph
from ingest.pipeline import run_ingest
from ingest.read import read_paths
from test_dashboard import app, network_data, ok

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = ["evidence", "actor", "contested", "articles", "console", "ingest"]


@pytest.fixture(scope="module")
def samples(neo4j_server):
    graph = Graph.connect()
    graph.write("MATCH (n) DETACH DELETE n")
    report = run_ingest(read_paths([SAMPLES]), graph, progress=False)
    assert (report.new, report.failed) == (5, 0)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield graph
    graph.close()
    st.cache_data.clear()
    st.cache_resource.clear()


def test_network_of_the_samples_has_the_main_actors_and_traceable_edges(samples):
    nodes, edges = network_data(ok(app()))
    labels = {n["label"] for n in nodes}
    # the actors every one of these articles is about
    assert {"Taliban", "United States", "Pakistan"} <= labels
    texts = {r["id"]: r["text"] for r in samples.read("MATCH (d:Document) RETURN d.id AS id, d.text AS text")}
    evidence = [c for e in edges for c in e["evidence"]]
    assert evidence, "no edge carries evidence"
    # every quote on screen is the article's own text (traceable to the sentence it came from)
    titles = {r["title"] for r in samples.read("MATCH (d:Document) RETURN d.title AS title")}
    assert all(c["quote"] and c["title"] in titles for c in evidence)
    assert all(any(c["quote"] in t for t in texts.values()) for c in evidence)


def test_taliban_and_united_states_are_linked_both_ways(samples):
    _, edges = network_data(ok(app()))
    ids = {n for e in edges for n in (e["from"], e["to"])}
    rows = samples.read("MATCH (e:Entity) WHERE e.name IN ['Taliban', 'United States'] "
                        "RETURN e.name AS name, e.id AS id")
    taliban, us = (next(r["id"] for r in rows if r["name"] == n) for n in ("Taliban", "United States"))
    pair = [e for e in edges if {e["from"], e["to"]} == {taliban, us}]
    assert {taliban, us} <= ids
    # the samples describe them as former enemies cooperating against ISIS-K: both colours show
    assert {e["id"].rsplit("|", 1)[1] for e in pair} >= {"cooperative", "hostile"}


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_the_samples_without_errors(samples, page):
    at = ok(app(page))
    assert at.title, f"{page}: no title"


def test_ingest_status_shows_the_sample_run(samples):
    at = ok(app("ingest"))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Status"] == "finished"
    assert metrics["New / updated"] == "5 / 0"
