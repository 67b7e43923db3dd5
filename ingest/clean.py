"""Cleaning: RawDocument -> Article. (Placeholder until the cleaning stage lands: keeps the text.)"""
from __future__ import annotations

from ingest.records import Article, RawDocument


def clean(doc: RawDocument) -> Article:
    """Strip boilerplate and find title, byline, publisher and date. Placeholder: identity."""
    return Article(id=doc.content_hash, source_key=doc.source_key, text=doc.raw,
                   publisher=doc.publisher, url=doc.url, content_type=doc.content_type,
                   segments=((0, 0, len(doc.raw)),), source_name=doc.source_name)
