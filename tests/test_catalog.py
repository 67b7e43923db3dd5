"""The shipped actor catalog: complete for states, aliases resolve, no silent conflicts."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import pytest

from ingest.catalog import load_catalog, normalize
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


# --- world coverage: the hidden articles come from every theatre, not the samples' region

@pytest.mark.parametrize("surface,name,type_", [
    ("Hemedti", "Mohamed Hamdan Dagalo", "Person"),
    ("Assimi Goita", "Assimi Goïta", "Person"),
    ("Corneille Nangaa", "Corneille Nangaa", "Person"),
    ("Abdul Hamid Dbeibah", "Abdul Hamid Dbeibah", "Person"),
    ("Abu Mohammed al-Jolani", "Ahmed al-Sharaa", "Person"),
    ("Naim Qassem", "Naim Qassem", "Person"),
    ("Yahya Saree", "Yahya Saree", "Person"),
    ("Maria Zakharova", "Maria Zakharova", "Person"),
    ("Yulia Svyrydenko", "Yulia Svyrydenko", "Person"),
    ("Radoslaw Sikorski", "Radosław Sikorski", "Person"),
    ("Jokowi", "Joko Widodo", "Person"),
    ("El Mencho", "Nemesio Oseguera Cervantes", "Person"),
    ("Jimmy Cherizier", "Jimmy Chérizier", "Person"),
    ("JNIM", "Jama'at Nasr al-Islam wal-Muslimin", "Group"),
    ("Katiba Macina", "Katiba Macina", "Group"),
    ("SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "Group"),
    ("Ansar Allah", "Houthis", "Group"),
    ("EMC", "Estado Mayor Central", "Group"),
    ("Russian Volunteer Corps", "Russian Volunteer Corps", "Group"),
    ("UWSA", "United Wa State Army", "Group"),
    ("MONUSCO", "United Nations Organization Stabilization Mission in the Democratic "
                "Republic of the Congo", "Organization"),
    ("China Coast Guard", "China Coast Guard", "Organization"),
    ("Russian Defence Ministry", "Russian Ministry of Defence", "Organization"),
    ("SOUTHCOM", "United States Southern Command", "Organization"),
    ("Kyiv Independent", "The Kyiv Independent", "Organization"),
    ("CELAC", "Community of Latin American and Caribbean States", "Organization"),
    ("North Kivu", "North Kivu", "Location"),
    ("Nord-Kivu", "North Kivu", "Location"),
    ("Rakhine State", "Rakhine State", "Location"),
    ("Spratlys", "Spratly Islands", "Location"),
    ("Zaporizhzhya", "Zaporizhzhia", "Location"),
    ("Darien Gap", "Darién Gap", "Location"),
])
def test_world_aliases_resolve(cat, surface, name, type_):
    best = cat.lookup(surface)[0]
    assert (best.name, best.type) == (name, type_)


# Conflict-relevant states whose leaders or commanders news from that theatre names.
THEATRE_STATES = """ML BF NE TD SD SS ET ER SO KE CD RW UG NG CM LY EG DZ MA TN IL PS LB SY IQ IR YE
SA AE QA TR JO UA RU BY AM AZ GE MD RS XK PL HU EE LV LT FR DE GB CN TW JP KP KR IN PK AF BD MM TH
KH PH ID VE CO BR MX CU NI AR HT""".split()


def test_every_theatre_state_has_named_persons(cat):
    persons_by_country: dict[str, int] = defaultdict(int)
    for person in cat.by_type("Person"):
        if person.country:
            persons_by_country[cat.entries[person.country].iso] += 1
    thin = [code for code in THEATRE_STATES if persons_by_country[code] < 2]
    assert not thin, f"fewer than two persons for {thin}"


def test_affiliations_have_the_right_kind(cat):
    for entry in cat.entries.values():
        if entry.type == "Person":
            assert entry.country or entry.member_of, f"{entry.name} belongs to nobody"
        if entry.type in ("Person", "Group", "Organization") and entry.country:
            assert cat.entries[entry.country].type == "Country", \
                f"{entry.name}: country {entry.country} is not a state"
        if entry.member_of:
            assert cat.entries[entry.member_of].type in ("Group", "Organization"), entry.name


def test_accented_names_also_match_as_plain_ascii(cat):
    """A matcher that compares letters as written (the extractor's) finds 'Goita' for 'Goïta'."""
    literal = {surface.casefold() for surface, _, kind in cat.surfaces()
               if kind in ("name", "alias")}
    for entry in cat.entries.values():
        for surface in (entry.name, *entry.aliases):
            plain = "".join(c for c in unicodedata.normalize("NFKD", surface)
                            if not unicodedata.combining(c))
            if plain.isascii() and plain != surface:
                assert plain.casefold() in literal, f"{entry.name}: no ASCII form of {surface!r}"


def test_no_alias_repeats_its_acronym_in_parentheses(cat):
    """'Islamic State Khorasan Province (ISKP)' is the extractor's job, not a catalog alias."""
    for entry in cat.entries.values():
        if entry.type == "Location":
            continue
        for alias in entry.aliases:
            m = re.search(r"\(([^)]*)\)\s*$", alias)
            assert not (m and m.group(1) in entry.acronyms), f"{entry.name}: {alias!r}"


def test_english_words_as_place_names_need_context(cat):
    tyre = next(e for e in cat.lookup("Tyre") if e.country and cat.entries[e.country].iso == "LB")
    assert tyre.ambiguous
    assert not cat.lookup("Goma")[0].ambiguous


def test_subdivisions_named_with_ordinary_words_are_left_out(cat):
    # "the Gulf states", "Central", "Upper West": words in a news text, not place names
    for word in ("Gulf", "Central", "Northern", "Upper West", "Rivers", "Plateau", "Coast"):
        assert not [e for e in cat.lookup(word) if e.iso and "-" in e.iso], word
    assert cat.lookup("Northern Territory")       # a name, not only generic words


def test_rivers_and_islands_that_carry_conflicts(cat):
    assert cat.lookup("Euphrates")[0].type == "Location"
    assert cat.lookup("Nile")[0].category == "river"
    assert cat.lookup("Nakhchivan")[0].country == cat.lookup("Azerbaijan")[0].id
    assert cat.lookup("Ren'ai Jiao")[0].name == "Second Thomas Shoal"


def test_seats_of_government_beyond_capitals(cat):
    for seat, country in (("Villa Somalia", "Somalia"), ("Aso Rock", "Nigeria"),
                          ("Baabda", "Lebanon"), ("Kremlin", "Russia")):
        assert any(e.name == country for e, kind in cat.matches(seat) if kind == "metonym"), seat


def test_subdivision_names_are_the_names_a_news_text_uses(cat):
    # ISO 3166-2 writes "Găgăuzia, Unitatea teritorială autonomă (UTAG)" and "Ilocos (Region I)"
    assert [e.id for e in cat.lookup("Gagauzia")] == ["location:md-ga"]
    assert any(e.id == "location:ph-10" for e in cat.lookup("Northern Mindanao"))
    for e in cat.entries.values():
        if e.type == "Location" and e.iso:
            assert "(" not in e.name and not e.name[:1].islower(), e.name


def test_peacekeeping_missions_and_state_companies_belong_to_their_parent(cat):
    minurso = cat.lookup("MINURSO")[0]
    assert minurso.member_of == cat.lookup("United Nations")[0].id
    gazprom = cat.lookup("Gazprom")[0]
    assert gazprom.type == "Organization" and gazprom.country == cat.lookup("Russia")[0].id


def test_national_armed_forces_of_conflict_states_belong_to_their_state(cat):
    for alias, state in (("SSPDF", "South Sudan"), ("FACA", "Central African Republic"),
                         ("Eritrean Defence Forces", "Eritrea"), ("TNI", "Indonesia"),
                         ("Algerian army", "Algeria"), ("Nigerian Air Force", "Nigeria")):
        army = cat.lookup(alias)[0]
        assert army.type == "Organization" and army.category == "military", alias
        assert army.country == cat.lookup(state)[0].id, alias


def test_every_state_has_one_foreign_defence_and_interior_ministry(cat):
    from ingest.catalog import ministry_kind
    kinds = defaultdict(list)
    for e in cat.entries.values():
        if ministry_kind(e):
            kinds[(e.country, ministry_kind(e))].append(e.name)
    for e in cat.by_type("Country"):
        if e.category == "state":
            for kind in ("foreign", "defence", "interior"):
                assert len(kinds[(e.id, kind)]) == 1, (e.name, kind, kinds[(e.id, kind)])
    # generated where none was curated; the curated ones are kept
    assert cat.lookup("Ministry of Defence of Nigeria")[0].country == cat.lookup("Nigeria")[0].id
    assert kinds[(cat.lookup("Russia")[0].id, "foreign")] == ["Russian Foreign Ministry"]
    assert kinds[(cat.lookup("United States")[0].id, "defence")] == \
        ["United States Department of Defense"]
