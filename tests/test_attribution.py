"""Who a claim is attributed to: quotes, reporting verbs, "according to", parentheticals."""
from __future__ import annotations

from test_extract_claims import one, run

ACTORS = {
    "Houthis": ("houthis", "Group"), "Iran": ("iran", "Country"), "Tehran": ("iran", "Country"),
    "Saudi Arabia": ("saudi", "Country"), "Riyadh": ("saudi", "Country"),
    "Hezbollah": ("hezbollah", "Group"), "Lloyd Austin": ("austin", "Person"),
    "Austin": ("austin", "Person"), "Israel": ("israel", "Country"),
    "Saudi officials": ("saudi", "Country"), "Maria Lopez": ("lopez", "Person"),
    "Hamas": ("hamas", "Group"), "Qatar": ("qatar", "Country"),
}


def test_author_assertion_has_no_source():
    c = one(run("Iran armed the Houthis for years.", ACTORS), "iran", "SUPPORTS", "houthis")
    assert c.attributed_to is None


def test_quote_with_trailing_speaker_and_pronoun_continuation():
    text = ("\"Iran is arming the Houthis,\" Lloyd Austin said on Monday. "
            "He added: \"Tehran also trains Hezbollah.\"")
    claims = run(text, ACTORS)
    assert one(claims, "iran", "SUPPORTS", "houthis").attributed_to == "austin"
    assert one(claims, "iran", "SUPPORTS", "hezbollah").attributed_to == "austin"


def test_according_to_a_demonym_phrase_names_the_country():
    c = one(run("According to Saudi officials, Iran is funding the Houthis.", ACTORS),
            "iran", "SUPPORTS", "houthis")
    assert c.attributed_to == "saudi"


def test_reporting_verb_with_that_clause():
    c = one(run("Lloyd Austin said that Iran supplied missiles to the Houthis.", ACTORS),
            "iran", "SUPPORTS", "houthis")
    assert c.attributed_to == "austin"


def test_parenthetical_belief_is_alleged_and_attributed():
    c = one(run("Hamas, Israel believes, is being financed by Qatar.", ACTORS),
            "qatar", "SUPPORTS", "hamas")
    assert c.attributed_to == "israel"
    assert c.certainty == "alleged"


def test_as_x_explains():
    claims = run("As Maria Lopez explains, Iran has long backed Hezbollah.", ACTORS)
    c = one(claims, "iran", "SUPPORTS", "hezbollah")
    assert c.attributed_to == "lopez"


def test_trailing_said_x():
    c = one(run("Riyadh is coordinating with Israel, said Maria Lopez.", ACTORS),
            "saudi", "ALLIED_WITH", "israel")
    assert c.attributed_to == "lopez"


def test_speaker_is_not_the_source_of_their_own_act():
    c = one(run("Lloyd Austin condemned Iran on Tuesday.", ACTORS), "austin", "OPPOSES", "iran")
    assert c.attributed_to is None


MORE = dict(ACTORS, **{"Mossad": ("mossad", "Organization"), "Pentagon": ("pentagon", "Organization"),
                       "UN experts": ("un", "Organization"), "Ansar Allah": ("houthis", "Group"),
                       "Lina Haddad": ("haddad", "Person"), "Ali Reza": ("reza", "Person")})


def test_according_to_a_possessed_body_names_the_body_not_its_owner():
    claims = run("According to Israel's Mossad, Iran is funding Hezbollah.", MORE)
    assert one(claims, "iran", "SUPPORTS", "hezbollah").attributed_to == "mossad"


def test_a_speaker_named_after_an_anaphor_and_a_speaker_mid_sentence():
    text = ('"Iran has armed the Houthis for a decade," the agency, known as Mossad, said in a '
            'statement.')
    assert one(run(text, MORE), "iran", "SUPPORTS", "houthis").attributed_to == "mossad"
    text = ("Qatar spoke to Hamas and to Israel late on Monday, the Pentagon said, and urged "
            "calm.")
    assert one(run(text, MORE), "qatar", "NEGOTIATES_WITH", "hamas").attributed_to == "pentagon"


def test_a_link_drawn_by_a_source_is_that_sources():
    claims = run("Ansar Allah, a group linked by UN experts to Iran, fired missiles.", MORE)
    c = [c for c in claims if {c.subject, c.object} == {"houthis", "iran"}]
    assert c and c[0].attributed_to == "un", claims


def test_a_speaker_in_apposition_reports_a_clause_without_that():
    # the actor after "said" opens the reported clause; it is not an inverted "..., said X"
    text = "Maria Lopez, an adviser to Lloyd Austin, said Iran arms the Houthis."
    assert one(run(text, ACTORS), "iran", "SUPPORTS", "houthis").attributed_to == "lopez"
    text = "The envoy, Maria Lopez, said Hezbollah has attacked Israel."
    assert one(run(text, ACTORS), "hezbollah", "ATTACKS", "israel").attributed_to == "lopez"
    text = "Iran is arming the Houthis, said Israel, which struck Hezbollah."
    assert one(run(text, ACTORS), "iran", "SUPPORTS", "houthis").attributed_to == "israel"
