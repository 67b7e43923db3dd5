"""Floors on the sentence batteries (tests/data/battery, see its README): recall and precision a
little under the measured figures, so a rule that breaks common constructions fails here."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BATTERY = ROOT / "tests" / "data" / "battery"


def _tool():
    spec = importlib.util.spec_from_file_location("score_battery", ROOT / "tools" / "score_battery.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_battery", mod)    # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name,recall,precision", [
    ("cooperative", 0.66, 0.78),
    ("hostile", 0.67, 0.65),
    ("reference", 0.45, 0.65),
])
def test_battery_keeps_its_floor(name, recall, precision):
    got = _tool().score([BATTERY / f"{name}.jsonl"])
    assert got.gold > 150
    assert got.recall >= recall, (name, got.recall)
    assert got.precision >= precision, (name, got.precision)


def test_the_scorer_counts_misses_and_extras(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "Iran arms the Houthis. Russia attacked Ukraine.", "claims": ['
                    '{"subject": "Iran", "relation": "SUPPORTS", "object": "Houthis"},'
                    '{"subject": "Ukraine", "relation": "ATTACKS", "object": "Russia"}]}\n')
    got = _tool().score([path])
    assert (got.gold, got.found, got.extra) == (2, 1, 1)    # the attack runs the other way
