"""Benchmark: load a synthetic batch of claims and print claims per second.

    .venv/bin/python bench/load_claims.py [--articles 200] [--claims 50] [--entities 300]

The batch looks like real input: ~200 articles of ~50 claims each over ~300 entities (a few
very popular ones, as in the news), each article mentioning ~30 entities a few times; every
article is one ``load_extraction`` call = one transaction, exactly as ``geokg ingest`` loads.

Which server: the one ``Graph.connect()`` finds (``NEO4J_URI`` or the local ``geokg db start``
server). With ``--temporary`` (or when neither is reachable) a throw-away local server is started
under a temporary ``GEOKG_HOME`` through ``geokg.server`` and removed afterwards. The benchmark
writes under its own ``bench:`` source keys and deletes everything it created before and after,
so it can run against a graph that holds real data.

Target: >= 5,000 claims/s on a 2-core machine. The figure is the median of 3 rounds after a
warm-up of 200 articles (a freshly started JVM runs the loader 2-3x slower until its JIT has
compiled Cypher's hot paths); the load average printed with it tells whether other processes
were competing for the two cores.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geokg.errors import DatabaseUnavailable  # noqa: E402
from geokg.graph import Graph  # noqa: E402
from ingest.load import load_extraction  # noqa: E402
from ingest.records import (ACTOR_TYPES, RELATIONS, Article, Claim, Entity, Extraction,  # noqa: E402
                            Mention, content_hash)

SOURCE_PREFIX = "bench:"
WORDS = ("forces officials said talks border strike ceasefire aid sanctions envoy militants "
         "province capital minister agreement attack support weapons negotiations region").split()


def synthetic_extractions(articles: int, claims: int, entities: int, seed: int = 7) -> list[Extraction]:
    rng = random.Random(seed)
    types = list(ACTOR_TYPES) + ["Location"]
    pool = [Entity(id=f"bench_{i:04d}", name=f"Bench Actor {i}", type=types[i % len(types)],
                   aliases=(f"BA{i}",), catalog=i % 3 == 0, wikidata=f"Q{900000 + i}" if i % 3 == 0 else None)
            for i in range(entities)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(entities)]     # Zipf-like popularity
    out = []
    for a in range(articles):
        cast = list(dict.fromkeys(rng.choices(pool, weights=weights, k=45)))[:30]
        parts, mentions, pos = [], [], 0
        for sentence in range(claims + 10):
            words = " ".join(rng.choices(WORDS, k=12))
            s_ent, o_ent = rng.sample(cast, 2)
            text = f"{s_ent.name} {words} {o_ent.name}. "
            mentions.append(Mention(s_ent.id, s_ent.name, pos, pos + len(s_ent.name)))
            o_start = pos + len(text) - len(o_ent.name) - 2
            mentions.append(Mention(o_ent.id, o_ent.name, o_start, o_start + len(o_ent.name)))
            parts.append((pos, text, s_ent, o_ent))
            pos += len(text)
        raw = "".join(t for _, t, _, _ in parts)
        article_id = content_hash(raw)
        claim_rows = []
        for start, text, s_ent, o_ent in parts[:claims]:
            claim_rows.append(Claim(subject=s_ent.id, relation=rng.choice(RELATIONS), object=o_ent.id,
                                    certainty=rng.choice(("asserted", "asserted", "alleged")),
                                    attributed_to=rng.choice([None, None, cast[0].id]),
                                    quote=text.strip(), start=start, end=start + len(text) - 1,
                                    date=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"))
        article = Article(id=article_id, source_key=f"{SOURCE_PREFIX}{a:05d}", text=raw,
                          title=f"Bench article {a}", publisher=f"Bench Wire {a % 7}",
                          published=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}",
                          segments=((0, 0, len(raw)),))
        used = {m.entity_id for m in mentions} | {c.attributed_to for c in claim_rows if c.attributed_to}
        out.append(Extraction(article=article, entities=tuple(e for e in cast if e.id in used),
                              mentions=tuple(mentions), claims=tuple(claim_rows)))
    return out


def delete_bench_data(graph: Graph) -> None:
    while True:
        rows = graph.write(
            "MATCH (d:Document) WHERE d.sourceKey STARTS WITH $prefix WITH d LIMIT 20 "
            "OPTIONAL MATCH (d)<-[:STATED_IN]-(c:Claim) DETACH DELETE c, d RETURN count(*) AS n",
            {"prefix": SOURCE_PREFIX})
        if not rows or rows[0]["n"] == 0:
            break
    graph.write("MATCH (e:Entity) WHERE e.id STARTS WITH 'bench_' DETACH DELETE e")


def run(graph: Graph, args) -> float:
    batch = synthetic_extractions(args.articles, args.claims, args.entities)
    total = sum(len(x.claims) for x in batch)
    delete_bench_data(graph)
    # Warm-up outside the measurement (plan cache, JIT of a freshly started JVM), then removed.
    for extraction in synthetic_extractions(args.warmup, args.claims, args.entities, seed=99):
        load_extraction(graph, extraction)
    delete_bench_data(graph)
    rates = []
    for round_ in range(1, args.rounds + 1):
        started = time.perf_counter()
        for extraction in batch:
            load_extraction(graph, extraction)
        seconds = time.perf_counter() - started
        stored = graph.read("MATCH (c:Claim)-[:STATED_IN]->(d:Document) WHERE d.sourceKey STARTS WITH $p "
                            "RETURN count(c) AS claims", {"p": SOURCE_PREFIX})[0]["claims"]
        if round_ == args.rounds:
            reload_started = time.perf_counter()
            statuses = {load_extraction(graph, x) for x in batch[:50]}
            reload_ms = (time.perf_counter() - reload_started) / 50 * 1000
        delete_bench_data(graph)
        assert stored == total, f"stored {stored} claims, expected {total}"
        rates.append(total / seconds)
        print(f"round {round_}: {total} claims in {len(batch)} articles in {seconds:.2f} s = "
              f"{total / seconds:,.0f} claims/s ({seconds / len(batch) * 1000:.1f} ms per article)")
    rates.sort()
    median = rates[len(rates) // 2]
    print(f"load: {median:,.0f} claims/s median of {len(rates)} rounds (best {rates[-1]:,.0f}); "
          f"target >= 5,000")
    print(f"re-loading an unchanged article: {reload_ms:.1f} ms (status {', '.join(sorted(statuses))})")
    if hasattr(os, "getloadavg"):
        print(f"machine load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--claims", type=int, default=50, help="claims per article")
    parser.add_argument("--entities", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3, help="measured rounds (the median is reported)")
    parser.add_argument("--warmup", type=int, default=200, help="articles loaded (and removed) before measuring")
    parser.add_argument("--temporary", action="store_true", help="start a throw-away local server")
    args = parser.parse_args()
    if not args.temporary:
        try:
            with Graph.connect() as graph:
                run(graph, args)
            return 0
        except DatabaseUnavailable as exc:
            print(f"({exc}; starting a temporary server)", file=sys.stderr)
    return _with_temporary_server(args)


def _with_temporary_server(args) -> int:
    from geokg import server
    from geokg.settings import Settings

    home = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")}
    env.update(GEOKG_HOME=str(home), GEOKG_BOLT_PORT=str(server.free_port()))
    settings = Settings.from_env(env)
    local = server.LocalServer(settings)
    try:
        local.start(timeout=180)
        with Graph.connect(settings) as graph:
            run(graph, args)
    finally:
        local.stop(timeout=30)
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
