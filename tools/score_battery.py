"""Score the extractor on sentence batteries (tests/data/battery/*.jsonl).

Each line is one short passage with the claims a reader finds in it:
    {"text": "...", "claims": [{"subject": "Iran", "relation": "SUPPORTS", "object": "Houthis"}]}
where subject and object are surface strings of the text. A gold claim is found when a claim of
the same polarity (cooperative or hostile) links the entities of the mentions that cover those
strings, in either order for the symmetric relations. A predicted claim is extra when it matches
no gold claim of its passage. Prints recall, a precision estimate and the relation accuracy;
``-v`` lists each passage's misses and extras.

    .venv/bin/python tools/score_battery.py tests/data/battery/*.jsonl [-v]
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ingest.extract import extract
from ingest.records import POLARITY, Article

SYMMETRIC = {"ALLIED_WITH", "NEGOTIATES_WITH"}


@dataclass
class BatteryScore:
    gold: int = 0
    found: int = 0
    extra: int = 0
    same_relation: int = 0
    report: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.extra) if self.found + self.extra else 0.0


def _entities_at(text: str, surface: str, mentions) -> set[str]:
    spans = [m.span() for m in re.finditer(re.escape(surface), text)]
    return {x.entity_id for s, e in spans for x in mentions if x.start < e and s < x.end}


def _matches(claim, gold: dict, subjects: set[str], objects: set[str]) -> bool:
    if POLARITY[claim.relation] != POLARITY.get(gold["relation"]):
        return False
    if claim.subject in subjects and claim.object in objects:
        return True
    either_way = claim.relation in SYMMETRIC or gold["relation"] in SYMMETRIC
    return either_way and claim.subject in objects and claim.object in subjects


def score(paths) -> BatteryScore:
    result = BatteryScore()
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            text = item["text"]
            ex = extract(Article(id=f"battery-{n}", source_key=str(path), text=text))
            names = {e.id: e.name for e in ex.entities}
            predicted = [c for c in ex.claims if POLARITY[c.relation] != "structural"]
            golds = [(g, _entities_at(text, g["subject"], ex.mentions),
                      _entities_at(text, g["object"], ex.mentions))
                     for g in item["claims"] if POLARITY.get(g["relation"]) != "structural"]
            lines = []
            for g, subjects, objects in golds:
                result.gold += 1
                hit = next((c for c in predicted if _matches(c, g, subjects, objects)), None)
                if hit is None:
                    lines.append(f"    missed {g['subject']} {g['relation']} {g['object']}")
                else:
                    result.found += 1
                    result.same_relation += hit.relation == g["relation"]
            for c in predicted:
                if not any(_matches(c, g, s, o) for g, s, o in golds):
                    result.extra += 1
                    lines.append(f"    extra  {names.get(c.subject)} {c.relation} {names.get(c.object)}")
            if lines:
                result.report.append(f"{Path(path).name}:{n} {text}\n" + "\n".join(lines))
    return result


def main(argv: list[str]) -> int:
    paths = [a for a in argv if a != "-v"]
    if not paths:
        print(__doc__)
        return 2
    result = score(paths)
    if "-v" in argv:
        print("\n".join(result.report))
    print(f"battery: {result.gold} gold claims, found {result.found} (recall {result.recall:.3f}), "
          f"{result.extra} extra (precision {result.precision:.3f}), relation accuracy "
          f"{result.same_relation / result.found if result.found else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
