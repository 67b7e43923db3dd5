"""Articles: list and full-text search, and one article read with its actors highlighted."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.highlight import highlighted_html
from dashboard.style import TYPE_COLOURS, number


def article_view(doc_id: str) -> None:
    doc = data.document(doc_id)
    if st.button("All articles", key="art_back", icon=":material/arrow_back:"):
        st.query_params.clear()
        st.rerun()
    if doc is None:
        ui.empty("This article is not in the graph (any more). It may have been replaced by a newer "
                 "version; search for it in the list.")
    st.title(doc["title"] or "Untitled article")
    meta = [doc["publisher"] or "unknown publisher", str(doc["published"] or "undated")[:10]]
    if doc.get("byline"):
        meta.append(doc["byline"])
    st.caption(" · ".join(meta))
    if doc.get("url"):
        st.caption(f"[{doc['url']}]({doc['url']})")
    if doc.get("seen") is False:
        st.warning("This article is no longer listed by its source.", icon=":material/archive:")

    mentions = data.document_mentions(doc_id)
    claims = data.document_claims(doc_id)
    ui.metric_row([("Actors", sum(1 for m in mentions if m["type"] != "Location")),
                   ("Places", sum(1 for m in mentions if m["type"] == "Location")),
                   ("Mentions", sum(m["count"] or 0 for m in mentions)), ("Claims", len(claims))])

    text_col, side_col = st.columns([3, 2], gap="large")
    with side_col:
        st.subheader("Who is mentioned")
        if not mentions:
            st.caption("No actor was recognised in this article.")
        legend = " ".join(f'<span style="background:{c}22;border-bottom:2px solid {c};padding:0 4px;'
                          f'border-radius:3px;font-size:.85em">{t}</span>' for t, c in TYPE_COLOURS.items())
        st.markdown(legend, unsafe_allow_html=True)
        if mentions:
            st.dataframe(pd.DataFrame({
                "name": [m["name"] for m in mentions], "type": [m["type"] for m in mentions],
                "count": [m["count"] for m in mentions],
                "as": [", ".join(m["surfaces"] or []) for m in mentions],
                "profile": [ui.link("actor", actor=m["entity"]) for m in mentions],
            }), hide_index=True, width="stretch", key="art_mentions", column_config={
                "name": st.column_config.TextColumn("Actor"),
                "type": st.column_config.TextColumn("Type", width="small"),
                "count": st.column_config.NumberColumn("×", width="small"),
                "as": st.column_config.TextColumn("Written as"),
                "profile": st.column_config.LinkColumn("", display_text="Profile ↗", width="small"),
            })
    with text_col:
        st.subheader("Text")
        text = doc.get("text") or ""
        if not text.strip():
            st.caption("The article has no text.")
        else:
            st.html(f'<div style="line-height:1.65;font-size:1.02rem;max-width:52rem">'
                    f'{highlighted_html(text, mentions)}</div>')

    st.subheader("Claims in this article")
    if claims.empty:
        st.caption("No claim was extracted from this article.")
        return
    ui.claims_table(claims, key="art_claims", within_article=True)


doc_id = ui.query_param("article")
if doc_id:
    article_view(doc_id)
    st.stop()

ui.header("Articles", "Every article in the graph. Search titles and text, then open one to read it "
                      "with its actors highlighted.")
ui.init_state("art_search", "")
query = st.text_input("Search", key="art_search", placeholder="words in the title or text, e.g. Doha talks",
                      icon=":material/search:", label_visibility="collapsed")
if query.strip():
    docs = data.search_documents(query)
    if docs.empty:
        ui.empty(f"No article contains “{query.strip()}”. Try fewer or other words.")
    st.caption(f"{number(len(docs))} articles match, best first")
else:
    docs = data.documents()
    if docs.empty:
        ui.empty("No article has been ingested yet. Run `geokg ingest samples` and press **Refresh data**.")
    st.caption(f"{number(len(docs))} articles, newest first")

listing = pd.DataFrame({
    "published": docs["published"].map(lambda d: str(d)[:10] if d else "undated"),
    "title": docs["title"].fillna("untitled"), "publisher": docs["publisher"].fillna("unknown"),
    "actors": docs["actors"], "claims": docs["claims"],
})
picked = st.dataframe(listing, hide_index=True, width="stretch", key="art_table", on_select="rerun",
                      selection_mode="single-row", column_config={
                          "published": st.column_config.TextColumn("Date", width="small"),
                          "title": st.column_config.TextColumn("Title", width="large"),
                          "publisher": st.column_config.TextColumn("Publisher"),
                          "actors": st.column_config.NumberColumn("Actors", width="small"),
                          "claims": st.column_config.NumberColumn("Claims", width="small"),
                      })
selected = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
ui.init_state("art_open_id", None)
if selected:
    chosen = docs.iloc[selected[0]]
    if st.button(f"Read “{chosen['title'] or 'untitled'}”", key="art_open", icon=":material/article:", type="primary"):
        st.query_params["article"] = chosen["id"]
        st.rerun()
else:
    st.caption("Select a row to open the article.")
