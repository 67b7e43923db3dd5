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


# --- interviews and transcripts: an answer is its speaker's -------------------------------------

from test_extract_frontline import _claims  # noqa: E402  (the full extractor, catalog included)

INTERVIEW = """Nadia Haddad, a senior fellow at the Carnegie Middle East Center, has studied Yemen's war since 2015. She spoke to us about the Red Sea and the talks in Muscat.

Q: Who arms the Houthis today?

A: Iran still supplies the Houthis with missile parts, mostly through Oman's coast. Saudi Arabia, meanwhile, funds the Presidential Leadership Council.

Q: Has Washington given up? The United States bombed Houthi positions in Hodeidah for months.

A: Not at all. Oman still hosts Houthi negotiators.
"""


def test_an_interviews_answers_are_the_interviewees_and_its_questions_the_authors():
    got = {c[:3]: c[4] for c in _claims(INTERVIEW)}
    assert got[("Iran", "SUPPORTS", "Houthis")] == "Nadia Haddad"
    assert got[("Saudi Arabia", "SUPPORTS", "Presidential Leadership Council")] == "Nadia Haddad"
    assert got[("United States", "ATTACKS", "Houthis")] is None     # the question's premise


def test_a_source_named_inside_an_answer_is_its_speaker():
    text = INTERVIEW.replace("Iran still supplies", "According to the Pentagon, Iran still supplies")
    got = {c[:3]: c[4] for c in _claims(text)}
    assert got[("Iran", "SUPPORTS", "Houthis")] == "United States Department of Defense"


def test_a_transcripts_labels_name_each_turns_speaker():
    text = """PRESENTER: With me are Omar Belkacem, a former Libyan diplomat, and Sara Conti, an analyst in Rome. Mr Belkacem, who holds the east?

BELKACEM: Khalifa Haftar's Libyan National Army still controls Benghazi. Russia supplies the LNA with fighters.

CONTI: Egypt has armed Khalifa Haftar for a decade.

PRESENTER: Thank you both.
"""
    got = {c[:3]: c[4] for c in _claims(text)}
    assert got[("Russia", "SUPPORTS", "Libyan National Army")] == "Omar Belkacem"
    assert got[("Egypt", "SUPPORTS", "Khalifa Haftar")] == "Sara Conti"


def test_a_question_and_answer_explainer_speaks_in_its_own_voice():
    text = """The war in Yemen, explained. Abdul-Malik al-Houthi leads the movement.

Q: Who arms the Houthis?

A: Iran supplies the Houthis with missile parts, according to UN experts.

Q: Who funds the government?

A: Saudi Arabia funds the Presidential Leadership Council.
"""
    got = {c[:3]: c[4] for c in _claims(text)}
    assert got[("Saudi Arabia", "SUPPORTS", "Presidential Leadership Council")] is None


def test_labels_that_do_not_form_a_dialogue_are_no_turns():
    text = """Nadia Haddad, an analyst, spoke to us last week.

UPDATE: Iran supplies the Houthis with missile parts.

UPDATE: Saudi Arabia funds the Presidential Leadership Council.

Related: Oman hosts new talks
"""
    got = {c[:3]: c[4] for c in _claims(text)}
    assert got[("Saudi Arabia", "SUPPORTS", "Presidential Leadership Council")] is None


def test_interview_layouts_without_colon_labels_still_give_the_interviewee_the_answers():
    intro = ("Nadia Haddad, a senior fellow at the Carnegie Middle East Center, spoke to us "
             "about Yemen.\n\n")
    answer = "Iran still supplies the Houthis with missile parts."
    layouts = [f"Q. Who arms them?\n\nA. {answer}\n",
               f"Q:\nWho arms them?\n\nA:\n{answer}\n",
               f"Q — Who arms them?\n\nA — {answer}\n",
               # questions set apart as paragraphs of their own, without labels
               f"Who arms the Houthis?\n\n{answer}\n\nWhat comes next?\n\nOman will mediate.\n"]
    for body in layouts:
        got = {c[:3]: c[4] for c in _claims(intro + body)}
        assert got[("Iran", "SUPPORTS", "Houthis")] == "Nadia Haddad", body


def test_rhetorical_questions_in_an_op_ed_are_no_interview():
    text = ("Nadia Haddad, a senior fellow at the Carnegie Middle East Center, has written about "
            "Yemen for years.\n\nWho arms the Houthis?\n\nIran still supplies the Houthis with "
            "missile parts.\n\nWhat comes next?\n\nOman will mediate.\n")
    got = {c[:3]: c[4] for c in _claims(text)}
    assert got[("Iran", "SUPPORTS", "Houthis")] is None     # no interview cue: the author's


def test_said_before_a_possessed_subject_opens_the_report_not_an_inverted_speaker():
    # ", said Iran's Guards were ..." reports the Guards; ", said Iran's minister." is inverted
    claims = run("Israeli officials, speaking on condition of anonymity, said Iran's Revolutionary "
                 "Guards were smuggling weapons to Hamas.",
                 {**ACTORS, "Israeli officials": ("israel", "Country"),
                  "Revolutionary Guards": ("irgc", "Organization")})
    assert one(claims, "irgc", "SUPPORTS", "hamas").attributed_to == "israel"
    claims = run("Hezbollah attacked Israel again, said Iran's foreign minister.", ACTORS)
    assert one(claims, "hezbollah", "ATTACKS", "israel").attributed_to == "iran"



def test_a_denied_accusation_stays_the_accusers_and_alleged():
    # "X accused Y of ..., an allegation Y denied": the accuser's claim, alleged
    got = {c[:3]: c[3:] for c in _claims(
        'Niamey has accused Abuja of allowing France to use Nigerian territory to arm "terrorists", '
        'an allegation Nigerian officials have repeatedly denied.')}
    assert got[("Nigeria", "SUPPORTS", "France")] == ("alleged", "Niger")
    got = {c[:3]: c[3:] for c in _claims("Ukraine said Russia had attacked Kharkiv, which Moscow denied.")}
    assert got[("Russia", "ATTACKS", "Kharkiv")] == ("alleged", "Ukraine")
    # what the denier denies of itself is still nobody's
    got = {c[:3]: c[3:] for c in _claims("Russia denied that Iran had armed the Houthis.")}
    assert got[("Iran", "SUPPORTS", "Houthis")] == ("alleged", None)


def test_announcing_a_decision_reports_nothing_and_a_group_speaks_for_each_member():
    got = {c[:3]: c[3:] for c in _claims(
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS in January 2024, "
        "accusing the bloc of serving French interests.")}
    assert got[("Mali", "OPPOSES", "Economic Community of West African States")][1] is None
    got = {c[:3]: c[3:] for c in _claims("The Pentagon announced that Iran had armed the Houthis.")}
    assert got[("Iran", "SUPPORTS", "Houthis")][1] == "United States Department of Defense"
