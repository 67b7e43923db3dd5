"""``geokg query``: run a read-only Cypher query (typed, or a saved analyst query) and print rows.

    geokg query 'MATCH (a:Actor) RETURN a.name, a.type LIMIT 5'
    geokg query --file allies_of --param actor=Taliban --json
    geokg query --list

Queries run in a READ transaction: Neo4j itself refuses any write. ``--param k=v`` values are
JSON when they parse as JSON (numbers, lists, true/false/null, quoted strings), else strings.
A saved query's parameters that are not given are passed as null, so its defaults apply.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import click

import cypher
from geokg.errors import QueryError

CELL_WIDTH = 80        # table cells are cut to this many characters (--json prints everything)


def parse_param(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint="--param")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return name, value


def resolve_file(spec: str) -> cypher.SavedQuery:
    """A query file given as a path (``cypher/analyst/allies_of.cypher``) or a saved name (``allies_of``)."""
    path = Path(spec).expanduser()
    if path.is_file():
        try:
            rel = path.resolve().relative_to(cypher.CYPHER_DIR)
        except ValueError:
            text = path.read_text(encoding="utf-8")
            meta = cypher._meta(text)
            return cypher.SavedQuery(name=str(path), text=text, description=meta.get("description", ""),
                                     params=cypher._params(meta.get("params", "")))
        return cypher.saved_query(str(rel.with_suffix("")))
    for name in (spec, f"analyst/{spec}"):
        name = name.removesuffix(".cypher").removeprefix("cypher/")
        try:
            return cypher.saved_query(name)
        except KeyError:
            continue
    known = ", ".join(q.name.split("/", 1)[1] for q in cypher.saved_queries())
    raise QueryError(f"no query file {spec!r} (saved queries: {known})")


def plain(value: Any) -> Any:
    """A JSON-friendly version of a row value."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = f"{value:.4g}"
    elif isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[:CELL_WIDTH - 1] + "…"


def table(rows: list[dict]) -> str:
    """An aligned plain-text table: a header, a rule, one line per row; numbers right-aligned."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    numeric = [all(isinstance(row.get(c), (int, float)) and not isinstance(row.get(c), bool)
                   for row in rows if row.get(c) is not None) for c in columns]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def list_saved() -> str:
    lines = []
    for q in cypher.saved_queries():
        lines.append(f"{q.name.split('/', 1)[1]}: {q.description}")
        for name, kind, help_ in q.params:
            lines.append(f"    --param {name}=<{kind}>" + (f"  {help_}" if help_ else ""))
    return "\n".join(lines)


@click.command()
@click.argument("query_text", metavar="CYPHER", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); VALUE is JSON if it parses, else a string. Repeatable.")
@click.option("--file", "-f", "file_", metavar="FILE|NAME",
              help="Run a .cypher file, or a saved analyst query by name (see --list).")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as a JSON array.")
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Seconds before the server stops the query.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Print at most this many rows.")
@click.option("--list", "list_", is_flag=True, help="List the saved analyst queries and their parameters.")
def query(query_text: str | None, params: tuple[str, ...], file_: str | None, as_json: bool,
          timeout: float, limit: int | None, list_: bool) -> None:
    """Run a read-only Cypher query and print the rows as a table (or JSON).

    \b
    geokg query 'MATCH (a:Actor) RETURN a.name AS actor, a.type AS type LIMIT 10'
    geokg query --file allies_of --param actor="Joe Biden"
    geokg query --list
    """
    if list_:
        click.echo(list_saved())
        return
    if bool(query_text) == bool(file_):
        raise click.UsageError("give either a CYPHER query or --file (or --list)")
    raw = {p.partition("=")[0].strip(): p.partition("=")[2] for p in params}
    values = dict(parse_param(p) for p in params)
    if file_:
        saved = resolve_file(file_)
        text = saved.text
        unknown = sorted(set(values) - {name for name, _, _ in saved.params})
        if saved.params and unknown:
            raise QueryError(f"{saved.name} has no parameter {', '.join(unknown)} "
                             f"(it takes: {', '.join(n for n, _, _ in saved.params)})")
        for name, kind, _ in saved.params:
            values.setdefault(name, None)
            if kind == "string" and values[name] is not None and not isinstance(values[name], str):
                values[name] = raw[name]        # --param actor=1979 means the text "1979"
    else:
        text = query_text

    from geokg.graph import Graph

    with Graph.connect() as graph:
        rows = graph.read(text, values, timeout=timeout, limit=limit)
    truncated = bool(getattr(rows, "truncated", False))
    if as_json:
        click.echo(json.dumps([plain(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("(no rows)")
        return
    click.echo(table(list(rows)))
    more = f", more not shown (--limit {limit})" if truncated else ""
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{more})")


__all__ = ["query"]
