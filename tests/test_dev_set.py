"""Floors on every annotated set in the repository (tests/data/*, and the shared samples), each a
little under the measured scores, so a rule that only helps one set but hurts the others fails
here. The dev set (Sahel, Sudan, Red Sea, DRC) was written with gold before the extractor saw it;
the others are described in their README files and below."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
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


DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class EvalSet:
    articles: Path
    gold: Path
    count: int
    # part -> measure ("p", "r" or "f") -> floor
    floors: dict[str, dict[str, float]]


SETS = {
    # the held-out dev set: the first articles about other conflicts
    "dev": EvalSet(DEV / "articles", DEV / "gold", 4, {
        "entities": {"f": 0.95},
        "main": {"p": 0.77, "r": 0.77},
        # (the dev gold leaves a state's armed forces unattached to the state, which the other
        # sets and the annotation conventions attach: four predicted MEMBER_OF claims count
        # against it; it also leaves out "the Malian foreign ministry", whose MEMBER_OF Mali
        # counts against it, as does the presence of a convoy ambushed near a town)
        "structural": {"p": 0.79, "r": 0.74}}),
    # the shared samples (the five articles the rules were first written on): rules added for
    # other conflicts must not cost them
    "samples": EvalSet(Path(__file__).resolve().parents[1] / "samples", SCORER.parent / "gold", 5, {
        "entities": {"f": 0.95},
        "main": {"p": 0.80, "r": 0.66},
        "structural": {"f": 0.64}}),
    # the independently annotated set (Ukraine, South China Sea, Israel/Iran, Myanmar, Somalia,
    # Ethiopia; another annotator's conventions), a little under the scores reached when rules
    # were generalised on it (precision .86: one learned claim near the threshold comes and
    # goes with each retraining, .871 / .863)
    "heldout": EvalSet(DATA / "heldout" / "articles", DATA / "heldout" / "gold", 6, {
        "entities": {"f": 0.87},
        "main": {"p": 0.86, "r": 0.66},
        "structural": {"p": 0.78, "r": 0.38}}),
    # the second independent set (Caucasus, Libya, Kosovo, Haiti, Kashmir, north-east Syria),
    # used for development since round 6 and so no longer blind; its entity floor is left
    # loose: the entity stage changes apart
    "blind": EvalSet(DATA / "blind" / "articles", DATA / "blind" / "gold", 6, {
        "entities": {"f": 0.85},
        "main": {"p": 0.80, "r": 0.46},
        "structural": {"p": 0.80, "r": 0.48}}),
    # the fresh set (Western Sahara, South Sudan, CAR, Moldova, Nigeria), written and annotated
    # by independent annotators who never ran the extractor; developed on since it arrived. Its
    # scores are still low (it measures what unseen text looks like): the floors only keep what
    # was gained
    "fresh": EvalSet(DATA / "fresh" / "articles", DATA / "fresh" / "gold", 5, {
        "entities": {"f": 0.87},
        "main": {"p": 0.70, "r": 0.43},
        "structural": {"p": 0.84, "r": 0.34}}),
    # the second fresh set (Mozambique, Iraq, Lebanon, Korea, Cameroon), made the same way when
    # the first had become a development set (main P .65 / R .23 when it arrived)
    "fresh2": EvalSet(DATA / "fresh2" / "articles", DATA / "fresh2" / "gold", 5, {
        "entities": {"f": 0.90},
        "main": {"p": 0.68, "r": 0.41},
        "structural": {"p": 0.80, "r": 0.32}}),
    # the third fresh set (Turkey/PKK interview, Benin wire, Ecuador analysis, Great Lakes
    # newsletter, Baltic op-ed), kept as a measure: no rule is written from it; the floors sit
    # just under its scores on arrival (main P .66 / R .29)
    "fresh3": EvalSet(DATA / "fresh3" / "articles", DATA / "fresh3" / "gold", 5, {
        "entities": {"f": 0.90},
        "main": {"p": 0.63, "r": 0.36},
        "structural": {"p": 0.80, "r": 0.28}}),
    # the fourth fresh set (Himalaya brief, Thai live blog, Papua NGO report, Chad radio
    # transcript, Bosnia round-up), kept as a measure like the third (main P .64 / R .21 on
    # arrival)
    "fresh4": EvalSet(DATA / "fresh4" / "articles", DATA / "fresh4" / "gold", 5, {
        "entities": {"f": 0.86},
        "main": {"p": 0.60, "r": 0.27},
        "structural": {"p": 0.78, "r": 0.26}}),
    # the fifth fresh set (Yemen wire, Syria analysis, Sahel op-ed, Georgia explainer, Manipur
    # investigation), made like the fourth but kept for development (main P .69 / R .23 on
    # arrival)
    "fresh5": EvalSet(DATA / "fresh5" / "articles", DATA / "fresh5" / "gold", 5, {
        "entities": {"f": 0.87},
        "main": {"p": 0.66, "r": 0.36},
        "structural": {"p": 0.80, "r": 0.26}}),
    # the sixth fresh set (Venezuela wire, Iran brief, Ethiopia-Eritrea feature, West Bank
    # report, Central Asia interview), made like the fifth, for development (main P .73 / R .32
    # on arrival)
    "fresh6": EvalSet(DATA / "fresh6" / "articles", DATA / "fresh6" / "gold", 5, {
        "entities": {"f": 0.90},
        "main": {"p": 0.70, "r": 0.49},
        "structural": {"p": 0.85, "r": 0.33}}),
    # the seventh fresh set (DR Congo Security Council report, Thai-Cambodian live blog, Sudan
    # newsletter, Baltic press conference, Af-Pak column), made like the sixth, for development
    # (main P .62 / R .18 on arrival)
    "fresh7": EvalSet(DATA / "fresh7" / "articles", DATA / "fresh7" / "gold", 5, {
        "entities": {"f": 0.90},
        "main": {"p": 0.72, "r": 0.36},
        "structural": {"p": 0.80, "r": 0.39}}),
    # the eighth fresh set (Russia-North Korea brief, Colombia wire, Caucasus op-ed, Syria
    # analysis, Balochistan podcast, Sahel digest, Rakhine feature, Gaza explainer), made as
    # training data for the learned pair model (rules only on arrival: main P .74 / R .34)
    "fresh8": EvalSet(DATA / "fresh8" / "articles", DATA / "fresh8" / "gold", 8, {
        "entities": {"f": 0.92},
        "main": {"p": 0.73, "r": 0.46},
        "structural": {"p": 0.79, "r": 0.35}}),
    # the ninth fresh set (Ukraine newsletter, Horn of Africa panel, Mexico long-read,
    # India-Pakistan op-ed, East Med hearing, Ecuador press conference, PKK/SDF explainer,
    # China-Japan wire), made like the eighth (on arrival: rules main P .75 / R .31, with the
    # model of the time P .68 / R .40)
    "fresh9": EvalSet(DATA / "fresh9" / "articles", DATA / "fresh9" / "gold", 8, {
        "entities": {"f": 0.89},
        "main": {"p": 0.74, "r": 0.42},
        "structural": {"p": 0.85, "r": 0.37}}),
    # the tenth fresh set (Belarus briefing, Pacific commentary, Lake Chad sitrep, Philippines
    # local report, Iran snapback FAQ, Sri Lanka blog), made like the ninth (on arrival: rules
    # main P .58 / R .28, with the model of the time P .53 / R .33). Since the model learns from
    # it, the cross-validated precision at threshold .60 sits at .70 within a claim or two, so
    # the threshold chosen flips between .60 and .65 with small changes of the rules: the floors
    # of dev, samples, heldout, blind, fresh2, fresh5 and fresh7 hold under either
    "fresh10": EvalSet(DATA / "fresh10" / "articles", DATA / "fresh10" / "gold", 6, {
        "entities": {"f": 0.89},
        "main": {"p": 0.69, "r": 0.44},
        "structural": {"p": 0.80, "r": 0.34}}),
    # the eleventh fresh set (sanctions release, Commons debate, press review, obituary, markets
    # story, court newsletter), annotated about twice as densely as the others (129 claims an
    # article): low recall here is the annotators' reach as much as the extractor's (on
    # arrival: rules main P .60 / R .12, with the model of the time P .53 / R .17)
    "fresh11": EvalSet(DATA / "fresh11" / "articles", DATA / "fresh11" / "gold", 6, {
        "entities": {"f": 0.86},
        "main": {"p": 0.50, "r": 0.16},
        "structural": {"p": 0.78, "r": 0.22}}),
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """Totals of a set by name, each set extracted and scored once per module."""
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            s = SETS[name]
            cache[name] = _score_set(tmp_path_factory, s.articles, s.gold, s.count)
        return cache[name]
    return get


@pytest.mark.parametrize("name,part", [(n, part) for n, s in SETS.items() for part in s.floors])
def test_set_keeps_its_floor(scored, name, part):
    got = dict(zip("prf", scored(name)[part]))
    for measure, floor in SETS[name].floors[part].items():
        assert got[measure] >= floor, (name, part, got)


# The rules alone (GEOKG_LEARNED=0) keep their own floors where they were written: the learned
# stage adds claims on top, and must not hide a rule that stops working.
RULES_ONLY = {"samples": {"p": 0.95, "r": 0.62}, "dev": {"p": 0.90, "r": 0.73},
              "fresh7": {"p": 0.64, "r": 0.22}}


@pytest.mark.parametrize("name", sorted(RULES_ONLY))
def test_the_rules_alone_keep_their_floor(tmp_path_factory, monkeypatch, name):
    monkeypatch.setenv("GEOKG_LEARNED", "0")
    s = SETS[name]
    got = dict(zip("prf", _score_set(tmp_path_factory, s.articles, s.gold, s.count)["main"]))
    for measure, floor in RULES_ONLY[name].items():
        assert got[measure] >= floor, (name, got)
