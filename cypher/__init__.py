"""Every Cypher statement geokg runs lives here as a ``.cypher`` file; this module loads them.

Layout: ``schema.cypher`` (constraints and indexes, several statements separated by ``;``),
``write/`` (loading), ``views/`` (what the dashboard reads), ``analyst/`` (saved queries offered
to analysts). A file starts with ``//`` header lines; ``// key: value`` lines are metadata:

    // description: Allies of an actor, ranked by the number of supporting articles
    // params: actor (string) - actor id or name; limit (int) - rows, default 25

Files are read once and cached. Statements take ``$parameters`` only: never build Cypher from
strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent
_META = re.compile(r"^//\s*([a-z_]+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class SavedQuery:
    name: str            # path below cypher/ without the suffix, e.g. "analyst/allies_of"
    text: str
    description: str
    params: tuple[tuple[str, str, str], ...]   # (name, type, help)


def path_of(name: str) -> Path:
    path = (CYPHER_DIR / f"{name}.cypher").resolve()
    if CYPHER_DIR not in path.parents or not path.exists():
        raise KeyError(f"no Cypher file named {name!r} in {CYPHER_DIR}")
    return path


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The text of ``cypher/<name>.cypher`` (e.g. ``load("write/merge_document")``)."""
    return path_of(name).read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """The ``;``-separated statements of a file, without comments or blank ones."""
    body = "\n".join(line for line in load(name).splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def _meta(text: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        m = _META.match(line)
        if m:
            meta[m.group(1)] = m.group(2).strip()
    return meta


def _params(spec: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        m = re.match(r"(\w+)\s*(?:\((\w+)\))?\s*(?:-\s*(.*))?$", part)
        if m:
            out.append((m.group(1), m.group(2) or "string", (m.group(3) or "").strip()))
    return tuple(out)


def saved_query(name: str) -> SavedQuery:
    text = load(name)
    meta = _meta(text)
    return SavedQuery(name=name, text=text, description=meta.get("description", ""),
                      params=_params(meta.get("params", "")))


def all_names(folder: str | None = None) -> list[str]:
    """Names of every .cypher file (optionally below one folder), sorted."""
    root = CYPHER_DIR / folder if folder else CYPHER_DIR
    return sorted(str(p.relative_to(CYPHER_DIR).with_suffix("")) for p in root.rglob("*.cypher"))


def saved_queries() -> list[SavedQuery]:
    """The analyst queries, for the CLI and the dashboard's console."""
    return [saved_query(n) for n in all_names("analyst")]
