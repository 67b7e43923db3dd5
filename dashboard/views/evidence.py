"""Evidence: every claim about an actor, or between two actors, with its quote and source."""
from __future__ import annotations

import streamlit as st

from dashboard import data, ui
from dashboard.style import CERTAINTIES, POLARITIES, number, reader_of

ui.header("Evidence", "The claims behind the network: who said what about whom, how surely, and where.")

actors = data.actors()
ids, labels = ui.actor_options(actors, with_claims_only=True)
if not ids:
    ui.empty("No claims in the graph yet. Ingest some articles, then press **Refresh data**.")

param_actor, param_other = ui.query_param("actor"), ui.query_param("other")
ui.init_state("ev_actor", param_actor if param_actor in labels else ids[0])
ui.init_state("ev_other", param_other if param_other in labels else None)
ui.init_state("ev_polarity", list(POLARITIES))
ui.init_state("ev_certainty", list(CERTAINTIES))

left, right = st.columns(2)
actor = left.selectbox("Actor", ids, key="ev_actor", format_func=labels.get)
partners = data.counterparts(actor)
partner_ids = list(dict.fromkeys(partners["id"])) if not partners.empty else []
if st.session_state["ev_other"] not in partner_ids:
    st.session_state["ev_other"] = None
other = right.selectbox("With (optional)", partner_ids, key="ev_other", index=None,
                        format_func=lambda i: labels.get(i, i), placeholder="any counterpart")

with st.sidebar:
    st.subheader("Filter claims")
    polarities = st.pills("Polarity", list(POLARITIES), selection_mode="multi", key="ev_polarity")
    certainties = st.pills("Certainty", list(CERTAINTIES), selection_mode="multi", key="ev_certainty")
    readers = ui.reader_pills("ev_readers", data.overview()["readers"])

claims = data.actor_claims(actor, other)
if not claims.empty:
    claims = claims[claims["polarity"].isin(polarities or []) & claims["certainty"].isin(certainties or [])
                    & claims["extractor"].map(reader_of).isin(readers)]
if claims.empty:
    ui.empty("No claims match. Allow more polarities, certainties or readers in the sidebar, or pick "
             "another pair.")

ui.metric_row([("Claims", len(claims)), ("Articles", claims["document"].nunique()),
               ("Publishers", claims["publisher"].nunique()),
               ("Attributed to a source", int(claims["source"].notna().sum()))])
picked = ui.claims_table(claims, key="ev_table", selectable=True)

rows = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
if rows:
    row = claims.iloc[rows[0]]
    with st.container(border=True):
        st.markdown(f"**{row['subject_name']}** {row['relation'].replace('_', ' ').lower()} "
                    f"**{row['object_name']}** · _{row['certainty']}_ · "
                    f"{'according to ' + row['source'] if row['source'] else 'stated by the article'}")
        st.markdown(f"> {row['quote']}")
        st.caption(f"{row['title'] or 'untitled'} — {row['publisher'] or 'unknown publisher'}, "
                   f"{row['published'] or 'undated'}")
        if st.button("Open the article", key="ev_open", icon=":material/article:"):
            st.switch_page(ui.PAGE_ARTICLES, query_params={"article": row["document"]})
else:
    st.caption(f"{number(len(claims))} claims, newest article first. Select a row to read it in context.")
