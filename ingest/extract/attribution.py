"""Who the article says makes a claim: quoted speakers and reporting frames.

For each sentence, :func:`frames` returns the spans of it that are reported speech or thought,
with the entity that states them and whether the frame hedges them (a belief, a claim):

    "...," Biden said.                      the quote            -> Biden
    He added: "..."                         the quote            -> the last named speaker
    According to Pakistani officials, ...   the whole sentence   -> Pakistan (demonym phrase)
    X said/warned/told ... (that) ...       what follows the verb -> X
    ..., X said. / ..., said X.             what precedes        -> X
    As X explains, ...                      the rest             -> X
    This cooperation, Islamabad believes, is ...   the sentence  -> Pakistan, alleged
    X's statement/warning that ...          what follows         -> X

Spans are character offsets in ``Article.text``; the innermost span containing a claim's trigger
wins. Works on the same units (tokens with mentions folded in) as the claim extractor.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_OPEN = "“\"‘"
_CLOSE = "”\"’"
_QUOTE_RE = re.compile(r"“[^”]{1,3000}”|\"[^\"\n]{1,3000}\"")

PRONOUNS_PERSON = frozenset({"he", "she"})
_BE = frozenset("is are was were be been being".split())
_DETERMINERS = frozenset("a an this these those its their his her our some many several close "
                         "strong".split())
# reporting verbs that also take a plain object ("maintains ties", "confirmed the deal")
NP_OBJECT_REPORTING = frozenset("""maintain maintains maintained maintaining note notes noted
add adds added state report reports reported charge charges charged describe describes described
highlight highlights highlighted observe observes observed indicate indicates indicated recall
recalls recalled estimate estimates estimated conclude concludes concluded admit admits admitted
confirm confirms confirmed reveal reveals revealed disclose discloses disclosed acknowledge
acknowledges acknowledged tout touts touted reiterate reiterates reiterated predict predicts
predicted assess assesses assessed declare declares declared announce announces announced
announcing""".split())
DENY_VERBS = frozenset("deny denies denied denying".split())
AGREE_VERBS = frozenset("agree agrees agreed agreeing".split())
# reports that are acts of their own: "X warned/vowed ... Y" is X's stance, not X's report of
# a fact about itself ("X said its forces downed Y" is attributed to X)
SPEECH_ACTS = frozenset("""warn warns warned warning caution cautions cautioned threaten threatens
threatened vow vows vowed pledge pledges pledged promise promises promised""".split())
SPEECH_ACT_NOUNS = frozenset("""warning warnings threat threats vow vows pledge pledges promise
promises ultimatum""".split())


@dataclass(frozen=True)
class Frame:
    start: int              # char span of the reported content
    end: int
    speaker: str | None     # entity id (None: unresolved speaker -> no attribution)
    hedged: bool = False    # a belief or allegation frame: the content is "alleged"
    kind: str = "report"    # "quote" | "report" | "according" | "turn" (of an interview)
    act: bool = False       # the report is itself an act by the speaker (warned, vowed, threats)
    denial: bool = False    # "X denies that ...": what is denied is alleged, and not by X

    def covers(self, pos: int) -> bool:
        return self.start <= pos < self.end


def innermost(frames: Iterable[Frame], *positions: int) -> Frame | None:
    """The smallest frame that covers every one of ``positions`` (the first of equal size)."""
    best = None
    frames = list(frames)
    for fr in frames:
        if all(fr.covers(p) for p in positions) and (best is None or fr.end - fr.start < best.end - best.start):
            best = fr
    if best is not None and best.denial:
        # "X accused Y of arming Z, an allegation Y denied": X's report, opened inside what the
        # denial spans, is still X's (the denial makes it no less an allegation)
        inside = [fr for fr in frames if not fr.denial and fr.kind == "report" and
                  fr.start > best.start and all(fr.covers(p) for p in positions)]
        if inside:
            best = min(inside, key=lambda fr: fr.end - fr.start)
    return best


# --- interviews and transcripts: who speaks each turn -------------------------------------------

# "Q: ...", "A: ...", "PRESENTER: ...", "Kaya: ...", "**Ibrahim Moussa:** ..." at a line start
# ("Q. ...", "A — ...", and a label on a line of its own too)
_TURN_LABEL = re.compile(r"^[ \t]*(?:\*\*)?(?:(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
                         r"(?:\*\*)?[ \t]*[:：]|(?P<qa>Q|A)(?:\*\*)?(?:\.|[ \t]+[—–]))"
                         r"(?:\*\*)?[ \t]*\n?[ \t]*(?=\S)", re.M)
ASKING_LABELS = frozenset("q question interviewer presenter host moderator anchor reporter".split())
ANSWERING_LABELS = frozenset("a answer".split())
_LABEL_TITLES = frozenset("mr mrs ms dr prof col gen colonel general minister ambassador".split())
_INTERVIEW_CUE = re.compile(r"\b(?:interview(?:ed|s)?|conversation with|(?:spoke|speaks|talked|talks|"
                            r"chatted) (?:to|with)|sat down with|Q\s*&\s*A)\b", re.I)


@dataclass(frozen=True)
class Turn:
    start: int              # char span of what the speaker says (after the label)
    end: int
    speaker: str | None     # entity id; None for the interviewer or an unknown label


def turns(text: str, title: str | None, mentions, persons: dict[str, tuple[str, ...]]) -> list[Turn]:
    """The turns of an interview ("Q:" / "A:") or a transcript ("PRESENTER:", "MOUSSA:"): what
    follows a speaker's label, up to the next label, is that speaker's. An "A:" answer is the
    interviewee's, named in the title or the introduction with an interview cue ("a conversation
    with X", "X spoke to us"); a name label is the person of that name. Without such a layout
    (a label used once, "Related:", "UPDATE:") there are no turns. ``persons`` maps each Person
    entity id to its names; ``mentions`` are the article's mentions, in text order."""
    hits = list(_TURN_LABEL.finditer(text))
    if len(hits) < 2:
        return _question_turns(text, title, mentions, persons)

    def person_of(label: str) -> str | None:
        words = [w for w in label.lower().replace("’", "'").split() if w.rstrip(".") not in _LABEL_TITLES]
        if not words:
            return None
        key = " ".join(words)
        found = {eid for eid, names in persons.items() for n in names
                 if n.lower() == key or (len(words) == 1 and key in n.lower().split())}
        return found.pop() if len(found) == 1 else None

    counts = Counter(_label(h) for h in hits)
    speakers: dict[str, str | None] = {}
    for label, count in counts.items():
        person = None if label in ASKING_LABELS or label in ANSWERING_LABELS else person_of(label)
        if person is not None or label in ASKING_LABELS or label in ANSWERING_LABELS:
            speakers[label] = person
        elif count >= 2:
            speakers[label] = None          # the publication's label ("FP:"), a boundary
    asks = any(label in ASKING_LABELS for label in speakers)
    named = any(speakers.values())
    answers = any(label in ANSWERING_LABELS for label in speakers)
    if not (named or asks and answers):
        return _question_turns(text, title, mentions, persons)
    layout = [h for h in hits if _label(h) in speakers]
    if answers:
        speakers.update({label: _interviewee(text, title, layout[0].start(), mentions, persons)
                         for label in ANSWERING_LABELS if label in speakers})
    out: list[Turn] = []
    for h, nxt in zip(layout, layout[1:] + [None]):
        end = nxt.start() if nxt is not None else len(text)
        out.append(Turn(h.end(), end, speakers[_label(h)]))
    return out


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")


def _question_turns(text: str, title: str | None, mentions,
                    persons: dict[str, tuple[str, ...]]) -> list[Turn]:
    """An interview set as questions without labels (the question a paragraph of its own that
    ends with "?", often bold in print): the paragraphs up to the next question answer it."""
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    asked = [i for i, (a, b) in enumerate(paras)
             if text[a:b].rstrip(" *_").endswith("?") and b - a <= 300 and "\"" not in text[a:b]
             and "“" not in text[a:b]]
    answered = [i for i in asked if i + 1 < len(paras) and i + 1 not in asked]
    if len(answered) < 2 or asked[0] == 0:
        return []
    speaker = _interviewee(text, title, paras[asked[0]][0], mentions, persons)
    if speaker is None:
        return []
    out = []
    for i in answered:
        nxt = next((j for j in asked if j > i), None)
        end = paras[nxt][0] if nxt is not None else len(text)
        out.append(Turn(paras[i + 1][0], end, speaker))
    return out


def _label(hit: re.Match) -> str:
    return (hit["label"] or hit["qa"]).lower()


def _interviewee(text: str, title: str | None, intro_end: int, mentions,
                 persons: dict[str, tuple[str, ...]]) -> str | None:
    """Who answers: the person the title names, else the introduction's person next to an
    interview cue, else its first person; None when nothing says it is an interview (a
    question-and-answer explainer answers in the publication's own voice)."""
    intro = text[:intro_end]
    if not _INTERVIEW_CUE.search(intro) and not (title and _INTERVIEW_CUE.search(title)):
        return None
    if title:
        named = {eid for eid, names in persons.items()
                 if any(re.search(r"\b" + re.escape(n) + r"\b", title) for n in names if len(n) > 3)}
        if len(named) == 1:
            return named.pop()
    intro_persons = [m for m in mentions if m.end <= intro_end and m.entity_id in persons]
    for m in intro_persons:
        if _INTERVIEW_CUE.search(text[max(0, m.start - 40):m.end + 60]):
            return m.entity_id
    return intro_persons[0].entity_id if intro_persons else None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (inside the quotation marks), curly or straight quotes."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTE_RE.finditer(text)]


def _speaker_id(view, k: int, state) -> str | None:
    """Entity id of the unit at ``k`` as a speaker (a pronoun resolves to the last speaker)."""
    u = view.units[k]
    if u.is_mention and u.is_actor:
        return u.eid
    if u.low in PRONOUNS_PERSON:
        return state.last_speaker or state.last_person
    return None


_PREPS = frozenset("in on at of from to into inside within across over under by with against "
                   "toward towards through via near among for".split())


def _after_preposition(view, k: int) -> bool:
    us = view.units
    j = k - 1
    if j >= 0 and us[j].low == "the":
        j -= 1
    return j >= 0 and us[j].low in _PREPS


_NOUN_DETERMINERS = frozenset("its their his her our the a an these those such".split())


def _reporting_at(view, lex, i: int) -> int | None:
    """If a reporting verb starts at unit ``i``, the index of its last unit."""
    u = view.units[i]
    if u.is_mention or u.low not in lex.reporting:
        return None
    if i > 0 and view.units[i - 1].low in _NOUN_DETERMINERS:
        return None     # "expanding its claims", "the reports": a noun, no one reporting
    _lemma, _tag, rest = lex.reporting[u.low]
    if rest:
        if [x.low for x in view.units[i + 1:i + 1 + len(rest)]] != list(rest):
            return None
        return i + len(rest)
    return i


def _speaker_left(view, i: int, state) -> tuple[str | None, int | None]:
    us = view.units
    k = i - 1
    while k >= 0 and (us[k].low in ("also", "recently", "later", "then", "has", "have", "had",
                                    "repeatedly", "once", "publicly", "further", "previously",
                                    "again", "reportedly", "explicitly", "openly", "first")
                      or us[k].low.endswith("ly")):
        k -= 1
    if k >= 0 and us[k].low in PRONOUNS_PERSON:
        return _speaker_id(view, k, state), k
    if k >= 0 and us[k].is_mention and us[k].is_actor and us[k].appos is not None and \
            us[us[k].appos].is_actor:
        a = us[k].appos     # "X, foreign policy aide to President Y, said": X speaks
        return us[a].eid, a
    if k >= 0 and us[k].is_mention and us[k].is_actor and not _after_preposition(view, k):
        return us[k].eid, k
    subj = view.subject(i, limit=10)
    if subj:
        k = subj[-1]
        return us[k].eid, k
    return None, None


_CLAUSE_AUX = frozenset("""is are was were has have had will would could might may can must should
does did""".split())


def _opens_clause(view, lex, k: int) -> bool:
    """Whether the unit at ``k`` is a verb taking the unit before it as its subject: after
    "X, an aide to Y, said Russia", "backs" makes Russia the reported clause's subject, not
    the speaker of an inverted "..., said Russia". A possessed noun phrase may stand between:
    "..., said Iran's Revolutionary Guards were smuggling ..." (but "..., said Iran's foreign
    minister." is inverted)."""
    us = view.units

    def verb(u) -> bool:
        return not u.is_mention and (
            u.low in _CLAUSE_AUX or u.low in lex.reporting or u.low in lex.verb_triggers)

    if k < len(us) and us[k].low in ("'s", "’s"):
        k += 1
        stop = k + 4
        while k < len(us) and k < stop and not us[k].is_mention and us[k].low.isalpha() and \
                not verb(us[k]):
            k += 1
        k += k < len(us) and us[k].is_mention
    return k < len(us) and verb(us[k])


def joins_clause(us, j: int) -> bool:
    """Does ", and" / ", but" / ", while" at ``j`` open a clause of its own?"""
    return us[j].low == "," and j + 1 < len(us) and us[j + 1].low in ("and", "but", "while")


ACCUSE_VERBS = frozenset("accuse accuses accused accusing blame blames blamed blaming alleging".split())


def _accusation_end(view, verb: int, last: int, s_end: int) -> int:
    """Where what an accusation reports ends: "X accuses Y of stalling, and its fighters have
    clashed with Z" reports the stalling only; the clause after ", and" is the writer's ("X says
    Y carried out dozens of attacks, and ..." reports both)."""
    us = view.units
    n = len(us)
    if us[verb].low not in ACCUSE_VERBS:
        return s_end
    k = last + 1
    while k < n and k < last + 8 and us[k].low not in ("of", "for", ","):
        k += 1
    if k >= n or us[k].low not in ("of", "for"):
        return s_end
    for j in range(k + 1, n - 1):
        if joins_clause(us, j) and not us[j + 1].quoted and (j + 2 >= n or us[j + 2].low != "that"):
            return us[j].start
    return s_end


_ACCORDING = frozenset({"according"})


def frames(view, lex, state, quotes: list[tuple[int, int]]) -> list[Frame]:
    """Reported-speech spans of one sentence (see the module docstring)."""
    us = view.units
    n = len(us)
    if not n:
        return []
    s_start, s_end = view.sent.start, view.sent.end
    out: list[Frame] = []
    # "according to X"
    for i in view.lows_at(_ACCORDING):
        if i < n - 1 and us[i + 1].low == "to":
            for k in range(i + 2, min(n, i + 8)):
                if us[k].is_mention and us[k].is_actor:
                    if k + 2 < n and us[k + 1].low in ("'s", "’s") and us[k + 2].is_mention and \
                            us[k + 2].is_actor:
                        k += 2      # "according to Israel's Military Intelligence Directorate"
                    out.append(Frame(s_start, s_end, us[k].eid, False, "according"))
                    break
    # reporting verbs outside quotes
    for i in view.having(lex.reporting_words):
        if us[i].quoted:
            continue
        last = _reporting_at(view, lex, i)
        if last is None:
            continue
        denial = us[i].low in DENY_VERBS
        hedged = us[i].low in lex.belief_verbs or denial
        act = us[i].low in SPEECH_ACTS
        nxt = us[last + 1] if last + 1 < n else None
        # inverted: "..., said X" / "“...,” said X"
        if nxt is not None and (nxt.is_mention and nxt.is_actor or nxt.low in PRONOUNS_PERSON) and \
                i > 0 and us[i - 1].low in (",", "”", "\"", "’") and not us[i].low.endswith("ing") and \
                not (i > 1 and us[i - 1].low == "," and us[i - 2].appos is not None) and \
                not _opens_clause(view, lex, last + 2):
            # (not after the comma closing an apposition: "HRW, a New York-based group, accused
            # Israel of ..." is HRW's accusation; and ", accusing France of ..." is a participle)
            speaker = _speaker_id(view, last + 1, state)
            if speaker:
                out.append(Frame(s_start, us[i].start, speaker, hedged, act=act, denial=denial))
                state.last_speaker = speaker if view.units[last + 1].etype == "Person" else state.last_speaker
            continue
        b = i - 1
        while b >= 0 and (us[b].low.endswith("ly") or us[b].low in ("also", "often", "widely")):
            b -= 1
        if b >= 0 and us[b].low in _BE and us[i].low.endswith("ed"):
            # passive "X was accused by rights groups of ...": the agent reports, if named
            k = last + 1
            if k < n and us[k].low == "by":
                k += 1
                while k < n and k < last + 6 and not us[k].is_mention and us[k].low not in (",", "of"):
                    k += 1
                if k < n and us[k].is_mention and us[k].is_actor:
                    out.append(Frame(us[k].end, s_end, us[k].eid, hedged, act=act, denial=denial))
            continue
        speaker, sk = _speaker_left(view, i, state)
        if speaker is None:
            continue
        if view.units[sk].etype == "Person" or view.units[sk].low in PRONOUNS_PERSON:
            state.last_speaker = speaker
        # "As X explains, ..."
        if sk is not None and sk > 0 and us[sk - 1].low == "as" and nxt is not None and nxt.low == ",":
            out.append(Frame(nxt.end, s_end, speaker, hedged, act=act, denial=denial))
            continue
        # parenthetical ", X believes,"
        if sk is not None and sk > 0 and us[sk - 1].low == "," and nxt is not None and nxt.low == ",":
            out.append(Frame(s_start, s_end, speaker, hedged, act=act, denial=denial))
            continue
        # trailing "..., X said." : what precedes
        if nxt is None or nxt.low in (".", "!", "?") or (nxt.low == "," and last + 2 >= n - 1):
            if sk is not None:
                out.append(Frame(s_start, us[sk].start, speaker, hedged, act=act, denial=denial))
            continue
        sb = sk - 1 if sk is not None and sk > 1 and us[sk - 1].low == "the" else sk
        if nxt.low == "," and sb is not None and sb > 0 and us[sb - 1].low in (",", "”", "’", "\""):
            # "..., late on Monday, the State Department said, and urged ...": what precedes
            out.append(Frame(s_start, us[sb].start, speaker, hedged, act=act, denial=denial))
            continue
        if us[i].low in NP_OBJECT_REPORTING and (nxt.is_mention or nxt.low in _DETERMINERS or (
                nxt.low.isalpha() and nxt.low not in ("that", "on", "in", "to", "how", "what",
                                                      "why", "whether", "it", "the"))) and \
                not (nxt.is_mention and _opens_clause(view, lex, last + 2)):
            continue        # "maintains close ties with X", "noted the attack": no report
            # (but "confirmed Iran had supplied ...": a reported clause)
        if us[i].low in AGREE_VERBS and nxt.low in ("to", "on", "upon", "with"):
            continue        # "agreed to a ceasefire": an act, not a report
        out.append(Frame(us[last].end, _accusation_end(view, i, last, s_end), speaker, hedged,
                         act=act, denial=denial))
    # "X's statement/warning that ..."
    for i in view.lows_at(lex.speech_nouns):
        if i >= 2 and us[i - 1].low in ("'s", "’s") and us[i - 2].is_actor:
            end = s_end
            for k in range(i + 1, n):
                if us[k].low in (";",):
                    end = us[k].start
                    break
            out.append(Frame(us[i].end, end, us[i - 2].eid, False,
                             act=us[i].low in SPEECH_ACT_NOUNS))
    # the turn of an interview or transcript the sentence is in (the outermost frame)
    for t in state.turns:
        if s_start < t.end and t.start < s_end and t.speaker is not None:   # (the label opens
            # the turn's first sentence)
            out.append(Frame(t.start, t.end, t.speaker, False, "turn"))
    # quotes: the speaker named next to them
    for qs, qe in quotes:
        if qe <= s_start or qs >= s_end:
            continue
        speaker = _quote_speaker(view, lex, state, qs, qe)
        if speaker is None:
            speaker = getattr(state, "quote_speakers", {}).get((qs, qe))
        if speaker is None:
            prev = getattr(state, "last_quote", None)
            gap = view.text[prev[1]:qs] if prev else ""
            if prev and prev[2] and 0 <= qs - prev[1] <= 160 and "\n" not in gap and (
                    qs - prev[1] <= 40 or re.search(r"[.!?]\s+[\"“]$", gap)):
                # the next quote of the same paragraph, opening its own sentence, goes on
                speaker = prev[2]
        if speaker is not None:
            out.append(Frame(qs, qe, speaker, False, "quote"))
            state.last_speaker = speaker
        if not hasattr(state, "quote_speakers"):
            state.quote_speakers = {}
        state.quote_speakers[(qs, qe)] = speaker
        state.last_quote = (qs, qe, speaker)
    return out


def _quote_speaker(view, lex, state, qs: int, qe: int) -> str | None:
    us = view.units
    n = len(us)
    # after the closing quote: ', X said' / ', said X' / 'he added'
    after = [u for u in us if u.start >= qe][:9]     # '"...," the agency, known as HUR, said'
    for j, u in enumerate(after):
        if u.low in lex.reporting or u.is_mention or u.low in PRONOUNS_PERSON:
            break
    else:
        j = None
    if j is not None and after:
        idx = after[j].i
        if us[idx].is_mention or us[idx].low in PRONOUNS_PERSON:
            if idx + 1 < n and _reporting_at(view, lex, idx + 1) is not None:
                return _speaker_id(view, idx, state)
            # '"...," Rwanda's foreign minister X told AFP': the last actor before the verb
            last_actor = None
            for k in range(idx, min(n, idx + 12)):
                if us[k].is_mention and us[k].is_actor:
                    # "X, an adviser to Iran's leader, said": the apposition's anchor speaks
                    a = us[k].appos
                    last_actor = a if a is not None and a >= idx and us[a].is_actor else k
                elif _reporting_at(view, lex, k) is not None:
                    if last_actor is not None:
                        return _speaker_id(view, last_actor, state)
                    break
                elif us[k].low in (".", ";", ":", "?", "!") or us[k].low in lex.negators:
                    break
        elif _reporting_at(view, lex, idx) is not None:
            k = idx + 1
            while k < n and us[k].low in ("the", "by"):
                k += 1
            if k < n and (us[k].is_mention and us[k].is_actor or us[k].low in PRONOUNS_PERSON):
                return _speaker_id(view, k, state)
    # before the opening quote: 'X said: "...', 'He added: "...', "X's remark that “...”"
    before = [u for u in us if u.end <= qs][-8:]
    for u in reversed(before):
        if u.low in lex.speech_nouns and u.i >= 2 and us[u.i - 1].low in ("'s", "’s") and \
                us[u.i - 2].is_actor:
            return us[u.i - 2].eid
        last = _reporting_at(view, lex, u.i)
        if last is not None:
            speaker, _ = _speaker_left(view, u.i, state)
            return speaker
    return None
