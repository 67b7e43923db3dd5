"""The loader against the real Neo4j: idempotent, replaces versions without orphans, all-or-nothing."""
from __future__ import annotations

import pytest

from geokg.errors import QueryError
from ingest.load import LoadError, extraction_rows, load_extraction
from ingest.records import Article, Claim, Entity, Extraction, Mention, content_hash

ENTITIES = {
    "biden": Entity("joe_biden", "Joe Biden", "Person", aliases=("Joe Biden", "Biden"), wikidata="Q6279", catalog=True),
    "us": Entity("united_states", "United States", "Country", aliases=("United States", "Washington"), catalog=True),
    "taliban": Entity("taliban", "Taliban", "Group", aliases=("Taliban",), catalog=True),
    "iskp": Entity("iskp", "Islamic State Khorasan Province", "Group", aliases=("ISKP", "ISIS-K")),
    "kabul": Entity("kabul", "Kabul", "Location", aliases=("Kabul",)),
    "pakistan": Entity("pakistan", "Pakistan", "Country", aliases=("Pakistan", "Islamabad"), catalog=True),
}


def build(source_key: str, sentences: list[tuple[str, list[tuple[str, str]], list[tuple]]],
          *, extractor: str = "geokg.rules.v1", title: str = "Test article",
          publisher: str = "Test Wire") -> Extraction:
    """An extraction written for a test: each sentence lists (entity key, surface) mentions (each
    surface must occur in the sentence) and claims (subject key, relation, object key[, source key]).
    """
    text, mentions, claims, used = "", [], [], []
    for sentence, mentioned, claimed in sentences:
        start = len(text)
        text += sentence + " "
        for key, surface in mentioned:
            offset = start + sentence.index(surface)
            mentions.append(Mention(ENTITIES[key].id, surface, offset, offset + len(surface)))
            used.append(key)
        for subject, relation, obj, *source in claimed:
            claims.append(Claim(ENTITIES[subject].id, relation, ENTITIES[obj].id,
                                attributed_to=ENTITIES[source[0]].id if source else None,
                                quote=sentence, start=start, end=start + len(sentence), extractor=extractor))
            used += [subject, obj] + source
    article = Article(id=content_hash(text), source_key=source_key, text=text.strip(), title=title,
                      publisher=publisher, published="2024-05-01", segments=((0, 0, len(text)),))
    entities = tuple(ENTITIES[k] for k in dict.fromkeys(used))
    return Extraction(article=article, entities=entities, mentions=tuple(mentions),
                      claims=tuple(claims), extractor=extractor)


V1 = [
    ("Biden vowed to strike ISIS-K after the attack in Kabul.",
     [("biden", "Biden"), ("iskp", "ISIS-K"), ("kabul", "Kabul")],
     [("biden", "THREATENS", "iskp"), ("iskp", "OPERATES_IN", "kabul")]),
    ("Washington held talks with the Taliban, officials said.",
     [("us", "Washington"), ("taliban", "Taliban")],
     [("us", "NEGOTIATES_WITH", "taliban")]),
]
V2 = [
    ("Joe Biden vowed to strike ISIS-K again.",
     [("biden", "Joe Biden"), ("iskp", "ISIS-K")],
     [("biden", "THREATENS", "iskp")]),
    ("Pakistan accused the Taliban of sheltering militants, Biden said.",
     [("pakistan", "Pakistan"), ("taliban", "Taliban"), ("biden", "Biden")],
     [("pakistan", "OPPOSES", "taliban", "biden")]),
]
OTHER = [
    ("The Taliban attacked ISKP hideouts.", [("taliban", "Taliban"), ("iskp", "ISKP")],
     [("taliban", "ATTACKS", "iskp")]),
]


def counts(graph) -> dict[str, int]:
    nodes = graph.read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    rels = graph.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    return {**{r["label"]: r["n"] for r in nodes}, **{r["type"]: r["n"] for r in rels}}


def snapshot(graph) -> list:
    """Every node and relationship with its properties, lastSeen left out, in a stable order."""
    nodes = graph.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = graph.read("MATCH (a)-[r]->(b) RETURN coalesce(a.id, '') + '-' + type(r) + '->' + coalesce(b.id, '') AS rel, "
                      "properties(r) AS props")
    out = [(":".join(sorted(n["labels"])), sorted((k, repr(v)) for k, v in n["props"].items() if k != "lastSeen"))
           for n in nodes]
    out += [(r["rel"], sorted((k, repr(v)) for k, v in r["props"].items())) for r in rels]
    return sorted(out)


def orphans(graph) -> int:
    import cypher
    return len(graph.read(cypher.load("analyst/orphan_entities")))


def test_first_load_writes_the_article_its_entities_mentions_and_claims(empty_graph):
    extraction = build("/news/a.txt", V1)
    assert load_extraction(empty_graph, extraction) == "new"

    doc = empty_graph.read("MATCH (d:Document) RETURN d {.*} AS d")[0]["d"]
    assert doc["id"] == extraction.article.id and doc["sourceKey"] == "/news/a.txt"
    assert doc["extractor"] == "geokg.rules.v1" and doc["seen"] is True
    assert doc["firstSeen"] == doc["lastSeen"]
    assert doc["text"].startswith("Biden vowed")

    labels = {r["id"]: sorted(r["labels"]) for r in empty_graph.read("MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels")}
    assert labels == {"joe_biden": ["Actor", "Entity", "Person"], "iskp": ["Actor", "Entity", "Group"],
                      "kabul": ["Entity", "Location"], "united_states": ["Actor", "Country", "Entity"],
                      "taliban": ["Actor", "Entity", "Group"]}

    mention = empty_graph.read("MATCH (:Document)-[m:MENTIONS]->(:Entity {id: 'united_states'}) RETURN m {.*} AS m")[0]["m"]
    start = extraction.article.text.index("Washington")
    assert mention == {"count": 1, "surfaces": ["Washington"], "starts": [start], "ends": [start + 10]}

    biden = empty_graph.read("MATCH (e:Entity {id: 'joe_biden'}) RETURN e {.*} AS e")[0]["e"]
    assert biden["aliases"] == ["Joe Biden", "Biden"] and biden["aliasText"] == "Joe Biden | Biden"
    assert biden["wikidata"] == "Q6279" and biden["catalog"] is True

    claims = empty_graph.read(
        "MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o), (c)-[:STATED_IN]->(d:Document) "
        "RETURN s.id AS s, c.relation AS rel, o.id AS o, c.polarity AS polarity, c.quote AS quote, "
        "c.start AS start, c.end AS end, c.id AS id ORDER BY start")
    assert [(c["s"], c["rel"], c["o"], c["polarity"]) for c in claims] == [
        ("joe_biden", "THREATENS", "iskp", "hostile"), ("iskp", "OPERATES_IN", "kabul", "structural"),
        ("united_states", "NEGOTIATES_WITH", "taliban", "cooperative")]
    for c in claims:
        assert extraction.article.text[c["start"]:c["end"]] == c["quote"]
    assert claims[0]["id"] == extraction.claims[0].id_in(extraction.article.id)


def test_loading_the_same_article_again_changes_nothing_but_last_seen(empty_graph):
    extraction = build("/news/a.txt", V1)
    load_extraction(empty_graph, extraction, now="2024-01-01T00:00:00.000Z")
    before_counts, before = counts(empty_graph), snapshot(empty_graph)

    assert load_extraction(empty_graph, extraction, now="2024-02-01T00:00:00.000Z") == "unchanged"

    assert counts(empty_graph) == before_counts
    assert snapshot(empty_graph) == before
    doc = empty_graph.read("MATCH (d:Document) RETURN d.firstSeen AS first, d.lastSeen AS last")[0]
    assert doc == {"first": "2024-01-01T00:00:00.000Z", "last": "2024-02-01T00:00:00.000Z"}


def test_a_changed_article_replaces_its_claims_and_mentions_and_leaves_no_orphans(empty_graph):
    load_extraction(empty_graph, build("/news/other.txt", OTHER))
    load_extraction(empty_graph, build("/news/a.txt", V1), now="2024-01-01T00:00:00.000Z")
    v2 = build("/news/a.txt", V2)

    assert load_extraction(empty_graph, v2, now="2024-03-01T00:00:00.000Z") == "updated"

    docs = empty_graph.read("MATCH (d:Document) RETURN d.sourceKey AS key, d.id AS id, d.firstSeen AS first ORDER BY key")
    assert [d["key"] for d in docs] == ["/news/a.txt", "/news/other.txt"]
    assert docs[0]["id"] == v2.article.id
    assert docs[0]["first"] == "2024-01-01T00:00:00.000Z"        # the article was first seen with v1
    claims = empty_graph.read(
        "MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o), (c)-[:STATED_IN]->(d:Document {sourceKey: '/news/a.txt'}) "
        "RETURN s.id + ' ' + c.relation + ' ' + o.id AS claim ORDER BY claim")
    assert [c["claim"] for c in claims] == ["joe_biden THREATENS iskp", "pakistan OPPOSES taliban"]
    source = empty_graph.read("MATCH (c:Claim {relation: 'OPPOSES'})-[:ATTRIBUTED_TO]->(s) RETURN s.id AS s")
    assert source == [{"s": "joe_biden"}]
    # Kabul and the United States were only in v1: gone. ISKP and the Taliban stay (also in the other article).
    entities = {r["id"] for r in empty_graph.read("MATCH (e:Entity) RETURN e.id AS id")}
    assert entities == {"joe_biden", "iskp", "taliban", "pakistan"}
    assert orphans(empty_graph) == 0
    assert empty_graph.read("MATCH (c:Claim) WHERE NOT (c)-[:STATED_IN]->() RETURN c") == []
    assert counts(empty_graph)["Claim"] == 3 and counts(empty_graph)["MENTIONS"] == 2 + 4
    biden_mentions = empty_graph.read("MATCH (:Document {sourceKey: '/news/a.txt'})-[m:MENTIONS]->(:Entity {id: 'joe_biden'}) "
                                      "RETURN m.count AS n, m.surfaces AS s")
    assert biden_mentions == [{"n": 2, "s": ["Joe Biden", "Biden"]}]
    # Aliases come from the mentions that still exist: v1's "Biden" surface is still used in v2.
    biden = empty_graph.read("MATCH (e:Entity {id: 'joe_biden'}) RETURN e.aliases AS a")[0]["a"]
    assert set(biden) == {"Joe Biden", "Biden"}


def test_replacing_drops_aliases_only_the_old_version_used(empty_graph):
    surfaces = [("Officials in Washington spoke.", [("us", "Washington")], []),
                ("The US Treasury acted.", [("us", "US")], [])]
    load_extraction(empty_graph, build("/news/a.txt", [surfaces[0], V1[0]]))
    load_extraction(empty_graph, build("/news/a.txt", [surfaces[1], V1[0]]))
    aliases = empty_graph.read("MATCH (e:Entity {id: 'united_states'}) RETURN e.aliases AS a, e.aliasText AS t")[0]
    # catalog aliases (given by extraction) stay; the surface "US" is new; "Washington" is a catalog alias too.
    assert aliases["a"] == ["United States", "Washington", "US"]
    assert aliases["t"] == "United States | Washington | US"


def test_an_article_version_switching_back_and_forth_leaves_one_document(empty_graph):
    v1, v2 = build("/news/a.txt", V1), build("/news/a.txt", V2)
    for extraction in (v1, v2, v1):
        load_extraction(empty_graph, extraction)
    assert counts(empty_graph)["Document"] == 1
    assert counts(empty_graph)["Claim"] == 3
    assert orphans(empty_graph) == 0


def test_a_new_extractor_version_re_extracts_the_same_content_in_place(empty_graph):
    load_extraction(empty_graph, build("/news/a.txt", V1))
    again = build("/news/a.txt", V1[:1], extractor="geokg.rules.v2")
    assert load_extraction(empty_graph, again) == "updated"
    assert empty_graph.read("MATCH (d:Document) RETURN d.extractor AS e, d.sourceKey AS k") == [
        {"e": "geokg.rules.v2", "k": "/news/a.txt"}]
    assert empty_graph.read("MATCH (c:Claim) RETURN DISTINCT c.extractor AS e") == [{"e": "geokg.rules.v2"}]
    assert counts(empty_graph)["Claim"] == 2
    assert orphans(empty_graph) == 0


def test_a_write_refused_mid_article_leaves_none_of_it(empty_graph):
    load_extraction(empty_graph, build("/news/other.txt", OTHER))
    before_counts, before = counts(empty_graph), snapshot(empty_graph)
    extraction = build("/news/a.txt", V1)
    # A Claim with the id of the article's LAST claim already exists (as a concurrent writer could
    # leave it): the document, entities, mentions and first claims are written, then Neo4j
    # refuses the uniqueness violation and the transaction must roll all of it back.
    taken = extraction.claims[-1].id_in(extraction.article.id)
    empty_graph.write("CREATE (:Claim {id: $id, relation: 'SUPPORTS'})", {"id": taken})

    with pytest.raises(QueryError, match="already exists"):
        load_extraction(empty_graph, extraction)

    empty_graph.write("MATCH (c:Claim {id: $id}) DELETE c", {"id": taken})
    assert counts(empty_graph) == before_counts
    assert snapshot(empty_graph) == before


def test_a_refused_replacement_keeps_the_previous_version_intact(empty_graph):
    load_extraction(empty_graph, build("/news/a.txt", V1))
    before_counts, before = counts(empty_graph), snapshot(empty_graph)
    v2 = build("/news/a.txt", V2)
    bad_claim = v2.claims[-1].__class__(**{**v2.claims[-1].__dict__, "date": {"not": "a date"}})
    v2 = Extraction(article=v2.article, entities=v2.entities, mentions=v2.mentions,
                    claims=v2.claims[:-1] + (bad_claim,), extractor=v2.extractor)

    # The old version is cleared and deleted first, then Neo4j refuses a map as a property value.
    with pytest.raises(QueryError):
        load_extraction(empty_graph, v2)

    assert counts(empty_graph) == before_counts
    assert snapshot(empty_graph) == before


def test_inconsistent_extractions_are_refused_before_writing():
    good = build("/news/a.txt", V1)
    dangling = Extraction(article=good.article, entities=good.entities[:1], mentions=good.mentions,
                          claims=good.claims)
    with pytest.raises(LoadError, match="/news/a.txt: .*unknown entity"):
        extraction_rows(dangling)
    bad_type = Extraction(article=good.article, entities=(Entity("x", "X", "Planet"),))
    with pytest.raises(LoadError, match="unknown type 'Planet'"):
        extraction_rows(bad_type)


def test_rows_group_mentions_per_entity_and_skip_unreferenced_entities():
    extraction = build("/news/a.txt", V1 + [("Biden spoke again.", [("biden", "Biden")], [])])
    extra = Extraction(article=extraction.article, entities=extraction.entities + (ENTITIES["pakistan"],),
                       mentions=extraction.mentions, claims=extraction.claims)
    rows = extraction_rows(extra)
    assert "pakistan" not in {e["id"] for e in rows.entities}
    biden = next(m for m in rows.mentions if m["entity"] == "joe_biden")
    assert biden["count"] == 2 and biden["surfaces"] == ["Biden"]
    assert biden["starts"] == sorted(biden["starts"]) and len(biden["ends"]) == 2


def test_known_entities_follow_what_the_graph_stores(empty_graph):
    known: dict[str, Entity] = {}
    load_extraction(empty_graph, build("/news/a.txt", V1), known=known)
    surfaces = [("The US Treasury acted.", [("us", "US")], [])]
    load_extraction(empty_graph, build("/news/b.txt", surfaces), known=known)
    assert known["united_states"].aliases == ("United States", "Washington", "US")
    load_extraction(empty_graph, build("/news/a.txt", V2), known=known)     # drops Kabul
    stored = {r["id"]: tuple(r["aliases"]) for r in empty_graph.read("MATCH (e:Entity) RETURN e.id AS id, e.aliases AS aliases")}
    assert {k: e.aliases for k, e in known.items()} == stored
    assert "kabul" not in known
