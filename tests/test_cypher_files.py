"""Every .cypher file compiles on the real server, is documented, and is used; analyst queries answer right."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import cypher
from ingest.load import load_extraction
from test_load import build

ROOT = Path(__file__).resolve().parent.parent
NAMES = [n for n in cypher.all_names() if n != "schema"]
CODE_DIRS = ("geokg", "ingest", "dashboard", "cypher", "bench")


def _python_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for d in CODE_DIRS for p in (ROOT / d).rglob("*.py"))


@pytest.mark.parametrize("name", NAMES)
def test_every_statement_compiles_on_the_server(graph, name):
    # EXPLAIN plans without running: a syntax error, an unknown function or procedure fails here.
    graph.write_transaction(lambda tx: tx.run("EXPLAIN " + cypher.load(name)).consume())


@pytest.mark.parametrize("name", NAMES)
def test_every_file_has_a_description_and_declares_its_params(name):
    saved = cypher.saved_query(name)
    assert saved.description, f"{name}.cypher has no '// description:' line"
    body = "\n".join(line for line in saved.text.splitlines() if not line.lstrip().startswith("//"))
    used = set(re.findall(r"\$(\w+)", body))
    declared = {p for p, _, _ in saved.params}
    assert used <= declared, f"{name}.cypher uses undeclared parameters {sorted(used - declared)}"


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith("analyst/")])
def test_every_file_is_used_by_the_code(name):
    # Analyst queries are offered by `geokg query --list` and the dashboard; the rest must be run.
    base = name.rsplit("/", 1)[-1]
    sources = _python_sources()
    assert re.search(rf"""["'/]{re.escape(base)}["']""", sources), f"cypher/{name}.cypher is never used"


def test_schema_makes_the_full_text_indexes_and_constraints(graph):
    indexes = {r["name"]: r for r in graph.read("SHOW INDEXES YIELD name, type, options")}
    assert indexes["entity_names"]["type"] == "FULLTEXT"
    assert indexes["document_text"]["type"] == "FULLTEXT"
    constraints = {r["name"] for r in graph.read("SHOW CONSTRAINTS YIELD name")}
    assert {"document_id", "document_source", "entity_id", "claim_id", "ingest_run_id"} <= constraints


# -- analyst queries on a small world written for the test ----------------------------------------

@pytest.fixture(scope="module")
def world(neo4j_server):
    from geokg.graph import Graph

    with Graph.connect() as g:
        g.write("MATCH (n) DETACH DELETE n")
        load_extraction(g, build("/news/wire.txt", [
            ("Washington held talks with the Taliban.", [("us", "Washington"), ("taliban", "Taliban")],
             [("us", "NEGOTIATES_WITH", "taliban")]),
            ("Pakistan supports the Taliban, Biden said.", [("pakistan", "Pakistan"), ("taliban", "Taliban"), ("biden", "Biden")],
             [("pakistan", "SUPPORTS", "taliban", "biden")]),
        ], publisher="Wire", title="Talks"))
        load_extraction(g, build("/news/paper.txt", [
            ("The Taliban attacked ISKP in Kabul.", [("taliban", "Taliban"), ("iskp", "ISKP"), ("kabul", "Kabul")],
             [("taliban", "ATTACKS", "iskp"), ("iskp", "OPERATES_IN", "kabul")]),
            ("Pakistan accused the Taliban of harbouring militants.", [("pakistan", "Pakistan"), ("taliban", "Taliban")],
             [("pakistan", "OPPOSES", "taliban")]),
        ], publisher="Paper", title="Clashes"))
        g.write("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()")
        yield g
        g.write("MATCH (n) DETACH DELETE n")


def ask(world, name, **params):
    saved = cypher.saved_query(f"analyst/{name}")
    values = {p: None for p, _, _ in saved.params} | params
    return world.read(saved.text, values)


def test_allies_and_adversaries(world):
    allies = ask(world, "allies_of", actor="taliban")
    assert [(r["ally"], r["relations"], r["hostile"]) for r in allies] == [
        ("Pakistan", ["←SUPPORTS"], 1), ("United States", ["NEGOTIATES_WITH"], 0)]
    adversaries = ask(world, "adversaries_of", actor="Taliban")
    assert [(r["adversary"], r["relations"], r["cooperative"]) for r in adversaries] == [
        ("Islamic State Khorasan Province", ["ATTACKS→"], 0), ("Pakistan", ["←OPPOSES"], 1)]


def test_actor_is_found_by_alias_case_insensitively(world):
    assert [r["ally"] for r in ask(world, "allies_of", actor="isLAMabad")] == ["Taliban"]


def test_contested_pairs_and_publisher_portrayal(world):
    contested = ask(world, "contested_pairs")
    assert [(r["actor"], r["other"], r["cooperative"], r["hostile"]) for r in contested] == [("Pakistan", "Taliban", 1, 1)]
    portrayal = {r["publisher"]: r for r in ask(world, "publisher_portrayal", actor="Pakistan", other="Taliban")}
    assert (portrayal["Wire"]["tone"], portrayal["Paper"]["tone"]) == (1.0, -1.0)
    assert ask(world, "publisher_portrayal", actor="Pakistan", other="nobody at all") == []


def test_shortest_path_walks_through_claims(world):
    steps = ask(world, "shortest_path", actor="United States", other="Kabul")
    assert [(s["subject"], s["relation"], s["object"]) for s in steps] == [
        ("United States", "NEGOTIATES_WITH", "Taliban"), ("Taliban", "ATTACKS", "Islamic State Khorasan Province"),
        ("Islamic State Khorasan Province", "OPERATES_IN", "Kabul")]


def test_attribution_queries(world):
    sources = ask(world, "who_attributes")
    assert [(r["source"], r["claims"], r["says"]) for r in sources] == [("Joe Biden", 1, ["Pakistan SUPPORTS Taliban"])]
    said = ask(world, "claims_attributed_to", source="Biden")
    assert [r["quote"] for r in said] == ["Pakistan supports the Taliban, Biden said."]


def test_search_mentions_and_since(world):
    found = ask(world, "actor_search", q="isla*")
    assert {r["id"] for r in found} >= {"iskp", "pakistan"}      # "Islamic State...", alias "Islamabad"
    top = ask(world, "most_mentioned", limit=1)
    assert (top[0]["name"], top[0]["articles"], top[0]["claims"]) == ("Taliban", 2, 4)
    assert len(ask(world, "claims_since", since="2024-01-01", polarity="hostile")) == 2
    assert ask(world, "claims_since", since="2030-01-01") == []
    assert [r["title"] for r in ask(world, "articles_mentioning", actor="Kabul")] == ["Clashes"]
    profile = {(r["role"], r["relation"]): r["claims"] for r in ask(world, "actor_profile", actor="pakistan")}
    assert profile == {("does", "SUPPORTS"): 1, ("does", "OPPOSES"): 1}
    assert ask(world, "orphan_entities") == []
