"""The dashboard's pure parts: highlighting, search escaping, network selection, the command line."""
from __future__ import annotations

from dashboard import network
from dashboard.data import lucene_terms
from dashboard.highlight import highlighted_html, spans
from geokg.commands.dashboard import streamlit_command
from ingest.extract.claims import EXTRACTOR as RULES_EXTRACTOR
from ingest.extract.learned import EXTRACTOR as LEARNED_EXTRACTOR
from ingest.extract.llm import LLM_EXTRACTOR
from ingest.records import reader_of


def test_highlight_escapes_text_and_marks_mentions():
    text = "Hamas <script>alert(1)</script> & Israel met.\n\nIsrael left."
    mentions = [{"entity": "hamas", "name": "Hamas", "type": "Group", "starts": [0], "ends": [5]},
                {"entity": "israel", "name": "Israel", "type": "Country",
                 "starts": [text.index("Israel"), text.rindex("Israel")],
                 "ends": [text.index("Israel") + 6, text.rindex("Israel") + 6]}]
    html = highlighted_html(text, mentions)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert html.count('data-entity="israel"') == 2 and html.count('data-entity="hamas"') == 1
    assert html.count("<p>") == 2


def test_highlight_drops_overlapping_and_out_of_range_offsets():
    mentions = [{"entity": "a", "starts": [0, 50], "ends": [10, 60]},
                {"entity": "b", "starts": [5], "ends": [8]}]
    assert [(s, e) for s, e, _ in spans(mentions, 20)] == [(0, 10)]


def test_lucene_terms_escape_syntax():
    assert lucene_terms('US "Taliban (talks') == 'US AND \\"Taliban AND \\(talks'
    assert lucene_terms("  ") == ""
    assert lucene_terms("peace AND war") == "peace AND war"


def _rows():
    def row(a, b, pol, rel, docs, claims, fwd=True):
        return {"a": a, "a_name": a.upper(), "a_type": "Country", "b": b, "b_name": b.upper(),
                "b_type": "Country", "polarity": pol, "relation": rel, "forward": fwd,
                "docs": docs, "claims": claims}
    return [row("a", "b", "cooperative", "SUPPORTS", ["d1", "d2"], ["c1", "c2", "c3"]),
            row("a", "b", "cooperative", "ALLIED_WITH", ["d1"], ["c4"], False),
            row("b", "c", "hostile", "ATTACKS", ["d3"], ["c5"]),
            row("c", "d", "hostile", "ATTACKS", ["d4"], ["c6"])]


def test_edges_count_distinct_articles():
    edges, entities = network.aggregate(_rows())
    ab = next(e for e in edges if e.key == "a|b|cooperative")
    assert ab.articles == 2 and len(ab.claims) == 4
    assert len(entities) == 4


def test_select_min_evidence_focus_and_top_n():
    edges, entities = network.aggregate(_rows())
    assert set(network.select(edges, entities, min_articles=2).nodes) == {"a", "b"}
    assert set(network.select(edges, entities, focus="a", depth=1).nodes) == {"a", "b"}
    assert set(network.select(edges, entities, focus="a", depth=2).nodes) == {"a", "b", "c"}
    top = network.select(edges, entities, top_n=2)
    assert top.total_nodes == 4 and len(top.nodes) == 2 and top.truncated
    assert set(top.nodes) == {"a", "b"}        # the most supported actors are kept


def test_command_is_local_headless_and_private():
    cmd = streamlit_command(8765, "127.0.0.1")
    joined = " ".join(cmd)
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("dashboard/app.py")
    assert "--server.address 127.0.0.1" in joined and "--server.port 8765" in joined
    assert "--server.headless true" in joined and "--browser.gatherUsageStats false" in joined
    assert "--server.fileWatcherType none" in joined
    assert "--theme.primaryColor" in joined


def test_every_extractor_name_tells_its_reader():
    """The dashboard marks and filters claims by reader through these names' prefixes."""
    assert reader_of(RULES_EXTRACTOR) == "rules"
    assert reader_of(LEARNED_EXTRACTOR) == "model"
    assert reader_of(f"{LLM_EXTRACTOR}:qwen2.5:7b") == "llm"
    assert reader_of(None) == reader_of("test.corpus.v1") == "rules"
