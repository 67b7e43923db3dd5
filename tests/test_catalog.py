"""The shipped actor catalog: complete for states, aliases resolve, no silent conflicts."""
from __future__ import annotations

from collections import defaultdict

import pytest

from ingest.catalog import CatalogEntry, load_catalog, normalize
from ingest.catalog.build import compile_catalog, render
from ingest.catalog import COMPILED

# The 193 UN member states by ISO alpha-2 code.
UN_MEMBERS = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA
GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM
PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS
ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW""".split()

# Surfaces that deliberately name two entries of one type; the extractor disambiguates.
DELIBERATELY_AMBIGUOUS = {"congo", "dominican", "congolese", "pti"}


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def test_every_un_member_state_has_a_qid_and_a_demonym(cat):
    assert len(set(UN_MEMBERS)) == 193
    states = {e.iso: e for e in cat.by_type("Country") if e.iso}
    for code in UN_MEMBERS:
        entry = states.get(code)
        assert entry, f"{code} missing"
        assert entry.wikidata and entry.wikidata.startswith("Q"), code
        assert entry.demonyms and entry.demonym_plurals, f"{code} has no demonym"
        assert cat.lookup(entry.name)[0] is entry
    for name in ("Palestine", "Kosovo", "Taiwan", "Vatican City", "Yugoslavia"):
        assert cat.lookup(name)[0].type == "Country", name


def test_well_known_qids(cat):
    expected = {"United States": "Q30", "Afghanistan": "Q889", "Pakistan": "Q843",
                "China": "Q148", "India": "Q668", "Russia": "Q159", "Iran": "Q794",
                "United Kingdom": "Q145", "Germany": "Q183", "Israel": "Q801"}
    for name, qid in expected.items():
        assert cat.lookup(name)[0].wikidata == qid


@pytest.mark.parametrize("surface,name", [
    ("U.S.", "United States"), ("US", "United States"), ("USA", "United States"),
    ("United States of America", "United States"), ("UK", "United Kingdom"),
    ("Britain", "United Kingdom"), ("Russian Federation", "Russia"), ("DPRK", "North Korea"),
    ("Türkiye", "Turkey"), ("Burma", "Myanmar"), ("Soviet Union", "Soviet Union"),
    ("USSR", "Soviet Union"), ("the Taliban", "Taliban"), ("Islamic Emirate", "Taliban"),
    ("al Qaeda", "al-Qaeda"), ("al‑Qaida", "al-Qaeda"),
])
def test_aliases_resolve(cat, surface, name):
    assert cat.lookup(surface)[0].name == name


def test_spelling_variants_land_on_one_entry(cat):
    ttp = {e.id for s in ("Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "TTP",
                          "Pakistani Taliban") for e in cat.lookup(s)[:1]}
    assert len(ttp) == 1
    iskp = {e.id for s in ("ISIS-K", "ISKP", "Islamic State Khorasan Province",
                           "Islamic State-Khorasan", "Islamic State – Khorasan Province")
            for e in cat.lookup(s)[:1]}
    assert len(iskp) == 1
    iskp_entry = cat.entries[iskp.pop()]
    assert iskp_entry.member_of == cat.lookup("Islamic State")[0].id


def test_capitals_are_metonyms_of_their_country(cat):
    kinds = {e.name: k for e, k in cat.matches("Islamabad")}
    assert kinds["Pakistan"] == "metonym"
    assert cat.matches("Kremlin")[0][0].name == "Russia"
    assert any(e.type == "Location" for e in cat.lookup("Kabul")), "Kabul is also a city"


def test_acronyms_are_case_sensitive(cat):
    assert cat.lookup("RAW")[0].name == "Research and Analysis Wing"
    assert cat.lookup("raw") == []
    assert cat.lookup("us") == []
    assert cat.lookup("US")[0].name == "United States"


def test_demonyms(cat):
    assert cat.country_by_demonym("Pakistani").name == "Pakistan"
    assert cat.country_by_demonym("Pakistanis").name == "Pakistan"
    assert cat.country_by_demonym("American").name == "United States"
    assert cat.country_by_demonym("Afghans").name == "Afghanistan"
    assert cat.country_by_demonym("Soviet").name == "Soviet Union"
    assert cat.country_by_demonym("Martian") is None
    # demonyms alone are not mentions of the country
    assert cat.lookup("American") == []


def test_affiliations_point_at_existing_entries(cat):
    for entry in cat.entries.values():
        for ref in (entry.country, entry.member_of):
            assert ref is None or ref in cat.entries, f"{entry.id} -> {ref}"
    fbi = cat.lookup("FBI")[0]
    assert cat.entries[fbi.country].name == "United States"


def test_surfaces_cover_every_kind(cat):
    kinds = {kind for _, _, kind in cat.surfaces()}
    assert kinds == {"name", "alias", "acronym", "metonym", "demonym", "demonym_plural"}


def test_no_alias_claimed_twice_within_a_type(cat):
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for surface, entry_id, kind in cat.surfaces():
        entry = cat.entries[entry_id]
        if entry.type == "Location" or kind.startswith("demonym"):
            continue   # places share names all over the world; they carry ``ambiguous``
        key = surface if kind == "acronym" else normalize(surface)
        owners[(entry.type, key)].add(entry_id)
    conflicts = {k: v for k, v in owners.items()
                 if len(v) > 1 and k[1].lower() not in DELIBERATELY_AMBIGUOUS}
    assert not conflicts, "\n".join(
        f"{t} {s!r}: {[cat.entries[i].name for i in ids]}" for (t, s), ids in conflicts.items())


def test_ids_are_unique_and_stable_shape():
    entries = compile_catalog()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert e.id.startswith("Q") or ":" in e.id, e.id
        assert e.type in ("Person", "Country", "Group", "Organization", "Location")
        assert e.wikidata is None or e.wikidata.startswith("Q")


def test_compiled_file_is_up_to_date():
    assert COMPILED.read_text(encoding="utf-8") == render(compile_catalog()), \
        "run: python -m ingest.catalog.build"
