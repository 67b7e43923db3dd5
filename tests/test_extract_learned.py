"""The learned pair classifier (ingest/extract/learned.py) on sentences written for the test,
its trainer, and the shipped model file."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from geokg.errors import ConfigError
from ingest.extract import learned
from ingest.extract.claims import find_claims
from ingest.extract.entities import EntityMention
from ingest.extract.text import split_sentences
from ingest.records import Article, Claim, Entity

ROOT = Path(__file__).resolve().parents[1]
TYPES = {"iran": "Country", "houthis": "Group", "israel": "Country", "saudi": "Country",
         "un": "Organization", "yemen": "Country", "irani": "Country", "riyadh": "Country"}
NAMES = {"iran": "Iran", "houthis": "Houthis", "israel": "Israel", "saudi": "Saudi Arabia",
         "un": "United Nations", "yemen": "Yemen", "irani": "Iranian", "riyadh": "Riyadh"}
KINDS = {"irani": "demonym", "riyadh": "metonym"}


def _doc(text: str):
    """Article, sentences, entities and mentions of a composed text (every name is a mention)."""
    article = Article(id="t", source_key="t.txt", text=text)
    mentions = []
    for eid, name in NAMES.items():
        at = text.find(name)
        while at >= 0:
            mentions.append(EntityMention(eid, name, at, at + len(name), KINDS.get(eid, "name")))
            at = text.find(name, at + len(name))
    used = {m.entity_id for m in mentions}
    entities = [Entity(eid, NAMES[eid], TYPES[eid]) for eid in sorted(used)]
    return article, split_sentences(text), entities, sorted(mentions, key=lambda m: m.start)


def _features(text: str) -> dict[tuple[str, str], set[str]]:
    article, sentences, entities, mentions = _doc(text)
    return {(c.subject, c.object): set(c.features)
            for c in learned.candidates(article.text, sentences, entities, mentions)}


def test_trigger_between_the_pair_is_seen_from_each_direction():
    f = _features("Iran armed the Houthis for years.")
    assert "tr=SUPPORTS|btw|ab" in f[("iran", "houthis")]      # subject first
    assert "tr=SUPPORTS|btw|ba" in f[("houthis", "iran")]      # object first
    assert "ab|w=armed" in f[("iran", "houthis")]
    assert "coord" not in f[("iran", "houthis")]


def test_passive_negation_coordination_and_hedges_are_features():
    f = _features("Israel was attacked by the Houthis.")
    assert any(x.startswith("tr=ATTACKS|verb|past|btw|ba|by") for x in f[("houthis", "israel")])
    f = _features("Iran did not attack Israel.")
    assert "neg|ab" in f[("iran", "israel")]
    f = _features("Iran and Saudi Arabia reportedly signed a deal.")
    assert "coord" in f[("iran", "saudi")] and "hedge" in f[("iran", "saudi")]
    assert "tr=NEGOTIATES_WITH|post|ab" in f[("iran", "saudi")]


def test_a_sentence_with_one_actor_gives_no_candidate_and_pairs_to_skip_are_left_out():
    article, sentences, entities, mentions = _doc("Iran said little. Iran armed the Houthis.")
    cands = learned.candidates(article.text, sentences, entities, mentions)
    assert {(c.sentence, c.subject, c.object) for c in cands} == {(1, "iran", "houthis"),
                                                                    (1, "houthis", "iran")}
    skip = {frozenset(("iran", "houthis"))}
    assert learned.candidates(article.text, sentences, entities, mentions, skip) == []


def _tiny_rows():
    attacks = ["bias", "o=ab", "tr=ATTACKS|btw|ab"]
    supports = ["bias", "o=ab", "tr=SUPPORTS|btw|ab"]
    nothing = ["bias", "o=ab", "ab|w=and"]
    rows = [attacks] * 6 + [supports] * 6 + [nothing] * 12
    labels = [learned.CLASSES.index("ATTACKS")] * 6 + [learned.CLASSES.index("SUPPORTS")] * 6 + [0] * 12
    return rows, labels


def test_training_is_deterministic_and_learns_the_cue():
    rows, labels = _tiny_rows()
    a = learned.fit(rows, labels, epochs=200)
    b = learned.fit(rows, labels, epochs=200)
    assert json.dumps(a.to_json()) == json.dumps(b.to_json())
    p = a.probabilities(["bias", "o=ab", "tr=ATTACKS|btw|ab"])
    assert learned.CLASSES[int(np.argmax(p))] == "ATTACKS" and p.max() > 0.8
    p = a.probabilities(["bias", "o=ab", "ab|w=and"])
    assert learned.CLASSES[int(np.argmax(p))] == "none"


def _confident_model() -> learned.PairModel:
    """A hand-set model: a SUPPORTS trigger between subject and object is support, else none."""
    weights = np.zeros((1, len(learned.CLASSES)))
    weights[0, learned.CLASSES.index("SUPPORTS")] = 8.0
    bias = np.zeros(len(learned.CLASSES))
    bias[0] = 3.0
    return learned.PairModel(["tr=SUPPORTS|btw|ab"], weights, bias, threshold=0.6)


def test_a_confident_prediction_adds_the_claim_the_rules_missed():
    article, sentences, entities, mentions = _doc(
        "The war dragged on. Iran reportedly armed the Houthis, officials said.")
    out = learned.add_claims(article, sentences, entities, mentions, [], model=_confident_model())
    assert [(c.subject, c.relation, c.object) for c in out] == [("iran", "SUPPORTS", "houthis")]
    c = out[0]
    assert c.extractor == learned.EXTRACTOR and c.certainty == "alleged"
    assert c.quote == sentences[1].text == article.text[c.start:c.end]
    # below the threshold nothing is added
    assert learned.add_claims(article, sentences, entities, mentions, [],
                              model=_confident_model(), threshold=0.9999) == []


def _added(text: str) -> set[tuple[str, str, str]]:
    article, sentences, entities, mentions = _doc(text)
    out = learned.add_claims(article, sentences, entities, mentions, [], model=_confident_model())
    return {(c.subject, c.relation, c.object) for c in out}


@pytest.mark.parametrize("text", [
    "Iran has not armed the Houthis.",
    "Iran never armed the Houthis.",
    "Iran has refused to arm the Houthis.",
    "Iran has so far refrained from arming the Houthis.",
])
def test_a_negated_relation_is_never_added(text):
    assert _added(text) == set()


def test_negation_elsewhere_in_the_sentence_does_not_block_the_relation():
    assert _added("Iran armed the Houthis, who did not hide it.") == {("iran", "SUPPORTS", "houthis")}
    assert _added("Iran did not only arm the Houthis.") == {("iran", "SUPPORTS", "houthis")}


def test_a_source_or_a_qualifier_is_no_party():
    # "according to X": X is where the claim comes from, not one of its sides
    assert _added("According to Israel, Iran armed the Houthis.") == {("iran", "SUPPORTS", "houthis")}
    # "Yemen's Houthis", "Iranian commanders X": the first actor only qualifies the second
    assert _added("Saudi Arabia armed Yemen's Houthis.") == {("saudi", "SUPPORTS", "houthis")}
    assert _added("Saudi Arabia armed Iranian Houthis.") == {("saudi", "SUPPORTS", "houthis")}
    # ... unless it is also named on its own
    assert ("saudi", "SUPPORTS", "yemen") in _added("Saudi Arabia armed Yemen and Yemen's Houthis.")


def test_a_pair_knows_what_the_rules_related_its_actors_to():
    text = "Iran armed the Houthis and Israel."
    article, sentences, entities, mentions = _doc(text)

    def rule(s, r, o):
        return Claim(subject=s, relation=r, object=o, certainty="asserted", attributed_to=None,
                     quote=text, start=0, end=len(text), extractor="rules")
    got = {(c.subject, c.object): set(c.features) for c in learned.candidates(
        text, sentences, entities, mentions, rule_claims=[rule("iran", "SUPPORTS", "houthis")])}
    assert "ruled=10" in got[("houthis", "israel")] and "ruled=01" in got[("israel", "houthis")]
    assert "ruled=00" in got[("iran", "houthis")]       # the pair itself does not count
    assert not any("ruled_shared" in f for f in got.values())
    got = {(c.subject, c.object): set(c.features) for c in learned.candidates(
        text, sentences, entities, mentions,
        rule_claims=[rule("iran", "SUPPORTS", "houthis"), rule("iran", "SUPPORTS", "israel")])}
    assert "ruled_shared" in got[("houthis", "israel")]
    # structural claims are no relation of this kind
    got = {(c.subject, c.object): set(c.features) for c in learned.candidates(
        text, sentences, entities, mentions, rule_claims=[rule("houthis", "MEMBER_OF", "iran")])}
    assert "ruled=00" in got[("houthis", "israel")]


def test_the_possessor_of_a_titled_person_is_no_party():
    # "Trump's envoy Steve Witkoff": Trump only qualifies the envoy (unless named on his own)
    text = "Oman mediated talks between Iran and Trump's envoy Steve Witkoff."
    names = {"oman": "Oman", "iran": "Iran", "trump": "Trump", "witkoff": "Steve Witkoff"}
    types = {"oman": "Country", "iran": "Country", "trump": "Person", "witkoff": "Person"}
    mentions = [EntityMention(eid, n, text.find(n), text.find(n) + len(n)) for eid, n in names.items()]
    units = learned.sentence_units(text, split_sentences(text)[0], mentions, types)
    assert learned._bystanders(units) == {"trump"}
    text = "Trump met Iran's envoy. Oman mediated talks between Trump and Iran's envoy Ali."
    sent = split_sentences(text)[1]
    mentions = [EntityMention(eid, n, text.find(n, sent.start), text.find(n, sent.start) + len(n))
                for eid, n in (("trump", "Trump"), ("iran", "Iran"), ("ali", "Ali"))]
    units = learned.sentence_units(text, sent, mentions, {"trump": "Person", "iran": "Country",
                                                          "ali": "Person"})
    assert learned._bystanders(units) == {"iran"}


def test_a_capital_named_as_the_venue_is_no_party():
    assert _added("At talks in Riyadh, Iran armed the Houthis.") == {("iran", "SUPPORTS", "houthis")}
    # the capital acting for its state is one
    assert _added("Riyadh armed the Houthis.") == {("riyadh", "SUPPORTS", "houthis")}
    # nor is a capital that names a deal, talks or a summit held there
    assert _added("Under the Riyadh agreement, Iran armed the Houthis.") == {
        ("iran", "SUPPORTS", "houthis")}


def test_a_pair_the_rules_found_is_never_claimed_again_in_either_direction():
    article, sentences, entities, mentions = _doc("Iran armed the Houthis. Iran armed the Houthis again.")
    rule = Claim("houthis", "OPPOSES", "iran", quote="x", extractor="geokg.rules.v3")
    out = learned.add_claims(article, sentences, entities, mentions, [rule], model=_confident_model())
    assert out == [rule]


def test_attribution_only_for_a_clear_reporting_speaker():
    article, sentences, entities, mentions = _doc(
        "Iran armed the Houthis, the United Nations said.")
    out = learned.add_claims(article, sentences, entities, mentions, [], model=_confident_model())
    got = {(c.subject, c.object): c.attributed_to for c in out}
    assert got[("iran", "houthis")] == "un"
    assert got.get(("iran", "un"), None) is None      # the speaker is no source of its own claim


def _attributed(text: str) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(source, certainty) of each added claim, attributed with the rules' frames."""
    article, sentences, entities, mentions = _doc(text)
    frames: dict = {}
    find_claims(article, sentences, entities, mentions, frames_out=frames)
    out = learned.add_claims(article, sentences, entities, mentions, [], model=_confident_model(),
                             frames=frames)
    return {(c.subject, c.object): (c.attributed_to, c.certainty) for c in out}


def test_attribution_follows_the_frames_the_rules_found():
    # the speaker is far from its verb: the rules' report frame still names it
    got = _attributed("The United Nations, in a report released on Monday, says Iran armed the Houthis.")
    assert got[("iran", "houthis")] == ("un", "asserted")
    # a belief frame hedges what it covers
    assert _attributed("Israel believes that Iran armed the Houthis.")[("iran", "houthis")] == \
        ("israel", "alleged")
    # what someone denies is alleged, and not by the one who denies it
    assert _attributed("Israel denied that Iran armed the Houthis.")[("iran", "houthis")] == \
        (None, "alleged")


def test_may_the_month_is_no_modal():
    assert _attributed("Iran armed the Houthis in May 2025.")[("iran", "houthis")] == (None, "asserted")
    assert _attributed("Iran may arm the Houthis.")[("iran", "houthis")][1] == "hypothetical"


def test_the_shipped_model_is_small_and_carries_its_cross_validated_threshold():
    # (its load time is a figure for a benchmark, not a timed test: under load it flaked)
    assert learned.MODEL_PATH.exists()
    assert learned.MODEL_PATH.stat().st_size < 2_000_000
    learned.load_model.cache_clear()
    model = learned.load_model()
    assert 0.0 < model.threshold <= 1.0 and len(model.index) > 100
    assert model.meta["cv"]["threshold"] == model.threshold     # chosen by cross-validation
    assert "final" not in model.meta["sets"]


def test_switches_in_the_environment():
    assert not learned.enabled({"GEOKG_LEARNED": "0"})
    assert learned.enabled({"GEOKG_LEARNED": "1"})
    assert learned.enabled({}) is learned.DEFAULT_ON
    assert learned.threshold_from_env({"GEOKG_LEARNED_THRESHOLD": "0.7"}) == 0.7
    with pytest.raises(ConfigError, match="GEOKG_LEARNED_THRESHOLD"):
        learned.threshold_from_env({"GEOKG_LEARNED_THRESHOLD": "high"})


def test_extract_runs_the_stage_only_when_switched_on(monkeypatch):
    from ingest import extract as extract_pkg

    text = ("Tehran has long been the Houthis' main patron, and the group has repeatedly fired "
            "at Israel. Egypt and Qatar mediated between Israel and Hamas for months.")
    article = Article(id="t2", source_key="t2.txt", text=text)
    monkeypatch.setenv("GEOKG_LEARNED", "0")
    off = extract_pkg.extract(article)
    assert off.extractor == extract_pkg.EXTRACTOR and "learned" not in off.extractor
    assert all(c.extractor != learned.EXTRACTOR for c in off.claims)
    monkeypatch.setenv("GEOKG_LEARNED", "1")
    monkeypatch.setenv("GEOKG_LEARNED_THRESHOLD", "0.01")   # everything the model likes at all
    on = extract_pkg.extract(article)
    assert on.extractor == extract_pkg.EXTRACTOR and learned.EXTRACTOR in on.extractor
    ruled = {frozenset((c.subject, c.object)) for c in off.claims}
    added = [c for c in on.claims if c.extractor == learned.EXTRACTOR]
    assert added and on.claims[:len(off.claims)] == off.claims
    assert all(frozenset((c.subject, c.object)) not in ruled for c in added)


SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer (and sample gold) not found")
def test_training_script_reproduces_the_shipped_model(tmp_path):
    """If this fails after a change to the entity stage, rebuild: tools/train_pair_model.py."""
    shipped = learned.load_model()
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "tools" / "train_pair_model.py"), "--out", str(out),
                    "--threshold", str(shipped.threshold)], check=True, capture_output=True, cwd=ROOT)
    rebuilt = learned.load_model(str(out))
    assert list(rebuilt.index) == list(shipped.index)
    assert np.allclose(rebuilt.weights, shipped.weights, atol=2e-5)
    assert np.allclose(rebuilt.bias, shipped.bias, atol=2e-5)
    assert rebuilt.meta["hyper"] == shipped.meta["hyper"]


@pytest.mark.parametrize("name", ["dev", "heldout", "fresh5"])
def test_feature_rows_are_the_feature_names_looked_up(name):
    """The stage reads features straight as weight rows (FeatureRows); they must be the rows of
    pair_features' names, in the same order, so that scores are the same to the last bit."""
    from ingest.catalog import load_catalog
    from ingest.clean import clean
    from ingest.extract.entities import find_entities
    from ingest.records import RawDocument

    model = learned.load_model()
    checked = 0
    for path in sorted((ROOT / "tests" / "data" / name / "articles").glob("*.txt")):
        article = clean(RawDocument(source_key=str(path), raw=path.read_text(encoding="utf-8")))
        sentences = split_sentences(article.text)
        entities, mentions = find_entities(article, sentences)
        claims = find_claims(article, sentences, entities, mentions, catalog=load_catalog())
        by_name = learned.candidates(article.text, sentences, entities, mentions, rule_claims=claims)
        by_row = learned.candidates(article.text, sentences, entities, mentions, rule_claims=claims,
                                    rows=model.rows)
        assert [(c.sentence, c.subject, c.object) for c in by_name] == \
            [(c.sentence, c.subject, c.object) for c in by_row]
        for named, rowed in zip(by_name, by_row):
            assert list(rowed.rows) == [model.index.get(f, -1) for f in named.features]
        if by_name:
            # the class biases, then each feature's weights in order: the same bits however batched
            z = np.array([model.bias + 0.0 for _ in by_row])
            for n, c in enumerate(by_row):
                for row in c.rows:
                    if row >= 0:
                        z[n] += model.weights[row]
            z = np.exp(z - z.max(axis=1, keepdims=True))
            sequential = z / z.sum(axis=1, keepdims=True)
            assert np.array_equal(model.probabilities_many([c.features for c in by_name]), sequential)
            assert np.array_equal(model.probabilities_of_rows([c.rows for c in by_row]), sequential)
            assert np.array_equal(model.probabilities_of_rows([c.rows for c in by_row[:1]]),
                                  sequential[:1])
        checked += len(by_name)
    assert checked > 50


def test_feature_rows_of_a_word_with_an_underscore():
    # a bigram's name joins its two words with "_", which a word may hold too
    names = ["ab|b=a_b_c", "ab|w=x_y"]
    rows = learned.FeatureRows({n: i for i, n in enumerate(names)})
    assert rows.bigram["ab"]["a"]["b_c"] == 0 and rows.bigram["ab"]["a_b"]["c"] == 0
    assert rows.word["ab"]["x_y"] == 1 and "x" not in rows.word["ab"]
