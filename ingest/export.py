"""Export an extraction in the gold format of the evaluation (``shared/eval/ANNOTATION.md``).

    {"document": "x.txt",
     "entities": [{"id", "name", "type", "aliases", "wikidata"}],
     "claims":   [{"subject", "relation", "object", "certainty", "attributed_to", "quote"}]}

Entity ids become short snake_case slugs of the name, unique within the file; aliases are the
surface forms the text uses (demonym phrases contribute the demonym word, e.g. "Israeli").
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from geokg.errors import ConfigError, SourceError
from ingest.records import Extraction, RawDocument

_READABLE = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}


def slug(name: str) -> str:
    """``"Islamic State – Khorasan Province"`` -> ``"islamic_state_khorasan_province"``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("'", "").replace("’", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "entity"


def to_gold(extraction: Extraction, document: str) -> dict:
    """The gold-format dict of one article's extraction."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    entities = []
    for ent in sorted(extraction.entities, key=lambda e: (e.type, e.name)):
        base = slug(ent.name)
        key, n = base, 2
        while key in used:
            key, n = f"{base}_{n}", n + 1
        used.add(key)
        ids[ent.id] = key
        row = {"id": key, "name": ent.name, "type": ent.type, "aliases": list(ent.aliases)}
        if ent.wikidata:
            row["wikidata"] = ent.wikidata
        entities.append(row)
    claims = []
    for c in extraction.claims:
        if c.subject not in ids or c.object not in ids:
            continue
        claims.append({"subject": ids[c.subject], "relation": c.relation, "object": ids[c.object],
                       "certainty": c.certainty,
                       "attributed_to": ids.get(c.attributed_to) if c.attributed_to else None,
                       "quote": c.quote})
    return {"document": document, "entities": entities, "claims": claims}


def read_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument | SourceError]:
    """Files and folders (recursively) of .txt/.md/.html/.htm, in name order; errors per file."""
    try:
        from ingest.read import read_paths  # the loader's reader, when present
    except ModuleNotFoundError as exc:
        if exc.name != "ingest.read":
            raise
    else:
        yield from read_paths([str(p) for p in paths])
        return
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _READABLE)
        elif path.exists():
            files = [path]
        else:
            yield SourceError(str(path), "no such file or folder")
            continue
        for file in files:
            try:
                data = file.read_bytes()
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield SourceError(str(file), f"not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
            except OSError as exc:
                yield SourceError(str(file), f"cannot read ({exc.strerror})")
                continue
            if "\x00" in text:
                yield SourceError(str(file), "binary content, not text")
                continue
            yield RawDocument(source_key=str(file.resolve()), raw=text,
                              content_type=_READABLE.get(file.suffix.lower(), "text"))


def export_paths(paths: Iterable[str | Path], out_dir: str | Path,
                 on_error=None) -> tuple[int, list[SourceError]]:
    """Read, clean and extract every article under ``paths``; write ``<name>.json`` into
    ``out_dir``. Returns (files written, errors); a bad file never stops the others."""
    from ingest.clean import clean
    from ingest.extract import extract

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written, errors = 0, []
    for item in read_documents(paths):
        if isinstance(item, SourceError):
            errors.append(item)
            if on_error:
                on_error(item)
            continue
        name = Path(item.source_key).name
        try:
            article = clean(item)
            extraction = extract(article)
        except SourceError as exc:
            errors.append(exc)
            if on_error:
                on_error(exc)
            continue
        except ConfigError:
            raise   # bad settings (e.g. GEOKG_LLM_*) fail every article alike: say it once
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the rest
            err = SourceError(item.source_key, f"extraction failed ({type(exc).__name__}: {exc})")
            errors.append(err)
            if on_error:
                on_error(err)
            continue
        target = out / (Path(name).stem + ".json")
        target.write_text(json.dumps(to_gold(extraction, name), indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")
        written += 1
    return written, errors
