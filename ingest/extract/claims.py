"""Claims: the relations an article states between actors, with direction, certainty and source.

    find_claims(article, sentences, entities, mentions) -> list[Claim]

A rule-based reader, sentence by sentence, fast enough for thousands of articles (no model):

1. **Units.** A sentence becomes a list of units: word and punctuation tokens, with every entity
   mention folded into one unit that carries its entity ("the TTP’s growing footprint" ->
   ``the [TTP] ’s growing footprint``); "Name (ACRONYM)" folds into one unit.
2. **Clauses.** Hard clause boundaries are ``; : — ( ) “ ”`` and subordinating words (but,
   while, although, because, that, which, who, if, after...). Appositions and relative clauses
   (", a group dedicated to ...", ", which ...") are marked with their anchor, so that a
   relation inside them gets the anchor as subject and a verb after them skips them.
3. **Triggers** from the lexicon (``lexicon.toml``): verbs (inflected, phrasal), nouns, role
   nouns ("an enemy of"), adjectives ("hostile to"), compounds ("X-backed").
4. **Arguments.** Verb: subject = the nearest subject-like actor to the left in the clause (not
   after a preposition, not a possessor of an unrelated noun), object = the first actor to the
   right (not after a locative preposition), both extended over coordinations ("TTP and BLA").
   Passive voice ("was attacked by", "killed by") swaps them; "each other" gives both
   directions. Noun: agent from the possessive / premodifier / "by X" / "between X and Y" /
   the clause subject of a light verb ("launched attacks on Y"); patient after on/against/to/
   with/of. A hostile act in the complement of a vow or threat ("vowed to strike X") is a
   THREATENS claim, asserted.
5. **Negation** before the trigger drops the claim ("did not attack", "unwilling to act
   against"); **certainty** comes from hedges (alleged) and modals/conditionals (hypothetical);
   **attribution** from quotes and reporting frames (``attribution.py``).
6. **Structural claims**: MEMBER_OF from titles ("Pakistan's Defense Minister X", "X, a professor
   at Y"), parts ("X, a branch of Y", names that extend another's: "al-Qaeda in the Arabian
   Peninsula") and agencies ("India's RAW"); OPERATES_IN from "X-based", "based/active/fled
   in/to", "a foothold in", "X forces in Y", and violence located "in" a place.

Each (subject, relation, object) is reported once per article, with its first, clearest quote.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.catalog import load_catalog, normalize
from ingest.extract import attribution as attr
from ingest.extract.lexicon import (MONTH_BEFORE, Lexicon, Trigger, has_phrase, load_lexicon,
                                    phrase_index, verb_forms)
from ingest.extract.text import Sentence, mentions_by_sentence
from ingest.records import ACTOR_TYPES, Article, Claim, Entity, Mention, SYMMETRIC_RELATIONS

EXTRACTOR = "geokg.rules.v36"   # bump when rules change: loaded articles get re-extracted

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\d+\.\d+\b|\w+(?=n['’]t\b)|n['’]t\b|['’]s\b|\w+|--|[^\w\s]")
# each token with the white space before it: every character that is not white space starts a
# token, so the two give each token's offsets, without a match object per token
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
# the same without the two "n't" alternatives, the costly ones (they backtrack over every word):
# in a text without "n't" they never match, so it gives the same tokens
_SPACED_TOKEN_NO_NT = re.compile(_SPACED_TOKEN.pattern.replace(r"\w+(?=n['’]t\b)|n['’]t\b|", ""))

# --------------------------------------------------------------------------------------------
# closed-class words (English grammar, not article knowledge)

# prepositions that also open a clause: "after France backed Morocco's plan"
TIME_CONJUNCTIONS = frozenset("after before since until once".split())
PREPOSITIONS = frozenset("""in on at of from to into onto inside within across over under by with
without against toward towards through throughout via near around among amid amidst between
beyond behind for during after before since until like including despite alongside about
upon unlike outside off per""".split())
# a mention right after one of these is not the object of the preceding verb
BLOCKING_PREPS = frozenset("""in from into inside within across under through throughout via between
near around among amid amidst beyond behind during after before since until despite about
outside off per like unlike alongside""".split())
BOUNDARY_WORDS = frozenset("""but while whereas although though because yet unless if when
whenever where why how whether that which who whom whose after before despite so""".split())
BOUNDARY_PUNCT = frozenset(";:—–()“”\"?!‘[]")
HYPHENS = ("-", "–")
_HYPHEN_SET = frozenset(HYPHENS)
_COMMA = frozenset({","})
_RELATIVE_CUES = frozenset({",", "which", "who", "whom"})     # what View._relative_clauses looks at
_MAYBE_HARD = BOUNDARY_PUNCT | BOUNDARY_WORDS | {"--", "-", "and"}   # the only words View._is_hard takes
# participles that describe a name rather than open its clause: "Hamas and Hezbollah, based in"
_DESCRIBING_PARTICIPLES = frozenset("""based backed armed funded financed sponsored supported
linked allied aligned affiliated led run controlled dominated loyal""".split())
BE_FORMS = frozenset("is are was were be been being get got gets getting become became".split())
COPULAS = frozenset("is are was were be been being remains remain remained became become becomes "
                    "seems seem seemed".split())
DETERMINERS = frozenset("a an the this that these those its their his her our my your some "
                        "many most several both each all any every another such".split())
APPOSITION_STARTERS = frozenset("a an the now once former its their his her one another "
                                "two three four five several both some many "
                                "also then currently formerly long still himself herself "
                                "itself which who whose whom better widely popularly "
                                "commonly".split())
# "Egypt, locked in a dispute with Ethiopia, signed ...": a participial aside after a name
PARTICIPLE_STARTERS = frozenset("""locked embroiled mired caught backed funded armed supported
trained led based headquartered founded created known seen widely long angered alarmed
emboldened stung facing fearing wary seeking hoping determined eager keen anxious""".split())
ADVERB_STARTERS = frozenset("now once also then currently formerly long still".split())
COORD = frozenset({",", "and", "or", "&", "the", "both", "as", "well", "also", "its", "their",
                   "either", "neither", "nor", "plus", "then"})
# "X and its ally, Y" / "X and its proxies, Y and Z": one side, and how X stands to the rest
ALLY_NOUNS = frozenset("ally allies partner partners".split())
CLIENT_NOUNS = frozenset("proxy proxies client clients".split())
SIDE_NOUNS = ALLY_NOUNS | CLIENT_NOUNS
QUANT = frozenset("""more than less fewer about around roughly nearly almost some several many
hundreds thousands dozens tens of at least over up to numerous few""".split())
PARTITIVE = frozenset("many some most few several members leaders all none much part elements "
                      "sections factions parts segments hardliners".split())
LIGHT_VERBS = frozenset("""launch launched launches launching carry carried carries carrying
file filed files filing lodge lodged lodges lodging pursue pursued pursues pursuing
conduct conducted conducts conducting step stepped intensify intensified intensifies
intensifying provide provided provides providing offer offered offers offering give gave given
gives giving extend extended extends hold held holds holding sign signed signs signing reach
reached reaches forge forged forges form formed forms forming establish established establishes
establishing create created creates deepen deepened deepens build built builds maintain
maintained maintains continue continued continues pledge pledged pledges announce announced
order ordered orders claim claimed claims responsible behind wage waged wages waging mount
mounted mounts stage staged stages escalate escalated escalates resume resumed resumes begin
began begun start started starts enter entered enters seek sought seeks share shared shares
expand expanded expands increase increased step-up boost boosted boosts ramp ramped renew
renewed renews keep kept keeps enjoy enjoyed enjoys has have had conducting open opened
perpetrate perpetrated commit committed commits orchestrate orchestrated plan planned
respond responded responds responding retaliate retaliated retaliates retaliating answer answered
answers answering approve approved approves approving
declare declared declares declaring restore restored restores establish established establishes
masterminded mastermind execute executed lead led leads leading spearhead spearheaded
continue impose imposes imposed imposing reimpose reimposes reimposed reimposing slap slaps
slapped tighten tightens tightened stepping initial initials initialled initialed ink inks inked
seal seals sealed conclude concludes concluded strike strikes struck clinch clinched
clinches""".split())
COMPASS = frozenset("""eastern western northern southern central northeastern northwestern
southeastern southwestern north-eastern north-western south-eastern south-western northeast
northwest southeast southwest far deep""".split())
RESPONSIBILITY = frozenset("responsible behind responsibility".split())
# words opening a participle phrase put before the subject ("After attacking Israel, Hamas ...")
PARTICIPLE_OPENERS = frozenset("after since before while when by upon on despite without".split())
ADVERB_OK = frozenset("also already reportedly allegedly nearly largely repeatedly recently "
                      "now once long previously still just even further increasingly openly "
                      "actively directly jointly publicly secretly quietly routinely "
                      "regularly then first later again effectively together meanwhile "
                      "since ever long often sometimes always".split())
FUNCTION_WORDS = frozenset("""and or nor but than then not n't to will would could might may can
must should shall has have had do does did also as so very too more most less least it they he
she we i you them him us me there here what""".split())
AUX = frozenset("""has have had will would could might may can must should shall do does did is
are was were be been being to 's ’s not n't never also""".split())
CATENATIVE = frozenset("""continue continues continued continuing began begin begins start starts
started try tries tried seek seeks sought want wants wanted plan plans planned intend intends
intended decide decided decides agree agreed agrees help helps helped manage managed manages
used went go goes appear appears appeared seem seems seemed set going able likely expected
ready prepared poised allowed forced compelled continue choose chose chosen vow vowed vows
threaten threatened threatens pledge pledged pledges promise promised promises keep keeps kept
stop stops stopped resume resumes resumed quick swift eager keen move moves moved rushed
hastened""".split())
# realised causatives: "prompting X to sever ties" -- X does sever them
CAUSATIVES = frozenset("""prompt prompts prompted prompting force forces forced forcing compel
compels compelled compelling lead leads led leading cause causes caused causing drive drives drove
driven driving push pushes pushed pushing spur spurs spurred spurring provoke provokes provoked
provoking allow allows allowed allowing enable enables enabled enabling""".split())
# talking verbs read bare only with a coordinated subject: "X and Y spoke/conferred" (their
# objects come with "to"/"with", the lexicon's phrases)
TALK_LEMMAS = frozenset({"speak", "confer", "agree"})    # "X and Y agreed (to ...)": each other
# giving an actor the means to act: "gave the Houthis drones to attack Y", "trained the militia
# to fight Y" -- the actor given them acts
EQUIPPING = frozenset("""give gives gave given giving sell sells sold selling send sends sent
sending arm arms armed arming train trains trained training equip equips equipped equipping
supply supplies supplied supplying fund funds funded funding pay pays paid paying hire hires hired
hiring recruit recruits recruited recruiting""".split())
# requests: "urged X to attack Y" -- X is the one who would act, and may not
DIRECTIVES = frozenset("""urge urges urged urging ask asks asked asking encourage encourages
encouraged encouraging press presses pressed pressing persuade persuades persuaded persuading
want wants wanted wanting invite invites invited inviting call calls called calling tell tells
told telling order orders ordered ordering""".split())
# taking or holding a place puts the taker there: "the rebels seized Goma"
CONQUEST = frozenset("""seize seized seizes seizing capture captured captures capturing overrun
overran overruns overrunning occupy occupied occupies occupying retake retook retaken retakes
retaking recapture recaptured recaptures recapturing storm stormed storms storming""".split())
LEADS = frozenset("heads head headed leads lead led chairs chaired runs ran commands commanded "
                  "founded directs directed".split())
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_ANAPHORS = frozenset({"group", "militants", "movement", "organization", "organisation",
                            "outfit", "insurgents", "rebels", "militia", "faction", "militias",
                            "paramilitaries", "jihadists", "fighters", "guerrillas", "guerillas"})
# "the country/government/junta ..." refers back to the last state actor
STATE_ANAPHORS = frozenset({"country", "government", "regime", "junta", "kingdom", "state"})
# heads that refer back to a state only when described: "the Pacific nation", "the Gulf emirate"
# ("defence of the nation" is no state named before)
DESCRIBED_STATE_ANAPHORS = frozenset({"nation", "emirate", "monarchy"})
# pronoun or definite noun -> entity types it may refer to
ANAPHOR_TYPES = {"he": ("Person",), "she": ("Person",), "it": ("Country", "Group", "Organization"),
                 "they": ("Group", "Country"), "them": ("Group", "Country"), "him": ("Person",)}
OBJECT_PRONOUNS = frozenset({"them", "him"})
# verbs whose object is an actor, so that "it" after them refers to one ("Iran armed it"; a
# plan or a resolution is backed or funded, so those are not here)
ARMING_LEMMAS = frozenset("arm train equip shelter harbour harbor bankroll".split())
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
SPEAKER_PRONOUNS = frozenset({"we", "us"})
RECIPROCAL = (("each", "other"), ("one", "another"))
# hostile acts that take two sides by their meaning: "X and Y clashed", "X exchanged fire with Y"
# hostility that runs both ways: "X clashed with Y", "X fell out with Y"
MUTUAL_HOSTILITY = frozenset({("clash",), ("skirmish",), ("exchange", "fire"), ("trade", "fire"),
                              ("fall", "out"), ("feud",), ("go", "to", "war")})
FIGHT_FORMS = frozenset("fight fights fought fighting".split())
WAGE_FORMS = frozenset("wage wages waged waging".split())
REPEL_FORMS = frozenset("repel repels repelled repelling repulse repulses repulsed repulsing".split())
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_DATE_MDY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                       r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|"
                       r"August|September|October|November|December)\s*,?\s*(\d{4})?\b")
_DATE_MY = re.compile(r"\b(?:in|since|by|from|until|of|during)\s+(January|February|March|April|May|"
                      r"June|July|August|September|October|November|December)\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DIGIT = re.compile(r"\d")


# --------------------------------------------------------------------------------------------
# units

@dataclass(slots=True)
class Unit:
    i: int
    start: int
    end: int
    low: str                       # lower-cased token; for a mention its last word
    text: str
    eid: str | None = None         # entity id when the unit is a mention
    etype: str | None = None
    kind: str | None = None        # mention kind: name | metonym | demonym
    appos: int | None = None       # index of the anchor unit when inside an apposition
    quoted: bool = False
    # what the rules ask millions of times per corpus, fixed once (eid and etype never change)
    is_mention: bool = field(init=False)
    is_actor: bool = field(init=False)
    is_place: bool = field(init=False)

    def __post_init__(self) -> None:
        self.is_mention = self.eid is not None
        self.is_actor = self.etype in ACTOR_TYPES
        self.is_place = self.etype in ("Location", "Country")


def _possessed_phrase_closes(us: list[Unit], k: int) -> bool:
    """Do one to five noun-phrase words from ``k`` end at a comma that the next clause does not
    continue with "and" ("Russia's state oil company, signed")?"""
    m = k
    while m < len(us) and m < k + 6 and not us[m].is_mention and (us[m].low == "-" or (
            _is_modifier(us[m].low) and ("-" in us[m].low or us[m - 1].low == "-"
                                         or not _verbish(us[m].low)))):
        m += 1
    if k < m < len(us) - 2 and us[m].low in ("in", "of"):
        # "al-Qaeda's affiliate in the Sahel,"
        m += 1 + (us[m + 1].low == "the")
        m += m < len(us) and us[m].is_mention and us[m].etype == "Location"
    return k < m < len(us) - 1 and us[m].low == "," and us[m - 1].low not in ("in", "of", "the") \
        and us[m + 1].low not in ("and", "or")


class View:
    """One sentence as units, with clause boundaries, appositions and argument search."""

    def __init__(self, article_text: str, sent: Sentence, mentions: Sequence[Mention],
                 types: dict[str, str], quotes: list[tuple[int, int]],
                 demonyms: dict[str, str] | None = None,
                 seats: dict[str, frozenset] | None = None):
        self.sent = sent
        self.text = article_text
        self.types = types
        self.demonyms = demonyms or {}
        self.seats = seats or {}        # state -> its capitals and seats, normalised
        units: list[Unit] = []
        ms = sorted(mentions, key=lambda m: (m.start, -m.end))
        mi, n_ms = 0, len(ms)
        e = sent.start
        tokens = _SPACED_TOKEN if "n't" in sent.text or "n’t" in sent.text else _SPACED_TOKEN_NO_NT
        for space, word in tokens.findall(sent.text):
            s = e + len(space)
            e = s + len(word)
            while mi < n_ms and ms[mi].end <= s:
                mi += 1
            if mi < n_ms and ms[mi].start <= s:     # (s < ms[mi].end: the loop above)
                m = ms[mi]
                if units and units[-1].eid is not None and units[-1].start == m.start:
                    continue                       # rest of the same mention
                words = m.surface.lower().split()
                units.append(Unit(len(units), m.start, m.end, words[-1] if words else "",
                                  m.surface, m.entity_id, types.get(m.entity_id),
                                  getattr(m, "kind", "name")))
                continue
            low = word.lower()
            if demonyms and low in demonyms and e < len(article_text) and ((
                    article_text[e] in "-‐" and article_text[e + 1:e + 2].isalpha() and
                    not article_text[e + 1:e + 6].lower().startswith(("based", "born", "style")))
                    or _next_word(article_text, e) in GOODS | CHARGE_NOUNS    # "the Finnish accusations"
                    or (s > 1 and article_text[s - 1] in "-–" and article_text[s - 2].isalnum())):
                # "Turkish-brokered", "Emirati-supplied", "Iranian cash": the state of an article
                # actor
                units.append(Unit(len(units), s, e, low, word, demonyms[low],
                                  types.get(demonyms[low]), "demonym"))
                continue
            if low in ("'", "’") and units and units[-1].eid is not None and units[-1].end == s \
                    and units[-1].text.endswith("s") and article_text[e:e + 2][:1] == " " and \
                    article_text[e + 1:e + 2].islower():
                low = "'s"      # "the Maldives' agreement with China": a plural's possessive
            units.append(Unit(len(units), s, e, low, word))
        self.units = self._fold_parentheses(units) if "(" in sent.text else units
        self._headline_commas()
        # where each word (no mention) stands, and which units are mentions: most rules start at
        # a few cue words or at the mentions, and a sentence has none of the cue words more
        # often than not
        self._word_at: dict[str, list[int]] = {}
        self.mention_units: list[int] = []
        for u in self.units:
            if u.is_mention:
                self.mention_units.append(u.i)
            else:
                self._word_at.setdefault(u.low, []).append(u.i)
        self._vocab = frozenset(self._word_at)    # (a set: & with a set walks the smaller one)
        for qs, qe in quotes:
            if qs < sent.end and qe > sent.start:
                for u in self.units:
                    if qs <= u.start < qe:
                        u.quoted = True
        self._hard = [u.low in _MAYBE_HARD and self._is_hard(u.i) for u in self.units]
        self._clauses: dict[int, tuple[int, int]] = {}
        self._mark_appositions()
        self.relatives = self._relative_clauses()

    # -- construction -------------------------------------------------------------------------
    def _headline_commas(self) -> None:
        """Headlines write "and" as a comma: "Kenya, Haiti sign deal on police deployment",
        "Erdogan, Putin hold talks in Sochi", "Spain, Ireland, Norway recognise Palestinian
        state". In a line without final punctuation that opens with two or more actors with
        commas between them, before a lower-case word, the last comma is read as "and"."""
        us = self.units
        if len(us) < 4 or len(us) > 16 or self.sent.text.rstrip()[-1:] in ".!?\"”’'":
            return
        k = 0
        while k + 3 < len(us) and us[k].is_actor and us[k + 1].low == "," and us[k + 2].is_actor:
            k += 2
        if k and not us[k + 1].is_mention and us[k + 1].text[:1].islower() and \
                len({us[x].eid for x in range(0, k + 1, 2)}) == k // 2 + 1:
            us[k - 1].low = "and"

    @staticmethod
    def _fold_parentheses(units: list[Unit]) -> list[Unit]:
        """"Name (ACRONYM)" and "Name (Name)" become one unit spanning the parentheses."""
        out: list[Unit] = []
        i = 0
        while i < len(units):
            u = units[i]
            if (u.is_mention and i + 3 < len(units) + 0 and i + 3 <= len(units) - 1 + 1
                    and i + 2 < len(units) and units[i + 1].low == "("
                    and units[i + 2].is_mention and i + 3 < len(units)
                    and units[i + 3].low == ")"
                    and (units[i + 2].eid == u.eid or units[i + 2].etype == u.etype)):
                u.end = units[i + 3].end
                i += 4
            else:
                i += 1
            u.i = len(out)
            out.append(u)
        return out

    def _mark_appositions(self) -> None:
        """", a group dedicated to ..., " and ", which ..." get their anchor (the mention before)."""
        us = self.units
        n = len(us)
        for i in self.lows_at(_COMMA):
            if i == 0 or i + 1 >= n:
                continue
            anchor = i - 1
            if not us[anchor].is_mention:
                continue
            nxt = us[i + 1]
            starts = nxt.low in APPOSITION_STARTERS or nxt.low in PARTICIPLE_STARTERS or (
                not nxt.is_mention and (nxt.low,) in LEX().titles) or (
                # "X, foreign policy aide to Y, said" (not "X, ..., met President Y")
                not nxt.is_mention and _is_modifier(nxt.low) and not (
                    _trigger_verb(nxt.low) and not nxt.low.endswith("ing")) and not (
                    # "..., accusing President Paul Kagame of ...": a verb and its object
                    _trigger_verb(nxt.low) and i + 2 < n and (us[i + 2].low,) in LEX().titles
                    and any(x.etype == "Person" for x in us[i + 3:i + 6])) and any(
                    (us[m].low,) in LEX().titles and all(
                        not x.is_mention and _is_modifier(x.low) for x in us[i + 1:m])
                    for m in range(i + 2, min(n, i + 5)))) or (
                nxt.is_mention and i + 2 < n and (us[i + 2].low,) in LEX().titles
                and not us[i + 2].is_mention) or (
                # "X, Mali's foreign minister, ..."
                nxt.is_mention and i + 3 < n and us[i + 2].low in ("'s", "’s")
                and _title_at(LEX(), [x.low for x in us[i + 3:i + 6] if not x.is_mention])) or (
                # "Rosneft, Russia's state oil company, signed ...": a possessed noun phrase
                # closed by a comma
                nxt.is_mention and i + 3 < n and us[i + 2].low in ("'s", "’s")
                and _possessed_phrase_closes(us, i + 3)) or (
                # "Hezbollah, long Tehran's most valuable ally, lost ...": the same after an adverb
                nxt.low in ("long", "once", "formerly", "still", "now") and i + 4 < n
                and us[i + 2].is_mention and us[i + 3].low in ("'s", "’s")
                and _possessed_phrase_closes(us, i + 4))
            if not starts:
                continue
            if nxt.low in ADVERB_STARTERS and i + 2 < n and (
                    us[i + 2].low in AUX or us[i + 2].low in BE_FORMS or _verbish(us[i + 2].low)
                    or _finite_verb(us, i + 2) or us[i + 2].low in RELY_VERBS | RECEIVE_VERBS):
                continue    # "X, now has ...": the predicate resumes, no apposition
            j = i + 1
            while j < n and us[j].low not in (",",) and not self.is_hard(j):
                j += 1
            said = next((k for k in range(i + 2, min(j + 1, n))
                         if not us[k].is_mention and _finite_reporting(us, k)), None)
            if said is not None and nxt.low in ("a", "an", "the", "one", "two", "three") and not any(
                    us[k].low in ("that", "which", "who", "whose", "whom") for k in range(i + 1, said)) \
                    and any(not us[k].is_mention and ((us[k].low,) in LEX().titles
                                                      or us[k].low in LEX().proxy_nouns)
                            for k in range(i + 1, said)) \
                    and (said + 1 >= n or us[said + 1].low in (".", ",", ";", "on", "in", "at",
                                                               "last", "this", "late", "early")):
                continue    # "... Brahim Ghali, a UN spokesman said": a new speaker, no apposition
            if j < n and us[j].low == "," and nxt.low not in ("which", "who", "whose", "whom"):
                # "X, a ..., VERB": the apposition ends at the comma
                pass
            for k in range(i + 1, j):
                if us[k].appos is None:
                    us[k].appos = anchor

    def _relative_clauses(self) -> list[tuple[int, int, int]]:
        """"X, which/who/whom ... , VERB": (relative word, closing comma, anchor) for each
        relative clause closed by a comma before the main predicate goes on."""
        us = self.units
        n = len(us)
        out = []
        for i in self.lows_at(_RELATIVE_CUES):      # (no other word opens one)
            u = us[i]
            if u.low == "," and 0 < i < n - 1 and us[i + 1].appos == i - 1 and \
                    us[i + 1].low not in ("which", "who", "whom"):
                # an apposition holding a subordinate clause: "Niger and Burkina Faso, both
                # ruled by juntas that seized power, formed ..."
                j = i + 1
                first_hard = None
                while j < n and not (self._hard[j] and us[j].low not in BOUNDARY_WORDS):
                    if self._hard[j] and first_hard is None:
                        first_hard = j
                    if us[j].low == "," and first_hard is not None and j + 1 < n and \
                            not us[j + 1].is_mention and us[j + 1].low not in ("and", "or", "the",
                                                                              "a", "an"):
                        out.append((first_hard, j, i - 1))
                        break
                    j += 1
                continue
            quantified = self._quantified_relative(i)
            if quantified is not None:
                anchor = quantified     # "Sinwar and Haniyeh, both of whom were killed by Israel,"
            elif u.low not in ("which", "who", "whom") or i < 2 or us[i - 1].low != ",":
                continue
            else:
                anchor = i - 2
            if not us[anchor].is_mention:
                # an unnamed anchor too: "the army, which Russia backs, fought Y" (but "the
                # militia, which calls itself Ansar Allah, fired ...": the name it gives)
                if not _is_modifier(us[anchor].low) or _verbish(us[anchor].low) or \
                        self.words(i + 1, i + 3)[-1:] in (["itself"], ["themselves"], ["as"]):
                    continue
                anchor = _force_owner(us, anchor)   # "Sudan's army, which Egypt backs": Sudan
            j = i + 1
            while j < n and not (self._hard[j] and us[j].low not in BOUNDARY_WORDS
                                 and us[j].low not in ('"', "“", "”")):
                if us[j].low == "," and j + 1 < n and not us[j + 1].is_mention and \
                        us[j + 1].low not in ("and", "or", "the", "a", "an"):
                    out.append((i, j, anchor))
                    break
                j += 1
        return out

    # -- basic predicates ---------------------------------------------------------------------
    def having(self, *words: frozenset[str]) -> Sequence[int]:
        """The word units (no mentions) whose lower-cased form is in one of ``words``, as
        indices in sentence order: what a loop over all units that skips the others visits."""
        vocab = self._vocab
        found = None
        for cue_words in words:
            # (most calls find nothing: isdisjoint says so without building an empty set)
            if not vocab.isdisjoint(cue_words):
                hits = vocab & cue_words
                found = hits if found is None else found | hits
        if found is None:
            return ()
        if len(found) == 1:
            [word] = found
            return self._word_at[word]
        return sorted({i for w in found for i in self._word_at[w]})

    def having_or_mentions(self, *words: frozenset[str]) -> list[int]:
        """``having(*words)`` and every mention unit, in sentence order: what a loop over all
        units visits when it skips the words outside ``words`` but not the mentions."""
        return sorted([*self.having(*words), *self.mention_units])

    def lows_at(self, words: frozenset[str]) -> Sequence[int]:
        """Every unit whose ``low`` is in ``words``, mentions too (by their last word), in
        sentence order: what a loop over all units that tests ``u.low in words`` visits."""
        hits = self.having(words)
        us = self.units
        named = [i for i in self.mention_units if us[i].low in words]
        return sorted([*hits, *named]) if named else hits

    def is_hard(self, i: int) -> bool:
        return self._hard[i]

    @functools.cached_property
    def unit_ends(self) -> list[int]:
        return [u.end for u in self.units]

    def _is_hard(self, i: int) -> bool:
        u = self.units[i]
        if u.is_mention:
            return False
        if u.low in ('"', "“") and 0 < i < len(self.units) - 1:
            prev, nxt = self.units[i - 1], self.units[i + 1]
            if not prev.is_mention and prev.low.isalpha() and prev.low not in LEX().reporting \
                    and prev.low not in BOUNDARY_WORDS and nxt.text[:1].islower():
                return False    # a quotation opening inside a clause: 'the bloc "fully supports'
        if u.low == "and":
            return self._and_opens_clause(i)
        if u.low in BOUNDARY_PUNCT or u.low in ("--",):
            return True
        if u.low == "-" and self._spaced(i):
            return True
        if u.low in BOUNDARY_WORDS:
            if u.low == "that" and i + 1 < len(self.units) and (
                    self.units[i + 1].low in LEX().proxy_nouns):
                return False
            if u.low == "as" and i > 0 and self.units[i - 1].low == "such":
                return False
            if u.low in ("so", "yet") and i + 1 < len(self.units) and \
                    self.units[i + 1].low in ("far", "much", "many", "long"):
                return False    # "has so far received", "has yet to": adverbs, no new clause
            return True
        return False

    def _and_opens_clause(self, i: int) -> bool:
        """"Israel struck Hezbollah and Iran fired missiles at Israel": an "and" before a name and
        a finite verb joins two clauses when a predicate other than a report stands before it
        ("Israel and Iran fired", "X said Y and Z fired": one clause)."""
        us = self.units
        j = i + 1 + (i + 1 < len(us) and us[i + 1].low == "the")
        if j + 1 >= len(us) or not us[j].is_mention or us[j + 1].is_mention:
            return False
        v = j + 1
        if us[v].low in _DESCRIBING_PARTICIPLES or not _finite_verb(us, v) or (
                v + 1 < len(us) and us[v + 1].low == "by") or any(
                    t.kind == "noun" for t in LEX().triggers.get(us[v].low, ())):
            return False    # ("both US and Taliban strikes": a noun after all)
        for k in range(i - 1, -1, -1):
            w = us[k]
            if w.low in BOUNDARY_PUNCT or w.low in BOUNDARY_WORDS or w.low in (",", "between"):
                return False    # (", and": a list's last member as often as a new clause)
            if not w.is_mention and w.low not in LEX().reporting and _finite_verb(us, k) and \
                    not (k > 0 and us[k - 1].low in HYPHENS and not self._spaced(k - 1)):
                return True     # (not "the China-brokered deal between X and Y restored")
        return False

    def _quantified_relative(self, i: int) -> int | None:
        """"X and Y, both of whom ...", "..., all of which ...": the unit of the actor the
        relative word at ``i`` stands for, else None."""
        us = self.units
        if i >= 4 and us[i].low in ("whom", "which") and us[i - 1].low == "of" and \
                us[i - 2].low in WHOM_QUANTIFIERS and us[i - 3].low == "," and us[i - 4].is_actor:
            return i - 4
        return None

    def _spaced(self, i: int) -> bool:
        u = self.units[i]
        return (u.start > 0 and self.text[u.start - 1].isspace()) or (
            u.end < len(self.text) and self.text[u.end].isspace())

    def attached_hyphen(self, i: int) -> bool:
        u = self.units[i]
        return u.low in HYPHENS and not self._spaced(i)

    def clause(self, i: int) -> tuple[int, int]:
        got = self._clauses.get(i)
        if got is None:
            got = self._clauses[i] = self._clause(i)
        return got

    def _clause(self, i: int) -> tuple[int, int]:
        hard = self._hard
        lo = i
        while lo > 0 and not hard[lo - 1]:
            lo -= 1
        hi = i
        while hi + 1 < len(hard) and not hard[hi + 1]:
            hi += 1
        return lo, hi

    def words(self, a: int, b: int) -> list[str]:
        return [u.low for u in self.units[max(a, 0):max(b, 0)]]

    # -- argument search ----------------------------------------------------------------------
    def subject_like(self, j: int) -> bool:
        us = self.units
        u = us[j]
        if not u.is_actor:
            return False
        if j + 1 < len(us) and self.attached_hyphen(j + 1):
            return False        # "U.S.-designated", "anti-Taliban": a modifier, not a noun phrase
        if j > 0 and self.attached_hyphen(j - 1):
            return False
        if j + 2 < len(us) and us[j + 1].low in LEX().reporting and us[j + 2].low == ",":
            return False        # parenthetical ", Islamabad believes,"
        if j > 0:
            prev = us[j - 1].low
            if (prev in ("the", "both", "a", "an") or prev in DETERMINERS or prev in QUANT) \
                    and prev != "that" and j > 1 and not us[j - 1].is_mention:
                # "blocked several EU aid packages": still the object of the verb ("alleged
                # that Iran armed ...": "that" before a name opens a clause instead)
                prev2 = us[j - 2].low
                prev = prev2 if prev2 in PREPOSITIONS or _verbish(prev2) else prev
            if prev in ("former", "ex", "rival", "allied", "local", "foreign", "armed") and j > 1 and \
                    us[j - 2].low in ("of", "from", "with", "against", "among", "by"):
                return False    # "a splinter group of former TPLF fighters"
            t = j - 1 if us[j - 1].low == "to" else j - 2
            if prev == "to" and t > 1 and us[t].low == "to" and us[t - 1].low in LOYAL and (
                    us[t - 2].low in LOYAL_MEN or us[t - 2].low in LEX().proxy_nouns):
                return True     # "Gunmen loyal to X attacked ...": X's men act for X
            if prev in TIME_CONJUNCTIONS and us[j - 1].low == prev and self._opens_predicate(j):
                return True     # "... after France backed Morocco": a clause's subject
            if prev in PREPOSITIONS:
                # partitive "many in the Taliban's leadership", "some of the TTP"
                k = j - 1 if us[j - 1].low in PREPOSITIONS else j - 2
                if not (k > 0 and us[k].low in ("in", "of", "within", "among")
                        and us[k - 1].low in PARTITIVE | LEX().proxy_nouns) and not (
                            k > 0 and us[k].low == "from" and us[k - 1].low in ENVOY_NOUNS):
                    return False    # ("officials from Qatar and Egypt met ...": theirs)
                if us[k].low == "in" and us[k - 1].low in LEX().proxy_nouns and (
                        us[k - 1].is_actor or (k > 1 and us[k - 2].is_actor)):
                    return False    # "Hezbollah fighters in Lebanon": where they are, not whose
                if us[k].low == "in" and us[k - 1].low in FORCE_NOUNS and u.is_place:
                    return False    # "has 4,500 troops in Kosovo": where, not whose
            elif _verbish(prev) and not us[j - 1].is_mention and not (
                    j > 2 and self.attached_hyphen(j - 2 if us[j - 1].low == prev else j - 3)) \
                    and not (prev in LEX().reporting and j + 1 < len(us) and (
                        us[j + 1].low in AUX or _finite_verb(us, j + 1))):
                return False    # the object of another verb: "weakening the Taliban and ..."
                # (but "claimed Ukraine was armed by X": a reported clause's subject)
        if j + 1 < len(us) and us[j + 1].low in ("'s", "’s"):
            k = j + 2
            role = False
            while k < len(us) and not us[k].is_mention and k < j + 6 and (
                    _is_modifier(us[k].low) or us[k].low in LEX().proxy_nouns
                    or us[k].low in POSSESSED_MEN):
                role |= us[k].low in LEX().proxy_nouns or (us[k].low,) in LEX().titles \
                    or us[k].low in POSSESSED_MEN
                k += 1
            if not role:
                return False    # "Afghanistan's turmoil": the possessor of something else
        return True

    def reduced_relative(self, ti: int) -> bool:
        """Is the -ing verb at ``ti`` a reduced relative on the object right before it ("provided
        training to Nigerian troops fighting Boko Haram": the troops fight)?"""
        us = self.units
        return ti > 0 and us[ti].low.endswith("ing") and not us[ti].is_mention and \
            us[ti - 1].is_actor and us[ti - 1].etype != "Location" and not self.subject_like(ti - 1)

    def _opens_predicate(self, j: int) -> bool:
        """Does a finite verb follow the actor at ``j`` (an auxiliary or adverb between)?"""
        us = self.units
        k = j + 1
        while k < len(us) and k < j + 4 and (us[k].low in ADVERB_OK or us[k].low.endswith("ly")):
            k += 1
        return k < len(us) and not us[k].is_mention and (us[k].low in FINITE_AUX or
                                                           _finite_verb(us, k))

    def _blocked_between(self, j: int, ti: int) -> bool:
        """Between a subject candidate at ``j`` and a predicate at ``ti``: another noun phrase
        ("ISKP operatives and hundreds aligned with", "groups threatening")?"""
        us = self.units
        k = ti - 1
        while k > j:
            if us[k].low in AUX or us[k].low in ADVERB_OK or us[k].low in CATENATIVE \
                    or us[k].low.endswith("ly") or us[k].low in LEX().negators \
                    or us[k].low in COPULAS or us[k].low in ("stays", "stayed", "grown") \
                    or us[k].low in DENY:      # "X denies backing Y"
                k -= 1
            elif k - 1 > j and (us[k].low in MONTHS or us[k].low in WEEKDAYS or (
                    us[k].low.isdigit() and len(us[k].low) == 4)) and \
                    us[k - 1].low in ("in", "on", "last", "this", "early", "late", "mid"):
                k -= 2      # "the council in October endorsed ...": a time between
            else:
                break
        if k == j:
            return False
        if us[ti - 1].low == "to" and not (us[ti].low.endswith("s") and not us[ti].low.endswith("ss")) \
                and any(not us[x].is_mention and (_finite_verb(us, x) or us[x].low in LIGHT_VERBS)
                        and us[x - 1].low not in BE_FORMS for x in range(j + 1, k)):
            return False    # "India extended a swap to keep ...": a purpose after the object
        head = us[k]
        if head.is_mention or head.low in (",",):
            return False
        if head.appos is not None:
            return False
        if head.low in PEERS and us[j + 1].low in ("and", ",") and j + 2 < k and \
                us[j + 2].low in ("its", "their", "his", "her") and \
                all(_is_modifier(x.low) and not _verbish(x.low) for x in us[j + 3:k]):
            return False        # "Britain and its (Western) allies imposed ...": Britain among them
        if head.low in LEX().proxy_nouns and us[k - 1].low in POSSESSIVE_PRONOUNS and \
                "," in self.words(j + 1, k - 1):
            return True     # "With US air power, its fighters drove ...": whoever "its" is
        if head.low in LEX().proxy_nouns or (head.low,) in LEX().titles or (
                head.low in POSSESSED_MEN and us[k - 1].low in ("'s", "’s")):
            gap = {x.low for x in us[j + 1:k]}
            # "Britain and four other governments", "Iran and allied militias": the others
            # include the subject
            return bool(gap & {"and", "or"}) and not gap & {"other", "allied"}
        if _is_modifier(head.low) and not _verbish(head.low):
            return True
        return False

    def subject(self, ti: int, *, limit: int = 18) -> list[int]:
        """Units of the subject group of a predicate at unit ``ti`` (nearest subject-like actor
        to the left within the clause, skipping appositions), or []."""
        us = self.units
        acc = self._accused(ti)
        if acc is not None:
            return acc
        lo, _ = self.clause(ti)
        caused = self._causee(ti, lo)
        if caused:
            return caused
        if self._pronoun_causee(ti, lo):
            return []
        if self.reduced_relative(ti):
            return self.group_left(ti - 1)
        for rs, re_, anchor in self.relatives:
            if rs <= lo - 1 <= re_ and re_ < ti:
                # "Oman, which hosts the Houthis, would ...": the predicate after a relative
                # clause belongs to its anchor (unless it has a subject of its own)
                for j in range(ti - 1, re_, -1):
                    if self.subject_like(j) and not self._blocked_between(j, ti):
                        return self.group_left(j)
                return self.anchor_group(anchor)
        if us[ti].appos is not None:
            # inside an apposition / relative clause: a subject inside it, else its anchor
            shared = self._coordinated_predicate(ti)
            if shared is not None and us[shared].appos == us[ti].appos:
                return self.subject(shared, limit=limit)
            j = ti - 1
            while j >= 0 and us[j].appos == us[ti].appos:
                if self.subject_like(j):
                    return self.group_left(j)
                j -= 1
            return self.anchor_group(us[ti].appos)
        n = ti - 1
        while n > lo and (us[n].low in AUX or us[n].low in ADVERB_OK or us[n].low.endswith("ly")):
            n -= 1
        n -= 1 if n > 1 and us[n - 1].low == "own" else 0
        possessor = self._whose_possessor(n)
        if possessor:
            return possessor
        shared = self._coordinated_predicate(ti)
        if shared is not None:
            return self.subject(shared, limit=limit)
        j = ti - 1
        floor = max(lo, ti - limit)
        while j >= floor:
            u = us[j]
            if j < ti - 1 and not u.is_mention and _finite_reporting(us, j) and u.low not in ACCUSE and \
                    j + 1 < len(us) and not us[j + 1].is_mention and us[j + 1].low not in (",", "that"):
                # 'X said the bloc "fully supports Y"': the complement has a subject of its own
                if any(_anaphor_types(self, m) is not None and self.units[m - 1].low == "the"
                       for m in range(j + 2, ti)):
                    return []       # (pronouns stay the speaker's: "X said it would ...")
            if u.appos is not None and u.appos < j:
                j = u.appos
                floor = max(lo, min(floor, j))     # an aside does not count towards the limit
                continue
            if self.subject_like(j):
                if self._blocked_between(j, ti):
                    return []
                grp = self.group_left(j)
                if grp[0] != j and not self.subject_like(grp[0]):
                    prev = grp[grp.index(j) - 1]
                    if "," in self.words(prev + 1, j) and "and" in self.words(prev + 1, j):
                        return [j]      # "X arms Y, and Z has supplied ...": Z opens a clause
                    j = grp[0] - 1
                    continue
                return grp
            j -= 1
        # "X met Y while publicly berating Z": a participle clause shares the main subject
        if lo > 1 and us[lo - 1].low in ("while", "after", "before", "since", "despite", "when") \
                and us[ti].low.endswith("ing") and all(
                    us[x].low in ADVERB_OK or us[x].low.endswith("ly") for x in range(lo, ti)):
            k = lo - 2
            while k >= 0 and us[k].low == ",":
                k -= 1
            return self.subject(k, limit=limit) if k >= 0 else []
        fronted = self._fronted_participle_subject(ti)
        if fronted:
            return fronted
        # "X called for restraint but said ...", "a militia that fought Y but turned on Z": a
        # predicate after "but" with no subject of its own shares the previous one's
        if lo > 1 and us[lo - 1].low in ("but", "and") and all(
                us[x].low in AUX or us[x].low in ADVERB_OK or us[x].low in CATENATIVE or
                us[x].low.endswith("ly") or us[x].low in ("then", "later", "since")
                for x in range(lo, ti)):
            return self.subject(lo - 2, limit=limit)
        # "X, whose fighters ambushed ..., said": the clause opened by "whose" is X's
        possessor = self._whose_possessor(lo)
        if possessor:
            return possessor
        quantified = self._quantified_relative(lo - 1) if lo > 0 else None
        if quantified is not None:
            return self.group_left(quantified)  # "Sinwar and Haniyeh, both of whom were killed"
        # relative clause "X, which/who ..." or clause opened by "that/which" after a mention
        if lo > 0 and us[lo - 1].low in ("which", "who", "that") and lo - 2 >= 0:
            if lo < ti and us[lo].low in SUBJECT_PRONOUNS:
                return []       # "France, which it accuses of ...": the pronoun's clause
            k = lo - 2
            comma = us[k].low == ","
            if comma and k > 0:
                k -= 1
            if us[k].is_actor and not comma and k > 0 and us[k - 1].low in (
                    "in", "at", "near", "inside", "outside"):
                return []       # "an attack at Tower 22 in Jordan that killed ...": the attack
            if us[k].is_actor:
                return self.group_left(k)
            owner = _force_owner(us, k)
            if owner != k:
                return [owner]      # "Sudan's army, which fought the RSF, ...": Sudan
            if k > 0 and us[k - 1].is_actor and us[k].low in UNIT_NOUNS:
                return self.group_left(k - 1)   # "the Wagner contingent that fought for X"
            if us[lo - 1].low != "which" and us[k].appos is not None and not us[k].is_mention \
                    and not _verbish(us[k].low):
                # "X, a rival group that fights Y": the apposition's anchor acts
                return self.anchor_group(us[k].appos)
        return []

    def _fronted_participle_subject(self, ti: int) -> list[int]:
        """"After attacking Israel in October, Hamas fled ...", "Since ordering French troops
        out, Niger has ...": the participle opening the sentence is the main clause's subject's
        act. That subject is named right after the comma that closes the opening phrase, and a
        verb follows it ("After attacking Israel, Egypt and Jordan, X ..." names no subject)."""
        us = self.units
        if not (us[ti].low.endswith("ing") or (ti > 0 and us[ti - 1].low == "having")):
            return []
        start = 1 if us[0].low in PARTICIPLE_OPENERS else 0
        if ti < start or not all(us[x].low in ADVERB_OK or us[x].low.endswith("ly")
                                 or us[x].low == "having" for x in range(start, ti)):
            return []
        comma = next((x for x in range(ti + 1, min(len(us), ti + 16)) if us[x].low == ","), None)
        if comma is None:
            return []
        k = comma + 1
        while k < len(us) and not us[k].is_mention and us[k].low in ("the", "then", "later"):
            k += 1
        if k >= len(us) or not self.subject_like(k):
            return []
        grp = self.group_right(k)
        if len(grp) > 1 and us[comma - 1].is_actor:
            return []   # "After attacking Israel, Egypt and Jordan, X ...": a list, not a subject
        v = grp[-1] + 1
        while v < len(us) and not us[v].is_mention and (
                us[v].low in ADVERB_OK or us[v].low.endswith("ly") or us[v].low in ("now", "then")
                or us[v].low in LEX().proxy_nouns):
            v += 1      # ("Hamas fighters then fled")
        if v >= len(us) or us[v].is_mention or not us[v].low.isalpha() or \
                us[v].low in PREPOSITIONS or us[v].low in DETERMINERS or \
                us[v].low in ("and", "or", "but", "who", "which", "that"):
            return []   # no verb after the subject: a list or a phrase, not the main clause
        return grp

    def _coordinated_predicate(self, ti: int) -> int | None:
        """"X fought alongside the army, the FACA, and drove Y out": a verb right after "and"
        shares the subject of the predicate before it (whose object, the FACA, is nearer); the
        unit of that earlier verb, or None."""
        us = self.units
        a = ti - 1
        while a > 1 and not us[a].is_mention and (us[a].low in AUX or us[a].low in ADVERB_OK):
            a -= 1      # "... and are armed by Iran", "... and has since threatened"
        if ti < 3 or us[a].low != "and" or us[ti].is_mention or not _finite_verb(us, ti):
            return None
        for v in range(a - 1, max(-1, ti - 25), -1):
            if us[v].low in (";", ":") or self.is_hard(v):
                return None
            if us[v].is_mention or (v > 0 and us[v - 1].low in DETERMINERS):
                continue
            if _finite_verb(us, v):
                return v
            if a < ti - 1 and v > 0 and us[v].low.isalpha() and _is_modifier(us[v].low) and \
                    us[v].low not in LEX().proxy_nouns and (us[v].low,) not in LEX().titles and (
                        us[v - 1].low in ("which", "who", "that") or (
                            us[v - 1].is_actor and self.subject_like(v - 1))):
                # "the Houthis (, which) control Sanaa and are armed by Iran": a verb of any
                # kind right after the subject, when the second predicate has its own auxiliary
                return v
        return None

    def _whose_possessor(self, n: int) -> list[int]:
        """"X, whose fighters ambushed ...", "X, a militia whose own fighters fought ...": the
        possessor acting through the forces named at unit ``n``, right after "whose"."""
        us = self.units
        if n < 2 or n + 1 >= len(us) or us[n - 1].low != "whose" or us[n].is_mention or not (
                us[n].low in LEX().proxy_nouns or (
                    us[n].low == "own" and us[n + 1].low in LEX().proxy_nouns)):
            return []
        k = n - 2
        if us[k].low == "," and k > 0:
            k -= 1
        if us[k].is_actor:
            return self.group_left(k)
        if us[k].appos is not None and not us[k].is_mention:
            return self.anchor_group(us[k].appos)   # "X, a militia whose fighters ..."
        return []

    def _causee(self, ti: int, lo: int) -> list[int]:
        """"prompting Mali to sever ties with X", "forced the army to retreat from Y": the actor
        a realised causative makes act is the subject of the infinitive."""
        us = self.units
        k = ti - 1
        while k > lo and (us[k].low in ADVERB_OK or us[k].low.endswith("ly")):
            k -= 1
        if k > lo and us[k].is_actor and not _finite_verb(us, ti):
            # a bare infinitive: "helped Ukraine defeat Russia", "let the militia enter Goma"
            grp = self.group_left(k)
            j = grp[0] - 1
            if j >= lo and us[j].low in DETERMINERS:
                j -= 1
            return grp if j >= lo and us[j].low in BARE_INFINITIVE_VERBS | HELP_FORMS else []
        if k <= lo or us[k].low != "to":
            return []
        p = k - 1
        while p > lo and p > k - 5 and not us[p].is_mention and (
                us[p].low == "with" or _is_modifier(us[p].low)) and \
                not us[p].low.endswith(("ed", "ing")) and us[p].low not in EQUIPPING:
            p -= 1      # "gave the Houthis drones to attack", "armed the militia with rifles to"
        if p > lo + 2 and us[p].is_actor and us[p - 1].low == "to":
            # "sent drones to Russia to attack Ukraine": the recipient of the means acts
            m = p - 2
            while m > lo and m > p - 6 and not us[m].is_mention and _is_modifier(us[m].low) and \
                    us[m].low not in EQUIPPING and us[m].low not in FORCE_NOUNS | POSSESSED_MEN:
                m -= 1      # (troops sent stay the sender's: "sent troops to Mali to fight")
            if us[m].low in EQUIPPING and not us[m].is_mention:
                return self.group_left(p)
        if not us[p].is_actor:
            return []
        grp = self.group_left(p)
        j = grp[0] - 1
        if j >= lo and us[j].low in DETERMINERS:
            j -= 1
        if j >= lo and p == k - 1 and (us[j].low in CAUSATIVES or us[j].low in DIRECTIVES):
            return grp
        if j >= lo and us[j].low in EQUIPPING:
            return grp  # "sold the Houthis drones to attack Y", "trained the militia to fight"
        return []

    def _pronoun_causee(self, ti: int, lo: int) -> bool:
        """"X urged them to attack Y", "forced him to resign", "helped it defeat Y": the
        infinitive's subject is the pronoun, so no actor named before it is."""
        us = self.units
        k = ti - 1
        while k > lo and (us[k].low in ADVERB_OK or us[k].low.endswith("ly")):
            k -= 1
        pronouns = ("them", "him", "her", "it", "us", "me")
        if k - 1 >= lo and us[k].low in pronouns and not us[k].is_mention and \
                us[k - 1].low in BARE_INFINITIVE_VERBS | HELP_FORMS:
            return True     # "helped it defeat Y"
        return k - 2 >= lo and us[k].low == "to" and not us[k - 1].is_mention and \
            us[k - 1].low in pronouns and (us[k - 2].low in CAUSATIVES or us[k - 2].low in DIRECTIVES)

    def _past_titles(self, k: int, hi: int) -> int | None:
        """The unit after a run of up to three title words from ``k`` ("leader", "deputy prime
        minister"), or None when no title stands there."""
        us = self.units
        m, titled = k, False
        while m <= hi and m < k + 3 and not us[m].is_mention and (
                (us[m].low,) in LEX().titles or us[m].low in TITLE_MODIFIERS):
            titled |= (us[m].low,) in LEX().titles
            m += 1
        return m if titled and m <= hi else None

    def _what_x_said_were(self, w: int, hi: int) -> int | None:
        """Index just past "what X said were / described as / called" opening at unit ``w``: the
        target named after it is the predicate's object, X only vouches for what it was."""
        us = self.units
        for m in range(w + 1, min(hi, w + 6)):
            if us[m].low in ("said", "says", "claimed", "claims", "alleged", "believed",
                             "described", "describes", "called", "calls", "identified"):
                if m == w + 1:
                    return None     # "what said": not this shape
                nxt = us[m + 1].low if m + 1 <= hi else ""
                if nxt in ("were", "was", "are", "is", "as"):
                    return m + 2
                if nxt == "to" and m + 2 <= hi and us[m + 2].low == "be":
                    return m + 3
                return m + 1 if us[m].low in ("called", "calls") else None
            if us[m].low in BOUNDARY_WORDS or us[m].low in (",", ".", ";"):
                return None
        return None

    def vouched_target(self, ti: int, target: str) -> tuple[str | None, str | None] | None:
        """("what X said were <target>" after the predicate at unit ``ti``): who vouches for
        what the target was — X's id, the predicate's own subject for "it"/"the army", else
        None — or None when the target is not named that way."""
        us = self.units
        w = next((k for k in range(ti + 1, min(len(us), ti + 3)) if us[k].low == "what"), None)
        end = self._what_x_said_were(w, len(us) - 1) if w is not None else None
        if end is None or not any(us[k].eid == target for k in range(end, min(len(us), end + 5))):
            return None
        named = [us[k] for k in range(w + 1, end) if us[k].is_mention and us[k].is_actor]
        if named:
            return named[0].eid, None
        own = any(us[k].low in ("it", "they", "ministry") or us[k].low in ARMY_ANAPHORS
                  or us[k].low in STATE_ANAPHORS for k in range(w + 1, end))
        return None, "subject" if own else None

    def directed(self, ti: int) -> bool:
        """Is the predicate at ``ti`` the infinitive of a request ("urged Mali to attack Y")?"""
        us = self.units
        lo, _ = self.clause(ti)
        grp = self._causee(ti, lo)
        if not grp:
            return False
        j = grp[0] - 1
        if j >= lo and us[j].low in DETERMINERS:
            j -= 1
        return j >= lo and us[j].low in DIRECTIVES

    def _accused(self, ti: int) -> list[int] | None:
        """"X accused Y of arming Z", "blamed Y for killing Z": the act is Y's (alleged by X);
        "Y was accused by X of ...": Y's. None when the predicate is not in such a frame."""
        us = self.units
        k = ti - 1
        while k > 0 and (us[k].low in LIGHT_VERBS or us[k].low in ("being", "having")
                         or us[k].low in QUOTE_MARKS or us[k].low in FIRE_VERBS
                         or us[k].low in ING_CATENATIVES
                         or (us[k].low == "to" and us[k - 1].low in ING_CATENATIVES)
                         or (us[k].low.endswith("ly") and not us[k].is_mention)):
            k -= 1             # "accused Y of waging war on Z", "of having armed Z", 'of "arming'
            #                    "of continuing to arm Z"
        if k >= 2 and us[k].low == "against" and us[k - 1].is_mention and us[k - 1].is_actor:
            b = self.group_left(k - 1)[0] - 1
            b -= 1 if b >= 0 and us[b].low == "the" else 0
            if b >= 0 and (us[b].low in WARN_VERBS or (
                    us[b].low == "to" and b >= 1 and us[b - 1].low in WARN_NOUNS)):
                return []   # "warned Beijing against supplying weapons to Moscow": a warning
                #             against an act asserts it of no one
        if k < 2 or us[k].low not in ("of", "for") or k == ti:
            if not (k < ti - 1 and k >= 2 and us[k].low in ("of", "for")):
                return None
        j = k - 1
        if us[k].low == "for":
            # "designated X in 2021 for ...", "sanctioned X on Monday for ...": past the date
            m = j
            while m > 1 and m > j - 4 and not us[m].is_mention and (
                    us[m].low.isdigit() or us[m].low in MONTHS or us[m].low in WEEKDAYS
                    or us[m].low in ("last", "this", "year", "week", "month")):
                m -= 1
            if m < j and m > 1 and us[m].low in ("in", "on", "last", "this") and \
                    us[m - 1].is_mention:
                j = m - 1
            elif m < j and us[m].is_mention and us[m + 1].low in ("last", "this"):
                j = m
            if not us[j].is_mention:
                # "sentenced Dodik to a year in prison for defying Y": past the sentence
                m = next((x for x in range(j - 1, max(0, j - 9), -1) if us[x].is_mention), None)
                b = m - 1 if m is not None else -1
                b -= 1 if b >= 0 and us[b].low == "the" else 0
                if m is not None and us[m].is_actor and b >= 0 and us[b].low in PUNISH_FOR and \
                        us[m + 1].low == "to" and \
                        not any(self.is_hard(x) or us[x].low == "," for x in range(m + 1, j + 1)):
                    j = m
            if not us[j].is_mention and any(
                    us[x].low in PUNISH_FOR for x in range(max(0, j - 4), j)):
                return []       # "sanctioned Hezbollah's financiers for funding Y": theirs
        if us[j].low == "," and j >= 3 and not us[j - 1].is_mention:
            # "accused Ukraine, without evidence, of supplying ...": past the aside
            c = next((c for c in range(j - 2, max(1, j - 8), -1) if us[c].low == ","), None)
            if c is not None and us[c - 1].is_mention and us[c - 1].is_actor and not any(
                    us[x].is_mention or self.is_hard(x) for x in range(c + 1, j)):
                j = c - 1
        # "accused the Congolese army, the FARDC, of ...": the name in apposition, the words
        # before its anchor
        appos = us[j].low == "," and j >= 2 and us[j - 1].is_actor and us[j - 1].appos is not None
        if appos:
            j -= 1
        if us[j].is_mention and us[j].is_actor:
            grp = [j] if appos else self.group_left(j)
            first = us[j].appos if appos else grp[0]
            before = us[first - 1].low if first > 0 else ""
            if before in ("the", "both") and first > 1:
                before = us[first - 2].low
            if before in ACCUSE or (us[k].low == "for" and before in PUNISH_FOR):
                return grp      # ("designated X for providing support to Y": X's support)
            if before == "by" and not appos:
                # "Kampala has been accused by UN experts of allowing ..."
                a = grp[0] - 2
                if a >= 0 and us[a].low in ACCUSE:
                    return self.subject(a)
            return None
        if us[j].low in ("it", "them", "him", "her") and j > 0 and us[j - 1].low in ACCUSE:
            # "cut ties with Rwanda, accusing it of ...": the actor the pronoun stands for, the
            # last one before the accusation that is not the accuser
            own = {us[x].eid for x in self.subject(j - 1)}
            types = ANAPHOR_TYPES.get(us[j].low, ("Person",))
            for a in range(j - 2, -1, -1):
                if us[a].is_actor and us[a].eid not in own and us[a].etype in types:
                    return [a]
            return []
        if us[j].low in ACCUSE or (us[k].low == "for" and us[j].low in PUNISH_FOR):
            gap = self.gap_anchor(j)        # "Rwanda, which Kinshasa accuses of ...": Rwanda's
            return self.group_left(gap) if gap is not None else self.subject(j)
            # ("Kampala was accused of allowing ...": the subject's)
        return None

    def gap_anchor(self, ti: int) -> int | None:
        """"Rwanda, which Kinshasa accuses of ...", "France, which it accuses of ...": when the
        predicate at ``ti`` is in a relative clause with a subject of its own, the actor the
        relative pronoun stands for (the object's gap); else None."""
        us = self.units
        lo, _ = self.clause(ti)
        if lo < 2 or lo >= ti or us[lo - 1].low not in ("which", "whom", "that"):
            return None
        first = lo + 1 if us[lo].low in DETERMINERS and lo + 1 < ti else lo
        if not (us[first].is_actor or us[first].low in SUBJECT_PRONOUNS):
            return None
        k = lo - 2
        if us[k].low == "," and k > 0:
            k -= 1
        k = _force_owner(us, k)     # "Sudan's army, which Egypt backs": Sudan is backed
        if not us[k].is_mention and us[k].appos is not None and us[us[k].appos].is_actor:
            return us[k].appos      # "X, the PMF chairman whom Washington sanctioned": X
        if us[k].etype == "Location" and k >= 2 and us[k - 1].low in ("in", "near", "from") \
                and us[k - 2].is_actor:
            return k - 2            # "the X group in Paktika, which it blames for ...": X
        return k if us[k].is_actor else None

    def anchor_group(self, a: int) -> list[int]:
        """The noun phrase an apposition at anchor ``a`` describes: ", a ..." is the last
        conjunct only; ", two groups ..." the whole coordination."""
        us = self.units
        if not us[a].is_actor:
            return []
        first = us[a + 2].low if a + 2 < len(us) else ""
        if first in ("a", "an", "one", "another", "which", "who"):
            return [a]
        return self.group_left(a)

    def _possessor_of_person(self, m: int) -> int:
        """For a person named after a state's possessive ("Turkey's [President] Recep Tayyip
        Erdoğan"), the possessor's unit; else ``m``."""
        us = self.units
        if us[m].etype != "Person":
            return m
        k = m - 1
        while k > m - 4 and k > 0 and not us[k].is_mention and (
                (us[k].low,) in LEX().titles or _is_modifier(us[k].low)) and \
                us[k].low not in COORD:
            k -= 1
        if k > 0 and us[k].low in ("'s", "’s") and us[k - 1].is_actor and \
                us[k - 1].etype == "Country":
            return k - 1
        if k == m - 1 and us[k].kind == "demonym" and us[k].etype == "Country" and (
                us[k].low in ("counterpart", "counterparts") or (us[k].low,) in LEX().titles):
            # "Rwandan President Paul Kagame", "his Cambodian counterpart Hun Manet"
            return k - 1 if k > 0 and us[k - 1].low in POSSESSIVE_PRONOUNS else k
        return m

    def group_left(self, j: int) -> list[int]:
        us = self.units
        members = [j]
        has_and = False
        k = self._possessor_of_person(j) - 1
        gap: list[str] = []
        while k >= 0:
            u = us[k]
            if u.is_mention:
                if not u.is_actor or not gap or not set(gap) <= COORD | LEX().proxy_nouns \
                        | POSSESSED_MEN | {"'s", "’s"}:
                    break
                if not ({"and", "or", "&", "nor"} & set(gap) or "," in gap):
                    break
                has_and |= bool({"and", "or", "&", "nor"} & set(gap))
                members.append(k)
                gap = []
                k = self._possessor_of_person(k)
            elif u.low == "and" and self._hard[k]:
                break       # "Israel struck Hezbollah and Iran fired ...": a clause of its own
            elif u.low in COORD or u.low in LEX().proxy_nouns or (
                    u.low in POSSESSED_MEN and us[k - 1].low in ("'s", "’s")):
                gap.append(u.low)
            elif u.low in ("'s", "’s") and gap and (gap[-1] in LEX().proxy_nouns
                                                   or gap[-1] in POSSESSED_MEN):
                gap.append(u.low)       # "Wagner's men and Rwandan troops fought ..."
            else:
                break
            k -= 1
        if not has_and:
            return [j]
        return sorted(members)

    def actors_at(self, m: int, hi: int) -> list[int]:
        """The coordinated actors (no places) opening at unit ``m`` after an optional "the":
        "allowed [the] Russian troops", "rescue the Tripoli government"; else []."""
        us = self.units
        m += 1 if m <= hi and us[m].low == "the" else 0
        if m > hi or not us[m].is_actor or us[m].etype == "Location":
            return []
        return self.group_right(m, hi=hi)

    def group_right(self, j: int, *, places: bool = False, hi: int | None = None) -> list[int]:
        us = self.units
        hi = len(us) - 1 if hi is None else hi
        ok = (lambda u: u.is_place) if places else (lambda u: u.is_actor)
        members = [j]
        k = j + 1
        gap: list[str] = []
        has_and = False
        while k <= hi:
            u = us[k]
            if u.is_mention:
                if not ok(u) or not gap:
                    break
                if not ({"and", "or", "&", "nor", ","} & set(gap)):
                    break
                if not places and k + 1 <= hi and us[k + 1].low in AUX and us[k + 1].low not in (
                        "do", "does", "did") and "," in gap:
                    break       # "finances the Houthis, and the IRGC has supplied ...": a new clause
                if not places and k + 1 <= hi and "," in gap and "and" in gap and \
                        not us[k + 1].is_mention and _finite_verb(us, k + 1):
                    break       # "armed Hezbollah, and Syria praised it": a new clause
                if places and "and" in gap and k + 1 <= hi and not us[k + 1].is_mention and \
                        _finite_verb(us, k + 1) and (u.is_actor or "," not in gap):
                    break       # "struck Hezbollah in Lebanon and Iran attacked": a new clause
                    # (not "a footprint in Pishin, Ziarat, and Quetta underscores ...")
                if k + 1 <= hi and self.attached_hyphen(k + 1):
                    # "sanctioned Iran, Syria and Russia-backed militias": not Russia, but a list
                    has_and |= bool({"and", "or", "&", "nor"} & set(gap))
                    break
                has_and |= bool({"and", "or", "&", "nor"} & set(gap))
                members.append(k)
                gap = []
            elif u.low in POSSESSIVE_PRONOUNS and not places and not (
                    k + 1 <= hi and us[k + 1].low in SIDE_NOUNS and "and" in gap):
                break       # "hostile to Iran and Hezbollah, and its leader, X, ...": a new phrase
                # ("Hamas and its ally, Islamic Jihad": one group)
            elif not places and u.low == "in" and not gap and k + 3 <= hi and \
                    us[k + 1].is_place and us[k + 2].low in ("and", ",") and (
                        us[k + 3].is_actor and not us[k + 3].is_place
                        or us[k + 3].low == "the" and k + 4 <= hi and us[k + 4].is_actor
                        and not us[k + 4].is_place):
                k += 2      # "bankrolled Hamas in Gaza and Hezbollah in Lebanon": the place
                continue    # locates the member before it, the list goes on
            elif (u.low in COORD or u.low in LEX().proxy_nouns or u.low in QUANT
                  or u.low.replace(",", "").isdigit()
                  or u.low in SIDE_NOUNS and us[k - 1].low in POSSESSIVE_PRONOUNS):
                gap.append(u.low)
            else:
                break
            k += 1
        if len(members) > 1 and not has_and and not places:
            return members[:1]
        return members

    def object(self, te: int, *, places: bool = False, window: int = 8,
               allow: frozenset[str] = frozenset(), block: frozenset[str] = frozenset()) -> list[int]:
        """Object group of a predicate ending at unit ``te``: the first noun phrase to the right
        in the clause that is an actor (or a place) and not inside a locative/temporal phrase."""
        us = self.units
        _, hi = self.clause(te)
        for rs, re_, _a in self.relatives:
            if rs < te < re_:
                hi = min(hi, re_ - 1)       # the object of a verb in a relative clause is in it
        k = te + 1
        blocked = False
        content = False
        while k <= min(hi, te + window):
            u = us[k]
            if u.low == "what" and not content:
                past = self._what_x_said_were(k, hi)
                if past is not None:
                    k, window = past, window + (past - k)
                    continue
            if content and u.low == "," and k + 1 <= hi and us[k + 1].low in ("and", "but", "or"):
                return []       # "shot down many drones, and American jets ...": a new clause
            if u.low in ("and", "but", "or") and k + 1 <= hi and not us[k + 1].is_mention and \
                    (k > te + 1 or us[k + 1].low in FINITE_AUX) and (
                        _verbish(us[k + 1].low) and us[k + 1].low.endswith("ed")
                        or _past_trigger(us[k + 1].low)     # "... and drove the M23 out"
                        or us[k + 1].low in FINITE_AUX or us[k + 1].low in ACCUSE_VERBS
                                    or LEX().reporting.get(us[k + 1].low, ("", "base"))[1] in (
                                        "past", "s")):
                return []       # "could attack his country and accused X of ...", "... and
                # said Mali would ...": a new predicate
            if content and u.low in ("and", "but") and k + 2 <= hi and us[k + 1].is_mention and \
                    not us[k + 2].is_mention and _finite_verb(us, k + 2):
                return []       # "attacks civilians and Egypt backs the army": a new clause
            if u.is_mention:
                if k > 0 and self.attached_hyphen(k - 1):
                    return []               # "anti-Taliban factions"
                if k >= 4 and us[k - 1].low == "with" and us[k - 2].low in BORDER_NOUNS and any(
                        us[x].low in ("on", "along", "at", "near", "across") for x in (k - 3, k - 4)):
                    return []       # "visited troops on the border with Belarus": a place
                if k + 1 <= hi and self.attached_hyphen(k + 1):
                    k += 3                  # "U.S.-backed Afghan army": the head comes after
                    continue
                if blocked:
                    blocked = False
                    k += 1
                    continue
                if not places and u.is_place and not u.is_actor and k + 3 <= hi and \
                        us[k + 1].low in SITE_NOUNS | POSITION_NOUNS and us[k + 2].low == "of":
                    k += 3      # "overran the Nasir garrison of the SSPDF": the force there
                    continue
                if not places and u.is_place and not u.is_actor:
                    m = self._past_titles(k + 1, hi)
                    if m is not None and us[m].etype == "Person":
                        return [m]      # "arrested Istanbul mayor Ekrem İmamoğlu": the person
                want = u.is_place if places else u.is_actor
                if not want:
                    return []
                if not places and u.kind == "demonym" and k + 1 <= hi and \
                        us[k + 1].etype == "Person":
                    k += 1      # "accused Rwandan President Paul Kagame": the person
                    continue
                if not places and u.kind == "demonym" and (u.low,) in LEX().titles and \
                        k + 2 <= hi and us[k + 1].low == "," and us[k + 2].etype == "Person" and (
                            k + 3 > hi or us[k + 3].low in (",", ".", ";")):
                    return [k + 2]  # "met the Belarusian leader, Alexander Lukashenko": him
                if k + 1 <= hi and us[k + 1].low in ("'s", "’s"):
                    m = k + 2
                    while m <= hi and m < k + 5 and not us[m].is_mention and \
                            us[m].low not in LEX().proxy_nouns and _is_modifier(us[m].low) and \
                            us[m].low not in STAKE_NOUNS and not _plural_title(us[m].low):
                        m += 1
                    if m <= hi and us[m].is_mention and (us[m].is_place if places else us[m].is_actor):
                        return self.group_right(m, places=places, hi=hi)   # "India's RAW"
                    if m <= hi and (us[m].low in LEX().proxy_nouns or (us[m].low,) in LEX().titles
                                    or us[m].low in STAKE_NOUNS or _plural_title(us[m].low)):
                        # ("sanctioned the ICC's own judges": the court)
                        p = m + 1 + (1 if m + 1 <= hi and us[m + 1].low == "," else 0)
                        if not places and p <= hi and us[p].etype == "Person" and (
                                us[m].low in LEX().proxy_nouns or (us[m].low,) in LEX().titles):
                            return [p]  # "spoke to Pakistan's deputy prime minister, Ishaq Dar"
                        c = m + 1
                        while c <= hi and c < m + 3 and not us[c].is_mention and \
                                _is_modifier(us[c].low):
                            c += 1      # "military wing"
                        p = c + 1 + (1 if c + 1 <= hi and us[c + 1].low == "the" else 0)
                        if not places and p <= hi and us[c].low == "," and us[p].etype in (
                                "Group", "Organization") and (
                                    p == len(us) - 1 or us[p + 1].low in (",", ".", ";", "and")):
                            return [k, p]   # "Hamas's military wing, the Qassam Brigades": both
                        return [k]      # "blocking Kosovo's seat", "supports Armenia's sovereignty"
                    return []
                if not places and u.etype in ("Group", "Organization", "Country"):
                    m = self._past_titles(k + 1, hi)
                    if m is not None and us[m].etype == "Person":
                        return [k, m]   # "killed Hezbollah leader X": X, and X's movement
                    if m is not None and m + 1 <= hi and us[m].low == "," and \
                            us[m + 1].etype == "Person":
                        # "met the Belarusian leader, Alexander Lukashenko": the person (a
                        # demonym only describes him); "the Hezbollah leader, X": both
                        return [m + 1] if u.kind == "demonym" else [k, m + 1]
                return self.group_right(k, places=places, hi=hi)
            if u.low == "as" and k + 1 <= hi and (us[k + 1].low in AS_DID or (
                    us[k - 1].low == "," and us[k + 1].low != "well")):
                return []       # "condemned the attack, as did X", "..., as France warned"
            if u.low == "to" and k + 1 <= hi and us[k + 1].low in RESCUE_VERBS:
                return []       # "threatened intervention to restore Bazoum": X is helped
            if u.low == "to" and content and k + 1 <= hi and not us[k + 1].is_mention and any(
                    t.kind == "verb" and t.form == "base" and
                    t.relation in ("ATTACKS", "OPPOSES", "THREATENS")
                    for t in LEX().triggers.get(us[k + 1].low, ())):
                return []       # "sent troops to fight the M23": the infinitive's object
            if u.low in block:
                return []
            if u.low in BLOCKING_PREPS and u.low not in allow:
                blocked = True
            elif u.low in PREPOSITIONS or u.low in DETERMINERS or u.low in ("and", ","):
                pass
            if u.low == "by" and not places:
                return []
            if not u.is_mention and _is_modifier(u.low) and u.low not in QUANT:
                content = True
            k += 1
        return []


# people sent by a state, who act for it when "from" it (not "militants from Pakistan")
ENVOY_NOUNS = frozenset("""officials negotiators delegates delegations delegation diplomats
envoys ministers representatives mediators troops soldiers forces peacekeepers police officers
personnel contingents""".split())
TITLE_MODIFIERS = frozenset("former deputy top senior military political chief acting".split())


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s+(\w+)", text[pos:pos + 40])
    return m.group(1).lower() if m else ""


# what an actor has at stake: acting on it acts on the actor ("backed Ukraine's bid")
STAKE_NOUNS = frozenset("""sovereignty integrity independence seat bid membership accession
candidacy recognition claims claim rights cause positions position territory statehood
sovereign role influence ambitions involvement meddling interference policy policies actions
conduct behaviour behavior expansion activities plan plans proposal proposals initiative
initiatives demands offer resolution network networks assets businesses empire bureau
headquarters""".split())


def _finite_reporting(us: list[Unit], j: int) -> bool:
    """A reporting verb with a subject of its own: "said", "says", and "say" after a plural
    subject ("officials say"), not after "to" or a modal ("wants to say", "would say")."""
    got = LEX().reporting.get(us[j].low)
    if got is None:
        return False
    if got[1] in ("past", "s"):
        return True
    return got[1] == "base" and j > 0 and us[j - 1].low not in AUX and us[j - 1].low != "to" \
        and (us[j - 1].is_mention or us[j - 1].low.endswith("s"))


def _trigger_verb(low: str) -> bool:
    """A verb form of the lexicon's relation triggers ("met", "backs", "attacked")."""
    return low in LEX().verb_triggers


def _verbish(low: str) -> bool:
    """A word that looks like a verb form governing what follows (weakening, blocked, sold)."""
    if _trigger_verb(low):
        return True
    return len(low) > 4 and (low.endswith("ing") or low.endswith("ed")) and low not in (
        "during", "including", "following", "regarding", "according", "concerning", "bring",
        "thing", "something", "nothing", "anything", "everything", "king", "wing", "ring",
        "spring", "morning", "evening", "building", "hundred", "red", "need", "speed")


def _past_trigger(low: str) -> bool:
    """A past form of a relation verb, irregular ones included ("drove", "fought", "struck")."""
    return any(t.kind == "verb" and t.form == "past" for t in LEX().triggers.get(low, ()))


def _finite_verb(us: list[Unit], j: int) -> bool:
    """A past or present-tense verb form that opens a predicate ("praised", "funds", "said")."""
    low = us[j].low
    if _finite_reporting(us, j):
        return True
    if low.endswith("ed") and _verbish(low):
        return True
    if _past_trigger(low):
        return True     # irregular pasts: "struck", "sent", "fought", "met"
    return low.endswith("s") and _trigger_verb(low)


def _plural_title(low: str) -> bool:
    """"judges", "ministers": the plural of a title (people who hold an office of a body)."""
    return len(low) > 3 and low.endswith("s") and (low[:-1],) in LEX().titles


def _is_modifier(low: str) -> bool:
    return low.isalpha() and low not in DETERMINERS and low not in PREPOSITIONS and \
        low not in BOUNDARY_WORDS and low not in BE_FORMS and low not in FUNCTION_WORDS


def _past_premodifiers(us: list[Unit], k: int, hi: int) -> int:
    """The unit after up to three determiners/modifiers from ``k`` ("the heavily armed X"):
    where the head of a noun phrase, usually a mention, should be."""
    start = k
    while k <= hi and k < start + 3 and not us[k].is_mention and (
            us[k].low in DETERMINERS or _is_modifier(us[k].low)):
        k += 1
    return k


_LEX: Lexicon | None = None


def LEX() -> Lexicon:  # noqa: N802 - a constant, loaded lazily
    global _LEX
    if _LEX is None:
        _LEX = load_lexicon()
    return _LEX


# --------------------------------------------------------------------------------------------
# claims

@dataclass
class _Found:
    subject: str
    relation: str
    object: str
    span: tuple[int, int]          # char span covering subject/trigger/object
    trigger: int                   # char offset of the trigger
    certainty: str | None = None   # forced certainty (threats are asserted)
    via: str | None = None         # the official whose act this state claim is ("X said ...")
    source: str | None = None      # who the sentence says makes the claim ("linked by X to Y")


@dataclass
class _State:
    """What earlier sentences established: speakers for pronouns, last subjects."""

    last_person: str | None = None
    last_speaker: str | None = None
    last_group: str | None = None
    claims: list[Claim] = field(default_factory=list)
    last_attacker: str | None = None
    last_attack_sentence: int = -10
    # salience for anaphora: the last subject-like actor of each type in earlier sentences,
    # and the last mention of each type (objects: "held talks with the group")
    last_subject: dict = field(default_factory=dict)
    last_mention: dict = field(default_factory=dict)
    sentence: int = 0
    recent_start: int = 0          # claims starting after this offset are "recent" (2 sentences)
    military: frozenset = frozenset()   # ids of national armed forces named in the article
    last_military: str | None = None
    name_words: dict = field(default_factory=dict)   # id -> lower-cased head words of its names
    jihadist: dict = field(default_factory=dict)     # id -> its name marks a jihadist group
    named_order_all: list = field(default_factory=list)  # every actor, in order of last mention
    subject_history: list = field(default_factory=list)  # sentence subjects, most recent last
    frames: list = field(default_factory=list)       # reported-speech frames of the sentence
    turns: list = field(default_factory=list)        # the speakers' turns of an interview
    affiliation: dict = field(default_factory=dict)  # person -> the body/state they belong to
    country_of: dict = field(default_factory=dict)   # person -> the state they serve
    named_order: list = field(default_factory=list)  # actors in order of last mention
    prev_text: str = ""                              # the previous sentence's text
    recent_actors: list = field(default_factory=list)  # every actor, most recently named last
    last_deal: tuple = ()                            # parties of the last agreement reported
    last_fight: tuple = ()                           # (sentence, attacker, target) of the last attack
    fights: Counter = field(default_factory=Counter)  # attacks per pair of actors (frozenset)
    claimant: str | None = None                      # who claimed responsibility for an attack
    last_accuser: tuple = ()                         # (sentence, who) of the last charge made
    # coordinations named ("X, Y and Z") as (sentence, ids), last last; only the last 12 are read
    recent_sets: deque = field(default_factory=lambda: deque(maxlen=12))
    prev_found: list = field(default_factory=list)  # the last sentence's main relations


def find_claims(article: Article, sentences: Sequence[Sentence], entities: Iterable[Entity],
                mentions: Iterable[Mention], *, catalog=None,
                frames_out: dict[int, list[attr.Frame]] | None = None) -> list[Claim]:
    """Relations the article states between its entities (see the module docstring).

    ``frames_out``, when given, receives each sentence's attribution frames (who states which
    span) by sentence index, so a later stage attributes its claims the way the rules do."""
    lex = LEX()
    ents = {e.id: e for e in entities}
    types = {eid: e.type for eid, e in ents.items()}
    ms = sorted(mentions, key=lambda m: m.start)
    by_sentence = mentions_by_sentence(sentences, ms)
    quotes = attr.quote_spans(article.text)
    demonyms: dict[str, str] = {}
    seats: dict[str, frozenset] = {}
    if catalog is not None:
        for e in ents.values():
            entry = _catalog_entry(catalog, e.id) if e.type == "Country" else None
            for d in (entry.demonyms if entry is not None else ()):
                demonyms.setdefault(d.lower(), e.id)
            if entry is not None and entry.metonyms:
                seats[e.id] = frozenset(normalize(m) for m in entry.metonyms)
    state = _State(military=frozenset(e.id for e in ents.values() if e.type == "Organization"
                                      and _MILITARY_NAME.search(e.name)),
                   name_words={e.id: _name_heads(e, catalog)
                               for e in ents.values() if e.type in ("Group", "Organization")},
                   jihadist={e.id: True for e in ents.values() if e.type == "Group" and any(
                       _JIHADIST_NAME.search(n) for n in (e.name, *e.aliases))})
    state.turns = attr.turns(article.text, article.title, ms, {
        e.id: (e.name, *e.aliases) for e in ents.values() if e.type == "Person"})
    for idx, sent in enumerate(sentences):
        # "X claimed responsibility": the attack the article condemns is X's, before or after
        hit = _CLAIMED.search(sent.text) if state.claimant is None and \
            "responsibility" in sent.text else None
        if hit and by_sentence.get(idx):
            v = View(article.text, sent, by_sentence[idx], types, quotes)
            at = next((u.i for u in v.units if u.start >= sent.start + hit.start()), None)
            subj = v.subject(at) if at is not None else []
            if subj and v.units[subj[0]].etype == "Group":
                state.claimant = v.units[subj[0]].eid
    out: list[Claim] = []
    seen: dict[tuple, int] = {}
    views: list[View | None] = []
    for idx, sent in enumerate(sentences):
        state.sentence = idx
        state.prev_text = sentences[idx - 1].text if idx else ""
        state.recent_start = sentences[max(0, idx - 4)].start
        sm = by_sentence.get(idx, [])
        if len(state.military) == 1 and state.last_military:
            sm = _army_mentions(sent, sm, state)
        if not sm and not _SET_ANAPHOR.search(sent.text):
            views.append(None)
            _note_persons(state, [], types)
            if _OPENS_WITH_ANAPHOR.match(sent.text):
                _note_salience(state, View(article.text, sent, (), types, quotes))
            continue
        view = View(article.text, sent, sm, types, quotes, demonyms, seats)
        views.append(view)
        frames = attr.frames(view, lex, state, quotes)
        state.frames = frames
        if frames_out is not None:
            frames_out[idx] = frames
        members = _member_of(view, lex, ents, catalog, state)
        for f in members:
            if types.get(f.subject) == "Person" and types.get(f.object) in ("Country", "Group",
                                                                           "Organization"):
                state.affiliation.setdefault(f.subject, f.object)
                if types.get(f.object) == "Country":
                    state.country_of.setdefault(f.subject, f.object)
        found = _relations(view, lex, state)
        found += _structural(view, lex, ents, catalog, found, state, members)
        found += _state_credit(view, lex, found, state)
        found += _pact_members(view, found)
        found += _third_parties(view, found)
        found += _deals(view, lex, state, found)
        found += _pact_relatives(view, lex)
        found += _mediated_between(view, lex, state)
        found += _owner_of_target(view, found)
        found += _hosted_under_agreement(view, found)
        found += _so_did(view, state, found)
        state.prev_found = [f for f in found if f.relation in MAIN_RELATIONS]
        struck = {(f.subject, f.object) for f in found if f.relation == "ATTACKS" and
                  view.units[_unit_at(view, f.trigger)].low not in CONQUEST | FELL_FORMS}
        owners = {(f.subject, f.object) for f in found if f.relation == "ATTACKS"
                  and types.get(f.object) == "Country" and types.get(f.subject) == "Country"}
        if struck:
            # a place hit is no place held: "strikes hit towns across X" is no presence in X
            found = [f for f in found if not (f.relation == "OPERATES_IN" and (f.subject, f.object)
                                              in struck and types.get(f.object) == "Location")]
        if owners:
            # one state's shells fired into another's region are no presence there (an
            # insurgency's attacks in a province are)
            attack_cues = {f.trigger for f in found if f.relation == "ATTACKS"}
            found = [f for f in found if not (f.relation == "OPERATES_IN" and (f.subject, f.object)
                                              in owners and f.trigger in attack_cues)]
        found += _spokesman_stance(view, found, frames, state)
        next_hedge = bool(found) and idx + 1 < len(sentences) and \
            _verification_hedge(sentences[idx + 1].text)
        one_reading: set[tuple] = set()
        for f in found:
            if f.subject == f.object or f.subject not in types or f.object not in types:
                continue
            if f.relation in POLARITY_OF:
                # one cue, one reading: a word listed under two relations of the same polarity
                # ("hostilities") gives the pair one claim, the first rule's
                cue = (f.subject, f.object, f.trigger, POLARITY_OF[f.relation])
                if cue in one_reading:
                    continue
                one_reading.add(cue)
            frame = attr.innermost(frames, f.trigger)
            certainty = f.certainty or _certainty(view, lex, f, frame)
            if certainty == "asserted" and frame is not None and not frame.denial and any(
                    fr.denial and fr.covers(f.trigger) for fr in frames):
                certainty = "alleged"   # "X said Y attacked Z, which Y denied": still alleged
            own_act = False
            if f.relation == "ATTACKS" and frame is not None and frame.kind in ("quote", "turn") and \
                    frame.speaker and state.affiliation.get(frame.speaker, frame.speaker) == f.subject \
                    and _first_person_future(view, f.trigger):
                # '"We will crush the M23," the army spokesman said': a vow, asserted
                f = _Found(f.subject, "THREATENS", f.object, f.span, f.trigger, "asserted")
                certainty, own_act = "asserted", True
            if next_hedge and certainty == "asserted" and f.relation not in ("MEMBER_OF",
                                                                             "OPERATES_IN"):
                certainty = "alleged"
            speaker = frame.speaker if frame and f.relation != "MEMBER_OF" and not own_act \
                and not frame.denial else None
            if f.source is not None and f.relation != "MEMBER_OF":
                speaker = f.source
            if speaker is not None and (speaker in (f.subject, f.via) or _coordinated(
                    view, speaker, f.subject)) and (
                    frame.act or frame.kind in ("quote", "turn") or f.trigger < frame.start
                    or _denied_act(view, _unit_at(view, f.trigger))):
                speaker = None      # "X's threats to ...", "X warned ... war": X's own act
                # (and what X denies doing is alleged by others, not by X)
            vouched = view.vouched_target(_unit_at(view, f.trigger), f.object) \
                if f.relation in MAIN_RELATIONS and types.get(f.object) in ACTOR_TYPES else None
            if vouched is not None:
                # "struck what it said were Hezbollah depots": that they were is the striker's word
                certainty = "alleged" if certainty == "asserted" else certainty
                speaker = vouched[0] or (f.subject if vouched[1] else speaker)
            qs, qe = _quote_span(view, f.span)
            claim = Claim(subject=f.subject, relation=f.relation, object=f.object,
                          certainty=certainty, attributed_to=speaker,
                          quote=article.text[qs:qe], start=qs, end=qe,
                          date=_date(view, f, article.published), extractor=EXTRACTOR)
            s, o = claim.subject, claim.object
            if claim.relation in SYMMETRIC_RELATIONS:
                s, o = sorted((s, o))
            key = (s, claim.relation, o)
            if key in seen:
                old = out[seen[key]]
                # keep the surest, attributed version
                if _rank(claim) > _rank(old):
                    out[seen[key]] = claim
                continue
            seen[key] = len(out)
            out.append(claim)
        for fr in frames:
            if fr.speaker and not fr.denial and not fr.act and fr.kind != "turn" and \
                    types.get(fr.speaker) in ACTOR_TYPES:
                state.last_accuser = (idx, fr.speaker)     # "HRW said soldiers executed ..."
        for c in out[-len(found):] if found else ():
            if c.start < sent.start:
                continue
            if c.relation == "ATTACKS" and c.certainty != "hypothetical":
                state.last_attacker, state.last_attack_sentence = c.subject, idx
                if types.get(c.object) in ACTOR_TYPES:
                    state.last_fight = (idx, c.subject, c.object)
                    state.fights[frozenset((c.subject, c.object))] += 1
            # who charged whom lately: "... The ministry rejected the accusation"
            if c.attributed_to:
                state.last_accuser = (idx, c.attributed_to)
            elif c.relation == "OPPOSES" and any(
                    view.units[x].low in ACCUSE_VERBS
                    for x in range(_unit_at(view, c.start), _unit_at(view, c.end - 1) + 1)):
                state.last_accuser = (idx, c.subject)
        for f in found:
            if f.relation == "NEGOTIATES_WITH" and f.subject in types and f.object in types:
                ti = _unit_at(view, f.trigger)
                if view.units[ti].low in DEAL_NOUNS:
                    state.last_deal = (f.subject, f.object)
        _note_persons(state, [view.units[i] for i in view.mention_units], types)
        _note_salience(state, view)
        state.claims = out
    out.extend(_name_parts(ents, ms, sentences, article.text, seen, len(out), catalog))
    # a member's cooperation with its own body is membership, not a relation between two
    # actors ("X, an adviser to Iran's Supreme Leader" is Iran's man, no ally of Iran)
    belongs = {(c.subject, c.object) for c in out if c.relation == "MEMBER_OF"
               and types.get(c.subject) == "Person"}
    # a state's own ministry or agency neither fights nor opposes it ("Turkey's Ministry of
    # Foreign Affairs said the memorandum was void": no hostility between the two)
    organ_of = {e.id: entry.country for e in ents.values() if e.type == "Organization"
                and (entry := _catalog_entry(catalog, e.id)) is not None and entry.country
                and entry.category in STATE_ORGANS}     # (a state may well ban its own party)
    return [c for c in out if not (
        POLARITY_OF.get(c.relation) == "cooperative" and (
            (c.subject, c.object) in belongs or (c.object, c.subject) in belongs)) and not (
        POLARITY_OF.get(c.relation) == "hostile" and (
            organ_of.get(c.subject) == c.object or organ_of.get(c.object) == c.subject))]


DURATIONS = frozenset("day days week weeks month months year years decade decades hours".split())
UNDIRECTED_FIGHT = frozenset("fight fights fought fighting battle battles battled battling".split())


def _owner_of_target(view: View, found: list[_Found]) -> list[_Found]:
    """"Shelled two villages in Ukraine's Sumy region": a place of a named state is hit, and so
    is the state that owns it; "struck Hezbollah's Radwan Force": a unit of a named side is hit,
    and so is that side."""
    us = view.units
    out: list[_Found] = []
    for f in found:
        unit = view.types.get(f.object) in ("Group", "Organization")
        if f.relation != "ATTACKS" or not (unit or view.types.get(f.object) == "Location") or \
                us[_unit_at(view, f.trigger)].low in UNDIRECTED_FIGHT:
            continue         # "fighting in Ukraine's Donetsk region" is where, not whom
        owners = ("Country", "Group") if unit else ("Country",)
        for u in us:
            if u.eid == f.object and f.span[0] <= u.start < f.span[1] + 1 and u.i >= 2 \
                    and us[u.i - 1].low in ("'s", "’s") and us[u.i - 2].etype in owners \
                    and us[u.i - 2].eid != f.subject:
                owner = us[u.i - 2]
                out.append(_Found(f.subject, "ATTACKS", owner.eid, f.span, f.trigger, f.certainty,
                                  f.via, f.source))
                break
    return out


def _hosted_under_agreement(view: View, found: list[_Found]) -> list[_Found]:
    """"Tanzanian troops remain in Mozambique under a bilateral defence agreement": a force
    present in a state by agreement is that state's ally (with a partner named after "with",
    the deal rules pair them instead)."""
    us = view.units
    out: list[_Found] = []
    for u in view.having(frozenset({"under"})):
        d = u + 1
        while d < len(us) and d < u + 6 and not us[d].is_mention and (
                us[d].low in DETERMINERS or us[d].low.isdigit() or _is_modifier(us[d].low)) \
                and us[d].low not in HOST_DEALS:
            d += 1
        if d >= len(us) or us[d].is_mention or us[d].low not in HOST_DEALS or (
                d + 1 < len(us) and us[d + 1].low in ("with", "between")) or \
                LEX().negates(view.words(u + 1, d)):
            continue        # ("under no agreement at all")
        lo, _ = view.clause(u)
        for f in found:
            if f.relation == "OPERATES_IN" and view.types.get(f.object) == "Country" and \
                    view.types.get(f.subject) in ("Country", "Group", "Organization") and \
                    lo <= _unit_at(view, f.trigger) < u:
                span = (min(f.span[0], us[u].start), max(f.span[1], us[d].end))
                out.append(_Found(f.subject, "ALLIED_WITH", f.object, span, f.trigger, f.certainty))
    return out


def _spokesman_stance(view: View, found: list[_Found], frames: list, state: _State) -> list[_Found]:
    """'EU chief X said the bloc "fully supports Armenia"': an official who states the stance
    of the body or state they belong to holds it too (the speaker's own act). A stance, not a
    deed: the spokesman who reports that his group "targeted a US destroyer" attacked nobody."""
    out: list[_Found] = []
    for f in found:
        if f.relation not in MAIN_RELATIONS or f.relation == "ATTACKS":
            continue
        fr = attr.innermost(frames, f.trigger)
        sp = fr.speaker if fr is not None and fr.kind != "according" else None
        if not sp or sp in (f.subject, f.object) or view.types.get(sp) != "Person":
            continue
        if f.subject in (state.affiliation.get(sp), state.country_of.get(sp)):
            out.append(_Found(sp, f.relation, f.object, f.span, f.trigger, f.certainty, sp))
    return out


_CLAIMED = re.compile(r"\bclaim(?:ed|s)? responsibility\b")


PACT_WORDS = frozenset("""pact pacts treaty treaties alliance alliances accord accords agreement
agreements coalition deal deals""".split())


def _pact_members(view: View, found: list[_Found]) -> list[_Found]:
    """"X signed a security pact with Y and Z": a pact binds every party, so Y and Z too."""
    us = view.units
    parties: dict[tuple, list[str]] = {}
    for f in found:
        if f.relation not in ("NEGOTIATES_WITH", "ALLIED_WITH"):
            continue
        ti = _unit_at(view, f.trigger)
        if not any(u.low in PACT_WORDS for u in us[ti:ti + 3]):
            continue
        got = parties.setdefault((f.subject, f.trigger, f.relation), [])
        if f.object not in got:
            got.append(f.object)
    out: list[_Found] = []
    for (subject, trig, rel), objs in parties.items():
        span = next(f.span for f in found if f.trigger == trig and f.subject == subject)
        for i, a in enumerate(objs):
            for b in objs[i + 1:]:
                out.append(_Found(a, rel, b, span, trig))
    return out


MEDIATION = frozenset({"mediation", "auspices", "aegis", "sponsorship", "facilitation"})


def _third_parties(view: View, found: list[_Found]) -> list[_Found]:
    """The mediator of talks deals with both sides: "a deal negotiated between X and Y under Z
    mediation", "a truce between X and Y, mediated by Z"."""
    us = view.units
    out: list[_Found] = []
    for f in found:
        if f.relation != "NEGOTIATES_WITH":
            continue
        ti = _unit_at(view, f.trigger)
        third: list[int] = []
        for j in range(ti + 1, min(len(us) - 1, ti + 25)):
            if us[j].is_actor and us[j + 1].low in MEDIATION:
                third = [j]          # "under African Union mediation"
                break
            if us[j].low in ("mediated", "brokered", "facilitated"):
                by = j + 1
                if by + 1 < len(us) and us[by].low in ("in", "at") and us[by + 1].is_place:
                    by += 2         # "mediated in Doha by Qatar"
                if by + 1 < len(us) and us[by].low == "by":
                    m = by + 1 + (1 if us[by + 1].low == "the" else 0)
                    third = [m] if m < len(us) and us[m].is_actor else []
                break
        for t in third:
            out += _mediation([us[t].eid], [p for p in (f.subject, f.object) if p != us[t].eid],
                              f.span, f.trigger, parties_too=False)
    return out


# what co-hosts do together: "co-hosted", "co-sponsored", "co-chaired", "co-authored"
CO_VERBS = frozenset("""host hosts hosted hosting convene convenes convened convening organise
organises organised organising organize organizes organized organizing sponsor sponsors sponsored
sponsoring chair chairs chaired chairing author authors authored authoring""".split())


def _co_hosts(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Saudi Arabia and the United States co-hosted talks", "co-sponsored the resolution": the
    hosts act together."""
    us = view.units
    out: list[_Found] = []
    for i in view.lows_at(CO_VERBS):
        if i < 2 or us[i - 1].low != "-" or us[i - 2].low != "co" or not view.attached_hyphen(i - 1):
            continue
        subj = [x for x in view.subject(i - 2) if us[x].is_actor and us[x].etype != "Location"]
        if len(subj) < 2 or _negated(view, lex, i - 2, subj[-1]):
            continue
        for a, x in enumerate(subj):
            for y in subj[a + 1:]:
                if us[x].eid != us[y].eid:
                    out.append(_Found(us[x].eid, "ALLIED_WITH", us[y].eid, _span(view, [x, i]),
                                      us[i - 2].start))
    return out


DEAL_NOUNS = frozenset("""treaty treaties ceasefire ceasefires cease-fire truce truces deal deals
agreement agreements accord accords pact armistice memorandum settlement dialogue declaration
declarations charter framework roadmap protocol""".split())
CEASEFIRES = frozenset("ceasefire ceasefires cease-fire truce truces armistice".split())
BROKERED = frozenset("brokered mediated facilitated sponsored negotiated".split())
BROKER_VERBS = frozenset("""broker brokers brokered brokering mediate mediates mediated mediating
facilitate facilitates facilitated facilitating""".split())
PAIR_HEADS = {"countries": ("Country",), "nations": ("Country",), "states": ("Country",),
              "neighbours": ("Country",), "neighbors": ("Country",), "capitals": ("Country",),
              "governments": ("Country",), "sides": ("Country", "Group", "Organization"),
              "parties": ("Country", "Group", "Organization"),
              "camps": ("Country", "Group", "Organization"),
              "rivals": ("Country", "Group", "Organization"),
              "belligerents": ("Country", "Group", "Organization"), "juntas": ("Country",),
              "leaders": ("Person",), "presidents": ("Person",),
              "allies": ("Country", "Group", "Organization"),
              "partners": ("Country", "Group", "Organization"),
              "adversaries": ("Country", "Group", "Organization"),
              "foes": ("Country", "Group", "Organization"), "powers": ("Country",),
              "factions": ("Group",), "movements": ("Group",),
              "militias": ("Group",), "premiers": ("Person",), "ministers": ("Person",),
              "groups": ("Group",), "organisations": ("Group", "Organization"),
              "organizations": ("Group", "Organization"), "men": ("Person",),
              "generals": ("Person",), "blocs": ("Organization",)}
# "Britain and its allies", "Iran and its partners": a coordination that keeps the first actor
PEERS = frozenset({"allies", "partners", "proxies", "backers", "neighbours", "neighbors"})
SET_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}
ANY_ACTOR = ("Country", "Group", "Organization", "Person")
# a sentence naming nobody may still speak of "the two countries", "both sides", "the pair",
# "all three"
_SET_ANAPHOR = re.compile(r"\b(?:(?:[Tt]he|[Tt]hese|[Bb]oth)\s+(?:two|three|four)?\s*(?:\S+\s+)?(?:"
                          + "|".join(PAIR_HEADS) + r")|[Tt]he\s+(?:pair|duo)|[Aa]ll\s+(?:three|four))\b")


def _pair_anaphor(view: View, k: int, state: _State, *, recency: bool = True) -> list[str]:
    """"the two countries", "both sides", "the three juntas", "the two Gulf states" at unit
    ``k`` (or ending there): the last two (three, four) distinct actors of a fitting type the
    article named before this sentence. Without ``recency`` only a set named together or the
    two sides of the last fight count (an object is a weaker cue than a subject)."""
    us = view.units
    if k >= 1 and not us[k].is_mention and (
            (us[k].low in ("pair", "duo") and us[k - 1].low in ("the", "this")) or
            (us[k].low in ("three", "four") and us[k - 1].low == "all")):
        # "the pair now accuse each other", "All three accuse Moscow of ..."
        return _named_set(view, state, 2 if us[k].low in ("pair", "duo") else SET_SIZES[us[k].low],
                          ANY_ACTOR, k, recency)
    if k < 1 or us[k].low not in PAIR_HEADS or us[k].is_mention:
        return []
    j = k - 1
    if j >= 1 and us[j].low not in SET_SIZES and us[j - 1].low in SET_SIZES and (
            us[j].is_mention or _is_modifier(us[j].low)):
        j -= 1      # "the three Sahelian juntas", "the two Gulf states"
    n = SET_SIZES.get(us[j].low)
    if n is None or (us[j].low != "both" and not (j >= 1 and us[j - 1].low in ("the", "these", "both"))):
        return []
    return _named_set(view, state, n, PAIR_HEADS[us[k].low], k, recency)


def _named_set(view: View, state: _State, n: int, want: tuple[str, ...], k: int,
               recency: bool = True) -> list[str]:
    """The ``n`` actors of the ``want`` types the set anaphor at unit ``k`` refers to (see
    _pair_anaphor)."""
    us = view.units
    here = {u.eid for u in us if u.is_mention}
    before = list(dict.fromkeys(u.eid for u in us[:k] if u.is_actor and u.etype in want))
    # the last set of as many actors of the type named together ("Mali, Burkina Faso and Niger
    # ... the three juntas"), not the last three named; for two, a pair named in the last three
    # sentences, else the last two named ("Azerbaijan accused Armenian forces ... the two
    # countries")
    named_together = next((list(ids) for sent, ids in reversed(state.recent_sets)
                           if len(ids) == n and (n > 2 or sent >= state.sentence - 3) and all(
                               view.types.get(e) in want for e in ids) and not here & set(ids)), [])
    if named_together or n > 2:
        return named_together
    if not recency:
        # the two sides of the last fight, else of the article's main fight (the two most
        # mentioned actors were tried: they cost precision on unseen text)
        fight = state.last_fight
        sides = list(fight[1:]) if fight and state.sentence - fight[0] <= 3 else []
        if not sides and state.fights:
            sides = sorted(state.fights.most_common(1)[0][0])
        return sides if len(sides) == 2 and all(
            view.types.get(e) in want and e not in here for e in sides) else []
    if len(before) >= n:
        return []       # the sentence itself names as many: too close to call from recency
    got: list[str] = []
    for eid in reversed(state.recent_actors):
        if view.types.get(eid) in want and eid not in here and eid not in got:
            got.append(eid)
        if len(got) == n:
            return got
    return []


PACT_VERBS = frozenset("""signed sign signs struck reached agreed formalised formalized concluded
negotiated initialled initialed sealed inked forged""".split())


PACT_NOUNS = frozenset({"partnership", "alliance"})
HOST_DEALS = DEAL_NOUNS | PACT_NOUNS | {"arrangement", "arrangements"}


def _pact_relatives(view: View, lex: Lexicon) -> list[_Found]:
    """The parties named in a relative clause on the agreement: "the treaty that Putin and Kim
    signed", "the partnership Washington, Seoul and Tokyo formalised in 2023", "the agreement
    Kenya signed with Haiti"."""
    us = view.units
    out: list[_Found] = []
    for d in view.having(DEAL_NOUNS, PACT_NOUNS):
        u = us[d]
        j = d + 1
        if j + 1 < len(us) and us[j].low == "," and us[j + 1].low == "which":
            j += 1
        if j < len(us) and us[j].low in ("that", "which"):
            j += 1
        if j < len(us) and us[j].low == "the":
            j += 1
        if j >= len(us) or not us[j].is_actor:
            continue
        group = view.group_right(j)
        k = group[-1] + 1
        while k < len(us) and (us[k].low in AUX or us[k].low.endswith("ly")):
            k += 1
        parties = list(dict.fromkeys(us[x].eid for x in group))
        if k >= len(us) or us[k].low not in PACT_VERBS or _negated(view, lex, k, group[-1]):
            continue
        if k + 1 < len(us) and us[k + 1].low == "with":
            # "the deal Ethiopia signed with Somaliland"
            parties += [us[x].eid for x in view.object(k + 1, window=5) if us[x].eid not in parties]
        if len(parties) < 2:
            continue
        out += _mediation([], parties, _span(view, [d, k]), u.start)
    return out


def _deal_subject(view: View, state: _State, d: int) -> list[str]:
    """The parties that signed/reached/agreed to the agreement at unit ``d``, when the subject
    of the verb names two or more ("India and Pakistan agreed to a ceasefire") or is "the two
    countries" / "both sides"."""
    us = view.units
    lo, _ = view.clause(d)
    light = _light_verb_before(view, d, lo)
    if light is None:
        k = d - 1 if us[d].low in DEAL_NOUNS else d
        while k > lo and k > d - 6 and (not us[k].is_mention or view.attached_hyphen(k + 1)) and (
                us[k].low in ("a", "an", "the", "to", "on", "upon", "-") or us[k].is_mention
                or us[k].low in BROKERED or (
                    _is_modifier(us[k].low) and us[k].low not in attr.AGREE_VERBS)):
            k -= 1      # "agreed to a permanent ceasefire", "to a US-brokered ceasefire"
        light = k if us[k].low in attr.AGREE_VERBS and k < d else None
    if light is None:
        return []
    subj = [x for x in view.subject(light) if us[x].is_actor]
    if len(subj) >= 2:
        return [us[x].eid for x in subj]
    k = light - 1
    while k >= lo and (us[k].low in AUX or us[k].low in ADVERB_OK or us[k].low.endswith("ly")):
        k -= 1
    return _pair_anaphor(view, k, state) if k >= lo else []


def _deals(view: View, lex: Lexicon, state: _State, found: list[_Found]) -> list[_Found]:
    """Agreements whose parties the rules above did not pair: "the two countries initialled a
    U.S.-brokered peace treaty", "Z brokered a ceasefire under which X handed the city back to
    Y", "Z brokered the original deal" (the parties of the last deal reported), "a ceasefire
    was agreed" after fighting between X and Y. The broker negotiates with each party, the
    parties with each other."""
    us = view.units
    out: list[_Found] = []
    for d in view.having(DEAL_NOUNS):
        u = us[d]
        lo, hi = view.clause(d)
        # the broker: "a U.S.-brokered treaty", "Turkish-mediated talks", "X brokered the deal"
        broker: list[str] = []
        m = d - 1
        while m > lo and m > d - 4 and not us[m].is_mention and us[m].low not in BROKERED and \
                (_is_modifier(us[m].low) or us[m].low in DETERMINERS):
            m -= 1
        if m >= 2 and us[m].low in BROKERED and view.attached_hyphen(m - 1) and us[m - 2].is_actor:
            broker = [us[m - 2].eid]
            start = m - 2
        else:
            m = d - 1
            while m > lo and m > d - 4 and not us[m].is_mention and (
                    us[m].low in DETERMINERS or (_is_modifier(us[m].low) and us[m].low not in
                                                 BROKER_VERBS)):
                m -= 1
            start = m
            if m >= lo and us[m].low in BROKER_VERBS and not us[m].is_mention:
                subj = view.subject(m)
                broker = [us[x].eid for x in subj]
                if not broker:
                    got = _anaphor_subject_id(view, m, state)
                    broker = [got[1]] if got else []
        b = d + 1
        while b < len(us) and b < d + 5 and (us[b].low in BE_FORMS or us[b].low in AUX or
                                             us[b].low in lex.negators):
            b += 1      # "the truce was brokered by ..."
        if not broker and b + 2 < len(us) and us[b].low in BROKERED and us[b + 1].low == "by":
            if "between" in view.words(b, hi + 1) or any(
                    w in lex.negators for w in view.words(d + 1, b)):
                continue    # parties named (_mediated_between reads them), or "was not brokered"
            # "a truce brokered by Qatar and Egypt"
            broker = [us[x].eid for x in _agent_after_by(view, b + 1)]
        # the parties
        parties = [f.subject for f in found if f.relation == "NEGOTIATES_WITH" and f.trigger == u.start]
        parties += [f.object for f in found if f.relation == "NEGOTIATES_WITH" and f.trigger == u.start]
        parties = list(dict.fromkeys(p for p in parties if p not in broker))
        paired = len(parties) >= 2
        if not parties:
            parties = _deal_subject(view, state, start if broker else d)
        if not parties:
            j = d + 1
            while j <= hi + 1 and j < min(len(us), d + 5) and us[j].low not in ("which", "whom"):
                j += 1
            if j < min(len(us), d + 5) and us[j].low in ("which", "whom") and \
                    us[j - 1].low in ("under", "in", "by"):
                # "a ceasefire under which X handed the city back to Y"
                for x in us[j + 1:]:
                    if x.is_mention and x.is_actor and x.eid not in parties and x.eid not in broker:
                        parties.append(x.eid)
                    if len(parties) == 2 or x.low in (".", ";"):
                        break
        if not parties and broker and d > 0 and us[d - 1].low in ("original", "same", "first",
                                                     "the", "that", "this") and state.last_deal:
            parties = [p for p in state.last_deal if p not in broker]     # "brokered the deal"
        if not parties and u.low in CEASEFIRES and state.last_fight and \
                state.sentence - state.last_fight[0] <= 1:
            parties = [state.last_fight[1], state.last_fight[2]]          # after the fighting
        parties = [p for p in dict.fromkeys(parties) if p not in broker]
        if not parties or _negated(view, lex, d, -1):
            continue
        out += _mediation(broker, parties, _span(view, [max(lo, start), d]), u.start,
                          parties_too=not paired)
        if not paired and len(parties) >= 2:
            state.last_deal = tuple(parties[:2])
    return out


def _mediation(brokers: list[str], parties: list[str], span: tuple[int, int], trig: int, *,
               parties_too: bool = True) -> list[_Found]:
    """The broker negotiates with each party, and (unless already paired) the parties with
    each other."""
    out = [_Found(b, "NEGOTIATES_WITH", p, span, trig) for b in brokers for p in parties]
    if parties_too:
        out += [_Found(a, "NEGOTIATES_WITH", c, span, trig)
                for i, a in enumerate(parties) for c in parties[i + 1:]]
    return out


MEDIATOR_NOUNS = frozenset("""mediator mediators guarantor guarantors broker brokers facilitator
facilitators intermediary intermediaries go-between go-betweens channel conduit""".split())


def _mediated_between(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """A broker verb or a mediator's role noun whose clause names the parties after "between":
    "the agreement was brokered by IGAD, the regional bloc, between Kiir and Machar", "Qatar
    mediated talks between the US and the Taliban", "the US and France, the two guarantors of the
    ceasefire between Israel and Lebanon", "Turkey has acted as a broker between Kyiv and
    Moscow". The mediator negotiates with each party, the parties with each other."""
    us = view.units
    out: list[_Found] = []
    for m in view.having(MEDIATOR_NOUNS, BROKER_VERBS):      # (no other word starts one)
        u = us[m]
        # the role noun names its holder by apposition or after "as"
        appos = u.appos is not None and us[u.appos].is_actor
        cop = _copula_before(us, m) if u.low in MEDIATOR_NOUNS else None
        role = u.low in MEDIATOR_NOUNS and not u.quoted and (
            appos or cop is not None or (m > 0 and us[m - 1].low == "as")
            or (m > 1 and us[m - 2].low == "as"))
        if not role and u.low not in BROKER_VERBS:
            continue
        _, hi = view.clause(m)
        b = next((k for k in range(m + 1, min(hi, m + (10 if role else 16)) + 1)
                  if us[k].low == "between"), None)
        if b is None or (role and any(us[k].is_mention for k in range(m + 1, b))):
            continue
        parties = _between_parties(view, b, hi, state)
        if role and appos:
            broker = view.anchor_group(u.appos)
        elif not role and m + 1 <= hi and us[m + 1].low == "by":
            broker = _agent_after_by(view, m + 1)
        elif m >= 2 and view.attached_hyphen(m - 1) and us[m - 2].is_actor:
            broker = [m - 2]    # "the Russian-brokered talks between Baku and Yerevan"
        elif role and cop is not None:
            broker = view.subject(cop)  # "Oman remains the most credible channel between ..."
        else:
            broker = view.subject(m)
            if not broker and u.low.endswith("ing"):
                # "Egypt and Qatar have spent months mediating talks between ...": the
                # subject of the verb the gerund depends on
                for k in range(m - 1, max(-1, m - 4), -1):
                    if us[k].is_mention or us[k].low in (",", "and", "to"):
                        break
                    broker = view.subject(k)
                    if broker:
                        break
        brokers = [us[x].eid for x in broker if us[x].eid not in parties and (
            u.low not in ("channel", "conduit") or us[x].etype != "Person")]
        if not broker and not role and len(parties) >= 2:
            # "The Gulf emirate has mediated between the group and Israel": referred back to
            got = _anaphor_subject_id(view, m, state)
            brokers = [got[1]] if got is not None and got[1] not in parties else []
            broker = [got[0]] if brokers else []
        if len(parties) < 2 or not brokers or _negated(view, lex, m, -1):
            continue
        out += _mediation(brokers, parties, _span(view, broker, [m, b]), u.start)
    return out


def _copula_before(us: list[Unit], m: int) -> int | None:
    """The copula of "X is/remains [the most credible] <noun>", as a unit index; else None."""
    k = m - 1
    while k >= 0 and k > m - 5 and not us[k].is_mention and us[k].low not in COPULAS and (
            us[k].low in DETERMINERS or _is_modifier(us[k].low) or us[k].low in ("most", "key")):
        k -= 1
    return k if k >= 0 and k < m - 1 and us[k].low in COPULAS else None


SO_AUX = frozenset("did does do has have had is are was were will would can could".split())
NOT_SO_DID = frozenset("what why how when where who which that as far much many long not".split())


SO = frozenset({"so"})


def _so_did(view: View, state: _State, found: list[_Found]) -> list[_Found]:
    """"Saudi Arabia armed Jaish al-Islam. So, at various times, did Qatar", "Kazakhstan has
    struck a deal with Kabul, and so has Turkmenistan": the newcomer does what the subject of
    the clause before did, to the same side."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(SO):
        u = us[i]
        if i > 0 and us[i - 1].low not in (",", "and", ";"):
            continue
        k = i + 1
        while k < len(us) and k < i + 9 and us[k].low not in SO_AUX and not us[k].is_mention \
                and us[k].low not in NOT_SO_DID:
            k += 1
        if k + 1 >= len(us) or us[k].low not in SO_AUX or view.sent.text.rstrip().endswith("?"):
            continue    # ("So what did Qatar do?", "so that", "so far")
        m = k + 1 + (1 if us[k + 1].low == "the" else 0)
        if m >= len(us) or not us[m].is_actor:
            continue
        newcomers = [us[x].eid for x in view.group_right(m)]
        before = [f for f in found if f.relation in MAIN_RELATIONS and f.trigger < u.start] \
            if i > 0 else state.prev_found
        if not before:
            continue
        doers = {before[0].subject}
        for f in before:
            if f.subject in doers:
                out += [_Found(n, f.relation, f.object, (u.start, us[m].end), u.start)
                        for n in newcomers if n != f.object and n not in doers]
    return out


def _first_person_future(view: View, pos: int) -> bool:
    """Is the predicate at ``pos`` a first-person future ("we will crush", "we'll strike")?"""
    us = view.units
    ti = _unit_at(view, pos)
    words = [u.low for u in us[max(0, ti - 4):ti]]
    return "we" in words and any(w in ("will", "shall", "'ll", "’ll", "going") for w in words)


def _coordinated(view: View, a: str, b: str) -> bool:
    """Are ``a`` and ``b`` members of one coordinated group ("Mali, Burkina Faso and Niger
    accused ..."): the speaker a frame records for the group is each member's own voice."""
    return any(u.eid == a and b in {view.units[x].eid for x in view.group_left(u.i)}
               for u in view.units if u.is_mention)


def _rank(c: Claim) -> tuple:
    return ({"asserted": 2, "alleged": 1, "hypothetical": 0}[c.certainty],)


def _note_persons(state: _State, units: list[Unit], types: dict[str, str]) -> None:
    for u in units:
        if u.etype == "Person":
            state.last_person = u.eid
        elif u.etype == "Group":
            state.last_group = u.eid


_OPENS_WITH_ANAPHOR = re.compile(r"(?:The|This)\s+[a-z]+\b|(?:It|He|She|They)\b")
# "army aircraft", "an army delegation": the article's army as a modifier (as a head noun, "the
# army" is an anaphor: _resolve_anaphor)
_ARMY_MODIFIER = re.compile(r"(?:^|(?<=\b[Tt]he )|(?<=\b[Aa]n )|(?<=\b[Aa] )|(?<=, )|(?<=\band )|"
                            r"(?<=\bby )|(?<=\bon )|(?<=\bat )|(?<=\bwith )|(?<=\bagainst )|"
                            r"(?<=\bfrom ))[Aa]rmy(?=\s+(?:aircraft|jets?|planes?|drones?|"
                            r"helicopters?|positions?|posts?|convoys?|delegations?|"
                            r"bases?|headquarters|garrisons?|artillery|patrols?|"
                            r"checkpoints?|camps?|barracks)\b)")


def _army_mentions(sent: Sentence, sm: list, state: "_State") -> list:
    """The sentence's mentions plus "army" used as a modifier, as a mention of the national
    army the article has named (the SAF: "Army aircraft bombed SPLM-N positions", "met an army
    delegation"). Only where it names one: with two, "army drones" are either's. Titles ("army
    chief X") are left to the membership rules."""
    extra = []
    for m in _ARMY_MODIFIER.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        if not any(x.start <= start < x.end for x in sm):
            extra.append(Mention(state.last_military, m.group(), start, end))
    return sorted(sm + extra, key=lambda x: x.start) if extra else sm


_MILITARY_NAME = re.compile(r"\b(?:Army|Armed Forces|Military|Defen[cs]e Forces?|Tatmadaw)\b")
ARMY_ANAPHORS = frozenset({"army", "military", "junta"})
JIHADIST_HEADS = frozenset({"jihadists", "islamists", "jihadis"})
_JIHADIST_NAME = re.compile(r"(?i)islam|jihad|qa[e']?da|nusra|shabaab|boko|ansar|jama'?at|"
                            r"mujahid|taliban|sham\b|daesh|isis|isil|khorasan|jnim|aqim|iswap")
# "the alliance", "the coalition": the last actor whose name has that head word
NAME_HEADS = frozenset("""alliance coalition movement front council union bloc league
brotherhood federation committee mission force community party court tribunal commission
agency panel team assembly parliament board fund bank""".split())
# "the bloc" for the European Union or an alliance
NAME_SYNONYMS = {"bloc": frozenset({"bloc", "union", "alliance", "league", "community"})}
# "the new force", "the expanded mission": adjectives between the article and the head noun
NAMED_ADJ = frozenset("""new same current larger expanded enlarged multinational international
regional joint successor former previous old""".split())


def _note_salience(state: _State, view: View) -> None:
    """The last mention of each type, and the sentence's subject of each type: the first
    subject-like actor outside appositions, relative clauses and quotations ("X, who called Y
    'the new Hitler', refused ...": he is X)."""
    subjects: dict[str, str] = {}
    us = view.units
    # a sentence opened by an anaphoric subject ("The army, for its part, has ...", "It has
    # since ...") keeps its referent salient for the next "it"/"its"
    k = 1 if len(us) > 1 and us[0].low in ("the", "this") else 0
    if us and not us[k].is_mention and _anaphor_types(view, k) is not None:
        eid = _resolve_anaphor(view, k, state, subject=True)
        if eid and view.types.get(eid):
            subjects[view.types[eid]] = eid
    end = 0         # (after a set, the search goes on after its last member)
    for j in view.mention_units:
        # "Mali, Burkina Faso and Niger": a set "the three juntas" may refer back to
        if j < end or j + 1 >= len(us) or not us[j].is_actor or us[j + 1].low not in (",", "and"):
            continue
        group = view.group_right(j)
        ids = tuple(dict.fromkeys(us[x].eid for x in group))
        if len(ids) >= 2:
            state.recent_sets.append((state.sentence, ids))
        end = group[-1] + 1
    for j in view.having_or_mentions(NAME_HEADS):
        u = us[j]
        if not u.is_mention and u.appos is not None and u.low in NAME_HEADS and \
                us[u.appos].etype in ("Group", "Organization") and u.appos + 2 < len(us) and \
                us[u.appos + 2].low in ("the", "a", "an") and j - u.appos <= 5:
            # "Viv Ansanm, the gang coalition that ...": later "the coalition" is Viv Ansanm
            eid = us[u.appos].eid
            state.name_words[eid] = state.name_words.get(eid, frozenset()) | {u.low}
            if eid in state.named_order:
                state.named_order.remove(eid)
            state.named_order.append(eid)
        if not u.is_actor:
            continue
        if u.eid in state.military:
            state.last_military = u.eid
        if state.name_words.get(u.eid):
            if u.eid in state.named_order:
                state.named_order.remove(u.eid)
            state.named_order.append(u.eid)
        if state.jihadist.get(u.eid):
            if u.eid in state.named_order_all:
                state.named_order_all.remove(u.eid)
            state.named_order_all.append(u.eid)
        state.last_mention.pop(u.etype, None)
        state.last_mention[u.etype] = u.eid
        if u.eid in state.recent_actors:
            state.recent_actors.remove(u.eid)
        state.recent_actors.append(u.eid)
        if u.appos is None and not u.quoted and u.etype not in subjects and view.subject_like(j):
            subjects[u.etype] = u.eid
    for t, eid in subjects.items():     # most recent last: "it" takes the latest of its types
        state.last_subject.pop(t, None)
        state.last_subject[t] = eid
        if eid in state.subject_history:
            state.subject_history.remove(eid)
        state.subject_history.append(eid)


def _anaphor_types(view: View, k: int) -> tuple[str, ...] | None:
    """Entity types the unit at ``k`` can refer back to: "he", "it", "the group", "the country"."""
    us = view.units
    low = us[k].low
    if us[k].is_mention:
        return None
    if low in ANAPHOR_TYPES:
        return ANAPHOR_TYPES[low]
    if low in SPEAKER_PRONOUNS and us[k].quoted:
        return ("Speaker",)
    if low in NAME_HEADS and k > 1 and us[k - 1].low in NAMED_ADJ and \
            us[k - 2].low in ("the", "this", "that"):
        return ("Named",)       # "the new force", "the expanded mission"
    if k > 0 and us[k - 1].low in ("the", "this", "that"):
        if low in NAME_HEADS:
            return ("Named",)
        if low in ARMY_ANAPHORS:
            return ("Military",)
        if low in GROUP_ANAPHORS:
            return ("Group",)
        if low in STATE_ANAPHORS:
            return ("Country",)
    if low == "party" and _described_definite(us, k):
        return ("Named",)       # "the ruling party"
    if (low in GROUP_ANAPHORS or low in STATE_ANAPHORS or low in DESCRIBED_STATE_ANAPHORS) and \
            _described_definite(us, k):
        # "the Islamist group", "the rebel movement", "the Gulf kingdom": a describing word or
        # two between the article and the head
        return ("Group",) if low in GROUP_ANAPHORS else ("Country",)
    if low in LEX().proxy_nouns:
        # "its forces", "their fighters", "its air force": the possessor acts
        j = k - 1
        while j >= 0 and j > k - 3 and not us[j].is_mention and (
                us[j].low in LEX().proxy_nouns or (_is_modifier(us[j].low) and us[j].low not in
                                                   POSSESSIVE_PRONOUNS)):
            j -= 1
        if j >= 0 and us[j].low == "its":
            return ANAPHOR_TYPES["it"]
        if j >= 0 and us[j].low == "their":
            return ANAPHOR_TYPES["they"]
    return None


# words that point away from the last actor named ("the other group", "the neighbouring
# country") or at the speaker's own ("the whole country", "the host country")
NOT_DESCRIBING = frozenset("""whole entire other another rival opposing neighbouring neighboring
host home same own next first second third last only former previous""".split())


def _opening_anaphor(view: View, state: _State, last: int, exclude: Iterable[str] = ()) -> str | None:
    """What the definite description opening the sentence refers back to ("The movement ...",
    "The Pacific nation ..."): its head among units 1..``last``, with no actor named there."""
    us = view.units
    if us[0].low not in ("the", "this") or any(us[j].is_actor for j in range(1, last + 1)):
        return None
    head = next((j for j in range(1, last + 1) if _anaphor_types(view, j) is not None), None)
    return _resolve_anaphor(view, head, state, subject=True, exclude=exclude) \
        if head is not None else None


def _described_definite(us: list[Unit], k: int) -> bool:
    """Is the head at ``k`` preceded by one or two describing words and then "the"/"this"
    ("the Islamist group", "the oil-rich kingdom")? A word that is itself a mention ("the
    Iranian government") is the mention's own business."""
    j = k - 1
    while j >= 0 and j >= k - 2 and not us[j].is_mention and us[j].low not in DETERMINERS and \
            us[j].low not in NOT_DESCRIBING and (
            _is_modifier(us[j].low) or (us[j].low.replace("-", "").isalpha() and "-" in us[j].low)):
        j -= 1
    return j < k - 1 and j >= 0 and us[j].low in ("the", "this")


def _resolve_anaphor(view: View, k: int, state: _State, *, subject: bool,
                     exclude: Iterable[str] = ()) -> str | None:
    """Cheap salience: the last compatible actor earlier in the sentence (a subject when the
    anaphor is a subject), else the last compatible subject (or mention) of earlier sentences."""
    types = _anaphor_types(view, k)
    if types is None:
        return None
    us = view.units
    skip = set(exclude)
    if types == ("Speaker",):
        # "we" in a quotation: the speaker's side (the body a named official speaks for)
        pos = us[k].start
        for fr in state.frames:
            if fr.kind in ("quote", "turn") and fr.covers(pos) and fr.speaker:
                side = state.affiliation.get(fr.speaker, fr.speaker)
                return side if side not in skip else None
        return None
    if types == ("Named",):
        # "the alliance" after "the Three Brotherhood Alliance": the last actor so named
        head = us[k].low
        heads = NAME_SYNONYMS.get(head, frozenset({head}))
        for j in range(k - 1, -1, -1):
            if us[j].is_actor and us[j].eid not in skip and heads & state.name_words.get(us[j].eid, frozenset()):
                return us[j].eid
        for eid in reversed(state.named_order):
            if eid not in skip and heads & state.name_words.get(eid, frozenset()):
                return eid
        if head not in GROUP_ANAPHORS:
            return None
        types = ("Group",)
    if types == ("Military",):
        # "the army": the national armed force the article named (the SAF), if any, else the
        # state whose army it is (the guide's "<country> military" is the country)
        for j in range(k - 1, -1, -1):
            if us[j].eid in state.military and us[j].eid not in skip:
                return us[j].eid
        if state.last_military and state.last_military not in skip:
            return state.last_military
        types = ("Country",)
    if k > 0 and us[k - 1].low in ("the", "this", "that") and us[k].low not in ANAPHOR_TYPES:
        # "X says the militia is armed by Y": a definite noun in what X says is not X (a pronoun
        # can be: "X says it will ...")
        for r in range(k - 1, -1, -1):
            if not us[r].is_mention and _finite_reporting(us, r) and not (
                    r > 0 and us[r - 1].low in BE_FORMS):     # ("X is believed to ...": no speaker)
                skip.update(us[x].eid for x in view.subject(r))
                break
    closed = [(rs, re_) for rs, re_, _ in view.relatives if re_ < k]
    for j in range(k - 1, -1, -1):
        u = us[j]
        if u.is_actor and u.etype in types and u.eid not in skip and u.kind != "demonym" and (
                not subject or (u.appos is None and view.subject_like(j) and not any(
                    rs < j <= re_ for rs, re_ in closed))):
            # (the Houthis, not Tehran, in "the Houthis, whom Tehran arms, said they would")
            return u.eid
    if us[k].low in OBJECT_PRONOUNS:
        return None     # "supplied them": only an antecedent in the same sentence is safe
    if k > 1:
        # "The movement has used ..., where it has jailed ...": the sentence's own subject
        eid = _opening_anaphor(view, state, 1, exclude)
        if eid and view.types.get(eid) in types:
            return eid
    if us[k].low in JIHADIST_HEADS:
        # "the jihadists": the last jihadist group by its name, when there is one
        for order in (state.subject_history, state.named_order_all):
            for eid in reversed(order):
                if eid not in skip and state.jihadist.get(eid):
                    return eid
    pools = (state.last_subject, state.last_mention) if not subject else (state.last_subject,)
    for pool in pools:
        for t, eid in reversed(list(pool.items())):
            if t in types and eid and eid not in skip:
                return eid
    return None


def _subject_claims(view: View, lex: Lexicon, state: _State, verb: int, rel: str,
                    objs: list[int] | list[tuple[int, str]], *, around: Iterable[int] = (),
                    subject_in_span: bool = False,
                    certainty: str | None = None) -> list[_Found]:
    """The common end of the single-verb rules: unless negated, the subject of the predicate at
    unit ``verb`` (or the entity an anaphor there refers back to) stands in ``rel`` to each of
    ``objs`` (unit indices, or (unit, entity id) for objects that refer back). The quoted
    span covers the verb, the object, ``around`` and, with ``subject_in_span``, the subject."""
    subj, ids = _subject_ids(view, verb, state)
    if not ids or _negated(view, lex, verb, subj[-1] if subj else -1):
        return []
    us = view.units
    shown = subj if subject_in_span else []
    pairs = [(o, us[o].eid) if isinstance(o, int) else o for o in objs]
    return [_Found(s_, rel, eid, _span(view, [verb, o], around, shown), us[verb].start,
                   certainty) for s_ in ids for o, eid in pairs if eid != s_]


def _subject_ids(view: View, ti: int, state: _State) -> tuple[list[int], list[str]]:
    """The subject of the predicate at ``ti`` as (its units, their entity ids); when no actor
    stands there, the entity a pronoun or definite noun refers back to (and no units)."""
    subj = view.subject(ti)
    if subj:
        return subj, [view.units[x].eid for x in subj]
    got = _anaphor_subject_id(view, ti, state)
    if got:
        return [], [got[1]]
    got_set = _set_anaphor_subject(view, ti, state)
    return [], got_set[1] if got_set else []


def _set_anaphor_subject(view: View, ti: int, state: _State) -> tuple[int, list[str]] | None:
    """"The three states recalled their ambassadors": the anaphor "the two countries", "both
    sides" ... right before the predicate at ``ti`` (its head unit, the actors it refers to)."""
    us = view.units
    lo, _ = view.clause(ti)
    k = ti - 1
    while k >= lo and (us[k].low in AUX or us[k].low in ADVERB_OK or (
            us[k].low.endswith("ly") and not us[k].is_mention)):
        k -= 1
    ids = _pair_anaphor(view, k, state) if k >= lo else []
    return (k, ids) if ids else None


def _anaphor_subject_id(view: View, ti: int, state: _State) -> tuple[int, str] | None:
    """"The group said ...", "it has since courted X", "he met X": the subject right before the
    predicate is a pronoun or definite noun that refers back; (its unit, the entity id)."""
    us = view.units
    shared = view._coordinated_predicate(ti)
    if shared is not None and shared < ti and not us[shared].is_mention:
        # "It has fought JNIM and has repeatedly attacked Nigerien troops": the subject the
        # first predicate refers back to
        got = _anaphor_subject_id(view, shared, state)
        if got is not None:
            return got
    inside = next((r for r in view.relatives if r[0] < ti <= r[1]), None)
    if inside is not None and not us[inside[2]].is_mention and \
            us[inside[0]].low in ("which", "who", "that"):
        # "The group, which controls Sanaa and is armed by Iran, ...": the relative clause's
        # predicates are its unnamed anchor's
        head = shared if shared is not None else ti
        if not any(us[j].is_actor for j in range(inside[0] + 1, head)):
            eid = _resolve_anaphor(view, inside[2], state, subject=True)
            return (inside[2], eid) if eid else None
    lo, _ = view.clause(ti)
    k = ti - 1
    while k >= lo and (us[k].low in AUX or us[k].low in ADVERB_OK or us[k].low in CATENATIVE
                       or (us[k].low.endswith("ly") and not us[k].is_mention)
                       or us[k].low in ("since", "then", "now", "meanwhile", "also", "so", "far",
                                        "thus", "already", '"', "“")):
        k -= 1
    closed = next((r for r in view.relatives if r[1] == k), None) if k >= 0 else None
    if closed is not None and not us[closed[2]].is_mention:
        k = closed[2]   # "The group, which controls Sanaa, fired ...": the relative's anchor
        lo = min(lo, view.clause(k)[0])
    elif k >= lo and us[k].low == ",":
        # a parenthetical between subject and verb: "The army, for its part, has ..."
        m = k - 1
        while m >= lo and m > k - 6 and us[m].low != "," and not us[m].is_mention:
            m -= 1
        if m >= lo and us[m].low == "," and m > k - 6:
            k = m - 1
    if k < lo or k < 0:
        return None
    for j in range(k - 1, lo - 1, -1):
        if not us[j].is_mention and us[j].low in LEX().reporting and \
                LEX().reporting[us[j].low][1] in ("past", "s"):
            lo = j + 1      # 'X said the bloc "fully supports ..."': the complement's own subject
            break
        if j > lo and attr.joins_clause(us, j - 1):
            lo = j + 1      # "X accuses Y of stalling, and its fighters have clashed ...": a
            break           # clause of its own, whose pronoun may refer back to X
    if lo < k and us[lo].low in FRONTING:
        # "With US air power, its fighters drove ...": a fronted phrase names no subject
        c = next((c for c in range(k - 1, lo, -1) if us[c].low == ","), None)
        lo = c + 1 if c is not None else lo
    if any(us[j].is_actor for j in range(lo, k)):
        return None
    eid = _resolve_anaphor(view, k, state, subject=True)
    return (k, eid) if eid else None


# words opening a phrase put before the subject ("With US help, it ...", "Despite X's
# objections, the group ...")
FRONTING = frozenset("""with without despite after before since unlike like amid during under
following backed""".split())


# prepositions between a predicate and its object: "held talks with", "sold drones to"
OBJECT_PREPS = frozenset(("with", "to", "on", "against", "for", "at"))


def _anaphor_object_id(view: View, te: int, state: _State, exclude: Iterable[str], *,
                       it_ok: bool = False) -> tuple[int, str] | None:
    """"held talks with the group", "supplied the militia with ...": a definite anaphoric noun
    right after the predicate (prepositions and determiners only in between). "it" only when
    ``it_ok`` (the verb takes actors: "Iran armed it"; "condemned it" is mostly an event)."""
    us = view.units
    _, hi = view.clause(te)
    k = te + 1
    # "sold drones to the army": a short bare object, then the recipient
    m = k
    while m <= min(hi, te + 9) and not us[m].is_mention and (
            _is_modifier(us[m].low) or us[m].low in QUANT or us[m].low in ("$", "€", "£")
            or us[m].low.replace(",", "").replace(".", "").isdigit()) and \
            us[m].low not in ("the", "this", "that", "to"):
        m += 1
    if m > k and m <= hi and us[m].low == "to":
        k = m
    stop = k + 4
    while k <= min(hi, stop):
        u = us[k]
        if u.low in ("the", "this", "that") or u.low in OBJECT_PREPS:
            k += 1
            continue
        break
    if k > hi or (us[k].low in ANAPHOR_TYPES and us[k].low not in OBJECT_PRONOUNS and not (
            it_ok and us[k].low == "it")):
        return None
    for h in (k + 1, k + 2):
        # "fought the Islamist group": the head after a describing word or two
        if h <= hi and (us[h].low in GROUP_ANAPHORS or us[h].low in STATE_ANAPHORS or
                        us[h].low == "party") and _described_definite(us, h):
            k = h
            break
    eid = _resolve_anaphor(view, k, state, subject=False, exclude=exclude)
    return (k, eid) if eid else None


def _set_anaphor_object(view: View, te: int, state: _State) -> tuple[int, list[str]] | None:
    """"held talks with both sides", "armed the two factions": a set anaphor right after the
    predicate at ``te`` (a preposition only in between), with the actors it refers to."""
    us = view.units
    _, hi = view.clause(te)
    k = te + 1
    if k <= hi and us[k].low in OBJECT_PREPS:
        k += 1
    for head in range(k + 1, min(hi, k + 3) + 1):
        if us[head].low in PAIR_HEADS and all(
                not x.is_mention and x.low not in PREPOSITIONS and (
                    x.low in SET_SIZES or x.low in DETERMINERS or _is_modifier(x.low))
                for x in us[k:head]):
            ids = _pair_anaphor(view, head, state, recency=False)
            return (head, ids) if ids else None
    return None


_VERIFY = re.compile(r"\b(?:such|these|those|the)\s+(?:claims|allegations|reports|accounts|"
                     r"accusations)\b[^.]{0,60}\b(?:verif|confirm|unconfirmed|unverified|"
                     r"disputed|denied)", re.I)


def _verification_hedge(text: str) -> bool:
    return bool(_VERIFY.search(text[:200]))


def _quote_span(view: View, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence when it is short enough, else the covering span widened to clause marks."""
    sent = view.sent
    if sent.end - sent.start <= 260:
        return sent.start, sent.end
    text = view.text
    s, e = span
    s = max(s, sent.start)
    e = min(max(e, s + 1), sent.end)
    cut = text.rfind(",", sent.start, s)
    for mark in (";", "—", " -- ", ":"):
        cut = max(cut, text.rfind(mark, sent.start, s))
    s = cut + 1 if cut >= 0 else sent.start
    ends = [i for i in (text.find(m, e, sent.end) for m in (",", ";", "—", " -- ")) if i >= 0]
    e = min(ends) if ends else sent.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " ,;":
        e -= 1
    return s, e


def _date(view: View, f: _Found, published: str | None) -> str | None:
    lo, hi = view.clause(_unit_at(view, f.trigger))
    us = view.units
    text = view.text[view.sent.start:view.sent.end]
    off = view.sent.start
    best = None
    c_start, c_end = us[lo].start - off, us[hi].end - off
    if not _DIGIT.search(text, c_start, c_end):
        return None     # (every date pattern has a number)
    for rx in (_DATE_MDY, _DATE_DMY, _DATE_ISO, _DATE_MY):
        for m in rx.finditer(text, c_start, c_end):
            d = _iso(rx, m, published)
            if d:
                dist = abs(off + m.start() - f.trigger)
                if best is None or dist < best[0]:
                    best = (dist, d)
    del lo, hi, us
    return best[1] if best else None


def _iso(rx, m, published: str | None) -> str | None:
    try:
        if rx is _DATE_MDY:
            month, day, year = MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3)
        elif rx is _DATE_DMY:
            day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
        elif rx is _DATE_ISO:
            return m.group(0)
        else:
            return f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}"
    except (KeyError, ValueError):
        return None
    if not 1 <= day <= 31:
        return None
    if year is None:
        if not published:
            return None
        year = published[:4]
    return f"{int(year):04d}-{month:02d}-{day:02d}"


def _unit_at(view: View, pos: int) -> int:
    """The unit at text offset ``pos``, else the first one after it, else the last one."""
    # (units are never empty, and they and their ends are in text order: the first unit that
    # ends after pos)
    ends = view.unit_ends
    k = bisect.bisect_right(ends, pos)
    return k if k < len(ends) else len(ends) - 1


# --------------------------------------------------------------------------------------------
# certainty and negation

def _certainty(view: View, lex: Lexicon, f: _Found, frame: attr.Frame | None) -> str:
    if f.relation in ("MEMBER_OF",):
        return "asserted"
    ti = _unit_at(view, f.trigger)
    us = view.units
    lo, hi = view.clause(ti)
    # the clause up to the trigger, plus the frame that governs it ("X fears that ... could")
    scope = list(range(lo, ti))
    if lo > 0 and us[lo - 1].low in ("that", "whether", "if", "to", "unless"):
        scope = list(range(max(0, lo - 6), ti))
    words = [us[k].low for k in scope if not (us[k].text == "May" and (
        (k > 0 and us[k - 1].low in MONTH_BEFORE)
        or (k + 1 < len(us) and us[k + 1].low.isdigit())))]     # "in May 2025": the month
    if _sentence_conditional(view) or _has_any(words, lex.hypothetical) or \
            has_phrase(words, lex.hypothetical_index):
        if f.relation != "THREATENS":
            return "hypothetical"
    if _denied_act(view, ti):
        return "alleged"
    # "accused X": no hedge; nor is an accusation that follows ("cut ties with X, accusing it
    # of ...": the act accused comes after it)
    # (a hedge before ", and" belongs to the clause it is in: "X accuses Y of stalling, and its
    # fighters have clashed with Z")
    own = next((j + 2 for j in range(ti - 2, lo - 1, -1) if attr.joins_clause(us, j)), lo)
    clause_words = [us[k].low for k in range(own, hi + 1)
                    if k != ti and not (k > ti and us[k].low in ACCUSE_VERBS)]
    if (frame is not None and frame.hedged) or any(w in lex.alleged and w not in NOT_HEDGES
                                                   for w in clause_words) \
            or has_phrase(clause_words, lex.alleged_index):
        return "alleged"
    return "asserted"


def _sentence_conditional(view: View) -> bool:
    us = view.units
    if not us:
        return False
    first = us[0].low
    if first in ("if", "unless", "should", "were", "had"):
        return first != "had" or (len(us) > 1 and us[1].is_mention)
    return len(us) > 3 and [u.low for u in us[:4]] == ["in", "the", "event", "of"]


def _has_any(words: list[str], vocab) -> bool:
    return any(w in vocab for w in words)


# hedge words of the lexicon that are no hedge in the clause of the claim itself
NOT_HEDGES = frozenset("claims claim claimed reports thought suspicion suspect suspects".split())


DENY = attr.DENY_VERBS
DENIAL_GAP = frozenset("ever having been secretly directly knowingly".split())


def _denied_act(view: View, ti: int) -> bool:
    """"X denied arming Y", "X denies ever having backed Y": the act denied is an allegation
    (kept as alleged), not a negated claim."""
    us = view.units
    k = ti - 1
    while k >= 0 and k > ti - 4 and us[k].low in DENIAL_GAP:
        k -= 1
    return k >= 0 and k < ti and us[k].low in DENY and (
        us[ti].low.endswith("ing") or us[ti - 1].low in ("having", "been"))


def _negated(view: View, lex: Lexicon, ti: int, subject_end: int) -> bool:
    us = view.units
    lo, _ = view.clause(ti)
    a = max(lo, subject_end + 1, ti - 6)
    if _denied_act(view, ti):
        a = ti                  # the denial itself is no negation (see _certainty)
    return lex.negates([us[k].low for k in range(a, ti)])


# --------------------------------------------------------------------------------------------
# relation triggers

@dataclass
class _Hit:
    trigger: Trigger
    first: int       # unit index of the first word
    last: int        # unit index of the last word


@functools.lru_cache(maxsize=4)
def _trigger_words(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's triggers: the only words _triggers reads."""
    return frozenset(lex.triggers)


def _triggers(view: View, lex: Lexicon) -> list[_Hit]:
    us = view.units
    hits: list[_Hit] = []
    n = len(us)
    after = 0       # the unit after the last trigger found (its phrase is not read again)
    for i in view.lows_at(_trigger_words(lex)):
        if i < after:
            continue
        u = us[i]
        if u.is_mention:
            if u.kind == "demonym":
                for t in lex.triggers[u.low]:
                    if t.kind == "noun" and not t.rest:
                        hits.append(_Hit(t, i, i))
                        break
            continue
        cands = lex.triggers[u.low]
        attributive = i > 0 and i + 1 < n and not us[i + 1].is_mention and \
            us[i - 1].low in ATTRIBUTIVE_BEFORE and _is_modifier(us[i + 1].low)
        # "Iran and allied militias", "with armed groups": an adjective before a force noun
        before_force = i > 0 and i + 1 < n and not us[i + 1].is_mention and \
            us[i + 1].low in lex.proxy_nouns and (
                us[i - 1].low in (PREPOSITIONS - {"to"}) | ATTRIBUTIVE_BEFORE or (
                us[i - 1].low in ("and", "or") and i > 1 and us[i - 2].is_mention))
        # "the party of ousted prime minister X", "Niger's ousted president X": before a title
        before_title = i > 0 and i + 1 < n and (
            us[i - 1].low in PREPOSITIONS or us[i - 1].low in ("'s", "’s")) and (
                (us[i + 1].low,) in LEX().titles
                or i + 2 < n and (us[i + 1].low, us[i + 2].low) in LEX().titles)
        # "a Dhaka court sentenced X", "the state court ruled": the noun that is also a verb
        court_noun = u.low in COURT_NOUNS and (
            (i + 1 < n and not us[i + 1].is_mention and _finite_verb(us, i + 1)) or any(
                us[x].low in ATTRIBUTIVE_BEFORE or us[x].low in ("'s", "’s")
                for x in range(max(0, i - 3), i)))
        matched, gap = None, 0
        for t in cands:
            if court_noun and t.kind == "verb":
                continue
            if (attributive or before_force or before_title) and t.kind == "verb" and \
                    t.form == "past" and not t.rest:
                continue        # "the armed wing of X", "its trained fighters": an adjective
            if before_force and t.kind == "adj":
                continue
            k = len(t.rest)
            g = 0
            if k and (i + 1 >= n or us[i + 1].low != t.rest[0]
                      or [x.low for x in us[i + 1:i + 1 + k]] != list(t.rest)):
                # "spoke twice to", "met separately with": an adverb inside a verbal phrase
                if t.kind != "verb" or i + 1 >= n or us[i + 1].low not in PHRASE_ADVERBS or \
                        [x.low for x in us[i + 2:i + 2 + k]] != list(t.rest):
                    continue
                g = 1
            if k and any(x.is_mention for x in us[i + 1:i + 1 + g + k]):
                continue
            if matched is None or (len(t.rest), -g) > (len(matched.rest), -gap):
                matched, gap = t, g
        if matched is None:
            continue
        # keep every relation reading of the same words; the argument rules pick
        for t in cands:
            if t.rest == matched.rest and (t.kind != "noun" or not _verb_context(us, i)) and (
                    not gap or t.kind == "verb"):
                hits.append(_Hit(t, i, i + gap + len(t.rest)))
        after = i + 1 + gap + len(matched.rest)
    return hits


ATTRIBUTIVE_BEFORE = frozenset("the a an its their his her".split())
COURT_NOUNS = frozenset("court courts".split())
LIFT_WORDS = frozenset("""lift lifts lifted lifting ease eases eased easing remove removes removed
removing scrap scraps scrapped scrapping waive waives waived waiving relax relaxes relaxed
relaxing""".split())
LIFTABLE = frozenset("""sanction sanctions embargo embargoes tariff tariffs ban bans blockade
restrictions""".split())
PHRASE_ADVERBS = frozenset("""twice again directly separately privately secretly publicly
repeatedly briefly frequently regularly often also quietly openly personally formally
later""".split())


BORDER_NOUNS = frozenset("border borders frontier boundary".split())
UNIT_NOUNS = frozenset("""contingent contingents unit units brigade brigades battalion battalions
faction factions wing division""".split())
# adjectives before a gerund that make it a noun: "the recent shelling", "heavy fighting"
NOUN_ADJ = frozenset("""recent heavy fierce latest new sporadic intense deadly renewed continued
indiscriminate relentless repeated constant nightly daily weekly""".split())


def _verb_context(us: list[Unit], i: int) -> bool:
    return False


def _in_noun_list_after_with(view: View, i: int) -> bool:
    """Is unit ``i`` an item of a list of plain nouns opened by "with" ("armed X with drones,
    training and ...")?"""
    us = view.units
    k = i - 1
    while k > 0 and k > i - 8 and (us[k].low in (",", "and", "or") or (
            not us[k].is_mention and us[k].low.isalpha() and not _verbish(us[k].low)
            and us[k].low not in FUNCTION_WORDS and us[k].low != "with")):
        k -= 1
    return k > 0 and us[k].low == "with" and k < i - 2


# verbs followed by a bare infinitive: "helped arm the rebels", "had them attack"
BARE_INFINITIVE_VERBS = frozenset("helped made let had watched saw".split())
HELP_FORMS = frozenset("help helps helping".split())
# prepositions that take a noun phrase, never a clause: "of US strikes", "amid Russian attacks"
NOUN_PREPS = frozenset("of on against about over for from by with amid despite".split())


def _is_verb_use(view: View, i: int, t: Trigger) -> bool:
    """A word listed as both verb and noun ("attacks", "support"): guess from the left context."""
    us = view.units
    prev = us[i - 1].low if i > 0 else ""
    if t.form in ("past", "ing"):
        return True
    if i > 1 and (prev in ("which", "who") or (prev == "that" and t.form == "s")) and (
            us[i - 2].is_mention or us[i - 2].appos is not None or us[i - 2].low == ","):
        return True   # "a group that fights X", "X, which backs Y"
    if prev in DETERMINERS or prev in ("'s", "’s") or prev in PREPOSITIONS - {"to"}:
        return False
    if t.form == "base" and i > 1 and us[i - 1].is_actor and view._causee(i, view.clause(i)[0]):
        return True     # "helped the Houthis attack Y": a bare infinitive after a causee
    if i > 0 and us[i - 1].is_mention and us[i - 1].etype in ("Country", "Group", "Organization") \
            and t.form == "s" and not (i > 1 and us[i - 2].low in NOUN_PREPS):
        return True   # "Russia attacks Ukraine" (but "warned of US strikes on Syria": a noun)
    if t.form == "s" and i > 0 and not us[i - 1].is_mention and us[i - 1].low.endswith("ly") and \
            len(us[i - 1].low) > 3:
        return True   # "fully supports", "strongly opposes": an adverb before a verb
    if t.form == "base" and i > 0 and us[i - 1].is_actor and us[i - 1].kind != "demonym" and \
            us[i - 1].text.endswith("s") and i + 1 < len(us) and (
                us[i + 1].is_actor or us[i + 1].low in ("the", "a", "an")):
        return True   # a plural name's present: "the Houthis attack Saudi Arabia"
    if i > 0 and us[i - 1].is_mention:
        return False  # "US strikes" as a noun compound is ambiguous; treat as noun
    return prev in ("to", "will", "would", "could", "might", "may", "can", "must", "should",
                    "did", "does", "not", "n't", "never", "also", "continue", "continues",
                    # adverbs before a verb: "Iran still arms X", "Russia now supplies X"
                    "still", "now", "already", "again", "always", "even", "often", "sometimes")


def _closed_apposition(view: View, c: int) -> bool:
    """Does an apposition of bare names open with the comma at unit ``c`` and close before
    anything else follows ("allies, the Houthis and Hezbollah, are")? True when no comma."""
    us = view.units
    if c >= len(us) or us[c].low != ",":
        return True
    m = c + 1 + (1 if c + 1 < len(us) and us[c + 1].low == "the" else 0)
    if m >= len(us) or not us[m].is_actor:
        return False
    end = view.group_right(m)[-1] + 1
    return end >= len(us) or us[end].low in (",", ".", ";", "—", "–")


def _relations(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    us = view.units
    found: list[_Found] = []
    objects_of: dict[int, list[int]] = {}  # unit -> subject group of the trigger it is object of
    for h in _triggers(view, lex):
        t = h.trigger
        if t.kind in ("verb", "reverse_verb") and h.first > 0 and view.attached_hyphen(h.first - 1):
            continue    # "army-aligned government": an adjective, not a verb
        if t.kind == "verb" and t.form in ("s", "base") and not t.rest and h.first > 0 and (
                us[h.first - 1].low in (PREPOSITIONS | DETERMINERS) - {"to", "that"}):
            continue    # "targeted by bombs", "the arms": a noun after a preposition/determiner
        if t.kind == "verb" and t.form == "past" and not t.rest and h.first > 0 and \
                (us[h.first - 1].low in DETERMINERS - {"that"} or us[h.first - 1].low in (
                    "in", "of", "from", "into", "on", "at", "across", "over", "within",
                    "throughout", "inside")) and \
                h.first + 1 < len(us) and us[h.first + 1].is_mention:
            continue    # "in occupied Kashmir", "the annexed Crimea": an adjective
        if t.kind == "verb" and t.form == "ing" and not t.rest and h.first > 0 and (
                us[h.first - 1].low in DETERMINERS or us[h.first - 1].low in ("'s", "’s") or (
                    us[h.first - 1].low in RUPTURE and _has_noun_reading(lex, us[h.first].low)) or (
                    h.first > 1 and us[h.first - 2].low in DETERMINERS and
                    not us[h.first - 1].is_mention and (us[h.first - 1].low.endswith("ed") or
                                                        us[h.first - 1].low in NOUN_ADJ))):
            continue    # "concerned by the shelling", "froze funding to": a gerund noun, read
            #             by the noun rules
        if t.kind == "verb" and t.form == "ing" and not t.rest and h.first > 0 and (
                us[h.first - 1].low in RECEIVE_VERBS or h.first + 1 < len(us) and
                us[h.first + 1].low == "from") and _has_noun_reading(lex, us[h.first].low):
            continue    # "received funding from Y", "relies on funding from Y": what was
            #             received (read by _receipts)
        if t.kind in ("verb", "reverse_verb") and t.form == "base" and not t.rest and h.first > 0 \
                and not us[h.first - 1].is_mention and us[h.first - 1].low.endswith("ed") and \
                _verbish(us[h.first - 1].low) and us[h.first - 1].low not in BARE_INFINITIVE_VERBS:
            continue    # "exploited anger at X": the object of a verb, not a verb of its own
        if t.kind == "verb" and t.form == "ing" and not t.rest and h.first > 1 and \
                us[h.first - 1].low in (",", "and", "or") and _has_noun_reading(lex, us[h.first].low) \
                and _in_noun_list_after_with(view, h.first):
            continue    # "provides X with weapons, training and intelligence": a noun in a list
        if t.kind in ("reverse_verb", "reverse_noun"):
            found += _reverse_claims(view, lex, h, state, objects_of)
            continue
        nouns_too = t.kind == "verb" and t.form == "s" and not t.rest
        if t.kind == "verb" and t.form == "s" and not t.rest and h.first > 0 and \
                us[h.first - 1].low in ("'s", "’s") and not _closed_apposition(view, h.first + 1):
            continue    # "Tehran's allies, IS cells and Turkey's campaign are": a list, not
            #             the allies named ("Russia's partners, China and Iran, abstained")
        if t.kind == "verb" and (t.form in ("past", "ing") or t.rest or _is_verb_use(view, h.first, t)
                                 or not _has_noun_reading(lex, us[h.first].low)):
            got = _verb_claims(view, lex, h, state, objects_of)
            if not got and t.rest and (
                    t.form == "s" and not _is_verb_use(view, h.first, t)
                    or t.form == "ing" and h.first > 0 and (us[h.first - 1].low in ("'s", "’s")
                                                            or us[h.first - 1].low in DETERMINERS)):
                # "X said talks with Y would resume", "Putin's meeting with Kim": "talks with",
                # "meeting with" read as a noun after all
                noun = next((x for x in lex.triggers.get(us[h.first].low, ())
                             if x.kind == "noun" and not x.rest), None)
                _, hi = view.clause(h.first)
                if noun is not None and not any(us[x].low in lex.negators
                                                for x in range(h.first, hi + 1)):
                    # ("talks with Y were not possible": none)
                    got = _noun_claims(view, lex, _Hit(noun, h.first, h.first), state)
            found += got
        elif t.kind == "noun" or (nouns_too and _has_noun_reading(lex, us[h.first].low)):
            if t.kind == "noun" or not _noun_present(lex, us, h.first, t.relation):
                got = _noun_claims(view, lex, h, state)
                found += got + _joint_action_target(view, h, got)
        elif t.kind in ("role", "reverse_role"):
            found += _role_claims(view, lex, h)
        elif t.kind == "adj":
            found += _adj_claims(view, lex, h)
    found += _compound_claims(view, lex)
    found += _warnings(view, lex, state)
    found += _projectiles(view, lex, state)
    found += _taken_from(view, lex, state)
    found += _under_fire(view, lex)
    found += _received(view, lex, state)
    found += _action_frames(view, lex, state)
    found += _exchanges(view, lex, state)
    found += _side_by_side(view, lex, state)
    found += _fell_to(view, lex, state)
    found += _closures(view, lex, state)
    found += _defended_against(view, lex, state)
    found += _named_as(view, lex, state)
    found += _name_calling(view, lex, state)
    found += _gifts(view, lex, state)
    found += _trade_cuts(view, lex, state)
    found += _object_complements(view, lex, state)
    found += _blacklisted(view, lex, state)
    found += _fronted_participles(view, lex, state)
    found += _contributions(view, lex, state)
    found += _evaluations(view, lex, state)
    found += _goods(view, lex, state)
    found += _receipts(view, lex, state)
    found += _thanks(view, lex, state)
    found += _welcomes(view, lex, state)
    found += _alongside(view, lex, state)
    found += _diplomatic_protests(view, lex, state)
    found += _demands(view, lex, state)
    found += _border_buildup(view, lex, state)
    found += _accused_acts(view, lex, state)
    found += _advances(view, lex, state)
    found += _split_phrasals(view, lex, state)
    found += _held_targets(view, lex, state)
    found += _co_hosts(view, lex, state)
    found += _rebuttals(view, lex, state)
    found += _blame(view, lex, state)
    found += _permits(view, lex, state)
    found += _named_allies(view)
    found += _reciprocal_roles(view, lex, state)
    found += _findings(view, lex, state)
    found += _complaints(view, lex, state)
    found += _rescues(view, lex, state)
    found += _deemed(view, lex, state)
    shielded = _shields(view, lex, state)
    if shielded:
        # the verb and the punitive noun read as hostility to the party shielded: drop that
        pairs = {(f.subject, f.object) for f in shielded}
        found = [f for f in found if not (POLARITY_OF.get(f.relation) == "hostile"
                                          and (f.subject, f.object) in pairs)] + shielded
    return found


SIDE_MODIFIERS = frozenset("""close closest main key chief longtime long-time former old new
regional local junior traditional staunch staunchest""".split())
# "India and Pakistan are bitter enemies": plural roles two coordinated actors hold to each other
RECIPROCAL_ROLES = frozenset("""allies partners friends enemies rivals adversaries foes
arch-rivals archrivals arch-enemies""".split())
RECIPROCAL_LINKS = COPULAS | frozenset("""have has had long once still also both now all
always""".split())


def _reciprocal_roles(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Russia and Iran are close partners", "Iran and Saudi Arabia have long been regional
    rivals": each of the coordinated subjects holds the role towards the others."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(RECIPROCAL_ROLES):
        u = us[i]
        if i + 1 < len(us) and us[i + 1].low in ("of", "to", "for", "in", "on", "with", "against"):
            continue    # "allies of Y", "partners in the deal": the anchor is elsewhere
        rel = next((t.relation for t in lex.triggers.get(u.low, ()) if t.kind == "role"), None)
        k = i - 1
        while k >= 0 and not us[k].is_mention and us[k].low not in RECIPROCAL_LINKS and (
                _is_modifier(us[k].low) or us[k].low in ("most", "more")):
            k -= 1
        copula = k
        while k >= 0 and not us[k].is_mention and us[k].low in RECIPROCAL_LINKS:
            k -= 1
        if rel is None or k < 0 or k == copula or not us[k].is_actor or \
                not any(us[x].low in COPULAS for x in range(k + 1, copula + 1)):
            continue
        group = [x for x in view.group_left(k) if us[x].is_actor]
        if len(group) < 2 or _negated(view, lex, copula, k):
            continue
        for n, a in enumerate(group):
            out += _pairs(view, [a], group[n + 1:], rel, i, both=True)
    return out


def _named_allies(view: View) -> list[_Found]:
    """"Hezbollah and its ally, the Amal movement", "the coalition and its ally in the
    Artibonite valley, Gran Grif", "Iran and its proxies, Hezbollah and the Houthis": the
    possessor is allied with (or backs) the side named after the noun."""
    us = view.units
    out: list[_Found] = []
    for n in view.having(SIDE_NOUNS):
        u = us[n]
        if n < 3:
            continue
        p = n - 1
        while p > 0 and us[p].low in SIDE_MODIFIERS:
            p -= 1
        if us[p].low not in POSSESSIVE_PRONOUNS or us[p - 1].low != "and" or \
                not us[p - 2].is_actor or us[p - 2].etype == "Location":
            continue
        owners = view.group_left(p - 2)
        k = n + 1
        if k < len(us) and us[k].low in ("in", "from", "on"):
            # "its ally in the Artibonite valley, Y": skip the place phrase up to its comma
            m = k + 1
            while m < len(us) and m < k + 6 and us[m].low != "," and (
                    not us[m].is_mention or us[m].is_place):
                m += 1
            if m >= len(us) or us[m].low != ",":
                continue
            k = m
        k += 1 if k < len(us) and us[k].low == "," else 0
        named = view.actors_at(k, len(us) - 1)
        if not named:
            continue
        relation = "ALLIED_WITH" if u.low in ALLY_NOUNS else "SUPPORTS"
        out += [_Found(us[a].eid, relation, us[b].eid, _span(view, [a, n, b]), u.start)
                for a in owners for b in named if us[a].eid != us[b].eid]
    return out


# findings that open no reporting frame (what a reporting verb frames, _evaluations reads)
FINDING_VERBS = frozenset("""determine determines determined find finds found rule rules ruled
establish establishes established document documents documented""".split())
COMMIT_VERBS = frozenset("commit commits committed committing perpetrate perpetrated perpetrating "
                         "carried".split())
CRIME_NOUNS = frozenset("""genocide crimes atrocities atrocity massacre massacres cleansing abuses
violations""".split())
COMMIT_GAP = frozenset("had have has been likely probably possibly may might out".split())


def _findings(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"The State Department determined that RSF fighters had committed genocide", "UN
    investigators found that X committed crimes against humanity": a finding of atrocity
    against a party is a charge against it."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(FINDING_VERBS):
        u = us[a]
        if u.low in lex.reporting:
            continue
        k = a + 1 + (1 if a + 1 < len(us) and us[a + 1].low == "that" else 0)
        grp = view.actors_at(k, len(us) - 1)
        if not grp:
            continue
        c = grp[-1] + 1
        if c < len(us) and us[c].low in ("'s", "’s") and c + 1 < len(us) and \
                (us[c + 1].low in lex.proxy_nouns or us[c + 1].low in ARMY_ANAPHORS):
            c += 2      # "Myanmar's military had committed"
        while c < len(us) and c < grp[-1] + 6 and us[c].low in COMMIT_GAP | lex.proxy_nouns:
            c += 1
        if c >= len(us) or us[c].low not in COMMIT_VERBS or not any(
                us[x].low in CRIME_NOUNS for x in range(c + 1, min(len(us), c + 6))):
            continue
        subj, ids = _subject_ids(view, a, state)
        if not ids or _negated(view, lex, a, subj[-1] if subj else -1) or \
                _negated(view, lex, c, grp[-1]):
            continue
        at = us[subj[0]].start if subj else u.start     # the speaker's own charge
        out += [_Found(s_, "OPPOSES", us[o].eid, _span(view, [a, o, c], subj), at, "asserted")
                for s_ in ids for o in grp if us[o].eid != s_]
    return out


COMPLAIN_VERBS = frozenset("""complain complains complained complaining grumble grumbles grumbled
protest protests protested protesting""".split())


def _complaints(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Egyptian officials complain that the Emiratis use Libya as a corridor": a complaint
    about what a party does opposes the party."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(COMPLAIN_VERBS):
        k = a + 1
        while k < len(us) and k < a + 3 and us[k].low in ADVERB_OK | {"privately", "publicly",
                                                                      "bitterly", "loudly"}:
            k += 1
        if k >= len(us) or us[k].low != "that":
            continue
        k += 1 + (1 if k + 1 < len(us) and us[k + 1].low == "the" else 0)
        if k >= len(us) or not us[k].is_actor or us[k].etype == "Location" or \
                (k + 1 < len(us) and us[k + 1].low in ("'s", "’s")):
            continue
        out += _subject_claims(view, lex, state, a, "OPPOSES", view.group_right(k),
                               subject_in_span=True, certainty="asserted")
    return out


# their object is the one helped: "sent troops to rescue X from Y's offensive", and in a purpose
# clause "threatened intervention to restore X" X is not the intervention's target
RESCUE_VERBS = frozenset("""rescue rescues rescued rescuing save saves saved saving protect
protects protected protecting defend defends defended defending shield shields shielded restore
reinstate liberate free""".split())
ASSAULT_NOUNS = frozenset("""offensive offensives attack attacks assault assaults onslaught advance
advances invasion aggression siege incursion""".split())


def _rescues(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"sent troops to rescue the Tripoli government from Haftar's 2019 offensive": the
    offensive's author attacked the party rescued (the rescue itself is read as support by the
    verb rules)."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(RESCUE_VERBS):
        _, hi = view.clause(a)
        grp = view.actors_at(a + 1, hi)
        if not grp:
            continue
        f = grp[-1] + 1
        if f > hi or us[f].low != "from":
            continue
        x = f + 1 + (1 if f + 1 <= hi and us[f + 1].low in ("the", "a", "an") else 0)
        if x > hi or not us[x].is_actor or us[x].etype == "Location":
            continue
        n = x + 1 + (1 if x + 1 <= hi and us[x + 1].low in ("'s", "’s") else 0)
        while n <= hi and n < x + 5 and us[n].low not in ASSAULT_NOUNS and (
                _is_modifier(us[n].low) or us[n].low.isdigit()):
            n += 1      # "Haftar's 2019 offensive", "a Russian air assault"
        if n > hi or us[n].low not in ASSAULT_NOUNS or _negated(view, lex, a, -1):
            continue
        out += [_Found(us[x].eid, "ATTACKS", us[o].eid, _span(view, [x, o, n]), us[n].start)
                for o in grp if us[o].eid != us[x].eid]
    return out


SHIELD_VERBS = frozenset("""block blocks blocked blocking veto vetoes vetoed vetoing thwart thwarts
thwarted thwarting stymie stymies stymied torpedo torpedoes torpedoed scuttle scuttles scuttled
derail derails derailed""".split())
PUNITIVE_NOUNS = frozenset("""resolution resolutions sanctions measures language statement
statements motion motions action censure condemnation inquiry investigation probe embargo
penalties referral""".split())
PUNITIVE_PREPS = frozenset("""against on condemning censuring targeting criticising criticizing
punishing over""".split())


def _shields(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Russia blocked a resolution against Myanmar's junta", "China vetoed sanctions on North
    Korea": stopping a measure against a party shields it, which is support."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(SHIELD_VERBS):
        _, hi = view.clause(a)
        k = a + 1
        while k <= min(hi, a + 5) and us[k].low not in PUNITIVE_NOUNS and (
                us[k].low in DETERMINERS or _is_modifier(us[k].low) or
                us[k].is_mention and us[k].etype in ("Organization", "Country")):
            k += 1      # "a draft", "firmer", "new EU"
        if k + 2 > hi or us[k].low not in PUNITIVE_NOUNS or us[k + 1].low not in PUNITIVE_PREPS:
            continue
        grp = view.actors_at(k + 2, hi)
        if not grp:
            continue
        out += _subject_claims(view, lex, state, a, "SUPPORTS", grp, subject_in_span=True)
    return out


ALLOW_VERBS = frozenset("allow allows allowed allowing permit permits permitted permitting let lets "
                        "letting".split())
PASSAGE_VERBS = frozenset("""use cross transit pass operate deploy station stage launch move base
fly overfly enter""".split())
TERRITORY = frozenset("territory soil airspace land country bases base ports".split())


def _permits(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Belarus allowed Russian troops to use its territory", "accused of allowing M23 supply
    lines through its territory": giving passage or ground is support."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(ALLOW_VERBS):
        _, hi = view.clause(a)
        grp = view.actors_at(a + 1, hi)
        if not grp:
            continue
        ok = False
        for k in range(grp[-1] + 1, min(hi, grp[-1] + 6) + 1):
            if us[k].is_mention:
                break
            if us[k].low == "to" and k + 1 <= hi and us[k + 1].low in PASSAGE_VERBS:
                ok = True
                break
            if us[k].low in ("through", "across", "into", "onto") and k + 2 <= hi and \
                    us[k + 1].low in POSSESSIVE_PRONOUNS and us[k + 2].low in TERRITORY:
                ok = True
                break
        if not ok:
            continue
        out += _subject_claims(view, lex, state, a, "SUPPORTS", grp, subject_in_span=True)
    return out


HOLD_VERBS = frozenset("hold holds held holding".split())
_WHICH = frozenset({"which"})
ANSWERABLE = frozenset("responsible accountable liable culpable".split())


def _blame(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Kyiv held Moscow responsible for the attack": X OPPOSES Y; "a dangerous escalation for
    which Moscow and Pyongyang alone are responsible", said by X: X OPPOSES them."""
    us = view.units
    out: list[_Found] = []
    n = len(us)
    for i in view.having(HOLD_VERBS, _WHICH):
        u = us[i]
        if u.low in HOLD_VERBS and i + 1 < n and us[i + 1].is_actor:
            grp = view.group_right(i + 1)
            k = grp[-1] + 1
            while k < n and us[k].low in ("fully", "directly", "solely", "partly", "personally"):
                k += 1
            if k >= n or us[k].low not in ANSWERABLE:
                continue
            subj, ids = _subject_ids(view, i, state)
            if ids and not _negated(view, lex, i, subj[-1] if subj else -1):
                out += [_Found(a, "OPPOSES", us[o].eid, _span(view, [i, k], subj), u.start)
                        for a in ids for o in grp if us[o].eid != a]
        elif u.low == "which" and i > 0 and us[i - 1].low == "for" and i + 1 < n and us[i + 1].is_actor:
            grp = view.group_right(i + 1)
            k = grp[-1] + 1
            while k < n and (us[k].low in ("alone", "solely", "fully", "directly", "bear", "bears")
                             or us[k].low in BE_FORMS):
                k += 1
            if k >= n or us[k].low not in ANSWERABLE:
                continue
            frame = attr.innermost(state.frames, u.start)
            speakers = [frame.speaker] if frame is not None and frame.speaker and \
                not frame.denial else []
            if not speakers:
                # 'X called the deployment "an escalation for which Y is responsible"'
                c = next((c for c in range(i - 1, max(-1, i - 15), -1)
                          if us[c].low in NAMING_VERBS | {"described", "describes", "termed"}), None)
                speakers = _subject_ids(view, c, state)[1] if c is not None else []
            out += [_Found(a, "OPPOSES", us[o].eid, _span(view, [i, k]), u.start)
                    for a in speakers for o in grp if us[o].eid != a]
    return out


REBUT_VERBS = frozenset("""reject rejects rejected rejecting dismiss dismisses dismissed dismissing
refute refutes refuted refuting""".split())
CHARGE_NOUNS = frozenset("""accusation accusations allegation allegations charge charges claim claims
report reports finding findings""".split())


def _rebuttals(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Pakistan rejected the accusation as baseless", "Russian officials dismissed the findings
    as propaganda": the rebutter opposes whoever made the charge (named as its possessor, or the
    accuser or source of the last sentences)."""
    us = view.units
    out: list[_Found] = []
    for r in view.having(REBUT_VERBS):
        u = us[r]
        k = r + 1
        accuser: list[str] = []
        while k < len(us) and k <= r + 5 and us[k].low not in CHARGE_NOUNS:
            if us[k].is_actor and k + 1 < len(us) and us[k + 1].low in ("'s", "’s"):
                accuser = [us[x].eid for x in view.group_left(k)]
                k += 2
            elif us[k].low in DETERMINERS or (not us[k].is_mention and _is_modifier(us[k].low)
                                              and not _verbish(us[k].low)):
                k += 1
            else:
                break
        if k >= len(us) or us[k].low not in CHARGE_NOUNS:
            continue
        subj, ids = _subject_ids(view, r, state)
        if not ids or _negated(view, lex, r, subj[-1] if subj else -1):
            continue
        if not accuser and state.last_accuser and state.sentence - state.last_accuser[0] <= 3:
            # an official's charge is the state's ("Home Minister X said ... Pakistan rejected
            # the accusation")
            accuser = [state.country_of.get(state.last_accuser[1], state.last_accuser[1])]
        own = ({state.country_of.get(x, state.affiliation.get(x)) for x in ids} | set(ids)) - {None}
        out += [_Found(s_, "OPPOSES", a, _span(view, [r, k], subj), u.start)
                for s_ in ids for a in accuser if a not in own and
                state.country_of.get(a, state.affiliation.get(a)) not in own]
    return out


ADVANCE_VERBS = frozenset("""advance advances advanced advancing march marches marched marching
close closes closed closing push pushes pushed pushing""".split())
ADVANCE_PREPS = frozenset("on upon toward towards into".split())
ADVANCE_ADVERBS = frozenset("further rapidly quickly steadily overnight again slowly swiftly deeper"
                            .split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _advances(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"M23 rebels advanced on Tuesday toward the town of Uvira", "marched on Tripoli", "closed in
    on Y", "pushed into X's region": an armed advance on a place or an enemy attacks it."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(ADVANCE_VERBS):
        u = us[i]
        _, hi = view.clause(i)
        k = i + 1
        while k <= hi and k < i + 6:
            if us[k].low == "on" and k + 1 <= hi and us[k + 1].low in WEEKDAYS:
                k += 2          # "on Tuesday"
            elif us[k].low in ADVANCE_ADVERBS:
                k += 1
            else:
                break
        if k > hi:
            continue
        if u.low.startswith("clos"):
            if us[k].low != "in" or k + 1 > hi or us[k + 1].low != "on":
                continue        # only "closed in on": a door closes, talks close
            k += 1
        elif u.low.startswith("push") and us[k].low not in ("toward", "towards", "into"):
            continue            # "pushed for talks", "pushed on with reforms"
        if us[k].low not in ADVANCE_PREPS:
            continue
        target = view.object(k, window=6, places=True)
        if not target:
            continue
        out += _subject_claims(view, lex, state, i, "ATTACKS", target)
    return out


DRIVE_OUT_VERBS = frozenset("""drive drives drove driven driving push pushes pushed pushing chase
chases chased chasing flush flushes flushed flushing""".split())
KEEP_VERBS = frozenset("keep keeps kept keeping".split())
# what keeping an actor up looks like: "kept the regime afloat", "to keep Assad in power",
# "to keep the Maldives solvent"
KEPT_UP = (("afloat",), ("alive",), ("in", "power"), ("in", "office"), ("going",), ("solvent",))


def _out_of_a_place(view: View, k: int, hi: int) -> bool:
    """"... out of (the town of) X", "... from X": a place the object is forced out of (not
    "out of the talks")."""
    us = view.units
    if k + 1 <= hi and us[k].low == "out" and us[k + 1].low == "of":
        k += 2
    elif k <= hi and us[k].low == "from":
        k += 1
    else:
        return False
    if k + 1 <= hi and us[k].low in PARTITIVE and us[k + 1].low == "of":
        k += 2      # "out of most of the islands"
    for m in range(k, min(hi, k + 3) + 1):
        # "from their positions", "out of the northern districts"
        low = us[m].low
        if us[m].is_place or low in PLACE_OF_NOUNS | SITE_NOUNS | TERRAIN_NOUNS or (
                low.endswith("s") and low[:-1] in PLACE_OF_NOUNS):
            return True
        if us[m].is_mention or not (low in DETERMINERS or _is_modifier(low)):
            return False
    return False


def _split_phrasals(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """A verb whose meaning comes after its object: "the army drove al-Shabaab out of Mahas",
    "Ukraine pushed Russian forces from Kherson" (forcing an armed actor out of a place ATTACKS
    it); "Iran kept the Assad regime afloat", "kept Maduro in power" (SUPPORTS)."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(DRIVE_OUT_VERBS, KEEP_VERBS):
        u = us[i]
        rel = "ATTACKS" if u.low in DRIVE_OUT_VERBS else "SUPPORTS"
        _, hi = view.clause(i)
        objs: list = view.actors_at(i + 1, hi)
        if objs:
            last, armed = objs[-1], us[objs[0]].etype in ("Group", "Country", "Organization")
        else:
            # "drove the rebels back": a definite noun referring back to an armed actor
            got = _anaphor_object_id(view, i, state, exclude=_subject_ids(view, i, state)[1])
            if got is None or us[got[0]].low in ANAPHOR_TYPES:
                continue
            objs, last, armed = [got], got[0], True
        k = last + 1
        while k <= hi and k < last + 3 and not us[k].is_mention and (
                us[k].low in LEX().proxy_nouns or us[k].low in POSSESSED_MEN):
            k += 1      # "pushed Russian forces out of ...", "kept the Assad regime afloat"
        if rel == "ATTACKS":
            if not armed or not (_out_of_a_place(view, k, hi) or _driven_back(view, k, hi)):
                continue
        elif not any(tuple(view.words(k, k + len(p))) == p for p in KEPT_UP):
            continue
        out += _subject_claims(view, lex, state, i, rel, objs)
    return out


def _driven_back(view: View, k: int, hi: int) -> bool:
    """"drove the rebels back", "... out" at the end of the clause (not "out of the talks")."""
    us = view.units
    if k > hi or us[k].low not in ("back", "out"):
        return False
    return us[k].low == "back" or k == hi or us[k + 1].low in (",", "and", "after", "before", "in")


HELD_BY = frozenset("held controlled used run occupied manned".split())
HELD_PLACES = frozenset("""town towns village villages city cities district
area areas territory building buildings positions position base bases compound headquarters
stronghold strongholds camp camps depot depots checkpoint checkpoints airport airfield""".split())


@functools.lru_cache(maxsize=4)
def _attack_verbs(lex: Lexicon) -> frozenset[str]:
    """The words that are one-word ATTACKS verbs of the lexicon."""
    return frozenset(w for w, ts in lex.triggers.items()
                     if any(t.relation == "ATTACKS" and t.kind == "verb" and not t.rest for t in ts))


def _held_targets(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"The military bombed a village held by the Arakan Army", "struck a building used by
    Hezbollah": striking a place an armed actor holds attacks the holder."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(_attack_verbs(lex)):
        _, hi = view.clause(i)
        k = i + 1
        while k <= hi and k < i + 5 and not us[k].is_mention and us[k].low not in HELD_PLACES and (
                us[k].low in DETERMINERS or us[k].low in QUANT or us[k].low.isdigit()
                or _is_modifier(us[k].low)):
            k += 1
        if not (k + 2 <= hi and us[k].low in HELD_PLACES):
            continue
        k += 1
        if us[k].low in ("in", "near") and k + 1 <= hi and us[k + 1].is_place:
            k += 2      # "a building in Beirut used by ..."
        if not (k + 2 <= hi and us[k].low in HELD_BY and us[k + 1].low == "by"):
            continue
        holders = view.actors_at(k + 2, hi)
        if not holders:
            continue
        out += _subject_claims(view, lex, state, i, "ATTACKS", holders)
    return out


ACCUSE_VERBS = attr.ACCUSE_VERBS
OWN_POSSESSIVES = frozenset({"its", "our"})


def _accused_acts(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"X accused Y of firing mortar rounds at its positions", 'of waging "a war of aggression to
    loot our minerals"': the accused act hits the accuser, who alleges it."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(ACCUSE_VERBS):
        _, hi = view.clause(a)
        accused = view.actors_at(a + 1, hi)
        if not accused:
            continue
        k = accused[-1] + 1
        while k <= hi and k < accused[-1] + 5 and us[k].low not in ("of", "for"):
            k += 1          # "accused Armenian forces on Tuesday of ..."
        if k > hi or us[k].low not in ("of", "for"):
            continue
        subj, ids = _subject_ids(view, a, state)
        accusers = [state.country_of.get(x, x) if view.types.get(x) == "Person" else x for x in ids]
        accusers = [x for x in accusers if view.types.get(x) in ("Country", "Group", "Organization")]
        if not accusers:
            continue
        attack = None
        for t in range(k + 1, min(len(us), k + 16)):
            w = us[t]
            if w.is_actor and w.etype != "Location":
                break       # the act names its own target: the verb rules read it
            if w.low == ";" or attr.joins_clause(us, t):
                break       # "accuses Juba of stalling, and its fighters clashed ...": new clause
            if attack is None and not w.is_mention and (w.low in FIRE_VERBS or any(
                    x.relation == "ATTACKS" and not x.rest for x in lex.triggers.get(w.low, ()))):
                attack = t      # (the first word of a phrase, "taking" of "take up arms", is none)
            elif attack is not None and w.low in OWN_POSSESSIVES and t + 1 < len(us) and \
                    not us[t + 1].is_mention and us[t + 1].low != "own":
                if _negated(view, lex, attack, accused[-1]):
                    break
                out += [_Found(us[x].eid, "ATTACKS", target, _span(view, [a, t + 1], accused),
                               us[attack].start, "alleged", source=target)
                        for x in accused for target in accusers if target != us[x].eid]
                # "at its positions near the village of Z": the accuser's own ground
                out += [_Found(target, "OPERATES_IN", us[p].eid, _span(view, [t, p]), us[t].start)
                        for p in _located(view, t + 1) if us[p].etype == "Location"
                        for target in accusers]
                break
    return out


MASS_VERBS = frozenset("""mass masses massed massing amass amasses amassed amassing move moves
moved moving deploy deploys deployed deploying gather gathers gathered gathering concentrate
concentrates concentrated concentrating build builds built building""".split())
TOWARD = frozenset("toward towards to on along near at".split())


def _border_buildup(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"X's troops have been moving toward the Eritrean border", "massed troops on the border
    with Y": forces gathered at a state's border threaten it."""
    us = view.units
    out: list[_Found] = []
    for b in view.having(BORDER_NOUNS):
        target: list[str] = []
        if b > 0 and us[b - 1].kind == "demonym" and us[b - 1].etype == "Country":
            target = [us[b - 1].eid]                     # "the Eritrean border"
        elif b > 0 and not us[b - 1].is_mention and us[b - 1].low in view.demonyms:
            target = [view.demonyms[us[b - 1].low]]
        elif b + 2 < len(us) and us[b + 1].low == "with" and us[b + 2].etype == "Country":
            target = [us[b + 2].eid]                     # "the border with Eritrea"
        if not target:
            continue
        lo, _ = view.clause(b)
        k = b - 1 - (1 if b + 1 >= len(us) or us[b + 1].low != "with" else 0)
        while k >= lo and us[k].low in DETERMINERS:
            k -= 1
        if k < lo or us[k].low not in TOWARD:
            continue
        verb = next((x for x in range(k - 1, max(lo, k - 8) - 1, -1)
                     if not us[x].is_mention and us[x].low in MASS_VERBS), None)
        if verb is None:
            continue
        subj = view.subject(verb) or next(
            ([x] for x in range(lo, verb) if us[x].is_actor and view.subject_like(x)), [])
        ids = [us[x].eid for x in subj]     # ("X troops and armour have been moving")
        if not ids:
            got = _anaphor_subject_id(view, verb, state)
            ids = [got[1]] if got else []
        if not ids or _negated(view, lex, verb, subj[-1] if subj else -1):
            continue
        out += [_Found(a, "THREATENS", t, _span(view, [verb, b]), us[verb].start)
                for a in ids for t in target if t != a]
    return out


DEMAND_VERBS = frozenset("""demand demands demanded demanding insist insists insisted insisting
require requires required""".split())
LEAVE_VERBS = frozenset("""leave withdraw go quit disband disarm resign pull depart vacate
surrender""".split())


PRESS_VERBS = frozenset("""urge urges urged urging press presses pressed pressing pressure
pressures pressured pressuring""".split())
CALL_VERBS = frozenset("call calls called calling".split())
# "ordered the UN mission to leave", "gave the ambassador 48 hours to leave": only an order out
# opposes ("ordered its troops to return" does not)
GIVE_FORMS = frozenset("give gives gave given".split())
ORDER_VERBS = frozenset("order orders ordered ordering tell tells told telling".split()) | GIVE_FORMS
ORDERED_OUT = frozenset("leave quit withdraw depart exit vacate".split())
# what pressing an actor to do makes it pressure, not encouragement: to stop, leave, give up
STOP_VERBS = LEAVE_VERBS | frozenset("""stop halt end cease release act crack rein dismantle
expel hand abandon drop refrain curb return""".split())


def _pressed_to_stop(view: View, i: int) -> list[int]:
    """The actor pressed at unit ``i`` to stop or leave: "urged Y to halt", "called on Y and Z to
    withdraw", "pressed Y to crack down on ...", "ordered Y's troops to leave". Nothing for
    "urged Y to join the talks"."""
    us = view.units
    ordered = us[i].low in ORDER_VERBS
    j = i + 1
    if us[i].low in CALL_VERBS:
        if j >= len(us) or us[j].low not in ("on", "upon"):
            return []
        j += 1
    if j < len(us) and us[j].low == "the":
        j += 1
    if j >= len(us) or not us[j].is_actor:
        return []
    grp = view.group_right(j)
    v = grp[-1] + 1
    while v < len(us) and v < grp[-1] + 5 and not us[v].is_mention and (
            us[v].low in LEX().proxy_nouns or us[v].low.isdigit() or us[v].low in (
                "hours", "days", "weeks")):
        v += 1      # "urged the UN mission to ...", "gave France 48 hours to ..."
    if ordered and v < len(us) and us[v].low == "out" and us[i].low not in GIVE_FORMS:
        return grp      # "ordered French troops out (of the country)"
    if v + 1 >= len(us) or us[v].low != "to":
        return []
    v += 1
    while v < len(us) and (us[v].low in ("immediately", "finally", "swiftly", "fully")
                           or us[v].low in QUOTE_MARKS):
        v += 1
    if v < len(us) and us[v].low in ("take", "do"):
        # "urged Islamabad to 'take decisive action against terrorist groups'", "to do more
        # against ...": pressure on Y
        for w in range(v + 1, min(len(us), v + 5)):
            if us[w].low in ("against", "on") and us[w - 1].low in (
                    "action", "actions", "steps", "measures", "more"):
                return grp
        return []
    return grp if v < len(us) and us[v].low in (ORDERED_OUT if ordered else STOP_VERBS) else []


def _demands(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"X has repeatedly demanded that Y leave", "insisted that Y withdraw", "urged Y to halt
    the strikes", "called on Y to release ...", "ordered Y to leave": X OPPOSES Y (pressure)."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(PRESS_VERBS, CALL_VERBS, ORDER_VERBS, DEMAND_VERBS):
        u = us[i]
        if not u.is_mention and (u.low in PRESS_VERBS or u.low in CALL_VERBS
                                 or u.low in ORDER_VERBS):
            grp = _pressed_to_stop(view, i)
            subj, ids = _subject_ids(view, i, state) if grp else ([], [])
            if ids and not _negated(view, lex, i, subj[-1] if subj else -1):
                out += [_Found(a, "OPPOSES", us[o].eid, _span(view, [i, o]), u.start)
                        for a in ids for o in grp if us[o].eid != a
                        and state.country_of.get(a) != us[o].eid]    # (an official's own state:
            continue                                                 # a misread subject)
        if u.is_mention or u.low not in DEMAND_VERBS or i + 3 >= len(us) or us[i + 1].low != "that":
            continue
        j = i + 2 + (1 if us[i + 2].low == "the" else 0)
        if j + 1 >= len(us) or not us[j].is_actor:
            continue
        grp = view.group_right(j)
        v = grp[-1] + 1
        while v < len(us) and us[v].low in ("should", "must", "immediately", "finally", "be"):
            v += 1
        if v >= len(us) or us[v].low not in LEAVE_VERBS | {"expelled", "removed", "withdrawn"}:
            continue
        out += _subject_claims(view, lex, state, i, "OPPOSES", grp, certainty="asserted")
    return out


GOODS = frozenset("""weapons arms ammunition munitions cash money funds fuel drones missiles
rockets rifles guns supplies equipment shipments explosives""".split())
GOODS_PREPS = frozenset("to into reaching reach reaches reached for".split())
INTERCEPT_VERBS = frozenset("""intercept intercepts intercepted intercepting seize seizes seized
seizing confiscate confiscates confiscated confiscating impound impounds impounded impounding
capture captures captured capturing find finds found discover discovers discovered""".split())
# "weapons (still) bound for X", "drones destined for X"
GOODS_BOUND = frozenset("still now bound destined headed intended".split())
LOYAL_HEADS = frozenset("""forces fighters troops militias militiamen units loyalists gunmen
allies""".split())
# who can be "loyal to X" and so act for X: "gunmen loyal to X attacked ..."
# only after a possessive do these act for their owner: "Wagner's men attacked ..." (but
# "Ukrainian men fled the draft")
POSSESSED_MEN = frozenset("men mercenaries contractors henchmen".split())
LOYAL_MEN = LOYAL_HEADS | frozenset("men militants insurgents rebels commanders officers".split())


def _goods(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """Arms or money that reach an actor: "Iranian cash is still reaching Hezbollah", "accused
    the UAE of flying weapons to forces loyal to X", "pouring weapons into Ukraine": whoever
    sends them (the premodifying state, else the subject of the verb that moves them)
    SUPPORTS the recipient."""
    us = view.units
    out: list[_Found] = []
    for g in view.lows_at(GOODS):
        u = us[g]
        if u.is_mention and u.kind != "demonym":
            continue
        _, hi = view.clause(g)
        k = g + 1
        while k <= hi and k < g + 4 and not us[k].is_mention and us[k].low not in GOODS_PREPS and \
                (us[k].low in ADVERB_OK or us[k].low in AUX or us[k].low in GOODS_BOUND):
            k += 1
        if k > hi or us[k].low not in GOODS_PREPS:
            continue
        m = k + 1
        while m <= hi and m < k + 4 and not us[m].is_mention and (
                us[m].low in DETERMINERS or (_is_modifier(us[m].low) and us[m].low not in
                                             LEX().triggers)):
            if us[m].low in LOYAL_HEADS and m + 2 <= hi and us[m + 1].low in LOYAL and \
                    us[m + 2].low in ("to", "with"):
                m += 3      # "forces loyal to (Jubaland leader) X"
                while m <= hi and m < k + 9 and (us[m].etype == "Location" or (
                        not us[m].is_mention and _is_modifier(us[m].low))):
                    m += 1
                break
            m += 1
        if m > hi or not us[m].is_actor:
            continue
        recipients = view.group_right(m, hi=hi)
        if u.is_mention:
            givers = [g]        # "Iranian cash", "Russian weapons"
        else:
            d = g - 1
            while d >= 0 and d > g - 3 and us[d].low in GOODS and not us[d].is_mention:
                d -= 1
            if d >= 0 and not us[d].is_mention and \
                    load_catalog().country_by_demonym(us[d].text) is not None:
                continue        # "allowed Iranian weapons ...": a state the article does not
                # name sent them, not the subject of the verb
            if any(not us[x].is_mention and us[x].low in RUPTURE for x in range(max(0, g - 4), g)):
                continue        # "cut electricity supplies to Y": opposition, read elsewhere
            givers = [d] if d >= 0 and us[d].is_mention and us[d].kind == "demonym" else \
                _noun_agent(view, g, state)     # "Iranian weapons shipments bound for X"
            verb = None
            if not givers:
                j = g - 1
                while j >= 0 and j > g - 4 and not us[j].is_mention and (
                        us[j].low in DETERMINERS or us[j].low in QUANT or _is_modifier(us[j].low)
                        and not _verbish(us[j].low)):
                    j -= 1
                if j >= 0 and not us[j].is_mention and (us[j].low in INTERCEPT_VERBS or (
                        us[j].low.endswith("ing") and j > 0 and not us[j - 1].is_mention
                        and _is_modifier(us[j - 1].low) and not _verbish(us[j - 1].low))):
                    continue    # "X seized weapons bound for Y", "a truck carrying missiles to Y"
                if j >= 0 and not us[j].is_mention and _verbish(us[j].low):
                    verb = j
                    if j > 0 and us[j - 1].low == "by":
                        # "dragging out the war by pouring weapons into X": the means of a
                        # predicate has its subject
                        p = j - 2
                        while p >= 0 and p > j - 8 and not (
                                not us[p].is_mention and _verbish(us[p].low) and
                                not (p > 0 and us[p - 1].low in DETERMINERS)):   # "a doomed war"
                            p -= 1
                        if p >= 0 and p > j - 8:
                            j = p
                    if j > 0 and us[j - 1].low in ("of", "with", "for") and view._accused(j) is None:
                        continue    # "charged two businessmen with trafficking rifles to X"
                    givers = view.subject(j)
                    if not givers:
                        got = _anaphor_subject_id(view, j, state)
                        if got is not None:
                            givers = [got[0]] if us[got[0]].is_mention else []
                            if not givers:
                                out += [_Found(got[1], "SUPPORTS", us[r].eid, _span(view, [g, r]),
                                               u.start) for r in recipients if us[r].eid != got[1]
                                        and not _negated(view, lex, j, -1)]
                                continue
            if not givers or _negated(view, lex, verb if verb is not None else g, givers[-1]):
                continue
        out += [_Found(us[a].eid, "SUPPORTS", us[r].eid, _span(view, [a, g, r]), u.start)
                for a in givers for r in recipients if us[a].eid != us[r].eid]
    return out


RECEIVE_VERBS = frozenset("""receive receives received receiving obtain obtains obtained obtaining
accept accepts accepted accepting secure secures secured securing win wins won winning get gets
got draw draws drew drawn drawing""".split())
# money received: "draws $3.5 billion a year from the state"
MONEY_WORDS = frozenset("$ € £ million millions billion billions dollars euros pounds".split())
PER_PERIOD = frozenset("year month week annually yearly monthly per each every".split())
TAKE_FORMS = frozenset("take takes took taken taking".split())
BUYER_NOUNS = frozenset("buyer buyers importer importers customer customers client clients".split())
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?(?:bn|m|mn|k|tn)$")     # "$3bn", "€400m"
# "X relies (heavily) on funding from Y": receiving by another name
RELY_VERBS = frozenset("rely relies relied relying depend depends depended depending".split())
# what an actor can receive from another that is no support noun of the lexicon
RECEIVED_SUPPORT = GOODS | frozenset("""pledges pledge help troops reinforcements advisers
instructors loans loan donations guarantees intelligence tanks jets aircraft helicopters vehicles
artillery shells systems radars batteries interceptors training funding grants bailout
bailouts""".split())
MEANS_NOUNS = frozenset("help support backing assistance aid blessing".split())
# "S-400", "F-16", "MiG-29", "TB2": a weapon's model before the noun
_MODEL_DESIGNATION = re.compile(r"(?=[a-z0-9-]*\d)[a-z0-9]+(?:-[a-z0-9]+)*$")
# buying arms from Y is Y's support; buying oil or gas from Y is trade, not support of either
BUY_VERBS = frozenset("""buy buys bought buying purchase purchases purchased purchasing acquire
acquires acquired acquiring import imports imported importing procure procures procured
procuring order orders ordered""".split())
ARMS_BOUGHT = frozenset("""weapons arms ammunition munitions drones missiles rockets rifles guns
explosives tanks jets aircraft helicopters systems artillery shells radars batteries interceptors
warships frigates submarines fighters howitzers drone missile tank jet helicopter radar battery
interceptor warship frigate submarine howitzer""".split())


def _bought_at(us: list[Unit], r: int) -> int | None:
    """Where what the buying word at unit ``r`` names as bought begins: after "bought", after
    "took delivery of" ("took delivery of the S-400 from Russia"), after "buyer of" ("the largest
    buyer of arms from Israel"); None when ``r`` does not buy."""
    low = us[r].low
    if low in BUY_VERBS:
        return r + 1
    if low in TAKE_FORMS and [u.low for u in us[r + 1:r + 3]] == ["delivery", "of"]:
        return r + 3
    if low in BUYER_NOUNS and r + 1 < len(us) and us[r + 1].low == "of":
        return r + 2
    return None


def _received_relation(lex: Lexicon, low: str) -> str | None:
    """What receiving ``low`` from someone says that someone does: weapons, funding, pledges ->
    SUPPORTS; threats, warnings -> THREATENS; anything else (a delegation, a letter) nothing."""
    if low in RECEIVED_SUPPORT:
        return "SUPPORTS"
    for t in lex.triggers.get(low, ()):
        if t.kind == "noun" and not t.rest and t.relation in ("SUPPORTS", "THREATENS"):
            return t.relation
    return None


WITH = frozenset({"with"})


def _receipts(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """The giver named after the recipient: "X has received weapons from Y", "X obtained
    pledges from Y and Z" (Y SUPPORTS X; "received threats from Y": Y THREATENS X), and the
    means adjunct "X seized the town with help from Y" / "with the backing of Y" (Y SUPPORTS X)."""
    us = view.units
    out: list[_Found] = []
    for r in view.having(RELY_VERBS, BUY_VERBS, RECEIVE_VERBS, WITH, TAKE_FORMS, BUYER_NOUNS):
        u = us[r]
        rely = u.low in RELY_VERBS and not u.is_mention
        bought = None if u.is_mention else _bought_at(us, r)
        buy = bought is not None
        receipt = rely or buy or (u.low in RECEIVE_VERBS and not u.is_mention)
        means = u.low == "with" and not u.is_mention
        if not (receipt or means):
            continue
        lo, hi = view.clause(r)
        relation = None
        k = bought if buy else r + 1
        while k <= min(hi, r + 10) and not us[k].is_mention:
            low = us[k].low
            if low == "from" or (means and low == "of"):
                break
            if buy:
                got = "SUPPORTS" if low in ARMS_BOUGHT or (
                    low == "system" and us[k - 1].low in ("defence", "defense", "missile")) else None
                # ("the S-400 air defence system")
            elif receipt:
                got = _received_relation(lex, low) or ("SUPPORTS" if low in MONEY_WORDS else None)
            else:
                got = "SUPPORTS" if low in MEANS_NOUNS else None
            if got is not None:
                relation = relation or got
            elif not (low in DETERMINERS or low in QUANT or low in (",", "and")
                      or low.replace(",", "").replace(".", "").isdigit() or low in PER_PERIOD
                      or _AMOUNT.match(low)
                      or (relation is None and (low == "-" or _MODEL_DESIGNATION.match(low)))
                      or (rely and relation is None and low in ("on", "upon"))
                      or (relation is None and _is_modifier(low))):
                break       # "received a delegation", "weapons training manuals": not a giving
            k += 1
        if relation is None or k > hi or us[k].low not in ("from", "of"):
            continue
        m = k + 1
        while m <= hi and m < k + 4 and not us[m].is_mention and us[m].low in DETERMINERS:
            m += 1
        if m > hi or not us[m].is_actor:
            continue
        givers = [us[x].eid for x in view.group_right(m, hi=hi)]
        verb = r
        if means:
            # the clause's predicate: the nearest verb-like word before "with", else (a fronted
            # "With help from Y, X seized ...") the first one after the adjunct
            verb = next((j for j in range(r - 1, lo - 1, -1)
                         if not us[j].is_mention and _verbish(us[j].low)), None)
            if verb is None:
                verb = next((j for j in range(m + 1, len(us))
                             if not us[j].is_mention and _verbish(us[j].low)), None)
            if verb is None:
                continue
        if u.low in BUYER_NOUNS:
            # "India is now the largest buyer of arms from Israel": the copula's subject
            verb = next((j for j in range(r - 1, max(lo - 1, r - 7), -1)
                         if us[j].low in COPULAS or us[j].low in BE_FORMS), None)
            if verb is None:
                continue
        subj, receivers = _subject_ids(view, verb, state)
        if not receivers or _negated(view, lex, verb, subj[-1] if subj else -1):
            continue
        span = _span(view, subj, [r, m]) if subj else _span(view, [r, m])
        out += [_Found(g, relation, x, span, u.start) for g in givers for x in receivers if g != x]
    return out


ALONGSIDE_VERBS = frozenset("""deploy deploys deployed deploying fight fights fought fighting
operate operates operated operating work works worked working serve serves served serving patrol
patrols patrolled patrolling train trains trained training battle battles battled battling stand
stands stood standing advance advances advanced advancing march marches marched marching station
stations stationed stationing send sends sent sending""".split())


ALONGSIDE = frozenset({"alongside"})


def _alongside(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Kigali has deployed thousands of troops alongside the M23", "fought for months
    alongside Y": forces side by side are allies (the lexicon's phrases cover the verb right
    before "alongside")."""
    us = view.units
    out: list[_Found] = []
    for a in view.having(ALONGSIDE):
        if a < 2:
            continue
        _, hi = view.clause(a)
        m = _past_premodifiers(us, a + 1, hi)
        if m > hi or not us[m].is_actor or us[m].etype == "Location":
            continue
        verb = None
        for v in range(a - 2, max(0, a - 9) - 1, -1):
            if view.is_hard(v) or us[v].is_actor:
                break
            if not us[v].is_mention and us[v].low in ALONGSIDE_VERBS:
                verb = v
                break
        if verb is None:
            continue
        subj, ids = _subject_ids(view, verb, state)
        if not ids or _negated(view, lex, verb, subj[-1] if subj else -1):
            continue
        allies = [us[x].eid for x in view.group_right(m, hi=hi)]
        span = _span(view, subj, [verb, m]) if subj else _span(view, [verb, m])
        out += [_Found(x, "ALLIED_WITH", y, span, us[verb].start)
                for x in ids for y in allies if x != y]
    return out


THANK_VERBS = frozenset("thank thanks thanked thanking".split())


def _thanks(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """Gratitude names a giver: "X thanked Y for its support", "thanked Y and Z for their
    military aid" (Y SUPPORTS X). What the thanks are for must be a support noun: "thanked Y
    for hosting the talks" or "for its statement" says nothing about support."""
    us = view.units
    out: list[_Found] = []
    for v in view.having(THANK_VERBS):
        u = us[v]
        if v + 1 >= len(us):
            continue
        _, hi = view.clause(v)
        m = v + 1
        while m <= hi and m < v + 4 and not us[m].is_mention and us[m].low in DETERMINERS:
            m += 1
        if m > hi or not us[m].is_actor:
            continue
        givers = view.group_right(m, hi=hi)
        k = givers[-1] + 1
        while k <= hi and k < givers[-1] + 4 and us[k].low != "for":
            k += 1
        if k > hi or us[k].low != "for":
            continue
        k += 1
        relation = None
        while k <= hi and k < givers[-1] + 9 and not us[k].is_mention:
            got = _received_relation(lex, us[k].low)
            if got == "SUPPORTS" or us[k].low in MEANS_NOUNS:
                relation = "SUPPORTS"
                break
            if not (us[k].low in DETERMINERS or us[k].low in POSSESSIVE_PRONOUNS or
                    us[k].low in ("continued", "continuing", "unwavering", "steadfast",
                                  "generous", "military", "financial", "humanitarian")
                    or _is_modifier(us[k].low)):
                break
            k += 1
        if relation is None:
            continue
        subj, receivers = _subject_ids(view, v, state)
        if not receivers or _negated(view, lex, v, subj[-1] if subj else -1):
            continue
        span = _span(view, subj, [v, k]) if subj else _span(view, [v, k])
        out += [_Found(us[g].eid, "SUPPORTS", x, span, u.start)
                for g in givers for x in receivers if us[g].eid != x]
    return out


WELCOME_FORMS = frozenset("welcome welcomes welcomed welcoming".split())
# what may stand between "welcomed" and the guest: "welcomed visiting Prime Minister X"
GUEST_TITLES = frozenset("""visiting the his her their its counterpart prime minister president
foreign defence defense chancellor premier king crown prince emir sheikh secretary general
secretary-general envoy leader""".split())


def _welcomes(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """A guest welcomed is a guest received: "Orbán welcomed Netanyahu with full military
    honours", "welcomed visiting President X to Beijing" (X NEGOTIATES_WITH the host). Only a
    person: "welcomed Iran's decision" or "welcomed the truce" welcomes an act, not a guest."""
    us = view.units
    out: list[_Found] = []
    for v in view.having(WELCOME_FORMS):
        m = v + 1
        while m < len(us) and m < v + 5 and not us[m].is_mention and us[m].low in GUEST_TITLES:
            m += 1
        if m >= len(us) or us[m].etype != "Person" or (
                m + 1 < len(us) and us[m + 1].low in ("'s", "’s")) or (
                v > 0 and us[v - 1].low in ("a", "the", "warm", "warmly")):
            continue        # ("a welcome step by X": the noun)
        out += _subject_claims(view, lex, state, v, "NEGOTIATES_WITH", [m])
    return out


# withdrawing one's own envoy is recalling them: "withdrew its ambassador from Y"
WITHDRAW_ENVOY = ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing")
PROTEST_VERBS = frozenset("""summon summons summoned summoning expel expels expelled expelling
recall recalls recalled recalling""".split()) | frozenset(WITHDRAW_ENVOY)
DIPLOMATS = frozenset("""ambassador ambassadors envoy envoys diplomat diplomats chargé charge
d'affaires attaché attache attachés consul consuls emissary""".split())


def _diplomatic_protests(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """Diplomacy's forms of protest: "X summoned the Somali ambassador", "expelled Russia's
    diplomats", "summoned the envoy of Y", "X recalled its ambassador from Y": X OPPOSES Y."""
    us = view.units
    out: list[_Found] = []
    for v in view.having(PROTEST_VERBS):
        u = us[v]
        _, hi = view.clause(v)
        d = v + 1
        while d <= hi and d <= v + 6 and us[d].low not in DIPLOMATS:
            d += 1
        if d > hi or d > v + 6:
            continue
        between = range(v + 1, d)
        owners = [x for x in range(v + 1, d + 1) if us[x].etype == "Country"]  # "Somali envoy"
        if not owners and d + 2 <= hi and us[d + 1].low in ("of", "from", "to") and \
                us[d + 2].etype == "Country":
            owners = [d + 2]        # "the ambassador of Y", "recalled its envoy from Y"
        if not owners or any(us[x].is_mention and us[x].etype != "Country" for x in between):
            continue
        if (u.low.startswith("recall") or u.low in WITHDRAW_ENVOY) and not any(
                us[x].low in ("its", "their", "his", "her") for x in between):
            continue                # "recalled the ambassador of Y" is Y's own act
        subj, protesters = _subject_ids(view, v, state)
        if not protesters or _negated(view, lex, v, subj[-1] if subj else -1):
            continue
        span = _span(view, subj, [v, d, owners[-1]]) if subj else _span(view, [v, d, owners[-1]])
        out += [_Found(p, "OPPOSES", us[o].eid, span, u.start)
                for p in protesters for o in owners if p != us[o].eid]
    return out


# words that, in what a speaker says about an actor, condemn it ("revanchist forces in X",
# "X has illegally intruded", "an escalation for which X alone is responsible")
CONDEMNING = frozenset("""baseless irresponsible illegal illegally unlawful unlawfully intruded
intrusion intrusions provocation provocations provocative provoking aggression aggressive
aggressor escalation escalatory destabilising destabilizing reckless revanchist revanchism
expansionist expansionism hegemonic hegemony bullying bully bullies fabrication fabricated
fabrications lies lying liar liars propaganda hypocrisy hypocritical cynical so-called
occupier occupiers occupation occupying occupied meddling interference interfering violation
violations breach unacceptable outrageous shameful disgraceful atrocities barbaric barbarism
genocide genocidal blackmail sabotage sabotaging slander smear arrogant arrogance warmongering
warmongers responsible responsibility culpable complicit complicity failures playground
backyard punishment crimes criminal impunity abuses massacre massacres cleansing""".split())
# praise a speaker can deny: "X is not neutral", "is not serious about peace"
DENIED_PRAISE = frozenset("""neutral serious ready sincere honest credible impartial trustworthy
welcome""".split())


def _evaluations(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """What a named speaker says condemns the first actor it names: '"X is not a playground for
    American companies," said Y', 'Y said revanchist forces in X "are not ready for peace"',
    'Y said X was trying to "externalise its failures"': Y OPPOSES X (Y's own speech act)."""
    us = view.units
    out: list[_Found] = []
    for fr in state.frames:
        if fr.kind in ("according", "turn") or not fr.speaker or \
                view.types.get(fr.speaker) not in ACTOR_TYPES:
            continue
        content = [u for u in us if fr.start <= u.start < fr.end]
        if len(content) < 3:
            continue
        cue = None
        for x in content:
            if x.is_mention or (x.low not in CONDEMNING and x.low not in DENIED_PRAISE):
                continue
            before = {y.low for y in us[max(0, x.i - 3):x.i]}
            negated = bool(before & lex.negators)
            if x.low in CONDEMNING and not (negated and x.low not in ("playground", "backyard")):
                cue = x
                break
            if x.low in DENIED_PRAISE and negated:
                cue = x
                break
        if cue is None:
            continue
        own = {fr.speaker, state.affiliation.get(fr.speaker), state.country_of.get(fr.speaker)}
        for x in content:
            if not x.is_actor or x.eid in own or (x.i > 0 and view.attached_hyphen(x.i - 1)) or (
                    x.i + 1 < len(us) and view.attached_hyphen(x.i + 1)):
                continue
            a, b = sorted((x.i, cue.i))
            if b - a > 12 or any(view.is_hard(k) and us[k].low not in QUOTE_MARKS
                                 for k in range(a + 1, b)):
                break       # the condemnation is about something else in the sentence
            hi = max(c.i for c in content)
            for o in view.group_right(x.i, hi=hi):
                if us[o].eid not in own:
                    out.append(_Found(fr.speaker, "OPPOSES", us[o].eid,
                                      _span(view, [x.i, cue.i]), cue.start, "asserted"))
            break
    return out


DEEM_VERBS = frozenset("""consider considers considered considering regard regards regarded
regarding view views viewed viewing deem deems deemed see sees saw brand brands branded label
labels labelled labeled call calls called""".split())
# what X is deemed: "a terrorist organisation", "an enemy", "a threat"; "a partner", "an ally"
DEEMED_HOSTILE = frozenset("""terrorist terrorists enemy enemies threat threats adversary
adversaries foe foes""".split())
DEEMED_FRIENDLY = frozenset("ally allies partner partners friend friends".split())


def _deemed(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Turkey considers the SDF a terrorist organisation", "Kyiv views Minsk as an enemy",
    "Ankara regards Baku as a strategic partner": what the subject deems the object."""
    us = view.units
    out: list[_Found] = []
    for v in view.having(DEEM_VERBS):
        _, hi = view.clause(v)
        k = v + 1 + (1 if v + 1 <= hi and us[v + 1].low == "the" else 0)
        if k > hi or not us[k].is_actor:
            continue
        obj = view.group_right(k, hi=hi)
        j = obj[-1] + 1
        if j <= hi and us[j].low == "as":
            j += 1
        if j > hi or us[j].low not in ("a", "an", "the"):
            continue
        m = j + 1
        while m <= hi and m < j + 4 and not us[m].is_mention and us[m].low not in DEEMED_HOSTILE \
                and us[m].low not in DEEMED_FRIENDLY and _is_modifier(us[m].low):
            m += 1      # "a strategic partner", "a major security threat"
        if m > hi or us[m].is_mention:
            continue
        rel = "OPPOSES" if us[m].low in DEEMED_HOSTILE else \
            "ALLIED_WITH" if us[m].low in DEEMED_FRIENDLY else None
        if rel is None:
            continue
        out += _subject_claims(view, lex, state, v, rel, obj, around=[m] + obj,
                               subject_in_span=True)
    return out


CONTRIBUTE_VERBS = frozenset("""send sends sent sending contribute contributes contributed
contributing pledge pledges pledged pledging commit commits committed committing dispatch
dispatches dispatched dispatching supply supplies supplied supplying provide provides provided
providing offer offers offered offering deploy deploys deployed deploying""".split())
CONTINGENT_NOUNS = frozenset("""troops soldiers police policemen officers contingent contingents
personnel peacekeepers battalion battalions""".split())
CONTRIBUTOR_NOUNS = frozenset("contributor contributors".split())
PLEDGE_NOUNS = frozenset("""pledges contributions contingents troops offers commitments""".split())
MISSION_CUES = re.compile(r"(?i)\b(?:mission|force|peacekeep\w*|contingents?|contributors?)\b")


_MISSION_WORD = re.compile(r"(?i)\b(mission|force)\b")


def _mission_ids(view: View, state: _State, before: int, head: str | None = None) -> list[str]:
    """The multinational mission or force an unnamed contribution goes to: the last actor named
    "... mission" / "... force" in this sentence before ``before``, else in earlier ones; the
    word the passage last used ("the Kenyan-led mission never reached ...; Kenya sent ...")
    picks between a mission and the force that succeeded it."""
    us = view.units
    heads = {"mission", "force"}
    said = [head] if head else _MISSION_WORD.findall(view.text[view.sent.start:us[before].start]) \
        or _MISSION_WORD.findall(state.prev_text)
    if said:
        heads = {said[-1].lower()}
    for j in range(before - 1, -1, -1):
        if us[j].is_actor and us[j].etype in ("Organization", "Group") and \
                state.name_words.get(us[j].eid, frozenset()) & heads:
            return [us[j].eid]
    for eid in reversed(state.named_order):
        if state.name_words.get(eid, frozenset()) & heads:
            return [eid]
    return []


def _contribution_target(view: View, state: _State, c: int, hi: int) -> list[str] | None:
    """What follows a contingent noun at ``c``: "to AUSSOM" / "to the new mission" -> the
    mission; "to Haiti" (a destination) -> None; nothing -> [] (the caller may fall back)."""
    us = view.units
    k = c + 1
    if k > hi or us[k].low not in ("to", "for"):
        return []
    m = k + 1
    while m <= hi and m < k + 4 and not us[m].is_mention and (
            us[m].low in DETERMINERS or us[m].low in NAMED_ADJ or _is_modifier(us[m].low)) and \
            us[m].low not in NAME_HEADS and not _trigger_verb(us[m].low):
        m += 1
    if m > hi or _trigger_verb(us[m].low):
        return None     # (an infinitive: "sent troops to fight the M23" is no contribution to it)
    if us[m].is_actor and us[m].etype in ("Organization", "Group"):
        return [us[x].eid for x in view.group_right(m, hi=hi)]
    if not us[m].is_mention and us[m].low in ("mission", "force"):
        return _mission_ids(view, state, m, us[m].low)
    return None


def _contributions(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """Contributions to a multinational mission: "X, Y and Z sent (smaller) contingents",
    "X has pledged up to 1,100 troops to the new mission", "X and Y, the largest contributors",
    "the force has received pledges from X, Y and Z": each contributor SUPPORTS the mission
    (named after "to", or the mission or force the passage is about)."""
    us = view.units
    out: list[_Found] = []
    cue = None      # a mission named in the passage: looked for at the first contribution word
    for i in view.having(CONTRIBUTE_VERBS, CONTRIBUTOR_NOUNS, RECEIVE_VERBS):
        u = us[i]
        if u.quoted:
            continue
        if cue is None:
            cue = bool(MISSION_CUES.search(view.sent.text) or MISSION_CUES.search(state.prev_text))
        givers: list[str] = []
        target: list[str] | None = []
        if u.low in CONTRIBUTE_VERBS:
            _, hi = view.clause(i)
            c = i + 1
            while c <= hi and c < i + 7 and not us[c].is_mention and us[c].low not in CONTINGENT_NOUNS:
                c += 1
            if c > hi or c >= i + 7 or us[c].is_mention:
                continue
            target = _contribution_target(view, state, c, hi)
            if target is None:
                continue
            if not target and cue:
                target = _mission_ids(view, state, i)
            if not target:
                continue
            subj, givers = _subject_ids(view, i, state)
            if givers and _negated(view, lex, i, subj[-1] if subj else -1):
                continue
        elif u.low in CONTRIBUTOR_NOUNS and u.appos is not None and us[u.appos].is_actor:
            # "Burundi and Uganda, the largest contributors (to AUSSOM)"
            _, hi = view.clause(i)
            target = _contribution_target(view, state, i, hi)
            if target is None:
                continue
            target = target or (_mission_ids(view, state, u.appos) if cue else [])
            givers = [us[x].eid for x in view.anchor_group(u.appos)]
        elif u.low in RECEIVE_VERBS:
            # "the new force has received pledges from Chad, Bangladesh and Sri Lanka"
            _, hi = view.clause(i)
            k = i + 1
            while k <= hi and k < i + 4 and not us[k].is_mention and us[k].low not in PLEDGE_NOUNS:
                k += 1
            if k > hi or k >= i + 4 or us[k].is_mention or k + 2 > hi or us[k + 1].low != "from" \
                    or not us[k + 2].is_actor:
                continue
            _, target = _subject_ids(view, i, state)
            givers = [us[x].eid for x in view.group_right(k + 2, hi=hi)]
        if not givers or not target:
            continue
        out += [_Found(g, "SUPPORTS", t, (view.sent.start, view.sent.end), u.start)
                for g in givers for t in target if g != t]
    return out


NAMING_VERBS = frozenset("""call calls called calling label labels labelled labeled labelling
labeling brand brands branded branding dub dubs dubbed dubbing""".split())
PEJORATIVES = frozenset("""terrorist terrorists criminal criminals hitler nazi nazis murderer
murderers butcher butchers thug thugs bandit bandits traitor traitors mercenaries puppet puppets
invader invaders occupier occupiers aggressor aggressors enemy enemies dictator tyrant tyrants
regime rogue warlord warlords killers extremists fascist fascists genocidaires war-criminal
barbarians pariah warmonger warmongers apostate apostates infidel infidels co-belligerent
co-belligerents belligerent stooge stooges liars gangsters thieves""".split())
# what a speaker calls a policy, a decision or a claim when condemning it: "called Israel's decision
# 'a flagrant violation of international law'", "called the patrols 'deliberate intimidation'"
CONDEMNATIONS = frozenset("""violation violations racket blackmail interference provocation
provocations provocative dangerous reckless irresponsible unacceptable illegal illegitimate
capitulation fabrication fabrications slander lies propaganda intimidation aggression escalation
farce sham baseless absurd outrageous disgraceful shameful crime crimes unlawful piracy
hypocrisy hypocritical destabilising destabilizing occupation""".split())
# "Y's arrest", "Y's killing": Y suffers what the speaker condemns, the speaker does not oppose Y
VICTIM_NOUNS = frozenset("""arrest arrests detention detentions killing killings death deaths murder
assassination jailing imprisonment expulsion ouster removal exclusion disqualification conviction
sentence sentencing treatment kidnapping abduction execution persecution suffering plight
isolation mistreatment torture disappearance eviction deportation bombing shelling""".split())


def _name_calling(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"X has called Kagame 'the new Hitler'", "calling them 'terrorists'", "branded Y a
    terrorist group": an insult is opposition."""
    us = view.units
    out: list[_Found] = []
    n = len(us)
    for i in view.having(NAMING_VERBS):
        u = us[i]
        if u.quoted:
            continue
        k = i + 1
        if k < n and us[k].low in DETERMINERS:
            k += 1
        if k >= n:
            continue
        if us[k].is_actor:
            target = [us[k].eid]
        elif us[k].low in OBJECT_PRONOUNS | {"it"}:
            target = []
            for j in range(i - 1, -1, -1):
                if us[j].is_actor and us[j].etype != "Person" or (
                        us[k].low == "him" and us[j].etype == "Person"):
                    target = [us[j].eid]
                    break
        else:
            continue
        words = [x.low for x in us[k + 1:min(n, k + 8)]]       # "the new Hitler" counts
        if words[:1] in (["'s"], ["’s"]) and any(
                w in VICTIM_NOUNS and words[j + 2:j + 3] != ["of"]
                for j, w in enumerate(words[1:4])):
            continue        # "called Y's arrest illegal": Y is wronged (not "Y's arrest of Z")
        if not any(w in PEJORATIVES or w in CONDEMNATIONS for w in words[:7]):
            continue
        subj, ids = _subject_ids(view, i, state)
        if not ids or not target or _negated(view, lex, i, subj[-1] if subj else -1):
            continue
        out += [_Found(s_, "OPPOSES", t, (u.start, us[min(n - 1, k + 3)].end), u.start, "asserted")
                for s_ in ids for t in target if s_ != t]
    return out


def _direct_object(view: View, i: int) -> list[int]:
    """The actors right after the verb at ``i`` (a determiner may stand between): "gave Assad
    ...", "wants the SDF ...", "put the BLA ..."."""
    us = view.units
    k = i + 1 + (i + 1 < len(us) and us[i + 1].low in DETERMINERS)
    return view.group_right(k) if k < len(us) and us[k].is_actor else []


def _subject_acts(view: View, lex: Lexicon, state: _State, i: int, relation: str,
                  objects: list[int], last: int) -> list[_Found]:
    """The subject of the verb at ``i`` (``relation``) each of ``objects``, unless negated; the
    span runs from the verb to unit ``last``."""
    subj, ids = _subject_ids(view, i, state)
    if not ids or _negated(view, lex, i, subj[-1] if subj else -1):
        return []
    us = view.units
    return [_Found(s_, relation, us[o].eid, _span(view, [i, last]), us[i].start)
            for s_ in ids for o in objects if us[o].eid != s_]


TRADE_NOUNS = frozenset("exports imports trade flights shipments deliveries sales".split())
TRADE_CUT_VERBS = frozenset("""halt halts halted halting suspend suspends suspended suspending
cut cuts cutting freeze freezes froze frozen freezing stop stops stopped stopping end ends ended
ending ban bans banned banning block blocks blocked blocking restrict restricts restricted
restricting curb curbs curbed curbing""".split())


def _trade_cuts(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Russia halted gas exports to Moldova", "stopped flights to Pakistan", "banned Iranian arms
    shipments" (the demonym of a state the article names): cutting trade with an actor opposes
    it."""
    us = view.units
    out: list[_Found] = []
    for v in view.having(TRADE_CUT_VERBS):
        if us[v].quoted:
            continue
        _, hi = view.clause(v)
        partners: list[int] = []
        k = v + 1
        while k <= hi and k <= v + 5 and us[k].low not in TRADE_NOUNS and (
                us[k].kind == "demonym" or (not us[k].is_mention and (
                    us[k].low in DETERMINERS or _is_modifier(us[k].low) or us[k].low.isdigit()))):
            if us[k].kind == "demonym" and us[k].is_actor:
                partners.append(k)      # "Japanese seafood imports"
            k += 1
        if k > hi or k > v + 5 or us[k].low not in TRADE_NOUNS:
            continue
        m = k + 1
        if m <= hi and us[m].low in ("to", "from", "of", "with"):
            m += 1
            while m <= hi and m < k + 6 and not us[m].is_mention and (
                    us[m].low in DETERMINERS or _is_modifier(us[m].low)):
                m += 1
            if m <= hi and us[m].is_actor:
                partners += view.group_right(m, hi=hi)
        if partners:
            out += _subject_acts(view, lex, state, v, "OPPOSES", partners, max(partners + [k]))
    return out


GIFT_VERBS = frozenset("""give gives gave given giving offer offers offered offering hand hands
handed handing grant grants granted granting sell sells sold selling send sends sent sending
lend lends lent lending promise promises promised promising""".split())
# what a giver hands its recipient, besides the lexicon's SUPPORTS nouns and GOODS
GIFTS = frozenset("""asylum refuge sanctuary shelter loans loan credit credits guarantees
visas boats ships vessels submarines""".split()) | RECEIVED_SUPPORT


def _gifts(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Russia gave Assad asylum", "Washington sold Riyadh more weapons", "offered Kyiv a loan":
    a giving verb, the recipient right after it, then what was given (a SUPPORTS noun, arms,
    money, refuge). The giver SUPPORTS the recipient. ("gave Y 48 hours to leave", "handed Y a
    defeat" give nothing.)"""
    us = view.units
    out: list[_Found] = []
    n = len(us)
    for i in view.having(GIFT_VERBS):
        u = us[i]
        if u.quoted:
            continue
        recipients = [r for r in _direct_object(view, i) if us[r].etype != "Location"]
        if not recipients:
            continue
        m = recipients[-1] + 1
        if m < n and us[m].low in ("'s", "’s"):
            continue            # "sold Saudi Arabia's ...": the possessor is no recipient
        end = min(n, m + 5)
        while m < end and not us[m].is_mention and (
                us[m].low in DETERMINERS or us[m].low in QUANT or _is_modifier(us[m].low)) and \
                us[m].low not in GIFTS and \
                not _noun_present(lex, us, m, "SUPPORTS"):
            m += 1
        if m >= end or us[m].is_mention or not (
                us[m].low in GIFTS or _noun_present(lex, us, m, "SUPPORTS")):
            continue
        out += _subject_acts(view, lex, state, i, "SUPPORTS", recipients, m)
    return out


WANT_VERBS = frozenset("want wants wanted wanting".split())
# what one actor wants done to another: "X wants Y weakened", "wants the SDF dissolved"
UNDONE = frozenset("""weakened gone out removed dissolved disarmed destroyed ousted toppled punished
defeated isolated expelled banned crushed eliminated dismantled sidelined jailed arrested
extradited prosecuted tried contained humiliated overthrown""".split())
# (verbs, what follows their object, the relation of the subject to the object); "kept X
# afloat" itself is read with the other verbs whose meaning follows their object
# (_split_phrasals)
OBJECT_COMPLEMENTS = ((WANT_VERBS, frozenset((w,) for w in UNDONE), "OPPOSES"),
                      (WANT_VERBS, frozenset(KEPT_UP), "SUPPORTS"))


def _object_complements(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Isaias wants Abiy weakened", "Ankara wants the SDF dissolved": wishing an actor weakened,
    removed or punished is opposition; "poured money into Syria to keep Assad in power", "kept
    the separatist regime afloat": keeping an actor up is support."""
    us = view.units
    out: list[_Found] = []
    n = len(us)
    for i in view.having(WANT_VERBS, KEEP_VERBS):
        u = us[i]
        if u.quoted:
            continue
        targets = _direct_object(view, i)
        if not targets:
            continue
        m = targets[-1] + 1
        m += m < n and us[m].low in ADVERB_OK
        after = tuple(x.low for x in us[m:m + 2])
        relation = next((rel for verbs, complements, rel in OBJECT_COMPLEMENTS if u.low in verbs
                         and (after[:1] in complements or after in complements)), None)
        if relation is not None:
            out += _subject_acts(view, lex, state, i, relation, targets, m)
    return out


def _fronted_participles(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Armed and trained by Iran, Kataib Hezbollah has launched ...", "Funded by Qatar, the
    Houthis ...": participles opening the sentence, their agent after "by", and the actor
    after the comma that they describe."""
    us = view.units
    n = len(us)
    verbs: list[tuple[int, str]] = []
    k = 0
    while k < n and k < 8 and not us[k].is_mention:
        rels = {t.relation for t in lex.triggers.get(us[k].low, ()) if t.kind == "verb"
                and t.form == "past" and not t.rest and t.relation in MAIN_RELATIONS}
        if len(rels) == 1:
            verbs.append((k, rels.pop()))
        elif us[k].low not in ("and", ","):
            break
        k += 1
    if not verbs or k + 1 >= n or us[k].low != "by" or not us[k + 1].is_actor:
        return []
    agents = view.group_right(k + 1)
    m = agents[-1] + 1
    m += m + 2 < n and us[m].low == "," and us[m + 1].low == "the"
    if m + 1 >= n or us[m].low not in (",", "the") or not us[m + 1].is_actor:
        return []
    subjects = view.group_right(m + 1)
    if _negated(view, lex, verbs[0][0], -1):
        return []
    return [_Found(us[a].eid, rel, us[s_].eid, _span(view, [v, s_]), us[v].start)
            for v, rel in verbs for a in agents for s_ in subjects if us[a].eid != us[s_].eid]


PUT_ON_VERBS = frozenset("put puts putting placed places placing add adds added adding".split())
BLACKLIST_WORDS = frozenset("""terror terrorist terrorism sanctions sanction blacklist watch
entity""".split())


def _blacklisted(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Washington put the BLA on its terror list", "added the Houthis to its list of terrorist
    organisations", "placed X on a sanctions list": listing an actor as a terrorist or a
    sanctions target is opposition."""
    us = view.units
    out: list[_Found] = []
    n = len(us)
    for i in view.having(PUT_ON_VERBS):
        u = us[i]
        if u.quoted:
            continue
        targets = _direct_object(view, i)
        m = targets[-1] + 1 if targets else n
        if m >= n or us[m].low not in ("on", "to", "onto"):
            continue
        words = [x.low for x in us[m + 1:min(n, m + 8)] if not x.is_mention]
        at = next((j for j, w in enumerate(words[:5]) if w in ("list", "lists", "blacklist")), None)
        if at is not None and any(w in BLACKLIST_WORDS for w in words[:at + 4]):
            out += _subject_acts(view, lex, state, i, "OPPOSES", targets, m)
    return out


FIRE_VERBS = frozenset("""fire fires fired firing launch launches launched launching lob lobs
lobbed lobbing hurl hurls hurled hurling use uses used using detonate detonates detonated
detonating""".split())
PROJECTILES = frozenset("""missile missiles rocket rockets drone drones shell shells mortar mortars
bomb bombs munitions projectiles grenades artillery torpedoes salvo salvos barrage cannon cannons
explosives lasers laser gas""".split())


def _projectiles(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"X fired hundreds of missiles and drones at ships in the Red Sea", "launched rockets at
    Y": the target named is attacked; a target that is no actor places the attacker there."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(FIRE_VERBS):
        u = us[i]
        _, hi = view.clause(i)
        k = i + 1
        seen = False
        while k <= hi and k < i + 10 and not us[k].is_mention and us[k].low not in (
                "at", "on", "toward", "towards", "into", "against"):
            seen |= us[k].low in PROJECTILES
            k += 1
        if not seen or k > hi or us[k].is_mention:
            continue
        subj, ids = _subject_ids(view, i, state)
        if not ids or _negated(view, lex, i, subj[-1] if subj else -1):
            continue
        target = view.object(k, window=5) or [
            # "detonated a car bomb at the gate of the Lido Hotel": a place hit
            p for p in view.object(k, window=5, places=True) if us[p].etype == "Location"]
        if target:
            out += [_Found(s_, "ATTACKS", us[o].eid, _span(view, [i, o]), u.start)
                    for s_ in ids for o in target if us[o].eid != s_]
            continue
        if k + 1 <= hi and us[k + 1].low in POSSESSIVE_PRONOUNS:
            continue        # "at its positions near Z": the other side's ground
        for p in _located(view, k):
            out += [_Found(s_, "OPERATES_IN", us[p].eid, _span(view, [i, p]), u.start)
                    for s_ in ids if us[p].eid != s_]
    return out


CAPTURE_VERBS = frozenset("""seize seizes seized seizing capture captures captured capturing
take takes took taken taking retake retakes retook retaken retaking recapture recaptures
recaptured recapturing wrest wrests wrested wresting reclaim reclaims reclaimed reclaiming
grab grabs grabbed snatch snatched""".split())


def _taken_from(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"seized Aleppo from Assad's forces", "Sudan army retakes Wad Madani from RSF": ground
    is taken from an enemy by force, so the taker attacks the side it was taken from."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(CAPTURE_VERBS):
        _, hi = view.clause(i)
        k = i + 1
        while k <= hi and k < i + 8 and us[k].low != "from" and (
                us[k].is_place or not us[k].is_mention) and us[k].low not in (",", "and", "to"):
            k += 1
        if k >= hi or us[k].low != "from" or k == i + 1:
            continue
        if not any(us[x].is_place or us[x].low in TERRAIN_NOUNS for x in range(i + 1, k)):
            continue        # "took aid from X", "seized weapons from X": no ground taken
        m = k + 1
        while m <= hi and m < k + 4 and not us[m].is_mention and (
                us[m].low in DETERMINERS or _is_modifier(us[m].low)):
            m += 1
        if m <= hi and us[m].is_actor:
            out += _subject_claims(view, lex, state, i, "ATTACKS", view.group_right(m, hi=hi))
    return out


def _verb_set(*entries: str) -> frozenset[str]:
    """Every form of each verb entry ("file", "bring|brought|brought"), inflected as the lexicon's."""
    return frozenset(form for entry in entries for form in verb_forms(entry))


# verb ... noun prep Y: an act done to Y through a thing ("brought a genocide case against Y",
# "issued an arrest warrant for Y", "froze the assets of Y", "extended a credit line to Y")
ACTION_FRAMES = (
    (_verb_set("bring|brought|brought", "file", "lodge", "press", "launch"),
     frozenset("case cases complaint complaints lawsuit lawsuits suit charges proceedings".split()),
     frozenset({"against"}), "OPPOSES"),
    (_verb_set("issue", "seek|sought|sought"),
     frozenset({"warrant", "warrants"}), frozenset({"for", "against"}), "OPPOSES"),
    (_verb_set("freeze|froze|frozen", "seize", "confiscate"),
     frozenset("assets accounts funds holdings reserves property properties".split()),
     frozenset({"of"}), "OPPOSES"),
    (_verb_set("extend", "throw|threw|thrown", "offer", "grant"),
     frozenset({"lifeline", "credit", "bailout"}), frozenset({"to"}), "SUPPORTS"),
)

FRAME_VERBS = frozenset().union(*(frame[0] for frame in ACTION_FRAMES))


def _action_frames(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"South Africa brought a genocide case against Israel", "the ICC issued an arrest warrant
    for Putin", "the EU froze Lukashenko's assets", "India extended a $1bn credit line to Sri
    Lanka": a verb acting on its target through a noun (ACTION_FRAMES)."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(FRAME_VERBS):
        u = us[i]
        for verbs, nouns, preps, rel in ACTION_FRAMES:
            if u.low not in verbs:
                continue
            _, hi = view.clause(i)
            k, owner = i + 1, None
            while k <= hi and k < i + 8 and us[k].low not in nouns and us[k].low not in (",", "and") and (
                    us[k].low in DETERMINERS or _is_modifier(us[k].low) or not us[k].low.isalpha()
                    or us[k].is_actor and k + 1 <= hi and us[k + 1].low in ("'s", "’s")):
                if us[k].is_mention:
                    if owner is not None or not us[k].is_actor:
                        break
                    owner = k       # "froze Lukashenko's assets"
                k += 1
            if k > hi or us[k].low not in nouns or us[k].is_mention:
                continue
            m = k + 1 + (1 if k + 1 <= hi and us[k + 1].low in ("line", "lines") else 0)
            if owner is not None:
                objs = [owner]
            elif m <= hi and us[m].low in preps:
                objs = view.object(m, window=5)
            else:
                objs = []
            if objs:
                out += _subject_claims(view, lex, state, i, rel, objs)
    return out


EXCHANGE_VERBS = _verb_set("exchange", "trade")
# what two sides exchange, and the relation each then holds to the other
EXCHANGED = {**dict.fromkeys("""strikes fire blows shelling attacks missiles rockets salvos
barrages gunfire artillery""".split(), "ATTACKS"),
             **dict.fromkeys("threats warnings ultimatums".split(), "THREATENS"),
             **dict.fromkeys("""accusations barbs insults recriminations blame charges
criticism sanctions expulsions""".split(), "OPPOSES")}


def _exchanges(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Israel and Iran exchanged missile and air strikes", "the two countries have since traded
    threats", "X traded accusations with Y": each side does it to the other."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(EXCHANGE_VERBS):
        u = us[i]
        _, hi = view.clause(i)
        k = i + 1
        while k <= hi and k < i + 6 and us[k].low not in EXCHANGED and not us[k].is_mention and (
                us[k].low in DETERMINERS or us[k].low in ("and", "-", ",") or _is_modifier(us[k].low)):
            k += 1
        rel = EXCHANGED.get(us[k].low) if k <= hi and not us[k].is_mention else None
        if rel is None or (us[k].low == "fire" and k == i + 1):
            continue    # ("exchanged fire" is the lexicon's own phrase)
        subj = view.subject(i)
        ids = _subject_set(view, i, state, subj)
        if len(ids) == 1 and k + 1 <= hi and us[k + 1].low == "with":
            # "Hamas traded accusations with Fatah"
            ids = list(dict.fromkeys(ids + [us[x].eid for x in view.object(k + 1, window=4)
                                            if us[x].is_actor]))
        if len(ids) < 2 or _negated(view, lex, i, subj[-1] if subj else -1):
            continue
        span = (min(us[i].start, *(us[x].start for x in subj)) if subj else us[i].start, us[k].end)
        out += _set_pairs(ids, rel, span, u.start, "hypothetical" if view.directed(i) else None)
    return out


JOINTLY = (("side", "by", "side"), ("shoulder", "to", "shoulder"), ("together",), ("jointly",),
           ("alongside", "each", "other"), ("alongside", "one", "another"))


def _side_by_side(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Ethiopia and Eritrea fought side by side against the TPLF": the fighters are allies,
    and each attacks the one they fight against."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(FIGHT_FORMS):
        u = us[i]
        _, hi = view.clause(i)
        words = tuple(x.low for x in us[i + 1:i + 4])
        how = next((w for w in JOINTLY if words[:len(w)] == w), None)
        if how is None:
            continue
        subj = view.subject(i)
        ids = _subject_set(view, i, state, subj)
        if len(ids) < 2 or _negated(view, lex, i, subj[-1] if subj else -1):
            continue
        k = i + 1 + len(how)
        foes = view.object(k, window=4) if k <= hi and us[k].low == "against" else []
        span = (min([us[i].start] + [us[x].start for x in subj]), us[min(hi, k + 3)].end)
        certainty = "hypothetical" if view.directed(i) else None
        out += _set_pairs(ids, "ALLIED_WITH", span, u.start, certainty)
        out += [_Found(a, "ATTACKS", us[f].eid, span, u.start, certainty)
                for a in ids for f in foes if us[f].is_actor and us[f].eid not in ids]
    return out


FELL_FORMS = frozenset("fall falls fell fallen falling".split())
FELL_SKIP = frozenset("""has have had which that quickly swiftly finally eventually soon later
then also already itself briefly""".split())


def _fell_to(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"El Fasher fell to the RSF", "Bukavu, which fell to the M23 in February", "Mosul fell into
    the hands of the Islamic State": the taker attacked the place and holds it."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(FELL_FORMS):
        u = us[i]
        if i + 2 >= len(us):
            continue
        _, hi = view.clause(i)
        k = i + 1
        if [x.low for x in us[k:k + 4]] == ["into", "the", "hands", "of"]:
            k += 4
        elif us[k].low == "to":
            k += 1
        else:
            continue
        takers = [x for x in view.actors_at(k, hi) if us[x].etype != "Location"]
        p = i - 1
        while p >= 0 and not us[p].is_mention and us[p].low in FELL_SKIP | AUX:
            p -= 1
        if p >= 1 and us[p].low == "," and us[p + 1].low in ("which", "that"):
            p -= 1                                  # "Bukavu, which fell to ..."
        if not takers or p < 0 or not (us[p].is_place and us[p].kind != "metonym") or \
                _negated(view, lex, i, p):
            continue
        places = [x for x in view.group_left(p) if us[x].is_place] if us[p].is_actor else [p]
        span = _span(view, [p, i, takers[-1]])
        out += [_Found(us[t].eid, r, us[x].eid, span, u.start)
                for t in takers for x in places for r in ("ATTACKS", "OPERATES_IN")
                if us[t].eid != us[x].eid]
    return out


CLOSE_VERBS = frozenset("""close closes closed closing shut shuts shutting seal seals sealed
sealing""".split())
FRONTIER_NOUNS = frozenset("""border borders frontier frontiers airspace crossings
crossing""".split())
DEFEND_FORMS = frozenset("defend defends defended defending".split())
REFLEXIVES = frozenset("itself themselves himself herself ourselves".split())


def _closures(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Poland closed its border with Belarus", "has kept its border with Russia closed",
    "shut its airspace to Russian aircraft": closing a frontier to a state opposes it."""
    us = view.units
    out: list[_Found] = []
    for b in view.having(FRONTIER_NOUNS):
        if b + 2 >= len(us) or us[b + 1].low not in ("with", "to"):
            continue
        lo, hi = view.clause(b)
        k = b - 1
        while k > lo and not us[k].is_mention and (us[k].low in DETERMINERS or _is_modifier(
                us[k].low)) and us[k].low not in CLOSE_VERBS and us[k].low != "kept":
            k -= 1
        closed = us[k].low in CLOSE_VERBS or (us[k].low == "kept" and any(
            x.low in CLOSE_VERBS for x in us[b + 2:b + 6]))   # "kept its border with X closed"
        if not closed or us[k].is_mention:
            continue
        other = view.actors_at(b + 2, hi) or (
            [b + 2] if us[b + 2].kind == "demonym" and us[b + 2].etype == "Country" else [])
        subj = view.subject(k)
        if not other or not subj or _negated(view, lex, k, subj[-1]):
            continue
        out += _pairs(view, subj, other, "OPPOSES", k)
    return out


def _defended_against(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"The Ukrainians are defending themselves against Russian missiles", "Armenia defended
    itself against Azerbaijani attacks": the one defended against attacks the defender."""
    us = view.units
    out: list[_Found] = []
    for d in view.having(DEFEND_FORMS):
        _, hi = view.clause(d)
        j = d + 1 + (d + 1 <= hi and us[d + 1].low in REFLEXIVES)
        if j > hi or us[j].low != "against":
            continue
        k = j + 1
        while k <= hi and k < j + 4 and not us[k].is_mention and (
                us[k].low in DETERMINERS or _is_modifier(us[k].low)):
            k += 1
        if k > hi or not us[k].is_actor:
            continue
        subj = view.subject(d)
        if not subj or _negated(view, lex, d, subj[-1]):
            continue
        out += _pairs(view, view.group_right(k, hi=hi), subj, "ATTACKS", d)
    return out


def _subject_set(view: View, i: int, state: _State, subj: list[int]) -> list[str]:
    """The distinct actors of the subject ``subj`` of the predicate at ``i``, else those of a
    set anaphor there ("the two countries have since traded threats")."""
    ids = list(dict.fromkeys(view.units[x].eid for x in subj if view.units[x].is_actor))
    if not ids:
        got = _set_anaphor_subject(view, i, state)
        ids = got[1] if got is not None else []
    return ids


def _set_pairs(ids: list[str], rel: str, span: tuple[int, int], trigger: int,
               certainty: str | None = None) -> list[_Found]:
    """``rel`` within a set of actors that do it to each other: every ordered pair, or each
    pair once (in the set's order) for a symmetric relation."""
    return [_Found(a, rel, b, span, trigger, certainty) for n, a in enumerate(ids)
            for m, b in enumerate(ids) if n != m and (n < m or rel not in SYMMETRIC_RELATIONS)]


PLACE_VERBS = _verb_set("place", "put|put|put")
# "placed X under house arrest", "put X on trial", "placed X under sanctions"
PLACED_UNDER = frozenset("arrest trial sanctions blacklist watchlist".split())
LISTING_VERBS = _verb_set("list", "classify", "declare", "deem")
# what X is named as, that makes the naming an opposition: "listed X as a terrorist group"
HOSTILE_LABELS = frozenset("""terrorist terrorists terror extremist extremists persona enemy
enemies""".split())


def _named_as(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Turkey lists the PKK as a terrorist organisation", "the PKK, which Ankara lists as a
    terrorist organisation", "declared X persona non grata", "placed X under house arrest",
    "put X on trial": naming or treating an actor as an enemy or suspect opposes it."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(LISTING_VERBS, PLACE_VERBS):
        u = us[i]
        _, hi = view.clause(i)
        objs = view.object(i, window=6)
        if objs and any(us[x].low.endswith(("ing", "ed")) or us[x].low in lex.triggers
                        for x in range(i + 1, objs[0])):
            continue        # "listing groups targeting India as terrorists": not India
        after = objs[-1] + 1 if objs else i + 1
        if not objs:
            anchor = view.gap_anchor(i)
            objs = [anchor] if anchor is not None else []
        if not objs or us[objs[-1]].etype not in ("Person", "Group", "Organization", "Country"):
            continue
        if u.low in LISTING_VERBS:
            k = after + (1 if after <= hi and us[after].low == "as" else 0)
            words = {us[x].low for x in range(k, min(hi, k + 3) + 1) if not us[x].is_mention}
            hit = bool(words & HOSTILE_LABELS) and (
                after <= hi and us[after].low == "as" or "persona" in words)
        else:
            k = after
            hit = k + 1 <= hi and us[k].low in ("under", "on") and any(
                us[x].low in PLACED_UNDER for x in range(k + 1, min(hi, k + 3) + 1))
        if hit:
            out += _subject_claims(view, lex, state, i, "OPPOSES", objs)
    return out


RECEIVE_FORMS = frozenset("receive receives received receiving".split())


def _received(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"Traoré was received at the Kremlin by Putin", "Ruto received Dagalo in Nairobi": a
    leader or state receiving a visitor is diplomatic engagement. Goods received ("received
    drones from Iran") are left to the support rules: only a person or a state named right
    after the verb, or after "by", is a host."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(RECEIVE_FORMS):
        lo, hi = view.clause(i)
        passive = i > lo and (us[i - 1].low in BE_FORMS or (
            i - 1 > lo and us[i - 1].low.endswith("ly") and us[i - 2].low in BE_FORMS))
        host: list[int] = []
        if passive:
            k = i + 1
            while k <= hi and k < i + 8 and us[k].low != "by" and (
                    not us[k].is_mention or us[k].is_place):
                k += 1
            if k < hi and us[k].low == "by":
                host = _agent_after_by(view, k, window=3)
        else:
            k = i + 1 + (i + 1 <= hi and us[i + 1].low in DETERMINERS)
            if k <= hi and us[k].is_actor and us[k].kind != "demonym" and \
                    us[k].etype in ("Person", "Country") and \
                    not (k + 1 <= hi and us[k + 1].low in ("'s", "’s")):
                host = [k]
        if host:
            out += _subject_claims(view, lex, state, i, "NEGOTIATES_WITH", host)
    return out


FIRE_NOUNS = frozenset({"fire", "gunfire"})


def _under_fire(view: View, lex: Lexicon) -> list[_Found]:
    """"Kenyan police came under fire from the Viv Ansanm coalition": "fire" is no trigger of
    its own (a fire breaks out), but under fire from X it is an attack like "under attack"."""
    out: list[_Found] = []
    for i in view.having(FIRE_NOUNS):
        if i > 0:
            lo, hi = view.clause(i)
            out += _under_attack(view, lex, i, i, lo, hi) or []
    return out


TERRAIN_NOUNS = frozenset("""town towns city cities village villages territory territories
area areas region regions base bases airport airbase district districts province capital
ground positions position hill hills ridge crossing crossings border port oilfield oilfields
mine mines valley""".split())


def _reverse_claims(view: View, lex: Lexicon, h: _Hit, state: _State,
                    objects_of: dict[int, list[int]]) -> list[_Found]:
    """"X relies/leans on Y", "X's (deepening) reliance on Y": Y supports X."""
    us = view.units
    t = h.trigger
    if t.kind == "reverse_verb":
        plain = _Hit(Trigger(t.relation, "verb", t.lemma, t.form, t.rest), h.first, h.last)
        return [_Found(f.object, f.relation, f.subject, f.span, f.trigger, f.certainty)
                for f in _verb_claims(view, lex, plain, state, objects_of)
                if f.relation == t.relation]
    j = h.last + 1
    if j >= len(us) or us[j].low not in ("on", "upon"):
        return []
    obj = view.object(j, window=6)
    if not obj:
        return []
    lo, _ = view.clause(h.first)
    pre = [u.low for u in us[max(lo, h.first - 3):h.first]]
    if any(w in ("no", "without", "not", "never", "less", "reduce", "reduced", "reducing", "end",
                 "ending", "ended") for w in pre):
        return []
    agent = _noun_agent(view, h.first, state)
    light = _light_verb_before(view, h.first, lo)
    if not agent and light is not None:
        agent = view.subject(light)
    if not agent and h.first > lo and us[h.first - 1].low in ("its", "their"):
        agent = view.subject(h.first - 1)
    if not agent:
        return []
    return [f for f in _pairs(view, obj, agent, t.relation, h.first)]


PLACE_PREPS = frozenset("in into inside within across from to near around through throughout "
                        "at toward towards".split())
WARN_VERBS = frozenset("warn warns warned warning caution cautions cautioned".split())
WARN_NOUNS = frozenset("warning warnings".split())
WARNING_LIGHT_VERBS = frozenset("""issue issues issued issuing give gives gave given giving send
sends sent sending deliver delivers delivered delivering""".split())
_CONSEQUENCE = re.compile(r"\b(?:pay (?:dearly|a (?:heavy|high|steep) price|the price)|"
                          r"consequences|regret it|"
                          r"(?:will|would) ['‘“\"]?(?:respond|retaliate|be met with)|(?:decisive|crushing|"
                          r"forceful|harsh|firm|severe|resolute|swift|strong)['’\"”]? response)\b",
                          re.I)


def _warnings(view: View, lex: Lexicon, state: _State) -> list[_Found]:
    """"X warned that [Y] is expanding ...", "X's warning that a Y return would ...": a warning
    about an actor is a hostile stance toward it (X OPPOSES Y)."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(WARN_NOUNS, WARN_VERBS):
        u = us[i]
        if u.quoted:
            continue
        speaker: list[int] = []
        if u.low in WARN_NOUNS and i >= 2 and us[i - 1].low in ("'s", "’s") and us[i - 2].is_actor:
            speaker = [i - 2]
        elif u.low in WARN_NOUNS and i + 1 < len(us) and us[i + 1].low == "to":
            # "issued a (stern) warning to Beijing": the one who issued it
            light = next((x for x in range(i - 1, max(-1, i - 4), -1)
                          if us[x].low in WARNING_LIGHT_VERBS), None)
            speaker = view.subject(light) if light is not None else []
        elif u.low in WARN_VERBS and not (i > 0 and us[i - 1].low in DETERMINERS):
            k = i - 1
            while k >= 0 and (us[k].low in AUX or us[k].low in ADVERB_OK or us[k].low.endswith("ly")):
                k -= 1
            speaker = [k] if k >= 0 and view.subject_like(k) else view.subject(i)
            if not speaker and i > 0 and us[i - 1].low == "and":
                # 'X boasted that "..." and warned that ...': the sentence's subject
                speaker = next((view.group_left(x) for x in range(i) if us[x].is_actor and
                                us[x].appos is None and not us[x].quoted and view.subject_like(x)), [])
        speakers = [(x, us[x].eid) for x in speaker]
        if not speakers and u.low in WARN_VERBS and not (i + 1 < len(us) and us[i + 1].low == ","):
            # "He warned Israel that ..." (not a parenthetical "..., she warned, ...")
            got = _anaphor_subject_id(view, i, state)
            speakers = [got] if got is not None else []
        if not speakers:
            continue
        j = i + 1
        if j < len(us) and us[j].low in ("of", "about", "against"):
            continue    # "warned of war": no actor stance; handled as a threat elsewhere
        found_any: list[int] = []
        while j < len(us) and j < i + 22:
            w = us[j]
            if w.is_mention:
                if w.is_actor and w.eid not in {sid for _, sid in speakers} and not (
                        j + 1 < len(us) and view.attached_hyphen(j + 1) and w.etype != "Country") \
                        and not (w.etype == "Country" and w.kind != "demonym"
                                 and us[j - 1].low in PLACE_PREPS and not (
                                     j == i + 2 and u.low in WARN_NOUNS)):
                    found_any.append(j)     # ("refugees into Bangladesh" is a place; "a
                    #                         warning to Beijing" is Beijing's)
            elif found_any and _verbish(w.low) and w.low not in ("based",):
                break
            elif w.low in (".", ";"):
                break
            j += 1
        # "warned Guyana that it would pay dearly": a consequence promised is a threat
        promised = _CONSEQUENCE.search(view.text, us[i].end, view.sent.end) is not None
        for s_, sid in speakers:
            own = {sid, state.affiliation.get(sid), state.country_of.get(sid)}
            for o in found_any:
                if us[o].eid not in own:     # "X warned that Turkey, X's own state, will ..."
                    # "warned of an open war with Afghanistan": violence aimed at it is a threat
                    threat = promised or any(t.relation == "ATTACKS" for x in us[max(i + 1, o - 3):o]
                                             for t in lex.triggers.get(x.low, ()))
                    out.append(_Found(sid, "THREATENS" if threat else "OPPOSES", us[o].eid,
                                      _span(view, [s_, i, o]), u.start, "asserted"))
    return out


def _has_noun_reading(lex: Lexicon, low: str) -> bool:
    return any(t.kind == "noun" for t in lex.triggers.get(low, ()))


def _noun_present(lex: Lexicon, us: list[Unit], k: int, relation: str) -> bool:
    """Does a noun trigger of ``relation`` start at unit ``k``, all its words present? ("defence"
    alone is no "defence pact", "air" no "air strike")"""
    return any(t.kind == "noun" and t.relation == relation and
               tuple(u.low for u in us[k + 1:k + 1 + len(t.rest)]) == t.rest
               for t in lex.triggers.get(us[k].low, ()))


def _span(view: View, *unit_groups: Iterable[int]) -> tuple[int, int]:
    idx = [i for g in unit_groups for i in g]
    return view.units[min(idx)].start, view.units[max(idx)].end


def _pairs(view: View, subj: list[int], obj: list[int], relation: str, trig: int,
           certainty: str | None = None, both: bool = False) -> list[_Found]:
    us = view.units
    out = []
    for s in subj:
        if _demonym_place(view, s):
            continue
        for o in obj:
            if us[s].eid == us[o].eid:
                continue
            if relation not in ("ATTACKS", "THREATENS") and _demonym_place(view, o):
                continue    # "visited Sudanese villages": places are only struck or threatened
            span = _span(view, [s, o, trig])
            out.append(_Found(us[s].eid, relation, us[o].eid, span, us[trig].start, certainty))
            if both and relation not in SYMMETRIC_RELATIONS:
                out.append(_Found(us[o].eid, relation, us[s].eid, span, us[trig].start, certainty))
    return out


DEMONYM_PLACES = frozenset("""cities towns villages communities settlements territory soil
airspace outposts""".split())


def _demonym_place(view: View, k: int) -> bool:
    """"Lebanese villages", "Israeli communities": the state as the place that is hit."""
    us = view.units
    return us[k].kind == "demonym" and us[k].low in DEMONYM_PLACES


CONDEMN = frozenset("condemn denounce deplore".split())


def _victim_of_attack_noun(view: View, te: int, o: int) -> bool:
    """Is the object at ``o`` reached through an attack noun ("condemned attacks on X",
    "backed strikes against X"), so that it is the one attacked, not the verb's object?"""
    us = view.units
    k = o - 1
    while k > te and (us[k].low in DETERMINERS or _is_modifier(us[k].low)) and \
            us[k].low not in ("on", "against", "targeting"):
        k -= 1
    if k <= te + 1 or us[k].low not in ("on", "against", "targeting"):
        return False
    return any(not us[x].is_mention and _noun_present(LEX(), us, x, "ATTACKS")
               for x in range(te + 1, k))


def _among(view: View, group: list[int], relation: str, trig: int,
           certainty: str | None = None, both: bool = False) -> list[_Found]:
    """``relation`` between every two members of ``group`` ("Japan, South Korea and the US held
    a trilateral exercise": each with each), not only between the first and the others."""
    return [f for i, a in enumerate(group)
            for f in _pairs(view, [a], group[i + 1:], relation, trig, certainty, both)]


def _pairs_ids(view: View, subj: list[str], obj: list[str], relation: str, trig: int,
               certainty: str | None = None, both: bool = False) -> list[_Found]:
    u = view.units[trig]
    out = [_Found(s, relation, o, (u.start, u.end), u.start, certainty)
           for s in subj for o in obj if s != o]
    if both and relation not in SYMMETRIC_RELATIONS:
        out += [_Found(o, relation, s, (u.start, u.end), u.start, certainty)
                for s in subj for o in obj if s != o]
    return out


def _event_perpetrator(view: View, lex: Lexicon, te: int, state: "_State") -> list[str]:
    """"condemned the bombing": the perpetrator of the attack last reported (2 sentences)."""
    us = view.units
    k = te + 1
    while k < len(us) and k < te + 9 and not us[k].is_mention and (
            us[k].low in DETERMINERS or _is_modifier(us[k].low) or us[k].low in QUOTE_MARKS or
            us[k].low in ("what", "he", "she", "they", "it", "as")):
        # "condemned the attack", "condemned what he called a \"cowardly massacre\""
        if _noun_present(lex, us, k, "ATTACKS"):
            # the attack the article is about: whoever claimed responsibility for it, else the
            # attacker of the last two sentences
            definite = any(us[x].low in ("the", "this", "that", "a") for x in range(te + 1, k))
            if state.claimant and definite:
                return [state.claimant]
            if state.last_attacker and state.sentence - state.last_attack_sentence <= 2:
                return [state.last_attacker]
            return []
        k += 1
    return []


def _anaphor_participants(view: View, lex: Lexicon, ti: int, state: "_State") -> list[str]:
    """"This cooperation, ..., is being financed by X": the parties of the cooperation the
    article just reported (this/that/such + a noun of the same relation)."""
    us = view.units
    lo, _ = view.clause(ti)
    for k in range(max(0, lo - 1), ti):
        if us[k].low in ("this", "that", "such", "these", "those") and k + 1 < ti:
            for t in lex.triggers.get(us[k + 1].low, ()):
                if t.kind != "noun":
                    continue
                for c in reversed(state.claims):
                    if c.start < state.recent_start:
                        break
                    if c.relation == t.relation:
                        return [c.subject, c.object]
    return []


def _parenthetical_members(view: View, subj: list[int], ti: int) -> list[int]:
    """"Many in the Taliban's leadership, particularly within the Haqqani Network, fought": the
    actors named in a ", particularly/especially/notably ... ," aside share the subject."""
    us = view.units
    extra: list[int] = []
    k = subj[-1] + 1
    while k < ti:
        if us[k].low == "," and k + 1 < ti and us[k + 1].low in (
                "particularly", "especially", "notably", "including", "mainly", "chiefly"):
            m = k + 2
            while m < ti and us[m].low != ",":
                if us[m].is_actor:
                    extra.append(m)
                m += 1
            k = m
        k += 1
    return extra


def _agent_of_attack_in(view: View, lex: Lexicon, start: int) -> list[int]:
    """"was killed in an Israeli strike", "died in a U.S. drone strike": the striker."""
    us = view.units
    _, hi = view.clause(start)
    j = start
    while j <= min(hi, start + 3) and (us[j].low in ADVERB_OK or us[j].low.endswith("ly")):
        j += 1
    if j > hi or us[j].low not in ("in", "during", "by"):
        return []
    k = _past_premodifiers(us, j + 1, hi)
    if k > hi or not us[k].is_actor:
        return []
    if us[k].kind == "demonym" and _noun_present(lex, us, k, "ATTACKS"):
        return [k]          # the demonym phrase names the act: "Israeli strike"
    m = k + 1
    while m <= hi and m < k + 4 and not us[m].is_mention:
        if _noun_present(lex, us, m, "ATTACKS"):
            return view.group_left(k)
        if not _is_modifier(us[m].low):
            break
        m += 1
    return []


def _passive(view: View, h: _Hit) -> bool:
    us = view.units
    t = h.trigger
    if t.form != "past":
        return False
    k = h.first - 1
    while k >= 0 and (us[k].low in ADVERB_OK or us[k].low.endswith("ly") or us[k].low in ("not", "n't")):
        k -= 1
    if k >= 0 and us[k].low in BE_FORMS:
        return True
    # reduced relative / coordinated participles: "killed by X", "financed and coordinated by X"
    j = h.last + 1
    steps = 0
    while j < len(us) and steps < 4:
        if us[j].low == "by":
            return True
        if us[j].is_mention or view.is_hard(j) or (
                j == h.last + 1 and (us[j].low in DETERMINERS - {"that"} or us[j].low.isdigit()
                                     or us[j].low in QUANT)) or (
                j > h.last + 1 and (us[j].low in HELD_BY or us[j].low.endswith("ed")
                                    and _verbish(us[j].low))):
            return False    # ("attacked a base used by X", "shelled two towns held by X": the
            # verb has its own object, and "by" another participle)
        j += 1
        steps += 1
    return False


def _agent_after_by(view: View, start: int, window: int = 8) -> list[int]:
    us = view.units
    if start >= len(us):
        return []       # the patient ends the sentence: no "by" can follow
    _, hi = view.clause(start)
    j = start
    while j <= min(hi, start + window):
        if us[j].low == "by":
            k = j + 1
            while k <= hi and not us[k].is_mention and (us[k].low in DETERMINERS or us[k].low in
                                                         ("both", "either") or _is_modifier(us[k].low)) \
                    and k < j + 4:
                k += 1
            if k + 2 <= hi and us[k].is_actor and us[k + 1].low in ("'s", "’s") and \
                    us[k + 2].is_actor:
                k += 2                              # "by India's Research and Analysis Wing"
            if k <= hi and us[k].is_actor:
                return view.group_right(k, hi=hi)
            return []
        j += 1
    return []


def _intent(view: View, lex: Lexicon, first: int) -> int | None:
    """Unit index of a vow/threat governing a hostile act: "vowed to strike", "threats to retake"."""
    us = view.units
    k = first - 1
    if k > 0 and (us[k].low in QUOTE_MARKS or us[k].low == "'"):
        k -= 1      # "vowed to 'annihilate' South Korea"
    if k >= 0 and us[k].low == "to":
        j = k - 1
        while j >= 0 and (us[j].low in ADVERB_OK or us[j].low.endswith("ly")):
            j -= 1
        if j >= 0 and (us[j].low in lex.intent_verbs or us[j].low in lex.intent_nouns):
            return j
    return None


def _mutual(trigger: Trigger) -> bool:
    """Is the trigger a hostility both sides take part in ("clashed with", "exchanged fire")?"""
    return (trigger.lemma,) + tuple(w for w in trigger.rest if w != "with") in MUTUAL_HOSTILITY


def _verb_object(view: View, h: _Hit, rel: str) -> list[int]:
    """The object group of a relation verb: "with" may bring in the other side of a symmetric
    relation ("met with X"), "against" never brings in a cooperative one, and support goes to a
    direct object or a "to" one ("trained on Serbian army ranges", "trained with Iranian
    instructors" name no one supported)."""
    block = frozenset({"against"}) if rel in ("ALLIED_WITH", "SUPPORTS", "NEGOTIATES_WITH") \
        else frozenset()
    if rel == "SUPPORTS" and not h.trigger.rest:
        block |= {"on", "at", "with", "toward", "towards"}     # ("sent warships toward X")
    if rel == "ALLIED_WITH" and not h.trigger.rest:
        # the partner of "cooperated/coordinated" comes with "with": "collaborated on strikes on
        # Iran" names the target of the joint act, no partner
        block |= {"on", "over", "for", "into", "against"}     # ("allied to X", "in X" kept)
    nxt = view.units[h.last + 1] if h.last + 1 < len(view.units) else None
    if nxt is not None and not nxt.is_mention and nxt.low in ("him", "them", "me", "us", "it", "her"):
        return []       # "He accused him of backing the M23": the object is the pronoun's
    return view.object(h.last, allow=frozenset({"with"}) if rel in SYMMETRIC_RELATIONS
                       else frozenset(), block=block)


def _possessed_target(view: View, h: _Hit, rel: str) -> list[int]:
    """The owner of what the predicate ``h`` condemns or hits, as [unit], where that owner is
    the one opposed or attacked; else []."""
    us = view.units
    owner = _possessor_after(view, h)
    if owner is None:
        return []
    if rel == "OPPOSES" and h.trigger.lemma in CONDEMN:
        # "condemned North Korea's missile launch": condemning an act of X's opposes X (not
        # "criticised Serbia's economy")
        return [owner]
    if rel in ("ATTACKS", "THREATENS") and us[owner].etype != "Person" and owner + 2 < len(us) \
            and (not us[owner + 2].is_mention or us[owner + 2].etype == "Location"):
        # "struck Iran's nuclear facilities", "targeting Ukraine's energy grid": what a state or
        # group owns is hit, and so is its owner ("threatened to seize Guyana's oil fields":
        # threatened)
        return [owner]
    return []


def _possessor_after(view: View, h: _Hit) -> int | None:
    """The actor whose possession follows the verb ("condemned North Korea's launch", "struck
    the Houthis' depots"), as a unit index; else None."""
    us = view.units
    if h.last + 2 >= len(us):
        return None
    k = h.last + 1 + (us[h.last + 1].low == "the")
    if k + 1 < len(us) and us[k].is_actor and us[k + 1].low in ("'s", "’s"):
        return k
    return None


STRIKE_FORMS = frozenset("strike strikes struck striking".split())
STRUCK_NOUNS = frozenset("""deal deals agreement agreements accord bargain pact compromise truce
ceasefire understanding balance note chord tone partnership alliance""".split())


def _verb_claims(view: View, lex: Lexicon, h: _Hit, state: _State,
                 objects_of: dict[int, list[int]]) -> list[_Found]:
    us = view.units
    t = h.trigger
    rel = t.relation
    certainty = None
    if rel == "ALLIED_WITH" and h.last + 1 < len(us) and us[h.last + 1].low == "by":
        return []       # "financed and coordinated by X": X directs the act, no partnership
    if t.lemma in TALK_LEMMAS and t.lemma != "agree" and not t.rest and h.last + 1 < len(us) and \
            us[h.last + 1].low in ("of", "about", "for", "on"):
        return []       # "spoke of a partnership", "claiming to speak for the group": no talks
        # ("X and Y agreed on patrols": they did agree with each other)
    if rel == "ATTACKS" and h.first == h.last and us[h.first].low in STRIKE_FORMS and \
            any(u.low in STRUCK_NOUNS for u in us[h.last + 1:h.last + 5]):
        return []       # "struck a peace deal with X", "strikes a balance": no blow
    # reciprocal: "X and Y fought each other"
    after = [u.low for u in us[h.last + 1:h.last + 3]]
    if tuple(after) in RECIPROCAL:
        subj = view.subject(h.first)
        got_set = _set_anaphor_subject(view, h.first, state) if len(subj) < 2 else None
        if got_set is not None and len(got_set[1]) >= 2 and not _negated(view, lex, h.first, -1):
            # "the pair now accuse each other of ...": each of the set both ways
            return _set_pairs(got_set[1], "ALLIED_WITH" if rel == "SUPPORTS" else rel,
                              _span(view, [got_set[0], h.last]), us[h.first].start)
        if len(subj) < 2:
            lo, hi = view.clause(h.first)
            j = h.last + 3
            while j < len(us) and j < h.last + 14 and not us[j].is_actor:
                j += 1
            subj = view.group_right(j) if j < len(us) and us[j].is_actor else []
        if len(subj) >= 2 and not _negated(view, lex, h.first, -1):
            # "pledged to defend one another": support both ways is an alliance
            return _among(view, subj, "ALLIED_WITH" if rel == "SUPPORTS" else rel, h.first,
                          both=True)
        return []
    intent = _intent(view, lex, h.first) if rel in ("ATTACKS", "OPPOSES") else None
    if intent is not None:
        anchor = intent
        if us[intent].low in lex.intent_nouns:
            subj = _noun_agent(view, intent)
        else:
            subj = view.subject(intent)
        rel = "THREATENS"
        certainty = "asserted"
        if not subj and us[intent].low not in lex.intent_nouns:
            # "He vowed to 'annihilate' South Korea": the vow of the one referred back to
            got = _anaphor_subject_id(view, intent, state)
            if got is not None:
                return _anaphor_claims(view, lex, h, state, got, rel, anchor, certainty)
    else:
        anchor = h.first
        subj = None
    if rel in SYMMETRIC_RELATIONS and h.last + 1 < len(us) and us[h.last + 1].low == "between":
        # "(the deal) was negotiated between X and Y", "fighting between X and Y"
        _, hi = view.clause(h.last)
        parties = _between_parties(view, h.last + 1, hi, state)
        if len(parties) >= 2 and not _negated(view, lex, h.first, -1):
            return _pairs_ids(view, parties[:1], parties[1:], rel, h.first, both=True)
    if _passive(view, h) and intent is None:
        agent = _agent_after_by(view, h.last + 1) or (
            _agent_of_attack_in(view, lex, h.last + 1) if rel == "ATTACKS" else [])
        patient = view.subject(h.first)
        if h.first > 1 and us[h.first - 1].is_mention and us[h.first - 1].is_actor and \
                us[h.first - 1].etype != "Location" and us[h.first - 2].low not in BE_FORMS and \
                h.first - 1 not in patient:
            # a reduced relative: "a base used by Somali soldiers trained by the US"
            patient = view.group_left(h.first - 1)
        if len(patient) == 1 and us[patient[0]].kind == "demonym" and \
                us[patient[0]].appos is not None and patient[0] + 1 < h.first and \
                not us[patient[0] + 1].is_mention:
            # "the Danab brigade, a Somali army unit trained by the US": the brigade is trained
            patient = [us[patient[0]].appos]
        if _negated(view, lex, h.first, -1) or (
                patient and _describes_object(us, max(patient), h.first)):
            return []       # (or "rejected the plan backed by Y": the plan is backed)
        if rel == "SUPPORTS" and patient and _party_to_talks(view, lex, min(patient)):
            return []       # "talks between X and Y hosted by Z": the talks are hosted
        if not agent:
            # "Chinese interests have been targeted by bombs in Pakistan": the victims are there
            if rel == "ATTACKS" and patient:
                return _pairs(view, patient, [p for p in _located(view, h.last)
                                              if us[p].etype in ("Location", "Country")],
                              "OPERATES_IN", h.first)
            return []
        if not patient:
            ids = _anaphor_participants(view, lex, h.first, state)
            if not ids:
                # "The paramilitaries are accused by UN investigators of ...": a definite
                # anaphor as the passive subject
                got = _anaphor_subject_id(view, h.first, state)
                ids = [got[1]] if got is not None else []
            return _pairs_ids(view, [us[a].eid for a in agent], ids, rel, h.first)
        return _pairs(view, agent, patient, rel, h.first)
    if subj is None:
        subj = _main_clause_subject(view, lex, h)
        if subj:
            certainty = "asserted"      # the main clause's own act, outside the complement
        else:
            subj = _purpose_subject(view, h) or view.subject(h.first)
        # VP coordination: "X attacked Y and bombed Z" -> X, not Y
        if subj and subj[-1] in objects_of and h.first - subj[-1] <= 3 and \
                view._accused(h.first) is None and not view._causee(h.first, view.clause(h.first)[0]) \
                and not (h.first == subj[-1] + 1 and view.reduced_relative(h.first)):
            subj = objects_of[subj[-1]]     # (not "... to Nigerian troops fighting Y": theirs)
        if not subj:
            subj = _relative_event_agent(view, lex, h.first, state)
        if not subj:
            got = _anaphor_subject_id(view, h.first, state)
            if got is not None:
                return _anaphor_claims(view, lex, h, state, got, rel, anchor, certainty)
            got_set = _set_anaphor_subject(view, h.first, state)
            if got_set is not None:
                # "Both countries have accused China of ...": each of them
                stake = (rel in SYMMETRIC_RELATIONS or _mutual(h.trigger)) and \
                    h.last + 1 < len(us) and us[h.last + 1].low in ("over", "about")
                out = [] if stake else [f for eid in got_set[1] for f in _anaphor_claims(
                    view, lex, h, state, (got_set[0], eid), rel, anchor, certainty)]
                # ("the two men fell out over plans to merge the RSF": the RSF is the stake)
                if not out and (rel in SYMMETRIC_RELATIONS or _mutual(h.trigger)) and \
                        not _negated(view, lex, anchor, got_set[0]):
                    # "The two Gulf allies later fell out": with each other
                    out = _set_pairs(got_set[1], rel, _span(view, [got_set[0], h.last]),
                                     us[h.first].start, certainty)
                return out
        if not subj:
            subj = _coordinated_predicate_subject(view, h.first)
    if not subj:
        return []
    if certainty is None and view.directed(h.first):
        certainty = "hypothetical"
    if rel == "SUPPORTS" and _hosts_talks(view, lex, h):
        return []
    subj = subj + _parenthetical_members(view, subj, h.first) + _as_did(view, h.last)
    behalf = _fought_for(view, h) if rel == "ATTACKS" else None
    if behalf is not None:
        if _negated(view, lex, anchor, subj[-1]):
            return []
        return _pairs(view, subj, behalf[0], "ALLIED_WITH", h.first, certainty) + \
            _pairs(view, subj, behalf[1], "ATTACKS", h.first, certainty)
    accused = h.last + 3 < len(us) and us[h.first].low in ACCUSE and \
        us[h.last + 1].low in ("the", "this") and us[h.last + 3].low in ("of", "for") and \
        _anaphor_types(view, h.last + 2) is not None
    if accused and not _negated(view, lex, anchor, subj[-1]):
        # "accusing the bloc of serving French interests": the bloc referred back to is
        # accused, not whoever its act concerns
        got_a = _anaphor_object_id(view, h.last, state, exclude=[us[x].eid for x in subj])
        if got_a is not None:
            return [_Found(us[x].eid, rel, got_a[1], _span(view, [x, got_a[0], h.first]),
                           us[h.first].start, certainty) for x in subj if us[x].eid != got_a[1]]
    obj = _gap_object(view, h, subj[0], [us[x].eid for x in subj]) or _verb_object(view, h, rel)
    if t.lemma in TALK_LEMMAS and not t.rest:
        # "X and Y spoke on Tuesday": with each other ("X spoke at the UN": no one)
        if len(subj) < 2 or any(u.is_mention or u.low in PREPOSITIONS
                                for u in us[subj[-1] + 1:h.first]):
            return []   # (nor "a grouping, which brings together X and Y, with Z as ..., agreed")
        obj = []
    if rel == "SUPPORTS" and us[h.first].low in CONTRIBUTE_VERBS | GIVE_VERBS:
        # "sent troops, Syrian mercenaries and drones": a demonym after a verb of giving is
        # what is given; the recipient follows "to"
        obj = [o for o in obj if us[o].kind != "demonym" or us[o - 1].low == "to" or any(
            us[k].low == "with" for k in range(o + 1, min(len(us), o + 3)))]
        # (but "supplied the Sudanese army with drones": the army is supplied)
    if rel == "SUPPORTS" and obj and us[h.first].low in CONTRIBUTE_VERBS | GIVE_VERBS | DISPATCH_VERBS \
            and _forces_of(view, obj[0]) and not any(
                us[k].low in ("to", "for", "with") for k in range(h.last + 1, obj[0])):
        # "sent special forces of the UPDF to Juba": the force sent is the sender's own; the
        # recipient, if any, follows "to"
        _, hi = view.clause(h.last)
        j = obj[-1] + 1
        while j <= hi and us[j].low != "to" and not us[j].is_mention:
            j += 1
        obj = view.object(j) if j <= hi and us[j].low == "to" else []
    if obj and rel in ("OPPOSES", "SUPPORTS") and _victim_of_attack_noun(view, h.last, obj[0]):
        obj = []    # "condemned attacks on Israel": Israel was attacked, not condemned
    if not obj:
        obj = _possessed_target(view, h, rel)
    mutual = rel in ("ATTACKS", "OPPOSES") and intent is None and _mutual(h.trigger)
    if mutual and len(subj) >= 2 and h.last + 1 < len(us) and us[h.last + 1].low in ("over", "about"):
        obj = []        # "X and Y fell out over Yemen": Yemen is the stake, not a side
    if rel == "ATTACKS" and intent is None and len(subj) >= 2 and h.first == h.last and \
            us[h.first].low in FIGHT_FORMS and h.last + 1 < len(us):
        # "X and Y fought a border war / three wars / over Z": against each other (Z is the stake)
        k = h.last + 1
        while k < len(us) and k < h.last + 7 and not us[k].is_mention and (
                us[k].low in DETERMINERS or us[k].low.isdigit() or us[k].low == "-"
                or _is_modifier(us[k].low)) and us[k].low not in WAR_NOUNS:
            k += 1      # "fought a five-day border war"
        if us[h.last + 1].low == "over" or (k < len(us) and us[k].low in ("war", "wars")) or (
                not obj and us[h.last + 1].low == "for" and any(
                    u.low in DURATIONS for u in us[h.last + 2:h.last + 5])):
            mutual, obj = True, []      # (and "X and Y fought for 12 days")
    if not obj and (rel in SYMMETRIC_RELATIONS or mutual) and len(subj) >= 2 and \
            not _negated(view, lex, anchor, subj[-1]):
        # "X and Y cooperate / found common ground (against Z)", "X and Y clashed"
        out = _among(view, subj, rel, h.first, certainty, both=mutual)
        _, hi = view.clause(h.last)
        j = h.last + 1
        while j <= hi and us[j].low != "against":
            j += 1
        if j <= hi:
            target = view.object(j)
            out += _pairs(view, subj, target, "OPPOSES", h.first) if target else []
        return out
    if not obj:
        obj = _relative_object(view, subj[0], h, exclude=[us[x].eid for x in subj])
    if not obj and rel == "OPPOSES" and us[h.first].low not in ("dismiss", "dismissed"):
        ids = _event_perpetrator(view, lex, h.last, state)
        if ids and not _negated(view, lex, anchor, subj[-1]):
            return _pairs_ids(view, [us[x].eid for x in subj], ids, rel, h.first)
    if not obj and rel in ("THREATENS", "ATTACKS") and intent is not None:
        obj = view.object(h.last, places=True, window=4)
    if not obj and rel == "ATTACKS" and intent is None:
        held = _held_by(view, h.last)
        if held and not _negated(view, lex, anchor, subj[-1]):
            return _pairs(view, subj, held, rel, h.first, certainty)
        # "seized Goma", "besieged El Fasher", "bombed the port of Hodeidah": a place attacked
        obj = [o for o in view.object(h.last, places=True, window=6) if us[o].etype == "Location"]
        if obj and not _negated(view, lex, anchor, subj[-1]):
            out = _pairs(view, subj, obj, rel, h.first, certainty)
            if us[h.first].low in CONQUEST:
                out += _pairs(view, subj, obj, "OPERATES_IN", h.first, certainty)
            return out
        obj = []
        where = _located(view, h.last)
        if where and _settlements_object(view, h.last) and not _negated(view, lex, anchor, subj[-1]) \
                and (_head_noun_after(view, h.last, SETTLEMENTS) is not None or
                     _standoff(view, h.first, where[0])):
            # "drone strikes hit towns across the Amhara region, including A and B": the
            # region and the towns named are attacked; so is a place whose sites are bombed
            # (a raid on "an army base in Baidoa" is presence, below)
            owner = [where[0] - 2] if where[0] > 1 and us[where[0] - 1].low in ("'s", "’s") and \
                us[where[0] - 2].is_place else []
            return _pairs(view, subj, owner + where + _including(view, where[-1]), rel, h.first,
                          certainty)
        if where and not _negated(view, lex, anchor, subj[-1]) and \
                _anaphor_object_id(view, h.last, state, exclude=[us[x].eid for x in subj]) is None:
            # "fired missiles at ships in the Red Sea": the attacker is active there; striking
            # "targets deep inside Russia" attacks the country as well
            # ("fought for months in Mali" is presence only: fighting there is not fighting it)
            fight = us[h.first].low in UNDIRECTED_FIGHT
            return _pairs(view, subj, where, "OPERATES_IN", h.first, certainty) + _pairs(
                view, subj, [p for p in where if us[p].etype == "Country" and not fight], rel,
                h.first, certainty)
    if not obj and rel == "ATTACKS":
        owner = _pronoun_owner_hit(view, h, state, exclude=[us[x].eid for x in subj])
        if owner is not None and not _negated(view, lex, anchor, subj[-1]):
            return [_Found(us[x].eid, rel, owner, _span(view, [x, h.last + 2]),
                           us[h.first].start, certainty) for x in subj]
    if not obj:
        got_o = _anaphor_object_id(view, h.last, state, exclude=[us[x].eid for x in subj],
                                   it_ok=rel == "SUPPORTS" and t.lemma in ARMING_LEMMAS)
        if got_o is not None and us[got_o[0]].low == "it" and view.types.get(got_o[1]) != "Group":
            got_o = None    # what is armed or sheltered is a group, not the state "it" found
        if got_o is not None and not _negated(view, lex, anchor, subj[-1]):
            return [_Found(us[x].eid, rel, got_o[1], _span(view, [x, got_o[0], h.first]),
                           us[h.first].start, certainty) for x in subj]
        got_set = _set_anaphor_object(view, h.last, state)
        if got_set is not None and not _negated(view, lex, anchor, subj[-1]):
            # "Qatar held talks with both sides", "was in contact with both governments"
            return [_Found(us[x].eid, rel, o, _span(view, [x, got_set[0], h.first]),
                           us[h.first].start, certainty)
                    for x in subj for o in got_set[1] if o != us[x].eid]
        return []
    if _negated(view, lex, anchor, subj[-1]):
        return []
    for o in obj:
        objects_of[o] = subj
    if rel == "ATTACKS" and intent is None and us[h.first].low in FIGHT_FORMS | WAGE_FORMS and \
            obj[0] >= h.last + 3 and us[obj[0] - 1].low == "with" and \
            us[obj[0] - 2].low in MUTUAL_WAR_NOUNS:
        mutual = True   # "Russia fought a five-day war with Georgia": each fought the other
    out = _pairs(view, subj, obj, rel, h.first, certainty, both=mutual)
    if rel == "ATTACKS" and us[h.first].low in REPEL_FORMS:
        k = obj[-1] + 1
        k += 1 if k < len(us) and us[k].low in ("'s", "’s") else 0
        if k < len(us) and not us[k].is_mention and any(
                t_.relation == "ATTACKS" and t_.kind == "noun" for t_ in lex.triggers.get(us[k].low, ())):
            # "repelled an ISWAP assault on the base": the assault was ISWAP's, on the subject
            out += _pairs(view, obj, subj, rel, h.first, certainty)
    if rel == "ATTACKS":
        out += _contested(view, subj + obj, obj[-1], h.first, certainty)
    # "fought alongside Y against Z": co-agents share the hostile act
    if rel == "ALLIED_WITH":
        _, hi = view.clause(h.last)
        j = obj[-1] + 1
        while j <= hi and us[j].low != "against":
            j += 1
        if j <= hi:
            target = view.object(j)
            if target:
                out += _pairs(view, subj + obj, target, "ATTACKS", h.first)
    if rel == "SUPPORTS" and us[h.first].low.startswith(("host", "shelter", "harbo")):
        pass
    return out


def _pronoun_owner_hit(view: View, h: _Hit, state: _State, exclude: list[str]) -> str | None:
    """'Azerbaijan said Armenian forces had fired on its positions': the positions, bases or
    troops hit are those of the one "its"/"their" refers to, the speaker when there is one,
    else the last actor named before the attacker; else None."""
    us = view.units
    k = h.last + 1
    while k < len(us) and k < h.last + 3 and us[k].low in OBJECT_PREPS:
        k += 1
    if k + 1 >= len(us) or us[k].low not in ("its", "their") or us[k + 1].low == "own":
        return None
    heads = POSITION_NOUNS | SITE_NOUNS | LEX().proxy_nouns
    if not any(not us[j].is_mention and us[j].low in heads for j in range(k + 1, min(len(us), k + 4))):
        return None
    frame = attr.innermost(state.frames, us[h.first].start)
    types = ("Country", "Group", "Organization")
    if frame is not None and frame.speaker and frame.speaker not in exclude:
        side = state.affiliation.get(frame.speaker, frame.speaker)
        return side if view.types.get(side) in types and side not in exclude else None
    first = min((x for x in range(h.first) if us[x].is_actor and us[x].eid in exclude), default=h.first)
    return next((us[j].eid for j in range(first - 1, -1, -1) if us[j].is_actor and
                 us[j].etype in types and us[j].eid not in exclude), None)


AS_DID = frozenset("did does do has have had".split())


def _as_did(view: View, te: int) -> list[int]:
    """"X condemned the attack, as did Y": Y shares the predicate."""
    us = view.units
    _, hi = view.clause(te)
    for k in range(te + 1, min(hi, te + 12)):
        if us[k].low == "as" and us[k - 1].low == "," and k + 2 <= hi and \
                us[k + 1].low in AS_DID:
            m = k + 2 + (1 if us[k + 2].low == "the" else 0)
            return view.group_right(m, hi=hi) if m <= hi and us[m].is_actor else []
        if us[k].low == "as" and us[k - 1].low == "," and k + 2 <= hi:
            # "We recognised Palestine, as France and Canada did": the same
            m = k + 1 + (1 if us[k + 1].low == "the" else 0)
            if m <= hi and us[m].is_actor:
                grp = view.group_right(m, hi=hi)
                d = grp[-1] + 1
                if d <= len(us) - 1 and us[d].low in AS_DID and (
                        d + 1 >= len(us) or us[d + 1].low in (".", ",", ";", "before", "in")):
                    return grp
            return []
    return []


GIVE_VERBS = frozenset("""sell sells sold selling deliver delivers delivered delivering transfer
transfers transferred transferring lend lends lent lending ship ships shipped shipping""".split())


def _relative_event_agent(view: View, lex: Lexicon, ti: int, state: _State) -> list[int]:
    """"claimed the bombing in Kabul that killed 13 American soldiers", "Israeli strikes, which
    killed X": a relative clause on an attack noun has that attack's agent as its subject
    (the claimant, the light verb's subject, or the noun's possessor or demonym)."""
    us = view.units
    k = ti - 1
    while k > 0 and (us[k].low in AUX or us[k].low in ADVERB_OK):
        k -= 1
    if k < 1 or us[k].low not in ("that", "which") or us[k].is_mention:
        return []
    n = k - 1 - (1 if us[k - 1].low == "," else 0)
    for m in range(n, max(-1, n - 6), -1):
        u = us[m]
        if u.is_actor and not u.is_place:
            return []
        if not _noun_present(lex, us, u.i, "ATTACKS"):
            continue
        if u.is_mention:
            return [m]          # "an Israeli strike"
        light = _light_verb_before(view, m, view.clause(m)[0])
        if light is not None:
            agent = [x for x in view.subject(light) if us[x].is_actor]
            if agent:
                return agent
        return [x for x in _noun_agent(view, m, state) if us[x].is_actor]
    return []


USE_VERBS = frozenset("use uses used using".split())


def _purpose_subject(view: View, h: _Hit) -> list[int]:
    """"X sent troops and drones to rescue Y": the subject of a purpose infinitive after a verb
    of sending or giving is that verb's subject."""
    us = view.units
    lo, _ = view.clause(h.first)
    if h.trigger.form == "ing" and h.first >= 4 and us[h.first - 1].low == "for":
        # "Rwanda uses Congo as a corridor for supplying the M23": the user supplies
        for j in range(h.first - 2, max(lo, h.first - 6) - 1, -1):
            if us[j].low == "as" and j >= 2 and us[j - 1].is_mention and \
                    us[j - 2].low in USE_VERBS:
                return view.subject(j - 2)
        return []
    if h.trigger.form != "base" or h.first < 2 or us[h.first - 1].low != "to":
        return []
    caused = view._causee(h.first, lo)
    if caused:
        return caused       # "sent drones to Russia to attack Ukraine": the recipient acts
    for j in range(h.first - 2, max(lo, h.first - 12) - 1, -1):
        if us[j].is_mention:
            continue
        if us[j].low in CONTRIBUTE_VERBS | GIVE_VERBS:
            return view.subject(j)
    return []


def _on_side_of(view: View, te: int) -> tuple[int, int] | None:
    """"fought on X's side", "fought on the side of X": (X's unit, the unit after the phrase)."""
    us = view.units
    n = len(us)
    k = te + 1
    if k + 2 >= n or us[k].low != "on":
        return None
    k += 1
    if us[k].low == "the" and k + 3 < n and us[k + 1].low == "side" and us[k + 2].low == "of":
        m = k + 3
        m += 1 if m < n and us[m].low == "the" else 0
        return (m, m + 1) if m < n and us[m].is_actor else None
    k += 1 if us[k].low == "the" else 0
    if k + 2 < n and us[k].is_actor and us[k + 1].low in ("'s", "’s") and us[k + 2].low == "side":
        return k, k + 3
    return None


def _coordinated_predicate_subject(view: View, ti: int) -> list[int]:
    """"X said it was \"gravely concerned\" ... and was consulting with Y": a predicate opened by
    "and" + auxiliary, cut off from its subject by a quotation, belongs to the sentence subject."""
    us = view.units
    k = ti - 1
    while k > 0 and (us[k].low in ADVERB_OK or (us[k].low.endswith("ly") and not us[k].is_mention)):
        k -= 1
    if k < 2 or us[k].low not in FINITE_AUX or us[k - 1].low != "and":
        return []
    if not any(us[j].low in QUOTE_MARKS for j in range(0, k)):
        return []
    for j in range(0, k - 1):
        u = us[j]
        if u.low in QUOTE_MARKS:
            return []
        if u.is_actor and u.appos is None and not u.quoted and view.subject_like(j):
            return view.group_left(j)
    return []


QUOTE_MARKS = frozenset('"“”‘’')
FINITE_AUX = frozenset("""had has have was were is are would could might may will can should
shall must""".split())


def _main_clause_subject(view: View, lex: Lexicon, h: _Hit) -> list[int] | None:
    """"X said that Y were fighting ... and accused Z", "X determined that Y had committed ...
    and sanctioned Z": a bare finite verb after "and", at the end of a that-complement whose own
    predicate carries an auxiliary, is the main clause's second verb; its subject is the main
    subject. ("X said Y attacked A and killed B" keeps Y: nothing marks the tense apart.)"""
    us = view.units
    t = h.trigger
    if t.form not in ("past", "s") or t.rest and t.form == "base":
        return None
    k = h.first - 1
    while k >= 0 and (us[k].low in ADVERB_OK or (us[k].low.endswith("ly") and not us[k].is_mention)):
        k -= 1
    if k < 1 or us[k].low != "and":
        return None
    # back to the "that" opening the complement, over quotation marks inside it
    lo = k
    while lo > 0 and (not view.is_hard(lo - 1) or us[lo - 1].low in QUOTE_MARKS):
        lo -= 1
    if lo < 2 or us[lo - 1].low != "that":
        return None
    if not any(us[j].low in FINITE_AUX for j in range(lo, k)):
        return None
    # the main verb before "that": the nearest reporting or finite-looking verb in its clause
    j = lo - 2
    plo, _ = view.clause(j)
    while j >= plo:
        if not us[j].is_mention and (us[j].low in lex.reporting or us[j].low in lex.belief_verbs
                                     or (_verbish(us[j].low) and us[j].low.endswith("ed"))):
            subj = view.subject(j)
            return subj or None
        j -= 1
    return None


# "an Islamic State-affiliated group": the group is a member of the named one
AFFILIATED = frozenset({"affiliated", "affiliate"})
HELD = frozenset("held controlled occupied run dominated".split())


def _held_by(view: View, te: int) -> list[int]:
    """"bombed markets in RSF-held areas", "shelled rebel-held towns": the holder is attacked."""
    us = view.units
    _, hi = view.clause(te)
    for k in range(te + 1, min(hi, te + 8)):
        if us[k].is_actor and k + 2 <= hi and view.attached_hyphen(k + 1) and us[k + 2].low in HELD:
            return [k]
        if us[k].is_mention or us[k].low in (",", "and"):
            return []
    return []


def _hosts_talks(view: View, lex: Lexicon, h: _Hit) -> bool:
    """"hosted talks with X", "sponsored negotiations between X and Y": hosting talks is
    mediation, not support for the parties (the talks noun gives the negotiation)."""
    us = view.units
    k = h.last + 1
    while k < len(us) and k <= h.last + 4 and not us[k].is_mention:
        if _noun_present(lex, us, k, "NEGOTIATES_WITH"):
            return True
        k += 1
    return False


def _party_to_talks(view: View, lex: Lexicon, k: int) -> bool:
    """Is the actor at ``k`` a party named after a talks noun ("talks between X and Y")?"""
    us = view.units
    if k >= 1 and us[k - 1].low == "the":
        k -= 1
    return k >= 2 and us[k - 1].low in ("between", "with", "among") and any(
        _noun_present(lex, us, m, "NEGOTIATES_WITH") for m in range(max(0, k - 4), k - 1))


def _relative_object(view: View, subj_first: int, h: _Hit, exclude: Iterable[str]) -> list[int]:
    """"the FDLR, which the Congolese army has armed", "France, which it accuses of ...": in an
    object relative clause whose subject starts at ``subj_first``, the relative pronoun's anchor
    is the object."""
    us = view.units
    lo, _ = view.clause(h.first)
    first = lo + 1 if lo < len(us) and us[lo].low in DETERMINERS else lo
    k = view.gap_anchor(h.first)
    if subj_first != first or k is None or us[k].eid in set(exclude):
        return []
    return [k]


def _gap_object(view: View, h: _Hit, subj_first: int, exclude: Iterable[str]) -> list[int]:
    """"Rwanda, which Kinshasa accuses of backing the M23": the relative pronoun's anchor is the
    object when the verb is followed by no object of its own."""
    us = view.units
    nxt = us[h.last + 1].low if h.last + 1 < len(us) else "."
    if nxt not in ("of", "for", "over", "with", "in", "since", ",", "."):
        return []
    return _relative_object(view, subj_first, h, exclude)


def _force_owner(us: list[Unit], k: int) -> int:
    """The owner of the force noun at ``k`` ("Sudan's army": Sudan), else ``k`` itself."""
    if k >= 2 and not us[k].is_mention and us[k].low in LEX().proxy_nouns and \
            us[k - 1].low in ("'s", "’s") and us[k - 2].is_actor:
        return k - 2
    return k


def _contested(view: View, parties: list[int], after: int, trig: int,
               certainty: str | None) -> list[_Found]:
    """"X fights Y for control of the Z region": both sides are active in Z."""
    us = view.units
    _, hi = view.clause(after)
    k = after + 1
    while k + 3 <= hi and k < after + 4:
        if us[k].low == "for" and us[k + 1].low == "control" and us[k + 2].low == "of":
            m = k + 3
            if m <= hi and us[m].low == "the":
                m += 1
            if m <= hi and us[m].etype == "Location":
                return [_Found(us[a].eid, "OPERATES_IN", us[p].eid, _span(view, [a, p, trig]),
                               us[trig].start, certainty)
                        for a in parties for p in view.group_right(m, places=True, hi=hi)]
            return []
        k += 1
    return []


def _fought_for(view: View, h: _Hit) -> tuple[list[int], list[int]] | None:
    """"fought for Haftar", "fought on the government's side" (allied with that side), and
    the enemy named after "against" ("... against Y"): (side, enemy), or None."""
    us = view.units
    if us[h.first].low in FIGHT_FORMS and h.last + 2 < len(us) and us[h.last + 1].low == "for":
        # "the contingent that fought for Haftar": on X's behalf, not against X
        m = h.last + 2 + (1 if us[h.last + 2].low == "the" else 0)
        if m >= len(us) or not us[m].is_actor or us[m].etype == "Location":
            return None
        side = view.group_right(m)
        j = side[-1] + 1
    else:
        got = _on_side_of(view, h.last)
        if got is None:
            return None
        side, j = [got[0]], got[1]
    _, hi = view.clause(h.last)
    start = j
    while j <= hi and j < start + 3 and us[j].low != "against":
        j += 1
    return side, view.object(j) if j <= hi and us[j].low == "against" else []


def _anaphor_claims(view: View, lex: Lexicon, h: _Hit, state: _State, got: tuple[int, str],
                    rel: str, anchor: int, certainty: str | None) -> list[_Found]:
    """Claims of a predicate whose subject is an anaphor resolved to entity ``got[1]``."""
    us = view.units
    k, eid = got
    if _negated(view, lex, anchor, k) or (h.trigger.lemma in TALK_LEMMAS and not h.trigger.rest):
        return []       # ("the group agreed to stop": a lone party speaks or agrees with no one)
    behalf = _fought_for(view, h) if rel == "ATTACKS" else None
    if behalf is not None:
        return [_Found(eid, r, us[o].eid, _span(view, [k, o, h.first]), us[h.first].start,
                       certainty)
                for r, grp in (("ALLIED_WITH", behalf[0]), ("ATTACKS", behalf[1]))
                for o in grp if us[o].eid != eid]
    obj = _gap_object(view, h, k, (eid,)) or _verb_object(view, h, rel) or \
        _possessed_target(view, h, rel) or _relative_object(view, k, h, exclude=(eid,))
    rels = [rel]
    if not obj and rel == "ATTACKS":
        obj = _held_by(view, h.last)
    if not obj and rel == "ATTACKS":
        obj = [o for o in view.object(h.last, places=True, window=6) if us[o].etype == "Location"]
        if us[h.first].low in CONQUEST:
            rels.append("OPERATES_IN")
    if obj:
        out = [_Found(eid, r, us[o].eid, _span(view, [k, o, h.first]), us[h.first].start, certainty)
               for o in obj if us[o].eid != eid for r in rels]
        if rel == "ATTACKS" and _mutual(h.trigger):
            # "its fighters have clashed with the SSPDF": each side fights the other
            out += [_Found(us[o].eid, rel, eid, _span(view, [k, o, h.first]), us[h.first].start,
                           certainty) for o in obj if us[o].eid != eid]
        return out
    got_o = _anaphor_object_id(view, h.last, state, exclude=(eid,))
    if got_o is not None:
        return [_Found(eid, rel, got_o[1], _span(view, [k, got_o[0], h.first]), us[h.first].start,
                       certainty)]
    if rel == "ATTACKS":
        # "where it is fighting government troops near the port city of Sittwe"
        return [_Found(eid, "OPERATES_IN", us[p].eid, _span(view, [k, p, h.first]),
                       us[h.first].start, certainty)
                for p in _located(view, h.last) if us[p].eid != eid]
    return []


def _light_verb_before(view: View, ni: int, lo: int) -> int | None:
    """A light verb or "responsible for" governing the noun at ``ni`` ("launched attacks on",
    "responsible for some of Afghanistan's most lethal attacks")."""
    us = view.units
    k = ni - 1
    while k >= lo and k >= ni - 9:
        u = us[k]
        if u.low in ("has", "have", "had") and k + 1 < ni and us[k + 1].low in WATCHING:
            return None     # an auxiliary: "has followed the war in X" (not "has ties with")
        if u.low in LIGHT_VERBS or u.low in RESPONSIBILITY:
            return k
        if u.low in BE_FORMS and us[k + 1].low == "at" and k + 2 == ni:
            return k        # "X is at war with Y"
        if u.is_mention:
            if k + 1 < len(us) and us[k + 1].low in ("'s", "’s") or _deal_named_after_place(
                    view, k, ni):
                k -= 1
                continue
            return None
        if u.low in (",",) or view.is_hard(k):
            return None
        k -= 1
    return None


def _deal_named_after_place(view: View, k: int, ni: int) -> bool:
    """Is the mention at ``k`` the place an agreement at ``ni`` is named after ("signed the
    Abu Dhabi accord", "the Washington accords", "the Minsk agreements")?"""
    us = view.units
    return us[ni].low in DEAL_NOUNS and k > 0 and us[k - 1].low == "the" and (
        us[k].kind == "metonym" or us[k].etype == "Location"
        or normalize(us[k].text) in view.seats.get(us[k].eid, ())) and all(
        not x.is_mention and x.text[:1].isupper() for x in us[k + 1:ni])


# participles after "has" whose subject watches or withholds a relation rather than holds it
# ("has followed the war in Mali", "has refused to send weapons to X")
WATCHING = frozenset("""followed covered studied watched monitored documented witnessed observed
tracked analysed analyzed researched investigated examined reported described refused
declined""".split())
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# ending a cooperation: "suspended talks with X" is no negotiation (OPPOSES in the lexicon)
RUPTURE = frozenset("""strain strains strained straining sour soured souring worsen worsened
worsening damage damaged sever severs severed severing suspend suspends suspended suspending
cut cuts cutting freeze freezes froze frozen freezing halt halts halted halting end ends ended
ending terminate terminates terminated terminating downgrade downgrades downgraded
downgrading pause pauses paused pausing withhold withholds withheld withholding stop stops
stopped stopping break breaks broke broken breaking tear tears tore torn tearing scrap scraps
scrapped scrapping abandon abandons abandoned abandoning cancel cancels cancelled canceled
cancelling canceling revoke revokes revoked revoking renounce renounces renounced renouncing
annul annuls annulled annulling abrogate abrogates abrogated abrogating""".split())
SUPPLY_NOUNS = frozenset("deliveries shipments sales supplies transfers exports".split())
# "X accused Y of VERB-ing Z": Y is the agent of the act, X alleges it
# "of continuing to arm", "of trying to topple": a gerund that passes its subject on
ING_CATENATIVES = frozenset("""continuing trying seeking attempting planning helping
preparing""".split())
# punishing someone "for" an act: the act is theirs ("sanctioned X for arming Y")
PUNISH_FOR = frozenset("""designate designates designated designating sanction sanctions
sanctioned sanctioning indict indicts indicted arrest arrests arrested jail jails jailed
punish punishes punished blacklist blacklists blacklisted convict convicts convicted sentence
sentences sentenced""".split())
ACCUSE = frozenset("""accuse accuses accused accusing blame blames blamed blaming suspect
suspects suspected suspecting charge charges charged charging condemn condemns condemned
condemning criticise criticises criticised criticising criticize criticizes criticized
criticizing denounce denounces denounced denouncing""".split())
# "sent troops to Y", "has 5,000 soldiers in Y": an actor's forces somewhere (with a force noun)
DISPATCH_VERBS = frozenset("send sends sent sending dispatch dispatched dispatches dispatching "
                           "keep keeps kept keeping maintain maintains maintained "
                           "maintaining".split())
HAVE = frozenset("has have had having keeps kept maintains maintained".split())
FORCE_NOUNS = frozenset("""forces force troops soldiers units elements personnel fighters
battalions battalion contingent contingents commandos brigades brigade""".split())


def _forces_of(view: View, k: int) -> bool:
    """Is the mention at ``k`` the owner in "[special] forces of [the] X"?"""
    us = view.units
    j = k - 1
    if j >= 0 and us[j].low == "the":
        j -= 1
    return j >= 1 and us[j].low == "of" and us[j - 1].low in FORCE_NOUNS


def _pronoun_possessor(view: View, k: int, state: "_State | None") -> list[int]:
    """"his dismissal of" -> the nearest person to the left; "their invasion of" -> the clause
    subject (or the nearest group/country to the left)."""
    us = view.units
    low = us[k].low
    want = ("Person",) if low in ("his", "her") else ("Group", "Country", "Organization")
    # "KFOR, which has troops in Kosovo and reinforced its bases": the verb's subject
    subj = view.subject(k - 1 if k > 0 and _verbish(us[k - 1].low)
                        and us[k - 1].low not in PREPOSITIONS else k)   # ("in its war with")
    if subj and us[subj[0]].etype in want:
        return subj
    # "Sri Lanka's nod to a Chinese vessel tests its pact with India": the possessor opening
    # the clause is its topic, before any actor named later in it
    m, _ = view.clause(k)
    while m < k and us[m].low in DETERMINERS:
        m += 1
    if m + 1 < k and us[m].is_mention and us[m].etype in want and us[m + 1].low in ("'s", "’s"):
        return [m]
    j = k - 1
    while j >= 0:
        if us[j].is_mention and us[j].etype in want and not _qualifying_demonym(us, j):
            return [j]
        j -= 1
    return []


def _qualifying_demonym(us: list[Unit], j: int) -> bool:
    """A demonym qualifying a thing ("hosted Chinese police trainers, although its prime
    minister ...") is no antecedent of a possessive pronoun; one before a force or government
    ("the Chinese government said its navy ...") is."""
    return us[j].kind == "demonym" and j + 1 < len(us) and us[j + 1].low not in LEX().proxy_nouns


# a year or a day of the month between an owner and its noun: "Hamas's 7 October 2023 assault"
_DATE_NUMBER = re.compile(r"(?:19|20)\d\d$|[1-3]?\d$")


def _noun_agent(view: View, ni: int, state: "_State | None" = None) -> list[int]:
    """Agent of a noun at unit ``ni``: possessor ("X's attacks") or premodifier ("X strikes",
    "U.S. and Taliban strikes", "US drone strikes")."""
    us = view.units
    k = ni - 1
    skipped = 0
    while k >= 0 and not us[k].is_mention and us[k].low not in ("'s", "’s") and skipped < 4 and \
            (_is_modifier(us[k].low) or us[k].low in ("most", "more") or _DATE_NUMBER.match(us[k].low) or (
                us[k].low in HYPHENS and k > 0 and not us[k - 1].is_mention
                and view.attached_hyphen(k))) and not view.is_hard(k):   # "four-day"
        if us[k].low in ACCUSE or us[k].low in LEX().reporting:
            return []       # "the US condemned attacks on X": the condemner is no attacker
        k -= 1
        skipped += 1
    if k < 0:
        return []
    if us[k].low in POSSESSIVE_PRONOUNS:
        return _pronoun_possessor(view, k, state)
    if us[k].low in ("'s", "’s") and k > 0 and us[k - 1].is_actor:
        return view.group_left(k - 1)
    if us[k].is_actor:
        if us[k].kind == "demonym" and us[k].low not in LEX().proxy_nouns and skipped:
            return []
        if _deal_named_after_place(view, k, ni):
            return []   # "the Washington accords", "the Minsk agreements": where, not who
        # "X-Y cooperation"
        if k >= 2 and view.attached_hyphen(k - 1) and us[k - 2].is_actor:
            return [k - 2, k]
        return view.group_left(k)
    if us[k].low == "-" and k > 0 and us[k - 1].is_actor:
        return view.group_left(k - 1)
    return []


def _joint_action_target(view: View, h: _Hit, allied: list[_Found]) -> list[_Found]:
    """"X and Y launched joint operations against Z": the partners a joint action found
    (``allied``) each attack its target."""
    us = view.units
    if h.trigger.relation != "ALLIED_WITH" or us[h.first].low != "joint" or not allied:
        return []
    _, hi = view.clause(h.first)
    j = next((x for x in range(h.last + 1, min(hi, h.last + 10) + 1) if us[x].low == "against"), None)
    if j is None:
        return []
    k = j + 1
    while k <= hi and k < j + 4 and not us[k].is_mention and (
            us[k].low in DETERMINERS or _is_modifier(us[k].low)):
        k += 1
    if k > hi or not us[k].is_actor:
        return []
    targets = [us[x].eid for x in view.group_right(k, hi=hi)]
    sides = {f.subject for f in allied} | {f.object for f in allied}
    return [_Found(s_, "ATTACKS", t_, allied[0].span, allied[0].trigger, allied[0].certainty)
            for s_ in sorted(sides) for t_ in targets if s_ not in targets]


def _ended_cooperation(view: View, lex: Lexicon, h: _Hit, lo: int, hi: int) -> list[_Found] | None:
    """"X broke off / tore up / scrapped its military partnership with Y": ending a cooperation
    with a partner is opposition to it (the guide's "suspended talks with"). None when no
    ending verb governs the noun; [] when one does but there is no agent or partner."""
    us = view.units
    k = h.first - 1
    while k >= lo and k > h.first - 5 and not us[k].is_mention and us[k].low not in RUPTURE and (
            us[k].low in DETERMINERS or us[k].low == "off" or _is_modifier(us[k].low)):
        k -= 1
    if k < lo or us[k].is_mention or us[k].low not in RUPTURE or (
            k > lo and us[k - 1].low in DETERMINERS):
        return None     # ("the strained partnership with X", "a break": no act)
    j = h.last + 1
    if j > hi or us[j].low != "with":
        return []
    partner = view.object(j, window=4)
    agent = view.subject(k)
    if not partner or not agent or _negated(view, lex, k, agent[-1]):
        return []
    if h.trigger.relation == "NEGOTIATES_WITH":
        # "suspended peace talks with the ELN": the talks were held, and ending them is a
        # hostile act; annotators record either reading, so both are kept
        return _pairs(view, agent, partner, "OPPOSES", h.first) + \
            _pairs(view, agent, partner, "NEGOTIATES_WITH", h.first)
    return _pairs(view, agent, partner, "OPPOSES", h.first)


REFRAIN_PHRASES = phrase_index(tuple(p.split()) for p in (
    "refrained from", "refrains from", "refrain from", "refraining from", "abstained from",
    "shied away from", "stopped short of", "refused to", "declined to"))


def _noun_claims(view: View, lex: Lexicon, h: _Hit, state: _State) -> list[_Found]:
    us = view.units
    t = h.trigger
    rel = t.relation
    lo, hi = view.clause(h.first)
    certainty = None
    # negated noun: "no support for", "without talks with"
    pre = [u.low for u in us[max(lo, h.first - 3):h.first]]
    if any(w in ("no", "without", "not", "never") for w in pre):
        return []
    if rel == "OPPOSES" and us[h.last].low in LIFTABLE and any(
            u.low in LIFT_WORDS for u in us[max(lo, h.first - 4):h.first]):
        return []       # "lifted sanctions on Syria", "eased its embargo": opposition ended
        #                 ("done little to ease the rivalry" is no rivalry ended)
    if has_phrase([u.low for u in us[max(lo, h.first - 6):h.first]], REFRAIN_PHRASES):
        return []       # "refrained from supplying lethal weapons to X"
    ended_support = rel == "SUPPORTS" and t.kind == "noun"
    if rel in ("ALLIED_WITH", "SUPPORTS", "NEGOTIATES_WITH") and not ended_support:
        ended = _ended_cooperation(view, lex, h, lo, hi)
        if ended is not None:
            return ended    # "broke off its military partnership with X"
        if any(w in RUPTURE for w in pre):
            return []       # "suspended talks with X", "severed diplomatic relations with X"
    if ended_support:
        # "the EU froze 600 million euros in aid to Kosovo": ending support is opposition
        k = h.first - 1
        while k >= lo and k > h.first - 9 and not us[k].is_mention and us[k].low not in RUPTURE:
            k -= 1
        if k >= lo and k > h.first - 9 and us[k].low in RUPTURE and not us[k].is_mention:
            j = h.last + 1
            if j < hi and us[j].low in SUPPLY_NOUNS:
                j += 1      # "halted weapons deliveries to X"
            if j <= hi and us[j].low in ("to", "for"):
                patient = view.object(j, window=4)
                agent = view.subject(k)
                if patient and agent and not _negated(view, lex, k, agent[-1]):
                    return _pairs(view, agent, patient, "OPPOSES", h.first)
            return []
    if rel == "ATTACKS" and any(t.relation == "SUPPORTS" and t.kind == "verb" and not t.rest
                                for w in pre for t in lex.triggers.get(w, ())):
        return []       # "sold Bayraktar drones to X": weapons handed over, not an attack
    if rel in ("ATTACKS", "OPPOSES") and not us[h.first].is_mention:
        under = _under_attack(view, lex, h.first, h.last, lo, hi, rel)
        if under is not None:
            return under
    demonym_self = us[h.first].is_mention
    light = _light_verb_before(view, h.first, lo)
    responsible = light is not None and us[light].low in RESPONSIBILITY
    if demonym_self:
        agent = [h.first]
    elif responsible:
        agent = view.subject(light)
    else:
        agent = _noun_agent(view, h.first, state)
    # "X viewed/treated Y with suspicion": Y is the patient, X the agent
    k = h.first - 1
    while k >= lo and _is_modifier(us[k].low) and not us[k].is_mention and k > h.first - 3:
        k -= 1
    if not agent and k > lo and us[k].low == "with" and us[k - 1].is_actor and rel in (
            "OPPOSES", "SUPPORTS", "ALLIED_WITH"):
        patient0 = view.group_left(k - 1)
        agent0 = view.subject(patient0[0])
        if agent0 and not _negated(view, lex, patient0[0], agent0[-1]):
            return _pairs(view, agent0, patient0, rel, h.first)
    # "between X and Y" (also after a place or date: "talks in Jeddah in 2023 between ...")
    j = h.last + 1
    while j <= hi and j < h.last + 8 and us[j].low in BETWEEN_SKIP or (
            j <= hi and j < h.last + 8 and (us[j].is_place or us[j].low.isdigit())):
        j += 1
    if rel in ("ATTACKS", "OPPOSES") and j <= hi and us[j].low != "between":
        # "fighting has continued around the X dam and Y between A and B": a place phrase
        m = j
        while m <= hi and m < h.last + 14 and not us[m].is_actor and us[m].low != "between" and \
                (us[m].is_place or _is_modifier(us[m].low) or us[m].low in PREPOSITIONS
                 or us[m].low in DETERMINERS or us[m].low in AUX or us[m].low in ("and", ",")) and \
                us[m].low not in LEX().triggers:
            m += 1
        if m <= hi and us[m].low == "between" and any(us[x].is_place for x in range(j, m)):
            j = m
    if j <= hi and us[j].low == "between":
        parties = _between_parties(view, j, hi, state)
        if len(parties) >= 2:
            # hostility between two sides runs both ways; agreements are symmetric anyway
            return _pairs_ids(view, parties[:1], parties[1:], rel, h.first,
                              both=rel not in SYMMETRIC_RELATIONS)
        return []
    # patient after a preposition
    patient: list[int] = []
    by_agent: list[int] = []
    j = h.last + 1
    preps = {"on", "against", "to", "toward", "towards", "for", "with", "over", "at", "targeting",
             "into", "upon"}
    if rel == "ATTACKS" or rel == "OPPOSES" or rel == "THREATENS":
        preps |= {"of"}
    if rel == "SUPPORTS":
        preps -= {"with", "on", "against", "over", "at", "into", "upon"}
    if rel == "ALLIED_WITH":
        # "joint operations against the ADF": the target, no partner
        preps -= {"on", "against", "over", "at", "into", "upon", "targeting", "for"}
    if rel == "ATTACKS" and us[h.first].low in GOODS:
        preps -= {"to", "for"}      # "shipped drones to Ethiopia": a delivery (see _goods)
    if us[h.last].low in DEAL_NOUNS:
        preps -= {"at"}             # "signed the accords at the White House": the venue
    if rel == "NEGOTIATES_WITH":
        preps -= {"on", "over"}     # "talks on Sudan", "a meeting over Gaza": the subject matter
    before = h.first - 1
    while before > lo + 1 and before > h.first - 3 and us[before].low in ("close", "closer",
                                                                         "full", "tight"):
        before -= 1     # "in close coordination with Y"
    adverbial = rel in ("ALLIED_WITH", "SUPPORTS") and light is None and not agent and \
        before > lo and us[before].low == "in"
    if adverbial:
        preps |= {"of"}     # "... in support of Y"
    if rel == "SUPPORTS" and agent and (demonym_self or h.first > 0 and (
            us[h.first - 1].low in ("'s", "’s") or us[h.first - 1].is_mention)):
        preps |= {"of"}     # "Iran's backing of the Houthis", "China's recognition of the Taliban"
    if j <= hi and us[j].low == "by":
        by_agent = _agent_after_by(view, j, window=1)
        j += 1
        while j <= hi and not us[j].is_mention:
            j += 1
        j += 1
    if rel in SYMMETRIC_RELATIONS and j <= hi and us[j].low in BETWEEN_SKIP:
        # "signed a charter in Nairobi in February 2025 with the SPLM-N": past where and when
        m = j
        while m <= hi and m < j + 9 and us[m].low != "with" and (
                us[m].low in BETWEEN_SKIP or us[m].low in WEEKDAYS or (us[m].is_place and (
                    not us[m].is_actor or us[m - 1].low in ("in", "at")))
                or us[m].low.isdigit() or us[m].low in ("the", ",")):
            m += 1
        if m <= hi and m > j and us[m].low == "with":
            j = m
    if j <= hi and us[j].low in preps:
        k = j + 1
        m = k + 1 if k <= hi and us[k].low in DETERMINERS else k
        while m <= hi and m < k + 3 and not us[m].is_mention and _is_modifier(us[m].low) and \
                us[m].low not in PLACE_OF_NOUNS:
            m += 1
        if m + 1 <= hi and us[m].low in PLACE_OF_NOUNS and us[m + 1].low == "of" and (
                rel in ("ATTACKS", "THREATENS") or (m + 2 <= hi and us[m + 2].is_actor)):
            k = m + 2       # "a raid on the mining town of X": the place named; "a memorandum
            #                 with the breakaway region of Somaliland": the actor named
        while k <= hi and k < j + 7 and (not us[k].is_mention or (
                k + 1 <= hi and view.attached_hyphen(k + 1))) and (
                us[k].is_mention or us[k].low in DETERMINERS or _is_modifier(us[k].low)
                or view.attached_hyphen(k)) and us[k].low not in PREPOSITIONS and \
                us[k].low not in RESCUE_VERBS:
            k += 1
        if k <= hi and k > 0 and view.attached_hyphen(k - 1) and us[k].is_mention:
            k = hi + 1      # "anti-Taliban factions"
        if k <= hi and us[k].is_actor or (k <= hi and us[k].is_place and rel in ("ATTACKS", "THREATENS")
                                           and us[j].low in ("on", "against", "of", "targeting")):
            if us[k].is_mention:
                patient = view.group_right(k, hi=hi, places=not us[k].is_actor)
    if not agent:
        agent = by_agent
    if not agent and patient and us[h.first].appos is not None and light is None and \
            us[us[h.first].appos].is_actor and not any(
                us[x].is_actor for x in range(us[h.first].appos + 1, h.first)):
        agent = view.anchor_group(us[h.first].appos)    # "Saudi Arabia, once at war with X,"
    if not agent and patient:
        # "the threat to US interests posed by ISIS-K", "support from X"
        agent = _agent_after_by(view, patient[-1] + 1, window=5)
        if not agent:
            k = patient[-1] + 1
            while k <= min(hi, patient[-1] + 4) and us[k].low != "from":
                k += 1
            if k <= hi and k + 1 <= hi and us[k].low == "from" and rel == "SUPPORTS":
                m = k + 1
                while m <= hi and not us[m].is_mention and m < k + 3:
                    m += 1
                if m <= hi and us[m].is_actor:
                    agent = view.group_right(m, hi=hi)
    if not agent and patient and rel == "NEGOTIATES_WITH" and light is None and \
            us[h.last + 1].low == "with":
        # "X said talks with Y would resume", '"Talks with Y are going well," X said': talks
        # nobody in the sentence is named as holding are the speaker's own
        frame = attr.innermost(state.frames, us[h.first].start)
        predicate = any(us[x].low in AUX or us[x].low in BE_FORMS or _verbish(us[x].low)
                        for x in range(patient[-1] + 1, hi + 1))   # "... would resume"
        if predicate and frame is not None and frame.kind in ("report", "quote") and \
                not frame.hedged and \
                frame.speaker and view.types.get(frame.speaker) in ("Country", "Organization",
                                                                    "Group", "Person") and \
                frame.speaker not in {us[p].eid for p in patient}:
            side = state.affiliation.get(frame.speaker, frame.speaker) \
                if view.types.get(frame.speaker) == "Person" else frame.speaker
            if not _negated(view, lex, h.first, -1):
                return _pairs_ids(view, [side], [us[p].eid for p in patient], rel, h.first)
    if not agent and patient and rel == "ATTACKS" and light is None:
        # "X killed nine people in a raid on Y": the raid is the violent act's, and so its agent
        k = h.first - 1
        while k > lo and not us[k].is_mention and (us[k].low in DETERMINERS or _is_modifier(
                us[k].low)) and us[k].low not in ("in", "during"):
            k -= 1
        if k > lo and us[k].low in ("in", "during"):
            v = next((x for x in range(k - 1, lo - 1, -1) if not us[x].is_mention and any(
                t.relation == "ATTACKS" and t.kind == "verb" for t in lex.triggers.get(us[x].low, ()))),
                None)
            if v is not None:
                agent = view.subject(v)
                light = v if agent else None
    if rel == "ALLIED_WITH" and patient:
        # "in close coordination with our NATO allies": the partners are the bloc's members
        patient = [p for p in patient if not (
            us[p].etype == "Organization" and p + 1 <= hi and us[p + 1].low in BLOC_PARTNERS)]
    if adverbial and patient:
        # "X attacked ships in solidarity with Y", "struck Z in coordination with Y": the act's
        # subject stands with Y
        v = next((x for x in range(before - 1, lo - 1, -1) if not us[x].is_mention and (
            _finite_verb(us, x) or _trigger_verb(us[x].low)) and not any(
                us[y].low in DETERMINERS for y in (x - 1, x - 2) if y >= lo)), None)
        #  (not "sanctioning the same targets in coordination with Y": a noun)
        if v is not None:
            agent = view.subject(v)
            light = v if agent else None
    intent_by = light
    if not agent and light is not None:
        # the clause subject of a light verb: "X launched attacks on Y"
        agent = view.subject(light)
    if agent and not patient and rel == "ATTACKS" and us[h.last].low in WAR_NOUNS:
        # "its war in Gaza", "the coalition's air campaign in Yemen": the place is attacked
        j = h.last + 1
        if j + 1 <= hi and us[j].low == "in" and us[j + 1].is_place and us[j + 1].kind != "metonym":
            patient = [p for p in view.group_right(j + 1, places=True, hi=hi)
                       if us[p].eid not in {us[a].eid for a in agent}]
    if agent and not patient and rel == "ATTACKS":
        # "responsible for Afghanistan's attacks", "attacks inside Pakistan"
        if intent_by is not None and us[intent_by].low in RESPONSIBILITY:
            k = h.first - 1
            while k > intent_by and us[k].low not in ("'s", "’s"):
                k -= 1
            if k > intent_by and us[k - 1].etype == "Country":
                patient = [k - 1]
        j = h.last + 1
        c = j + 1
        while c <= hi and c < j + 3 and us[c].low in COMPASS:
            c += 1          # "airstrikes in eastern Afghanistan"
        if not patient and c <= hi and us[j].low in ("inside", "in", "within") and \
                us[c].etype == "Country" and not (
                    us[h.last].low in ("operation", "operations") and us[j].low == "in"):
            patient = view.group_right(c, places=True, hi=hi)
            patient = [p for p in patient if us[p].etype == "Country"]
    if responsible and agent and not patient and rel == "ATTACKS" and \
            not _negated(view, lex, light, agent[-1]):
        state.last_attacker, state.last_attack_sentence = us[agent[0]].eid, state.sentence
    if agent and not patient and rel in ("ATTACKS", "THREATENS") and h.last + 1 <= hi and \
            us[h.last + 1].low in ("on", "against"):
        # "Chad responded with air strikes on the group's camps": the group referred back to
        got = _anaphor_object_id(view, h.last, state, exclude=[us[a].eid for a in agent])
        nxt = us[got[0] + 1].low if got is not None and got[0] + 1 < len(us) else "."
        if got is not None and nxt not in ("'s", "’s") and (nxt == "of" or _is_modifier(nxt)):
            got = None      # "against the military governments of Mali": named after all
        if got is not None and not _negated(view, lex, intent_by if intent_by is not None
                                            else h.first, agent[-1]):
            return _pairs_ids(view, [us[a].eid for a in agent], [got[1]], rel, h.first)
    if not agent and patient and light is not None and intent_by == light and \
            us[light].low not in RESPONSIBILITY and _intent(view, lex, light) is None:
        # '"We are at war with Mali," said the FLA's spokesman', "The group has since carried
        # its war into Togo": the side referred back to
        got = _anaphor_subject_id(view, light, state)
        if got is not None and not _negated(view, lex, light, got[0]):
            both = us[h.last].low in MUTUAL_WAR_NOUNS and us[h.last + 1].low == "with"
            if rel in ("ATTACKS", "OPPOSES") and any(
                    us[x].low in lex.intent_verbs for x in range(light, h.first)):
                rel, certainty, both = "THREATENS", "asserted", False    # "It has vowed attacks"
            return _pairs_ids(view, [got[1]], [us[p].eid for p in patient], rel, h.first,
                              certainty, both=both)
    if not agent or not patient:
        if agent and not patient and rel == "ATTACKS" and len(agent) >= 2 and \
                us[h.first - 1].low == "at" and light is not None and \
                not _negated(view, lex, light, agent[-1]):
            # "X and Y have been at war since 2023": war on each other
            return _among(view, agent, rel, h.first, both=True)
        if agent and not patient and rel == "OPPOSES" and len(agent) >= 2 and \
                us[h.last].low in MUTUAL_OPPOSITION and not _negated(view, lex, h.first, agent[-1]):
            # "X and Y have been locked in a bitter feud", "X and Y's rivalry": each other's
            return _among(view, agent, rel, h.first, both=True)
        if agent and not patient and rel in SYMMETRIC_RELATIONS and len(agent) >= 2:
            return _among(view, agent, rel, h.first)
        if agent and not patient and rel in SYMMETRIC_RELATIONS and len(agent) == 1:
            return []
        return []
    if any(a in patient for a in agent):
        return []
    # vows and threats: "promised to launch attacks on X", "vowed fresh attacks on X"
    intent = _intent(view, lex, intent_by if intent_by is not None else h.first)
    if intent is None and intent_by is not None:
        # "Hamas has vowed attacks on Israel": the vow between the light verb and the noun
        intent = next((x for x in range(intent_by, h.first) if not us[x].is_mention
                       and us[x].low in lex.intent_verbs), None)
    if intent is None and intent_by is None and not demonym_self:
        k = h.first - 1
        while k > lo and k > h.first - 4 and not us[k].is_mention and (
                us[k].low in DETERMINERS or us[k].low == "of" or (
                    _is_modifier(us[k].low) and us[k].low not in lex.intent_verbs)):
            k -= 1
        if k >= lo and not us[k].is_mention and us[k].low in lex.intent_verbs:
            intent = k
    if intent is not None and rel in ("ATTACKS", "OPPOSES"):
        rel = "THREATENS"
        certainty = "asserted"
        agent = view.subject(intent) or agent
    if _negated(view, lex, intent_by if intent_by is not None else h.first, agent[-1]):
        return []
    both = ((rel == "ATTACKS" and us[h.last].low in MUTUAL_WAR_NOUNS) or (
        rel == "OPPOSES" and us[h.last].low in MUTUAL_OPPOSITION)) and any(
        us[x].low == "with" for x in range(max(h.last + 1, patient[0] - 3), patient[0]))
    # "its four-day conflict with Pakistan", "clashes with the army": both sides fight;
    # "locked in a bitter dispute with Ethiopia": both oppose
    return _pairs(view, agent, patient, rel, h.first, certainty, both=both)


MUTUAL_WAR_NOUNS = frozenset("""war wars conflict conflicts clash clashes skirmish skirmishes
hostilities fighting""".split())


def _under_attack(view: View, lex: Lexicon, first: int, last: int, lo: int, hi: int,
                  rel: str = "ATTACKS") -> list[_Found] | None:
    """"Ukraine came under attack from Russian drones", "Israeli positions came under rocket
    fire from Hezbollah", "Hezbollah, under pressure from the Lebanese government": the one
    after "from"/"by" attacks (opposes) the clause subject. None when the noun is not "under"
    one; [] when it is but a side is missing."""
    us = view.units
    k = first - 1
    while k > lo and k > first - 3 and not us[k].is_mention and _is_modifier(us[k].low) and \
            us[k].low != "under":
        k -= 1      # "under heavy attack"
    if k < lo or us[k].low != "under":
        return None
    j = last + 1
    if j > hi or us[j].low not in ("from", "by"):
        return []
    m = j + 1
    while m <= hi and m < j + 4 and not us[m].is_mention and (
            us[m].low in DETERMINERS or _is_modifier(us[m].low)):
        m += 1
    if m > hi or not us[m].is_actor or (m + 1 <= hi and view.attached_hyphen(m + 1)):
        return []   # (not "from Iran-backed militias": the militias are unnamed)
    victim = view.subject(k)
    if not victim:
        x = k - 1
        while x > lo and (us[x].low in AUX or us[x].low in BE_FORMS or us[x].low in (
                "came", "come", "comes", "coming", "remains", "remained", "fell") or
                us[x].low.endswith("ly")):
            x -= 1
        victim = [x] if x < k - 1 and us[x].is_place else []    # "El Fasher has been under siege"
    if not victim or _negated(view, lex, k, victim[-1]):
        return []
    return _pairs(view, view.group_right(m, hi=hi), victim, rel, first)


PLACE_OF_NOUNS = frozenset("""town village city district province region county port camp
island settlement neighbourhood neighborhood suburb area""".split())
WAR_NOUNS = frozenset("""war wars campaign campaigns offensive offensives bombing bombings
bombardment shelling airstrikes strikes invasion siege assault onslaught""".split())
BETWEEN_SKIP = frozenset({"in", "on", "at", "last", "this", "late", "early", "since"}) | frozenset(MONTHS)


LOYAL = frozenset("loyal close allied aligned affiliated backed".split())


def _between_parties(view: View, j: int, hi: int, state: _State) -> list[str]:
    """The conjuncts of "between X and Y" at ``j``: named actors or anaphors ("between the army
    and the RSF")."""
    us = view.units
    out: list[str] = []
    k = j + 1
    while k <= hi and k < j + 12:
        u = us[k]
        if u.is_actor and k + 1 <= hi and us[k + 1].low in ("'s", "’s"):
            # "between Araghchi and Trump's envoy Steve Witkoff": the envoy is the party
            m = k + 2
            while m <= hi and m < k + 6 and not us[m].is_mention and _is_modifier(us[m].low):
                m += 1
            if m + 1 <= hi and m > k + 2 and us[m].low == "," and us[m + 1].etype == "Person":
                m += 1      # "... and Azerbaijan's president, Ilham Aliyev"
            if m <= hi and m > k + 2 and us[m].etype == "Person":
                k, u = m, us[m]
        if u.is_actor:
            if not out or out[-1] != u.eid:
                out.append(u.eid)
        elif _anaphor_types(view, k) is not None and us[k].low not in ANAPHOR_TYPES:
            eid = _resolve_anaphor(view, k, state, subject=False, exclude=out)
            if eid:
                out.append(eid)
        elif u.low in ("to", "with", "by") and k > j + 1 and us[k - 1].low in LOYAL:
            pass        # "between forces loyal to X and Y"
        elif u.low not in ("and", ",", "the", "both") and not _is_modifier(u.low) \
                and u.low not in LEX().proxy_nouns:
            break
        if len(out) >= 2 and u.is_mention is False and u.low == ",":
            break
        k += 1
    return out


KIN_ROLES = frozenset("""son sons daughter daughters father mother wife husband nephew niece
cousin uncle half-brother brother-in-law son-in-law sister sisters widow stepson""".split())


def _arch_rival(us: list[Unit], k: int) -> bool:
    """Is the role noun at ``k`` an arch-rival ("arch-rival" is three units)? A rivalry so named
    runs both ways; "rivals of the US such as Russia" is said of one side only."""
    return us[k].low in ("archrival", "archrivals") or (
        us[k].low in ("rival", "rivals") and k >= 2 and us[k - 1].low == "-"
        and us[k - 2].low == "arch")


def _role_claims(view: View, lex: Lexicon, h: _Hit) -> list[_Found]:
    """Relational nouns: "X, a sworn enemy of Y", "Y's staunchest supporter", "rivals of Y such
    as X and Z", "X as another lackey of Y", "Y's proxy X"."""
    us = view.units
    t = h.trigger
    lo, hi = view.clause(h.first)
    rel = t.relation
    anchor: list[int] = []
    holder: list[int] = []
    # anchor: "of [both] Y" after, or "Y's [adj]* N" before
    j = h.last + 1
    if j <= hi and us[j].low in ("of", "to"):
        k = j + 1
        while k <= hi and not us[k].is_mention and k < j + 4 and (us[k].low in DETERMINERS or
                                                                  _is_modifier(us[k].low)):
            k += 1
        if k <= hi and us[k].is_actor:
            anchor = view.group_right(k, hi=hi)
    if not anchor:
        k = h.first - 1
        while k >= lo and not us[k].is_mention and us[k].low not in ("'s", "’s") and \
                (_is_modifier(us[k].low) or us[k].low in ("most", "more") or view.attached_hyphen(k)) \
                and k > h.first - 6:
            k -= 1      # "Moscow's most important economic lifeline", "second-largest donor"
        if k > lo and us[k].low in ("'s", "’s") and us[k - 1].is_actor:
            anchor = [k - 1]
        elif us[h.first].appos is not None and us[k].is_actor and k > lo and \
                us[k].appos == us[h.first].appos and us[k].eid != us[us[h.first].appos].eid and \
                all(us[x].low in DETERMINERS or _is_modifier(us[x].low)
                    for x in range(us[h.first].appos + 2, k)):
            anchor = [k]    # "X, a Museveni ally, ...", "X, the Shor ally elected in 2023"
    if not anchor:
        return []
    if t.lemma in ("adviser", "advisor") and us[anchor[0]].etype != "Person":
        return []       # an adviser to a ministry or state serves it: no alliance
    kin = t.lemma in KIN_ROLES
    if kin and us[anchor[0]].etype != "Person":
        return []       # "Russia's sons", "the daughter of a Kyiv school": no kinship tie
    # holder: apposition anchor, "such as X" after, copula subject, or a name right after
    if us[h.first].appos is not None and us[us[h.first].appos].is_actor:
        holder = view.anchor_group(us[h.first].appos)
    else:
        k = anchor[-1] + 1
        while k <= min(hi, anchor[-1] + 3) and not us[k].is_mention:
            if us[k].low in ("such", "including", "like", "namely"):
                m = k + 1
                while m <= hi and not us[m].is_mention and m < k + 3:
                    m += 1
                if m <= hi and us[m].is_actor:
                    holder = view.group_right(m, hi=hi)
                break
            k += 1
        if not holder and anchor[0] < h.first:
            # "Y's close friend X", "Y's rival, X, ..."
            k = h.last + 1
            if k + 1 <= hi and us[k].low == "," and _closed_apposition(view, k):
                k += 2 if us[k + 1].low == "the" else 1
            if k <= hi and us[k].is_actor:
                holder = view.group_right(k, hi=hi)
        if not holder and h.last + 1 <= hi and us[h.last + 1].low == "in":
            # "Dbeibah's allies in the 444th Brigade", "its ally in the Artibonite valley, Y"
            k = h.last + 2
            while k < len(us) and k < h.last + 7 and (us[k].etype == "Location" or (
                    not us[k].is_mention and (us[k].low in DETERMINERS or _is_modifier(us[k].low)))):
                k += 1
            if k < len(us) and us[k].is_actor and us[k].etype in ("Group", "Organization"):
                holder = [k]
            elif k + 1 < len(us) and us[k].low == "," and us[k + 1].is_actor and \
                    us[k + 1].etype in ("Group", "Organization", "Country"):
                holder = [k + 1]
        if not holder:
            # copula / "as": "X is Y's staunchest supporter", "the role of X as a lackey of Y"
            k = min(h.first, anchor[0]) - 1
            while k >= lo and not us[k].is_mention:
                k -= 1
            if k >= lo and us[k].is_actor:
                between = {u.low for u in us[k + 1:min(h.first, anchor[0])]}
                if between & (COPULAS | {"as"}) and not between & {"it", "they", "he", "she"}:
                    holder = view.group_left(k)     # (not "X ..., and it is Y's ally": it is)
    if not holder and anchor and anchor[0] < h.first and anchor[0] >= 2 and \
            us[anchor[0] - 1].low == "," and us[anchor[0] - 2].is_actor:
        holder = view.group_left(anchor[0] - 2)     # "Russia, Assad's other patron, ..."
    if not holder:
        for rs, re_, rel_anchor in view.relatives:
            if rs < h.first < re_ and us[rs].low == "who" and us[rel_anchor].is_actor and \
                    set(view.words(rs + 1, h.first)) & (COPULAS | {"as"}):
                holder = [rel_anchor]       # "X, who now serves as an adviser to Y,"
    if not holder or set(holder) & set(anchor):
        return []
    if kin and any(us[x].etype != "Person" for x in holder):
        return []
    if _negated(view, lex, h.first, holder[-1] if holder[-1] < h.first else -1):
        return []
    if t.kind == "reverse_role":
        return _pairs(view, anchor, holder, rel, h.first)
    # "India, China's arch-rival": a rivalry so named runs both ways
    return _pairs(view, holder, anchor, rel, h.first,
                  both=rel == "OPPOSES" and _arch_rival(us, h.first))


AT_ODDS = frozenset({"odds", "loggerheads"})
# hostility nouns that, with two sides and no target, mean hostility toward each other
MUTUAL_OPPOSITION = frozenset("""feud feuds rivalry rivalries dispute disputes standoff stand-off
enmity competition rift spat row""".split())


def _adj_claims(view: View, lex: Lexicon, h: _Hit) -> list[_Found]:
    """"X has grown hostile toward Y", "X is suspicious of Y"."""
    us = view.units
    j = h.last + 1
    te = h.last
    source = None
    if j < len(us) and us[j].low == "by":
        # "a group linked by Indian officials to X": the agent of the link is a source
        m = j + 1
        while m < len(us) and m < j + 6 and us[m].low not in ("to", "with") and us[m].low != ",":
            if us[m].is_actor and source is None:
                source = us[m].eid
            m += 1
        if m < len(us) and us[m].low in ("to", "with"):
            j, te = m, m - 1
        else:
            source = None
    if us[h.first].low in AT_ODDS and (h.first == 0 or us[h.first - 1].low != "at"):
        return []   # "at odds with Y", not "the odds of Y winning"
    if us[h.first].low in AT_ODDS and (j >= len(us) or us[j].low != "with"):
        # "X and Y have long been at loggerheads over Z": with each other
        subj = view.subject(h.first)
        if len(subj) >= 2 and not _negated(view, lex, h.first, subj[-1]):
            return _among(view, subj, h.trigger.relation, h.first, both=True)
        return []
    if j >= len(us) or us[j].low not in ("to", "toward", "towards", "of", "with", "against"):
        return []
    if h.first > 0 and not us[h.first - 1].is_mention and (
            us[h.first - 1].low in LOYAL_MEN):
        return []   # "attacked fighters loyal to Y": the fighters are loyal, not the attacker
    subj = view.subject(h.first)
    obj = view.object(te)
    if not subj or not obj or _negated(view, lex, h.first, subj[-1]) or \
            _describes_object(us, subj[-1], h.first):
        return []
    out = _pairs(view, subj, obj, h.trigger.relation, h.first)
    for f in out:
        f.source = source
    return out


def _describes_object(us: list[Unit], subj: int, first: int) -> bool:
    """"kept attacking ships linked to Israel", "sanctioned firms close to the IRGC": the
    adjective describes the object noun of a verb after the subject, not the subject. Not after
    "as" or a copula ("emerged as a force aligned with Y", "is a group linked to Y")."""
    k = first - 1
    while k > subj and us[k].low.endswith("ly"):
        k -= 1
    if k <= subj or us[k].is_mention or not us[k].low.isalpha() or us[k].low in COPULAS or \
            us[k].low in AUX or us[k].low in PREPOSITIONS or us[k].low in FUNCTION_WORDS or \
            _verbish(us[k].low):
        return False
    while k - 1 > subj and not us[k - 1].is_mention and (
            us[k - 1].low in DETERMINERS or _is_modifier(us[k - 1].low)) and \
            not _verbish(us[k - 1].low) and us[k - 1].low not in AUX:
        k -= 1
    if us[k - 1].low == "as" or us[k - 1].low in COPULAS:
        return False
    return any(_verbish(us[m].low) for m in range(subj + 1, k))


def _compound_claims(view: View, lex: Lexicon) -> list[_Found]:
    """"the U.S.-backed Afghan army", "a U.S.-designated terrorist group", "Kandahar-based X",
    "the anti-Taliban National Resistance Front"."""
    us = view.units
    out: list[_Found] = []
    for i in view.lows_at(_HYPHEN_SET):     # (both readings need a hyphen attached at i)
        if not 0 < i < len(us) - 1:
            continue
        if us[i - 1].low == "anti" and not us[i - 1].is_mention and view.attached_hyphen(i) and \
                us[i + 1].is_actor:
            # "the anti-Houthi Southern Transitional Council": the body named opposes X
            k = i + 2
            while k < len(us) and k < i + 5 and not us[k].is_mention and _is_modifier(us[k].low):
                k += 1
            if k < len(us) and us[k].is_actor and us[k].eid != us[i + 1].eid:
                out.append(_Found(us[k].eid, "OPPOSES", us[i + 1].eid, _span(view, [i - 1, k]),
                                  us[i - 1].start))
            continue
        if not view.attached_hyphen(i) or not us[i - 1].is_mention:
            continue
        word = us[i + 1].low
        if word == "led" and us[i - 1].is_actor:
            # "the NATO-led Kosovo Force": the force belongs to NATO; "a Kenya-led mission":
            # the leading state is one of its members
            k = i + 2
            while k < len(us) and k < i + 5 and not us[k].is_mention and _is_modifier(us[k].low):
                k += 1
            if k < len(us) and us[k].is_actor and us[k].etype in ("Organization", "Group") and \
                    us[k].eid != us[i - 1].eid:
                span = _span(view, [i - 1, k])
                if us[i - 1].etype == "Country":
                    out.append(_Found(us[i - 1].eid, "MEMBER_OF", us[k].eid, span, us[i + 1].start))
                else:
                    out.append(_Found(us[k].eid, "MEMBER_OF", us[i - 1].eid, span, us[i + 1].start))
            continue
        if word == "based" or word in lex.compounds or word in AFFILIATED:
            rel = "OPERATES_IN" if word == "based" else (
                "MEMBER_OF" if word in AFFILIATED else lex.compounds[word])
            left = us[i - 1]
            if rel == "OPERATES_IN" and not left.is_place:
                continue
            if rel != "OPERATES_IN" and not left.is_actor:
                continue
            if rel == "MEMBER_OF" and left.etype not in ("Group", "Organization"):
                continue
            lo, hi = view.clause(i)
            target: list[int] = []
            k = i + 2
            while k <= hi and k < i + 6 and not us[k].is_mention and _is_modifier(us[k].low):
                k += 1
            if k <= hi and us[k].is_actor and k < i + 6:
                target = [k]
            elif us[i].appos is not None and us[us[i].appos].is_actor:
                target = view.anchor_group(us[i].appos)
            else:
                k = i - 2
                while k >= lo and not us[k].is_mention:
                    k -= 1
                if k >= lo and us[k].is_actor and set(view.words(k + 1, i - 1)) & COPULAS:
                    target = view.group_left(k)
            subj = view.group_left(i - 1) if rel != "OPERATES_IN" else [i - 1]
            for s in subj:
                for o in target:
                    if us[s].eid == us[o].eid:
                        continue
                    span = _span(view, [s, o, i + 1])
                    if rel in ("OPERATES_IN", "MEMBER_OF"):
                        out.append(_Found(us[o].eid, rel, us[s].eid, span, us[i + 1].start))
                    else:
                        out.append(_Found(us[s].eid, rel, us[o].eid, span, us[i + 1].start))
    return out


# --------------------------------------------------------------------------------------------
# the state acting through its leaders

POLARITY_OF = {"ALLIED_WITH": "cooperative", "SUPPORTS": "cooperative",
               "NEGOTIATES_WITH": "cooperative", "ATTACKS": "hostile", "THREATENS": "hostile",
               "OPPOSES": "hostile"}
STATE_TITLES = frozenset("""president minister premier king queen emir chancellor sultan
monarch ruler prince leader""".split())
MAIN_RELATIONS = frozenset({"ALLIED_WITH", "SUPPORTS", "NEGOTIATES_WITH", "ATTACKS", "THREATENS",
                            "OPPOSES"})


def _possessive_state_title(view: View, i: int) -> int | None:
    """Unit of the country whose leader the person at ``i`` is introduced as, with a
    possessive: "Mali's interim president, General Assimi Goita", "Pakistan's Defense Minister
    Khawaja Asif", "Abdoulaye Diop, Mali's foreign minister,". None otherwise."""
    us = view.units
    n = len(us)

    def title_before(k: int) -> int | None:
        # k: the unit right before the title words; walk left over modifiers to "'s"
        words = []
        while k >= 0 and not us[k].is_mention and len(words) < 5 and _is_modifier(us[k].low):
            words.append(us[k].low)
            k -= 1
        if words and k >= 1 and us[k].low in ("'s", "’s") and us[k - 1].etype == "Country" \
                and STATE_TITLES & set(words):
            return k - 1
        return None

    k = i - 1
    if k >= 0 and not us[k].is_mention and (us[k].low,) in LEX().titles and \
            us[k].low not in STATE_TITLES:
        k -= 1              # a rank before the name: "General Assimi Goita"
    if k >= 0 and us[k].low == ",":
        k -= 1
    got = title_before(k)
    if got is not None:
        return got
    # "X, Mali's foreign minister, ..."
    if i + 4 < n and us[i + 1].low == "," and us[i + 2].etype == "Country" and \
            us[i + 3].low in ("'s", "’s"):
        k = i + 4
        words = []
        while k < n and not us[k].is_mention and _is_modifier(us[k].low) and len(words) < 5:
            words.append(us[k].low)
            k += 1
        if STATE_TITLES & set(words) and (k >= n or us[k].low in (",", ".")):
            return i + 2
    return None


def _state_credit(view: View, lex: Lexicon, found: list[_Found],
                  state: "_State | None" = None) -> list[_Found]:
    """A head of state or minister introduced as the country's ("Mali's interim president X has
    defended the partnership with Moscow") acts for the state: the claim is the country's too.
    A counterpart met or fought is the other state's ("met his Russian counterpart Y").
    Any other official of a state the article names ("Foreign Ministry spokeswoman X",
    "X, an adviser to Iran's Supreme Leader") speaks and acts for it towards other actors, not
    towards persons (meeting a foreign minister is no state-to-person relation)."""
    us = view.units
    states: dict[str, str] = {}
    for i in view.mention_units:
        u = us[i]
        if u.etype == "Person" and u.eid not in states:
            c = _possessive_state_title(view, i)
            if c is not None:
                states[u.eid] = us[c].eid
    served = state.country_of if state is not None else {}
    if not states and not any(f.subject in served for f in found):
        return []
    counterparts: dict[str, str] = {}
    for i in view.mention_units:
        u = us[i]
        if u.etype == "Person" and i > 0 and us[i - 1].kind == "demonym" and \
                us[i - 1].etype == "Country" and "counterpart" in us[i - 1].text.lower():
            counterparts[u.eid] = us[i - 1].eid
    out: list[_Found] = []
    for f in found:
        if f.relation not in MAIN_RELATIONS:
            continue
        country = states.get(f.subject)
        if country is None:
            country = served.get(f.subject)
            if state is not None and view.types.get(state.affiliation.get(f.subject)) == "Group":
                continue    # a movement's leader speaks for the movement, not for a state
            if country is None or view.types.get(f.object) == "Person" or f.object == country \
                    or served.get(f.object) == country:
                continue
            out.append(_Found(country, f.relation, f.object, f.span, f.trigger, f.certainty,
                              f.subject))
            continue
        if f.object == country:
            continue
        other = counterparts.get(f.object)
        if other is None:
            out.append(_Found(country, f.relation, f.object, f.span, f.trigger, f.certainty,
                              f.subject))
        elif other != country:
            out.append(_Found(country, f.relation, other, f.span, f.trigger, f.certainty,
                              f.subject))
    return out


# --------------------------------------------------------------------------------------------
# structural claims

def _structural(view: View, lex: Lexicon, ents: dict[str, Entity], catalog,
                found: list[_Found], state: _State | None = None,
                members: list[_Found] | None = None) -> list[_Found]:
    if members is None:
        members = _member_of(view, lex, ents, catalog, state)
    return members + _operates_in(view, lex) + _hosted_forces(view, lex) + \
        _control_of(view, state) + \
        _violence_located(view, found) + _formation(view, lex, ents) + _member_states(view)


# what may stand between "Machar's" and the movement he leads
LED_BODY_MODIFIERS = frozenset("""self - styled ruling armed own rebel party movement former
breakaway""".split())
# what may follow the body's name: the phrase ends there ("Riek Machar's SPLM-IO rejected")
PHRASE_END = frozenset(""", . ; : ) ( and or but has have had is was were are will would
could can said says say in on at to from since""".split())


def _predicate_after(us: list[Unit], j: int) -> bool:
    """Does a verb open a predicate at ``j`` ("rejected", "controls the east"), not a plural noun
    ("NATO allies were")?"""
    if not us[j].low.endswith("s"):
        return _finite_verb(us, j)
    return j + 1 < len(us) and (us[j + 1].is_mention or us[j + 1].low in ("the", "a", "an"))


def _leads_body(view: View, person: int, k: int, catalog) -> bool:
    """After "<person>'s", does the body named at ``k`` head its phrase, as the movement or force
    the person leads ("Riek Machar's SPLM-IO rejected"; not "Netanyahu's Hamas policy", where the
    name only modifies)? A catalogued person's possessive is taken only for the body the
    catalog says the person belongs to: "Putin's Wagner Group" is patronage, not membership."""
    us = view.units
    if us[k].kind != "name" or not (k + 1 >= len(us) or us[k + 1].low in PHRASE_END
                                    or _predicate_after(us, k + 1)):
        return False
    entry = _catalog_entry(catalog, us[person].eid)
    return entry is None or entry.member_of == us[k].eid


MEMBER_NOUNS = frozenset("member members".split())
BLOC_PARTNERS = frozenset("ally allies partner partners member members".split())
MEMBER_KINDS = frozenset("state states country countries nation nations".split())


MEMBER = frozenset({"member"})


def _member_states(view: View) -> list[_Found]:
    """"NATO member Finland", "fellow EU members Hungary and Slovakia", "Romania, a NATO
    member (state)": states that belong to a named body."""
    us = view.units
    n = len(us)
    out: list[_Found] = []
    for j in view.mention_units:
        o = us[j]
        if not (o.etype == "Organization" and j + 1 < n and us[j + 1].low in MEMBER_NOUNS):
            continue
        k = j + 2 + (j + 2 < n and us[j + 2].low in MEMBER_KINDS)
        if k < n and us[k].is_mention and us[k].etype == "Country":
            out += [_Found(us[x].eid, "MEMBER_OF", o.eid, _span(view, [j, x]), us[j + 1].start)
                    for x in view.group_right(k) if us[x].etype == "Country"]
            continue
        a = j - 1
        if a >= 0 and us[a].low in ("a", "an", "the", "fellow", "another", "founding") and \
                us[a].appos is not None:
            a = us[a].appos
            if us[a].is_mention and us[a].etype == "Country":
                out.append(_Found(us[a].eid, "MEMBER_OF", o.eid, _span(view, [a, j]), us[j + 1].start))
    # "Turkey is a (founding) member of NATO"
    for j in view.having(MEMBER):
        u = us[j]
        if j < 2 or j + 2 >= n or us[j + 1].low != "of":
            continue
        b = j - 1 - (us[j - 1].low in ("founding", "full", "key", "permanent"))
        if b < 1 or us[b].low not in ("a", "an") or us[b - 1].low not in ("is", "are", "was", "were",
                                                                          "been"):
            continue
        k = j + 2 + (us[j + 2].low == "the")
        if k < n and us[k].is_mention and us[k].etype == "Organization" and \
                not _negated(view, LEX(), b - 1, k):
            out += [_Found(us[x].eid, "MEMBER_OF", us[k].eid, _span(view, [x, k]), u.start)
                    for x in view.subject(b - 1) if us[x].etype == "Country"]
    return out


FORM_VERBS = frozenset("""form forms formed forming found founds founded founding create creates
created creating establish establishes established establishing launch launches launched
launching""".split())
JOIN_VERBS = frozenset("join joins joined joining rejoin rejoined".split())
# "ISWAP, which broke away from Boko Haram", "a faction that split from the SPLM-IO": a splinter
SPLIT_VERBS = frozenset("""break breaks broke breaking split splits splitting splinter splinters
splintered splintering""".split())
# "Hezbollah is now led by Naim Qassem", "the group, founded by X": X belongs to it
LED_BY = frozenset("led headed run chaired commanded founded co-founded directed created".split())
INCLUDE_VERBS = frozenset("include includes included comprise comprises comprised".split())
ALLIANCE_HEADS = frozenset("alliance coalition bloc camp axis".split())
WHOM_QUANTIFIERS = frozenset("both all each neither none most many some".split())
_ALLIANCE_NAME = re.compile(r"\b(?:Alliance|Coalition|Union|Pact|League|Bloc|Confederation|Axis|"
                            r"Partnership|Federation|Front|Council|Community)\b")


def _formation(view: View, lex: Lexicon, ents: dict[str, Entity]) -> list[_Found]:
    """"Niger and Burkina Faso formed the Alliance of Sahel States with Mali": the founders
    (and the partner named with "with") are members and, for an alliance, allies; "X joined
    NATO": a member; "a coalition that includes the M23": the included is a member."""
    us = view.units
    out: list[_Found] = []
    for i in view.having(FORM_VERBS, JOIN_VERBS, INCLUDE_VERBS, LEADS, SPLIT_VERBS, LED_BY):
        u = us[i]
        low = u.low
        _, hi = view.clause(i)
        if low in SPLIT_VERBS or (low in LED_BY and i + 1 <= hi and us[i + 1].low == "by"):
            out += _split_or_led(view, i, hi)
            continue
        k = _past_premodifiers(us, i + 1, hi)
        if k > hi or not us[k].is_mention:
            continue
        subj = view.subject(i)
        if not subj or _negated(view, lex, i, subj[-1]):
            continue
        if low in JOIN_VERBS and us[k].is_actor and k + 2 <= hi and us[k + 1].low in ("'s", "’s") \
                and any(us[x].low in ALLIANCE_HEADS for x in range(k + 2, min(hi + 1, k + 5))):
            # "joined the RSF's Tasis alliance", "Iran's axis": an ally of its leader, no member
            out += [_Found(us[x].eid, "ALLIED_WITH", us[k].eid, _span(view, [x, k]), u.start)
                    for x in subj if us[x].eid != us[k].eid and us[x].is_actor]
            continue
        if low in INCLUDE_VERBS:
            if all(us[x].etype in ("Group", "Organization") for x in subj) and us[k].is_actor:
                out += [_Found(us[o].eid, "MEMBER_OF", us[x].eid, _span(view, [x, i, o]), u.start)
                        for o in view.group_right(k, hi=hi) for x in subj
                        if us[o].eid != us[x].eid]
            continue
        if us[k].etype not in ("Group", "Organization"):
            continue
        if low in LEADS:
            # "Corneille Nangaa heads the Congo River Alliance"
            out += [_Found(us[x].eid, "MEMBER_OF", us[k].eid, _span(view, [x, k]), u.start)
                    for x in subj if us[x].etype == "Person"]
            continue
        org = us[k]
        members = list(subj)
        m = k + 1
        while m <= hi and m < k + 3 and us[m].low != "with":
            m += 1
        if m + 1 <= hi and us[m].low == "with" and us[m + 1].is_actor:
            members += view.group_right(m + 1, hi=hi)
        out += [_Found(us[x].eid, "MEMBER_OF", org.eid, _span(view, [x, k]), u.start)
                for x in members if us[x].eid != org.eid and us[x].is_actor]
        name = ents[org.eid].name if org.eid in ents else org.text
        if low in FORM_VERBS and _ALLIANCE_NAME.search(name):
            ids = list(dict.fromkeys(us[x].eid for x in members if us[x].eid != org.eid))
            out += [_Found(a, "ALLIED_WITH", b, _span(view, [members[0], k]), u.start)
                    for n_, a in enumerate(ids) for b in ids[n_ + 1:]]
    return out


def _split_or_led(view: View, i: int, hi: int) -> list[_Found]:
    """"X broke away / split (off) from Y": X is a splinter of Y; "X is (now) led / founded by
    Y" and "X, headed by Y": Y, a person, belongs to X."""
    us = view.units
    k = i + 1
    if us[i].low in SPLIT_VERBS:
        if k <= hi and us[k].low in ("away", "off"):
            k += 1
        if k > hi or us[k].low != "from":
            return []
    k = _past_premodifiers(us, k + 1, hi)
    if k > hi or not us[k].is_mention:
        return []
    subj = view.subject(i)
    if not subj or _negated(view, LEX(), i, subj[-1]):
        return []
    if us[i].low in SPLIT_VERBS:
        if us[k].etype not in ("Group", "Organization"):
            return []
        return [_Found(us[x].eid, "MEMBER_OF", us[k].eid, _span(view, [x, k]), us[i].start)
                for x in subj if us[x].etype in ("Group", "Organization") and us[x].eid != us[k].eid]
    if us[k].etype != "Person":
        return []
    return [_Found(us[k].eid, "MEMBER_OF", us[x].eid, _span(view, [x, k]), us[i].start)
            for x in subj if us[x].etype in ("Group", "Organization")]


PLACE_HEADS = frozenset("""city town village port capital region province district state
county area outskirts suburbs suburb governorate""".split())
LOCATED = frozenset("in inside across throughout near around outside off".split())


SETTLEMENTS = frozenset("""towns villages cities city town village neighbourhoods neighborhoods
districts suburbs settlements hamlets camps homes markets hospitals schools""".split())
# fixed sites: striking them near a place strikes the place ("bombed the power stations around
# Sanaa"); whoever owns them is present there ("Hezbollah depots near Tyre")
SITE_NOUNS = frozenset("""depot depots warehouse warehouses facility facilities infrastructure plant
plants station stations refinery refineries airport airports airfield airfields airbase airbases
port ports bridge bridges dam dams factory factories site sites target targets hideout hideouts
compound compounds headquarters base bases stronghold strongholds""".split())
# a force's positions near a place put the force there, not its attacker
POSITION_NOUNS = frozenset("""position positions post posts outpost outposts trenches lines garrison
garrisons barracks camp camps convoy convoys patrol patrols checkpoint checkpoints""".split())


# weapons that strike from afar: their user is not where they hit
STANDOFF_WEAPONS = frozenset("""jets jet aircraft warplanes warplane planes drones drone airstrike
airstrikes air missile missiles rocket rockets artillery shelled shelling shells bombed bombing
bombs bombarded bombardment bombers""".split())


def _standoff(view: View, ti: int, end: int) -> bool:
    """Is the strike at ``ti`` made from afar, by a standoff weapon named between its subject
    and ``end`` ("its jets struck", "Turkish drones hit", "bombed", "air strikes on")?"""
    lo, _ = view.clause(ti)
    return any(view.units[k].low in STANDOFF_WEAPONS for k in range(max(lo, ti - 3), end))


def _settlements_object(view: View, te: int) -> bool:
    """Is the object of the predicate ending at ``te`` a settlement or fixed site ("hit towns",
    "shelled two villages", "bombed fuel depots")?"""
    return _head_noun_after(view, te, SETTLEMENTS | SITE_NOUNS) is not None


def _head_noun_after(view: View, k: int, nouns: frozenset[str]) -> int | None:
    """Index of a noun of ``nouns`` heading the phrase right after unit ``k`` (determiners,
    numbers and modifiers may come first), else None."""
    us = view.units
    j = k + 1
    while j < len(us) and j < k + 5 and not us[j].is_mention and us[j].low not in nouns and (
            us[j].low in DETERMINERS or us[j].low in QUANT or _is_modifier(us[j].low)):
        j += 1
    return j if j < len(us) and us[j].low in nouns else None


def _including(view: View, last: int) -> list[int]:
    """", including A and B" after a place: the places listed."""
    us = view.units
    k = last + 1
    if k < len(us) and us[k].low in PLACE_HEADS:
        k += 1
    if k + 2 < len(us) and us[k].low == "," and us[k + 1].low in ("including", "notably") and \
            us[k + 2].is_place:
        return view.group_right(k + 2, places=True)
    return []


def _located(view: View, ti: int) -> list[int]:
    """Places an act at ``ti`` is located in: "ambushed a convoy near Tinzaouaten", "fired
    missiles at ships in the Red Sea and the Gulf of Aden"."""
    us = view.units
    _, hi = view.clause(ti)
    for k in range(ti + 1, min(hi, ti + 12)):
        if us[k].low in LOCATED:
            m = k + 1
            if m <= hi and us[m].low == "the":
                m += 1
            # "near the port city of Sittwe", "in the central village of Moura"
            q = m
            while q <= hi and q < m + 3 and not us[q].is_mention and us[q].low != "of" and \
                    _is_modifier(us[q].low):
                q += 1
            if q < hi and q > m and us[q].low == "of" and us[q - 1].low in PLACE_HEADS and \
                    us[q + 1].is_place:
                m = q + 1
            if m <= hi and us[m].is_place and us[m].kind != "metonym":
                return view.group_right(m, places=True, hi=hi)
        elif us[k].low in (",", ";") or (us[k].is_mention and not us[k].is_place and k > ti + 1
                                          and us[k - 1].low in ("and", "or")):
            break
    return []


def _violence_located(view: View, found: list[_Found]) -> list[_Found]:
    """"X ... attacks inside Pakistan", "strikes against terrorists in Pakistan": X operates there."""
    us = view.units
    out: list[_Found] = []
    attacked = {(f.subject, f.object) for f in found if f.relation == "ATTACKS"}
    for f in found:
        if f.relation != "ATTACKS":
            continue
        ti = _unit_at(view, f.trigger)
        _, hi = view.clause(ti)
        where = _located(view, ti)
        o = next((k for k in range(ti + 1, min(hi + 1, ti + 12)) if us[k].eid == f.object), None)
        owned = None if o is None else o if us[o].kind == "demonym" and us[o].low in (
            SITE_NOUNS | POSITION_NOUNS) else _head_noun_after(view, o, SITE_NOUNS | POSITION_NOUNS)
        held = owned is not None and us[owned].low not in SETTLEMENTS
        if o is not None and owned is None:
            # "struck camps of the Lakurawa group in Tangaza", "overran the Nasir garrison of X":
            # the camps of a named force are its own, not a settlement
            b = o - 1 - (us[o - 1].low == "the")
            if b > ti + 1 and us[b].low == "of" and us[b - 1].low in SITE_NOUNS | POSITION_NOUNS \
                    and us[o].is_actor:
                owned, held = b - 1, True
                if not where and us[b - 2].is_place and not us[b - 2].is_actor:
                    where = [b - 2]
        if where and held:
            # "struck Hezbollah depots near Tyre": the striker hits Tyre, Hezbollah is there;
            # "shelled Ukrainian positions near Bakhmut": Ukraine is there
            span = (min(f.span[0], us[where[-1]].start), max(f.span[1], us[where[-1]].end))
            out += [_Found(f.object, "OPERATES_IN", us[p].eid, span, f.trigger) for p in where
                    if us[p].etype == "Location" and view.types.get(f.object) in ACTOR_TYPES]
            if _standoff(view, ti, where[-1]):
                # jets, drones and guns strike from afar: the sites' place is struck ("bombed
                # the power stations around Sanaa"), the force's positions are only hit
                if us[owned].low in SITE_NOUNS:
                    out += [_Found(f.subject, "ATTACKS", us[p].eid, span, f.trigger) for p in where
                            if us[p].etype == "Location" and (f.subject, us[p].eid) not in attacked]
                continue
            # a raid on the ground puts the attacker there: "stormed an army base in Marte"
            out += [_Found(f.subject, "OPERATES_IN", us[p].eid, span, f.trigger) for p in where
                    if us[p].etype == "Location" and (f.subject, us[p].eid) not in attacked]
            continue
        if where and f.object not in [us[p].eid for p in where] and \
                view.types.get(f.object) != "Location" and not _standoff(view, ti, where[-1]):
            # "fighting government troops near the port city of Sittwe"
            out += [_Found(f.subject, "OPERATES_IN", us[p].eid,
                           (min(f.span[0], us[p].start), max(f.span[1], us[p].end)), f.trigger)
                    for p in where if us[p].etype == "Location" and us[p].eid != f.subject and
                    (f.subject, us[p].eid) not in attacked]
            continue
        for k in range(ti + 1, min(hi, ti + 9)):
            if us[k].low in LOCATED and (us[k + 1].is_place or (
                    us[k + 1].low == "the" and k + 2 <= hi and us[k + 2].is_place)):
                if not us[k + 1].is_place:
                    k += 1
                for p in view.group_right(k + 1, places=True, hi=hi):
                    if (f.subject, us[p].eid) in attacked and us[p].etype == "Location":
                        continue    # the place itself is attacked: no presence read there
                    if us[p].eid != f.subject and us[p].eid != f.object:
                        out.append(_Found(f.subject, "OPERATES_IN", us[p].eid,
                                          (min(f.span[0], us[p].start), max(f.span[1], us[p].end)),
                                          f.trigger))
                    elif us[p].eid == f.object and us[p].etype == "Country":
                        out.append(_Found(f.subject, "OPERATES_IN", us[p].eid,
                                          (min(f.span[0], us[p].start), max(f.span[1], us[p].end)),
                                          f.trigger))
                break
    return out


def _title_at(lex: Lexicon, words: list[str]) -> bool:
    for i in range(len(words)):
        for k in (3, 2, 1):
            if tuple(words[i:i + k]) in lex.titles:
                return True
    return False


# "Russia's state oil company", "a lender controlled by the Russian state": a state's own body
STATE_OWNED = frozenset("""state state-owned state-run state-controlled state-backed
government-owned government-run""".split())
STATE_BODIES = frozenset("""company firm giant trader lender bank agency broadcaster operator
carrier monopoly utility producer exporter importer airline ministry army navy military""".split())

# catalog categories of a state's own bodies (its armed forces, ministries, agencies)
STATE_ORGANS = frozenset({"military", "ministry", "agency", "intelligence"})


def _catalog_parent(entry, ents: dict[str, Entity]) -> str | None:
    """The body a catalogued actor belongs to (its parent body, else its state), when the
    article names it."""
    for parent in (entry.member_of, entry.country) if entry is not None else ():
        if parent and parent in ents and parent != entry.id:
            return parent
    return None


@functools.lru_cache(maxsize=4)
def _part_noun_words(lex: Lexicon) -> frozenset[str]:
    """The one-word part nouns of the lexicon ("wing", "branch")."""
    return frozenset(p[0] for p in lex.part_nouns if len(p) == 1)


def _member_of(view: View, lex: Lexicon, ents: dict[str, Entity], catalog,
               state: _State | None = None) -> list[_Found]:
    us = view.units
    out: list[_Found] = []
    n = len(us)
    org_types = ("Organization", "Group", "Country")
    for i in view.mention_units:
        u = us[i]
        if u.etype == "Person":
            # "[Org]['s] [title words] [Person]"
            k = i - 1
            words: list[str] = []
            while k >= 0 and not us[k].is_mention and len(words) < 6 and (
                    _is_modifier(us[k].low) or us[k].low in ("-",) or (
                        # "US Secretary of State X", "Iran's Minister of Defence X"
                        us[k].low == "of" and words and k > 0 and (us[k - 1].low,) in lex.titles)):
                words.append(us[k].low)
                k -= 1
            poss = False
            if k >= 0 and us[k].low in ("'s", "’s"):
                poss = True
                k -= 1
            if k >= 0 and us[k].low == "," and not poss and (not words or _title_at(lex, words)):
                # "Mali's interim president, General Assimi Goita", "Y's defence minister, X"
                words = []
                k2 = k - 1
                while k2 >= 0 and not us[k2].is_mention and len(words) < 8 and _is_modifier(us[k2].low):
                    words.append(us[k2].low)
                    k2 -= 1
                if k2 >= 1 and us[k2].low in ("'s", "’s") and us[k2 - 1].is_mention and \
                        us[k2 - 1].etype in org_types and _title_at(lex, words):
                    k, poss = k2 - 1, True
                elif k2 == k - 1 and us[k2].kind == "demonym" and us[k2].etype == "Country" \
                        and (us[k2].low,) in lex.titles and (
                            i + 1 >= n or us[i + 1].low in (",", ".", ";", ")")):
                    k = k2      # "the Belarusian leader, Alexander Lukashenko"
                elif k2 >= 1 and words and us[k2].is_mention and us[k2].etype in org_types and \
                        us[k2 - 1].low == "the" and _title_at(lex, list(reversed(words))) and (
                            i + 1 >= n or us[i + 1].low in (",", ".", ";", ")")):
                    k = k2      # "the US special envoy, John Coale"
            verb_between = any((_trigger_verb(w) or w in lex.reporting) and words[j + 1:j + 2] != ["of"]
                               for j, w in enumerate(words))     # ("Secretary of State": a noun)
            if k >= 0 and us[k].is_mention and us[k].etype in org_types and not verb_between and (
                    _title_at(lex, list(reversed(words))) or (poss and not words)
                    or (not words and us[k].kind == "demonym" and us[k].etype == "Country"
                        and ((us[k].low,) in lex.titles or us[k].low in ("counterpart",)))):
                out.append(_Found(u.eid, "MEMBER_OF", us[k].eid, (us[k].start, u.end), u.start))
            # "X of the Peoples Democratic Party", "Khalifa Haftar and his self-styled LNA"
            k = i + 1
            if k + 2 < n and us[k].low == "of" and us[k + 1].low == "the" and \
                    us[k + 2].etype in ("Group", "Organization"):
                out.append(_Found(u.eid, "MEMBER_OF", us[k + 2].eid, (u.start, us[k + 2].end),
                                  us[k].start))
            if k + 2 < n and us[k].low == "and" and us[k + 1].low in ("his", "her"):
                m = k + 2
                while m < n and m < k + 6 and not us[m].is_mention and (
                        _is_modifier(us[m].low) or view.attached_hyphen(m)):
                    m += 1      # "and his self-styled Libyan National Army"
                if m < n and us[m].etype in ("Group", "Organization"):
                    out.append(_Found(u.eid, "MEMBER_OF", us[m].eid, (u.start, us[m].end),
                                      us[k].start))
            # "X is a senior fellow in the Y Programme at the Z Forum" (an author's biography)
            k = i + 1
            if k + 2 < n and us[k].low in ("is", "was") and us[k + 1].low in ("a", "an", "the"):
                m, titled = k + 2, False
                while m < n and m < k + 12 and not (us[m].is_mention and us[m].etype in (
                        "Organization", "Group")) and us[m].low not in (",", ";", "and", "who"):
                    titled |= not us[m].is_mention and (us[m].low,) in lex.titles
                    m += 1
                if titled and m < n and us[m].is_mention and us[m].etype in ("Organization", "Group") \
                        and us[m - 1 - (us[m - 1].low == "the")].low in ("at", "of", "with", "for"):
                    out.append(_Found(u.eid, "MEMBER_OF", us[m].eid, (u.start, us[m].end), us[k].start))
            # "its leader, Ahmed al-Sharaa", "Its longtime secretary-general, Hassan Nasrallah"
            if state is not None:
                owner = _pronoun_title_owner(view, lex, i, state)
                if owner:
                    out.append(_Found(u.eid, "MEMBER_OF", owner, (u.start, u.end), u.start))
            # "Y, whose president X": X is Y's
            if i >= 3 and us[i - 2].low == "whose" and (us[i - 1].low,) in lex.titles and \
                    us[i - 3].low == "," and i >= 4 and us[i - 4].is_mention and \
                    us[i - 4].etype in org_types:
                out.append(_Found(u.eid, "MEMBER_OF", us[i - 4].eid, (us[i - 4].start, u.end), u.start))
            # "X, the militia's security official": the body referred back to
            if state is not None:
                owner = _appositive_owner(view, lex, i, state)
                if owner:
                    out.append(_Found(u.eid, "MEMBER_OF", owner, (u.start, u.end), u.start))
            # "X, who heads/leads Y"
            if i + 4 < n and us[i + 1].low == "," and us[i + 2].low == "who" and \
                    us[i + 3].low in LEADS:
                m = i + 4
                while m < n and m < i + 7 and not us[m].is_mention and us[m].low in DETERMINERS:
                    m += 1
                if m < n and us[m].is_mention and us[m].etype in org_types:
                    out.append(_Found(u.eid, "MEMBER_OF", us[m].eid, (u.start, us[m].end), us[i + 3].start))
            # "[Person], [a/now the/former] [title] of/at [Org]" and "[Person], a [Org] professor"
            if i + 2 < n and us[i + 1].low == ",":
                j = i + 2
                seen_title = False
                while j < n and us[j].appos == i:
                    w = us[j]
                    if not w.is_mention:
                        if (w.low,) in lex.titles or (j + 1 < n and (w.low, us[j + 1].low) in lex.titles):
                            seen_title = True
                    elif w.etype in ("Organization", "Group", "Country"):
                        prev = us[j - 1].low
                        nxt = us[j + 1].low if j + 1 < n else ""
                        nxt2 = us[j + 2].low if j + 2 < n else ""
                        if (seen_title and prev in ("of", "at", "for", "with", "in", "the")) or \
                                (nxt,) in lex.titles or (
                                nxt in ("'s", "’s") and (_title_at(lex, [nxt2]) or _title_at(
                                    lex, [x.low for x in us[j + 2:j + 4]]))):
                            out.append(_Found(u.eid, "MEMBER_OF", w.eid, (u.start, w.end), w.start))
                            break
                    j += 1
            # "President Joe Biden", "Taliban spokesman X": the catalog knows whose officer a
            # titled person is (the body they belong to, else their country), when the
            # article names it
            if catalog is not None and i > 0 and not us[i - 1].is_mention:
                prev2 = tuple(x.low for x in us[max(0, i - 2):i])
                if prev2[-1:] in lex.titles or prev2 in lex.titles:
                    parent = _catalog_parent(_catalog_entry(catalog, u.eid), ents)
                    if parent:
                        out.append(_Found(u.eid, "MEMBER_OF", parent, (us[i - 1].start, u.end),
                                          u.start))
        elif u.etype in ("Organization", "Group"):
            # "India's Research and Analysis Wing": an agency of a country; "the State
            # Department's Policy Planning Staff", "the Indian Army's Northern Command"
            # ("North Korea's state news agency KCNA": a few common nouns may come between)
            k = i - 1
            while k > i - 5 and k > 1 and not us[k].is_mention and us[k].text.islower() and \
                    _is_modifier(us[k].low):
                k -= 1
            entry = _catalog_entry(catalog, u.eid) if catalog is not None else None
            bloc = entry is not None and entry.category == "intergovernmental"
            if k >= 1 and us[k].low in ("'s", "’s") and us[k - 1].etype in (
                    "Country", "Organization") and u.etype == "Organization" and \
                    us[k - 1].eid != u.eid and not (bloc and us[k - 1].etype == "Country"):
                # ("Turkey's NATO allies": a bloc is no body of a state)
                out.append(_Found(u.eid, "MEMBER_OF", us[k - 1].eid, (us[k - 1].start, u.end), u.start))
            elif k >= 1 and bloc and k == i - 1 and us[k].low in ("'s", "’s") and \
                    us[k - 1].etype == "Country" and i + 1 < n and \
                    us[i + 1].low in PEERS | {"members", "counterparts"}:
                # "Turkey's NATO allies": its allies in the bloc make the state a member
                out.append(_Found(us[k - 1].eid, "MEMBER_OF", u.eid, (us[k - 1].start, us[i + 1].end),
                                  u.start))
            # "Netanyahu's Likud party", "Sandu's Party of Action and Solidarity", "Riek Machar's
            # SPLM-IO", "Haftar's self-styled LNA": the leader's
            p = i - 1
            while p >= i - 3 and p >= 1 and not us[p].is_mention and us[p].low in LED_BODY_MODIFIERS:
                p -= 1
            if p >= 1 and us[p].low in ("'s", "’s") and us[p - 1].etype == "Person" and (
                    (p == i - 1 and _is_party(view, i, catalog)) or _leads_body(view, p - 1, i, catalog)):
                out.append(_Found(us[p - 1].eid, "MEMBER_OF", u.eid, (us[p - 1].start, u.end), u.start))
            # an organ of a state the article names ("the Philippine Coast Guard", "the
            # Pentagon"): the catalog knows whose; think tanks, media and universities are not
            parent = _catalog_parent(entry, ents) \
                if entry is not None and entry.category in STATE_ORGANS else None
            if parent:
                out.append(_Found(u.eid, "MEMBER_OF", parent, (u.start, u.end), u.start))
            # "its General Intelligence Service", "its intelligence service, the BIA": a body of
            # the state or group the pronoun refers to
            if u.etype == "Organization" and i >= 1 and state is not None:
                k = i - 1
                if us[k].low == "the" and k >= 2 and us[k - 1].low == ",":
                    k -= 2
                    while k > 0 and not us[k].is_mention and _is_modifier(us[k].low) and k > i - 7:
                        k -= 1
                if us[k].low in ("its", "their") and k + 1 < n:
                    # the sentence's subject (or what its opening pronoun refers to)
                    owner = None
                    if us[0].low in ("it", "they"):
                        owner = _resolve_anaphor(view, 0, state, subject=True)
                    else:
                        first = next((x for x in range(k) if us[x].is_actor and us[x].appos is None
                                      and not us[x].quoted and view.subject_like(x)), None)
                        owner = us[first].eid if first is not None else None
                    if owner and view.types.get(owner) in ("Country", "Group", "Organization") and \
                            owner != u.eid:
                        if not bloc:
                            out.append(_Found(u.eid, "MEMBER_OF", owner, (us[k].start, u.end), u.start))
                        elif i + 1 < n and us[i + 1].low in PEERS | {"members", "counterparts"} \
                                and view.types.get(owner) == "Country":
                            # "Estonia asked its NATO allies": a bloc is no body of a state,
                            # its allies in it make the state a member
                            out.append(_Found(owner, "MEMBER_OF", u.eid, (us[k].start, us[i + 1].end),
                                              u.start))
            # "the GNU of Prime Minister X", "the G9 federation of X": X leads it
            k = i + 1
            while k < n and k < i + 3 and not us[k].is_mention and _is_modifier(us[k].low) and \
                    us[k].low != "of":
                k += 1
            if k + 1 < n and us[k].low == "of":
                m = k + 1
                while m < n and m < k + 5 and not us[m].is_mention and (
                        _is_modifier(us[m].low) and ((us[m].low,) in lex.titles or
                                                     us[m].text[:1].isupper())):
                    m += 1
                if m < n and us[m].etype == "Person" and (m + 1 >= n or us[m + 1].low not in (
                        "'s", "’s")):
                    out.append(_Found(us[m].eid, "MEMBER_OF", u.eid, (u.start, us[m].end), us[k].start))
            # "X, one of three groups in the so-called Y", "X, another member of the alliance"
            if i + 2 < n and us[i + 1].low == "," and state is not None:
                got = _member_phrase(view, lex, i, state)
                if got:
                    out.append(_Found(u.eid, "MEMBER_OF", got[1], (u.start, us[got[0]].end),
                                      us[got[0]].start))
            # "Y's armed wing, X": X is part of Y
            c = i - 2 if i >= 2 and us[i - 1].low == "the" else i - 1
            if c >= 3 and us[c].low == "," and u.etype in ("Group", "Organization"):
                k = c - 1
                words = []
                while k >= 0 and not us[k].is_mention and len(words) < 3 and _is_modifier(us[k].low):
                    words.append(us[k].low)
                    k -= 1
                if words and (words[0],) in lex.part_nouns and k >= 1 and \
                        us[k].low in ("'s", "’s") and us[k - 1].etype in ("Group", "Organization") \
                        and us[k - 1].eid != u.eid:
                    out.append(_Found(u.eid, "MEMBER_OF", us[k - 1].eid, (us[k - 1].start, u.end),
                                      u.start))
            # "X, a (local) branch of Y", "X, the Sahel branch of Y"
            if i + 2 < n and us[i + 1].low == ",":
                j = i + 2
                while j < n and us[j].appos == i and (not us[j].is_mention or (
                        us[j].etype == "Location" and j + 1 < n and (us[j + 1].low,) in lex.part_nouns)):
                    if (us[j].low,) in lex.part_nouns and j + 1 < n and us[j + 1].low == "of":
                        m = j + 2
                        while m < n and not us[m].is_mention and m < j + 4:
                            m += 1
                        if m < n and us[m].etype in ("Group", "Organization", "Country"):
                            out.append(_Found(u.eid, "MEMBER_OF", us[m].eid, (u.start, us[m].end),
                                              us[j].start))
                        break
                    j += 1
            # "JNIM, al-Qaeda's affiliate in the Sahel"; "Rosneft, Russia's state oil company",
            # "Sberbank, a lender controlled by the Russian state"
            if i + 2 < n and us[i + 1].low == ",":
                span = [j for j in range(i + 2, min(n, i + 14)) if us[j].appos == i]
                lows = {us[j].low for j in span}
                for j in span:
                    w = us[j]
                    if not w.is_mention or w.eid == u.eid:
                        continue
                    poss = j + 1 < n and us[j + 1].low in ("'s", "’s")
                    head = [us[x].low for x in range(j + 2, min(n, j + 6)) if us[x].appos == i
                            and not us[x].is_mention] if poss else []
                    if w.etype in ("Group", "Organization") and poss and head and \
                            (head[0],) in lex.part_nouns:
                        out.append(_Found(u.eid, "MEMBER_OF", w.eid, (u.start, w.end), w.start))
                    elif w.etype == "Country" and u.etype == "Organization" and w.kind != "metonym" \
                            and (lows & STATE_OWNED or poss and set(head[:4]) & STATE_BODIES):
                        out.append(_Found(u.eid, "MEMBER_OF", w.eid, (u.start, w.end), w.start))
                    break
    # "A branch of the Islamic State known as X", "Y's affiliate X"
    for i in view.having(_part_noun_words(lex)):
        u = us[i]
        if i + 2 < n and (u.low, us[i + 1].low) in lex.part_nouns and us[i + 2].low == "of" and \
                u.appos is not None and us[u.appos].etype in ("Group", "Organization"):
            # "X, a splinter group of former Y fighters"
            m = i + 3
            while m < n and m < i + 6 and not us[m].is_mention and _is_modifier(us[m].low):
                m += 1
            if m < n and us[m].etype in ("Group", "Organization") and us[m].eid != us[u.appos].eid:
                out.append(_Found(us[u.appos].eid, "MEMBER_OF", us[m].eid, (u.start, us[m].end),
                                  u.start))
            continue
        if i + 1 < n and us[i + 1].low == "of":
            m = i + 2
            while m < n and not us[m].is_mention and m < i + 4:
                m += 1
            if m < n and us[m].etype in ("Group", "Organization"):
                k = m + 1
                if k + 1 < n and us[k].low in ("known", "called", "named", "dubbed"):
                    k += 1
                    if us[k].low == "as":
                        k += 1
                    if k < n and us[k].etype in ("Group", "Organization"):
                        out.append(_Found(us[k].eid, "MEMBER_OF", us[m].eid, (u.start, us[k].end),
                                          u.start))
    return out


def _appositive_owner(view: View, lex: Lexicon, i: int, state: _State) -> str | None:
    """The body a person at ``i`` serves when the apposition names it by a definite noun:
    "X, the militia's security official", "X, the group's spokesman"."""
    us = view.units
    n = len(us)
    j = i + 2
    if j + 1 >= n or us[i + 1].low != ",":
        return None
    # ("X, its prime minister" after "Hamas attacked Israel" is ambiguous: left alone)
    if not (us[j].low == "the" and j + 2 < n and not us[j + 1].is_mention and
            us[j + 2].low in ("'s", "’s")):
        return None
    ref = j + 1
    words = []
    m = j + 3
    while m < n and len(words) < 4 and not us[m].is_mention and (
            _is_modifier(us[m].low) or us[m].low == "most"):
        words.append(us[m].low)
        m += 1
    if not words or not _title_at(lex, words) or (m < n and us[m].low not in (",", ".", "and")):
        return None
    eid = _resolve_anaphor(view, ref, state, subject=False, exclude=(us[i].eid,))
    return eid if view.types.get(eid) in ("Group", "Organization", "Country") else None


def _pronoun_title_owner(view: View, lex: Lexicon, i: int, state: _State) -> str | None:
    """The body "its"/"their" refers to in "its leader, X" / "their spokesman X"."""
    us = view.units
    k = i - 1
    if k >= 0 and us[k].low == ",":
        k -= 1
    words = []
    while k >= 0 and not us[k].is_mention and len(words) < 5 and (
            _is_modifier(us[k].low) or us[k].low == "-"):
        words.append(us[k].low)
        k -= 1
    if not words or k < 0 or us[k].low not in ("its", "their"):
        return None
    words.reverse()
    joined = [w for w in words if w != "-"]
    if not (_title_at(lex, joined) or _title_at(lex, ["-".join(joined[-2:])])):
        return None
    owners = ("Group", "Organization", "Country")
    if not (k > 0 and us[k - 1].low in PREPOSITIONS):
        # "X is hostile to Y, and its leader, Z": the sentence's subject ("after the death of its
        # founder Z" takes the nearest actor instead)
        for j in range(0, k):
            if us[j].is_actor and us[j].etype in owners and us[j].appos is None and \
                    view.subject_like(j):
                return us[j].eid
    if k > 2:
        # "The Pacific nation has hosted Chinese trainers, although its prime minister ...":
        # the sentence's own subject, referred back to
        eid = _opening_anaphor(view, state, 3)
        if eid and view.types.get(eid) in owners:
            return eid
    for j in range(k - 1, -1, -1):
        if us[j].is_actor and us[j].etype in owners and not _qualifying_demonym(us, j):
            return us[j].eid
    for t, eid in reversed(list(state.last_mention.items())):
        if t in owners:
            return eid
    return None


COLLECTIVES = frozenset("""groups members factions parties movements organisations organizations
militias armies forces rebels countries states nations signatories founders""".split())


def _member_phrase(view: View, lex: Lexicon, i: int, state: _State) -> tuple[int, str] | None:
    """", one of (the) three groups in the so-called Y" / ", another member of the alliance":
    the anchor at ``i`` belongs to Y (named, or an anaphor such as "the alliance")."""
    us = view.units
    n = len(us)
    j = i + 2
    if j + 1 < n and us[j].low == "one" and us[j + 1].low == "of":
        j += 2
        while j < n and j < i + 8 and not us[j].is_mention and us[j].low not in COLLECTIVES:
            j += 1
        if j >= n or us[j].low not in COLLECTIVES:
            return None
        j += 1
        if j >= n or us[j].low not in ("in", "of", "within"):
            return None
    elif j + 2 < n and us[j].low in ("another", "a", "an", "the", "also") and \
            us[j + 1].low in ("member", "founding", "key", "leading", "senior") :
        while j < n and us[j].low != "of" and j < i + 5:
            j += 1
        if j >= n or us[j].low != "of" or "member" not in {x.low for x in us[i + 2:j]}:
            return None
    else:
        return None
    m = j + 1
    while m < n and m < j + 5 and not us[m].is_mention and (
            us[m].low in DETERMINERS or us[m].low in ("so-called", "so", "called", "-")):
        m += 1
    if m < n and us[m].is_mention:
        if us[m].etype in ("Group", "Organization") and us[m].eid != us[i].eid:
            return m, us[m].eid
        return None
    if m < n and _anaphor_types(view, m) is not None:
        eid = _resolve_anaphor(view, m, state, subject=False, exclude=(us[i].eid,))
        if eid and view.types.get(eid) in ("Group", "Organization"):
            return m, eid
    return None


_PARTY_NAME = re.compile(r"\b(?:Party|Movement|League|Congress|Front|Alliance|Union)\b")


def _is_party(view: View, i: int, catalog) -> bool:
    """Is the body at unit ``i`` a political party or movement (catalogued as one, named like
    one, or followed by "party")?"""
    us = view.units
    entry = _catalog_entry(catalog, us[i].eid) if catalog is not None else None
    return (entry is not None and entry.category == "party") or bool(
        _PARTY_NAME.search(us[i].text)) or (i + 1 < len(us) and us[i + 1].low == "party")


def _catalog_ancestors(catalog, eid: str) -> set[str]:
    """The bodies and state a catalogued actor belongs to, up its chain of parents
    ("UN Monitoring Team" -> UN Security Council -> United Nations)."""
    out: set[str] = set()
    entry = _catalog_entry(catalog, eid) if catalog is not None else None
    while entry is not None and len(out) < 8:
        parents = {p for p in (entry.member_of, entry.country) if p and p not in out}
        if not parents:
            break
        out |= parents
        entry = _catalog_entry(catalog, entry.member_of) if entry.member_of else None
    return out


def _name_heads(e: Entity, catalog) -> frozenset:
    """The head nouns "the <noun>" may call the entity by: those its names contain ("the
    council", "the front"), and "party" for a catalog party whose name does not say so
    ("Georgian Dream ... the party")."""
    heads = {w.lower() for n in (e.name, *e.aliases) for w in n.split() if w.lower() in NAME_HEADS}
    entry = _catalog_entry(catalog, e.id)
    if entry is not None and getattr(entry, "category", None) == "party":
        heads.add("party")
    return frozenset(heads)


def _catalog_entry(catalog, eid: str):
    try:
        return catalog.entries.get(eid)
    except AttributeError:
        return None


TAKE_CONTROL = frozenset("""take takes took taken taking seize seizes seized seizing gain gains
gained gaining regain regains regained regaining wrest wrests wrested assume assumes assumed
establish establishes established tighten tightens tightened extend extends extended""".split())
HOLD_PLACE = frozenset("""control controls controlled controlling regain regains regained
regaining retain retains retained hold holds held holding patrol patrols patrolled patrolling
guard guards guarded guarding garrison garrisons garrisoned occupy occupies occupied
occupying""".split())


def _control_of(view: View, state: "_State | None") -> list[_Found]:
    """"has taken control of most of Rakhine state", "is in control of X", "controls X",
    "regained Khartoum": the actor is present there."""
    us = view.units
    out: list[_Found] = []
    n = len(us)
    for i in view.having(_CONTROL_CUES):
        u = us[i]
        k = None
        if u.low == "control" and i + 1 < n and us[i + 1].low == "of" and i > 0 and (
                us[i - 1].low in TAKE_CONTROL or us[i - 1].low in ("in", "under", "full", "effective")):
            k = i + 2
            anchor = i - 1
        elif u.low in HOLD_PLACE and not (i + 1 < n and us[i + 1].low == "of") and not (
                i > 0 and (us[i - 1].low in PREPOSITIONS or us[i - 1].low in DETERMINERS)):
            # (not an adjective: "in occupied Kashmir", "the occupied territories")
            k = i + 1
            anchor = i
        if k is None:
            continue
        while k < n and k < anchor + 8 and not us[k].is_mention and (
                us[k].low in DETERMINERS or us[k].low in SHARE_WORDS or us[k].low.isdigit()
                or (_is_modifier(us[k].low) and k + 2 < n and us[k + 1].low in PLACE_HEADS
                    and us[k + 2].low == "of") or (us[k].low in PLACE_HEADS and k + 1 < n
                                                   and us[k + 1].low == "of")):
            k += 1      # ("patrolled the border town of Kobani")
        if k < n and not us[k].is_mention and u.low not in TAKE_CONTROL and u.low != "control":
            # "guard the ammunition depot in Transnistria": a site in a place
            j = k
            while j < n and j < k + 4 and not us[j].is_mention and _is_modifier(us[j].low) and \
                    us[j].low not in LOCATED:
                j += 1
            if j > k and us[j - 1].low in SITE_NOUNS and j + 1 < n and us[j].low in LOCATED:
                k = j + 1 + (us[j + 1].low == "the")
        if k >= n or us[k].etype != "Location" or (
                k + 1 < n and us[k + 1].low in ANSWERABLE):
            continue        # "held Moscow responsible": no city held
        subj = view.subject(anchor)
        ids = [us[x].eid for x in subj]
        if not ids and state is not None:
            got = _anaphor_subject_id(view, anchor, state)
            ids = [got[1]] if got else []
        if not ids or _negated(view, LEX(), anchor, subj[-1] if subj else -1):
            continue
        out += [_Found(s_, "OPERATES_IN", us[p].eid, _span(view, [anchor, p]), u.start)
                for s_ in ids for p in view.group_right(k, places=True) if us[p].eid != s_]
    return out


_CONTROL_CUES = HOLD_PLACE | {"control"}     # the words _control_of starts at
BASE_NOUNS = frozenset("base bases garrison garrisons outpost outposts".split())
# how much of a place is held: "about 80 percent of", "nearly all of", "two-thirds of"
SHARE_WORDS = frozenset("""most much part parts of all large swathes swaths about nearly almost
roughly around some over percent per cent % half third thirds two-thirds quarter quarters
three-quarters rest bulk majority""".split())
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
GROUP_HEADS = frozenset("""militia militias fighters rebels gangs clans insurgents armed groups
group""".split())
HOST_VERBS = frozenset("host hosts hosted hosting house houses housed housing".split())


def _hosted_forces(view: View, lex: Lexicon) -> list[_Found]:
    """"the Al Udeid air base that hosts 10,000 American troops": the troops' state is there;
    "Fano, a loose network of Amhara militias": a group of a place's militias is active there."""
    us = view.units
    n = len(us)
    out: list[_Found] = []
    for i in view.having_or_mentions(HOST_VERBS):
        u = us[i]
        if not u.is_mention and u.low in HOST_VERBS:
            place = next((x for x in range(i - 1, max(-1, i - 6), -1) if us[x].etype == "Location"),
                         None)
            k = i + 1
            while k < n and k < i + 5 and not us[k].is_mention and (
                    us[k].low in QUANT or us[k].low.replace(",", "").isdigit()):
                k += 1
            if place is not None and k < n and us[k].is_actor and (
                    us[k].low in lex.proxy_nouns or (k + 1 < n and us[k + 1].low in lex.proxy_nouns)):
                out.append(_Found(us[k].eid, "OPERATES_IN", us[place].eid, _span(view, [place, k]),
                                  u.start))
        elif u.etype == "Location" and u.appos is not None and i + 1 < n and \
                us[i + 1].low in GROUP_HEADS and us[u.appos].etype == "Group" and \
                us[i - 1].low == "of":
            out.append(_Found(us[u.appos].eid, "OPERATES_IN", u.eid, _span(view, [u.appos, i]),
                              u.start))
    return out


@functools.lru_cache(maxsize=4)
def _presence_cues(lex: Lexicon) -> frozenset[str]:
    """The words that _operates_in reads a presence from (it skips every other word)."""
    return frozenset(lex.presence_adjectives) | lex.presence_verbs.keys() | DISPATCH_VERBS | \
        lex.presence_nouns


def _operates_in(view: View, lex: Lexicon) -> list[_Found]:
    us = view.units
    out: list[_Found] = []
    n = len(us)
    place_preps = ("in", "inside", "across", "throughout", "to", "into", "within", "at", "near",
                   "around", "outside", "along")
    for i in view.having_or_mentions(_presence_cues(lex)):
        u = us[i]
        if u.is_mention:
            # "[actor] [proxy nouns]* in/from [place list]"
            if not u.is_actor or _demonym_place(view, i):
                continue
            k = i + 1
            while k < n and us[k].low in lex.proxy_nouns and k < i + 3:
                k += 1
            if u.kind == "demonym" or k > i + 1 or u.etype in ("Organization", "Group"):
                m = k + 1
                if k + 2 < n and us[k + 1].low == "the" and us[k + 2].is_place:
                    m = k + 2       # "JNIM commanders in the Segou region"
                if m < n and us[k].low in ("in", "inside", "from", "across", "throughout") and \
                        us[m].is_place and us[m].kind != "metonym":
                    for p in view.group_right(m, places=True):
                        if us[p].eid != u.eid and not (u.etype == "Country" and u.kind != "demonym"
                                                       and k == i + 1):
                            out.append(_Found(u.eid, "OPERATES_IN", us[p].eid, _span(view, [i, p]),
                                              us[k].start))
            continue
        low = u.low
        is_adj = low in lex.presence_adjectives
        is_verb = low in lex.presence_verbs or low in DISPATCH_VERBS
        is_noun = low in lex.presence_nouns and (low not in lex.proxy_nouns or (
            i > 0 and (us[i - 1].low in QUANT or us[i - 1].low.replace(",", "").isdigit()
                       or us[i - 1].low in HAVE)))
        if not (is_adj or is_verb or is_noun):
            continue
        j = i + 1
        if j < n and us[j].low in ("out",) and j + 1 < n and us[j + 1].low == "of":
            j += 2
        preps = place_preps
        if is_verb or is_adj:
            # "deployed (some 2,000) troops to Y", "withdrew its last soldiers from Y"
            k, force = j, False
            while k < n and k < j + 6 and not us[k].is_mention and (
                    (us[k].low in QUANT and us[k].low not in ("to", "of", "at", "up"))
                    or us[k].low.replace(",", "").isdigit() or us[k].low in POSSESSIVE_PRONOUNS or us[k].low in ("additional", "last",
                                                                         "more", "the", "extra")
                    or us[k].low in lex.proxy_nouns or us[k].low in BASE_NOUNS
                    or (low in DISPATCH_VERBS and _ORDINAL.match(us[k].low))
                    or (low in DISPATCH_VERBS and us[k].low in ("military", "air", "naval"))):
                force |= us[k].low in lex.proxy_nouns or us[k].low in BASE_NOUNS
                k += 1      # "keeps its 102nd military base in Gyumri"
            if force:
                j = k
                if low.startswith(("withdr", "pull")):
                    preps = place_preps + ("from",)
            elif low in DISPATCH_VERBS:
                continue
        if j >= n or us[j].low not in preps:
            continue
        m = j + 1
        while m < n and not us[m].is_mention and m < j + 4 and (us[m].low in DETERMINERS or
                                                                _is_modifier(us[m].low)):
            m += 1
        if m >= n or not us[m].is_place:
            continue
        places = view.group_right(m, places=True)
        if is_noun:
            actor = _noun_agent(view, i) or view.subject(i)
        else:
            actor = view.subject(i)
        if not actor:
            continue
        for a in actor:
            for p in places:
                if us[a].eid != us[p].eid:
                    out.append(_Found(us[a].eid, "OPERATES_IN", us[p].eid, _span(view, [a, p]),
                                      u.start))
    return out


def _name_parts(ents: dict[str, Entity], mentions: list[Mention], sentences: Sequence[Sentence],
                text: str, seen: dict, base: int, catalog=None) -> list[Claim]:
    """A group or body whose name extends another's is part of it: "al-Qaeda in the Indian
    Subcontinent" -> al-Qaeda, "United Nations Monitoring Team" -> United Nations."""
    out: list[Claim] = []
    names: list[tuple[str, str]] = []
    for e in ents.values():
        if e.type in ("Group", "Organization", "Country"):
            for n in dict.fromkeys((e.name, *e.aliases)):   # ordered: output must not depend on hashing
                if len(n) >= 4 and " " in n or (e.type == "Country" and len(n) >= 2):
                    names.append((n, e.id))
    states = {n for e in ents.values() if e.type == "Country" for n in (e.name, *e.aliases)}
    first: dict[str, Mention] = {}
    for m in mentions:
        first.setdefault(m.entity_id, m)
    for e in ents.values():
        if e.type not in ("Group", "Organization") or e.id not in first:
            continue
        parents = None      # e's catalogued ancestors, looked up when first needed
        for surface in dict.fromkeys((e.name, *e.aliases)):
            for n, pid in names:
                if pid == e.id or len(surface) <= len(n) + 2:
                    continue
                if e.type == "Group" and ents[pid].type == "Country":
                    continue    # "Myanmar National Democratic Alliance Army" fights the state
                if parents is None:
                    parents = _catalog_ancestors(catalog, e.id)
                if parents and pid not in parents:
                    continue    # "Kosovo Force" is NATO's, not Kosovo's: the catalog knows
                if surface.startswith(n) and surface[len(n)] in " -–":
                    rest = surface[len(n):].strip(" -–")
                    if not rest or not rest[0].isupper() and not rest.startswith(("in ", "of ")):
                        continue
                    if rest.startswith("of ") and rest[3:].removeprefix("the ") in states:
                        continue    # "Ministry of Defence of Azerbaijan" is no part of Armenia's
                    key = (e.id, "MEMBER_OF", pid)
                    if key in seen:
                        continue
                    m = next((x for x in mentions if x.entity_id == e.id and x.surface == surface),
                             first[e.id])
                    seen[key] = base + len(out)
                    out.append(Claim(subject=e.id, relation="MEMBER_OF", object=pid,
                                     quote=text[m.start:m.end], start=m.start, end=m.end,
                                     extractor=EXTRACTOR))
    return out
