"""Resolution across articles: re-key an article's entities onto those already in the graph.

Placeholder until it lands: returns the extraction unchanged.
"""
from __future__ import annotations

from collections.abc import Iterable

from ingest.records import Entity, Extraction


def resolve(extraction: Extraction, known: Iterable[Entity] = ()) -> Extraction:
    return extraction
