"""Ingest status: the recent ingest runs, their counts and the files that failed."""
from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from dashboard import data, ui
from dashboard.style import number

ui.header("Ingest status", "Every run of `geokg ingest` or the scheduler: what was new, updated, "
                           "unchanged or failed, and why.")

runs = data.ingest_runs()
if runs.empty:
    ui.empty("No ingest has run yet. Load articles with `geokg ingest <folder or file>` or start the "
             "scheduler with `geokg schedule`.")


def _time(value) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


STATUS = {"finished": "finished", "failed": "failed", "interrupted": "interrupted", "running": "running",
          "aborted": "aborted (process died)"}
STATUS_COLOURS = {"finished": "#2E9E5B", "failed": "#D64545", "interrupted": "#E8A33D", "running": "#3867D6",
                  "aborted": "#D64545"}
latest = runs.iloc[0]
ui.metric_row([("Last run", str(_time(latest["started"]) or latest["started"])[:16].replace("T", " ")),
               ("Status", STATUS.get(latest["status"], latest["status"] or "unknown")),
               ("New / updated", f"{number(latest['new'])} / {number(latest['updated'])}"),
               ("Failed", int(latest["failed"]))])

table = pd.DataFrame({
    "started": [_time(v) for v in runs["started"]],
    "seconds": [((_time(e) - _time(s)).total_seconds() if _time(e) and _time(s) else None)
                for s, e in zip(runs["started"], runs["ended"])],
    "status": runs["status"].map(lambda s: STATUS.get(s, s or "unknown")),
    "trigger": runs["trigger"],
    "new": runs["new"], "updated": runs["updated"], "unchanged": runs["unchanged"],
    "failed": runs["failed"], "unseen": runs["unseen"],
    "errors": runs["errors"].map(len),
})
styled = table.style.map(lambda s: f"color: {STATUS_COLOURS.get(s, '#616E7C')}; font-weight: 600",
                         subset=["status"])
st.dataframe(styled, hide_index=True, width="stretch", key="ingest_runs", column_config={
    "started": st.column_config.DatetimeColumn("Started (UTC)", format="YYYY-MM-DD HH:mm:ss"),
    "seconds": st.column_config.NumberColumn("Took", format="%.1f s", width="small"),
    "status": st.column_config.TextColumn("Status", width="small"),
    "trigger": st.column_config.TextColumn("Trigger", width="small"),
    "new": st.column_config.NumberColumn("New", width="small"),
    "updated": st.column_config.NumberColumn("Updated", width="small"),
    "unchanged": st.column_config.NumberColumn("Unchanged", width="small"),
    "failed": st.column_config.NumberColumn("Failed", width="small"),
    "unseen": st.column_config.NumberColumn("Gone from source", width="small"),
    "errors": st.column_config.NumberColumn("Errors", width="small"),
})

failed = runs[runs["errors"].map(len) > 0]
st.subheader("Errors")
if failed.empty:
    st.caption("No run reported an error.")
for r in failed.itertuples():
    with st.expander(f"{str(_time(r.started) or r.started)[:19]} · {len(r.errors)} "
                     f"error{'s' * (len(r.errors) != 1)}", expanded=r.Index == failed.index[0]):
        st.dataframe(pd.DataFrame({
            "source": [e.split(": ", 1)[0] for e in r.errors],
            "problem": [e.split(": ", 1)[1] if ": " in e else "" for e in r.errors],
        }), hide_index=True, width="stretch", key=f"ingest_errors_{r.id}", column_config={
            "source": st.column_config.TextColumn("Source", width="medium"),
            "problem": st.column_config.TextColumn("Problem", width="large"),
        })
