"""Network: actors and the relations between them, every line traceable to its quotes."""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import data, ui
from dashboard.style import CERTAINTIES, POLARITIES, POLARITY, RELATION_LABELS, TYPE_COLOURS, number

ui.header("Network", "Who cooperates with, opposes or belongs to whom — line width is the number of "
                     "distinct articles supporting a relation. Click a line or an actor for the quotes.")

summary = data.overview()
if summary["claims"] == 0:
    ui.empty("The graph holds no claims yet. Ingest some articles (`geokg ingest samples`), then "
             "press **Refresh data** in the sidebar.")

actors = data.actors()
actor_ids, actor_labels = ui.actor_options(actors, with_claims_only=True)
documents = data.documents()
doc_titles = {r.id: f"{r.title or 'untitled'} · {r.publisher or 'unknown'} · {str(r.published or 'undated')[:10]}"
              for r in documents.itertuples()}
first = date.fromisoformat(str(summary["first_date"])[:10]) if summary["first_date"] else None
last = date.fromisoformat(str(summary["last_date"])[:10]) if summary["last_date"] else None
types = [t for t in TYPE_COLOURS if t in summary["types"]]

ui.init_state("net_polarity", list(POLARITIES))
ui.init_state("net_certainty", list(CERTAINTIES))
ui.init_state("net_types", types)
ui.init_state("net_relations", [])
ui.init_state("net_publishers", [])
ui.init_state("net_documents", [])
ui.init_state("net_min_articles", 1)
ui.init_state("net_depth", 1)
ui.init_state("net_top_n", 150)
focus_param = ui.query_param("focus")
ui.init_state("net_focus", focus_param if focus_param in actor_labels else None)
if first and last:
    ui.init_state("net_dates", (first, last))

with st.sidebar:
    st.subheader("Relations")
    polarities = st.pills("Polarity", list(POLARITIES), selection_mode="multi", key="net_polarity",
                          help="Cooperative: allied with, supports, negotiates with. Hostile: attacks, "
                               "threatens, opposes. Structural: member of, operates in.")
    relation_choices = [r for r in RELATION_LABELS if POLARITY[r] in (polarities or POLARITIES)]
    st.session_state["net_relations"] = [r for r in st.session_state["net_relations"] if r in relation_choices]
    relations = st.multiselect("Relation types", relation_choices, key="net_relations",
                               format_func=lambda r: RELATION_LABELS[r], placeholder="all types")
    certainties = st.pills("Certainty", list(CERTAINTIES), selection_mode="multi", key="net_certainty",
                           help="Asserted: stated as fact. Alleged: reported or claimed by someone. "
                                "Hypothetical: could, would, may.")
    readers = ui.reader_pills("net_readers", summary["readers"])
    min_articles = st.slider("Minimum supporting articles", 1, 10, key="net_min_articles")

    st.subheader("Actors")
    chosen_types = st.pills("Types", types, selection_mode="multi", key="net_types")
    focus = st.selectbox("Focus on", actor_ids, key="net_focus", format_func=actor_labels.get,
                         index=None, placeholder="all actors")
    depth = st.segmented_control("Neighbourhood", [1, 2], key="net_depth",
                                 format_func=lambda d: f"{d} step{'s' * (d > 1)}",
                                 disabled=focus is None)
    top_n = st.select_slider("Show at most", [25, 50, 100, 150, 250, 400], key="net_top_n",
                             format_func=lambda n: f"{n} actors")

    st.subheader("Sources")
    publishers = st.multiselect("Publishers", summary["publishers"], key="net_publishers",
                                format_func=lambda p: p or "unknown publisher", placeholder="all publishers")
    chosen_docs = st.multiselect("Articles", list(doc_titles), key="net_documents",
                                 format_func=doc_titles.get, placeholder="all articles")
    date_range = None
    if first and last and first < last:
        date_range = st.date_input("Published between", min_value=first, max_value=last, key="net_dates")

if not polarities or not certainties or not chosen_types or not readers:
    missing = ("a polarity" if not polarities else "a certainty" if not certainties
               else "an actor type" if not chosen_types else "a reader")
    ui.empty(f"Select at least {missing} in the sidebar to draw the network.")

date_from = date_to = None
if isinstance(date_range, (tuple, list)) and date_range:
    if date_range[0] != first:
        date_from = date_range[0].isoformat()
    if len(date_range) > 1 and date_range[1] != last:
        date_to = date_range[1].isoformat()

filters = data.NetworkFilters(
    polarities=None if set(polarities) == set(POLARITIES) else tuple(sorted(polarities)),
    relations=tuple(sorted(relations)) if relations else None,
    certainties=None if set(certainties) == set(CERTAINTIES) else tuple(sorted(certainties)),
    types=None if set(chosen_types) == set(types) else tuple(sorted(chosen_types)),
    publishers=tuple(sorted(publishers)) if publishers else None,
    documents=tuple(sorted(chosen_docs)) if chosen_docs else None,
    date_from=date_from, date_to=date_to, min_articles=int(min_articles),
    focus=focus, depth=int(depth or 1), top_n=int(top_n),
    readers=None if set(readers) >= set(summary["readers"]) else tuple(sorted(readers)))

with st.spinner("Drawing the network…"):
    view = data.network_view(filters)
st.session_state["network_view"] = view      # for tests and the browser check: what was drawn

if view.nodes == 0:
    ui.empty("No relations match these filters. Widen the date range, lower the minimum number of "
             "supporting articles or allow more polarities, certainties or actor types.")

cols = st.columns([1, 1, 1, 3])
cols[0].metric("Actors shown", number(view.nodes))
cols[1].metric("Relations shown", number(view.edges))
cols[2].metric("Matching actors", number(view.total_nodes))
if view.total_nodes > view.nodes:
    cols[3].info(f"Showing {view.nodes:,} of {view.total_nodes:,} actors — those with the most supporting "
                 "articles. Narrow the filters, focus on an actor or raise “Show at most” to see others.",
                 icon=":material/filter_alt:")
elif view.candidate_edges > view.edges:
    cols[3].info(f"Drawing the {view.edges:,} strongest of {view.candidate_edges:,} relations between "
                 "these actors. Raise the minimum number of supporting articles to thin them out.",
                 icon=":material/filter_alt:")
elif focus:
    cols[3].caption(f"Neighbourhood of **{actor_labels.get(focus, focus)}**, {depth} step{'s' * (depth > 1)} out.")

st.iframe(view.html, height=660)
