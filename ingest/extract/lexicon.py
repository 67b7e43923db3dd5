"""The trigger lexicon (``lexicon.toml``), loaded once and expanded into word-form lookups.

The data file lists lemmas; this module inflects them by cheap suffix rules (no model), so the
claim extractor can look a token up in a dict instead of lemmatising it:

    attack -> attack, attacks, attacked, attacking
    strike|struck|struck -> strike, strikes, struck, striking
    "crack down on" -> "crack down on", "cracked down on", "cracking down on", ...

Every multi-word entry is keyed by its first word form, with the remaining words as a tuple that
the caller checks against the following tokens (longest first).
"""
from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

LEXICON_PATH = Path(__file__).with_name("lexicon.toml")
# words before "May" that make it the month, not the modal: "in May", "since May", "by May"
MONTH_BEFORE = frozenset("in of since until by early late mid".split())

_VOWELS = set("aeiou")


@dataclass(frozen=True)
class Trigger:
    """One way of stating a relation: ``relation`` expressed by a word of ``kind``.

    kind: "verb" (inflected verb or verbal phrase), "noun", "role" (relational noun: enemy of,
    ally of), "reverse_role" (proxy of: the anchor supports the holder), "adj" (hostile to),
    "reverse_verb" / "reverse_noun" (relies on, reliance on: the object supports the subject).
    ``form`` is "past" for a past tense/participle form, "ing", "base" or "s" for verbs.
    """

    relation: str
    kind: str
    lemma: str
    form: str = "base"
    rest: tuple[str, ...] = ()   # following words of a multi-word trigger


def _double_final(lemma: str) -> bool:
    """ban -> banned, rob -> robbed: short consonant-vowel-consonant verbs double the consonant."""
    return (len(lemma) <= 4 and len(lemma) >= 3 and lemma[-1] not in _VOWELS | set("wxy")
            and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS)


def verb_forms(entry: str) -> dict[str, str]:
    """All forms of one verb entry ("lemma" or "lemma|past|participle") -> form tag."""
    parts = entry.split("|")
    lemma = parts[0]
    forms: dict[str, str] = {lemma: "base"}
    if lemma.endswith(("s", "x", "z", "ch", "sh")) or (
            lemma.endswith("o") and not lemma.endswith("oo")):     # vetoes, goes (woos)
        forms[lemma + "es"] = "s"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ies"] = "s"
    else:
        forms[lemma + "s"] = "s"
    if len(parts) == 3:
        forms.setdefault(parts[1], "past")
        forms.setdefault(parts[2], "past")
    elif lemma.endswith("e"):
        forms[lemma + "d"] = "past"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ied"] = "past"
    elif _double_final(lemma):
        forms[lemma + lemma[-1] + "ed"] = "past"
    else:
        forms[lemma + "ed"] = "past"
    if lemma.endswith("ie"):
        forms[lemma[:-2] + "ying"] = "ing"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        forms[lemma[:-1] + "ing"] = "ing"
    elif _double_final(lemma):
        forms[lemma + lemma[-1] + "ing"] = "ing"
    else:
        forms[lemma + "ing"] = "ing"
    if len(lemma) > 4 and not _double_final(lemma) and lemma[-1] not in _VOWELS | set("wxy") \
            and lemma[-2] in _VOWELS and (lemma[-3] not in _VOWELS or lemma[-4:-2] == "qu"):
        # stressed final syllables double too (expel -> expelled, equip -> equipped, kidnap ->
        # kidnapped, deter -> deterred); the undoubled form stays for the others (target -> targeted)
        forms.setdefault(lemma + lemma[-1] + "ed", "past")
        forms.setdefault(lemma + lemma[-1] + "ing", "ing")
    return forms


def noun_forms(noun: str) -> list[str]:
    if noun.endswith("s") and not noun.endswith("ss"):
        return [noun]
    if noun.endswith(("ss", "x", "z", "ch", "sh")):
        return [noun, noun + "es"]
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return [noun, noun[:-1] + "ies"]
    return [noun, noun + "s"]


def _split(entry: str) -> tuple[str, tuple[str, ...]]:
    words = entry.lower().split()
    return words[0], tuple(words[1:])


class Lexicon:
    """Lookups built from the TOML data: ``triggers[first_word] -> [Trigger...]`` and word sets."""

    def __init__(self, data: dict):
        self.data = data
        self.triggers: dict[str, list[Trigger]] = {}
        self.compounds: dict[str, str] = {}       # "backed" -> SUPPORTS
        for relation, spec in data["relations"].items():
            for entry in spec.get("verbs", []) + spec.get("phrases", []):
                head, rest = _split(entry)
                for form, tag in verb_forms(head).items():
                    self._add(form, Trigger(relation, "verb", head.split("|")[0], tag, rest))
            for entry in spec.get("nouns", []) + spec.get("noun_phrases", []):
                words = entry.lower().split()
                if len(words) == 1:
                    for form in noun_forms(words[0]):
                        self._add(form, Trigger(relation, "noun", words[0]))
                else:
                    self._add(words[0], Trigger(relation, "noun", entry.lower(), "base",
                                                tuple(words[1:])))
            for entry in spec.get("reverse_verbs", []):
                head, rest = _split(entry)
                for form, tag in verb_forms(head).items():
                    self._add(form, Trigger(relation, "reverse_verb", head.split("|")[0], tag, rest))
            for entry in spec.get("reverse_nouns", []):
                for form in noun_forms(entry.lower()):
                    self._add(form, Trigger(relation, "reverse_noun", entry.lower()))
            for kind, key in (("role", "roles"), ("reverse_role", "reverse_roles"),
                              ("adj", "adjectives")):
                for entry in spec.get(key, []):
                    head, rest = _split(entry)
                    self._add(head, Trigger(relation, kind, entry.lower(), "base", rest))
            for entry in spec.get("compounds", []):
                self.compounds[entry.lower()] = relation
        for entries in self.triggers.values():   # longest multi-word trigger first
            entries.sort(key=lambda t: -len(t.rest))
        # first words of verb triggers ("met", "backs", "came" of "came to the aid of")
        self.verb_triggers = frozenset(form for form, entries in self.triggers.items()
                                       if any(t.kind == "verb" for t in entries))

        st = data["structural"]
        self.titles = _phrase_set(st["titles"])
        self.name_titles = _phrase_set(st["name_titles"])
        self.part_nouns = _phrase_set(st["part_nouns"])
        self.presence_verbs: dict[str, str] = {}
        for entry in st["presence_verbs"]:
            head, rest = _split(entry)
            for form, tag in verb_forms(head).items():
                self.presence_verbs[form] = tag
        self.presence_adjectives = set(st["presence_adjectives"])
        self.presence_nouns = set(st["presence_nouns"])
        self.proxy_nouns = set(data["actors"]["proxy_nouns"])
        cert = data["certainty"]
        self.alleged = set(cert["alleged"])
        self.alleged_phrases = [tuple(p.split()) for p in cert["alleged_phrases"]]
        self.hypothetical = set(cert["hypothetical"])
        self.hypothetical_phrases = [tuple(p.split()) for p in cert["hypothetical_phrases"]]
        self.alleged_index = phrase_index(self.alleged_phrases)
        self.hypothetical_index = phrase_index(self.hypothetical_phrases)
        neg = data["negation"]
        self.negators = set(neg["words"])
        self.negation_phrases = [tuple(p.split()) for p in neg["phrases"]]
        self.not_negation = [tuple(p.split()) for p in neg["not_negation"]]
        self._negation_firsts = frozenset(p[0] for p in self.negation_phrases)
        att = data["attribution"]
        self.reporting: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        for entry in att["reporting_verbs"]:
            head, rest = _split(entry)
            for form, tag in verb_forms(head).items():
                self.reporting.setdefault(form, (head.split("|")[0], tag, rest))
        self.reporting_words = frozenset(self.reporting)
        self.belief_verbs: set[str] = set()
        for entry in att["belief_verbs"]:
            self.belief_verbs.update(verb_forms(entry.lower()))
        self.speech_nouns = set(att["speech_nouns"])
        threat = data["relations"]["THREATENS"]
        self.intent_verbs: dict[str, str] = {}
        for entry in threat.get("intent_verbs", []):
            for form, tag in verb_forms(entry.lower()).items():
                self.intent_verbs[form] = tag
        self.intent_nouns = set(threat.get("intent_nouns", []))

    def negates(self, words: list[str]) -> bool:
        """Whether ``words`` hold a negation: a negation word that opens no "not only"-type
        phrase, or a negation phrase ("refused to", "ruled out")."""
        for i, w in enumerate(words):
            if w in self.negators and not any(tuple(words[i:i + len(p)]) == p
                                              for p in self.not_negation):
                return True
        firsts = self._negation_firsts
        return any(tuple(words[i:i + len(p)]) == p for i, w in enumerate(words) if w in firsts
                   for p in self.negation_phrases if p[0] == w)

    def _add(self, form: str, trigger: Trigger) -> None:
        bucket = self.triggers.setdefault(form, [])
        if trigger not in bucket:
            bucket.append(trigger)


def _phrase_set(entries: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(e.lower().split()) for e in entries)


def phrase_index(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, for :func:`has_phrase`."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        index.setdefault(p[0], []).append(p)
    return index


def has_phrase(words: Sequence[str], index: dict[str, list[tuple[str, ...]]]) -> bool:
    """Does one of the phrases of ``index`` (:func:`phrase_index`) occur in ``words``?"""
    if index.keys().isdisjoint(words):
        return False
    for i, w in enumerate(words):
        for p in index.get(w, ()):
            if tuple(words[i:i + len(p)]) == p:
                return True
    return False


@functools.lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon (cached). ``path`` loads another TOML file of the same shape."""
    with open(path or LEXICON_PATH, "rb") as fh:
        return Lexicon(tomllib.load(fh))
