"""How fast the dashboard's Network page is built, server-side (query + selection + HTML).

    .venv/bin/python bench/dashboard_network.py --synthetic --wipe   # 2,000 actors, 20,000 claims
    .venv/bin/python bench/dashboard_network.py --samples --wipe     # the five sample articles

Runs against the configured Neo4j (NEO4J_URI/..., else the local `geokg db` server). The graph
must be empty or ``--wipe`` given (it deletes everything first). Synthetic data is loaded through
the real loader (``ingest.load.load_extraction``); popularity is skewed (a few actors appear in
many articles, as in news) so that the top-N cut matters. Prints the figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import data  # noqa: E402
from geokg.graph import Graph  # noqa: E402
from ingest.load import load_extraction  # noqa: E402
from ingest.records import (ACTOR_TYPES, RELATIONS, Article, Claim, Entity, Extraction,  # noqa: E402
                            Mention, content_hash)

PUBLISHERS = ["Reuters", "AP", "Al Jazeera", "BBC", "The Guardian", "Le Monde", "Dawn", "TOLOnews"]


def synthetic(graph: Graph, actors: int, claims: int, per_article: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    entities = [Entity(f"syn{i:05d}", f"Actor {i:04d}", ACTOR_TYPES[i % len(ACTOR_TYPES)], (f"Actor {i:04d}",))
                for i in range(actors)]
    weights = [1 / (i + 1) ** 0.8 for i in range(actors)]
    t0 = time.perf_counter()
    n_articles = claims // per_article
    for a in range(n_articles):
        sentences, cls, used = [], [], {}
        pos = 0
        for _ in range(per_article):
            s, o = rng.choices(entities, weights, k=2)
            if s.id == o.id:
                o = entities[(entities.index(o) + 1) % actors]
            relation = rng.choice(RELATIONS[:6] if rng.random() < 0.85 else RELATIONS)
            sentence = f"{s.name} reportedly {relation.lower().replace('_', ' ')} {o.name} this week."
            cls.append(Claim(s.id, relation, o.id, rng.choice(["asserted"] * 6 + ["alleged", "hypothetical"]),
                             None, sentence, pos, pos + len(sentence), None, "bench.synthetic.v1"))
            used[s.id], used[o.id] = s, o
            sentences.append(sentence)
            pos += len(sentence) + 1
        text = " ".join(sentences)
        mentions = []
        for e in used.values():
            start = text.find(e.name)
            mentions.append(Mention(e.id, e.name, start, start + len(e.name)))
        day = f"20{20 + a % 5}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        article = Article(content_hash(f"synthetic {seed} {a}"), f"/bench/synthetic/{a}.txt", text,
                          title=f"Synthetic report {a}", publisher=PUBLISHERS[a % len(PUBLISHERS)],
                          published=day)
        load_extraction(graph, Extraction(article, tuple(used.values()), tuple(mentions), tuple(cls),
                                          "bench.synthetic.v1"))
        if (a + 1) % 100 == 0:
            print(f"  loaded {a + 1:,}/{n_articles:,} articles", file=sys.stderr)
    return time.perf_counter() - t0


def time_view(graph: Graph, filters: data.NetworkFilters, runs: int) -> tuple[list[float], data.NetworkView]:
    times, view = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        view = data.build_network_view(graph, filters)
        times.append(time.perf_counter() - t0)
    return times, view


def report(label: str, times: list[float], view: data.NetworkView) -> None:
    print(f"{label}: first {times[0] * 1000:,.0f} ms, median of the rest "
          f"{statistics.median(times[1:]) * 1000:,.0f} ms; drew {view.nodes:,} of {view.total_nodes:,} "
          f"actors, {view.edges:,} of {view.total_edges:,} relations; HTML {len(view.html) / 1e6:.2f} MB")


def page_load() -> float:
    """The whole Network page run through Streamlit's AppTest (uncached), seconds."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py"),
                           default_timeout=120)
    t0 = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - t0
    if at.exception:
        raise SystemExit(f"the page failed: {at.exception[0].message}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    kind = ap.add_mutually_exclusive_group(required=True)
    kind.add_argument("--synthetic", action="store_true")
    kind.add_argument("--samples", action="store_true")
    ap.add_argument("--wipe", action="store_true", help="delete everything in the graph first")
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--claims", type=int, default=20000)
    ap.add_argument("--per-article", type=int, default=40)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    with Graph.connect() as graph:
        count = graph.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
        if count and not args.wipe:
            raise SystemExit(f"the graph holds {count:,} nodes; pass --wipe to delete them first")
        while graph.write("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n")[0]["n"]:
            pass
        if args.synthetic:
            seconds = synthetic(graph, args.actors, args.claims, args.per_article)
            print(f"loaded {args.claims:,} claims among {args.actors:,} actors in "
                  f"{args.claims // args.per_article:,} articles: {seconds:.1f} s")
        else:
            from ingest.pipeline import run_ingest
            from ingest.read import read_paths
            samples = Path(__file__).resolve().parents[1] / "samples"
            t0 = time.perf_counter()
            run = run_ingest(read_paths([str(samples)]), graph, progress=False)
            print(f"ingested the samples in {time.perf_counter() - t0:.1f} s: {run}")
        sizes = graph.read("MATCH (c:Claim) WITH count(c) AS claims MATCH (e:Entity) "
                           "RETURN claims, count(e) AS entities")[0]
        print(f"graph: {sizes['claims']:,} claims, {sizes['entities']:,} entities")

        times, view = time_view(graph, data.NetworkFilters(), args.runs)
        report("network, no filter, top 150", times, view)
        times, view = time_view(graph, data.NetworkFilters(polarities=("hostile",),
                                                           certainties=("asserted",)), args.runs)
        report("network, hostile + asserted only", times, view)
        times, view = time_view(graph, data.NetworkFilters(top_n=400), args.runs)
        report("network, top 400", times, view)
        first, again = page_load(), page_load()
        print(f"whole Network page through AppTest, data cache emptied: first {first * 1000:,.0f} ms "
              f"(imports, cold query plans), then {again * 1000:,.0f} ms")


if __name__ == "__main__":
    main()
