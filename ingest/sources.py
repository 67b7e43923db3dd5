"""Sources files: where articles come from, for ``geokg ingest --sources`` and ``geokg schedule``.

A sources file is TOML (see ``examples/sources.toml``): an optional ``[fetch]`` table of limits
and manners for HTTP, and one ``[[source]]`` table per source, each with a unique ``name`` and
exactly one of

* ``folder`` (+ optional ``patterns``): files below a folder, read like ``geokg ingest PATH``;
* ``feed``: an RSS/Atom feed whose linked article pages are fetched;
* ``urls``: a list of article pages.

:func:`load_sources` validates the file and fails with one message naming the file, the entry
and the problem. :func:`iter_documents` reads the sources one after the other and yields the
documents — or a :class:`~geokg.errors.SourceError` for what could not be read, after which it
goes on with the rest. When a source was read completely it reports the keys it listed to
``on_source_read``, so that articles which disappeared from it can be marked as no longer seen
(a source that failed reports nothing: a network error says nothing about what it lists).
"""
from __future__ import annotations

import dataclasses
import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from geokg.errors import ConfigError, SourceError
from ingest.fetch import HTML_TYPES, Fetcher, FetchOptions, check_url
from ingest.records import RawDocument

KINDS = ("folder", "feed", "urls")
DEFAULT_PATTERNS = ("**/*.txt", "**/*.html", "**/*.htm", "**/*.md")
_COMMON_KEYS = {"name": str, "publisher": str, "language": str, "enabled": bool}
_KIND_KEYS = {
    "folder": {"folder": str, "patterns": list},
    "feed": {"feed": str, "max_items": int},
    "urls": {"urls": list},
}
_FETCH_KEYS = {"timeout": (int, float), "deadline": (int, float), "max_bytes": int,
               "max_redirects": int, "delay": (int, float), "contact": str,
               "respect_robots": bool}
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
MAX_FEED_ITEMS = 500
MAX_URLS = 1000

SourceRead = Callable[["Source", frozenset[str]], None]


@dataclass(frozen=True)
class Source:
    """One ``[[source]]`` entry, validated. ``location`` is the folder (absolute) or feed URL."""

    name: str
    kind: str                               # one of KINDS
    location: str = ""
    urls: tuple[str, ...] = ()
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    max_items: int = 50
    publisher: str | None = None
    language: str | None = None             # ISO 639 code, as the source states it
    fetch: FetchOptions = FetchOptions()

    def __str__(self) -> str:
        return f"source {self.name!r}"


# -- loading ---------------------------------------------------------------------------------


def load_sources(path: str | Path) -> list[Source]:
    """The enabled sources of a sources file, validated; ConfigError naming the problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: sources file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the sources file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_sources(data, origin=str(path), base_dir=path.resolve().parent)


def parse_sources(data: dict[str, Any], *, origin: str, base_dir: Path) -> list[Source]:
    """Validate the parsed TOML of a sources file (``origin`` names it in messages)."""
    def fail(where: str, problem: str) -> ConfigError:
        return ConfigError(f"{origin}: {where}: {problem}")

    _check_keys(data, {"fetch", "source"}, lambda p: fail("top level", p))
    fetch = _fetch_options(data.get("fetch", {}), lambda p: fail("[fetch]", p))
    entries = data.get("source", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise fail("top level", "'source' must be a list of [[source]] tables")
    if not entries:
        raise fail("top level", "no [[source]] entries")

    sources: list[Source] = []
    names: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        label = f"[[source]] #{number}"
        name = entry.get("name")
        if isinstance(name, str) and name.strip():
            label += f" ({name.strip()!r})"
        source = _parse_entry(entry, fetch, base_dir, lambda p, label=label: fail(label, p))
        key = source.name.casefold()
        if key in names:
            raise fail(label, f"duplicate name {source.name!r} (also [[source]] #{names[key]})")
        names[key] = number
        if entry.get("enabled", True):
            sources.append(source)
    return sources


def _check_keys(table: dict[str, Any], allowed: Iterable[str], fail) -> None:
    allowed = sorted(allowed)
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(allowed)}"
            raise fail(f"unknown key {key!r} ({hint})")


def _check_types(table: dict[str, Any], types: dict[str, Any], fail) -> None:
    words = {bool: "true or false", int: "an integer", float: "a number", str: "a string",
             list: "a list"}
    for key, value in table.items():
        expected = types.get(key)
        if expected is None:
            continue
        expected = expected if isinstance(expected, tuple) else (expected,)
        # TOML booleans are not numbers, even though Python's bool is an int.
        ok = isinstance(value, expected) and (bool in expected or not isinstance(value, bool))
        if not ok:
            wanted = words[float] if float in expected else words[expected[0]]
            raise fail(f"{key!r} must be {wanted}, not {value!r}")


def _fetch_options(table: Any, fail) -> FetchOptions:
    if not isinstance(table, dict):
        raise fail("must be a table")
    _check_keys(table, _FETCH_KEYS, fail)
    _check_types(table, _FETCH_KEYS, fail)
    for key in ("timeout", "deadline", "max_bytes"):
        if key in table and table[key] <= 0:
            raise fail(f"{key!r} must be positive")
    for key in ("max_redirects", "delay"):
        if key in table and table[key] < 0:
            raise fail(f"{key!r} must not be negative")
    if "max_redirects" in table and table["max_redirects"] > 20:
        raise fail("'max_redirects' must be at most 20")
    return FetchOptions(**{k: (float(v) if isinstance(v, int) and k in ("timeout", "deadline", "delay")
                               else v) for k, v in table.items()})


def _parse_entry(entry: dict[str, Any], fetch: FetchOptions, base_dir: Path, fail) -> Source:
    kinds = [k for k in KINDS if k in entry]
    if not kinds:
        allowed = set(_COMMON_KEYS).union(*_KIND_KEYS.values())
        _check_keys(entry, allowed, fail)
        raise fail("needs one of 'folder', 'feed' or 'urls'")
    if len(kinds) > 1:
        raise fail(f"has both {kinds[0]!r} and {kinds[1]!r}: one source is one folder, feed or URL list")
    kind = kinds[0]
    types = {**_COMMON_KEYS, **_KIND_KEYS[kind]}
    _check_keys(entry, types, fail)
    _check_types(entry, types, fail)

    name = entry.get("name")
    if name is None or not name.strip():
        raise fail("missing 'name' (every source needs a unique name)")
    name = name.strip()
    language = entry.get("language")
    if language is not None and not _LANGUAGE.match(language):
        raise fail(f"'language' must be an ISO 639 code such as 'en' or 'pt-BR', not {language!r}")
    publisher = (entry.get("publisher") or "").strip() or None
    common = dict(name=name, kind=kind, publisher=publisher, language=language, fetch=fetch)

    if kind == "folder":
        folder = entry["folder"].strip()
        if not folder:
            raise fail("'folder' is empty")
        patterns = entry.get("patterns", list(DEFAULT_PATTERNS))
        if not patterns or not all(isinstance(p, str) and p.strip() for p in patterns):
            raise fail("'patterns' must be a non-empty list of glob patterns such as '**/*.html'")
        for pattern in patterns:
            if Path(pattern).is_absolute() or ".." in Path(pattern).parts:
                raise fail(f"pattern {pattern!r} must stay inside the folder")
        location = (base_dir / Path(folder).expanduser()).resolve()
        return Source(location=str(location), patterns=tuple(p.strip() for p in patterns), **common)

    if kind == "feed":
        max_items = entry.get("max_items", 50)
        if not 1 <= max_items <= MAX_FEED_ITEMS:
            raise fail(f"'max_items' must be between 1 and {MAX_FEED_ITEMS}")
        return Source(location=_url(entry["feed"], fail), max_items=max_items, **common)

    urls = entry["urls"]
    if not urls:
        raise fail("'urls' is empty")
    if len(urls) > MAX_URLS:
        raise fail(f"more than {MAX_URLS} URLs: split it into several sources")
    checked = []
    for url in urls:
        if not isinstance(url, str):
            raise fail(f"'urls' must hold strings, not {url!r}")
        url = _url(url, fail)
        if url not in checked:
            checked.append(url)
    return Source(urls=tuple(checked), **common)


def _url(value: str, fail) -> str:
    try:
        return check_url(value)
    except ValueError as exc:
        raise fail(f"bad URL: {exc}") from None


# -- reading ---------------------------------------------------------------------------------


def iter_documents(sources: Iterable[Source], *, on_source_read: SourceRead | None = None,
                   should_stop: Callable[[], bool] = lambda: False,
                   ) -> Iterator[RawDocument | SourceError]:
    """The documents of every source in turn; a SourceError for each thing that failed.

    After a source was read to its end, ``on_source_read(source, keys)`` receives the source
    keys it listed — including those of items that failed to fetch, which are still listed.
    It is not called for a source that failed as a whole (missing folder, unreachable or broken
    feed), nor for one left unfinished because ``should_stop()`` turned true or the consumer
    stopped early.
    """
    sources = list(sources)
    fetcher: Fetcher | None = None
    try:
        for source in sources:
            if should_stop():
                return
            if source.kind == "folder":
                reader = _read_folder(source)
            else:
                if fetcher is None or fetcher.options != source.fetch:
                    if fetcher is not None:
                        fetcher.close()
                    fetcher = Fetcher(source.fetch, should_stop=should_stop)
                reader = _read_feed(source, fetcher) if source.kind == "feed" else \
                    _read_urls(source, source.urls, fetcher)
            keys: set[str] = set()
            complete = True
            for item in reader:
                if isinstance(item, _Listed):
                    keys.add(item.key)
                    continue
                if isinstance(item, _Failed):
                    complete = False
                    yield item.error
                    break
                yield item
                if should_stop():
                    return
            if complete and on_source_read is not None:
                on_source_read(source, frozenset(keys))
    finally:
        if fetcher is not None:
            fetcher.close()


@dataclass(frozen=True)
class _Listed:
    """A key the source lists (yielded before its document or error)."""
    key: str


@dataclass(frozen=True)
class _Failed:
    """The source as a whole could not be read."""
    error: SourceError


def _in(source: Source, where: str) -> str:
    return f"source {source.name!r}: {where}"


def _read_folder(source: Source) -> Iterator[RawDocument | SourceError | _Listed | _Failed]:
    from ingest.read import read_paths  # the same reader as `geokg ingest PATH`

    folder = Path(source.location)
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "folder does not exist"
        yield _Failed(SourceError(_in(source, str(folder)), problem))
        return
    try:
        files = sorted({p for pattern in source.patterns for p in folder.glob(pattern) if p.is_file()})
    except OSError as exc:
        yield _Failed(SourceError(_in(source, str(folder)), f"cannot list the folder: {exc}"))
        return
    for item in read_paths(files):
        if isinstance(item, SourceError):
            yield _Listed(item.source)
            yield SourceError(_in(source, item.source), item.problem)
        else:
            yield _Listed(item.source_key)
            yield _tag(item, source)


def _read_feed(source: Source, fetcher: Fetcher) -> Iterator[RawDocument | SourceError | _Listed | _Failed]:
    try:
        items = fetcher.fetch_feed(source.location, max_items=source.max_items)
    except SourceError as exc:
        yield _Failed(SourceError(_in(source, exc.source), exc.problem))
        return
    yield from _read_urls(source, [item.link for item in items], fetcher)


def _read_urls(source: Source, urls: Iterable[str], fetcher: Fetcher,
               ) -> Iterator[RawDocument | SourceError | _Listed]:
    for url in urls:
        yield _Listed(url)
        try:
            page = fetcher.fetch_page(url)
            raw = page.text
        except SourceError as exc:
            yield SourceError(_in(source, exc.source), exc.problem)
            continue
        if not raw.strip():
            yield SourceError(_in(source, url), "empty page")
            continue
        content_type = "html" if page.media_type in HTML_TYPES else \
            "markdown" if page.media_type == "text/markdown" else "text"
        yield RawDocument(source_key=url, raw=raw, content_type=content_type, source_name=source.name,
                          publisher=source.publisher, url=page.final_url)


def _tag(doc: RawDocument, source: Source) -> RawDocument:
    return dataclasses.replace(doc, source_name=source.name,
                               publisher=source.publisher or doc.publisher)
