"""Floors on the held-out dev set (tests/data/dev: Sahel, Sudan, Red Sea, DRC articles written
with gold before the extractor saw them). Set a little under the measured scores, so a rule that
only helps the shared samples but hurts other conflicts fails here."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from ingest.export import export_paths

DEV = Path(__file__).parent / "data" / "dev"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("geokg_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _score_set(tmp_path_factory, articles: Path, gold: Path, expected: int) -> dict:
    """Extract ``articles`` the way ``make eval-*`` does and score them against ``gold``:
    {"entities" | "main" | "structural": (precision, recall, f1)}."""
    score = _scorer()
    if not gold.is_dir() or not articles.is_dir():
        pytest.skip(f"{articles} or {gold} not found")
    out = tmp_path_factory.mktemp(f"{articles.parent.name}-pred")
    written, errors = export_paths([articles], out)
    assert written == expected and not errors
    per_doc = {}
    for gpath in sorted(gold.glob("*.json")):
        pred = json.loads((out / gpath.name).read_text())
        per_doc[gpath.stem] = score.score_doc(score.Doc(json.loads(gpath.read_text())), score.Doc(pred))
    assert len(per_doc) == expected
    totals = {}
    for part in ("entities", "main", "structural"):
        t = score.total(per_doc, part)
        totals[part] = score.prf(t["pred_matched"], t["pred"], t["gold_matched"], t["gold"])
    return totals


@pytest.fixture(scope="module")
def totals(tmp_path_factory):
    return _score_set(tmp_path_factory, DEV / "articles", DEV / "gold", 4)


def test_dev_entities(totals):
    p, r, f = totals["entities"]
    assert f >= 0.95, totals


def test_dev_main_claims(totals):
    p, r, f = totals["main"]
    assert p >= 0.90 and r >= 0.73, totals


def test_dev_structural_claims(totals):
    p, r, f = totals["structural"]
    # (the dev gold leaves a state's armed forces unattached to the state, which the other sets
    # and the annotation conventions attach: four predicted MEMBER_OF claims count against it;
    # it also leaves out "the Malian foreign ministry", whose MEMBER_OF Mali counts against it)
    assert p >= 0.81 and r >= 0.74, totals


# Floors on the shared samples (the five articles the rules were first written on): rules added
# for other conflicts must not cost them.
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_GOLD = SCORER.parent / "gold"


@pytest.fixture(scope="module")
def sample_totals(tmp_path_factory):
    return _score_set(tmp_path_factory, SAMPLES, SAMPLE_GOLD, 5)


def test_samples_keep_their_scores(sample_totals):
    assert sample_totals["entities"][2] >= 0.95, sample_totals
    p, r, _f = sample_totals["main"]
    assert p >= 0.95 and r >= 0.62, sample_totals
    assert sample_totals["structural"][2] >= 0.64, sample_totals


# Floors on the independently annotated set (tests/data/heldout: Ukraine, South China Sea,
# Israel/Iran, Myanmar, Somalia, Ethiopia; another annotator's conventions), a little under the
# scores reached when rules were generalised on it.
HELDOUT = Path(__file__).parent / "data" / "heldout"


@pytest.fixture(scope="module")
def heldout_totals(tmp_path_factory):
    return _score_set(tmp_path_factory, HELDOUT / "articles", HELDOUT / "gold", 6)


def test_heldout_entities(heldout_totals):
    assert heldout_totals["entities"][2] >= 0.87, heldout_totals


def test_heldout_main_claims(heldout_totals):
    p, r, _f = heldout_totals["main"]
    assert p >= 0.92 and r >= 0.60, heldout_totals


def test_heldout_structural_claims(heldout_totals):
    p, r, _f = heldout_totals["structural"]
    assert p >= 0.78 and r >= 0.38, heldout_totals


# Floors on the second independent set (tests/data/blind: Caucasus, Libya, Kosovo, Haiti, Kashmir,
# north-east Syria), used for development since round 6 and so no longer blind; set a little
# under the scores reached then. Its entity floor is left loose: the entity stage changes apart.
BLIND = Path(__file__).parent / "data" / "blind"


@pytest.fixture(scope="module")
def blind_totals(tmp_path_factory):
    return _score_set(tmp_path_factory, BLIND / "articles", BLIND / "gold", 6)


def test_blind_entities(blind_totals):
    assert blind_totals["entities"][2] >= 0.85, blind_totals


def test_blind_main_claims(blind_totals):
    p, r, _f = blind_totals["main"]
    assert p >= 0.80 and r >= 0.42, blind_totals


def test_blind_structural_claims(blind_totals):
    p, r, _f = blind_totals["structural"]
    assert p >= 0.80 and r >= 0.48, blind_totals


# Floors on the fresh set (tests/data/fresh: Western Sahara, South Sudan, CAR, Moldova, Nigeria),
# written and annotated by independent annotators who never ran the extractor; developed on since
# it arrived. Its scores are still low (it measures what unseen text looks like), so the floors
# only keep what was gained.
FRESH = Path(__file__).parent / "data" / "fresh"


@pytest.fixture(scope="module")
def fresh_totals(tmp_path_factory):
    return _score_set(tmp_path_factory, FRESH / "articles", FRESH / "gold", 5)


def test_fresh_entities(fresh_totals):
    assert fresh_totals["entities"][2] >= 0.87, fresh_totals


def test_fresh_main_claims(fresh_totals):
    p, r, _f = fresh_totals["main"]
    assert p >= 0.72 and r >= 0.33, fresh_totals


def test_fresh_structural_claims(fresh_totals):
    p, r, _f = fresh_totals["structural"]
    assert p >= 0.84 and r >= 0.34, fresh_totals


# Floors on the second fresh set (tests/data/fresh2: Mozambique, Iraq, Lebanon, Korea, Cameroon),
# made the same way when the first had become a development set; developed on since. The floors
# only keep what was gained (main P .65 / R .23 when it arrived).
FRESH2 = Path(__file__).parent / "data" / "fresh2"


@pytest.fixture(scope="module")
def fresh2_totals(tmp_path_factory):
    return _score_set(tmp_path_factory, FRESH2 / "articles", FRESH2 / "gold", 5)


def test_fresh2_entities(fresh2_totals):
    assert fresh2_totals["entities"][2] >= 0.90, fresh2_totals


def test_fresh2_main_claims(fresh2_totals):
    p, r, _f = fresh2_totals["main"]
    assert p >= 0.66 and r >= 0.29, fresh2_totals


def test_fresh2_structural_claims(fresh2_totals):
    p, r, _f = fresh2_totals["structural"]
    assert p >= 0.80 and r >= 0.32, fresh2_totals
