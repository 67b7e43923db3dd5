"""Small building blocks the pages share: headers, pickers, claim tables, empty states.

Pages call these with data from ``dashboard.data``; nothing here talks to Neo4j.
"""
from __future__ import annotations

from typing import Any, Iterable
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard.style import (CERTAINTY_LABELS, POLARITY_COLOURS, READER_HELP, READER_LABELS, TYPE_COLOURS,
                             day, number, reader_of, relation_label)

PAGE_NETWORK = "views/network.py"
PAGE_EVIDENCE = "views/evidence.py"
PAGE_ACTOR = "views/actor.py"
PAGE_CONTESTED = "views/contested.py"
PAGE_ARTICLES = "views/articles.py"
PAGE_CONSOLE = "views/console.py"
PAGE_INGEST = "views/ingest.py"


def header(title: str, caption: str | None = None) -> None:
    st.title(title)
    if caption:
        st.caption(caption)


def link(page: str, **params: Any) -> str:
    """A relative link to another page with query parameters (works in tables and iframes)."""
    return f"./{page}" + (f"?{urlencode({k: v for k, v in params.items() if v is not None})}" if params else "")


def query_param(name: str) -> str | None:
    value = st.query_params.get(name)
    return value or None


def init_state(key: str, value: Any) -> None:
    """Give a widget its starting value once (from the URL or a default), never overwriting it."""
    if key not in st.session_state:
        st.session_state[key] = value


def reader_pills(key: str, readers: list[str]) -> list[str]:
    """The "Read by" filter (rules, learned model, LLM), in the sidebar section being drawn;
    only worth a choice when more than one reader made claims, else every reader is kept."""
    if len(readers) < 2:
        return readers
    init_state(key, readers)
    st.session_state[key] = [r for r in st.session_state[key] if r in readers]
    return st.pills("Read by", readers, selection_mode="multi", key=key,
                    format_func=READER_LABELS.get, help=READER_HELP) or []


def polarity_badge(polarity: str, text: str | None = None) -> str:
    colour = POLARITY_COLOURS.get(polarity, "#888")
    return (f'<span style="background:{colour};color:#fff;border-radius:999px;padding:1px 9px;'
            f'font-size:0.85em">{text or polarity}</span>')


def type_badge(entity_type: str) -> str:
    colour = TYPE_COLOURS.get(entity_type, "#888")
    return (f'<span style="border:1px solid {colour};color:{colour};border-radius:6px;padding:1px 8px;'
            f'font-size:0.85em;font-weight:600">{entity_type}</span>')


def actor_options(actors: pd.DataFrame, *, with_claims_only: bool = False) -> tuple[list[str], dict[str, str]]:
    """Ids for a selectbox, most evidence first, and the labels shown for them."""
    df = actors
    if with_claims_only and not df.empty:
        df = df[df["claims"] > 0]
    labels = {r.id: f"{r.name} · {r.type}" for r in df.itertuples()}
    return list(labels), labels


def claims_table(claims: pd.DataFrame, *, key: str, height: int | str = "auto",
                 selectable: bool = False, within_article: bool = False) -> Any:
    """The standard evidence table: who, relation, whom, certainty, source, quote, reader, article.

    ``within_article``: the claims of one article, so no date, publisher or article columns."""
    article_columns = {} if within_article else {
        "published": claims["published"].map(day),
        "publisher": claims["publisher"].fillna("unknown"),
    }
    df = pd.DataFrame({
        **article_columns,
        "subject": claims["subject_name"],
        "relation": claims["relation"].map(relation_label),
        "polarity": claims["polarity"],
        "object": claims["object_name"],
        "certainty": claims["certainty"].map(lambda c: CERTAINTY_LABELS.get(c, c)),
        "source": claims["source"].fillna("the article"),
        "quote": claims["quote"],
        "read_by": [READER_LABELS[reader_of(x)] for x in claims.get("extractor", [None] * len(claims))],
        **({} if within_article else {
            "title": claims["title"].fillna("untitled"),
            "open": [link("articles", article=d) for d in claims["document"]],
        }),
    })
    config = {
        "published": st.column_config.TextColumn("Date", width="small"),
        "publisher": st.column_config.TextColumn("Publisher", width="small"),
        "subject": st.column_config.TextColumn("Subject", width="small"),
        "relation": st.column_config.TextColumn("Relation", width="small"),
        "object": st.column_config.TextColumn("Object", width="small"),
        "certainty": st.column_config.TextColumn("Certainty", width="small"),
        "source": st.column_config.TextColumn("According to", width="small"),
        "quote": st.column_config.TextColumn("Quote", width="large"),
        "read_by": st.column_config.TextColumn("Read by", width="small", help=READER_HELP),
        "title": st.column_config.TextColumn("Article", width="medium"),
        "open": st.column_config.LinkColumn("", display_text="Open ↗", width="small"),
    }
    kwargs: dict[str, Any] = {}
    if selectable:
        kwargs.update(on_select="rerun", selection_mode="single-row")
    config = {name: column for name, column in config.items() if name in df}
    return st.dataframe(polarity_styled(df), key=key, hide_index=True, column_config=config,
                        height=height, width="stretch", column_order=[c for c in df if c != "polarity"],
                        **kwargs)


def polarity_styled(df: pd.DataFrame, column: str = "relation"):
    """The table with ``column`` coloured by the row's ``polarity`` (green, red, grey)."""
    def colour(row: pd.Series) -> list[str]:
        css = f"color: {POLARITY_COLOURS.get(row['polarity'], '#616E7C')}; font-weight: 600"
        return [css if c == column else "" for c in row.index]
    return df.style.apply(colour, axis=1)


def metric_row(items: Iterable[tuple[str, Any]]) -> None:
    items = list(items)
    for col, (label, value) in zip(st.columns(len(items)), items):
        col.metric(label, number(value) if isinstance(value, int) else value)


def empty(message: str) -> None:
    """An empty state that says what to do, then stop the page."""
    st.info(message, icon=":material/info:")
    st.stop()
