"""Extraction: Article -> Extraction (entities, mentions, claims), offline and deterministic.

    sentences (text.py) -> entities + mentions (entities.py) -> claims (claims.py)

Entities are resolved within the article and get ids that are stable across articles; the
claims stage sees every mention, including metonyms and demonym phrases (``EntityMention.kind``).
"""
from __future__ import annotations

from ingest.catalog import load_catalog
from ingest.extract import learned, llm
from ingest.extract.claims import EXTRACTOR as RULES_EXTRACTOR, find_claims
from ingest.extract.entities import find_entities
from ingest.extract.text import split_sentences
from ingest.records import Article, Extraction


def extract(article: Article) -> Extraction:
    """Find actors, places and claims in one article."""
    sentences = split_sentences(article.text)
    entities, mentions = find_entities(article, sentences)
    frames: dict = {}       # who states what, per sentence: the learned stage attributes with it
    claims = find_claims(article, sentences, entities, mentions, catalog=load_catalog(), frames_out=frames)
    learned_on = learned.enabled()
    if learned_on:          # the shipped pair model adds what the rules missed; GEOKG_LEARNED=0: off
        claims = learned.add_claims(article, sentences, entities, mentions, claims, frames=frames)
    rules = Extraction(article=article, entities=tuple(entities), mentions=tuple(mentions),
                       claims=tuple(claims), extractor=_base_extractor(learned_on))
    config = llm.LLMConfig.from_env()     # None unless GEOKG_LLM_URL is set (llm.py)
    return rules if config is None else llm.augment(rules, load_catalog(), config)


def _base_extractor(learned_on: bool | None = None) -> str:
    if learned_on is None:
        learned_on = learned.enabled()
    return learned.extractor_name(RULES_EXTRACTOR) if learned_on else RULES_EXTRACTOR


def __getattr__(name: str):
    # EXTRACTOR is what extract() stamps; with GEOKG_LLM_* set it names the LLM too (llm.py)
    if name == "EXTRACTOR":
        return llm.extractor_name(_base_extractor())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
