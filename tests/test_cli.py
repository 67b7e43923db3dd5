"""``geokg ingest`` and ``geokg query`` end to end: real command, real Neo4j, exact output."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geokg.cli import main
from ingest.load import load_extraction
from test_load import V1, build

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def geokg(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def small_graph(empty_graph):
    load_extraction(empty_graph, build("/news/a.txt", V1, publisher="Test Wire"))
    return empty_graph


# -- ingest --------------------------------------------------------------------------------------

def test_ingest_reports_new_failed_then_unchanged(empty_graph, tmp_path):
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[0], tmp_path / "good.txt")
    (tmp_path / "empty.md").write_bytes(b"")

    first = geokg("ingest", "--no-progress", str(tmp_path))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == ("ingest finished with 1 failed document: "
                                    "1 new, 0 updated, 0 unchanged, 1 failed (2 documents)")
    assert first.stderr.strip() == f"failed: {tmp_path / 'empty.md'}: empty file"

    second = geokg("ingest", "--no-progress", str(tmp_path / "good.txt"))
    assert second.exit_code == 0
    assert second.stdout.strip() == "ingest finished: 0 new, 0 updated, 1 unchanged, 0 failed (1 document)"
    assert second.stderr == ""
    runs = empty_graph.read("MATCH (r:IngestRun) RETURN r.trigger AS trigger, r.sources AS sources ORDER BY r.startedAt")
    assert runs == [{"trigger": "cli", "sources": [str(tmp_path)]},
                    {"trigger": "cli", "sources": [str(tmp_path / "good.txt")]}]


def test_ingest_without_a_database_is_one_line_and_exit_code_1(neo4j_server, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Some article.", encoding="utf-8")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")       # nothing listens there
    monkeypatch.setenv("GEOKG_DB_ATTEMPTS", "1")                 # no retries with backoff
    result = geokg("ingest", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("geokg: error: Neo4j is not reachable at bolt://127.0.0.1:9")
    assert result.stderr.count("\n") == 1


def test_ingest_needs_a_path():
    result = geokg("ingest")
    assert result.exit_code == 2 and "give at least one file or folder" in result.stderr


# -- query ---------------------------------------------------------------------------------------

def test_query_prints_an_aligned_table(small_graph):
    result = geokg("query", "MATCH (e:Actor) RETURN e.name AS name, e.type AS type, "
                            "COUNT { (e)<-[:MENTIONS]-() } AS articles ORDER BY name")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "name                             type     articles\n"
        "-------------------------------  -------  --------\n"
        "Islamic State Khorasan Province  Group           1\n"
        "Joe Biden                        Person          1\n"
        "Taliban                          Group           1\n"
        "United States                    Country         1\n"
        "(4 rows)\n")


def test_query_json_and_params(small_graph):
    result = geokg("query", "--json", "-p", "kind=Group", "-p", "min=0", "-p", 'ids=["taliban","nobody"]',
                   "MATCH (e:Entity {type: $kind}) WHERE e.id IN $ids AND size(e.aliases) > $min "
                   "RETURN e.id AS id, e.aliases AS aliases, $min + 1 AS one")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"id": "taliban", "aliases": ["Taliban"], "one": 1}]


def test_query_limit_says_rows_were_left_out(small_graph):
    result = geokg("query", "--limit", "2", "MATCH (e:Entity) RETURN e.id AS id ORDER BY id")
    assert result.stdout.splitlines()[2:] == ["iskp", "joe_biden", "(2 rows, more not shown (--limit 2))"]


def test_query_runs_saved_queries_by_name_or_file(small_graph):
    by_name = geokg("query", "--file", "claims_between", "-p", "actor=Washington", "-p", "other=taliban", "--json")
    assert by_name.exit_code == 0, by_name.stderr
    rows = json.loads(by_name.stdout)
    assert [(r["subject"], r["relation"], r["object"]) for r in rows] == [("United States", "NEGOTIATES_WITH", "Taliban")]
    assert rows[0]["quote"] == "Washington held talks with the Taliban, officials said."
    numeric_text = geokg("query", "--file", "allies_of", "-p", "actor=2024", "--json")
    assert numeric_text.exit_code == 0 and json.loads(numeric_text.stdout) == []
    by_path = geokg("query", "--file", str(Path("cypher/analyst/most_mentioned.cypher").resolve()), "-p", "type=Group")
    assert by_path.exit_code == 0, by_path.stderr
    assert [line.split("  ")[0] for line in by_path.stdout.splitlines()[2:4]] == ["Islamic State Khorasan Province", "Taliban"]


def test_query_refuses_writes_in_one_line(small_graph):
    result = geokg("query", "MATCH (e:Entity) DETACH DELETE e")
    assert result.exit_code == 1
    assert result.stderr.startswith("geokg: error: this query writes to the graph but only reads are allowed")
    assert result.stderr.count("\n") == 1
    assert small_graph.read("MATCH (e:Entity) RETURN count(e) AS n") == [{"n": 5}]


def test_query_errors_are_one_line(small_graph):
    syntax = geokg("query", "MATCH (n RETURN n")
    assert syntax.exit_code == 1 and syntax.stderr.startswith("geokg: error: ") and syntax.stderr.count("\n") == 1
    unknown = geokg("query", "--file", "no_such_query")
    assert unknown.exit_code == 1 and "no query file 'no_such_query'" in unknown.stderr
    wrong_param = geokg("query", "--file", "allies_of", "-p", "actr=Biden")
    assert wrong_param.exit_code == 1 and "has no parameter actr" in wrong_param.stderr
    both = geokg("query", "RETURN 1", "--file", "allies_of")
    assert both.exit_code == 2


def test_query_list_shows_saved_queries_with_params():
    result = geokg("query", "--list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    allies = lines.index(next(line for line in lines if line.startswith("allies_of: ")))
    assert "cooperative claims" in lines[allies]
    assert lines[allies + 1].strip().startswith("--param actor=<string>")
    assert any(line.startswith("shortest_path: ") for line in lines)
