"""A learned pair classifier that adds the cooperative/hostile claims the rules miss.

    add_claims(article, sentences, entities, mentions, claims) -> claims + added

The rules in ``claims.py`` are precise but read only the constructions they were written for.
This stage looks at every sentence again, at every ordered pair of distinct actors it mentions
(Person, Country, Group, Organization), and asks a small multinomial logistic regression which
relation, if any, the sentence states from the first to the second:

    classes: none, ALLIED_WITH, SUPPORTS, NEGOTIATES_WITH, ATTACKS, THREATENS, OPPOSES

Features (:func:`pair_features`) are cheap and read off one pass over the sentence: lexicon
triggers (``lexicon.toml``) before, between or after the pair with their kind, verb form and a
following "by"; the words and bigrams between the two mentions; their distance, order, entity
and mention types; negation, hedge and modal words; coordination ("X and Y"); a reporting verb
between them or right after one of them; quotation marks; the words just outside the pair; and
whether the rules already related either actor (or both, to one third actor) in that sentence.

The stage is on by default (``DEFAULT_ON``; ``GEOKG_LEARNED=0`` turns it off): trained on every
development set and cross-validated leaving one set out, rules + model beat the rules alone on
main-claim F1, most on the sets the rules were not tuned on (figures in the model's ``meta.cv``).
``GEOKG_LEARNED_THRESHOLD`` lowers or raises the model's threshold, trading precision for recall.

A claim is added for a pair only when the rules made no claim at all about that (unordered) pair
anywhere in the article, and when P(polarity) — the summed probability of that polarity's
relations — reaches the model's threshold; the relation is the most likely one of that polarity.
Two checks the model cannot learn from so few examples are hard filters: a polarity whose
triggers near the pair are all negated ("has not recognised", "refrained from supplying") is
never added, and an actor named only as the source ("according to X"), to qualify another
("Mexico's Sinaloa Cartel", "Israeli ministers X") or as the venue ("talks in Doha") is no party
to a pair.
Certainty comes from the lexicon's hedge and modal words and from the rules' attribution frames
(a belief or a denial makes it alleged); attribution from the frame around both mentions (a
quote's speaker, an interview turn, "X said that", "according to X": ``find_claims(frames_out=)``),
else a clear reporting-verb speaker; the quote is the sentence. Claims carry the extractor name ``geokg.learned.v2``.

The model is data: ``pair_model.json`` beside this file (feature names, a weight row per feature,
class biases, the threshold chosen by cross-validation). ``tools/train_pair_model.py`` rebuilds
it from the annotated training sets, deterministically; :func:`fit` is the trainer it uses
(plain numpy: full-batch gradient descent with L2, no other dependency).
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from geokg.errors import ConfigError
from ingest.extract.attribution import Frame, innermost
from ingest.extract.lexicon import MONTH_BEFORE, Lexicon, has_phrase, load_lexicon
from ingest.extract.text import Sentence, mentions_by_sentence
from ingest.records import ACTOR_TYPES, POLARITY, SYMMETRIC_RELATIONS, Article, Claim, Entity, Mention

EXTRACTOR = "geokg.learned.v2"     # bump when features or the model's meaning change
MODEL_PATH = Path(__file__).with_name("pair_model.json")
CLASSES = ("none", "ALLIED_WITH", "SUPPORTS", "NEGOTIATES_WITH", "ATTACKS", "THREATENS", "OPPOSES")
ENV_SWITCH = "GEOKG_LEARNED"       # "1" turns the stage on, "0" off
THRESHOLD_SWITCH = "GEOKG_LEARNED_THRESHOLD"
# On by default since the model is trained on all eleven development sets: leave-one-set-out
# cross-validation finds rules + model above the rules alone on main-claim F1 (the model's
# "meta.cv"), and the sets kept as measures agree (README).
DEFAULT_ON = True
_POLARITY_CLASSES = tuple((pol, [i for i, c in enumerate(CLASSES) if POLARITY.get(c) == pol])
                          for pol in ("cooperative", "hostile"))
PER_SENTENCE = 2                   # most claims the stage adds from one sentence

_TOKEN = re.compile(r"\w+(?=n['’]t\b)|n['’]t\b|['’]s\b|\w+|[^\w\s]")
# the same without the two "n't" alternatives, the costly ones (they backtrack over every word):
# in a text without "n't" they never match, so it gives the same tokens
_TOKEN_NO_NT = re.compile(_TOKEN.pattern.replace(r"\w+(?=n['’]t\b)|n['’]t\b|", ""))
_OPEN_QUOTES = "“\"‘"
_COORD = frozenset({",", "and", "or", "&", "both", "as", "well", "the"})
_BOUNDARY = frozenset(""";  : " ( ) but while whereas although though because which who whom whose
when if unless said says told added according""".split())
_PREPS = frozenset("of in with to for by from on against at into between among over".split())
_MAX_BETWEEN = 16      # between-words beyond this: only the first and last eight


# --------------------------------------------------------------------------------------------
# sentence units

class Unit(NamedTuple):      # (a tuple: sentences have many, and a tuple is quick to make)
    low: str                 # lowercased token, or "<Type>" for a mention
    eid: str | None = None   # entity id when the unit is a mention
    kind: str = ""           # mention kind (name | metonym | demonym)
    quoted: bool = False     # inside quotation marks
    start: int = -1          # offset of a mention in the article


@dataclass(frozen=True)
class Candidate:
    """One ordered pair of actors in one sentence, with its features."""

    sentence: int
    subject: str
    object: str
    features: tuple[str, ...]                # (empty when ``candidates`` was given ``rows``)
    pair: tuple[int, int]                    # the two mentions' units, in sentence order
    rows: Sequence[int] = ()                 # the features as a model's weight rows (``FeatureRows``)


def sentence_units(text: str, sent: Sentence, mentions: Sequence[Mention],
                   types: dict[str, str]) -> list[Unit]:
    """The sentence as tokens, each entity mention folded into one unit (overlaps: first wins)."""
    units: list[Unit] = []
    pos = sent.start
    quoted = False

    def words(a: int, b: int) -> None:
        nonlocal quoted
        piece = text[a:b]       # (no pattern looks back before a)
        tokens = _TOKEN if "n't" in piece or "n’t" in piece else _TOKEN_NO_NT
        for tok in tokens.findall(piece):
            if tok in "“”\"":
                quoted = (tok == "“") or (tok == '"' and not quoted)
                units.append(Unit('"'))
                continue
            units.append(Unit(tok.lower().replace("’", "'"), None, "", quoted))

    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < pos or m.end > sent.end or m.entity_id not in types:
            continue
        words(pos, m.start)
        units.append(Unit(f"<{types[m.entity_id]}>", m.entity_id, getattr(m, "kind", "name"), quoted, m.start))
        pos = m.end
    words(pos, sent.end)
    return units


@dataclass
class _SentenceCues:
    triggers: list[tuple[int, str, str, str, bool]]   # (unit, relation, kind, form, by follows)
    negators: list[int]
    reporting: list[int]
    hedge: bool
    modal: bool
    relations: frozenset[str]
    words: list[str]                  # per unit: the lowercased word, "<E>" for a mention
    ents: list[int]                   # ents[i]: mentions among units[:i]
    bounds: list[int]                 # bounds[i]: clause-boundary words among units[:i]
    where: dict[str, list[int]]       # entity id -> its units
    sentence_features: tuple[str, ...]   # features of the sentence itself ("sent_tr=...")


@functools.lru_cache(maxsize=4)
def _cue_words(lex: Lexicon) -> frozenset[str]:
    """Every word that _cues looks for at a unit (a negator, a reporting verb, the first word of a
    trigger or a compound's word): it skips the others."""
    return frozenset().union(lex.negators, lex.reporting, lex.triggers, lex.compounds)


def _cues(units: list[Unit], lex: Lexicon) -> _SentenceCues:
    lows = [u.low for u in units]
    triggers = []
    negators, reporting = [], []
    cue_words = _cue_words(lex)
    for i in [i for i, w in enumerate(lows) if w in cue_words]:
        w = lows[i]
        if units[i].eid is not None:
            continue
        if w in lex.negators:
            negators.append(i)
        if w in lex.reporting:
            reporting.append(i)
        for t in lex.triggers.get(w, ()):
            if t.rest and tuple(lows[i + 1:i + 1 + len(t.rest)]) != t.rest:
                continue
            after = i + 1 + len(t.rest)
            by = "by" in lows[after:after + 2]
            triggers.append((i, t.relation, t.kind, t.form, by))
        if i >= 2 and lows[i - 1] == "-" and w in lex.compounds:
            triggers.append((i, lex.compounds[w], "compound", "past", False))
    vocab = set(lows)
    hedge = bool(vocab & lex.alleged) or has_phrase(lows, lex.alleged_index)
    hypothetical = vocab & lex.hypothetical
    if "may" in hypothetical:       # ("in May 2025" is the month)
        months = {i for i, w in enumerate(lows) if w == "may" and (
            (i > 0 and lows[i - 1] in MONTH_BEFORE) or (i + 1 < len(lows) and lows[i + 1].isdigit()))}
        modal = any(w in lex.hypothetical and i not in months for i, w in enumerate(lows))
    else:
        modal = bool(hypothetical)
    modal = modal or (bool(lows) and lows[0] in ("if", "unless"))
    words, ents, bounds, where = [], [0], [0], {}
    for i, u in enumerate(units):
        words.append("<E>" if u.eid is not None else u.low)
        ents.append(ents[-1] + (u.eid is not None))
        bounds.append(bounds[-1] + (u.low in _BOUNDARY))
        if u.eid is not None:
            where.setdefault(u.eid, []).append(i)
    relations = frozenset(t[1] for t in triggers)
    return _SentenceCues(triggers, negators, reporting, hedge, modal, relations, words, ents,
                         bounds, where, tuple(f"sent_tr={rel}" for rel in sorted(relations)))


@functools.lru_cache(maxsize=256)
def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else \
        "7-10" if n <= 10 else "11-20" if n <= 20 else "21+"


def _trigger_region(k: int, lo: int, hi: int) -> str:
    """Where a trigger at unit ``k`` stands relative to the pair's mentions at ``lo`` < ``hi``."""
    if lo < k < hi:
        return "btw"
    if k < lo:
        return "pre" if lo - k <= 8 else "farpre"
    return "post" if k - hi <= 8 else "farpost"


def pair_features(units: list[Unit], cues: _SentenceCues, ia: int, ib: int, n_actors: int = 2) -> list[str]:
    """Features of the ordered pair (subject at unit ``ia``, object at unit ``ib``)."""
    a, b = units[ia], units[ib]
    ws, ents, bnds = cues.words, cues.ents, cues.bounds
    o = "ab" if ia < ib else "ba"            # ab: the subject comes first
    lo, hi = (ia, ib) if ia < ib else (ib, ia)
    gap = hi - lo - 1
    dist = _bucket(gap)
    f = ["bias", f"o={o}", f"t={a.low}>{b.low}", f"ta={a.low}", f"tb={b.low}",
         f"k={a.kind}>{b.kind}", f"d={dist}", f"o={o}|d={dist}",
         f"q={int(a.quoted)}{int(b.quoted)}", f"na={min(n_actors, 5)}",
         f"len={_bucket(len(units) // 4)}"]
    between = range(lo + 1, hi)
    if gap > _MAX_BETWEEN:
        between = [*range(lo + 1, lo + 1 + _MAX_BETWEEN // 2), *range(hi - _MAX_BETWEEN // 2, hi)]
    prev = "<s>"
    for k in between:
        w = ws[k]
        f.append(f"{o}|w={w}")
        f.append(f"{o}|b={prev}_{w}")
        prev = w
    f.append(f"{o}|b={prev}_</s>")
    same = sum(1 for k in cues.where.get(a.eid, ()) if lo < k < hi) + \
        sum(1 for k in cues.where.get(b.eid, ()) if lo < k < hi)
    f.append(f"oth={min(ents[hi] - ents[lo + 1] - same, 3)}")
    n = len(units)
    for tag, k in (("a", ia), ("b", ib)):
        f.append(f"{tag}_prev={ws[k - 1] if k > 0 else '<s>'}")
        f.append(f"{tag}_next={ws[k + 1] if k + 1 < n else '</s>'}")
        if k > 0 and ws[k - 1] in _PREPS:
            f.append(f"{tag}_pp|{o}")
    f.append(f"bnd={min(bnds[hi] - bnds[lo + 1], 2)}|{o}")
    if gap and all(ws[k] in _COORD for k in range(lo + 1, hi)) and (
            "and" in ws[lo + 1:hi] or "," in ws[lo + 1:hi]):
        f.append("coord")
    for k in (lo - 2, lo - 1):
        if k >= 0:
            f.append(f"pre={ws[k]}")
    for k in (hi + 1, hi + 2):
        if k < n:
            f.append(f"post={ws[k]}")
    if hi + 1 < n and ws[hi + 1] == "'s":
        f.append(f"poss_second|{o}")
    if lo + 1 < n and ws[lo + 1] == "'s":
        f.append(f"poss_first|{o}")
    if any(lo < k < hi or lo - 4 <= k < lo for k in cues.negators):
        f.append(f"neg|{o}")
    if cues.hedge:
        f.append("hedge")
    if cues.modal:
        f.append("modal")
    for k in cues.reporting:
        if lo < k < hi:
            f.append(f"rep_btw|{o}")
        if k in (lo + 1, lo + 2):
            f.append(f"rep_after_first|{o}")
    near: dict[str, int] = {}
    for k, rel, kind, form, by in cues.triggers:
        region = _trigger_region(k, lo, hi)
        f.append(f"tr={rel}|{region}|{o}")
        f.append(f"tr={rel}|{kind}|{region}|{o}")
        f.append(f"tr={rel}|{kind}|{form}|{region}|{o}{'|by' if by else ''}")
        f.append(f"pol={POLARITY[rel]}|{region}|{o}")
        if kind == "compound":
            glued = "subj" if k - 2 == ia else "obj" if k - 2 == ib else "other"
            f.append(f"cmp={rel}|{glued}")
        d = min(abs(k - ia), abs(k - ib))
        near[rel] = min(near.get(rel, 99), d)
        if region == "btw":
            f.append(f"trb={rel}|{kind}|s{_bucket(abs(k - ia) - 1)}|o{_bucket(abs(k - ib) - 1)}")
            sa, sb = (k, ia) if k < ia else (ia, k)
            oa, ob = (k, ib) if k < ib else (ib, k)
            s_near = ents[sb] == ents[sa + 1]
            o_near = ents[ob] == ents[oa + 1]
            f.append(f"trn={rel}|{o}|s{int(s_near)}o{int(o_near)}")
            f.append(f"trn={POLARITY[rel]}|{kind}|{o}|s{int(s_near)}o{int(o_near)}")
            if bnds[sb] == bnds[sa + 1] and bnds[ob] == bnds[oa + 1]:
                f.append(f"trb_clause={rel}|{kind}|{o}")
    for rel, d in near.items():
        f.append(f"near={rel}|{_bucket(d)}")
    f += cues.sentence_features
    return f


_NO_ROWS: dict[str, int] = {}


def _rows_after(index: dict[str, int], prefix: str) -> dict[str, int]:
    """value -> weight row of every feature the model knows that is named ``prefix + value``."""
    n = len(prefix)
    return {name[n:]: row for name, row in index.items() if name.startswith(prefix)}


def _rows_after_pair(index: dict[str, int], prefix: str, sep: str) -> dict[str, dict[str, int]]:
    """first -> second -> row of every known feature named ``prefix + first + sep + second``,
    split at each ``sep`` of the name (a word may hold one: ``\\w`` matches "_")."""
    out: dict[str, dict[str, int]] = {}
    for value, row in _rows_after(index, prefix).items():
        at = value.find(sep)
        while at >= 0:
            out.setdefault(value[:at], {})[value[at + len(sep):]] = row
            at = value.find(sep, at + 1)
    return out


class _RowsByKey(dict):
    """key -> the weight rows (-1: unknown to the model) of the features ``names(*key)``, found
    once per key. For features of few values (entity types, buckets, trigger kinds), whose names
    would otherwise be built for every pair."""

    def __init__(self, index: dict[str, int], names):
        super().__init__()
        self._index = index
        self._names = names

    def __missing__(self, key: tuple) -> tuple[int, ...]:
        rows = self[key] = tuple(self._index.get(name, -1) for name in self._names(*key))
        return rows


class FeatureRows:
    """The features of :func:`pair_features` as one model's weight rows, read without building
    their names (which took most of the stage's time): word features through tables of the
    words the model knows, the others through ``_RowsByKey``. :func:`pair_feature_rows` gives,
    for a pair, exactly ``[model.index.get(name, -1) for name in pair_features(...)]``, in the
    same order, so that the scores are the same to the last bit (a test holds the two equal on
    every annotated set)."""

    def __init__(self, index: dict[str, int]):
        self.word = {o: _rows_after(index, f"{o}|w=") for o in ("ab", "ba")}
        self.bigram = {o: _rows_after_pair(index, f"{o}|b=", "_") for o in ("ab", "ba")}
        self.prev = {tag: _rows_after(index, f"{tag}_prev=") for tag in ("a", "b")}
        self.next = {tag: _rows_after(index, f"{tag}_next=") for tag in ("a", "b")}
        self.pre = _rows_after(index, "pre=")
        self.post = _rows_after(index, "post=")
        by_key = functools.partial(_RowsByKey, index)
        self.head = by_key(lambda a, b, ka, kb, o: ("bias", f"o={o}", f"t={a}>{b}", f"ta={a}",
                                                     f"tb={b}", f"k={ka}>{kb}"))
        self.distance = by_key(lambda dist, o: (f"d={dist}", f"o={o}|d={dist}"))
        self.shape = by_key(lambda qa, qb, na, size: (f"q={int(qa)}{int(qb)}", f"na={na}",
                                                       f"len={size}"))
        self.others = by_key(lambda n: (f"oth={n}",))
        self.preposition = by_key(lambda tag, o: (f"{tag}_pp|{o}",))
        self.boundaries = by_key(lambda n, o: (f"bnd={n}|{o}",))
        self.named = by_key(lambda name: (name,))          # features of one fixed name
        self.trigger = by_key(lambda rel, kind, form, by, region, o: (
            f"tr={rel}|{region}|{o}", f"tr={rel}|{kind}|{region}|{o}",
            f"tr={rel}|{kind}|{form}|{region}|{o}{'|by' if by else ''}",
            f"pol={POLARITY[rel]}|{region}|{o}"))
        self.compound = by_key(lambda rel, glued: (f"cmp={rel}|{glued}",))
        self.trigger_between = by_key(lambda rel, kind, s, o: (f"trb={rel}|{kind}|s{s}|o{o}",))
        self.trigger_near = by_key(lambda rel, kind, o, s_near, o_near: (
            f"trn={rel}|{o}|s{int(s_near)}o{int(o_near)}",
            f"trn={POLARITY[rel]}|{kind}|{o}|s{int(s_near)}o{int(o_near)}"))
        self.trigger_clause = by_key(lambda rel, kind, o: (f"trb_clause={rel}|{kind}|{o}",))
        self.nearest = by_key(lambda rel, dist: (f"near={rel}|{dist}",))
        self.sentence = by_key(lambda *names: names)     # a sentence's features, all at once


def pair_feature_rows(units: list[Unit], cues: _SentenceCues, ia: int, ib: int, n_actors: int,
                      fr: FeatureRows) -> list[int]:
    """:func:`pair_features` as weight rows (see ``FeatureRows``): line for line the same
    features, in the same order; a change to one is a change to the other."""
    a, b = units[ia], units[ib]
    ws, ents, bnds = cues.words, cues.ents, cues.bounds
    o = "ab" if ia < ib else "ba"
    lo, hi = (ia, ib) if ia < ib else (ib, ia)
    gap = hi - lo - 1
    named = fr.named
    f = [*fr.head[a.low, b.low, a.kind, b.kind, o], *fr.distance[_bucket(gap), o],
         *fr.shape[a.quoted, b.quoted, min(n_actors, 5), _bucket(len(units) // 4)]]
    between = range(lo + 1, hi)
    if gap > _MAX_BETWEEN:
        between = [*range(lo + 1, lo + 1 + _MAX_BETWEEN // 2), *range(hi - _MAX_BETWEEN // 2, hi)]
    word, bigram = fr.word[o], fr.bigram[o]
    prev = "<s>"
    for k in between:
        w = ws[k]
        f.append(word.get(w, -1))
        f.append(bigram.get(prev, _NO_ROWS).get(w, -1))
        prev = w
    f.append(bigram.get(prev, _NO_ROWS).get("</s>", -1))
    same = sum(1 for k in cues.where.get(a.eid, ()) if lo < k < hi) + \
        sum(1 for k in cues.where.get(b.eid, ()) if lo < k < hi)
    f += fr.others[min(ents[hi] - ents[lo + 1] - same, 3),]
    n = len(units)
    for tag, k in (("a", ia), ("b", ib)):
        f.append(fr.prev[tag].get(ws[k - 1] if k > 0 else "<s>", -1))
        f.append(fr.next[tag].get(ws[k + 1] if k + 1 < n else "</s>", -1))
        if k > 0 and ws[k - 1] in _PREPS:
            f += fr.preposition[tag, o]
    f += fr.boundaries[min(bnds[hi] - bnds[lo + 1], 2), o]
    if gap and all(ws[k] in _COORD for k in range(lo + 1, hi)) and (
            "and" in ws[lo + 1:hi] or "," in ws[lo + 1:hi]):
        f += named["coord",]
    for k in (lo - 2, lo - 1):
        if k >= 0:
            f.append(fr.pre.get(ws[k], -1))
    for k in (hi + 1, hi + 2):
        if k < n:
            f.append(fr.post.get(ws[k], -1))
    if hi + 1 < n and ws[hi + 1] == "'s":
        f += named[f"poss_second|{o}",]
    if lo + 1 < n and ws[lo + 1] == "'s":
        f += named[f"poss_first|{o}",]
    if any(lo < k < hi or lo - 4 <= k < lo for k in cues.negators):
        f += named[f"neg|{o}",]
    if cues.hedge:
        f += named["hedge",]
    if cues.modal:
        f += named["modal",]
    for k in cues.reporting:
        if lo < k < hi:
            f += named[f"rep_btw|{o}",]
        if k in (lo + 1, lo + 2):
            f += named[f"rep_after_first|{o}",]
    near: dict[str, int] = {}
    for k, rel, kind, form, by in cues.triggers:
        region = _trigger_region(k, lo, hi)
        f += fr.trigger[rel, kind, form, by, region, o]
        if kind == "compound":
            glued = "subj" if k - 2 == ia else "obj" if k - 2 == ib else "other"
            f += fr.compound[rel, glued]
        d = min(abs(k - ia), abs(k - ib))
        near[rel] = min(near.get(rel, 99), d)
        if region == "btw":
            f += fr.trigger_between[rel, kind, _bucket(abs(k - ia) - 1), _bucket(abs(k - ib) - 1)]
            sa, sb = (k, ia) if k < ia else (ia, k)
            oa, ob = (k, ib) if k < ib else (ib, k)
            f += fr.trigger_near[rel, kind, o, ents[sb] == ents[sa + 1], ents[ob] == ents[oa + 1]]
            if bnds[sb] == bnds[sa + 1] and bnds[ob] == bnds[oa + 1]:
                f += fr.trigger_clause[rel, kind, o]
    for rel, d in near.items():
        f += fr.nearest[rel, _bucket(d)]
    f += fr.sentence[cues.sentence_features]
    return f


_ACTOR_UNITS = frozenset(f"<{t}>" for t in ACTOR_TYPES)
_NEAR = 8              # a trigger this many units outside the pair still counts as near it
_NEG_WINDOW = 6        # units before a trigger searched for a negation


def _trigger_negated(lows: list[str], k: int, start: int, lex: Lexicon) -> bool:
    """A negation word or phrase among the few words before the trigger at unit ``k`` (from
    ``start`` on, and not across a clause boundary): "has not recognised", "refrained from
    supplying", "ruled out any talks"."""
    a = max(start, k - _NEG_WINDOW)
    for j in range(k - 1, a - 1, -1):
        if lows[j] in _BOUNDARY:
            a = j + 1
            break
    return lex.negates(lows[a:k])


def _negated_polarities(cues: _SentenceCues, lo: int, hi: int, lex: Lexicon) -> frozenset[str]:
    """The polarities all of whose triggers near the pair (``lo`` < ``hi``: its two units) are
    negated. The model sees negation only as a weak feature, and a negated relation is no claim."""
    near = [t for t in cues.triggers if lo - _NEAR <= t[0] <= hi + _NEAR]
    between = {POLARITY[t[1]] for t in near if lo < t[0] < hi}
    seen: dict[str, bool] = {}
    for k, rel, _kind, _form, _by in near:
        if POLARITY[rel] in between and not lo < k < hi:
            continue                              # a trigger between the pair speaks for it
        pol = POLARITY[rel]
        start = lo + 1 if k > lo else 0          # the window does not reach back over the subject
        seen[pol] = seen.get(pol, True) and _trigger_negated(cues.words, k, start, lex)
    return frozenset(pol for pol, negated in seen.items() if negated)


def _according_to(units: list[Unit]) -> set[str]:
    """Entities named as a source by "according to X"."""
    return {units[k + 2].eid for k in range(len(units) - 2)
            if units[k].low == "according" and units[k + 1].low == "to" and units[k + 2].eid}


def _bystanders(units: list[Unit]) -> set[str]:
    """Entities that are no party to the sentence's relations: the source named by "according to
    X", and an actor named only to qualify another ("Mexico's Sinaloa Cartel", "Israeli ministers
    Itamar Ben-Gvir", "Libya's Government of National Accord")."""
    free: set[str] = set()
    qualifier: set[str] = set()

    def actor(v: Unit, *types: str) -> bool:
        return v.eid is not None and v.low in (types or _ACTOR_UNITS)

    for k, u in enumerate(units):
        if u.eid is None:
            continue
        nxt = [v for v in units[k + 1:k + 3] if v.eid != u.eid]
        titled = next((v for v in units[k + 2:k + 6] if not v.low.isalpha() or v.eid), None) \
            if nxt and nxt[0].low == "'s" else None
        if len(nxt) == 2 and nxt[0].low == "'s" and actor(nxt[1]):
            qualifier.add(u.eid)                    # X's Y
        elif titled is not None and actor(titled, "<Person>"):
            qualifier.add(u.eid)                    # X's envoy Y
        elif u.kind == "demonym" and nxt and (actor(nxt[0]) or (
                len(nxt) == 2 and nxt[0].eid is None and actor(nxt[1], "<Person>"))):
            qualifier.add(u.eid)                    # Israeli (ministers) Y
        else:
            free.add(u.eid)
    return _according_to(units) | (qualifier - free)


# what is named after the city where it was agreed or held: "the Pretoria deal", "the Doha talks"
_NAMED_AFTER_PLACE = frozenset("""agreement agreements deal accord accords talks process format
summit declaration protocol ceasefire truce peace memorandum communique""".split())


def _venues(units: list[Unit]) -> set[str]:
    """States named only by a capital where something happens ("talks in Doha", "met in Caracas
    and Havana", "the Pretoria deal"): the venue is no party to the sentence's relations."""
    venue: set[str] = set()
    party: set[str] = set()
    for k, u in enumerate(units):
        if u.eid is None:
            continue
        prev = units[k - 1].low if k else ""
        after = units[k + 1].low if k + 1 < len(units) else ""
        if u.kind == "metonym" and (prev in ("in", "at") or after in _NAMED_AFTER_PLACE or (
                prev in ("and", ",") and k >= 2 and units[k - 2].eid in venue)):
            venue.add(u.eid)
        else:
            party.add(u.eid)
    return venue - party


def _rule_partners(sentences: Sequence[Sentence], claims: Iterable[Claim]) -> dict[int, dict[str, set[str]]]:
    """Per sentence, each actor's partners in the rules' cooperative/hostile claims there."""
    starts = [s.start for s in sentences]
    out: dict[int, dict[str, set[str]]] = {}
    for c in claims:
        if POLARITY.get(c.relation) not in ("cooperative", "hostile"):
            continue
        si = bisect.bisect_right(starts, c.start) - 1
        if si < 0:
            continue
        per = out.setdefault(si, {})
        per.setdefault(c.subject, set()).add(c.object)
        per.setdefault(c.object, set()).add(c.subject)
    return out


def _closest(xs: Sequence[int], ys: Sequence[int]) -> tuple[int, int]:
    """The closest pair of units, one of ``xs`` and one of ``ys`` (both ascending): on a tie the
    one with the earlier ``xs`` unit, then the earlier ``ys`` unit. Most actors are named once
    in a sentence, so the loop seldom runs."""
    if len(xs) == 1 and len(ys) == 1:
        return xs[0], ys[0]
    best, best_key = (xs[0], ys[0]), (abs(xs[0] - ys[0]), xs[0])
    for i in xs:
        for j in ys:
            key = (abs(i - j), i)
            if key < best_key:
                best, best_key = (i, j), key
    return best


# whether the rules related the subject, the object, to someone else in the sentence
_RULED = {(x, y): f"ruled={int(x)}{int(y)}" for x in (False, True) for y in (False, True)}


def candidates(text: str, sentences: Sequence[Sentence], entities: Iterable[Entity],
               mentions: Iterable[Mention], skip: set[frozenset[str]] | None = None,
               lex: Lexicon | None = None,
               read: dict[int, tuple[list[Unit], _SentenceCues]] | None = None,
               rule_claims: Iterable[Claim] = (), rows: FeatureRows | None = None) -> list[Candidate]:
    """Every ordered pair of distinct actors of every sentence (pairs in ``skip`` left out),
    each at its closest pair of mentions in that sentence. ``read``, when given, receives the
    units and cues of each sentence read, by sentence index. ``rule_claims``: what the rules
    found, so that a pair knows whether its actors are already related to others there (a list
    of third parties, an actor the rules explained). With ``rows`` (a model's), each candidate
    has its features as that model's weight rows instead of names."""
    lex = lex or load_lexicon()
    types = {e.id: e.type for e in entities}
    by_sentence = mentions_by_sentence(sentences, mentions)
    partners_in = _rule_partners(sentences, rule_claims)
    out: list[Candidate] = []
    for si, sm in by_sentence.items():
        actors = {m.entity_id for m in sm if types.get(m.entity_id) in ACTOR_TYPES}
        if len(actors) < 2:
            continue
        if skip and all(frozenset((x, y)) in skip for x in actors for y in actors if x < y):
            continue
        units = sentence_units(text, sentences[si], sm, types)
        cues = _cues(units, lex)
        if read is not None:
            read[si] = (units, cues)
        if not cues.triggers:       # no relation word at all: (almost) never a claim
            continue
        where = cues.where
        bystanders = _bystanders(units)
        ids = sorted(e for e in where if e in actors and e not in bystanders)
        if len(ids) < 2:
            continue
        partners = partners_in.get(si, {})
        for x in ids:
            for y in ids:
                if x == y or (skip and frozenset((x, y)) in skip):
                    continue
                ia, ib = _closest(where[x], where[y])
                px, py = partners.get(x, set()) - {y}, partners.get(y, set()) - {x}
                ruled = [_RULED[bool(px), bool(py)]]
                if px & py:
                    ruled.append("ruled_shared")    # both related to one third actor
                pair = (min(ia, ib), max(ia, ib))
                if rows is not None:
                    feature_rows = pair_feature_rows(units, cues, ia, ib, len(ids), rows)
                    for name in ruled:
                        feature_rows += rows.named[name,]
                    out.append(Candidate(si, x, y, (), pair, feature_rows))
                    continue
                feats = pair_features(units, cues, ia, ib, len(ids)) + ruled
                out.append(Candidate(si, x, y, tuple(feats), pair))
    return out


# --------------------------------------------------------------------------------------------
# the model

class PairModel:
    """Feature weights (one row of len(CLASSES) per feature) and class biases."""

    def __init__(self, features: Sequence[str], weights: np.ndarray, bias: np.ndarray,
                 threshold: float, meta: dict | None = None, digest: str = ""):
        self.index = {name: i for i, name in enumerate(features)}
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = np.asarray(bias, dtype=np.float64)
        self.threshold = float(threshold)
        self.meta = meta or {}
        self.digest = digest

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        rows = [i for i in map(self.index.get, features) if i is not None]
        z = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        z = np.exp(z - z.max())
        return z / z.sum()

    @functools.cached_property
    def rows(self) -> FeatureRows:
        """The tables that read a pair's features straight as this model's weight rows."""
        return FeatureRows(self.index)

    def probabilities_many(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """``probabilities`` of many feature lists at once (one numpy pass)."""
        # every feature's row in the weights, -1 for one the model does not know
        return self.probabilities_of_rows([[self.index.get(name, -1) for name in r] for r in rows])

    def probabilities_of_rows(self, rows: Sequence[Sequence[int]]) -> np.ndarray:
        """``probabilities_many`` of features given as weight rows (-1: unknown, left out).

        Each pair's sum is its class biases, then each known feature's weights added in order,
        so that a score never depends on how the pairs were batched. ``np.bincount`` adds its
        weights in input order (into zeros): each pair's sequence starts with a pseudo-row that
        holds the class biases."""
        bias_row = len(self.weights)
        flat: list[int] = []
        lengths = []
        for r in rows:
            flat.append(bias_row)
            flat += r
            lengths.append(len(r) + 1)
        ids = np.array(flat, dtype=np.intp)
        owner = np.repeat(np.arange(len(rows)), lengths)
        known = ids >= 0
        ids, owner = ids[known], owner[known]
        z = np.empty((len(rows), len(self.bias)))
        for c, column in enumerate(self._class_columns):
            z[:, c] = np.bincount(owner, weights=column[ids], minlength=len(rows))
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    @functools.cached_property
    def _class_columns(self) -> np.ndarray:
        """Per class, the weights of every feature, then the class bias (row ``len(weights)``)."""
        return np.ascontiguousarray(np.vstack([self.weights, self.bias[None, :]]).T)

    def to_json(self) -> dict:
        names = sorted(self.index, key=self.index.get)
        return {"extractor": EXTRACTOR, "classes": list(CLASSES), "threshold": self.threshold,
                "meta": self.meta, "bias": [round(float(x), 5) for x in self.bias],
                "features": names,
                "weights": [[round(float(x), 5) for x in row] for row in self.weights]}

    @classmethod
    def from_json(cls, data: dict, digest: str = "") -> PairModel:
        if list(data.get("classes", ())) != list(CLASSES):
            raise ValueError(f"pair model classes {data.get('classes')} != {list(CLASSES)}")
        weights = np.array(data["weights"], dtype=np.float64).reshape(len(data["features"]), len(CLASSES))
        return cls(data["features"], weights, np.array(data["bias"]), data["threshold"],
                   data.get("meta"), digest)


def dump_model(model: PairModel, path: str | Path) -> None:
    """Write the model as compact, stable JSON (same model -> same bytes)."""
    Path(path).write_text(json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
                          encoding="utf-8")


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> PairModel:
    """The shipped model (cached); ``path`` loads another file of the same shape."""
    raw = Path(path or MODEL_PATH).read_bytes()
    return PairModel.from_json(json.loads(raw), hashlib.sha256(raw).hexdigest()[:8])


def enabled(env: dict[str, str] | None = None) -> bool:
    """On when the shipped model exists and ``GEOKG_LEARNED`` is "1" (off by default: see
    ``DEFAULT_ON``), off whenever it is "0"."""
    env = os.environ if env is None else env
    value = env.get(ENV_SWITCH, "").strip()
    on = DEFAULT_ON if value == "" else value != "0"
    return on and MODEL_PATH.exists()


def threshold_from_env(env: dict[str, str] | None = None) -> float | None:
    """``GEOKG_LEARNED_THRESHOLD`` overrides the model's threshold (a probability in (0, 1])."""
    env = os.environ if env is None else env
    raw = env.get(THRESHOLD_SWITCH, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 < value <= 1.0:
        raise ConfigError(f"{THRESHOLD_SWITCH}={raw!r}: expected a probability in (0, 1]")
    return value


def extractor_name(base: str) -> str:
    """What an extraction with this stage is stamped with (the model's digest and any threshold
    override included, so that a retrained or re-tuned model re-extracts loaded articles)."""
    cut = threshold_from_env()
    return f"{base}+{EXTRACTOR}:{load_model().digest}" + ("" if cut is None else f"@{cut:g}")


def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], *, l2: float = 1e-3,
        epochs: int = 300, lr: float = 0.5, min_count: int = 2,
        class_weight: Sequence[float] | None = None) -> PairModel:
    """Multinomial logistic regression by full-batch gradient descent (Nesterov momentum) with
    L2 on the weights; features seen in fewer than ``min_count`` rows are dropped. Deterministic:
    zero start, fixed order, no sampling."""
    counts: dict[str, int] = {}
    for r in rows:
        for name in set(r):
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(names)}
    row_ids, col_ids = [], []
    for ri, r in enumerate(rows):
        for c in sorted({index[n] for n in r if n in index}):
            row_ids.append(ri)
            col_ids.append(c)
    rix, cix = np.array(row_ids, dtype=np.int64), np.array(col_ids, dtype=np.int64)
    n, k, d = len(rows), len(CLASSES), len(names)
    y = np.zeros((n, k))
    y[np.arange(n), np.asarray(labels)] = 1.0
    sw = np.ones(n) if class_weight is None else np.asarray(class_weight, dtype=np.float64)[np.asarray(labels)]
    sw = sw / sw.sum()
    w, b = np.zeros((d, k)), np.zeros(k)
    vw, vb = np.zeros((d, k)), np.zeros(k)
    for _ in range(epochs):
        lw, lb = w + 0.9 * vw, b + 0.9 * vb          # look-ahead point
        z = np.zeros((n, k))
        np.add.at(z, rix, lw[cix])
        z += lb
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sw[:, None]
        gw = np.zeros((d, k))
        np.add.at(gw, cix, g[rix])
        gw += l2 * lw
        gb = g.sum(axis=0)
        vw = 0.9 * vw - lr * gw
        vb = 0.9 * vb - lr * gb
        w, b = w + vw, b + vb
    return PairModel(names, w, b, threshold=0.5)


# --------------------------------------------------------------------------------------------
# the stage

def _certainty(cues: _SentenceCues, relation: str) -> str:
    if cues.modal and relation != "THREATENS":
        return "hypothetical"
    return "alleged" if cues.hedge else "asserted"


def _attribution(units: list[Unit], cues: _SentenceCues, pair: tuple[str, str], span: tuple[int, int],
                 types: dict[str, str], frames: Sequence[Frame]) -> tuple[str | None, bool]:
    """Who states the pair's relation, and whether that frame hedges it: the frame the rules
    found around both mentions (a quote's speaker, an interview turn, "X said that ...",
    "according to X"), else the one actor a reporting verb clearly names in the sentence."""
    frame = innermost(frames, units[span[0]].start, units[span[1]].start)
    if frame is not None and frame.denial:
        return None, True          # "X denied that ...": alleged, and not by X
    if frame is not None and frame.speaker is not None:
        if frame.speaker in pair or types.get(frame.speaker) not in ACTOR_TYPES:
            return None, frame.hedged      # "X warned it would strike Y": X's own act
        return frame.speaker, frame.hedged
    return _speaker(units, cues, pair, types), bool(frame and frame.hedged)


def _speaker(units: list[Unit], cues: _SentenceCues, pair: tuple[str, str],
             types: dict[str, str]) -> str | None:
    """The one actor a reporting verb clearly names ('X said', ', said X', 'according to X')."""
    found = set()
    for k in cues.reporting:
        if k > 0 and units[k - 1].eid is not None:
            found.add(units[k - 1].eid)
        elif k + 1 < len(units) and units[k + 1].eid is not None and k > 0 and \
                units[k - 1].low in (",", '"'):
            found.add(units[k + 1].eid)
    found |= _according_to(units)
    found = {e for e in found if types.get(e) in ACTOR_TYPES and e not in pair}
    return found.pop() if len(found) == 1 else None


def add_claims(article: Article, sentences: Sequence[Sentence], entities: Iterable[Entity],
               mentions: Iterable[Mention], claims: Sequence[Claim], *,
               model: PairModel | None = None, threshold: float | None = None,
               frames: dict[int, list[Frame]] | None = None) -> list[Claim]:
    """``claims`` followed by the claims the model adds (see the module docstring).

    ``frames``: the rules' attribution frames by sentence (``find_claims(frames_out=...)``)."""
    model = model or load_model()
    if threshold is None:
        threshold = threshold_from_env()
    cut = model.threshold if threshold is None else threshold
    entities = list(entities)
    mentions = list(mentions)
    types = {e.id: e.type for e in entities}
    covered = {frozenset((c.subject, c.object)) for c in claims}
    lex = load_lexicon()
    read: dict[int, tuple[list[Unit], _SentenceCues]] = {}
    cues_of: dict[int, tuple[list[Unit], _SentenceCues, set[str]]] = {}

    def sentence(si: int) -> tuple[list[Unit], _SentenceCues, set[str]]:
        """A sentence's units and cues as ``candidates`` read them, and its venues, for the few
        candidates that pass the threshold."""
        if si not in cues_of:
            units, cues = read[si]
            cues_of[si] = (units, cues, _venues(units))
        return cues_of[si]

    scored: list[tuple[float, int, Candidate, str]] = []
    cands = candidates(article.text, sentences, entities, mentions, covered, lex, read,
                       rule_claims=claims, rows=model.rows)
    probs = model.probabilities_of_rows([c.rows for c in cands]) if cands else \
        np.empty((0, len(CLASSES)))
    # P(polarity) of every candidate at once; the few that reach the cut, in candidate order
    polarity = [(pol, idx, probs[:, idx].sum(axis=1)) for pol, idx in _POLARITY_CLASSES]
    passing = sorted((n, k) for k, (_, _, scores) in enumerate(polarity)
                     for n in np.flatnonzero(~(scores < cut)).tolist())
    for n, k in passing:
        cand, p = cands[n], probs[n]
        pol, idx, scores = polarity[k]
        _, cues, venues = sentence(cand.sentence)
        if pol in _negated_polarities(cues, *cand.pair, lex) or {cand.subject, cand.object} & venues:
            continue
        scored.append((float(scores[n]), n, cand, CLASSES[max(idx, key=lambda i: (p[i], -i))]))
    # a sentence states few relations: keep its most probable pairs only
    per_sentence: dict[int, int] = {}
    best: dict[tuple[str, str, str], tuple[float, Candidate, str]] = {}
    for score, _, cand, rel in sorted(scored, key=lambda t: (-t[0], t[1])):
        s, o = cand.subject, cand.object
        if rel in SYMMETRIC_RELATIONS:
            s, o = sorted((s, o))
        if (s, rel, o) in best or per_sentence.get(cand.sentence, 0) >= PER_SENTENCE:
            continue
        per_sentence[cand.sentence] = per_sentence.get(cand.sentence, 0) + 1
        best[(s, rel, o)] = (score, cand, rel)
    added: list[Claim] = []
    for (s, rel, o), (score, cand, _) in sorted(best.items(), key=lambda kv: (kv[1][1].sentence, kv[0])):
        sent = sentences[cand.sentence]
        units, cues, _ = sentence(cand.sentence)
        source, hedged = _attribution(units, cues, (s, o), cand.pair, types,
                                      (frames or {}).get(cand.sentence, ()))
        certainty = _certainty(cues, rel)
        if hedged and certainty == "asserted":
            certainty = "alleged"
        added.append(Claim(subject=s, relation=rel, object=o, certainty=certainty,
                           attributed_to=source,
                           quote=sent.text, start=sent.start, end=sent.end,
                           extractor=EXTRACTOR))
    return list(claims) + added
