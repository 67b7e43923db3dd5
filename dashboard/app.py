"""geokg dashboard: the entry point ``streamlit run`` starts (``geokg dashboard`` does that).

Pages live in ``dashboard/views/``; they read the graph only through ``dashboard.data``.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.style import number
from geokg.errors import DatabaseAuthError, DatabaseUnavailable, GeokgError

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="geokg · geopolitical knowledge graph", page_icon=str(HERE / "static" / "icon.svg"), layout="wide",
                   initial_sidebar_state="expanded")

st.html("""<style>
  [data-testid="stSidebarHeader"] { padding-bottom: 0.25rem; }
  [data-testid="stSidebar"] h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: .06em;
                                 color: #616E7C; margin: 0.9rem 0 0.1rem 0; }
  [data-testid="stMetricValue"] { font-size: 1.6rem; }
  .block-container { padding-top: 2.2rem; }
  blockquote { border-left: 3px solid #E4E7EB; margin: 0.2rem 0; padding-left: .7rem; color: #3E4C59; }
</style>""")

st.logo(str(HERE / "static" / "logo.svg"), size="large")

pages = {
    "Explore": [
        st.Page(str(HERE / "views" / "network.py"), title="Network", icon=":material/hub:", url_path="network", default=True),
        st.Page(str(HERE / "views" / "evidence.py"), title="Evidence", icon=":material/format_quote:", url_path="evidence"),
        st.Page(str(HERE / "views" / "actor.py"), title="Actor profile", icon=":material/person:", url_path="actor"),
        st.Page(str(HERE / "views" / "contested.py"), title="Contested", icon=":material/balance:", url_path="contested"),
    ],
    "Sources": [
        st.Page(str(HERE / "views" / "articles.py"), title="Articles", icon=":material/newspaper:", url_path="articles"),
        st.Page(str(HERE / "views" / "ingest.py"), title="Ingest status", icon=":material/sync:", url_path="ingest"),
    ],
    "Analyst": [
        st.Page(str(HERE / "views" / "console.py"), title="Cypher console", icon=":material/terminal:", url_path="console"),
    ],
}
page = st.navigation(pages)

try:
    data.graph()
    summary = data.overview()
except (DatabaseUnavailable, DatabaseAuthError) as exc:
    st.title("geokg")
    st.error(f"The graph database cannot be reached. {exc}", icon=":material/power_off:")
    st.caption("Start it with `geokg db start`, or point NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD at a "
               "running Neo4j, then reload this page.")
    st.stop()

with st.sidebar:
    st.caption(f"{number(summary['documents'])} articles · {number(summary['entities'])} entities · "
               f"{number(summary['claims'])} claims")

try:
    page.run()
except GeokgError as exc:
    st.error(str(exc), icon=":material/warning:")

with st.sidebar:
    st.divider()
    if st.button("Refresh data", key="refresh_data", icon=":material/refresh:", help="Read the graph again (results are "
                 f"kept for {data.CACHE_TTL} s)", width="stretch"):
        data.clear_cache()
        st.rerun()
