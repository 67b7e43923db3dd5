"""Every dashboard page through Streamlit's AppTest, against the real test Neo4j loaded with the
hand-built corpus of ``tests/e2e/corpus.py`` (five articles, four publishers, 2021-2023)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from e2e.corpus import ARTICLES, KNOWN_QUOTE, MODEL_QUOTE, US_TALIBAN_COOPERATIVE_ARTICLES, \
    US_TALIBAN_COOPERATIVE_CLAIMS, extraction, load_corpus
from geokg.graph import Graph

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")


def _fresh_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def corpus(neo4j_server):
    graph = Graph.connect()
    graph.write("MATCH (n) DETACH DELETE n")
    load_corpus(graph)
    _fresh_caches()
    yield graph
    graph.close()
    _fresh_caches()


def app(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    if page:
        at.switch_page(f"views/{page}.py")
    return at.run()


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


# Only selectable tables are widgets with keys in AppTest; the others are found by position.


def network_data(at: AppTest) -> tuple[list[dict], list[dict]]:
    """The nodes and edges the network HTML hands to vis-network."""
    (frame,) = [e for e in at.main if getattr(e, "type", None) == "iframe"]
    html = frame.proto.srcdoc
    nodes, edges = re.findall(r"new vis\.DataSet\((.*?)\);\n", html)
    return json.loads(nodes), json.loads(edges)


# -- network -----------------------------------------------------------------------------------

def test_network_shows_actors_edges_and_evidence(corpus):
    at = ok(app())
    assert at.title[0].value == "Network"
    nodes, edges = network_data(at)
    labels = {n["label"] for n in nodes}
    assert {"United States", "Taliban", "ISIS-K", "Pakistan", "Kabul", "NATO"} <= labels
    assert "Zalmay Khalilzad" not in labels      # only ever quoted, never a party to a claim
    by_id = {e["id"]: e for e in edges}
    coop = by_id["taliban|us|cooperative"]
    assert coop["articles"] == US_TALIBAN_COOPERATIVE_ARTICLES      # distinct articles, not sentences
    assert coop["claimCount"] == US_TALIBAN_COOPERATIVE_CLAIMS
    assert coop["value"] == US_TALIBAN_COOPERATIVE_ARTICLES
    assert coop["color"]["color"] == "#2E9E5B"
    assert by_id["taliban|us|hostile"]["color"]["color"] == "#D64545"
    assert any(c["quote"].startswith(KNOWN_QUOTE) and c["source"] == "Zalmay Khalilzad"
               and c["publisher"] == "Reuters" and c["published"] == "2021-08-16"
               for c in coop["evidence"])
    assert "negotiates with" in coop["title"]          # the tooltip's relation breakdown
    structural = by_id["kabul|taliban|structural"]
    assert structural["dashes"] is True
    # Node size follows mentions: the Taliban is mentioned more often than Qatar.
    size = {n["label"]: n["value"] for n in nodes}
    assert size["Taliban"] > size["Qatar"]


def test_network_html_loads_nothing_from_the_network(corpus):
    at = ok(app())
    (frame,) = [e for e in at.main if getattr(e, "type", None) == "iframe"]
    html = frame.proto.srcdoc
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=", html, flags=re.I)
    assert "cdn" not in html.lower().replace("cdnjs", "cdn") or "cdn.jsdelivr" not in html
    assert "bootstrap" not in html


@pytest.mark.parametrize("change, expect_nodes, missing", [
    (lambda at: at.pills(key="net_polarity").unselect("structural"), 10, {"Kabul", "NATO", "Nangarhar"}),
    (lambda at: at.pills(key="net_types").unselect("Location"), 11, {"Kabul", "Nangarhar"}),
    (lambda at: at.slider(key="net_min_articles").set_value(2), 2, {"Pakistan"}),
    (lambda at: at.multiselect(key="net_publishers").set_value(["The Guardian"]), 4, {"Pakistan", "Qatar"}),
    (lambda at: at.selectbox(key="net_focus").set_value("pakistan"), 3, {"United States"}),
])
def test_network_filters_change_the_result(corpus, change, expect_nodes, missing):
    at = app()
    change(at)
    ok(at.run())
    nodes, _ = network_data(at)
    labels = {n["label"] for n in nodes}
    assert len(nodes) == expect_nodes, sorted(labels)
    assert not labels & missing


def test_network_certainty_filter_drops_hypothetical_and_alleged(corpus):
    at = app()
    at.pills(key="net_certainty").set_value(["asserted"])
    ok(at.run())
    _, edges = network_data(at)
    by_id = {e["id"]: e for e in edges}
    assert by_id["taliban|us|cooperative"]["articles"] == 2          # the hypothetical one is gone
    assert "pakistan|taliban|cooperative" not in by_id                 # alleged support is gone


def test_network_tells_and_filters_what_the_learned_model_read(corpus):
    at = ok(app())
    _, edges = network_data(at)
    evidence = {c["quote"]: c for c in {e["id"]: e for e in edges}["taliban|us|cooperative"]["evidence"]}
    assert evidence[MODEL_QUOTE]["reader"] == "model"
    assert {c["reader"] for q, c in evidence.items() if q != MODEL_QUOTE} == {"rules"}
    # Leaving the model's claims out takes its one article off the US-Taliban cooperative line.
    at.pills(key="net_readers").set_value(["rules"])
    ok(at.run())
    _, edges = network_data(at)
    coop = {e["id"]: e for e in edges}["taliban|us|cooperative"]
    assert coop["articles"] == US_TALIBAN_COOPERATIVE_ARTICLES - 1
    assert MODEL_QUOTE not in {c["quote"] for c in coop["evidence"]}
    at.pills(key="net_readers").set_value(["model"])
    ok(at.run())
    nodes, edges = network_data(at)
    assert {n["label"] for n in nodes} == {"United States", "Taliban"}
    assert [e["claimCount"] for e in edges] == [1]


def test_network_date_range(corpus):
    import datetime as dt
    at = app()
    at.date_input(key="net_dates").set_value((dt.date(2021, 8, 16), dt.date(2021, 12, 31)))
    ok(at.run())
    nodes, _ = network_data(at)
    labels = {n["label"] for n in nodes}
    assert "Qatar" not in labels and "China" not in labels and "ISIS-K" in labels


def test_network_top_n_notice(corpus):
    at = app()
    at.select_slider(key="net_top_n").set_value(25)
    ok(at.run())
    view = at.session_state["network_view"]
    assert view.nodes == view.total_nodes == 13
    assert not at.info


def test_network_empty_result_says_so(corpus):
    at = app()
    at.slider(key="net_min_articles").set_value(10)
    ok(at.run())
    assert at.info and "No relations match" in at.info[0].value


# -- evidence, actor, contested ----------------------------------------------------------------

def test_evidence_for_a_pair(corpus):
    at = ok(app("evidence", actor="us", other="taliban"))
    table = at.dataframe(key="ev_table").value
    quotes = list(table["quote"])
    assert any(q.startswith(KNOWN_QUOTE) for q in quotes)
    assert len(table) == 5 and set(table["publisher"]) == {"Reuters", "Al Jazeera", "The Guardian", "TOLOnews"}
    assert set(table["source"]) >= {"Zalmay Khalilzad", "Joe Biden", "the article"}
    assert all(link.startswith("./articles?article=") for link in table["open"])
    assert dict(zip(table["quote"], table["read_by"]))[MODEL_QUOTE] == "learned model"
    assert set(table["read_by"]) == {"rules", "learned model"}
    at.pills(key="ev_readers").set_value(["rules"])
    ok(at.run())
    assert MODEL_QUOTE not in set(at.dataframe(key="ev_table").value["quote"])
    at.pills(key="ev_readers").set_value(["rules", "model"])
    at.pills(key="ev_certainty").set_value(["asserted"])
    ok(at.run())
    assert len(at.dataframe(key="ev_table").value) == 4


def test_actor_profile(corpus):
    at = ok(app("actor", actor="taliban"))
    assert at.title[0].value == "Taliban"
    allies = at.dataframe[0].value
    adversaries = at.dataframe[1].value
    assert allies.iloc[0]["name"] == "United States" and allies.iloc[0]["articles"] == 3
    assert {"ISIS-K", "Pakistan", "Afghanistan", "United States"} <= set(adversaries["name"])
    assert any("Q42418" in m.value for m in at.markdown)
    assert any("Islamic Emirate" in c.value for c in at.caption)
    docs = at.dataframe[2].value
    assert len(docs) == 5


def test_contested_pairs_side_by_side(corpus):
    at = ok(app("contested"))
    pairs = at.dataframe[0].value
    assert "Taliban — United States" in set(pairs["pair"])
    assert at.selectbox(key="contested_pair").value == "taliban|us"
    per_publisher = at.dataframe[1].value.set_index("publisher")
    assert per_publisher.loc["The Guardian", "portrayal"] == "hostile"
    assert per_publisher.loc["Reuters", "portrayal"] == "cooperative"
    text = " ".join(m.value for m in at.markdown)
    assert KNOWN_QUOTE in text and "opposes the Taliban's decision" in text
    assert sum("read by the learned model" in m.value for m in at.markdown) == 1
    disputed = at.dataframe[2].value
    assert "Taliban — United States" in set(disputed["pair"])


# -- articles, console, ingest -----------------------------------------------------------------

def test_articles_list_search_and_view(corpus):
    at = ok(app("articles"))
    assert len(at.dataframe(key="art_table").value) == 5
    at.text_input(key="art_search").set_value("Doha")
    ok(at.run())
    titles = set(at.dataframe(key="art_table").value["title"])
    assert titles == {"Taliban seize Kabul as the government collapses",
                      "Islamic Emirate and Washington hold talks in Doha"}
    at.text_input(key="art_search").set_value('"unbalanced (quote')      # Lucene syntax is escaped
    ok(at.run())
    assert at.info and "No article contains" in at.info[0].value


def test_article_view_highlights_and_escapes(corpus):
    doc_id = extraction(ARTICLES[0]).article.id
    at = ok(app("articles", article=doc_id))
    assert at.title[0].value == "Taliban seize Kabul as the government collapses"
    html = " ".join(h.proto.body for h in at.get("html"))
    assert html.count('data-entity="taliban"') == 4
    assert '<mark class="mention" data-entity="khalilzad"' in html
    claims = at.dataframe[1].value
    assert len(claims) == 4


def test_console_reads_and_refuses_writes(corpus):
    at = ok(app("console"))
    at.text_area(key="console_query").set_value(
        "MATCH (a:Actor {name: $name})<-[r:SUBJECT]-(c:Claim) RETURN a, r, c, c.relation AS relation")
    at.run()
    at.text_input(key="console_param_name").set_value("Taliban")
    at.button(key="console_run").click()
    ok(at.run())
    table = at.dataframe[0].value
    assert len(table) == 5 and "ATTACKS" in set(table["relation"])
    assert any(e.type == "iframe" for e in at.main if hasattr(e, "type")) or at.tabs

    at.text_area(key="console_query").set_value("MATCH (n:Actor) SET n.name = 'hacked' RETURN n")
    at.button(key="console_run").click()
    at.run()
    assert at.error and "read-only" in at.error[0].value
    assert corpus.read("MATCH (n {name: 'hacked'}) RETURN count(n) AS n")[0]["n"] == 0


def test_console_saved_queries_become_forms(corpus):
    at = ok(app("console"))
    box = at.selectbox(key="console_saved")
    assert len(box.options) > 0
    name = next(o for o in box.options if "allies" in o)
    box.set_value(name)
    ok(at.run())
    assert "$" in at.text_area(key="console_query").value
    assert at.text_input or at.number_input      # its parameters became fields


def test_console_row_cap(corpus):
    from dashboard import data
    result = data.run_console("UNWIND range(1, 5000) AS i RETURN i", limit=100)
    assert len(result.rows) == 100 and result.truncated


def test_ingest_status(corpus):
    at = ok(app("ingest"))
    runs = at.dataframe[0].value
    assert len(runs) == 1 and runs.iloc[0]["new"] == 5 and runs.iloc[0]["failed"] == 1
    errors = at.dataframe[1].value
    assert errors.iloc[0]["source"] == "/corpus/broken.html"
    assert "not UTF-8" in errors.iloc[0]["problem"]


# -- an empty graph: every page explains itself ------------------------------------------------

@pytest.mark.parametrize("page", [None, "evidence", "actor", "contested", "articles", "ingest"])
def test_empty_graph_pages_explain(empty_graph, page):
    _fresh_caches()
    try:
        at = ok(app(page))
        assert at.info, "an empty page must say what to do"
    finally:
        _fresh_caches()
