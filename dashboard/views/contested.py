"""Contested: relations that the sources portray both ways, side by side per source and date."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.style import READER_HELP, READER_LABELS, reader_of, relation_label

ui.header("Contested relations", "Pairs described as cooperative in some claims and hostile in others, "
                                 "and how each publisher or quoted source portrays them over time.")

pairs = data.contested_pairs()
disputed = data.disputed_pairs()
if pairs.empty and disputed.empty:
    ui.empty("No pair of actors has both cooperative and hostile claims yet — nothing is contested. "
             "This page fills up as more articles are ingested.")

keys = {}
for r in pairs.itertuples():
    keys[f"{r.a}|{r.b}"] = f"{r.a_name} — {r.b_name}"
for r in disputed.itertuples():
    keys.setdefault(f"{r.a}|{r.b}", f"{r.a_name} — {r.b_name}")

table = pd.DataFrame({
    "pair": [keys[f"{r.a}|{r.b}"] for r in pairs.itertuples()],
    "cooperative": pairs["cooperative"], "hostile": pairs["hostile"], "articles": pairs["articles"],
    "publishers": pairs["publishers"].map(lambda ps: ", ".join(sorted(p or "unknown" for p in ps))),
}) if not pairs.empty else pd.DataFrame(columns=["pair", "cooperative", "hostile", "articles", "publishers"])
st.dataframe(table, hide_index=True, width="stretch", key="contested_table", column_config={
    "pair": st.column_config.TextColumn("Pair", width="medium"),
    "cooperative": st.column_config.NumberColumn("Cooperative articles", width="small"),
    "hostile": st.column_config.NumberColumn("Hostile articles", width="small"),
    "articles": st.column_config.NumberColumn("Articles", width="small"),
    "publishers": st.column_config.TextColumn("Publishers", width="large"),
})

ui.init_state("contested_pair", next(iter(keys)))
choice = st.selectbox("Compare the sources on", list(keys), key="contested_pair", format_func=keys.get)
a, b = choice.split("|", 1)
stances = data.pair_stances(a, b)
if stances.empty:
    ui.empty("No cooperative or hostile claims left for this pair.")

stances = stances.assign(
    voice=[s if isinstance(s, str) and s else (p or "unknown publisher")
           for s, p in zip(stances["source"], stances["publisher"])],
    day=stances["published"].map(lambda d: str(d)[:10] if d else "undated"))

st.subheader("Per publisher")
per_publisher = (stances.assign(publisher=stances["publisher"].fillna("unknown publisher"))
                 .groupby(["publisher", "polarity"])
                 .agg(articles=("document", "nunique"), first=("day", "min"), last=("day", "max"))
                 .reset_index())
wide = per_publisher.pivot_table(index="publisher", columns="polarity", values="articles",
                                 fill_value=0, aggfunc="sum")
for col in ("cooperative", "hostile"):
    if col not in wide:
        wide[col] = 0
spans = per_publisher.groupby("publisher").agg(first=("first", "min"), last=("last", "max"))
summary = wide[["cooperative", "hostile"]].join(spans).reset_index()
summary["portrayal"] = [
    "mixed" if c and h else "cooperative" if c else "hostile"
    for c, h in zip(summary["cooperative"], summary["hostile"])]
st.dataframe(summary, hide_index=True, width="stretch", key="contested_publishers", column_config={
    "publisher": st.column_config.TextColumn("Publisher"),
    "cooperative": st.column_config.NumberColumn("Cooperative", help="articles", width="small"),
    "hostile": st.column_config.NumberColumn("Hostile", help="articles", width="small"),
    "first": st.column_config.TextColumn("From", width="small"),
    "last": st.column_config.TextColumn("To", width="small"),
    "portrayal": st.column_config.TextColumn("Portrayal", width="small"),
})

st.subheader("Side by side")
left, right = st.columns(2)
for column, polarity, title in ((left, "cooperative", "Portrayed as cooperative"),
                                (right, "hostile", "Portrayed as hostile")):
    column.markdown(f"#### {ui.polarity_badge(polarity, title)}", unsafe_allow_html=True)
    side = stances[stances["polarity"] == polarity]
    if side.empty:
        column.caption("No claim.")
    for r in side.itertuples():
        with column.container(border=True):
            reader = reader_of(r.extractor)
            st.markdown(f"**{r.subject_name}** {relation_label(r.relation)} **{r.object_name}**"
                        f" · _{r.certainty}_" + (f" · read by the {READER_LABELS[reader]}" if reader != "rules" else ""),
                        help=READER_HELP if reader != "rules" else None)
            st.markdown(f"> {r.quote}")
            st.caption(f"{r.day} · {r.publisher or 'unknown publisher'} · "
                       f"{'according to ' + r.source if isinstance(r.source, str) and r.source else 'stated by the article'}"
                       f" · [{r.title or 'untitled'}]({ui.link('articles', article=r.document)})")

if not disputed.empty:
    st.subheader("Where sources disagree")
    st.caption("Pairs where one source (a quoted actor, or else the publisher) speaks only of cooperation "
               "and another only of hostility.")
    st.dataframe(pd.DataFrame({
        "pair": [f"{r.a_name} — {r.b_name}" for r in disputed.itertuples()],
        "cooperative": disputed["cooperative_voices"].map(", ".join),
        "hostile": disputed["hostile_voices"].map(", ".join),
        "mixed": disputed["mixed_voices"].map(", ".join),
    }), hide_index=True, width="stretch", key="disputed_table", column_config={
        "pair": st.column_config.TextColumn("Pair"),
        "cooperative": st.column_config.TextColumn("Sources saying cooperative"),
        "hostile": st.column_config.TextColumn("Sources saying hostile"),
        "mixed": st.column_config.TextColumn("Both"),
    })
