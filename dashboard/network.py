"""The network view's model and its self-contained HTML: pure Python, no Streamlit, no driver.

    edges = aggregate(rows)                          # rows of cypher/views/network_edges
    selection = select(edges, min_articles=2, focus="...", depth=1, top_n=150)
    html = render(selection, nodes_info, evidence)   # one HTML page, vis-network inlined

An edge is one (pair, polarity): its weight is the number of DISTINCT articles supporting it, so
one article repeating a sentence does not thicken it. The HTML carries each edge's evidence as
JSON and a click handler that shows it beside the canvas, so clicking needs no page reload; it
loads nothing from the network (vis-network is inlined from the pyvis package).
"""
from __future__ import annotations

import json
from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from dashboard.style import POLARITY_COLOURS, READER_HELP, READER_LABELS, RELATION_LABELS, TYPE_COLOURS

TEMPLATES = Path(__file__).resolve().parent / "templates"
PYVIS_TEMPLATES = Path(__import__("pyvis").__file__).resolve().parent / "templates"

EVIDENCE_PER_EDGE = 12     # claims embedded per edge; the Evidence page has them all
EVIDENCE_BUDGET = 2500     # claims embedded in one page at most (strongest edges first)
DEFAULT_TOP_N = 150
EDGES_PER_NODE = 5         # at most top_n * this many lines are drawn (the strongest)


@dataclass
class Edge:
    a: str
    b: str
    polarity: str
    docs: set[str] = field(default_factory=set)
    claims: list[str] = field(default_factory=list)
    # (relation, forward) -> [distinct docs, claims]; forward: a is the subject
    breakdown: dict[tuple[str, bool], list] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.a}|{self.b}|{self.polarity}"

    @property
    def articles(self) -> int:
        return len(self.docs)


@dataclass
class Selection:
    """What the canvas shows: nodes (id -> name/type), edges, and how much was left out."""

    nodes: dict[str, dict]
    edges: list[Edge]
    total_nodes: int            # nodes passing the filters before the top-N cut
    total_edges: int
    focus: str | None = None
    candidate_edges: int = 0    # lines among the shown nodes before the per-node cap

    @property
    def truncated(self) -> bool:
        return len(self.nodes) < self.total_nodes

    def node_articles(self) -> dict[str, int]:
        docs: dict[str, set] = defaultdict(set)
        for e in self.edges:
            docs[e.a] |= e.docs
            docs[e.b] |= e.docs
        return {n: len(d) for n, d in docs.items()}


def aggregate(rows: Iterable[Mapping]) -> tuple[list[Edge], dict[str, dict]]:
    """Rows of ``views/network_edges`` -> edges per (pair, polarity) and the entities involved."""
    edges: dict[tuple[str, str, str], Edge] = {}
    entities: dict[str, dict] = {}
    for r in rows:
        entities.setdefault(r["a"], {"id": r["a"], "name": r["a_name"], "type": r["a_type"]})
        entities.setdefault(r["b"], {"id": r["b"], "name": r["b_name"], "type": r["b_type"]})
        edge = edges.get((r["a"], r["b"], r["polarity"]))
        if edge is None:
            edge = edges[(r["a"], r["b"], r["polarity"])] = Edge(r["a"], r["b"], r["polarity"])
        docs = set(r["docs"])
        edge.docs |= docs
        edge.claims.extend(r["claims"])
        slot = edge.breakdown.setdefault((r["relation"], bool(r["forward"])), [set(), 0])
        slot[0] |= docs
        slot[1] += len(r["claims"])
    return list(edges.values()), entities


def select(edges: list[Edge], entities: Mapping[str, dict], *, min_articles: int = 1,
           focus: str | None = None, depth: int = 1, top_n: int = DEFAULT_TOP_N) -> Selection:
    """Apply minimum evidence, the focus neighbourhood and the top-N cut (by distinct articles)."""
    kept = [e for e in edges if e.articles >= min_articles]
    if focus is not None:
        adjacency: dict[str, set[str]] = defaultdict(set)
        for e in kept:
            adjacency[e.a].add(e.b)
            adjacency[e.b].add(e.a)
        reached = {focus: 0}
        queue = deque([focus])
        while queue:
            n = queue.popleft()
            if reached[n] >= depth:
                continue
            for m in adjacency[n]:
                if m not in reached:
                    reached[m] = reached[n] + 1
                    queue.append(m)
        kept = [e for e in kept if e.a in reached and e.b in reached]
    docs: dict[str, set] = defaultdict(set)
    for e in kept:
        docs[e.a] |= e.docs
        docs[e.b] |= e.docs
    ranked = sorted(docs, key=lambda n: (n != focus, -len(docs[n]), entities[n]["name"].lower(), n))
    chosen = set(ranked[:top_n])
    shown = [e for e in kept if e.a in chosen and e.b in chosen]
    shown.sort(key=lambda e: (-e.articles, -len(e.claims), e.key))
    candidate_edges = len(shown)
    shown = shown[:max(top_n * EDGES_PER_NODE, 1)]
    nodes = {n: dict(entities[n]) for n in ranked[:top_n]}
    return Selection(nodes=nodes, edges=shown, total_nodes=len(docs), total_edges=len(kept),
                     focus=focus if focus in nodes else None, candidate_edges=candidate_edges)


def evidence_ids(selection: Selection, per_edge: int = EVIDENCE_PER_EDGE,
                 budget: int = EVIDENCE_BUDGET) -> list[str]:
    """The claim ids whose evidence the HTML embeds: the newest ``per_edge`` of each edge, the
    strongest edges first, ``budget`` in all (the panel links to the Evidence page for the rest)."""
    ids: list[str] = []
    for e in selection.edges:
        take = e.claims[:min(per_edge, budget - len(ids))]
        if not take:
            break
        ids.extend(take)
    return ids


# -- HTML --------------------------------------------------------------------------------------

def _scriptsafe(value) -> Markup:
    """JSON that can sit inside <script> and HTML attributes ('<', '>' and '&' escaped)."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(TEMPLATES)),
                                    jinja2.FileSystemLoader(str(PYVIS_TEMPLATES))]),
        autoescape=jinja2.select_autoescape(["html"]))
    env.filters["scriptsafe"] = _scriptsafe
    env.globals.update(type_colours=TYPE_COLOURS, polarity_colours=POLARITY_COLOURS,
                       relation_labels=RELATION_LABELS, reader_labels=READER_LABELS, reader_help=READER_HELP)
    return env


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


def _edge_tooltip(edge: Edge, names: Mapping[str, str]) -> str:
    a, b = names[edge.a], names[edge.b]
    lines = [f"{a} — {b}",
             f"{edge.polarity}: {edge.articles} article{'s' * (edge.articles != 1)}, "
             f"{len(edge.claims)} claim{'s' * (len(edge.claims) != 1)}"]
    for (relation, forward), (docs, claims) in sorted(edge.breakdown.items(),
                                                      key=lambda kv: (-len(kv[1][0]), kv[0])):
        subj, obj = (a, b) if forward else (b, a)
        lines.append(f"  {subj} {RELATION_LABELS.get(relation, relation)} {obj}: "
                     f"{len(docs)} article{'s' * (len(docs) != 1)}")
    lines.append("Click for the quotes")
    return "\n".join(lines)


_SMOOTH = {
    "cooperative": {"enabled": True, "type": "curvedCW", "roundness": 0.22},
    "hostile": {"enabled": True, "type": "curvedCCW", "roundness": 0.22},
    "structural": {"enabled": False},
}


def render(selection: Selection, mentions: Mapping[str, int], evidence: Mapping[str, dict], *,
           height: int = 640) -> str:
    """The HTML page of the network: nodes sized by mentions, edges by distinct articles."""
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line",
                  bgcolor="#ffffff")
    articles = selection.node_articles()
    names = {n: info["name"] for n, info in selection.nodes.items()}
    for node_id, info in selection.nodes.items():
        colour = TYPE_COLOURS.get(info["type"], "#888888")
        n_mentions = int(mentions.get(node_id, 0))
        net.add_node(
            node_id, label=info["name"], shape="dot", value=max(n_mentions, 1),
            color={"background": colour, "border": "#ffffff",
                   "highlight": {"background": colour, "border": "#1F2933"},
                   "hover": {"background": colour, "border": "#1F2933"}},
            borderWidth=3 if node_id == selection.focus else 1.5,
            title=(f"{info['name']} ({info['type']})\n{_count(n_mentions, 'mention')} · "
                   f"{_count(articles.get(node_id, 0), 'article')} with claims\nClick for the evidence"),
            entityType=info["type"], mentions=n_mentions, articles=articles.get(node_id, 0))
    for edge in selection.edges:
        shown = [evidence[c] for c in edge.claims if c in evidence]
        breakdown = [{"relation": rel, "forward": fwd, "articles": len(docs), "claims": n}
                     for (rel, fwd), (docs, n) in sorted(edge.breakdown.items(),
                                                         key=lambda kv: (-len(kv[1][0]), kv[0]))]
        net.add_edge(
            edge.a, edge.b, id=edge.key, value=edge.articles,
            color={"color": POLARITY_COLOURS[edge.polarity], "highlight": POLARITY_COLOURS[edge.polarity],
                   "hover": POLARITY_COLOURS[edge.polarity], "opacity": 0.85},
            smooth=_SMOOTH[edge.polarity], arrows={"to": {"enabled": False}},
            dashes=edge.polarity == "structural",
            title=_edge_tooltip(edge, names), polarity=edge.polarity, articles=edge.articles,
            claimCount=len(edge.claims), breakdown=breakdown, evidence=shown)
    big = len(selection.nodes) > 60
    net.options = {
        "autoResize": True,
        "nodes": {"font": {"size": 14, "face": "Inter, Segoe UI, Helvetica, Arial, sans-serif",
                           "color": "#1F2933", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 42, "label": {"enabled": True, "min": 12, "max": 22,
                                                             "drawThreshold": 6}}},
        "edges": {"scaling": {"min": 1, "max": 9}, "selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": False},
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.008,
                                         "springLength": 120, "springConstant": 0.06,
                                         "damping": 0.5, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 250 if big else 400,
                                      "updateInterval": 25, "fit": True},
                    "minVelocity": 1.5},
    }
    net.path = "network.html"
    net.templateEnv = _environment()
    return net.generate_html(name="network.html")


def render_result_graph(nodes: Mapping[str, dict], edges: Iterable[Mapping], *, height: int = 540) -> str:
    """A console result's nodes and relationships as a network (labels, types; no evidence)."""
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    for node_id, info in nodes.items():
        props = info["props"]
        kind = props.get("type") if props.get("type") in TYPE_COLOURS else None
        label = str(props.get("name") or props.get("title") or props.get("relation")
                    or (info["labels"][0] if info["labels"] else node_id))[:40]
        colour = TYPE_COLOURS.get(kind or "", "#C3CAD3" if "Claim" in info["labels"] else "#7B8794")
        net.add_node(node_id, label=label, shape="dot", size=14,
                     color={"background": colour, "border": "#ffffff"},
                     title=":".join(info["labels"]) + "\n" + "\n".join(
                         f"{k}: {str(v)[:80]}" for k, v in sorted(props.items()) if k != "text"),
                     entityType=":".join(info["labels"]), mentions=0, articles=0)
    for e in edges:
        net.add_edge(e["start"], e["end"], id=e["id"], label=e["type"], title=e["type"],
                     color={"color": "#9AA3AD"}, font={"size": 10, "color": "#616E7C", "strokeWidth": 0},
                     arrows={"to": {"enabled": True, "scaleFactor": 0.5}}, polarity="structural",
                     articles=0, claimCount=0, breakdown=[], evidence=[])
    net.options = {
        "nodes": {"font": {"size": 13, "color": "#1F2933", "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -50, "springLength": 110},
                    "stabilization": {"enabled": True, "iterations": 300}},
    }
    net.path = "network.html"
    net.templateEnv = _environment()
    return net.generate_html(name="network.html")
