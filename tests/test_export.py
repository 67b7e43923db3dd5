"""Gold-format export and ``geokg extract``: format, ids, aliases, and a folder with a bad file."""
import json
import re

from click.testing import CliRunner

from geokg.cli import main
from ingest.export import slug, to_gold
from ingest.records import Article, Claim, Entity, Extraction

ARTICLE_TEXT = (
    "Interior Minister Halima Dussek said the Red Dawn Brigade attacked a convoy near the "
    "Varka Pass. According to Turkish security officials, the brigade is based in Orzan, "
    "Tebel, and Kuvash. Dussek condemned the attack.\n"
)


def test_slug():
    assert slug("Islamic State – Khorasan Province") == "islamic_state_khorasan_province"
    assert slug("C. Christine O'Hara") == "c_christine_ohara"
    assert slug("Kandahār") == "kandahar"


def test_to_gold_ids_unique_and_claims_mapped():
    art = Article(id="a", source_key="a.txt", text="t")
    ents = (Entity("1", "Dolm", "Location"), Entity("2", "Dolm", "Location", aliases=("Dolm",)),
            Entity("3", "Red Front", "Group", wikidata="Q1"))
    claim = Claim(subject="3", relation="OPERATES_IN", object="2", attributed_to="3", quote="q")
    gold = to_gold(Extraction(art, ents, (), (claim,)), "a.txt")
    ids = [e["id"] for e in gold["entities"]]
    assert len(set(ids)) == 3 and {"dolm", "dolm_2", "red_front"} == set(ids)
    red = next(e for e in gold["entities"] if e["id"] == "red_front")
    assert red["wikidata"] == "Q1"
    (c,) = gold["claims"]
    assert c["subject"] == "red_front" and c["object"] in ("dolm", "dolm_2")
    assert c["attributed_to"] == "red_front" and c["relation"] == "OPERATES_IN"


def test_geokg_extract_writes_gold_files_and_skips_a_bad_one(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x89PNG\x00\x00\x01binary \x81\x82\x00")
    (src / "notes.csv").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "bad.txt" in result.output          # the bad file is named
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    data = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert data["document"] == "good.txt"
    assert set(data) == {"document", "entities", "claims"}
    for e in data["entities"]:
        assert re.fullmatch(r"[a-z0-9_]+", e["id"])
        assert e["type"] in ("Person", "Country", "Group", "Organization", "Location")
        assert set(e) <= {"id", "name", "type", "aliases", "wikidata"}
        for alias in e["aliases"]:
            assert alias in ARTICLE_TEXT           # exact spelling as in the text
    by_name = {e["name"]: e for e in data["entities"]}
    assert by_name["Halima Dussek"]["type"] == "Person"
    assert set(by_name["Halima Dussek"]["aliases"]) == {"Halima Dussek", "Dussek"}
    assert by_name["Red Dawn Brigade"]["type"] == "Group"
    assert by_name["Turkey"]["aliases"] == ["Turkish"]
    assert {"Orzan", "Tebel", "Kuvash", "Varka Pass"} <= set(by_name)
    ids = {e["id"] for e in data["entities"]}
    for c in data["claims"]:
        assert c["subject"] in ids and c["object"] in ids
        assert c["quote"] in ARTICLE_TEXT


def test_geokg_extract_missing_path_fails_with_a_message(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "nope" in result.output


def test_geokg_extract_with_bad_llm_settings_says_so_once(tmp_path, monkeypatch):
    """A settings error is the same for every article: one line and exit 1, not one per file."""
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"a{n}.txt").write_text("Rebels attacked the army near the border on Monday. " * 5)
    monkeypatch.setenv("GEOKG_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.delenv("GEOKG_LLM_MODEL", raising=False)
    result = CliRunner().invoke(main, ["extract", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.count("GEOKG_LLM_MODEL") == 1
    assert not list((tmp_path / "out").glob("*.json"))
