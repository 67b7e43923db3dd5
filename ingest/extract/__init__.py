"""Extraction: Article -> Extraction (entities, mentions, claims). Placeholder until it lands."""
from __future__ import annotations

from ingest.records import Article, Extraction

EXTRACTOR = "geokg.rules.v1"


def extract(article: Article) -> Extraction:
    """Find actors, places and claims in one article. Placeholder: finds nothing."""
    return Extraction(article=article, extractor=EXTRACTOR)
