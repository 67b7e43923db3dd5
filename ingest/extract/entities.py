"""Actors and places of one article: catalog matching, discovery beyond the catalog, resolution.

    find_entities(article, sentences) -> (entities, mentions)

Every returned ``Mention`` is an :class:`EntityMention` (a ``Mention`` with a ``kind``), every
mention points at a returned entity, and every returned entity has at least one mention:

``kind``
    ``name``      the entity's name, an alias or an acronym ("Tehrik-e-Taliban", "TTP", "Biden")
    ``metonym``   a seat of government used for the state ("Islamabad believes", "Kabul's
                  inaction"); the same word used as a place ("in Kabul") is a ``name`` mention
                  of the city instead
    ``demonym``   a demonym phrase naming an actor of the country: the surface is the whole
                  phrase ("Pakistani security officials", "Chinese engineers", "the Americans",
                  "the recent Israeli strike" -> "Israeli strike"). Such phrases count as the
                  country for claims and attribution. A demonym in front of anything else
                  ("American-made weapons", "Afghan civilians") is no mention at all.
    ``description`` a definite office phrase naming a person introduced before ("the Turkish
                  president" after "Recep Tayyip Erdoğan"); never an alias

Entity ids: the catalog id for catalog entries, else ``stable_id(type, normalised name)``.
Entity ``aliases``: every surface form the text uses for it (for demonym phrases only the
demonym word itself, e.g. "Israeli").

How it works, in order:

1. One token-level matcher over every catalog surface (a dict from first token to the token
   sequences starting with it, longest first): acronyms match case-sensitively, names only where
   the text capitalises what the catalog capitalises. Ambiguous entries need support from the
   context (a locative preposition, or the country they lie in being mentioned).
2. Discovery beyond the catalog, sentence by sentence: acronym definitions ("Balochistan
   Liberation Army (BLA)"), titled persons ("Defense Minister X Y", "spokesman X Y"), persons in
   speech and apposition patterns ("said X Y", "X Y told", "Org's X Y", "X Y's statement"),
   capitalised names typed by their head word (University, Council, Front, Air Base, ...), and
   places given by strong evidence ("X-based", "provinces -- A, B and C", "in A, B and C", or a
   list shared with a known place). Headings and title-case lines feed only the catalog matcher.
3. Resolution within the article: overlapping spans keep the longest (a head-final catalog name
   inside a longer modifier phrase wins: "US Federal Bureau of Investigation" -> the FBI);
   acronyms join their long forms; person names join when one's tokens are a subset of
   another's with the same surname ("Atta Noor" = "Atta Mohammad Noor"); a lone surname joins
   the one person who has it; a lone word joins the facility it heads ("Bagram" = "Bagram Air
   Base"). Metonyms of the country whose de-facto government the annotation guide names as a
   separate actor (Afghanistan -> the Taliban) go to that actor.
4. Office holders (:func:`office_holders`): "the Turkish president", "the US president" name the
   person the article introduced in that office for that state (mentions of kind
   ``description``); without such a person they stay the state's demonym mentions.
"""
from __future__ import annotations

import gc
import re
import string
import unicodedata
from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from ingest.catalog import (Catalog, CatalogEntry, load_catalog, ministry_kind, ministry_kind_of,
                            normalize)
from ingest.extract.lexicon import load_lexicon
from ingest.extract.text import Sentence
from ingest.records import Article, Entity, Mention, stable_id


@dataclass(frozen=True)
class EntityMention(Mention):
    """A mention with its kind: ``name`` | ``metonym`` | ``demonym`` | ``description`` (see the
    module docstring)."""

    kind: str = "name"


# --------------------------------------------------------------------------------------------
# word lists (general English / news conventions, nothing about particular articles)

_LOCATIVE = frozenset("in at near outside into inside around across via through within throughout "
                      "from to toward towards between".split())
_PLACE_PREPS = frozenset("in at near outside into inside around across via through within "
                         "throughout".split())
_STOP = frozenset("""
the a an this that these those there here it its he she they we i you his her their our my your
but and or so yet however meanwhile still also in on at for as after before when while if since
although though despite during with without by from to what why how who where which whether
some many most several no not one two three both each all such other another any every
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
opinion analysis editorial photo credit video watch read more related latest newsletter subscribe
sign click share comments comment advertisement updated published copyright support donate
islamist islamic jihadist western eastern northern southern central global international
national regional federal former new old great first last next mr mrs ms dr
yes no okay oh well now then today yesterday tomorrow thus therefore instead perhaps
god allah congress parliament senate government state regime
""".split())
# Words dropped from the front of a capitalised run ("The Brookings Institution", "In May").
_LEADING = frozenset("""
the a an this that these those there here it its he she they we i you his her their our my your
but and or so yet however meanwhile still also in on at for as after before when while if since
although though despite during with without by from to what why how who where which whether
some many most several no not one two three both each all such other another any every
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december opinion analysis editorial photo read more
related latest yes now then today thus therefore instead perhaps mr mrs ms dr
later earlier soon last next finally eventually meanwhile separately elsewhere overall indeed
recently previously initially ultimately currently again only even just already once
""".split())
_DIRECTIONS = frozenset("""north south east west northern southern eastern western central
northeast northwest southeast southwest north-east north-west south-east south-west upper lower
greater inner outer middle far near""".split())
# Words that name a role; before a name they make it a person ("spokesman Suhail Shaheen").
_ROLE = frozenset("""
president vice-president minister secretary spokesman spokeswoman spokesperson director chief
head commander general gen ambassador envoy senator sen governor gov mayor leader chairman
chairwoman chair founder co-founder analyst scholar expert professor prof researcher author
journalist reporter correspondent editor columnist economist lawyer advocate judge justice
official officer adviser advisor aide negotiator diplomat activist cleric deputy colonel col
captain capt lieutenant lt sergeant sgt admiral adm king queen prince princess sheikh emir mullah
maulvi maulana imam ayatollah lawmaker legislator mp chancellor premier fellow historian
attorney prosecutor inspector councillor councilor representative rep commissioner ceo
mr mrs ms dr brig brigadier marshal field-marshal sultan crown mufti rabbi pope bishop
archbishop cardinal patriarch pastor priest reverend rev
""".split())
_ROLE_PLURAL = frozenset("""figures leaders officials politicians commanders members ministers
analysts experts people personalities opponents critics scholars lawmakers generals
""".split())
_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|added|asked|explained|wrote|argued|noted|warned|according to|"
    r"insisted|stressed|claimed|recalled|observed|by the name)|\bby)\s*$")
_SPEECH_AFTER = re.compile(
    r"^(?:,\s*\d{1,3}\s*,)?(?:,[^,]{0,80},\s*)?\s*(?:said|says|told|added|explained|explains|adds|"
    r"warned|warns|stated|states|noted|notes|argued|argues|wrote|writes|believes|insisted|stressed|"
    r"claimed|claims|recalled|observed|acknowledged|confirmed|tweeted|posted|described|describes|"
    r"urged|urges|vowed|vows|pledged|pledges|announced|announces|admitted|admits|conceded|"
    r"concedes|cautioned|cautions|predicted|predicts|estimated|estimates|emphasi[sz]ed|"
    r"emphasi[sz]es|reiterated|reiterates|replied|responded|countered|contended|asserted|"
    r"declared|declares|testified|recounted|complained|lamented|questioned|suggested|"
    r"suggests|maintained|maintains|accused|accuses|denied|denies|rejected|dismissed|"
    r"welcomed|praised|condemned|criticised|criticized|blamed)\b")
# an age apposition: "Gebru Asrat, 72, a former regional president"
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")
_APPOSITION_AFTER = re.compile(
    r"^(?:,\s*\d{1,3}\s*)?(?:,\s+(?!(?:and|or|but|while)\b)(?:a|an|the|now|who|then|formerly)?|\s+(?:is|was|has been|had been)\s+(?:a|an|the|"
    r"[A-Z][\w’'-]+['’]s)"
    r")\s*(?:[\w-]+(?:['’]s)?\s+){0,4}?(?:" +
    "|".join(sorted(_ROLE, key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
# ", the foreign minister,", ", a former army chief,": a role apposition closed by a comma or
# followed by of/for/at ("Nduhungirehe, the foreign minister, called it lies")
_ROLE_APPOSITION = re.compile(
    r"^,\s+(?:the|a|an|its|their|his|her)?\s*(?:[a-z][\w-]*\s+){0,3}?(?:" +
    "|".join(sorted(_ROLE - {"fellow", "founder", "author", "chair", "head", "leader"}, key=len,
                    reverse=True)) + r")\s*(?:,|\s+(?:of|for|at|to)\b)")
# ", an ally of X", ", the Shor ally elected ...", ", his son": a relation only a person has
_KIN_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the|his|her|their|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:half-|step)?(?:ally|associate|confidant|"
    r"protégé|protege|loyalist|son|daughter|wife|husband|brother|sister|nephew|niece|cousin|"
    r"widow|son-in-law|brother-in-law)\b(?!-)")
_POSSESSIVE_SPEECH = re.compile(
    r"^['’]s\s+(?:\w+\s+){0,2}?(?:statement|remark|remarks|warning|comments?|words|view|views|"
    r"claim|speech|letter|tweet|post|interview|message|admission|dismissal|assessment|"
    r"argument|position|stance|visit|call|appeal|promise|threat|threats|decision|government|"
    r"administration|family|wife|husband|son|daughter|office|aides?|death|killing|arrest|party|"
    r"supporters|allies|loyalists|lawyers?|spokes(?:man|woman|person)|camp|rivals?|opponents|"
    r"successor|predecessor|brother|presidency|premiership|term|rule|election|victory|"
    r"resignation|ouster|overthrow|assassination|funeral|trial|release|return)\b")
_PERSON_LIST_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_ROLE_PLURAL)) + r")\s+(?:like|such as|including|as)\s*$")

_ORG_CUES = frozenset("""
University College Institute Institution Council Center Centre Agency Ministry Department Bureau
Commission Committee Bank Fund Foundation Corporation Company Office Service Services Court
Assembly Police Guard Navy Command Corps Team Mission Organization
Organisation Association Authority Directorate Secretariat Cabinet Forum Society Academy School
Times Post News Television TV Journal Herald Tribune Gazette Guardian Telegraph Press Radio
Review Magazine Daily Broadcasting Monitor Observer Inc Ltd Group Airlines Wing Staff Initiative
Federation Division Fleet Squadron Flotilla Apparatus Advisory Consultancy Consulting Partners Associates Clinic Hospital
Lab Laboratory Observatory Project Trust Watch Tribunal Union Syndicate Congress Parliament Senate
Conference
""".split())
_GROUP_CUES = frozenset("""
Front Movement Network Brigade Brigades Party Militia Taliban Mujahideen Faction Jihad Lashkar
Jaish Tehrik Hizb Harakat Ansar Battalion Battalions Legion Resistance Alliance Emirate Gang
Cartel List Lista Regiment Coalition
""".split())
_ARMED_GROUP_WORDS = frozenset("""Liberation Revolutionary Islamic Salvation Resistance People's
Peoples Republican Free Popular Democratic Mujahideen""".split())
_LOC_CUES = frozenset("""
Province Valley Airport Base Gate Crossing Strait Straits Mountains Mountain Mount River Sea
Ocean Gulf Island Islands District Region County City Pass Corridor Square Bridge Camp Port
Peninsula Desert Plateau Lake Bay Canal Coast Hills Range Heights Road Highway Airfield Harbor
Harbour Prison Street Avenue Village Oblast Governorate Territory Territories Basin Delta Plain
Plains Checkpoint Airbase Compound Hotel Palace Dam Reservoir Oasis Airstrip
""".split())
# Lower-case heads after an unknown name. Administrative units: the place is the name itself
# ("the Mae Sot district office", "the Nakhchivan exclave"); features and facilities: the head
# belongs to the name ("the Kashmir valley", "the Al Udeid air base", "the Gorgor brigade").
_ADMIN_HEADS = frozenset("""province district region state county governorate exclave enclave
oblast prefecture municipality township oilfield oilfields garrison refinery""".split()) | {"buffer zone"}
_FEATURE_HEADS = {"airport": "Location", "airbase": "Location", "air base": "Location",
                  "base": "Location", "border": "Location", "crossing": "Location",
                  "valley": "Location", "desert": "Location", "river": "Location",
                  "dam": "Location", "road": "Location", "highway": "Location",
                  "corridor": "Location", "pass": "Location", "airfield": "Location",
                  "hotel": "Location", "camp": "Location", "mine": "Location",
                  "gold mine": "Location", "brigade": "Organization", "battalion": "Organization",
                  "regiment": "Organization", "clinic": "Organization",
                  "hospital": "Organization"}
# ... whose head names the kind of group only: "the 400 Mawozo gang" is "400 Mawozo"
_GROUP_HEADS = frozenset("gang militia cartel coalition alliance movement party".split())
_LOWER_HEAD = re.compile(r"\s+(" + "|".join(sorted(_ADMIN_HEADS | set(_FEATURE_HEADS) | _GROUP_HEADS,
                                                   key=len, reverse=True)) + r")\b(?!-)")
# nouns that open a sentence as "<noun> of the <name>"
_PART_NOUNS = frozenset("""fighters members supporters units residents families parts remnants
elements veterans relatives victims survivors supporters factions wings branches cells
militants rebels soldiers""".split())
_PLACE_NOUNS = frozenset("""provinces province cities city districts district towns town regions
region areas area villages village crossings crossing valleys mountains borders capitals
states territories enclaves ports bases camps hubs streets outskirts suburbs residents
neighbourhoods neighborhoods""".split())
# Nouns that make "<demonym> ... <noun>" an actor of the country.
_ACTOR_NOUNS = frozenset("""
official officials forces force troops soldiers military government governments authorities
administration intelligence diplomats diplomat delegate delegates delegation delegations leader leaders
leadership ministry minister ministers embassy ambassador envoy police navy jets drones drone
missiles rockets defences defenses
strike strikes airstrike airstrikes attack attacks raid raids invasion offensive operation
operations engineers workers nationals citizens interests intervention policy policies
policymakers commanders officers spokesman spokeswoman spokesperson regime side counterparts
negotiators president agencies agents spies sanctions pressure support aid return occupation
withdrawal presence establishment state security-forces army guards fighters mercenaries
counterpart warplanes warships pilots advisers advisors instructors contractors
facilities sites targets positions bases base installations ships vessels tankers convoys
territory soil cities towns villages communities settlements airspace outposts assets
infrastructure refineries airfields depots companies firms court courts
manufacturers suppliers banks artillery gunners crews commandos paratroopers marines sailors
sovereignty funding backing financing assistance recognition sponsorship loans
snipers tanks bombers gunboats militiamen personnel brothers brethren
soldier officer national citizen hostage hostages peacekeepers peacekeeper contingent contingents
deployment deployments decision decisions mission missions
battalion battalions brigade brigades unit units destroyer destroyers warship frigate frigates
ship vessel tanker convoy carrier carriers submarine submarines warplane jet helicopter
helicopters gunship gunships aircraft boat boats patrol patrols consulate consulates embassies outpost
""".split())
# a demonym before these words names people of the country, not its state
_NON_STATE = frozenset("""gang gangs rebel rebels opposition dissident dissidents exile exiles
exiled insurgent insurgents separatist separatists militant militants jihadist jihadists islamist
islamists criminal criminals cartel cartels drug smuggling smugglers refugee refugees civilian
civilians protest protesters protestors student students tribal clan clans pirate pirates
diaspora""".split())
_COORD_DEMONYM = re.compile(r"((?:\s*,\s*[A-Z][\w’'-]+)*,?\s+(?:and|or)\s+)([A-Z][\w’'-]+)")
# "the US–Philippine alliance", "Turkish-Azerbaijani talks": a dashed pair of states before
# one of these nouns names both states as actors
_PAIR_NOUNS = frozenset("""alliance alliances partnership partnerships pact pacts treaty treaties
accord accords agreement agreements deal deals talks relations relationship ties cooperation
rapprochement summit summits dialogue negotiations exercises exercise drills manoeuvres maneuvers
patrols axis coalition war wars rivalry tensions feud hostilities clashes standoff ceasefire truce
détente detente normalisation normalization""".split())
_DASHED_PARTNER_AFTER = re.compile(r"\s*[-–—]\s*([A-Z][\w.]*(?:\s[A-Z][\w]*)?)")
_DASHED_PARTNER_BEFORE = re.compile(r"([A-Z][\w.]*)\s*[-–—]\s*$")


def _actor_noun_follows(after: str) -> bool:
    """Up to three lowercase words after a demonym include an actor noun ("jets", "forces")."""
    m = re.match(r"((?:\s+[a-z][\w-]*){1,3})", after)
    if not m:
        return False
    for j, w in enumerate(m.group(1).split()):
        if w.rstrip(",.;:") in _ACTOR_NOUNS:
            return True
        if j >= 2:
            break
    return False


def _pair_noun_follows(after: str) -> bool:
    """A noun of relations between two states follows, after at most one modifier
    ("alliance", "military cooperation", "border talks")."""
    words = re.match(r"((?:\s+[a-zé][\w-]*){1,2})", after)
    if not words:
        return False
    return any(w.rstrip(",.;:") in _PAIR_NOUNS for w in words.group(1).split())


# words that make an uncued capitalised name something other than a person: documents,
# operations, prizes, publications, regional adjectives ("the Growth Plan", "Operation
# Barkhane", "the Dniester Courier", "East African leaders")
_NOT_PERSON_WORDS = frozenset("""agreement agreements treaty accord accords act acts plan plans
prize award initiative doctrine declaration charter convention protocol strategy operation
exercise exercises courier times post herald gazette tribune journal review daily weekly news
monitor observer chronicle express telegraph african asian european arab latin western eastern
northern southern central middle pacific atlantic islamic sunni shia christian catholic
""".split())


# Capitalised titles after a demonym: "Burundian President X", "Russian Foreign Minister X"
_TITLE_WORDS = frozenset("""president minister king queen emir chancellor premier ambassador envoy
general commander spokesman spokeswoman secretary vice prime foreign defense defence interior
""".split())
_ARMY_HEADS = frozenset("army navy".split())
# possessors inside organisation names: "People's", "Workers'", "Women's"
_COLLECTIVE_OWNERS = frozenset("""People Peoples Workers Women Peasants Farmers Students Citizens
Mothers Martyrs Patriots Toilers Youth""".split())
_CONNECTORS = frozenset("of for the bin bint ibn al el de del da dos van von der ul e i".split())

# Countries whose de-facto government the annotation guide treats as a separate actor: their
# metonyms ("Kabul moves") name that actor. Catalog names, resolved at load time.
_DE_FACTO_GOVERNMENT = {"Afghanistan": "Taliban"}

_TOKEN = re.compile(r"\w+|[^\w\s]")
# each token with the white space before it: every character that is not white space starts a
# token, so the two give each token's offsets, without a match object per token
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_DASH_CHARS = "-\u2010\u2011\u2012\u2013"
_APOS = "'’"
# Latin letters with their case, accented ones included ("Radoičić", "Öcalan", "Łukasz")
_UP = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
_LO = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).islower())
# lower-case particles hyphenated to the name they precede: "al-Shaddadi", "Abdulghani al-Kikli"
_PARTICLE = r"(?:al|el|ad|ash|as|at|az|ar|an|ud|ul|bin|ibn|abu|bint|ben)-"
_NAME_TOK = (rf"(?:[{_UP}]\.|[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)*(?:[{_UP}]{{1,3}}(?![{_LO}\w]))?"
             rf"(?:[-'’][{_UP}][{_LO}]+|['’](?!s\b)[{_LO}]+|-[a-z]{{1,2}}-[{_UP}][{_LO}]+)*"
             rf"|[{_UP}]{{2,}}(?![{_LO}]))")
_CONN = r"(?:of|for|the|bin|bint|ibn|al|el|de|del|da|dos|van|von|der|ul)"
# a body's head and the first part of its complement right before a name: "Centre for Economics
# and " + "Foreign Policy", "Institute of Peace and " + "Conflict Studies"
_BODY_HEAD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) (?:on|of|for) $")
# a capitalised modifier that opens a longer body's name: "State Security Service", "Supreme
# Security Council", "Internal Security Service" are not MI5 or the UN Security Council
_OPENING_MODIFIERS = ("State", "Internal", "Supreme", "Federal", "General", "Central", "Joint",
                      "Higher", "High", "Presidential", "Interim", "Transitional", "Provisional")
_MODIFIER_BEFORE = re.compile(r"(?<![\w’'-])(?:" + "|".join(_OPENING_MODIFIERS) + ") $")
_COMPLEMENT_AND_BEFORE = re.compile(r"\b([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:for|of|on) (?:the )?"
                                    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) and $")
_RUN = re.compile(rf"(?<![\w.’'-])(?:{_PARTICLE})?{_NAME_TOK}"
                  rf"(?:(?:[ ]|-)(?:{_CONN}[ ])*(?:{_PARTICLE})?{_NAME_TOK})*")
_KIND_WORDS = (r"(?:foreign(?:\s+affairs)?|external\s+affairs|(?:national\s+)?defen[cs]e|interior|"
               r"internal\s+affairs|home(?:\s+affairs)?)")
_MINISTRY_AFTER = re.compile(rf"(['’]s)?\s+(?P<body>({_KIND_WORDS})\s+ministry\b|ministry\s+of\s+(?:the\s+)?"
                             rf"({_KIND_WORDS})\b|(foreign)\s+office\b)", re.I)
_MINISTRY_BEFORE = re.compile(rf"\bministry\s+of\s+(?:the\s+)?({_KIND_WORDS})\s+of\s+(?:the\s+)?\Z",
                              re.I)


_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z]*(?:[-.][A-Za-z]+)*[A-Z0-9]?)\s*\)")
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,200})[\"”]")
_ACR_WORD = re.compile(r"[A-Za-z][\w]*")
# an acronym and then its long form in brackets: "the 3R (Return, Reclamation, Rehabilitation)"
_ACRONYM_FIRST = re.compile(r"\b(\d?[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*)\s+"
                            r"\(\s*([A-Z][\w’'-]*(?:,?\s+[\w’'-]+){1,11})\s*\)")


# --------------------------------------------------------------------------------------------
# the catalog matcher

@dataclass(frozen=True)
class _Surface:
    tokens: tuple[str, ...]      # normalised tokens
    raw: tuple[str, ...]         # tokens as written in the catalog
    entry_id: str
    kind: str


@lru_cache(maxsize=1 << 16)
def _norm_token(tok: str) -> str:
    """Matching key of one token: case and accents folded, as the catalog's ``normalize`` does
    ("Tshisékédi" = "Tshisekedi", "Gomá" = "Goma")."""
    tok = tok.replace("’", "'")
    if not tok.isascii():
        tok = "".join(c for c in unicodedata.normalize("NFKD", tok) if not unicodedata.combining(c))
    return tok.casefold()


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens with offsets; hyphens inside words are dropped (joiners)."""
    end = len(text) if end is None else end
    out = []
    e = start
    for space, tok in _SPACED_TOKEN.findall(text, start, end):
        s = e + len(space)
        e = s + len(tok)
        out.append((tok, s, e))
    if not any(d in text[start:end] for d in _DASH_CHARS):
        return out
    return [(tok, s, e) for tok, s, e in out
            if not (tok in _DASH_CHARS and 0 < s < len(text) - 1 and not text[s - 1].isspace()
                    and not text[s + 1].isspace())]


# "Troops of the Rapid Intervention Battalion": people of a body, not part of its name
_FORCE_PLURALS = frozenset("""troops commandos paratroopers marines officers gunmen militiamen
peacekeepers sailors pilots snipers""".split())


def _given_name_of(word: str, entries: list[CatalogEntry]) -> bool:
    """Is ``word`` the given name of one of these catalogued persons, in any spelling
    (Vasily/Vassily, Mohammed/Muhammad)?"""
    if not word[:1].isupper() or len(word) < 3:
        return False
    for e in entries:
        if e.type != "Person":
            return False
        for full in (e.name, *e.aliases):
            first = full.split()
            if len(first) > 1 and fuzz.ratio(word.lower(), first[0].lower()) >= 80:
                return True
    return False


class _Matcher:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        index: dict[str, list[_Surface]] = defaultdict(list)
        seen = set()
        for surface, entry_id, kind in catalog.surfaces():
            raw = tuple(t for t, _, _ in _tokens(surface.replace("–", "-").replace("—", "-")))
            if not raw:
                continue
            key = (tuple(_norm_token(t) for t in raw), entry_id, kind)
            if key in seen:
                continue
            seen.add(key)
            index[key[0][0]].append(_Surface(key[0], raw, entry_id, kind))
        for bucket in index.values():
            bucket.sort(key=lambda s: -len(s.tokens))
        self.index = dict(index)
        # each bucket again as (length, tokens -> surfaces), longest first, surfaces in bucket
        # order: a token opens hundreds of surfaces ("ministry", "al"), and one look-up per
        # length finds those that match
        self.by_length: dict[str, list[tuple[int, dict[tuple[str, ...], list[_Surface]]]]] = {}
        for first, bucket in self.index.items():
            lengths: dict[int, dict[tuple[str, ...], list[_Surface]]] = {}
            for sf in bucket:
                lengths.setdefault(len(sf.tokens), {}).setdefault(sf.tokens, []).append(sf)
            self.by_length[first] = sorted(lengths.items(), key=lambda kv: -kv[0])
        # first tokens of surfaces that may start in lower case ("al-Qaeda"): only at these and
        # at capitalised tokens can a match start
        self.lower_starts = frozenset(k for k, bucket in self.index.items()
                                      if any(not s.raw[0][:1].isupper() for s in bucket))
        self.ministries = {(e.country, kind): e.id for e in catalog.entries.values()
                           if (kind := ministry_kind(e))}
        self.government = {}
        for country, actor in _DE_FACTO_GOVERNMENT.items():
            c = [e for e in catalog.lookup(country) if e.type == "Country"]
            a = [e for e in catalog.lookup(actor) if e.type in ("Group", "Organization")]
            if c and a:
                self.government[c[0].id] = a[0].id

    def find(self, text: str, toks: list[tuple[str, int, int]]):
        """Yield (start, end, first token index, token count, [(entry_id, kind)]) matches."""
        norm = [_norm_token(t) for t, _, _ in toks]
        n = len(toks)
        lower_starts = self.lower_starts
        for i in range(n):
            if not toks[i][0][:1].isupper() and norm[i] not in lower_starts:
                continue
            lengths = self.by_length.get(norm[i])
            if not lengths:
                continue
            for k, surfaces in lengths:       # the longest match wins
                if i + k > n:
                    continue
                same = surfaces.get(tuple(norm[i:i + k]))
                if not same:
                    continue
                # tokens must be contiguous text (no line break between)
                hits = [(s.entry_id, s.kind) for s in same if _case_ok(s, toks, i)
                        and "\n" not in text[toks[i][1]:toks[i + k - 1][2]]]
                if hits:
                    yield toks[i][1], toks[i + k - 1][2], i, k, hits
                    break


# the last word of a name that reporters often write in lower case
_GENERIC_NAME_HEADS = frozenset("""network cartel group movement front party army militia brigade
brigades council coalition alliance organisation organization forces corps battalion regiment
wing command faction guard guards""".split())


def _case_ok(s: _Surface, toks, i: int) -> bool:
    if s.kind == "acronym":
        return all(toks[i + j][0].replace("’", "'") == s.raw[j].replace("’", "'")
                   for j in range(len(s.raw)))
    first = toks[i][0]
    if s.raw[0][:1].isupper() and not first[:1].isupper():
        return False
    if not s.raw[0][:1].isalpha() and not first[:1].isupper():
        return False
    last = len(s.raw) - 1
    for j, raw in enumerate(s.raw):
        if raw[:1].isupper() and not toks[i + j][0][:1].isupper() and not (
                j == last and j > 0 and raw.lower() in _GENERIC_NAME_HEADS):
            return False        # ("the Haqqani network", "the Sinaloa cartel" are the names)
    # an all-caps single word that is not an acronym in the catalog ("US" vs "Us") is fine; a
    # lowercase single word never matches a capitalised name ("turkey")
    return True


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    matcher = _Matcher(load_catalog())
    # The catalog and its matcher (most of the process's objects) live as long as the process:
    # frozen, they are no longer walked by every full garbage collection (~2% of extraction).
    gc.freeze()
    return matcher


# --------------------------------------------------------------------------------------------
# candidates

@dataclass
class _Cand:
    start: int
    end: int
    key: tuple            # ("cat", entry_id) or ("new", type, normalised name)
    kind: str             # name | metonym | demonym
    priority: int         # higher wins among equal spans
    alias: str | None = None   # alias recorded for the entity (demonym word); None = surface
    also: str | None = None    # a longer form recorded too ("Russia's Defence Ministry")
    head_final: bool = False   # a catalog name ending where a longer discovered span ends


def find_entities(article: Article, sentences: list[Sentence]) -> tuple[list[Entity], list[EntityMention]]:
    """The entities of an article and every mention of them (see the module docstring)."""
    return _Finder(article.text, sentences, _matcher()).run()


class _Finder:
    def __init__(self, text: str, sentences: list[Sentence], matcher: _Matcher):
        self.text = text
        self.sentences = sentences
        self.m = matcher
        self.cat = matcher.catalog
        self.cands: list[_Cand] = []
        self.types: dict[tuple, str] = {}        # discovered key -> type
        self.names: dict[tuple, str] = {}        # discovered key -> preferred name
        self.links: list[tuple[tuple, tuple]] = []   # keys to merge (acronym definitions)
        self.loose: list[tuple[int, int, str]] = []  # single capitalised words with no evidence

    # ---- driver
    def run(self):
        catalog_spans = []
        for sent in self.sentences:
            toks = _tokens(self.text, sent.start, sent.end)
            heading = _is_heading(sent.text)
            here = self._catalog(sent, toks)
            catalog_spans.extend(here)
            if not heading:
                self._discover(sent, here)
        self._settle_catalog(catalog_spans)
        self._state_ministries()
        self._fold_capitals()
        self._acronym_uses()
        self._home_state_references()
        entities, mentions = self._resolve()
        return office_holders(self.text, entities, mentions, self.cat)

    def _home_state(self):
        """The country the article is about: clearly the most mentioned one (3+ mentions)."""
        counts: dict[str, int] = defaultdict(int)
        for c in self.cands:
            if c.key[0] != "cat":
                continue
            e = self.cat.entries[c.key[1]]
            if e.type == "Country":
                counts[e.id] += 1
            elif e.type == "Location" and e.country in self.cat.entries and \
                    self.cat.entries[e.country].type == "Country":
                counts[e.country] += 2       # its places count for it: they mark the theatre
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top, n = ranked[0]
        if n < 3 or (len(ranked) > 1 and ranked[1][1] * 4 > n * 3):
            return None
        return top

    def _home_state_references(self):
        """"the federal government", "the junta", "government forces", "government drone
        strikes": the state of the article acting. The state is the one the article itself
        ties the word to ("Myanmar's military junta", "Somalia's federal government" - those
        are mentions of that state already), else the article's clearly dominant state; a
        plain "government" only where no other state is named in the sentence."""
        countries = {c.start: c.key[1] for c in self.cands if c.key[0] == "cat"
                     and self.cat.entries[c.key[1]].type == "Country"}
        ends = {c.end: c.key[1] for c in self.cands if c.key[0] == "cat"
                and self.cat.entries[c.key[1]].type == "Country"}
        owner_of: dict[str, str] = {}
        found = []
        for m in _HOME_STATE.finditer(self.text):
            head = m.group(1).split()[-1].lower()
            own = re.search(r"['’]s\s+(?:military\s+|ruling\s+)?$", self.text[max(0, m.start(1) - 12):m.start(1)])
            if own:
                state = ends.get(m.start(1) - len(own.group()))
                if state:
                    owner_of.setdefault(head, state)
                continue
            found.append(m)
        home = self._home_state()
        taken = [(c.start, c.end) for c in self.cands]
        si = 0
        for m in found:
            s, e = m.start(1), m.end(1)
            while si < len(self.sentences) and self.sentences[si].end <= s:
                si += 1
            if si >= len(self.sentences):
                break
            sent = self.sentences[si]
            head = m.group(1).split()[-1].lower()
            state = owner_of.get(head) or home
            if state is None or state in self.m.government:
                continue
            federal = m.group(1).lower().startswith(("federal", "junta")) or head in owner_of
            others = any(sent.start <= p < sent.end and c != state for p, c in countries.items())
            if (others and not federal) or any(a < e and s < b for a, b in taken):
                continue
            self.cands.append(_Cand(s, e, ("cat", state), "demonym", 2,
                                    alias=self.cat.entries[state].name))

    def _state_ministries(self):
        """"Nigeria's defence ministry", "the Russian foreign ministry", "Kosovo's Ministry of
        Foreign Affairs", "the Ministry of Interior of Pakistan": that state's ministry, whatever
        the case and spelling (the catalog holds one per state and kind). After a possessive the
        state keeps its own mention ("Russia's" + "Defence Ministry")."""
        text = self.text
        for c in list(self.cands):
            if c.key[0] != "cat" or self.cat.entries[c.key[1]].type != "Country":
                continue
            start = None
            # (a demonym candidate may span its phrase already: "Russian foreign ministry")
            word_end = c.start + len(c.alias) if c.kind == "demonym" and c.alias else c.end
            m = _MINISTRY_AFTER.match(text, word_end)
            if m:
                words = m.group(3) or m.group(4) or m.group(5)
                start, end = m.start("body") if m.group(1) else c.start, m.end()
            else:
                b = _MINISTRY_BEFORE.search(text, max(0, c.start - 50), c.start)
                if b:
                    words, start, end = b.group(1), b.start(), c.end
            if start is None:
                continue
            entry = self.m.ministries.get((c.key[1], ministry_kind_of(words)))
            if entry is None:
                continue
            full = text[c.start:end] if start > c.start else None
            self.cands.append(_Cand(start, end, ("cat", entry), "name", 4, also=full))

    def _fold_capitals(self):
        """A capital the article uses for its government at least once is that state throughout:
        "Diplomats in Addis Ababa say ..." next to "Addis Ababa says it has no links" are one
        actor, as the annotation guide lists the capital among the country's aliases. A capital
        only ever used as a place stays a Location; where the guide separates the ruling actor
        from the country (Kabul), the place stays a place."""
        seats: dict[str, str] = {}
        for c in self.cands:
            if c.kind == "metonym" and c.key[0] == "cat" and not (
                    re.match(r"\s+[a-z]", self.text[c.end:c.end + 2])
                    and re.search(r"\b[Tt]he\s+$", self.text[max(0, c.start - 4):c.start])):
                # ("the Tripoli government" names one side of a divided state: too weak)
                e = self.cat.entries[c.key[1]]
                surface = normalize(self.text[c.start:c.end])
                if e.type == "Country" and surface in {normalize(m) for m in e.metonyms}:
                    seats[surface] = e.id
        if not seats:
            return
        for c in self.cands:
            if c.kind == "name" and c.key[0] == "cat" and \
                    self.cat.entries[c.key[1]].type == "Location":
                state = seats.get(normalize(self.text[c.start:c.end]))
                if state:
                    c.key = ("cat", state)

    def _acronym_uses(self):
        """Later bare uses of an acronym the article defined ("... Front (NVDF) ... the NVDF"),
        or of the initials of a body it named ("the Zomi Revolutionary Army ... the ZRA")."""
        acronyms = dict(self.acronym_defs)
        defined = set(acronyms)
        for key, typ in self.types.items():
            if typ in ("Group", "Organization") and key in self.names:
                words = [w for w in re.split(r"[\s-]+", self.names[key]) if w]
                caps = [w for w in words if w[:1].isupper() and w.lower() not in _MINOR]
                if len(caps) >= 2 and len(caps) == len([w for w in words if w.lower() not in _MINOR]):
                    initials = "".join(w[0] for w in caps)
                    if initials.isupper() and not self.cat.matches(initials):
                        acronyms.setdefault(initials, key)
        if not acronyms:
            return
        taken = [(c.start, c.end) for c in self.cands]
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, acronyms)) + r")(?![\w-])")
        for m in pattern.finditer(self.text):
            key = acronyms[m.group(1)]
            if m.group(1) in defined:
                # the article's own definition outranks the catalog's reading of the letters
                # ("Ambazonia Defence Forces (ADF)" ... "the ADF": not the Congolese ADF)
                same = [c for c in self.cands if c.start == m.start() and c.end == m.end()]
                if same and all(c.key != key for c in same):
                    self.cands = [c for c in self.cands if c not in same]
                    taken = [(c.start, c.end) for c in self.cands]
            if not any(a < m.end() and m.start() < b for a, b in taken):
                self.cands.append(_Cand(m.start(), m.end(), key, "name", 3))

    # ---- 1. catalog
    def _catalog(self, sent: Sentence, toks):
        out = []
        text = self.text
        prev_end = -2
        for start, end, i, k, hits in self.m.find(text, toks):
            word = text[start:end]
            places_only = all(self.cat.entries[eid].type == "Location" or kind == "metonym"
                              for eid, kind in hits)
            if places_only and k == 1 and word.lower() in _COMMON_WORDS:
                continue      # "Central", "North", "Western": regions elsewhere, words here
            if places_only and _names_a_thing(text, end, sent.end):
                continue      # "Doha Agreement", "Istanbul Process": part of another name
            if places_only and k == 1:
                d = _DIRECTION_BEFORE.search(text[max(sent.start, start - 12):start])
                if d and start - len(d.group()) > sent.start and \
                        text[start - len(d.group()) - 1] not in "\"“‘'(":
                    # "Middle Juba", "Upper Nile", "Eastern Ghouta": a region of its own
                    self._new(start - len(d.group()), end, "Location")
                    continue
            if k == 1 and i > 0 and toks[i - 1][2] == start - 1 and \
                    _given_name_of(toks[i - 1][0], [self.cat.entries[eid] for eid, _ in hits]):
                # "Vasily Nebenzia" with only "Vassily Nebenzia" and "Nebenzia" catalogued: the
                # given name before a catalogued surname belongs to the match
                start, i, k = toks[i - 1][1], i - 1, 2
            elif k == 1 and _name_word_before(text, start, sent.start) and prev_end < start - 1 and (
                    places_only or (all(self.cat.entries[eid].type == "Country" for eid, _ in hits)
                                    and not _opens_sentence(text, start, sent.start))):
                # "Faadumo Cali", "Itu Aba", "Subic Bay", "Puerto Jordán": the tail of another name
                continue
            prev_end = end
            out.append((sent, start, end, i, k, hits, toks))
        return out

    def _possessor_country(self, before: str) -> str | None:
        """The catalogued state named as possessor right before a name ("India's "), if any."""
        m = _OWNER_BEFORE.search(before) if _ends_possessive(before) else None
        return self._possessor_state(m.group(1)) if m else None

    def _possessor_state(self, possessor: str, *, bodies: bool = False) -> str | None:
        """The state a possessor phrase names, trying its last three, two, then one words
        ("the Indian Army" -> India when ``bodies``: a catalogued body stands for its state)."""
        words = possessor.split()
        for n in range(min(3, len(words)), 0, -1):
            owner = next((o for o in self.cat.lookup(" ".join(words[-n:]))
                          if o.type == "Country" or (bodies and o.country)), None)
            if owner is not None:
                return owner.id if owner.type == "Country" else owner.country
        return None

    def _settle_catalog(self, spans):
        """Turn raw catalog hits into candidates: metonym vs place, ambiguity, demonyms."""
        text = self.text
        mentioned_countries = set()
        for sent, start, end, i, k, hits, toks in spans:
            for entry_id, kind in hits:
                e = self.cat.entries[entry_id]
                if e.type == "Country" and kind in ("name", "alias", "acronym") and not e.ambiguous:
                    mentioned_countries.add(entry_id)
        place_list_spans = self._place_lists_spans
        foreign_generic: dict[str, tuple] = {}     # generic alias -> another state's body
        span_ends = {end for _s, _st, end, *_r in spans}
        for sent, start, end, i, k, hits, toks in spans:
            before = text[max(sent.start, start - 40):start]
            after = text[end:min(sent.end, end + 60)]
            prev_word = _last_word(before)
            sentence_initial = start == sent.start or before.strip() in ('"', "“", "‘", "'")
            locative = prev_word in _PLACE_PREPS or after.startswith(("-based", "–based")) or \
                any(s <= start and end <= e for s, e in place_list_spans)
            entries = [(self.cat.entries[eid], kind) for eid, kind in hits]
            entries.sort(key=lambda ek: _rank(ek, mentioned_countries))
            owner = self._possessor_country(before)
            if owner and len({e.country for e, _ in entries if e.type == "Location"}) > 1:
                # "India's Punjab", "Ukraine's Sumy region": the possessor picks the state's own place
                entries.sort(key=lambda ek: ek[0].type != "Location" or ek[0].country != owner)
            demonyms = [(e, kd) for e, kd in entries if kd in ("demonym", "demonym_plural")]
            names = [(e, kd) for e, kd in entries if kd not in ("demonym", "demonym_plural")]
            if self._named_before_body(text, start, end, sent.start, hits):
                continue    # "the Meridian Institute for Security Studies": not the catalogued one
            tail = _longer_name_before(before)
            if tail is not None:
                kinds = {self.cat.entries[eid].type for eid, _k in hits}
                if tail == "water" and kinds <= {"Location", "Country"}:
                    continue    # "the Gulf of California": the gulf, not the state
                if tail == "body" and start - 5 not in span_ends and kinds <= {"Organization", "Group"}:
                    continue    # "Centre for Economics and Foreign Policy", "Committee on Foreign
                    #            Affairs": the body's complement, not the magazine (a complete
                    #            catalogued name before "and" keeps both)
            if names and names[0][0].type == "Person" and " " not in text[start:end]:
                given = self._other_given_name(sent, start, names[0][0])
                if given is not None:
                    # "Hunter Biden", "Saif al-Islam Gaddafi", "Asma al-Assad": a relative who
                    # shares the catalogued person's family name is a person of their own
                    self._person(given, end)
                    continue
            if names:
                metonyms = [(e, kd) for e, kd in names if kd == "metonym"]
                places = [(e, kd) for e, kd in names if e.type == "Location"]
                state = _STATE_SUFFIX.match(after)
                if places and state:
                    # "Washington, DC", "Springfield, IL": a city with its state abbreviation
                    self._new(start, end + state.end(), "Location")
                    continue
                if places and _facility_follows(after):
                    # "the Kabul airport", "the Kashmir valley": the facility or feature is the
                    # place named
                    m = _facility_follows(after)
                    self._new(start, end + m.end(), "Location")
                    continue
                if metonyms:
                    e, kd = metonyms[0]
                    placey = (locative or _place_follows(after) or (
                        _TAKEN_PLACE.search(before) and not _ANSWERABLE.match(after))
                              or _VISITED.search(text[max(sent.start, start - 90):start]) or _EVENT_AFTER.match(after)
                              or _PLACE_PREDICATE.match(after)
                              or (sentence_initial and _DATELINE.match(after))) \
                        and not self._seat_of_power(before, after)
                    if placey and places:
                        self._add_cat(start, end, places[0][0], "name")
                    elif not placey or not places:
                        gov = self.m.government.get(e.id)
                        target = self.cat.entries[gov] if gov else e
                        self._add_cat(start, end, target, "metonym")
                    continue
                e, kd = names[0]
                if e.ambiguous:
                    supported = locative or (e.type == "Location" and e.country in mentioned_countries)
                    if e.type == "Location" and not sentence_initial:
                        # a city and its province share a name: that is no real ambiguity
                        supported = supported or len({x.country for x, _ in names}) == 1
                    if e.type == "Country":
                        supported = supported or (not _capitalised_neighbour(text, start, end) and (
                            not sentence_initial or _state_context(text, e)))
                    if k >= 2 and all(x.type == "Location" for x, _ in names):
                        # "the Red Sea" (sea or Sudanese state): a place either way
                        supported = True
                    if not supported:
                        continue
                generic = _GENERIC_MILITARY.search(text[start:end])
                if e.type == "Organization" and e.country and generic and e.country in self.cat.entries \
                        and e.country not in self.m.government:
                    # "U.S. forces", "the US military", "the Malian army": the state acting, not a
                    # named unit (where the guide separates the ruling actor from the country,
                    # "the Afghan army" is the old state's force: an organization of its own)
                    self.cands.append(_Cand(start, end, ("cat", e.country), "demonym", 2,
                                            alias=text[start:generic.start()].strip() or None))
                    continue
                if e.type == "Person" and kd == "alias" and sentence_initial and k == 1 \
                        and after[:1] not in (" ", "’", "'", ",", "."):
                    continue
                gov = _ADMINISTRATION.match(after)
                if e.type == "Person" and gov and e.country in self.cat.entries and \
                        self.cat.entries[e.country].type == "Country":
                    # "the Trump administration", "the Biden administration": the state acting
                    self.cands.append(_Cand(start, end + gov.end(), ("cat", e.country), "demonym",
                                            2, alias=text[start:end + gov.end()]))
                    continue
                surface = normalize(text[start:end])
                owner = self._owned_elsewhere(before, e) if kd == "alias" and \
                    e.type == "Organization" else None
                if owner is not None or surface in foreign_generic:
                    # "Pakistan's Foreign Office", "the Indian Army's Northern Command": another
                    # state's body of that generic name, not the catalogued one (and so are
                    # its later bare mentions in the article)
                    if surface not in foreign_generic:
                        key = ("new", e.type, normalize(f"{text[start:end]} {owner.name}"))
                        foreign_generic[surface] = key
                        self.types[key] = e.type
                        self.names[key] = f"{text[start:end]} ({owner.name})"
                    key = foreign_generic[surface]
                    self.cands.append(_Cand(start, end, key, "name", 2))
                    continue
                self._add_cat(start, end, e, "name")
                continue
            if demonyms:
                e, kd = demonyms[0]
                self._demonym(sent, start, end, e, kd, before, after, spans)

    def _ends_in_alias_of_another_body(self, sent, rs, re_, one_word_bodies) -> bool:
        """"The World Uyghur Congress", "Indian National Congress": a capitalised run whose last
        word is a one-word catalogued body, after words that are neither state words nor titles,
        is a name of its own."""
        last = next(((st, en) for st, en in one_word_bodies if en == re_ and st > rs), None)
        if last is None:
            return False
        words = self.text[rs:last[0]].split()
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        if not words or not all(w[0].isupper() for w in words) or \
                any(w.lower() in _TITLE_WORDS for w in words):
            return False      # "Regardless of the Taliban's", "President Putin"
        if len(words) == 1 and self.text[sent.start:rs].strip() in ("", '"', "“"):
            return False      # "Yesterday Hezbollah fired ..."
        return not self._only_state_words(" ".join(words))

    def _head_may_end(self, prefix: str, head: str) -> bool:
        """May a catalog name stand for the longer discovered name it ends? A multi-word head
        may ("US Federal Bureau of Investigation"); a one-word head only after state words
        ("the US Congress"), not inside another body's name ("the World Uyghur Congress")."""
        return len(head.split()) > 1 or self._only_state_words(prefix)

    def _named_before_body(self, text: str, start: int, end: int, sent_start: int, hits) -> bool:
        """Is a catalogued body whose name opens with a cue head ("Institute for Security
        Studies") only the tail of another body's name: a capitalised word that is no state, place,
        title or function word stands right before it ("the Meridian Institute ...")?"""
        words = text[start:end].split()
        if len(words) < 2 or words[0] not in _ORG_CUES or \
                not all(self.cat.entries[eid].type == "Organization" for eid, _k in hits):
            return False
        m = _NAME_BEFORE.search(text[max(sent_start, start - 30):start])
        if not m:
            return False
        w = m.group(1)
        return w.lower() not in _COMMON_WORDS and w.lower() not in _ROLE and \
            w.lower() not in _TITLE_WORDS and not self._is_state_word(w) and not self.cat.lookup(w)

    def _only_state_words(self, prefix: str) -> bool:
        words = [w for w in re.findall(r"[\w.]+", prefix) if w.lower() != "the"]
        return all(self._is_state_word(w) for w in words)

    def _is_state_word(self, word: str) -> bool:
        """A country's name, acronym or demonym ("US", "Philippine", "Turkish")."""
        if self.cat.country_by_demonym(word):
            return True
        return any(e.type == "Country" for e in self.cat.lookup(word))

    def _owned_elsewhere(self, before: str, entry: CatalogEntry) -> CatalogEntry | None:
        """The state that owns a generic alias when the words right before it give it an owner
        other than the entry's state: a possessor ("Pakistan's", "the Indian Army's") or a
        demonym ("the Kenyan Foreign Office"); else None."""
        if not entry.country:
            return None
        m = _OWNER_BEFORE.search(before)
        if m:
            state = self._possessor_state(m.group(1), bodies=True)
        else:
            last = re.search(r"([A-Z][\w-]*)\s+$", before)
            owner = self.cat.country_by_demonym(last.group(1)) if last else None
            state = owner.id if owner is not None else None
        if state is None or state == entry.country or state not in self.cat.entries:
            return None
        return self.cat.entries[state]

    def _seat_of_power(self, before: str, after: str) -> bool:
        """'officials in Beijing', 'frustration in X, where officials ...': the government; not
        'Congolese and Rwandan officials in Doha', who are visitors there."""
        if _SEAT_AFTER.match(after):
            return True
        m = _SEAT_BEFORE.search(before)
        if not m:
            return False
        lead = re.findall(r"[A-Z][\w’'-]+", before[:m.start()][-40:])
        return not any(self.cat.country_by_demonym(w) for w in lead[-3:])

    def _other_given_name(self, sent, start: int, person: CatalogEntry) -> int | None:
        """Where a catalogued person's family name follows given names of someone else
        ("Hunter Biden" for Joe Biden), the start of the full name; else None. Given names with
        the initial of one of the person's own ("Joseph R. Biden") may be the same person."""
        m = _GIVEN_NAMES_BEFORE.search(self.text, max(sent.start, start - 40), start)
        if m is None or m.end() != start:
            return None
        words = m.group(1).split()
        first = words[0]
        if any(w.lower().strip(".") in _ROLE or w.lower() in _NOT_GIVEN or self.cat.lookup(w)
               or self.cat.country_by_demonym(w) for w in words if not w.startswith(("al-", "el-"))):
            return None
        own = {n.split()[0][0].lower() for n in (person.name, *person.aliases) if " " in n}
        if first[0].lower() in own:
            return None
        return m.start(1)

    def _add_cat(self, start, end, entry: CatalogEntry, kind: str):
        self.cands.append(_Cand(start, end, ("cat", entry.id), kind, priority=2))

    def _demonym(self, sent, start, end, country: CatalogEntry, kind, before, after, spans=()):
        if country.type != "Country":
            return
        text = self.text
        word = text[start:end]
        if kind != "demonym_plural":
            # "American and British jets", "Malian, Russian and Burkinabe troops": every
            # demonym of the coordination names an actor of its own country
            m = _COORD_DEMONYM.match(after)
            if m and any(st == end + m.start(2) and any(kd in ("demonym",) for _e, kd in hits)
                         for _s, st, _en, _i, _k, hits, _t in spans):
                tail = text[end + m.end(2):min(sent.end, end + m.end(2) + 60)]
                if _actor_noun_follows(tail):
                    self.cands.append(_Cand(start, end, ("cat", country.id), "demonym", 1,
                                            alias=word))
                return
        if kind == "demonym_plural":
            # "the Americans" act; "60 Afghans" or "many Pakistanis" are people, not the state
            if _last_word(before) == "the":
                self.cands.append(_Cand(start - 4, end, ("cat", country.id), "demonym", 1, alias=word))
            return
        if after.startswith(("-", "–", "—")):
            # "American-made", "Afghan-based" name no actor; "Turkish-Azerbaijani talks" does,
            # and so does "Iranian-backed Houthis": the state backs them
            if _backed_after().match(after):
                self.cands.append(_Cand(start, end, ("cat", country.id), "demonym", 1, alias=word))
                return
            m = _DASHED_PARTNER_AFTER.match(after)
            if m and self._is_state_word(m.group(1)) and _pair_noun_follows(after[m.end():]):
                self.cands.append(_Cand(start, end, ("cat", country.id), "demonym", 1, alias=word))
            return
        partner = _DASHED_PARTNER_BEFORE.search(before)
        if partner and self._is_state_word(partner.group(1)) and _pair_noun_follows(after):
            # the second state of "the US–Philippine alliance"
            self.cands.append(_Cand(start, end, ("cat", country.id), "demonym", 1, alias=word))
            return
        # a capitalised title: "Burundian President Evariste Ndayishimiye"
        m = re.match(r"\s+([A-Z][a-z]+)(\s+[A-Z][a-z]+)?", after)
        if m and m.group(1).lower() in _TITLE_WORDS:
            stop = m.end(2) if m.group(2) and m.group(2).strip().lower() in _TITLE_WORDS else m.end(1)
            self.cands.append(_Cand(start, end + stop, ("cat", country.id), "demonym", 1, alias=word))
            return
        # up to two lowercase modifiers then an actor noun: "Pakistani security officials"
        m = re.match(r"((?:\s+[a-z][\w-]*){1,3})", after)
        if not m:
            return
        words = m.group(1).split()
        for j, w in enumerate(words):
            if w.rstrip(",.;:") in _NON_STATE:
                return      # "Haitian gang leaders", "Syrian rebel commanders": not the state
            if w in _ACTOR_NOUNS or w.rstrip(",.;:") in _ACTOR_NOUNS:
                w = w.rstrip(",.;:")
                if w in _ARMY_HEADS and j == 0 and country.id in self.m.government:
                    # "the Afghan army" is the country's armed force: an organization
                    phrase_end = end + after.index(w) + len(w)
                    name = f"{word} {w}"
                    key = ("new", "Organization", normalize(name))
                    self.types[key] = "Organization"
                    self.names.setdefault(key, name)
                    self.cands.append(_Cand(start, phrase_end, key, "name", 1))
                    return
                phrase_end = end + after.index(w, 0) + len(w)
                self.cands.append(_Cand(start, phrase_end, ("cat", country.id), "demonym", 1,
                                        alias=word))
                return
            if j >= 2:
                break

    # ---- 2. discovery
    @property
    def _place_lists_spans(self):
        return getattr(self, "_pls", [])

    def _discover(self, sent: Sentence, catalog_spans):
        text = self.text
        s0, s1 = sent.start, sent.end
        hits_at = {(st, en): hits for (se, st, en, _i, _k, hits, _t) in catalog_spans if se is sent}
        cat_here = list(hits_at)
        self._acronyms(sent, cat_here)
        titles = [(m.start(), m.end()) for m in _QUOTED.finditer(text, s0, s1)
                  if _is_heading(m.group(1).rstrip(".,;:!? ")) and len(m.group(1).split()) >= 3]
        runs = []
        for m in _RUN.finditer(text, s0, s1):
            if not any(a <= m.start() < b for a, b in titles):
                runs.append((m.start(), m.end()))
        runs = self._join_and(runs)
        runs = self._join_on(runs)
        runs = self._join_collective_possessive(runs, cat_here)
        lists = self._lists(sent, runs)
        one_word_bodies = {(st, en) for (se, st, en, _i, k, hits, _t) in catalog_spans
                           if se is sent and k == 1 and any(
                               self.cat.entries[eid].type in ("Organization", "Group")
                               for eid, _kd in hits)}
        for rs, re_ in runs:
            body = next(((st, en) for st, en in cat_here if rs < st and en == re_), None)
            if body and self._named_before_body(self.text, body[0], body[1], sent.start, hits_at[body]):
                self._classify(sent, rs, re_, lists)
                continue
            if self._ends_in_alias_of_another_body(sent, rs, re_, one_word_bodies):
                self._classify(sent, rs, re_, lists)
                continue
            for ps, pe in _split_at_catalog(rs, re_, cat_here, text):
                self._classify(sent, ps, pe, lists)
        self._numbered(sent)
        if s0 == 0 or text[s0 - 1] == "\n":
            m = _DATELINE_AGENCY.match(text, s0, s1)
            if m:     # "KYIV, March 14 (Meridian) -": the agency that filed the report
                self._new(m.start(1), m.end(1), "Organization")

    def _join_and(self, runs):
        """'Institute for Peace' + 'and' + 'Security': one name when the first part is a head with
        its complement ("Center for Strategic and International Studies", "Ministry of Labour and
        Social Affairs") and the second part adds no head of its own."""
        text = self.text
        out = []
        for r in runs:
            if out and text[out[-1][1]:r[0]] == " and ":
                words = text[out[-1][0]:out[-1][1]].split()
                if re.search(r" (?:for|of|on) ", text[out[-1][0]:out[-1][1]]) and \
                        _type_by_cue(words) is not None and _type_by_last(words) is None:
                    second = text[r[0]:r[1]].split()
                    if _type_by_last(second) is None or len(second) == 1 or \
                            _type_by_last(second) == "Location":
                        out[-1] = (out[-1][0], r[1])
                        continue
            out.append(r)
        return out

    def _join_on(self, runs):
        """'Cabinet Committee' + 'on' + 'Security': one name when the first part ends in a body's
        head ("Committee", "Council", "Commission") and the second is no date ("on Monday")."""
        text = self.text
        out = []
        for r in runs:
            if out and text[out[-1][1]:r[0]] == " on ":
                second = text[r[0]:r[1]].split()
                if _type_by_last(text[out[-1][0]:out[-1][1]].split()) == "Organization" \
                        and second[0].lower() not in _STOP and len(second) <= 4 \
                        and _type_by_last(second) is None:
                    out[-1] = (out[-1][0], r[1])
                    continue
            out.append(r)
        return out

    def _join_collective_possessive(self, runs, cat_spans):
        """"General People's Congress", "Kurdistan Workers' Party", "Women's Union": a name
        whose middle is a people's possessive is one name, and beats a catalog name at its end
        ("Congress" is not the US Congress there). Returns the runs left to classify."""
        text = self.text
        out = []
        for r in runs:
            if out:
                first = text[out[-1][0]:out[-1][1]].split()
                between = text[out[-1][1]:r[0]]
                words = first + text[r[0]:r[1]].split()
                kind = _type_by_last(words)
                spans_it = any(a < r[0] and out[-1][1] < b for a, b in cat_spans)
                if first[-1] in _COLLECTIVE_OWNERS and between in ("'s ", "’s ", "' ", "’ ") \
                        and kind in ("Organization", "Group") and not spans_it:
                    # (a catalogued "Korean People's Army" keeps its own reading)
                    start = out[-1][0]
                    while first and first[0].lower() in _LEADING:
                        start += len(first.pop(0)) + 1      # "The General People's Congress"
                    self._new(start, r[1], kind)
                    self.cands[-1] = replace(self.cands[-1], priority=3)
                    out.pop()
                    continue
            out.append(r)
        return out

    def _numbered(self, sent):
        """Units and gangs named with a number: "the 444th Brigade", "the army's 15 Corps",
        "Russia's 102nd military base", "the 400 Mawozo gang"."""
        text = self.text
        if not _DIGIT.search(sent.text):
            return      # (both patterns need a number; the test is much faster than they are)
        for m in _NUMBERED_UNIT.finditer(text, sent.start, sent.end):
            words = m.group(0).split()
            typ = _type_by_cue(words) or "Organization"
            self._new(m.start(), m.end(), typ)
        for m in _NUMBERED_GANG.finditer(text, sent.start, sent.end):
            self._new(m.start(1), m.end(1), "Group")

    def _acronyms(self, sent: Sentence, cat_here):
        text = self.text
        if text.find("(", sent.start, sent.end) < 0:
            return      # (both patterns need a bracket; the test is much faster than they are)
        for m in _ACRONYM_DEF.finditer(text, sent.start, sent.end):
            acr = m.group(1)
            letters = [c for c in acr if c.isalpha()]
            if len(letters) < 2 or sum(c.isupper() for c in letters) < 2:
                continue
            words = list(_ACR_WORD.finditer(text, max(sent.start, m.start() - 160), m.start()))
            # join hyphenated pieces as separate words (Tehrik-e-Taliban -> Tehrik, e, Taliban)
            found = None
            for i in range(len(words) - 1, max(-1, len(words) - 13), -1):
                seq = [w.group() for w in words[i:]]
                if not seq[0][:1].isupper() and seq[0].lower() not in ("al", "el"):
                    continue
                gap = text[words[i].start():words[-1].end()]
                if any(ch in gap for ch in ",;:()\"“”") or "\n" in gap:
                    break
                if _initials_match(seq, acr):
                    found = (words[i].start(), words[-1].end())
                    break
            spelled = bool(found)
            if not found:
                found = self._translated_long_form(sent, words, m.start(), acr)
            if not found:
                continue
            self._define_acronym(sent, acr, m.start(1), m.end(1), *found, spelled)
        for m in _ACRONYM_FIRST.finditer(text, sent.start, sent.end):
            # "the 3R (Return, Reclamation, Rehabilitation)", "the FPRC (Popular Front for the
            # Renaissance of Central Africa)": the acronym first, its long form in brackets
            acr, long_words = m.group(1), re.findall(r"[\w’'-]+", m.group(2))
            spelled = _initials_match(long_words, _spelled_acronym(acr))
            if spelled or _translated_initials(long_words, acr):
                self._define_acronym(sent, acr, m.start(1), m.end(1), m.start(2), m.end(2), spelled)

    def _define_acronym(self, sent: Sentence, acr: str, a_start: int, a_end: int, ls: int,
                        le: int, spelled: bool):
        """The acronym and its long form name one actor: the catalog's, else a new one."""
        text = self.text
        long_form = text[ls:le]
        long_hits = self.cat.matches(long_form)
        acr_hits = self.cat.matches(acr)
        if spelled and not any(e in dict(long_hits) for e, _ in acr_hits):
            # the article spells the acronym out as something else than the catalog's body
            # with the same letters ("VDP", "ADF"): that body is another one
            own = set(normalize(long_form).split()) - _MINOR
            acr_hits = [(e, k) for e, k in acr_hits
                        if len(own & set(normalize(e.name).split())) * 2 >= len(own)]
        entry = None
        # an acronym spelled out is the catalog's acronym; one from another language is the
        # long form's body
        for hits in ((acr_hits, long_hits) if spelled else (long_hits, acr_hits)):
            for e, kind in hits:
                if kind not in ("demonym", "demonym_plural") and e.type != "Location":
                    entry = e
                    break
            if entry:
                break
        if entry is None:
            # a known place defined with its acronym: "the Line of Control (LoC)"
            entry = next((e for e, kind in long_hits if e.type == "Location"
                          and kind in ("name", "alias")), None)
        if entry is not None:
            self.cands.append(_Cand(ls, le, ("cat", entry.id), "name", 3))
            self.cands.append(_Cand(a_start, a_end, ("cat", entry.id), "name", 3))
            self.acronym_defs[acr] = ("cat", entry.id)
            return
        opens = min(ls, a_start)    # "fighters of the 3R (...)": the words before either form
        typ = _type_by_cue(long_form.replace("-", " ").split()) or (
            "Group" if _ARMED_BEFORE.search(text[max(sent.start, opens - 40):opens]) else "Organization")
        key = ("new", typ, normalize(long_form))
        self.types[key] = typ
        self.names[key] = long_form
        self.cands.append(_Cand(ls, le, key, "name", 3))
        self.cands.append(_Cand(a_start, a_end, key, "name", 3))
        self.acronym_defs[acr] = key

    def _translated_long_form(self, sent, words, paren: int, acr: str):
        """A long form whose initials do not spell the acronym because one of them is
        translated ("Strategic Framework for the Defence of the People of Azawad (CSP-DPA)",
        "Congo River Alliance (AFC)"): the capitalised name right before the parenthesis, when
        the catalog knows the acronym or most of its letters are initials of the name in order."""
        text = self.text
        if not words or text[words[-1].end():paren].strip():
            return None
        i = len(words) - 1
        while i >= 0 and (words[i].group()[:1].isupper() or words[i].group().lower() in _CONNECTORS
                          or words[i].group().lower() in ("and", "des", "du", "la", "le", "les",
                                                          "in", "on", "to")):
            gap = text[words[i].end():words[i + 1].start()] if i + 1 < len(words) else ""
            if any(ch in gap for ch in ",;:()\"“”") or "\n" in gap:
                break
            i -= 1
        seq = words[i + 1:]
        while seq and (not seq[0].group()[:1].isupper() or (
                seq[0].group().lower() in _ACTOR_NOUNS | _ROLE_PLURAL | {"rebels", "militants"}
                and len(seq) > 1 and seq[1].group().lower() in _CONNECTORS)):
            seq = seq[1:]     # "Fighters of the X (ACR)" at a sentence start
        while seq and seq[0].group().lower() in _LEADING:
            seq = seq[1:]     # "The African Union Support ... (AUSSOM)" at a sentence start
        caps = [w.group() for w in seq if w.group()[:1].isupper()]
        if len(caps) < 2 or caps[0].lower() in _LEADING or any(w.lower() in _ROLE for w in caps):
            return None
        letters = [c.upper() for c in acr if c.isalpha()]
        initials = [w[0].upper() for w in caps]
        known_long = self.cat.lookup(text[seq[0].start():seq[-1].end()])
        if initials[0] == letters[0] and _lcs(initials, letters) >= 2 and (
                any(e.type in ("Group", "Organization") for e in known_long) or (
                    not known_long and _type_by_cue([w.group() for w in seq]) in (
                        "Group", "Organization"))):
            # a body with the acronym of its name in another language: "the National Salvation
            # Front (NAS)", "the Islamic State in Mozambique (ISM)"
            return seq[0].start(), seq[-1].end()
        if known_long:
            return None     # a known name of its own, not the acronym's long form
        known = any(kind == "acronym" and e.type != "Location" for e, kind in self.cat.matches(acr))
        if not known and (len(letters) < 3 or _lcs(initials, letters) * 2 < len(letters)
                          or _lcs(initials, letters) < 3):
            return None
        if _type_by_cue([w.group() for w in seq]) is None and not known and len(caps) < 3:
            return None
        return seq[0].start(), seq[-1].end()

    @property
    def acronym_defs(self):
        if not hasattr(self, "_acr"):
            self._acr = {}
        return self._acr

    def _lists(self, sent, runs):
        """Runs that form an enumeration "A, B, and C" / "A and B": list id per run index."""
        text = self.text
        groups = []
        current = [0] if runs else []
        for j in range(1, len(runs)):
            gap = text[runs[j - 1][1]:runs[j][0]]
            if re.fullmatch(r",\s*|,?\s+and\s+|,?\s+or\s+|\s*&\s*", gap):
                current.append(j)
            else:
                groups.append(current)
                current = [j]
        if current:
            groups.append(current)
        return [g for g in groups if len(g) >= 2]

    def _classify(self, sent, ps, pe, lists):
        text = self.text
        surface = text[ps:pe]
        words = surface.replace("-", " ").split()
        # strip leading stop words ("The Brookings Institution" -> "Brookings Institution")
        raw_words = list(re.finditer(r"\S+", surface))
        while raw_words and raw_words[0].group().lower().strip(".") in _LEADING:
            raw_words.pop(0)
        if len(raw_words) >= 3 and raw_words[1].group() == "of" and (
                raw_words[0].group().lower() in _PART_NOUNS | _ROLE_PLURAL | _PLACE_NOUNS
                | _FORCE_PLURALS):
            # "Fighters of the Tigray Peace Force", "Residents of Khiam": not part of the name
            raw_words = raw_words[3:] if raw_words[2].group() == "the" else raw_words[2:]
            if not raw_words:
                return
        if not raw_words:
            return
        ps = ps + raw_words[0].start()
        surface = text[ps:pe]
        tokens = surface.split()
        before = text[max(sent.start, ps - 60):ps]
        after = text[pe:min(sent.end, pe + 120)]
        if (ps == 0 or text[ps - 1] == "\n") and surface.isupper() and len(surface) >= 3 \
                and _DATELINE_PLACE.match(after):
            self._new(ps, pe, "Location")    # "MAE SOT, Thailand - ...": where it was filed
            return
        if _PROGRAMME_AFTER.match(after):
            return      # "its Official Security Assistance programme": a thing's name, no actor
        prev = _last_word(before)
        of = re.search(r" of (?:the )?", surface)
        lead_role = 0
        if of:
            pre = surface[:of.start()].split()
            while lead_role < len(pre) - 2 and pre[lead_role].lower().strip(".") in _ROLE:
                lead_role += 1
        if of and (prev in _ROLE or lead_role or self._person_of_body(surface[:of.start()])) \
                and not re.search(r"\bof\s+(?:the\s+)?$", before):
            # "chief minister Mehbooba Mufti of the Peoples Democratic Party", "Analyst X Y of
            # the Z Institute": the person, then the body
            if lead_role:
                ps += len(" ".join(surface.split()[:lead_role])) + 1
                surface = text[ps:pe]
                of = re.search(r" of (?:the )?", surface)
            head_tokens = surface[:of.start()].split()
            if 2 <= len(head_tokens) <= 4 and all(
                    _name_like(t) or t in _SURNAME_ROLES or (0 < j < len(head_tokens) - 1 and t in _CONNECTORS)
                    for j, t in enumerate(head_tokens)):
                self._person(ps, ps + of.start())
                self._classify(sent, ps + of.end(), pe, lists)
                return
        typ = _type_by_cue(words)
        # titles inside the run: "Prime Minister Imran Khan", "Defense Minister Khawaja Asif"
        # (not a cue-headed name: "General Intelligence Service")
        role_at = -1
        for j, t in enumerate(tokens[:-1]):
            if t.lower().strip(".") in _ROLE:
                role_at = j
        if role_at >= 0 and typ is None:
            rest = tokens[role_at + 1:]
            while rest and rest[0] in ("of", "for"):
                rest = rest[2:]
            if rest and len(rest) <= 4 and _name_like(rest[0]) and all(
                    _name_like(t) or (0 < j < len(rest) - 1 and t in _CONNECTORS
                                      and t not in ("of", "for", "the", "e", "i"))
                    for j, t in enumerate(rest)):       # "Foreign Minister Marta de Lenz"
                start = ps + surface.rindex(" ".join(rest))
                self._person(start, pe)
            return
        if typ is None and len(tokens) <= 3 and all(_name_like(t) for t in tokens) and (
                _PLURAL_PLACES_AFTER.match(after) or (
                    _PLURAL_PLACE_HEAD.match(after) and _FIRST_OF_PAIR_BEFORE.search(before))):
            # "the Medininkai and Šalčininkai crossings", "the Kuźnica and Bobrowniki crossings":
            # each name a place of its own
            self._new(ps, pe, "Location")
            return
        head = _LOWER_HEAD.match(after) if typ is None else None
        if head and len(tokens) <= 3 and all(_name_like(t) for t in tokens):
            h = head.group(1)
            if h in _ADMIN_HEADS or (h in ("road", "highway") and "-" not in surface):
                # ("the Syunik road" runs through Syunik; "the Kupwara-Tangdhar road" is named)
                self._new(ps, pe, "Location")
                return
            determined = re.search(r"(?:\b[Tt]he|['’]s)\s+(?:[a-z]+\s+){0,2}$", before)
            if h in _GROUP_HEADS and determined:
                self._new(ps, pe, "Group")
                return
            if h in _FEATURE_HEADS and (_FEATURE_HEADS[h] == "Location" or determined):
                self._new(ps, pe + head.end(), _FEATURE_HEADS[h])
                return
        if typ is not None:
            if len(tokens) >= 2:
                self._new(ps, pe, typ)
            return
        if len(tokens) >= 2 and tokens[0] in _SHIP_PREFIXES and all(_name_like(t) for t in tokens[1:]):
            self._new(ps, pe, "Organization")     # "HMAS Toowoomba", "BRP Sierra Madre"
            return
        desc = _DESCRIPTOR_BEFORE.search(before)
        if desc and len(tokens) <= 4 and (all(_name_like(t) for t in tokens)
                                          or (len(tokens) == 1 and tokens[0].isupper())):
            # "the state news agency BelTA", "its intelligence service, the BIA,"
            self._new(ps, pe, _descriptor_type(desc.group(1)))
            return
        desc = _EXAMPLE_OF_BEFORE.search(before)
        if desc and len(tokens) <= 4 and all(_name_like(t) for t in tokens):
            noun = _DESC_PLURAL[desc.group(1)]
            self._new(ps, pe, _descriptor_type(noun, desc.group(0)))
            return
        desc = _DESCRIBED_AFTER.match(after)
        if desc and len(tokens) <= 4 and _name_like(tokens[0]) and \
                all(_name_like(t) or (t[:1].isupper() and t.lower() not in _ROLE) for t in tokens) and \
                (not _APPOSITION_AFTER.match(after) or _DESC_BOUNDARY.match(after, desc.end())):
            # "Vectus Global, a private security company", "Assab, the Eritrean port"
            self._new(ps, pe, _descriptor_type(desc.group(1), desc.group(0)))
            return
        if not all(_name_like(t) or (0 < j < len(tokens) - 1 and t in _CONNECTORS)
                   or (j == len(tokens) - 1 and j > 0 and t in _SURNAME_ROLES)
                   for j, t in enumerate(tokens)) or len(tokens) > 4:
            return
        prev = _last_word(before)
        if len(tokens) <= 3 and _PLACE_OF_BEFORE.search(before):
            self._new(ps, pe, "Location")   # "the mining town of Gwoza, a spokesman said"
            return
        sentence_initial = not before.strip() or before.rstrip().endswith(("\"", "“"))
        # "... by Sarah Leah Whitson and Omar Shakir": the next member of a list of persons
        coord = re.search(r"(?:,\s+|,?\s+and\s+)$", before)
        after_person = bool(coord) and any(
            c.end == ps - len(coord.group()) and self._type(c.key) == "Person" for c in self.cands)
        person = (
            after_person
            or (_AGE_AFTER.match(after) and len(tokens) >= 2)
            or (len(tokens) == 1 and _ROLE_APPOSITION.match(after) and not sentence_initial
                and _SPEECH_BEFORE.search(before) is None and not self.cat.lookup(surface))
            or (len(tokens) == 1 and sentence_initial and _ROLE_APPOSITION.match(after)
                and not self.cat.lookup(surface) and not self.cat.country_by_demonym(surface))
            or prev in _ROLE
            or (len(tokens) >= 3 and any(t in ("bin", "ibn", "bint") for t in tokens[1:-1]))
            or (_SPEECH_BEFORE.search(before) and len(tokens) >= 2)
            or (_SPEECH_AFTER.match(after) and len(tokens) >= 2)
            or (_APPOSITION_AFTER.match(after) and len(tokens) >= 2)
            or (_KIN_APPOSITION.match(after) and len(tokens) >= 2)
            or (_POSSESSIVE_SPEECH.match(after) and len(tokens) >= 2)
            or (re.search(r"\w['’]s\s*$", before) and len(tokens) >= 2 and not sentence_initial)
            or (_PERSON_LIST_BEFORE.search(before) and len(tokens) >= 2)
        )
        nick = _NICKNAME_AFTER.match(after)
        if (person or nick) and len(tokens) >= 2:
            key = self._person(ps, pe)
            if key and nick:     # 'Johnson André, known as "Izo."': the nickname is an alias
                self.cands.append(_Cand(pe + nick.start(1), pe + nick.end(1), key, "name", 1))
            return
        if person:
            self._person(ps, pe)
            return
        if len(tokens) <= 3 and (_WHERE_AFTER.match(after) or _PLACE_PASSIVE.match(after)
                                 or _ATTACKED_BEFORE.search(before)):
            # "Kyaukphyu, where China is building a port", "Hpapun was bombed eleven times",
            # "fired at Khotin"
            self._new(ps, pe, "Location")
            return
        if after.startswith(("-based", "–based")) and len(tokens) <= 3:
            self._new(ps, pe, "Location")
            return
        if self._in_place_list(sent, ps, pe, before, after):
            self._new(ps, pe, "Location")
            return
        if 2 <= len(tokens) <= 3 and not sentence_initial and all(_name_like(t) for t in tokens) \
                and prev not in _BARE_PLACE_PREPS and not _COORD_PLACE_BEFORE.search(before) \
                and not any(self.cat.lookup(t) or self.cat.country_by_demonym(t) for t in tokens) \
                and not re.match(r"\s*(?:,\s*)?(?:[A-Z]|-)", after) \
                and not any(t.lower() in _NOT_PERSON_WORDS for t in tokens) \
                and not any(self._type(k) != "Person" and (n == surface or n.endswith(" " + surface))
                            for k, n in self.names.items()):     # "BRP Sierra Madre"
            # an uncued two- or three-word name inside a sentence ("a faction under Stephen Par
            # Kuol"): bodies carry a cue word and places are catalogued, so most are people
            self._person(ps, pe)
            return
        if len(tokens) <= 3:
            located = prev in _BARE_PLACE_PREPS or bool(_COORD_PLACE_BEFORE.search(before)) or \
                before.lower().endswith(" out of ") or (
                prev in _DIRECTION_ADJ and _last_word(before[:before.lower().rindex(prev)])
                in _BARE_PLACE_PREPS)
            placey = (len(tokens) <= 2 and located and not sentence_initial
                      and not re.match(r"\s*(?:['’]s\b|[A-Z])", after)
                      and not any(t.lower().strip(".,") in _NOT_PLACES for t in tokens))
            self.loose.append((ps, pe, "place" if placey else (
                "list" if self._in_any_list(ps, pe) else "")))

    def _person_of_body(self, head: str) -> bool:
        """"Hanneke van Dijk of the Greens", "Selin Aydin of the Istanbul-based Centre": two or
        three name words, none a cue, title or catalogued name, then "of": a person and the body
        they belong to (a body or place names itself with a cue: "Gulf of Aden", "Bank of")."""
        words = head.split()
        return 2 <= len(words) <= 3 and words[0][0].isupper() and words[-1][0].isupper() \
            and all(_name_like(w) or w in _CONNECTORS for w in words) \
            and _type_by_cue(words) is None and _type_by_last(words) is None \
            and words[0] not in _PREFIX_CUES and not self.cat.lookup(head) \
            and not any(w.lower() in _NOT_PERSON_WORDS for w in words) \
            and not any(self.cat.country_by_demonym(w) or any(e.type != "Location" for e in self.cat.lookup(w))
                        for w in words if w not in _CONNECTORS)    # (surnames may be towns: Aydin, Van)

    def _in_any_list(self, ps, pe):
        return False

    def _in_place_list(self, sent, ps, pe, before, after) -> bool:
        """Evidence that a name is a place: a list after a place noun, or 'in A, B and C'."""
        text = self.text
        # walk left over the list "A, B, and " to what introduces it
        seg = text[sent.start:ps]
        m = re.search(r"((?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+(?:and\s+|or\s+)?)*)$", seg)
        intro_end = m.start(1) if m else len(seg)
        intro = seg[:intro_end].rstrip(" —–-:,")
        last = _last_word(intro)
        list_items = seg[intro_end:]
        in_list = bool(list_items.strip()) or bool(re.match(r",?\s+(?:and|or)\s+[A-Z]|,\s*[A-Z]", after))
        if last in _PLACE_NOUNS or re.search(r"\b(?:" + "|".join(_PLACE_NOUNS) + r")\s+(?:of|at|in|such as|like|including|—|–|-|:)\s*$", seg[:intro_end].rstrip()):
            if seg[:intro_end].rstrip().endswith(("—", "–", ":")) or last in ("of", "at", "in", "like", "including", "as") or last in _PLACE_NOUNS:
                return True
        # "to A and B, provinces bordering ..."
        if re.match(r"(?:,?\s+(?:and|or)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,\s+(?:the\s+|two\s+|"
                    r"both\s+)?(?:[a-z-]+\s+){0,2}?(?:" + "|".join(_PLACE_NOUNS) + r")\b", after):
            return True
        # "in A, B, and C": a list of 3+ capitalised names after a locative preposition
        if last in _PLACE_PREPS and in_list:
            n_items = len(re.findall(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", list_items)) + 1
            follow = _LIST_TAIL.match(after)
            if follow:
                n_items += len(re.findall(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", follow.group()))
            if n_items >= 3:
                return True
        return False

    def _person(self, start, end):
        surface = self.text[start:end]
        hits = [e for e in self.cat.lookup(surface) if e.type == "Person"]
        if hits:
            self.cands.append(_Cand(start, end, ("cat", hits[0].id), "name", 2))
            return ("cat", hits[0].id)
        if any(e.type != "Person" for e in self.cat.lookup(surface)):
            return None
        key = ("new", "Person", normalize(surface))
        self.types[key] = "Person"
        self.names.setdefault(key, surface)
        self.cands.append(_Cand(start, end, key, "name", 1))
        return key

    def _new(self, start, end, typ):
        surface = self.text[start:end]
        entries = self.cat.lookup(surface)
        if typ == "Location" and len(entries) > 1:
            owner = self._possessor_country(self.text[max(0, start - 40):start])
            entries.sort(key=lambda e: e.country != owner)
        for e in entries:
            if e.type == typ or typ == "Organization":
                self.cands.append(_Cand(start, end, ("cat", e.id), "name", 2))
                return
        key = ("new", typ, normalize(surface).replace(".", ""))
        self.types[key] = typ
        self.names.setdefault(key, surface)
        self.cands.append(_Cand(start, end, key, "name", 1))

    # ---- 3. resolution
    def _resolve(self):
        text = self.text
        # overlapping spans: longest wins, then priority; a catalog name ending where a longer
        # discovered modifier phrase ends beats it ("US Federal Bureau of Investigation")
        chosen: list[_Cand] = []
        spans: list[tuple[int, int]] = []     # the chosen spans, sorted; they never overlap, so
        for c in sorted(self.cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
            # of those that start before c ends, the last one reaches furthest
            k = bisect_left(spans, (c.end,)) - 1
            if k < 0 or spans[k][1] <= c.start:
                chosen.append(c)
                insort(spans, (c.start, c.end))
        # head-final rule
        final = []
        for c in chosen:
            if c.key[0] == "new" and c.priority < 3:
                inner = [o for o in self.cands if o.key[0] == "cat" and o.end == c.end
                         and o.start > c.start and o.kind == "name"]
                if inner:
                    o = max(inner, key=lambda o: o.end - o.start)
                    if self._head_may_end(text[c.start:o.start], text[o.start:o.end]):
                        final.append(o)
                        continue
            final.append(c)
        chosen = sorted(final, key=lambda c: c.start)
        # persons: merge subsets ("Atta Noor" -> "Atta Mohammad Noor"), catalog persons included
        parent: dict[tuple, tuple] = {}

        def find(k):
            while parent.get(k, k) != k:
                k = parent[k]
            return k

        def union(a, b):     # b joins a
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        for a, b in self.links:
            union(a, b)
        person_keys = {}
        for c in chosen:
            if self._type(c.key) == "Person":
                person_keys.setdefault(c.key, text[c.start:c.end])
        full = {k: _person_tokens(s) for k, s in person_keys.items()}
        by_len = sorted(full, key=lambda k: -len(full[k]))
        for k in by_len:
            toks = full[k]
            if not toks:
                continue
            if len(toks) < 2:
                # "Mr. Ali" after "Jamal Hassan Ali": the surname of exactly one person
                supers = [o for o in by_len if len(full[o]) >= 2 and full[o][-1] == toks[0]]
            else:
                # "Atta Noor" = "Atta Mohammad Noor"; "Abdullahi Nur" = "Abdullahi Nur Farah"
                supers = [o for o in by_len if o != k and len(full[o]) > len(toks) and (
                    (full[o][-1] == toks[-1] and full[o][0] == toks[0] and set(toks) <= set(full[o]))
                    or (len(full[o]) >= 3 and full[o][:len(toks)] == toks)
                    or (len(full[o]) >= 3 and full[o][-len(toks):] == toks))]     # "Par Kuol"
            if supers and len({find(o) for o in supers}) == 1:
                union(find(supers[0]), k)
        # lone words: a surname of exactly one person, or the head of one facility
        for ps, pe, why in self.loose:
            word = _norm_token(text[ps:pe])
            if " " in word or _person_tokens(word) != [word]:
                same = {find(k) for k in self.types if k[1] in ("Group", "Organization")
                        and _norm_token(self.names[k]) == word}
                if len(same) == 1:
                    # "sanctioned Lobaye Invest" after "firms such as Lobaye Invest"
                    chosen.append(_Cand(ps, pe, same.pop(), "name", 1))
                    continue
                toks = _person_tokens(word)
                owners = {find(k) for k, full_toks in full.items() if len(full_toks) >= len(toks)
                          and full_toks[0] == toks[0] and full_toks[-1] == toks[-1]
                          and set(toks) <= set(full_toks)}
                if len(toks) == 1:
                    owners = {find(k) for k, full_toks in full.items()
                              if len(full_toks) >= 2 and full_toks[-1] == toks[0]}
                elif toks[0] in _CONNECTORS and not owners:
                    # "De Mistura met ..." opening a sentence: the surname with its particle
                    owners = {find(k) for k, full_toks in full.items()
                              if len(full_toks) > len(toks) and full_toks[-len(toks):] == toks}
                if len(owners) == 1:
                    chosen.append(_Cand(ps, pe, owners.pop(), "name", 1))
                elif why == "place":
                    chosen.append(self._bare_place(ps, pe))
                continue
            same = {find(k) for k in self.types if k[1] in ("Group", "Organization", "Location")
                    and _norm_token(self.names[k]) == word}
            if len(same) == 1:      # "Sumud is headed by ..." after "the Sumud coalition"
                chosen.append(_Cand(ps, pe, same.pop(), "name", 1))
                continue
            owners = {find(k) for k, toks in full.items() if len(toks) >= 2 and toks[-1] == word}
            if len(owners) == 1:
                chosen.append(_Cand(ps, pe, owners.pop(), "name", 1))
                continue
            named = [e for e in self.cat.persons_by_surname(word)
                     if any(" " in n and n in text for n in (e.name, *e.aliases))]
            if len(named) == 1:
                # "Kiir" after "President Salva Kiir's government", where the full name was read
                # as the state: the catalogued person the article names in full
                chosen.append(_Cand(ps, pe, ("cat", named[0].id), "name", 1))
                continue
            heads = {find(k) for k in self.types if k[1] == "Location" and
                     _norm_token(self.names[k].split()[0]) == word and len(self.names[k].split()) >= 2
                     and self.names[k].split()[-1] in ("Base", "Airbase", "Airport", "Camp", "Valley",
                                                        "Pass", "Crossing", "Airfield")}
            if len(heads) == 1:
                chosen.append(_Cand(ps, pe, heads.pop(), "name", 1))
            elif why == "place" and not any(toks[-1] == word or word in toks for toks in full.values()):
                # "massacred civilians in Axum": an unknown name after a locative preposition
                chosen.append(self._bare_place(ps, pe))
        # a body named by the start of a longer name the article uses: "the UN Support Mission"
        # after "the UN Support Mission in Libya (UNSMIL)"
        bodies: dict[tuple, set] = defaultdict(set)
        for c in chosen:
            if self._type(c.key) in ("Organization", "Group"):
                bodies[tuple(_norm_token(t) for t in text[c.start:c.end].split())].add(find(c.key))
        for toks, keys in bodies.items():
            if len(toks) < 2 or len(keys) != 1 or next(iter(keys))[0] != "new":
                continue
            longer = {k for o, ks in bodies.items() if len(o) > len(toks) and o[:len(toks)] == toks
                      and o[len(toks)] in ("in", "for", "of", "to", "on") for k in ks} - keys
            if len(longer) == 1:
                union(next(iter(longer)), next(iter(keys)))
        # a place and "<place> region/province/district": one place ("Kursk" = "the Kursk region",
        # "Syunik" = "Syunik province", "MAE SOT" = "the Mae Sot district")
        places = defaultdict(set)
        for c in chosen:
            if self._type(c.key) == "Location":
                places[_norm_token(text[c.start:c.end])].add(find(c.key))
        for surface, keys in list(places.items()):
            m = _PLACE_UNIT.match(surface)
            if not m or len(keys) != 1:
                continue
            bases = places.get(m.group(1), set())
            if len(bases) == 1:
                union(next(iter(keys)), next(iter(bases)))
        # build entities
        groups: dict[tuple, list[_Cand]] = defaultdict(list)
        for c in chosen:
            groups[find(c.key)].append(c)
        entities, mentions = [], []
        for key, cs in groups.items():
            cs.sort(key=lambda c: c.start)
            aliases = []
            for c in cs:
                for a in (c.alias or text[c.start:c.end], c.also):
                    if a and a not in aliases:
                        aliases.append(a)
            if key[0] == "cat":
                e = self.cat.entries[key[1]]
                ent = Entity(id=e.id, name=e.name, type=e.type, aliases=tuple(aliases),
                             wikidata=e.wikidata, catalog=True)
            else:
                typ = self.types[key]
                names = [self.names.get(k) for k in self.types if find(k) == key and self.names.get(k)]
                name = max(names or [key[2]], key=lambda n: (len(n.split()), len(n)))
                if typ == "Person":
                    name = max((text[c.start:c.end] for c in cs), key=lambda n: (len(n.split()), len(n)))
                ent = Entity(id=stable_id(typ, normalize(name)), name=name, type=typ,
                             aliases=tuple(aliases))
            entities.append(ent)
            for c in cs:
                mentions.append(EntityMention(ent.id, text[c.start:c.end], c.start, c.end, c.kind))
        # two keys can collapse onto one id (discovered name equal to another's): merge
        merged: dict[str, Entity] = {}
        for ent in entities:
            if ent.id in merged:
                old = merged[ent.id]
                merged[ent.id] = Entity(old.id, old.name, old.type,
                                        tuple(dict.fromkeys(old.aliases + ent.aliases)),
                                        old.wikidata, old.catalog)
            else:
                merged[ent.id] = ent
        mentions.sort(key=lambda m: m.start)
        return list(merged.values()), mentions

    def _bare_place(self, ps, pe) -> _Cand:
        surface = self.text[ps:pe]
        key = ("new", "Location", normalize(surface))
        self.types[key] = "Location"
        self.names.setdefault(key, surface)
        return _Cand(ps, pe, key, "name", 1)

    def _type(self, key):
        if key[0] == "cat":
            return self.cat.entries[key[1]].type
        return self.types[key]


# --------------------------------------------------------------------------------------------
# "the Turkish president": the office holder the article introduced

# Offices a definite demonym phrase can name, each with the words that write it. "leader" names
# any head of state or government, or a person introduced only as the country's ("Uzbekistan's
# Shavkat Mirziyoyev").
OFFICES = {
    "president": r"president|head of state",
    "prime minister": r"prime minister|premier",
    "chancellor": r"chancellor",
    "monarch": r"king|queen|emir|sultan|monarch",
    "crown prince": r"crown prince",
    "supreme leader": r"supreme leader",
    "foreign minister": r"foreign minister|foreign secretary|secretary of state|top diplomat",
    "defence minister": r"defen[cs]e minister|defen[cs]e secretary|secretary of defen[cs]e",
}
HEAD_OFFICES = frozenset({"president", "prime minister", "chancellor", "monarch",
                          "supreme leader", None})
_OFFICE = re.compile(r"(?<![\w-])(?:(vice|deputy|former|ex)[- ]?)?(" + "|".join(
    OFFICES.values()) + r"|leader)(?![\w-])", re.I)
# the office words close a short phrase after the owner's "'s": "Kosovo's prime minister Albin
# Kurti", "Burkina Faso's leader, Captain Ibrahim Traoré", "Uzbekistan's Shavkat Mirziyoyev"
_OWNED_OFFICE = re.compile(r"^['’]s\s+((?:[\w-]+\s+){0,3}?)(?:,\s*)?(?:(?:General|Gen\.|"
                           r"Captain|Colonel|Field Marshal|Marshal|Sheikh|Dr\.?|Mr\.?|Ms\.?)\s+)?$")
# ", Kosovo's prime minister," / ", the Turkish president," after a name
_OFFICE_AFTER = re.compile(r"^,\s+(?:the\s+)?$")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:new|interim|incumbent|current|outgoing|"
                              r"acting|veteran)\s+)?$")


def _office(words: str) -> str | None:
    """The office family ``words`` name ("Prime Minister" -> "prime minister"), "leader" for
    the generic word, None when they name none or a deputy or former one."""
    m = _OFFICE.search(words)
    if not m or m.group(1):
        return None
    low = m.group(2).lower()
    for family, pattern in OFFICES.items():
        if re.fullmatch(pattern, low):
            return family
    return "leader"


def office_holders(text: str, entities: list[Entity], mentions: list[EntityMention],
                   catalog: Catalog) -> tuple[list[Entity], list[EntityMention]]:
    """Rebind "the Turkish president", "the British prime minister", "the Uzbek leader" (a
    demonym phrase after "the", no name following) to the person the article has already
    introduced in that office for that state, the most recently mentioned one; wire copy names a
    leader once and then calls them so. The evidence is the text ("Turkish President X",
    "Kosovo's prime minister X", "X, Mali's foreign minister,") or the catalog's note on a known
    person ("President of Turkey"). Unresolved phrases stay the state's; an entity left with no
    mention is dropped."""
    types = {e.id: e.type for e in entities}
    held: dict[tuple[str, str | None], str] = {}     # (state, office) -> person, last introduced
    last_seen: dict[str, int] = {}
    out: list[EntityMention] = []
    changed = False
    for k, m in enumerate(mentions):
        typ = types.get(m.entity_id)
        if typ == "Person":
            last_seen[m.entity_id] = k
            for state, office in _offices_of(text, mentions, k, types, catalog):
                held[(state, office)] = m.entity_id
        elif typ == "Country":
            end = m.end
            if m.kind == "demonym":
                phrase = m.surface
            else:
                # "the US president": a state's name used as a modifier
                after = _OFFICE.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
                end = after.end() if after else end
                phrase = text[m.end:end]
            office = _office(phrase)
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            prev = mentions[k - 1] if k else None
            if office and len(phrase.split()) <= 4 and _OFFICE.search(phrase).end() == len(phrase) \
                    and not re.match(r"\s+[A-Z]", text[end:end + 2]) \
                    and _DEFINITE_BEFORE.search(text[max(0, m.start - 30):m.start]) and not (
                    # a name in apposition names the person itself: "the Turkish president,
                    # Recep Tayyip Erdoğan," / "Erdoğan, the Turkish president,"
                    nxt is not None and types.get(nxt.entity_id) == "Person"
                    and re.fullmatch(r"[\s,]*", text[end:nxt.start])) and not (
                    prev is not None and types.get(prev.entity_id) == "Person"
                    and re.fullmatch(r",\s+the\s+", text[prev.end:m.start], re.I)):
                wanted = HEAD_OFFICES if office == "leader" else {office}
                holders = [p for (state, o), p in held.items()
                           if state == m.entity_id and o in wanted]
                if holders:
                    person = max(holders, key=lambda p: last_seen[p])
                    out.append(EntityMention(person, text[m.start:end], m.start, end,
                                             "description"))
                    changed = True
                    continue
        out.append(m)
    if not changed:
        return entities, mentions
    kept = {m.entity_id for m in out}
    return [e for e in entities if e.id in kept], out


def _offices_of(text: str, mentions: list[EntityMention], k: int, types: dict[str, str],
                catalog: Catalog) -> list[tuple[str, str | None]]:
    """(state, office) pairs the article or the catalog gives the person mentioned at ``k``."""
    m = mentions[k]
    out = []
    prev = mentions[k - 1] if k else None
    if prev is not None and types.get(prev.entity_id) == "Country":
        gap = text[prev.end:m.start]
        if prev.kind == "demonym" and re.fullmatch(r"[\s,]*", gap):
            # "Polish Prime Minister Donald Tusk", "the Turkish president, X,"
            office = _office(prev.surface)
            if office:
                out.append((prev.entity_id, office))
        elif len(gap) < 60 and (owned := _OWNED_OFFICE.match(gap)):
            office = _office(owned.group(1)) if owned.group(1).strip() else None
            if office or not owned.group(1).strip():
                out.append((prev.entity_id, office))
        elif re.fullmatch(r"\s+(?:[\w-]+\s+){1,3}", gap) and (office := _office(gap)):
            out.append((prev.entity_id, office))       # "US President Donald Trump"
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt is not None and types.get(nxt.entity_id) == "Country" and \
            _OFFICE_AFTER.match(text[m.end:nxt.start]):
        # "Abdoulaye Diop, Mali's foreign minister," / "X, the Turkish president,"
        if nxt.kind == "demonym":
            office = _office(nxt.surface)
        else:
            owned = re.match(r"['’]s\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*[,.]", text[nxt.end:nxt.end + 50])
            office = _office(owned.group(1)) if owned else None
        if office:
            out.append((nxt.entity_id, office))
    entry = catalog.entries.get(m.entity_id)
    if entry is not None and entry.country and entry.note:
        office = _office(" ".join(entry.note.split()[:4]))
        if office:
            out.append((entry.country, office))
    return out


# --------------------------------------------------------------------------------------------
# helpers

def _rank(ek, mentioned_countries):
    e, kind = ek
    category = e.category or ""
    return (kind in ("demonym", "demonym_plural"), e.ambiguous and e.country not in mentioned_countries,
            e.type == "Location" and e.country not in mentioned_countries,
            "capital" not in category, "city" not in category,
            {"Country": 0, "Group": 1, "Organization": 2, "Person": 3, "Location": 4}.get(e.type, 9),
            kind != "name")


# "Pakistan's ", "the Indian Army’s ": the possessor right before a name
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+$")


def _ends_possessive(before: str) -> bool:
    """Does ``before`` end in "'s" and white space, as _OWNER_BEFORE needs (a quick test first:
    the pattern is slow to fail)?"""
    return before[-1:].isspace() and before.rstrip().endswith(("'s", "’s"))


_PLACE_OF_BEFORE = re.compile(r"\b(?:town|towns|village|villages|city|district|province|region|"
                              r"county|municipality|neighbourhood|neighborhood|suburb|port|"
                              r"island|islands|settlement|camp|area)\s+of\s+$", re.I)


_ASCII_LETTERS = frozenset(string.ascii_letters)


def _last_word(s: str) -> str:
    r"""The last word of ``s`` when only non-word characters follow it, from its first ASCII
    letter on, lower-cased ("" if none): what ``([A-Za-z][\w-]*)\W*$`` finds, without that
    search's backtracking at every letter of ``s`` (``\w`` is ``isalnum()`` or "_")."""
    j = len(s)                  # s[j:] has no word character
    while j and not (s[j - 1].isalnum() or s[j - 1] == "_"):
        j -= 1
    b = j                       # s[b:j]: the word characters and hyphens before
    while b and (s[b - 1].isalnum() or s[b - 1] in "_-"):
        b -= 1
    p = next((k for k in range(b, j) if s[k] in _ASCII_LETTERS), None)
    if p is None:
        return ""
    q = j                       # hyphens right after the word are part of it
    while q < len(s) and s[q] == "-":
        q += 1
    return s[p:q].lower()


_PLACE_UNIT = re.compile(r"(.+?) (?:region|province|district|oblast|governorate|state|county|"
                         r"prefecture|municipality|department|area|township)$")
_LIST_TAIL = re.compile(r"(?:(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+")
_STATE_SUFFIX = re.compile(r",\s(?:[A-Z]\.){2}|,\s[A-Z]{2}\b(?![.-]\w)")
_GENERIC_MILITARY = re.compile(r"\s(?:forces|military|troops|armed forces|army)$|"
                               r"-led\s+(?:military\s+)?coalition$")
_COMMON_WORDS = _STOP | _LEADING | _DIRECTIONS
_FACILITY = re.compile(r"\s+(?:international\s+)?(?:airport|air\s+base|airbase|airfield|valley|"
                       r"desert|dam|(?:border\s+)?crossing|corridor)\b(?![-’'])")
_SEAT_BEFORE = re.compile(
    r"\b(?:officials?|leaders|authorities|government|junta|regime|rulers|policymakers|"
    r"policy-makers|decision-makers|"
    r"frustration|anger|alarm|concern|worry|unease|suspicion|irritation|optimism|"
    r"skepticism|scepticism|mood|thinking|consensus|view|feeling|feelings)\s+in\s+$", re.IGNORECASE)
_SEAT_AFTER = re.compile(
    r"^(?:\s*(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w’'-]*)*,\s+where\s+(?:\w+\s+){0,2}?"
    r"(?:officials|leaders|authorities|policymakers|policy-makers|decision-makers|generals)\b")


# A capital that is taken, struck or marched on is the city, not the government:
# "regained Khartoum", "march all the way to Kinshasa", "missile fire on Tel Aviv",
# "the capital, Bamako".
# "held Moscow responsible": the state is held to account, no city is held
_ANSWERABLE = re.compile(r"\s+(?:(?:fully|directly|solely|partly)\s+)?(?:responsible|accountable|"
                         r"liable|culpable)\b")
_TAKEN_PLACE = re.compile(
    r"(?:\b(?:seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|(?:re)?gain(?:ed|s|ing)?|retak(?:e|es|en|ing)|"
    r"retook|recaptur(?:e|ed|es|ing)|besieg(?:e|ed|es|ing)|shell(?:ed|s|ing)?|bomb(?:ed|s|ing)?|"
    r"bombard(?:ed|s|ing)?|storm(?:ed|s|ing)?|overr(?:an|un|uns|unning)|encircl(?:e|ed|es|ing)|"
    r"enter(?:ed|s|ing)?|hold(?:s|ing)?|held|defend(?:s|ed|ing)?|fell\s+to|fall\s+of|siege\s+of|battle\s+(?:for|of)|"
    r"(?:march(?:ed|es|ing)?|advanc(?:e|ed|es|ing)|push(?:ed|es|ing)?|mov(?:e|ed|es|ing)|"
    r"closing\s+in)\s+(?:(?:all\s+the\s+way\s+)?(?:on|to|toward|towards))|"
    r"(?:fire|attacks?|strikes?|missiles?|rockets?|drones?|shells?|offensive|assault|raids?)"
    r"\s+(?:on|at|against|toward|towards))|"
    r"\b(?:capital|city|town))\s*,?\s*(?:the\s+(?:capital|city)\s*,?\s*(?:of\s+)?)?$",
    re.IGNORECASE)


# A capital someone travels or is sent to is the city: "visited Beijing", "a trip to Kyiv",
# "sent its envoy X to both Tripoli and Benghazi", "reported from Port-au-Prince".
_VISITED = re.compile(
    r"(?:\b(?:visit(?:ed|s|ing)?|toured|tour\s+of)\s+|"
    r"\b(?:trip|visit|visits|journey|travel(?:l?ed|l?ing|s)?|flew|fl(?:y|ies|ying)|went|go(?:es|ing)?|"
    r"arriv(?:e|ed|es|ing)|return(?:ed|s|ing)?|relocat(?:e|ed|es|ing)|evacuated|fled|"
    r"(?:sent|send(?:s|ing)?|dispatch(?:ed|es|ing)?)\s+(?:[\w’'.-]+\s+){0,5}?"
    r"(?:envoy|envoys|troops|forces|soldiers|delegation|mission|team|emissary|reinforcements)"
    r"(?:\s+[A-Z][\w’'.-]+){0,3})\s+(?:back\s+)?to\s+(?:both\s+)?|"
    r"\breport(?:ed|ing|s)?\s+from\s+)$", re.IGNORECASE)
# "the Brussels meeting", "the Doha track", "the Pretoria agreement": an event named after the
# city where it happened
_EVENT_AFTER = re.compile(r"\s+(?:meeting|meetings|talks|summit|track|process|agreement|accord|"
                          r"accords|conference|format|declaration|negotiations|round|forum|"
                          r"communiqu[eé]|protocol|framework)\b")
# after an all-caps name opening a paragraph: "MAE SOT, Thailand -", "GOMA, Feb 18 (AFP) -"
_DATELINE_PLACE = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+[—–-]\s|"
                             r",\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\s+\([A-Z][\w .-]*\)\s+[—–-]\s)")
_DATELINE_AGENCY = re.compile(r"[A-Z][A-Z .'’-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?"
                              r"\(([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\)\s+[—–-]\s")
_NUMBERED_UNIT = re.compile(
    r"(?<![\w.,])\d{1,4}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+){0,3}?(?:Brigade|Brigades|Corps|Division|"
    r"Battalion|Regiment|Army|Fleet|Squadron|Wing|Base|Air\s+Base|Military\s+Base)\b"
    r"|(?<![\w.,])\d{1,4}(?:st|nd|rd|th)\s+(?:Front|Column)\b"     # "the 33rd Front" (a guerrilla's)
    r"|(?:(?<=['’]s\s)|(?<=\bits\s)|(?<=\bthe\s)|(?<=\btheir\s))\d{1,4}(?:st|nd|rd|th)\s+"
    r"(?:military|air|naval)\s+base\b")
_DIGIT = re.compile(r"\d")
_NUMBERED_GANG = re.compile(r"(?<=\bthe\s)(\d{1,4}\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
                            r"(?:gang|militia|cartel)\b")
_SHIP_PREFIXES = frozenset("HMAS HMS USS USNS BRP INS HMCS HMNZS ROKS PNS TCG KRI HNLMS HDMS ESPS "
                           "NRP RFS MV".split())
# surnames that are also titles: "Erik Prince", "Mehbooba Mufti"
_SURNAME_ROLES = frozenset("Prince King Mufti Bishop Judge".split())
_DIRECTION_ADJ = frozenset("""northern southern eastern western central north-eastern
north-western south-eastern south-western northeastern northwestern southeastern southwestern
upper lower coastal""".split())
# the second and later members of a coordination after a locative: "around al-Shaddadi and
# Rmeilan", "in Misrata and Zawiya", "near the Tishrin Dam and Deir Hafer"
# upper-case letters a name may start with, Latin-1 and Latin Extended-A included ("Šalčininkai")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# a plural place noun after two coordinated names: "the A and B crossings / districts"
_PLURAL_PLACE_HEADS = (r"(?:crossings|districts|provinces|regions|counties|airports|airbases|bases|"
                       r"camps|valleys|dams|oilfields|border crossings)")
_PLURAL_PLACE_HEAD = re.compile(r"\s+" + _PLURAL_PLACE_HEADS + r"\b")
_PLURAL_PLACES_AFTER = re.compile(rf"\s+and\s+[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,2}}\s+"
                                  + _PLURAL_PLACE_HEADS + r"\b")
_FIRST_OF_PAIR_BEFORE = re.compile(rf"\b[Tt]he\s+[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,2}}"
                                   r"\s+and\s+$")
_COORD_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|around|outside|inside|across|throughout|toward|towards)|"
    r"\b(?:fired|firing|shot|shooting)\s+(?:at|on|into)|\b(?:shelled|bombed))\s+(?:the\s+)?"
    rf"(?:al-)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}}"
    rf"(?:,\s+(?:al-)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})*,?\s+(?:and|or)\s+$")
_WHERE_AFTER = re.compile(r",\s+where\s+(?![A-Z][a-z]+\s+(?:was|is)\s+born)")
_PLACE_PASSIVE = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:[a-z]+\s+)?"
                            r"(?:bombed|shelled|besieged|overrun|recaptured|retaken|bombarded|"
                            r"encircled|evacuated|razed|flattened)\b")
_ATTACKED_BEFORE = re.compile(r"\b(?:fired|firing|fire|shot|shooting|aimed)\s+(?:at|on|into)\s+$|"
                              r"\b(?:shelled|shelling|bombed|bombing|bombarded|bombarding)\s+$")
_NICKNAME_AFTER = re.compile(r",?\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+[\"“]"
                             r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})[.,]?[\"”]")
# a descriptive noun before a name: "the state news agency BelTA", "its intelligence service,
# the BIA", "the think tank Chatham House", "the militia Kataib X"
_DESCRIPTOR_NOUNS = {
    "news agency": "Organization", "agency": "Organization", "broadcaster": "Organization",
    "newspaper": "Organization", "think tank": "Organization", "think-tank": "Organization",
    "consultancy": "Organization", "intelligence service": "Organization",
    "security service": "Organization", "security company": "Organization",
    "security firm": "Organization", "contractor": "Organization", "charity": "Organization",
    "company": "Organization", "firm": "Organization", "outlet": "Organization",
    "bank": "Organization", "subsidiary": "Organization", "conglomerate": "Organization",
    "lender": "Organization", "utility": "Organization", "airline": "Organization",
    "manufacturer": "Organization", "insurer": "Organization", "exporter": "Organization",
    "militia": "Group", "rebel group": "Group", "armed group": "Group", "gang": "Group",
    "cartel": "Group", "party": "Group", "faction": "Group", "coalition": "Group",
    "splinter group": "Group", "movement": "Group", "rights group": "Organization",
    "advocacy group": "Organization", "monitoring group": "Organization",
    "organisation": "Organization", "organization": "Organization", "NGO": "Organization",
    "watchdog": "Organization", "monitor": "Organization", "group": "Organization",
    "port": "Location", "town": "Location", "city": "Location", "village": "Location",
    "compound": "Location", "camp": "Location", "district": "Location", "region": "Location",
    "island": "Location", "river": "Location", "airfield": "Location", "airfields": "Location",
    "airbase": "Location", "airport": "Location", "neighbourhood": "Location",
    "neighborhood": "Location", "suburb": "Location", "township": "Location",
    "exclave": "Location", "enclave": "Location", "oasis": "Location", "border town": "Location",
    "base": "Location", "bases": "Location", "capital": "Location", "province": "Location",
}
_DESC_ALT = "|".join(sorted((re.escape(n) for n in _DESCRIPTOR_NOUNS), key=len, reverse=True))
_DESCRIPTOR_BEFORE = re.compile(rf"\b({_DESC_ALT})(?:,\s+the)?\s+$")
# "Wagner-linked firms such as Lobaye Invest", "militias including the X": a named example
_DESC_PLURAL = {"companies": "company", "militias": "militia", "gangs": "gang", "cartels": "cartel",
                "parties": "party", "factions": "faction", "firms": "firm", "banks": "bank",
                "contractors": "contractor", "charities": "charity", "outlets": "outlet",
                "movements": "movement", "rebel groups": "rebel group",
                "armed groups": "armed group"}
_EXAMPLE_OF_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_DESC_PLURAL, key=len, reverse=True)) +
    r")(?:\s+such\s+as|,?\s+including|\s+like)(?:\s+the)?\s+$")
_DESCRIBED_AFTER = re.compile(
    r"(?:(?:,\s+|,?\s+and\s+)(?:al-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=,|\s+and\b))*"
    rf",\s+(?:a|an|the|two|three|four|both|the\s+two|the\s+three|its|their|[A-Z][\w’'-]*['’]s)"
    rf"\s+(?:[\w-]+\s+){{0,3}}?({_DESC_ALT})"
    r"(?![\w’'-])")
_ARMED_MODIFIERS = frozenset("armed rebel militant jihadist splinter insurgent paramilitary "
                             "separatist extremist terrorist guerrilla criminal".split())


# what may follow the descriptive noun of an apposition: "a rights group that tracks abuses",
# "the Eritrean port 60 km away" (not "a company director", "a group leader")
_DESC_BOUNDARY = re.compile(r"\s*(?:[,.;:)—–]|$|\d|(?:that|which|who|whose|based|founded|run|led|"
                            r"backed|linked|allied|loyal|in|of|for|with|near|on|at|from|and|or|to|"
                            r"close|set|created|formed|known|operating|controlled|accused)\b)")


def _descriptor_type(noun: str, phrase: str = "") -> str:
    if noun == "group":
        return "Group" if any(w in _ARMED_MODIFIERS for w in phrase.lower().split()) \
            else "Organization"
    typ = _DESCRIPTOR_NOUNS[noun]
    if noun == "company" and "security" not in phrase and "military" not in phrase:
        return "Organization"
    return typ


# "Doha is not a venue for peace", "the city has become a hub": said of the city as a place
_PLACE_PREDICATE = re.compile(r"\s+(?:is|was|remains|has\s+become|became)\s+(?:not\s+|no\s+longer\s+)?"
                              r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:venue|place|city|hub|haven|home|"
                              r"destination|host|base|magnet|backdrop)\b")
# "BAKU, April 14 (Reuters) -", "KYIV (AP) -": a dateline names where the report was filed
_DATELINE = re.compile(r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*(?:\(|[—–]|-\s)")


# "rebels of the X (ACR)", "the armed group X (ACR)": a long form named as an armed group
_ARMED_BEFORE = re.compile(r"\b(?:rebels?|fighters|militants|insurgents|insurgency|militias?|"
                           r"armed\s+groups?|rebel\s+groups?|jihadists|guerrillas?)\s+(?:of\s+)?"
                           r"(?:the\s+)?$", re.IGNORECASE)


_ADMINISTRATION = re.compile(r"(?:['’]s)?\s+(?:administration|government|White House)\b")
_BARE_PLACE_PREPS = frozenset("in near outside around inside across throughout toward towards "
                              "into".split())
# capitalised words that follow "in" without naming a place
_NOT_PLACES = frozenset("""english arabic french spanish russian chinese persian farsi urdu pashto
dari hindi hebrew turkish swahili amharic german portuguese islam christianity judaism hinduism
buddhism ramadan eid christmas easter congress parliament senate twitter facebook telegram youtube
whatsapp instagram tiktok x god allah office power court government cabinet march may june
july august april""".split())


def _facility_follows(after: str):
    return _FACILITY.match(after)




# a lower-case noun after a capitalised name that makes it the name of a thing, not of an actor
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|initiative|scheme|project|doctrine)s?\b")


def _names_a_thing(text: str, end: int, limit: int) -> bool:
    """Is a place name followed by capitalised words that make another name without a cue
    ("Doha Agreement")? Cue-headed names ("Kabul University") are left to discovery."""
    m = re.match(r" ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)", text[end:min(limit, end + 60)])
    if not m:
        return False
    words = m.group(1).split()
    if words[0].lower() in _LEADING or words[0].lower() in _ROLE:
        return False
    return _type_by_cue(words) is None


# generic references to the state an article is about (entities._home_state_references)
_HOME_STATE = re.compile(
    r"(?:\b[Tt]he\s+|\b)((?:[Ff]ederal|[Cc]entral)\s+(?:government|army|forces|troops|authorities|military)"
    r"|(?<=[Tt]he\s)government(?!\s+(?:of|in)\b)(?!['’]s\s+(?:opponents|critics|enemies))"
    r"|(?<![\w-])junta(?!\s+(?:of|in)\b)"
    r"|[Gg]overnment\s+(?:forces|troops|soldiers|army|drone\s+strikes?|air\s*strikes?|"
    r"airstrikes?|offensive|troops))\b")
_DIRECTION_BEFORE = re.compile(r"(?<![\w’'.-])(?:Upper|Lower|Middle|Greater|Inner|Outer|Northern|"
                               r"Southern|Eastern|Western|Central|North|South|East|West) $")
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-zà-ÿ]+(?:['’][a-z]+)?)"
                          r"(?: (?:de|da|dos|das|del|della|di|du|van|von|der|den|bin|ibn))? $")


def _opens_sentence(text: str, start: int, sent_start: int) -> bool:
    """Is the word before ``start`` the first of its sentence ("Take Brazil.")?"""
    return not text[sent_start:start].strip(" \"“‘'(").rstrip().count(" ")


def _name_word_before(text: str, start: int, sent_start: int) -> bool:
    """Does a capitalised word that is no function word, role or direction stand right before
    ``start`` (one space, no punctuation)? Then a one-word place match there is the last word
    of a longer name: a person's surname, a feature's second word."""
    m = _NAME_BEFORE.search(text[max(sent_start, start - 30):start])
    if not m:
        return False
    low = m.group(1).lower()
    if low.endswith(("'s", "’s")):
        return False        # a possessor: "Mr Putin's Russia" names Russia
    return low not in _COMMON_WORDS and low not in _ROLE and low not in _TITLE_WORDS and \
        low not in _NOT_PLACES


def _place_follows(after: str) -> bool:
    return bool(re.match(r"(?:\s+(?:airport|city|province|residents|streets|suburbs|"
                         r"neighbourhood|neighborhood)\b|,\s+where\b|['’]s\s+(?:streets|"
                         r"airport|outskirts|suburbs|residents|neighbourhoods|neighborhoods))", after))


def _state_context(text: str, e) -> bool:
    """Does the article name the state another way (its demonym, people or capital)? Then a
    sentence-initial "Chad sent troops" or "Georgia accused Russia" is the state, not a name."""
    return any(re.search(r"\b" + re.escape(w) + r"\b", text)
               for w in (*e.demonyms, *e.demonym_plurals, *e.metonyms))


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+[A-Z][a-z]+", text[end:end + 30])
    return bool(before or after)


@lru_cache(maxsize=1)
def _backed_after() -> re.Pattern:
    """"-backed", "-funded", "-aligned" ...: the cooperative compounds of the claim lexicon,
    after which a demonym names the backer ("Iranian-backed Houthis")."""
    words = sorted(w for w, rel in load_lexicon().compounds.items()
                   if rel in ("SUPPORTS", "ALLIED_WITH"))
    return re.compile(r"[-–]\s*(?:" + "|".join(map(re.escape, words)) + r")\b")


# one or two given names right before a family name: "Hunter ", "Saif al-Islam ", "Maryam Nawaz "
_GIVEN_NAMES_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:\s+(?:al-|el-)?[A-Z][a-z]+)?)\s+(?:al-|el-)?$")
# capitalised words before a name that are no given names: "On Monday Biden said", "Then Putin"
_NOT_GIVEN = _COMMON_WORDS | {"late", "young", "elder"}
_HONORIFICS = frozenset("u daw ko haji hajji sayyid sayed sir dame".split()) | _ROLE


def _person_tokens(surface: str) -> list[str]:
    """The name words of a person as compared for joining: case and accents folded, particles
    dropped ("al-Kikli" = "Kikli", "Bashar al Assad" = "Bashar Assad"), a leading honorific
    dropped while two words remain ("Ko Aung Myo" = "Aung Myo", "Mr. Ali" = "Ali")."""
    toks = []
    for t in surface.split():
        t = _norm_token(t.strip(".,"))
        t = re.sub(r"^" + _PARTICLE, "", t)
        if t and t not in ("al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul", "ud"):
            toks.append(t)
    while len(toks) > 1 and toks[0].strip(".") in _HONORIFICS and (len(toks) > 2 or toks[0] in (
            "mr", "mrs", "ms", "dr", "sheikh", "gen", "general", "president", "minister")):
        toks = toks[1:]
    return toks


def _name_like(tok: str) -> bool:
    bare = re.sub(r"^" + _PARTICLE, "", tok.strip(".,"))
    if not bare or not bare[0].isupper():
        return False
    if bare.lower() in _STOP or bare.lower() in _ROLE:
        return False
    if bare.isupper() and len(bare) > 1:
        return False
    return True


_PREFIX_CUES = {"Camp": "Location", "Fort": "Location", "Mount": "Location", "Lake": "Location",
                "Cape": "Location", "Radio": "Organization"}
_NON_ARMED_FORCE = frozenset("Air Task Space Police Naval Marine Expeditionary Peacekeeping "
                             "Standby Protection Stabilisation Stabilization".split())


def _type_by_cue(words: list[str]) -> str | None:
    typ = _type_by_last(words)
    if typ is not None or len(words) < 2:
        return typ
    # a head with its complement: "Institute for Defense Studies", "Association of Serb
    # Municipalities", "Ministry of Foreign Affairs"
    for j in range(len(words) - 2, -1, -1):
        if words[j + 1] in ("of", "for", "on") and words[j] not in ("Army", "Forces", "Force"):
            head = _type_by_last(words[:j + 1])
            if head is not None and words[j] not in _LOC_CUES:
                return head
    if words[0] in _PREFIX_CUES and words[1][:1].isupper():
        return _PREFIX_CUES[words[0]]
    if len(words) >= 3 and words[0] in _WATER_CUES and words[1] == "of":
        return "Location"        # "Gulf of California", "Bay of Bengal"
    if len(words) >= 4 and words[:3] == ["Government", "of", "National"]:
        return "Organization"    # "Government of National Stability / Salvation": a rival government
    return None


def _type_by_last(words: list[str]) -> str | None:
    if not words:
        return None
    last = words[-1].strip(".,")
    if last == "Force" and len(words) >= 2:
        return "Organization" if words[-2] in _NON_ARMED_FORCE else "Group"
    if last in _GROUP_CUES:
        return "Group"
    if last == "Army" or last == "Forces":
        return "Group" if any(w in _ARMED_GROUP_WORDS for w in words) else "Organization"
    if last in _ORG_CUES:
        if last == "Network" and not any(w in ("News", "Broadcasting", "Television") for w in words):
            return "Group"
        return "Organization"
    if last in _LOC_CUES:
        return "Location"
    if last == "State" and _federal_state(words[:-1]):
        return "Location"
    if len(words) >= 2 and words[-2] in ("Air",) and last == "Base":
        return "Location"
    return None


# words that make "<word> State" a kind of state, not a federal unit's name
_STATE_KINDS = frozenset("""Islamic Secretary Head Heads Member Nation Deep Free Police Welfare
Sovereign Jewish Union Independent Failed Rogue Client Buffer Garrison Church Security Home
Interior Foreign Successor Sponsor Party Caliphate Unitary Federal Nuclear Frontline Transit
Host Flag Coastal Arab Muslim Christian Sunni Shia Kurdish""".split())


def _federal_state(words: list[str]) -> bool:
    """"Borno State", "Cross River State", "Unity State": a federal unit named with "State"
    (not "the Islamic State", "a Palestinian State", "Secretary of State")."""
    return 1 <= len(words) <= 2 and words[0] not in _STATE_KINDS and all(
        w[:1].isupper() and w.isalpha() and not w.endswith(("ian", "ish", "ese", "ic"))
        for w in words)


def _lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two short sequences."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _spelled_acronym(acr: str) -> str:
    """The letters an acronym stands for, a leading count repeating the next one ("3R" is RRR)."""
    if len(acr) >= 2 and acr[0].isdigit() and acr[1].isalpha():
        return acr[1] * int(acr[0]) + acr[2:]
    return acr


def _translated_initials(words: list[str], acr: str) -> bool:
    """"FPRC (Popular Front for the Renaissance of Central Africa)": a long form translated from
    another language has the acronym's letters as initials, in another order."""
    letters = [c for c in acr if c.isalpha()]
    if len(letters) < 3 or sum(c.isupper() for c in letters) < len(letters) - 1:
        return False
    heads = [w[0].upper() for w in words if w[:1].isupper()]
    if not len(letters) - 1 <= len(heads) <= len(letters) + 2:
        return False
    return all(heads.count(c.upper()) >= letters.count(c) for c in set(letters))


def _initials_match(words: list[str], acr: str) -> bool:
    """Can the acronym be spelled by the words' initials (all-caps words give all letters)?"""
    target = [c.upper() for c in acr if c.isalpha()]

    def go(wi: int, ti: int) -> bool:
        if ti == len(target):
            return all(not w[:1].isupper() for w in words[wi:]) or wi == len(words)
        if wi == len(words):
            return False
        w = words[wi]
        optional = not w[:1].isupper() or w.lower() in ("of", "for", "and", "the", "in", "on")
        options = []
        if w.isupper() and len(w) > 1:
            options.append(len(w))
        options.append(1)
        for k in options:
            if [c.upper() for c in w[:k]] == target[ti:ti + k] and go(wi + 1, ti + k):
                return True
        if optional and go(wi + 1, ti):
            return True
        return False

    if not words or words[0][:1].upper() != target[0]:
        return False
    return go(0, 0)


# waters named after the land they wash: "Gulf of California", "Bay of Bengal"
_WATER_CUES = frozenset("Gulf Sea Bay Strait Straits".split())
_WATER_OF_BEFORE = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(_WATER_CUES)) + r") of $")
# institutions named after the place they stand in
_SEATED_CUES = frozenset("University College Institute Academy School Museum Hospital Library".split())


# how the text before a name ends for one of _longer_name_before's patterns to match
_LONGER_NAME_TAILS = (" of ", " on ", " for ", " and ", *(f"{w} " for w in _OPENING_MODIFIERS))


def _longer_name_before(before: str) -> str | None:
    """Is a name only the end of a longer one, by the text right before it? "water": a gulf or
    sea of a land ("the Gulf of " + California); "body": a body's head with its complement
    ("Centre for Economics and " + Foreign Policy, "Committee on " + Foreign Affairs)."""
    # (all four patterns end in " $", which also matches before a final line break)
    if not (before[:-1] if before.endswith("\n") else before).endswith(_LONGER_NAME_TAILS):
        return None
    if _WATER_OF_BEFORE.search(before):
        return "water"
    joined = _COMPLEMENT_AND_BEFORE.search(before)
    if joined and _type_by_cue(joined.group(1).split()):
        return "body"
    headed = _BODY_HEAD_BEFORE.search(before)
    if headed and _type_by_last(headed.group(1).split()) == "Organization":
        return "body"
    if _MODIFIER_BEFORE.search(before):
        return "body"
    return None


def _heads_complement(words: list[str], seated: bool = False) -> bool:
    """Do ``words`` end in a body's head and "of"/"on"/"for", so the catalogued name after them
    is that body's complement ("Bank of" Russia, "Assistance Mission for" Iraq)? ``seated``: a
    seated institution's head opening the words counts too ("University of" Juba)."""
    return len(words) >= 2 and words[-1] in ("of", "on", "for") and (
        (seated and words[0] in _SEATED_CUES) or _type_by_last(words[:-1]) == "Organization")


def _split_at_catalog(rs, re_, cat_spans, text):
    """Parts of a capitalised run outside catalog matches (the run whole when it has a cue head
    past the catalog names: "Georgetown University", "Kabul Airport")."""
    inside = sorted((s, e) for s, e in cat_spans if s < re_ and rs < e)
    if not inside:
        return [(rs, re_)]
    words = text[rs:re_].replace("-", " ").split()
    if _type_by_cue(words) and inside[-1][1] < re_:
        return [(rs, re_)]
    lead = text[rs:inside[0][0]].replace("-", " ").split()
    if lead and lead[0] in ("The", "the"):
        lead = lead[1:]
    if _longer_name_before(text[rs:inside[0][0]]) is not None:
        return [(rs, re_)]      # "Centre for Economics and Foreign Policy", "the Gulf of California"
    if _heads_complement(lead, seated=True):
        return [(rs, re_)]      # "the University of Juba", "the Bank of Russia": one name
    parts, pos = [], rs
    for s, e in inside:
        if s > pos:
            if pos > rs and _heads_complement(text[pos:s].replace("-", " ").split()):
                return [(rs, re_)]  # "the UN Assistance Mission for Iraq": one name
            parts.append((pos, s))
        pos = max(pos, e)
    if pos < re_:
        parts.append((pos, re_))
    out = []
    for s, e in parts:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip(" -"))
        seg2 = seg.strip(" -")
        words = seg2.split(" ")
        if len(words) > 1 and words[-1] in ("of", "for"):
            words.pop()         # "Archbishop Andrew Nkea of" (Bamenda): the person's name
        seg2 = " ".join(words)
        if seg2:
            out.append((s + lead, s + lead + len(seg2)))
    return out


def _is_heading(line: str) -> bool:
    """A title-case line without final punctuation ("Why the Taliban Won't Act")."""
    s = line.strip()
    if not s or s[-1] in ".!?\"”:;)" or len(s) > 140:
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", s)
    if not words:
        return True
    caps = sum(w[0].isupper() for w in words if w.lower() not in _MINOR)
    content = sum(1 for w in words if w.lower() not in _MINOR)
    return content == 0 or caps / content >= 0.6


_MINOR = frozenset("a an the of in on at to for and or but with by from as is are vs via".split())
