"""Graph against the real Neo4j of the test run: reads, writes, errors a user can act on."""
from __future__ import annotations

import datetime as dt

import pytest

from geokg.errors import DatabaseAuthError, DatabaseUnavailable, QueryError
from geokg.graph import Graph, to_python
from geokg.settings import Settings


def test_read_returns_plain_dicts(empty_graph):
    empty_graph.write("CREATE (:Entity {id: 'a', name: 'Alpha', aliases: ['A']})"
                      "-[:KNOWS {since: date('2024-01-02')}]->(:Entity {id: 'b', name: 'Beta'})")
    rows = empty_graph.read("MATCH (a:Entity {id: 'a'})-[r]->(b) RETURN a, r, b.name AS name, "
                            "r.since AS since ORDER BY name")
    assert len(rows) == 1
    row = rows[0]
    assert row["name"] == "Beta"
    assert row["since"] == dt.date(2024, 1, 2)
    assert row["a"]["name"] == "Alpha" and row["a"]["_labels"] == ["Entity"]
    assert row["a"]["aliases"] == ["A"]
    assert row["r"]["_type"] == "KNOWS" and row["r"]["_start"] == row["a"]["_id"]


def test_read_raw_keeps_driver_objects_for_the_network_view(empty_graph):
    empty_graph.write("CREATE p = (:Entity {id: 'a'})-[:KNOWS]->(:Entity {id: 'b'})")
    rows = empty_graph.read("MATCH p = (:Entity)-[:KNOWS]->(:Entity) RETURN p", raw=True)
    path = rows[0]["p"]
    assert [n["id"] for n in path.nodes] == ["a", "b"]
    plain = to_python(rows[0])
    assert [n["id"] for n in plain["p"]["nodes"]] == ["a", "b"]
    assert plain["p"]["relationships"][0]["_type"] == "KNOWS"


def test_read_refuses_a_write(empty_graph):
    with pytest.raises(QueryError, match="only reads"):
        empty_graph.read("CREATE (:Entity {id: 'sneaky'})")
    assert empty_graph.read("MATCH (n:Entity {id: 'sneaky'}) RETURN n") == []


def test_read_limit_caps_rows_and_says_so(graph):
    rows = graph.read("UNWIND range(1, 100) AS i RETURN i", limit=10)
    assert [r["i"] for r in rows] == list(range(1, 11))
    assert rows.truncated
    rows = graph.read("UNWIND range(1, 5) AS i RETURN i", limit=10)
    assert len(rows) == 5 and not rows.truncated


def test_read_timeout_stops_a_long_query(graph):
    with pytest.raises(QueryError, match="time limit"):
        # A cartesian count over 10^12 rows would run for hours.
        graph.read("UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)",
                   timeout=1.0)


def test_syntax_error_is_one_line_query_error(graph):
    with pytest.raises(QueryError) as info:
        graph.read("MATCH (n RETURN n")
    assert "\n" not in str(info.value)


def test_write_transaction_is_atomic(empty_graph):
    def half_then_fail(tx):
        tx.run("CREATE (:Entity {id: 'half'})")
        tx.run("RETURN 1/0")

    with pytest.raises(QueryError):
        empty_graph.write_transaction(half_then_fail)
    assert empty_graph.read("MATCH (n:Entity {id: 'half'}) RETURN n") == []

    made = empty_graph.write_transaction(
        lambda tx: tx.run("CREATE (e:Entity {id: 'whole'}) RETURN e.id AS id").single()["id"])
    assert made == "whole"


def test_schema_is_applied_and_idempotent(graph):
    graph.apply_schema()
    names = {r["name"] for r in graph.read("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"document_id", "entity_id", "claim_id"} <= names
    with pytest.raises(QueryError, match="already exists"):
        graph.write("CREATE (:Entity {id: 'dup'}) CREATE (:Entity {id: 'dup'})")


def test_wrong_password_is_a_clear_auth_error(neo4j_server):
    settings = Settings.from_env({"NEO4J_URI": neo4j_server.uri, "NEO4J_USER": "neo4j",
                                  "NEO4J_PASSWORD": "not-the-password"})
    with pytest.raises(DatabaseAuthError) as info:
        Graph.connect(settings)
    message = str(info.value)
    assert "refused the credentials for user 'neo4j'" in message and neo4j_server.uri in message
    assert "NEO4J_PASSWORD" in message and "\n" not in message


def test_unreachable_server_is_a_clear_error(neo4j_server):
    from geokg.server import free_port
    uri = f"bolt://127.0.0.1:{free_port()}"
    settings = Settings.from_env({"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"})
    with pytest.raises(DatabaseUnavailable, match=f"not reachable at {uri}"):
        Graph.connect(settings)


def test_local_server_not_started_says_how_to_start_it(tmp_path):
    from geokg.server import free_port
    settings = Settings.from_env({"GEOKG_HOME": str(tmp_path), "GEOKG_BOLT_PORT": str(free_port())})
    with pytest.raises(DatabaseUnavailable, match="start it with `geokg db start`"):
        Graph.connect(settings)


def test_named_statements_and_parameters(empty_graph):
    empty_graph.write("CREATE (:Entity {id: $id, name: $name})", {"id": "p1", "name": "Pi"})
    assert empty_graph.read("MATCH (e:Entity {id: $id}) RETURN e.name AS name", {"id": "p1"}) == [
        {"name": "Pi"}]
    with pytest.raises(QueryError, match="no Cypher file named 'views/does_not_exist'"):
        empty_graph.read_named("views/does_not_exist")


def test_closed_graph_cannot_be_used(neo4j_server):
    with Graph.connect() as graph:
        assert graph.read("RETURN 1 AS one") == [{"one": 1}]
    with pytest.raises(QueryError, match="was closed; connect again"):
        graph.read("RETURN 1 AS one")
