"""Typed records passed between the pipeline's stages.

    RawDocument --clean--> Article --extract/resolve--> Extraction(Article, Entity, Mention, Claim)

Mentions and claims point into ``Article.text`` by character offsets instead of copying it, and
carry the versioned name of the extractor that made them. Ids are hashes of identifying content,
so that every write is a MERGE and a rerun changes nothing.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Country", "Group", "Organization", "Location")
ACTOR_TYPES = ("Person", "Country", "Group", "Organization")

POLARITY = {
    "ALLIED_WITH": "cooperative",
    "SUPPORTS": "cooperative",
    "NEGOTIATES_WITH": "cooperative",
    "ATTACKS": "hostile",
    "THREATENS": "hostile",
    "OPPOSES": "hostile",
    "MEMBER_OF": "structural",
    "OPERATES_IN": "structural",
}
RELATIONS = tuple(POLARITY)
SYMMETRIC_RELATIONS = frozenset({"ALLIED_WITH", "NEGOTIATES_WITH"})
CERTAINTIES = ("asserted", "alleged", "hypothetical")
# Who read a claim, told by how its extractor name starts: the pattern rules, the learned pair
# model (claims the rules missed, a statistical guess), or an optional LLM. Analysts filter on it.
READERS = {"rules": "geokg.rules", "model": "geokg.learned", "llm": "geokg.llm"}


def reader_of(extractor: str | None) -> str:
    """Which reader made a claim ("rules", "model" or "llm"), from its extractor name."""
    for reader, prefix in READERS.items():
        if (extractor or "").startswith(prefix):
            return reader
    return "rules"


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on ``parts`` (so re-ingesting yields the same id)."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def content_hash(text: str) -> str:
    """Hash of a document's raw content, newline-normalised so CRLF copies are 'unchanged'."""
    return stable_id(text.replace("\r\n", "\n").replace("\r", "\n"), length=32)


@dataclass(frozen=True)
class RawDocument:
    """One input as read from a file or fetched from a URL, before any cleaning."""

    source_key: str            # absolute path or URL: identifies "the same article" across versions
    raw: str                   # the text or HTML as read (decoded)
    content_type: str = "text"  # "text" | "html" | "markdown"
    source_name: str | None = None   # the sources-file entry it came from, if any
    publisher: str | None = None     # metadata given by the source, overrides what cleaning finds
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw)


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata and body text, with a map back into the raw input.

    ``segments`` maps the body to the raw text: each ``(text_start, raw_start, length)`` says
    that ``text[text_start:text_start+length] == raw[raw_start:raw_start+length]``.
    """

    id: str                    # = content hash of the raw input
    source_key: str
    text: str                  # the cleaned body (title not included)
    title: str | None = None
    byline: str | None = None
    publisher: str | None = None
    published: str | None = None   # ISO date (YYYY-MM-DD) when known
    url: str | None = None
    content_type: str = "text"
    segments: tuple[tuple[int, int, int], ...] = ()
    source_name: str | None = None

    def raw_offset(self, text_offset: int) -> int | None:
        """Offset in the raw input of a character of ``text``, or None if it was synthesised."""
        for text_start, raw_start, length in self.segments:
            if text_start <= text_offset < text_start + length:
                return raw_start + (text_offset - text_start)
        return None


@dataclass(frozen=True)
class Entity:
    """A resolved actor or place. ``id`` is stable across articles (catalog key or name hash)."""

    id: str
    name: str
    type: str                  # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    catalog: bool = False      # True when it comes from the shipped actor catalog

    @property
    def is_actor(self) -> bool:
        return self.type in ACTOR_TYPES


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in ``Article.text``."""

    entity_id: str
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """One relation the article states between two entities, with provenance."""

    subject: str               # Entity.id
    relation: str              # one of RELATIONS
    object: str                # Entity.id
    certainty: str = "asserted"     # one of CERTAINTIES
    attributed_to: str | None = None  # Entity.id of who makes the claim, None = the author
    quote: str = ""            # exact span of Article.text
    start: int = 0             # offsets of the quote in Article.text
    end: int = 0
    date: str | None = None    # ISO date the text gives for the event, when it gives one
    extractor: str = "geokg.rules.v36"

    @property
    def polarity(self) -> str:
        return POLARITY[self.relation]

    def id_in(self, article_id: str) -> str:
        return stable_id(article_id, self.subject, self.relation, self.object, self.start, self.end)


@dataclass(frozen=True)
class Extraction:
    """Everything one article yields: what the loader writes in one transaction."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    extractor: str = "geokg.rules.v36"
    warnings: tuple[str, ...] = field(default=())
