"""Rules written for articles nobody tuned on (round 5): names the catalog does not hold, and
claim patterns common to any conflict. Every sentence here is composed for the test, with
invented people next to real states."""
from __future__ import annotations

from test_extract_entities import names, run as run_entities


# ---- entities -----------------------------------------------------------------------------

def test_a_catalog_place_that_ends_a_longer_name_is_no_place():
    ents, _ = run_entities("A witness, Amina Cali, who sells tea by the road, said the gunmen "
                           "wore uniforms. The navy sailed through Subic Bay at dawn.")
    got = names(ents)
    assert "Cali" not in got and "Amina Cali" in got
    assert "Bay" not in got


def test_the_same_place_alone_is_still_found():
    ents, _ = run_entities("Police in Cali arrested two men.")
    assert "Cali" in names(ents)


def test_person_with_possessive_role_apposition_and_no_title():
    ents, _ = run_entities("Laura Fenwick, the Foreign Office's special envoy for the region, met "
                           "officials in Nairobi.")
    assert any(e.name == "Laura Fenwick" and e.type == "Person" for e in ents)


def test_person_introduced_by_a_copula_and_a_role():
    ents, _ = run_entities("Tomas Ferreira is a senior fellow at the Atlantic Policy Forum.")
    assert any(e.name == "Tomas Ferreira" and e.type == "Person" for e in ents)


def test_person_who_goes_by_a_name():
    ents, _ = run_entities("\"We hold the road,\" said a rebel commander who goes by the name "
                           "Ko Minthu.")
    assert any(e.name == "Ko Minthu" and e.type == "Person" for e in ents)


def test_a_capitalised_word_before_a_role_is_not_a_person():
    ents, _ = run_entities("Last Tuesday, the minister visited Kenya.")
    assert not any(e.type == "Person" for e in ents)


def test_a_direction_word_and_a_known_place_make_a_region_of_their_own():
    ents, _ = run_entities("Fighters massed near Kismayo, in the Lower Juba region, on Monday.")
    got = names(ents)
    assert "Lower Juba" in got and "South Sudan" not in got


def test_a_descriptive_plural_is_no_named_group():
    ents, _ = run_entities("Fano, a loose network of Amhara militias, fought on.")
    assert "Amhara militias" not in names(ents)
