#!/usr/bin/env python3
"""Extraction speed: articles per second for clean + extract + resolve, one process, no database.

    .venv/bin/python bench/extract_speed.py [--articles 300] [--profile]

Inputs: the sample articles, plus synthetic ~5 KB articles made of their paragraphs' sentences
shuffled (fixed seed), so the figure reflects realistic text rather than one cached article.
The first call (catalog load and matcher build) is timed separately: it happens once per process.
Prints wall-clock and CPU-time throughput; on a busy shared machine the CPU figure is the fair one.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.clean import clean  # noqa: E402
from ingest.extract import extract  # noqa: E402
from ingest.extract.text import split_sentences  # noqa: E402
from ingest.records import RawDocument  # noqa: E402
from ingest.resolve import KnownEntities, resolve  # noqa: E402


def corpus(n: int) -> list[RawDocument]:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    docs = [RawDocument(source_key=str(p), raw=p.read_text(encoding="utf-8")) for p in samples]
    sentences = []
    for d in docs:
        body = clean(d).text
        sentences += [s.text for s in split_sentences(body) if len(s.text) > 40]
    rng = random.Random(7)
    while len(docs) < n:
        rng.shuffle(sentences)
        paragraphs, size, para = [], 0, []
        for s in sentences:
            para.append(s)
            size += len(s) + 1
            if len(para) == 4:
                paragraphs.append(" ".join(para))
                para = []
            if size >= 5000:
                break
        raw = "\n\n".join(paragraphs)
        docs.append(RawDocument(source_key=f"synthetic-{len(docs)}.txt", raw=raw))
    return docs[:n]


def run(docs: list[RawDocument], known: KnownEntities) -> list[float]:
    """Each article is resolved against the entities of the ones before it (as in the graph)."""
    times = []
    for d in docs:
        t0 = time.perf_counter()
        x = resolve(extract(clean(d)), known)
        known.add(x.entities)
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--profile", action="store_true", help="print the top functions by time")
    args = ap.parse_args()
    docs = corpus(args.articles)
    t0 = time.perf_counter()
    run(docs[:1], KnownEntities())
    warm = time.perf_counter() - t0
    known = KnownEntities()
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    times = run(docs, known)
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    if args.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    kb = sum(len(d.raw) for d in docs) / len(docs) / 1024
    print(f"first article (catalog load + matcher build): {warm * 1000:.0f} ms")
    print(f"articles: {len(docs)} (mean {kb:.1f} KB), total {total:.2f} s")
    print(f"throughput: {len(docs) / total:.1f} articles/s wall clock, "
          f"{len(docs) / cpu:.1f} articles/s per CPU second (single process; the CPU figure "
          f"is the one that does not depend on other load on the machine)")
    print(f"per article: median {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {sorted(times)[int(0.95 * len(times)) - 1] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
