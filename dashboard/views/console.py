"""Cypher console: read-only queries for analysts, with a time limit, a row cap and saved queries."""
from __future__ import annotations

import json
import re

import pandas as pd
import streamlit as st

from dashboard import data, network, ui
from geokg.errors import GeokgError

ui.header("Cypher console", f"Read-only: Neo4j refuses any write from here. Queries stop after "
                            f"{data.CONSOLE_TIMEOUT:g} s and return at most {data.CONSOLE_ROW_CAP:,} rows.")

saved = {q.name: q for q in data.saved_queries()}
ui.init_state("console_query", "MATCH (a:Actor)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(b:Actor)\n"
                               "RETURN a.name AS subject, c.relation AS relation, b.name AS object, "
                               "c.certainty AS certainty\nLIMIT 25")
ui.init_state("console_saved", None)


def use_saved() -> None:
    name = st.session_state.get("console_saved")
    if name in saved:
        body = "\n".join(line for line in saved[name].text.splitlines() if not line.startswith("//"))
        st.session_state["console_query"] = body.strip()


with st.sidebar:
    st.subheader("Saved queries")
    if saved:
        st.selectbox("Saved queries", list(saved), key="console_saved", index=None, on_change=use_saved,
                     format_func=lambda n: n.split("/", 1)[-1].replace("_", " "),
                     placeholder="pick a saved query", label_visibility="collapsed")
        if st.session_state.get("console_saved") in saved:
            st.caption(saved[st.session_state["console_saved"]].description)
    else:
        st.caption("No saved queries in cypher/analyst/.")

query = st.text_area("Query", key="console_query", height=160, label_visibility="collapsed")

# Parameters: the saved query's declared ones (typed), else every $name in the text.
declared = {}
if st.session_state.get("console_saved") in saved:
    declared = {n: (t, h) for n, t, h in saved[st.session_state["console_saved"]].params}
names = list(dict.fromkeys(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", query or "")))
params: dict = {}
if names:
    st.caption("Parameters")
    cols = st.columns(min(len(names), 4))
    for i, name in enumerate(names):
        kind, help_text = declared.get(name, ("string", ""))
        col = cols[i % len(cols)]
        key = f"console_param_{name}"
        if kind in ("int", "integer"):
            default = int(m.group(1)) if (m := re.search(r"default (\d+)", help_text)) else 10
            params[name] = int(col.number_input(name, value=default, step=1, key=key, help=help_text or None))
        elif kind in ("float", "number"):
            params[name] = float(col.number_input(name, value=0.0, key=key, help=help_text or None))
        elif kind in ("list",):
            raw = col.text_input(name, key=key, help=(help_text + " — comma-separated").strip(" —"))
            params[name] = [v.strip() for v in raw.split(",") if v.strip()]
        else:
            raw = col.text_input(name, key=key, help=help_text or None)
            params[name] = raw if raw != "" else None

run = st.button("Run query", key="console_run", type="primary", icon=":material/play_arrow:")
if run:
    try:
        st.session_state["console_result"] = data.run_console(query, params)
        st.session_state["console_error"] = None
    except GeokgError as exc:
        st.session_state["console_result"] = None
        message = str(exc)
        if "only reads are allowed" in message:
            message = ("Refused: this console is read-only, and Neo4j rejected the write. "
                       "Change the graph with `geokg ingest` instead. (" + message + ")")
        st.session_state["console_error"] = message

if st.session_state.get("console_error"):
    st.error(st.session_state["console_error"], icon=":material/block:")
    st.stop()
result = st.session_state.get("console_result")
if result is None:
    ui.empty("Write a query or pick a saved one in the sidebar, then press **Run query**.")

note = f"{len(result.rows):,} row{'s' * (len(result.rows) != 1)} in {result.seconds * 1000:.0f} ms"
if result.truncated:
    note += f" — stopped at the cap of {data.CONSOLE_ROW_CAP:,} rows; add a LIMIT or narrow the query"
st.caption(note)
if not result.rows:
    ui.empty("The query returned no rows.")


def cell(value):
    """Nodes as (:Label {name}), relationships as [:TYPE], other structures as JSON."""
    if isinstance(value, dict) and "_labels" in value:
        labels = ":".join(l for l in value["_labels"] if l not in ("Entity", "Actor")) or "node"
        name = value.get("name") or value.get("title") or value.get("relation") or value.get("id")
        return f"(:{labels} {name!r})" if name is not None else f"(:{labels})"
    if isinstance(value, dict) and "_type" in value:
        return f"[:{value['_type']}]"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


table = pd.DataFrame([{k: cell(v) for k, v in row.items()} for row in result.rows], columns=result.columns)
tabs = st.tabs(["Table", f"Graph ({len(result.graph_nodes)} nodes)"] if result.graph_nodes else ["Table"])
with tabs[0]:
    st.dataframe(table, hide_index=True, width="stretch", key="console_table")
    st.download_button("Download CSV", table.to_csv(index=False).encode("utf-8"), "geokg-query.csv",
                       "text/csv", key="console_csv", icon=":material/download:")
if result.graph_nodes:
    with tabs[1]:
        st.iframe(network.render_result_graph(result.graph_nodes, result.graph_edges), height=560)
