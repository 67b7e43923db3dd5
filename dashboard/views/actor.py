"""Actor profile: identity, allies and adversaries ranked by evidence, coverage over time."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.style import TYPE_COLOURS, number, relation_label

actors = data.actors()
ids, labels = ui.actor_options(actors)
if not ids:
    ui.header("Actor profile")
    ui.empty("The graph holds no actors yet. Ingest some articles, then press **Refresh data**.")

param = ui.query_param("actor")
ui.init_state("actor_pick", param if param in labels else ids[0])
with st.sidebar:
    st.subheader("Actor")
    actor_id = st.selectbox("Actor", ids, key="actor_pick", format_func=labels.get,
                            label_visibility="collapsed")

profile = data.actor(actor_id)
if profile is None:
    ui.header("Actor profile")
    ui.empty("This actor is no longer in the graph. Pick another one in the sidebar.")

st.title(profile["name"])
badges = [ui.type_badge(profile["type"])]
if profile.get("wikidata"):
    badges.append(f'<a href="https://www.wikidata.org/wiki/{profile["wikidata"]}" target="_blank" '
                  f'rel="noopener">Wikidata {profile["wikidata"]} ↗</a>')
if profile.get("catalog"):
    badges.append('<span style="color:#616E7C">from the actor catalog</span>')
st.markdown(" &nbsp; ".join(badges), unsafe_allow_html=True)
aliases = [a for a in profile.get("aliases") or [] if a != profile["name"]]
if aliases:
    st.caption("Also called: " + ", ".join(sorted(set(aliases), key=str.lower)))

ui.metric_row([("Mentions", profile["mentions"]), ("Articles", profile["articles"]),
               ("Claims", profile["claims"])])
link_cols = st.columns([1, 1, 4])
link_cols[0].page_link(ui.PAGE_NETWORK, label="Show in network", icon=":material/hub:", query_params={"focus": actor_id})
link_cols[1].page_link(ui.PAGE_EVIDENCE, label="All evidence", icon=":material/format_quote:", query_params={"actor": actor_id})

partners = data.counterparts(actor_id)


def ranked(polarity: str, title: str, empty_text: str, column) -> None:
    column.subheader(title)
    df = partners[partners["polarity"] == polarity] if not partners.empty else partners
    if df.empty:
        column.caption(empty_text)
        return
    shown = pd.DataFrame({
        "name": df["name"], "type": df["type"], "articles": df["articles"], "claims": df["claims"],
        "relations": df["relations"].map(lambda rs: ", ".join(relation_label(r) for r in rs)),
        "latest": df["latest"].map(lambda d: str(d)[:10] if d else "undated"),
        "evidence": [ui.link("evidence", actor=actor_id, other=i) for i in df["id"]],
    })
    column.dataframe(shown, hide_index=True, width="stretch", key=f"actor_{polarity}", column_config={
        "name": st.column_config.TextColumn("Actor"),
        "type": st.column_config.TextColumn("Type", width="small"),
        "articles": st.column_config.ProgressColumn("Articles", format="%d", min_value=0,
                                                    max_value=int(max(df["articles"].max(), 1))),
        "claims": st.column_config.NumberColumn("Claims", width="small"),
        "relations": st.column_config.TextColumn("How"),
        "latest": st.column_config.TextColumn("Latest", width="small"),
        "evidence": st.column_config.LinkColumn("", display_text="Quotes ↗", width="small"),
    })


left, right = st.columns(2)
ranked("cooperative", "Allies and partners", "No cooperative relations recorded.", left)
ranked("hostile", "Adversaries", "No hostile relations recorded.", right)
structural = partners[partners["polarity"] == "structural"] if not partners.empty else partners
if not structural.empty:
    st.caption("Structural: " + "; ".join(
        f"{', '.join(relation_label(r) for r in r_.relations)} {r_.name}" for r_ in structural.itertuples()))

st.subheader("Mentions over time")
timeline = data.mentions_by_date(actor_id)
if timeline.empty:
    st.caption("No dated article mentions this actor.")
else:
    timeline["date"] = pd.to_datetime(timeline["date"].astype(str).str[:10], errors="coerce")
    chart = alt.Chart(timeline.dropna(subset=["date"])).mark_bar(
        color=TYPE_COLOURS.get(profile["type"], "#3867D6"), size=14).encode(
        x=alt.X("date:T", title=None), y=alt.Y("mentions:Q", title="Mentions"),
        tooltip=[alt.Tooltip("date:T", title="Published"), alt.Tooltip("mentions:Q", title="Mentions"),
                 alt.Tooltip("articles:Q", title="Articles")]).properties(height=220)
    st.altair_chart(chart, width="stretch")

st.subheader("Articles mentioning it")
docs = data.actor_documents(actor_id)
if docs.empty:
    st.caption("No article mentions this actor.")
else:
    st.dataframe(pd.DataFrame({
        "published": docs["published"].map(lambda d: str(d)[:10] if d else "undated"),
        "title": docs["title"].fillna("untitled"), "publisher": docs["publisher"].fillna("unknown"),
        "mentions": docs["mentions"], "claims": docs["claims"],
        "open": [ui.link("articles", article=d) for d in docs["id"]],
    }), hide_index=True, width="stretch", key="actor_docs", column_config={
        "published": st.column_config.TextColumn("Date", width="small"),
        "title": st.column_config.TextColumn("Article", width="large"),
        "publisher": st.column_config.TextColumn("Publisher"),
        "mentions": st.column_config.NumberColumn("Mentions", width="small"),
        "claims": st.column_config.NumberColumn("Claims about it", width="small"),
        "open": st.column_config.LinkColumn("", display_text="Open ↗", width="small"),
    })
st.caption(f"{number(len(docs))} articles")
