"""Resolution across articles: re-key an article's entities onto those already in the graph.

    resolve(extraction, known) -> Extraction

Catalog entities already have ids shared by every article. A discovered entity (not in the
catalog) is re-keyed onto a known entity when they are surely the same actor:

- same type, and
- a normalised name or alias of one equals a name or alias of the other ("Kash Patel" known
  with alias "Akash Patel"), or
- a one-word person name is the surname of exactly one known person ("Wechsler" ->
  "William Wechsler"), or a shorter person name keeps the first and last names of exactly one
  known person ("Atta Noor" -> "Atta Mohammad Noor"), names compared without particles and
  leading honorifics ("Kikli" -> "Abdulghani al-Kikli", "Aung Myo" -> "Ko Aung Myo"), or
- an acronym the article uses (all capitals, matched case-sensitively) is an alias of exactly
  one known entity ("SIGAR").

Anything less certain stays apart: a wrong merge corrupts the graph, a missed one only leaves
two nodes an analyst can see side by side. Mention and claim ids are rewritten accordingly.
Pure function: nothing is read or written elsewhere. A caller resolving many articles in a
row can pass a :class:`KnownEntities` instead of a list and ``add()`` each result to it, so the
index is built once.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from ingest.catalog import normalize
from ingest.records import Entity, Extraction


_norm = lru_cache(maxsize=1 << 16)(normalize)


def _person_tokens(name: str) -> list[str]:
    # imported late: ingest.extract imports this module
    from ingest.extract.entities import _person_tokens as tokens
    return tokens(name)


def _is_acronym(surface: str) -> bool:
    return " " not in surface and surface.isupper() and sum(c.isalpha() for c in surface) >= 2


class KnownEntities:
    """Entities already in the graph, indexed by type + normalised name, acronym and surname."""

    def __init__(self, known: Iterable[Entity] = ()):
        self.by_id: dict[str, Entity] = {}
        self.by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_acronym: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.persons: list[tuple[str, list[str]]] = []
        self.add(known)

    def add(self, known: Iterable[Entity]) -> None:
        for ent in known:
            if ent.id in self.by_id:
                continue
            self.by_id[ent.id] = ent
            for surface in (ent.name, *ent.aliases):
                if not surface:
                    continue
                self.by_name[(ent.type, _norm(surface))].add(ent.id)
                if _is_acronym(surface):
                    self.by_acronym[(ent.type, surface)].add(ent.id)
            if ent.type == "Person":
                tokens = _person_tokens(ent.name)
                if len(tokens) >= 2:
                    self.persons.append((ent.id, tokens))

    def match(self, ent: Entity) -> str | None:
        names = {_norm(s) for s in (ent.name, *ent.aliases) if s}
        found = set()
        for n in names:
            found |= self.by_name.get((ent.type, n), set())
        if len(found) == 1:
            return found.pop()
        if found:
            exact = self.by_name.get((ent.type, _norm(ent.name)), set())
            return next(iter(exact)) if len(exact) == 1 else None
        acronyms = set()
        for s in ent.aliases:
            if _is_acronym(s):
                acronyms |= self.by_acronym.get((ent.type, s), set())
        if len(acronyms) == 1:
            return acronyms.pop()
        if ent.type == "Person":
            tokens = _person_tokens(ent.name)
            if not tokens:
                return None
            if len(tokens) == 1:
                hits = {pid for pid, full in self.persons if full[-1] == tokens[0]}
            else:
                hits = {pid for pid, full in self.persons
                        if len(full) >= len(tokens) and full[0] == tokens[0]
                        and full[-1] == tokens[-1] and set(tokens) <= set(full)}
            if len(hits) == 1:
                return hits.pop()
        return None


def resolve(extraction: Extraction, known: Iterable[Entity] | KnownEntities = ()) -> Extraction:
    """The extraction with its discovered entities re-keyed onto matching known entities."""
    index = known if isinstance(known, KnownEntities) else KnownEntities(known)
    if not index.by_id:
        return extraction
    rekey: dict[str, str] = {}
    for ent in extraction.entities:
        if ent.catalog or ent.id in index.by_id:
            continue
        target = index.match(ent)
        if target is not None and target != ent.id:
            rekey[ent.id] = target
    if not rekey:
        return extraction
    merged: dict[str, Entity] = {}
    for ent in extraction.entities:
        new_id = rekey.get(ent.id, ent.id)
        if new_id != ent.id:
            base = index.by_id[new_id]
            aliases = tuple(dict.fromkeys((*ent.aliases, ent.name)))
            ent = Entity(id=base.id, name=base.name, type=base.type, aliases=aliases,
                         wikidata=base.wikidata or ent.wikidata, catalog=base.catalog)
        if ent.id in merged:
            old = merged[ent.id]
            ent = dataclasses.replace(old, aliases=tuple(dict.fromkeys(old.aliases + ent.aliases)))
        merged[ent.id] = ent

    def rid(entity_id):
        return rekey.get(entity_id, entity_id) if entity_id is not None else None

    mentions = tuple(dataclasses.replace(m, entity_id=rid(m.entity_id)) for m in extraction.mentions)
    claims = []
    for c in extraction.claims:
        c = dataclasses.replace(c, subject=rid(c.subject), object=rid(c.object),
                                attributed_to=rid(c.attributed_to))
        if c.subject != c.object:
            claims.append(c)
    return dataclasses.replace(extraction, entities=tuple(merged.values()), mentions=mentions,
                               claims=tuple(claims))
