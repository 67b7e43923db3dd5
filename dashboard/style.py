"""Colours, labels and number formats shared by every page, so the whole dashboard reads as one.

Colours are chosen to stay distinguishable for the common colour-vision deficiencies: the three
polarities differ in lightness as well as hue, and every actor type has its own hue.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ingest.records import ACTOR_TYPES, CERTAINTIES, ENTITY_TYPES, POLARITY, READERS, RELATIONS, reader_of

POLARITIES = ("cooperative", "hostile", "structural")

POLARITY_COLOURS = {
    "cooperative": "#2E9E5B",
    "hostile": "#D64545",
    "structural": "#9AA3AD",
}

TYPE_COLOURS = {
    "Country": "#3867D6",
    "Person": "#E8A33D",
    "Group": "#8E5CC4",
    "Organization": "#17A2B8",
    "Location": "#7F8C8D",
}

TYPE_ICONS = {
    "Country": "🏳️",
    "Person": "👤",
    "Group": "⚑",
    "Organization": "🏛️",
    "Location": "📍",
}

RELATION_LABELS = {
    "ALLIED_WITH": "allied with",
    "SUPPORTS": "supports",
    "NEGOTIATES_WITH": "negotiates with",
    "ATTACKS": "attacks",
    "THREATENS": "threatens",
    "OPPOSES": "opposes",
    "MEMBER_OF": "member of",
    "OPERATES_IN": "operates in",
}

CERTAINTY_LABELS = {
    "asserted": "asserted",
    "alleged": "alleged",
    "hypothetical": "hypothetical",
}

# Who read a claim (ingest.records.READERS), as the dashboard names them.
READER_LABELS = {
    "rules": "rules",
    "model": "learned model",
    "llm": "LLM",
}
READER_HELP = ("Rules: read by the extraction patterns. Learned model: added by the learned pair model for "
               "actors the rules left unrelated, a statistical reading worth checking against the quote. "
               "LLM: read by the optional language-model extractor.")

__all__ = ["ACTOR_TYPES", "CERTAINTIES", "ENTITY_TYPES", "POLARITY", "RELATIONS", "POLARITIES",
           "POLARITY_COLOURS", "TYPE_COLOURS", "RELATION_LABELS", "CERTAINTY_LABELS",
           "READERS", "READER_LABELS", "READER_HELP", "reader_of", "relation_label", "number", "day", "polarity_dot",
           "type_label"]


def relation_label(relation: str | None) -> str:
    return RELATION_LABELS.get(relation or "", (relation or "").replace("_", " ").lower())


def type_label(entity_type: str | None) -> str:
    return f"{TYPE_ICONS.get(entity_type or '', '•')} {entity_type or 'Unknown'}"


def number(value: Any) -> str:
    """1234 -> '1,234'; None -> '–'."""
    if value is None:
        return "–"
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return str(value)


def day(value: Any) -> str:
    """An ISO date or timestamp as 'YYYY-MM-DD' ('undated' when missing)."""
    if value is None or value == "":
        return "undated"
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def polarity_dot(polarity: str) -> str:
    colour = POLARITY_COLOURS.get(polarity, "#888")
    return f'<span style="color:{colour};font-size:1.1em">●</span>'
