"""Loading: one ``Extraction`` into Neo4j, in one transaction, idempotently.

    status = load_extraction(graph, extraction)      # "new" | "updated" | "unchanged"

* A ``Document`` is one *version* of an article: its id is the hash of the raw content, its
  ``sourceKey`` (path or URL) says which article it is a version of.
* The same content loaded again (by the same extractor) changes nothing but ``lastSeen``.
* New content for a known ``sourceKey`` replaces the old version: its claims and mentions go,
  the old ``Document`` goes, and entities nothing refers to any more are deleted (no orphans).
  The same content re-extracted by another extractor version replaces the claims and mentions
  of the stored version in place.
* Everything happens in ONE write transaction: a failure anywhere leaves none of the article
  and the previous version untouched.

Every statement is a ``cypher/write/*.cypher`` file taking batched list parameters; entity labels
come from the row's type inside the statement (no Cypher is ever built from strings). An article
version never seen before is written by ONE statement (``load_article``: document, entities,
mentions, claims); only unchanged or replaced versions take the slower path.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import cypher
from ingest.records import CERTAINTIES, ENTITY_TYPES, RELATIONS, Entity, Extraction

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


class LoadError(ValueError):
    """An extraction is inconsistent (a claim or mention names an entity it does not carry...)."""


def utc_now() -> str:
    """The timestamp format geokg stores: ISO-8601 UTC with milliseconds, e.g. 2025-01-31T08:15:00.123Z."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class _Rows:
    """An extraction turned into statement parameters (computed before the transaction opens)."""

    doc: dict[str, Any]
    entities: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    claims: list[dict[str, Any]]


def load_extraction(graph, extraction: Extraction, *, now: str | None = None,
                    known: dict[str, Entity] | None = None) -> str:
    """Write one article's extraction; returns "new", "updated" or "unchanged".

    ``known`` (entity id -> Entity), when given, is updated to what the graph now holds for the
    article's entities (merged aliases...) and loses entities deleted as orphans, so that a run
    resolves later articles against exactly what a fresh run would read back from the graph.
    Raises ``LoadError`` for an inconsistent extraction (nothing written) and the graph's
    ``QueryError``/``DatabaseUnavailable`` when Neo4j refuses (the transaction is rolled back).
    """
    rows = extraction_rows(extraction)
    now = now or utc_now()
    status, stored, dropped = graph.write_transaction(lambda tx: _load(tx, rows, now))
    if known is not None:
        for entity_id in dropped:
            known.pop(entity_id, None)
        for row in stored:
            known[row["id"]] = Entity(id=row["id"], name=row["name"], type=row["type"],
                                      aliases=tuple(row["aliases"] or ()), wikidata=row["wikidata"],
                                      catalog=bool(row["catalog"]))
    return status


def extraction_rows(extraction: Extraction) -> _Rows:
    """Validate an extraction and shape it into the parameters of the write statements."""
    article = extraction.article
    where = article.source_key
    if not article.id:
        raise LoadError(f"{where}: article has no id")
    entities = {e.id: e for e in extraction.entities}
    for entity in extraction.entities:
        if entity.type not in ENTITY_TYPES:
            raise LoadError(f"{where}: entity {entity.id!r} has unknown type {entity.type!r}")

    # Mentions grouped per entity, in text order.
    grouped: "OrderedDict[str, list]" = OrderedDict()
    for m in sorted(extraction.mentions, key=lambda m: (m.start, m.end)):
        if m.entity_id not in entities:
            raise LoadError(f"{where}: a mention of {m.surface!r} refers to unknown entity {m.entity_id!r}")
        grouped.setdefault(m.entity_id, []).append(m)
    mentions = []
    for entity_id, ms in grouped.items():
        surfaces = list(dict.fromkeys(m.surface for m in ms))
        mentions.append({"entity": entity_id, "count": len(ms), "surfaces": surfaces,
                         "starts": [m.start for m in ms], "ends": [m.end for m in ms]})

    claims: "OrderedDict[str, dict]" = OrderedDict()
    referenced = set(grouped)
    for c in extraction.claims:
        for role, ref in (("subject", c.subject), ("object", c.object), ("source", c.attributed_to)):
            if ref is not None and ref not in entities:
                raise LoadError(f"{where}: claim {c.relation} has unknown {role} entity {ref!r}")
        if c.relation not in RELATIONS:
            raise LoadError(f"{where}: claim has unknown relation {c.relation!r}")
        if c.certainty not in CERTAINTIES:
            raise LoadError(f"{where}: claim has unknown certainty {c.certainty!r}")
        referenced.update(x for x in (c.subject, c.object, c.attributed_to) if x)
        claim_id = c.id_in(article.id)
        claims.setdefault(claim_id, {
            "id": claim_id, "subject": c.subject, "object": c.object,
            "attributedTo": c.attributed_to, "relation": c.relation, "polarity": c.polarity,
            "certainty": c.certainty, "quote": c.quote, "start": c.start, "end": c.end,
            "date": c.date, "extractor": c.extractor,
        })

    surfaces_of = {m["entity"]: m["surfaces"] for m in mentions}
    # An entity neither mentioned nor part of a claim would be an orphan: it is not written.
    entity_rows = [{"i": i, "id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                    "surfaces": surfaces_of.get(e.id, []), "wikidata": e.wikidata,
                    "catalog": bool(e.catalog)}
                   for i, e in enumerate(e for e in extraction.entities if e.id in referenced)]
    # Mentions and claims point at their entities by position in entity_rows: the statement
    # links the nodes it just merged instead of looking each one up again.
    position = {row["id"]: row["i"] for row in entity_rows}
    for m in mentions:
        m["e"] = position[m["entity"]]
    for c in claims.values():
        c["s"], c["o"] = position[c["subject"]], position[c["object"]]
        c["a"] = position.get(c["attributedTo"])
    doc = {"id": article.id, "sourceKey": article.source_key, "title": article.title,
           "byline": article.byline, "publisher": article.publisher,
           "published": article.published, "url": article.url, "text": article.text,
           "contentType": article.content_type, "extractor": extraction.extractor,
           "sourceName": article.source_name}
    return _Rows(doc=doc, entities=entity_rows, mentions=mentions, claims=list(claims.values()))


def _run(tx, name: str, **params: Any):
    return tx.run(cypher.load(f"write/{name}"), params)


def _load(tx, rows: _Rows, now: str) -> tuple[str, list[dict], list[str]]:
    """The article's status, its entities as stored, and the ids of entities deleted as orphans."""
    # Fast path, one round trip: a version never seen before (neither its content nor its
    # source key is stored) is written at once; otherwise nothing is written and we look closer.
    written = _write_article(tx, rows.doc, rows, now, first_seen=None, force=False)
    if written is not None:
        return NEW, written, []
    doc = dict(rows.doc)
    (stored,) = list(_run(tx, "read_stored_versions",
                          rows=[{"id": doc["id"], "sourceKey": doc["sourceKey"]}]))
    exists = stored["stored"]
    held = stored["heldId"] if stored["heldId"] != doc["id"] else None

    touched: list[str] = []          # entities whose mentions or claims were removed
    first_seen = None
    if held is not None:             # another version of this article: replace it
        cleared = _run(tx, "clear_document", id=held).single()
        touched += cleared["entities"]
        first_seen = cleared["firstSeen"]
        _run(tx, "delete_document", id=held).consume()

    if exists and stored["storedExtractor"] == doc["extractor"]:
        _run(tx, "touch_documents", ids=[doc["id"]], now=now).consume()
        status = UPDATED if touched else UNCHANGED
    else:
        if exists:                   # same content, another extractor: re-extract in place
            cleared = _run(tx, "clear_document", id=doc["id"]).single()
            touched += cleared["entities"]
            # A copy of this content already stored under another path keeps its sourceKey.
            doc.pop("sourceKey")
        _write_article(tx, doc, rows, now, first_seen=first_seen, force=True)
        status = UPDATED if (exists or held is not None) else NEW
    if touched:
        _cleanup(tx, touched)
    ids = list(dict.fromkeys([e["id"] for e in rows.entities] + touched))
    entities = [r["entity"] for r in _run(tx, "read_entities", ids=ids)]
    present = {e["id"] for e in entities}
    return status, entities, [i for i in touched if i not in present]


def _write_article(tx, doc: dict, rows: _Rows, now: str, *, first_seen: str | None,
                   force: bool) -> list[dict] | None:
    """Run load_article; the entities as stored, or None when it wrote nothing (not forced)."""
    record = _run(tx, "load_article", force=force, doc=doc, now=now, firstSeen=first_seen,
                  entities=rows.entities, mentions=rows.mentions, claims=rows.claims).single()
    return None if record is None else record["entities"]


def _cleanup(tx, entity_ids: list[str]) -> None:
    ids = list(dict.fromkeys(entity_ids))
    _run(tx, "refresh_aliases", ids=ids).consume()
    _run(tx, "delete_orphan_entities", ids=ids).consume()
