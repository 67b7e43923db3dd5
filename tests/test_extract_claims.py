"""Claim extraction on sentences written for the test, from conflicts other than the samples'."""
from __future__ import annotations

import time

import re

from ingest.extract.claims import find_claims
from ingest.extract.lexicon import load_lexicon, verb_forms
from ingest.extract.text import split_sentences
from ingest.records import Article, Entity, Mention

# A tiny exact-surface matcher: the actors of each test sentence are declared beside it, so these
# tests do not depend on entity detection.


def run(text: str, actors: dict[str, tuple[str, str]], published: str | None = None):
    """Claims of ``text`` where ``actors`` maps each surface form to (entity id, type)."""
    article = Article(id="test", source_key="test", text=text, published=published)
    entities = {eid: Entity(eid, eid, etype) for eid, etype in actors.values()}
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(actors, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(actors[surface][0], surface, m.start(), m.end()))
    mentions.sort(key=lambda m: m.start)
    claims = find_claims(article, split_sentences(text), list(entities.values()), mentions)
    for c in claims:
        assert text[c.start:c.end] == c.quote, c
    return claims


def triples(claims) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in claims}


def one(claims, subject: str, relation: str, obj: str):
    found = [c for c in claims if (c.subject, c.relation, c.object) == (subject, relation, obj)]
    assert found, f"no {subject} {relation} {obj} in {triples(claims)}"
    return found[0]

SAHEL = {
    "JNIM": ("jnim", "Group"), "Malian army": ("mali", "Country"), "Mali": ("mali", "Country"),
    "Wagner": ("wagner", "Group"), "Russia": ("russia", "Country"), "Gao": ("gao", "Location"),
    "Burkina Faso": ("burkina", "Country"), "al-Qaeda": ("aq", "Group"),
    "Islamic State Sahel": ("iss", "Group"), "Niger": ("niger", "Country"),
    "France": ("france", "Country"), "ECOWAS": ("ecowas", "Organization"),
}
YEMEN = {
    "Houthis": ("houthis", "Group"), "Iran": ("iran", "Country"), "Tehran": ("iran", "Country"),
    "Saudi Arabia": ("saudi", "Country"), "Hezbollah": ("hezbollah", "Group"),
    "Lloyd Austin": ("austin", "Person"), "United States": ("us", "Country"),
    "Sanaa": ("sanaa", "Location"), "Oman": ("oman", "Country"),
    "Pentagon": ("pentagon", "Organization"),
}
UKRAINE = {
    "Russia": ("russia", "Country"), "Ukraine": ("ukraine", "Country"),
    "Belarus": ("belarus", "Country"), "Kyiv": ("ukraine", "Country"),
    "Volodymyr Zelensky": ("zelensky", "Person"), "Zelensky": ("zelensky", "Person"),
    "NATO": ("nato", "Organization"), "Kharkiv": ("kharkiv", "Location"),
    "Ukrainian officials": ("ukraine", "Country"), "Wagner": ("wagner", "Group"),
    "Oxford University": ("oxford", "Organization"), "Jane Holt": ("holt", "Person"),
}
COLOMBIA = {
    "ELN": ("eln", "Group"), "FARC": ("farc", "Group"), "Colombia": ("colombia", "Country"),
    "Venezuela": ("venezuela", "Country"), "Cuba": ("cuba", "Country"),
    "Gustavo Petro": ("petro", "Person"), "Arauca": ("arauca", "Location"),
    "Clan del Golfo": ("clan", "Group"),
}


# --- relations and direction ---------------------------------------------------------------

def test_active_voice_attack_with_date():
    claims = run("Russia attacked Ukraine on February 24, 2022.", UKRAINE)
    c = one(claims, "russia", "ATTACKS", "ukraine")
    assert c.certainty == "asserted" and c.attributed_to is None
    assert c.date == "2022-02-24"
    assert ("ukraine", "ATTACKS", "russia") not in triples(claims)


def test_passive_voice_swaps_direction():
    claims = run("The Malian army was ambushed by JNIM near Gao last week.", SAHEL)
    one(claims, "jnim", "ATTACKS", "mali")
    assert ("mali", "ATTACKS", "jnim") not in triples(claims)


def test_passive_without_agent_is_not_a_claim():
    # no attacker named: no attack claim; the victim is where it was hit
    claims = run("The Malian army was ambushed near Gao.", SAHEL)
    assert triples(claims) == {("mali", "OPERATES_IN", "gao")}


def test_x_backed_y_is_support_from_x():
    claims = run("Fighting continued as the Iran-backed Houthis pushed south.", YEMEN)
    one(claims, "iran", "SUPPORTS", "houthis")


def test_each_other_gives_both_directions():
    claims = run("For a decade the ELN and FARC fought each other for the drug routes.", COLOMBIA)
    assert {("eln", "ATTACKS", "farc"), ("farc", "ATTACKS", "eln")} <= triples(claims)


def test_apposition_is_skipped_for_the_subject_and_carries_its_own_relation():
    claims = run("The Houthis, a group backed by Iran, attacked Saudi Arabia in March.", YEMEN)
    one(claims, "houthis", "ATTACKS", "saudi")
    one(claims, "iran", "SUPPORTS", "houthis")
    assert ("iran", "ATTACKS", "saudi") not in triples(claims)


def test_coordinated_objects_and_subjects():
    claims = run("Russia and Belarus condemned NATO and Ukraine.", UKRAINE)
    assert {("russia", "OPPOSES", "nato"), ("russia", "OPPOSES", "ukraine"),
            ("belarus", "OPPOSES", "nato"), ("belarus", "OPPOSES", "ukraine")} <= triples(claims)


def test_nominal_attack_with_possessor_and_patient():
    claims = run("Russia's attacks on Ukraine intensified over the winter.", UKRAINE)
    one(claims, "russia", "ATTACKS", "ukraine")


def test_nominal_threat_posed_by():
    claims = run("Officials stressed the threat to Saudi Arabia posed by the Houthis.", YEMEN)
    one(claims, "houthis", "THREATENS", "saudi")


def test_talks_between_is_symmetric_negotiation():
    claims = run("Talks between Colombia and the ELN resumed in Cuba.", COLOMBIA)
    rels = {(c.relation, frozenset((c.subject, c.object))) for c in claims}
    assert ("NEGOTIATES_WITH", frozenset({"colombia", "eln"})) in rels
    assert not any(c.relation == "NEGOTIATES_WITH" and "cuba" in (c.subject, c.object) for c in claims)


def test_role_noun_in_apposition():
    claims = run("The FARC, a longtime rival of the ELN, expanded its reach.", COLOMBIA)
    one(claims, "farc", "OPPOSES", "eln")


def test_rivals_such_as():
    claims = run("Regional rivals of Saudi Arabia, such as Iran, welcomed the move.", YEMEN)
    one(claims, "iran", "OPPOSES", "saudi")
    assert ("saudi", "OPPOSES", "iran") not in triples(claims)


def test_anti_prefix_is_not_an_object():
    claims = run("Russia could arm anti-Wagner factions in the east.", UKRAINE)
    assert ("russia", "SUPPORTS", "wagner") not in triples(claims)


def test_vow_to_strike_is_an_asserted_threat():
    claims = run("Gustavo Petro vowed to strike the ELN after the bombing.", COLOMBIA)
    c = one(claims, "petro", "THREATENS", "eln")
    assert c.certainty == "asserted"
    assert ("petro", "ATTACKS", "eln") not in triples(claims)


def test_fought_alongside_is_alliance_and_shared_attack():
    claims = run("Wagner fought alongside the Malian army against JNIM in 2022.", SAHEL)
    rels = triples(claims)
    assert ("wagner", "ALLIED_WITH", "mali") in rels or ("mali", "ALLIED_WITH", "wagner") in rels
    assert {("wagner", "ATTACKS", "jnim"), ("mali", "ATTACKS", "jnim")} <= rels


# --- negation and certainty ----------------------------------------------------------------

def test_negated_relations_are_not_claims():
    assert not run("Colombia did not attack the ELN.", COLOMBIA)
    assert not run("Venezuela remains unwilling to act against the ELN.", COLOMBIA)
    assert not run("Russia has never supported the Houthis.", {**YEMEN, "Russia": ("russia", "Country")})


def test_not_only_is_not_a_negation():
    claims = run("The Houthis threaten not only Saudi Arabia but the whole Red Sea.", YEMEN)
    one(claims, "houthis", "THREATENS", "saudi")


def test_hedges_make_a_claim_alleged():
    c = one(run("Iran reportedly supplied drones to the Houthis.", YEMEN), "iran", "SUPPORTS", "houthis")
    assert c.certainty == "alleged"


def test_conditionals_and_modals_are_hypothetical():
    c = one(run("If talks fail, Russia could attack Belarus.", UKRAINE), "russia", "ATTACKS", "belarus")
    assert c.certainty == "hypothetical"
    c = one(run("France would support Niger in the event of a coup.", SAHEL), "france", "SUPPORTS", "niger")
    assert c.certainty == "hypothetical"


def test_next_sentence_doubting_verification_makes_it_alleged():
    text = ("Mali is financing JNIM, officials in Niger say. Such claims are difficult to verify.")
    c = one(run(text, SAHEL), "mali", "SUPPORTS", "jnim")
    assert c.certainty == "alleged"


# --- structural ----------------------------------------------------------------------------

def test_member_of_from_titles_and_appositions():
    text = ("Ukraine's Foreign Minister Dmytro Kuleba met NATO envoys. "
            "Jane Holt, a professor at Oxford University, disagreed.")
    actors = {**UKRAINE, "Dmytro Kuleba": ("kuleba", "Person")}
    claims = run(text, actors)
    one(claims, "kuleba", "MEMBER_OF", "ukraine")
    one(claims, "holt", "MEMBER_OF", "oxford")


def test_member_of_for_branches_and_agencies():
    text = ("Islamic State Sahel, a regional branch of the Islamic State, grew. "
            "Russia's Wagner was blamed.")
    actors = {**SAHEL, "Islamic State": ("is", "Group"),
              "Wagner": ("wagner", "Organization")}
    claims = run(text, actors)
    one(claims, "iss", "MEMBER_OF", "is")
    one(claims, "wagner", "MEMBER_OF", "russia")


def test_operates_in():
    text = ("JNIM fighters based in Mali crossed into Burkina Faso. "
            "The Sanaa-based Houthis fired missiles.")
    claims = run(text, {**SAHEL, **YEMEN})
    one(claims, "jnim", "OPERATES_IN", "mali")
    one(claims, "houthis", "OPERATES_IN", "sanaa")


def test_quotes_are_exact_spans_of_the_text():
    text = "  Russia attacked Ukraine.\n\nLater, Belarus backed Russia, the Kremlin said.  "
    for c in run(text, UKRAINE):
        assert text[c.start:c.end] == c.quote and c.quote.strip() == c.quote


# --- lexicon -------------------------------------------------------------------------------

def test_verbs_are_inflected_by_rule():
    assert set(verb_forms("ban")) == {"ban", "bans", "banned", "banning"}
    assert set(verb_forms("ally")) == {"ally", "allies", "allied", "allying"}
    assert "struck" in verb_forms("strike|struck|struck")
    lex = load_lexicon()
    assert any(t.relation == "OPPOSES" and t.rest == ("down", "on") for t in lex.triggers["cracked"])


def test_speed_is_a_few_milliseconds_per_article():
    para = ("Russia attacked Ukraine on February 24, 2022. According to Ukrainian officials, "
            "Belarus is training Wagner fighters, who were based in Kharkiv. "
            "\"Russia will fail,\" Volodymyr Zelensky said. NATO condemned Russia. ")
    text = para * 25          # ~5 KB
    run(text, UKRAINE)
    t = time.perf_counter()
    run(text, UKRAINE)
    assert time.perf_counter() - t < 0.2


# --- discourse ---------------------------------------------------------------------------------

def test_warning_about_an_actor_is_opposition():
    claims = run("Saudi Arabia warned that the Houthis are expanding their missile arsenal.", YEMEN)
    c = one(claims, "saudi", "OPPOSES", "houthis")
    assert c.attributed_to is None


def test_condemning_an_attack_opposes_its_perpetrator():
    text = ("JNIM claimed responsibility for the attack on Tuesday. "
            "France condemned the bombing.")
    one(run(text, SAHEL), "france", "OPPOSES", "jnim")


def test_this_cooperation_refers_back_to_its_parties():
    text = ("The ELN and the FARC now cooperate closely. "
            "This cooperation, Colombia believes, is being financed by Venezuela.")
    claims = run(text, COLOMBIA)
    c = one(claims, "venezuela", "SUPPORTS", "eln")
    one(claims, "venezuela", "SUPPORTS", "farc")
    assert c.attributed_to == "colombia" and c.certainty == "alleged"


def test_receiving_from_names_the_giver():
    claims = run("The Houthis have received drones and missiles from Iran. Oman secured pledges "
                 "from Saudi Arabia and the United States.", YEMEN)
    one(claims, "iran", "SUPPORTS", "houthis")
    one(claims, "saudi", "SUPPORTS", "oman")
    one(claims, "us", "SUPPORTS", "oman")


def test_receiving_threats_is_a_threat_and_a_delegation_is_nothing():
    claims = run("Oman received threats from the Houthis. Saudi Arabia received a delegation "
                 "from Iran.", YEMEN)
    one(claims, "houthis", "THREATENS", "oman")
    assert not {t for t in triples(claims) if {t[0], t[2]} == {"iran", "saudi"}}


def test_with_help_from_supports_the_clause_subject():
    claims = run("The Houthis seized the port with help from Hezbollah. With the backing of "
                 "Iran, the Houthis attacked Saudi Arabia.", YEMEN)
    one(claims, "hezbollah", "SUPPORTS", "houthis")
    one(claims, "iran", "SUPPORTS", "houthis")
    one(claims, "houthis", "ATTACKS", "saudi")


def test_not_receiving_is_no_support():
    claims = run("The Houthis have not received weapons from Iran, Oman said.", YEMEN)
    assert ("iran", "SUPPORTS", "houthis") not in triples(claims)


def test_a_definite_noun_in_what_a_group_says_is_not_that_group():
    claims = run("The Houthis say the militia is armed and paid by Iran.", YEMEN)
    assert ("iran", "SUPPORTS", "houthis") not in triples(claims)
    claims = run("The Houthis say they are armed by nobody but their own people. The Houthis said "
                 "it would strike Saudi Arabia.", YEMEN)
    assert ("houthis", "ATTACKS", "saudi") in triples(claims)    # a pronoun can be the speaker


DIPLOMACY = {
    "Kenya": ("kenya", "Country"), "Somalia": ("somalia", "Country"),
    "Somali": ("somalia", "Country"), "Kenyan": ("kenya", "Country"),
    "Ethiopia": ("ethiopia", "Country"), "Uganda": ("uganda", "Country"),
    "Rwanda": ("rwanda", "Country"), "Mogadishu": ("somalia", "Country"),
}


def test_summoning_or_expelling_a_states_diplomats_opposes_that_state():
    claims = run("Kenya summoned Somalia's ambassador on Monday. Ethiopia expelled two diplomats "
                 "of Kenya. Uganda recalled its ambassador from Rwanda.", DIPLOMACY)
    one(claims, "kenya", "OPPOSES", "somalia")
    one(claims, "ethiopia", "OPPOSES", "kenya")
    one(claims, "uganda", "OPPOSES", "rwanda")


def test_no_protest_without_the_act():
    claims = run("Kenya did not summon Somalia's ambassador. Somalia recalled the ambassador of "
                 "Kenya.", DIPLOMACY)
    assert not triples(claims)


def test_talks_in_what_a_state_says_are_its_own():
    claims = run("Kenya said talks with Mogadishu would resume next week.", DIPLOMACY)
    one(claims, "kenya", "NEGOTIATES_WITH", "somalia")
    claims = run("Kenya said talks with Somalia were not possible.", DIPLOMACY)
    assert not triples(claims)


def test_what_an_actor_denies_doing_is_kept_as_an_allegation_not_its_own_claim():
    claims = run("Iran has denied arming the Houthis. Oman denies ever having sheltered "
                 "Hezbollah.", YEMEN)
    armed = one(claims, "iran", "SUPPORTS", "houthis")
    assert (armed.certainty, armed.attributed_to) == ("alleged", None)
    assert one(claims, "oman", "SUPPORTS", "hezbollah").certainty == "alleged"
    # a plain denial of a report, and a negated one, state nothing
    assert not triples(run("The Houthis denied the report. Iran did not arm the Houthis.", YEMEN))


def test_an_act_on_a_movements_titled_leader_reaches_the_leader():
    actors = {"Israel": ("israel", "Country"), "Hezbollah": ("hezbollah", "Group"),
              "Hassan Nasrallah": ("nasrallah", "Person"), "Turkey": ("turkey", "Country"),
              "PKK": ("pkk", "Group"), "Murat Karayilan": ("karayilan", "Person")}
    claims = run("Israel killed Hezbollah leader Hassan Nasrallah in September. Turkey "
                 "sanctioned PKK senior commander Murat Karayilan.", actors)
    one(claims, "israel", "ATTACKS", "nasrallah")
    one(claims, "turkey", "OPPOSES", "karayilan")


def test_men_loyal_to_a_group_act_for_it_and_are_not_their_attackers_allies():
    actors = {"Pakistan": ("pakistan", "Country"), "Taliban": ("taliban", "Group"),
              "Boko Haram": ("boko", "Group"), "Nigerian troops": ("nigeria", "Country"),
              "Hezbollah": ("hezbollah", "Group"), "Iran": ("iran", "Country")}
    claims = run("Gunmen loyal to Boko Haram attacked Nigerian troops. Pakistan attacked fighters "
                 "loyal to the Taliban. Hezbollah remains loyal to Iran.", actors)
    one(claims, "boko", "ATTACKS", "nigeria")
    one(claims, "pakistan", "ATTACKS", "taliban")
    assert ("pakistan", "ALLIED_WITH", "taliban") not in triples(claims)
    one(claims, "hezbollah", "ALLIED_WITH", "iran")


def test_a_raid_on_a_named_town_in_a_violent_sentence_is_its_subjects_attack():
    actors = {"Boko Haram": ("boko", "Group"), "Gwoza": ("gwoza", "Location"),
              "Nigerian troops": ("nigeria", "Country")}
    claims = run("Boko Haram fighters killed nine people in a raid on the mining town of Gwoza. "
                 "Boko Haram killed two men during an attack on Nigerian troops.", actors)
    one(claims, "boko", "ATTACKS", "gwoza")
    one(claims, "boko", "ATTACKS", "nigeria")
