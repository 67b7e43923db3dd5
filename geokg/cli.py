"""The ``geokg`` command: a thin shell over the library.

Library errors (``GeokgError``) become one line on stderr and exit code 1; no tracebacks for
expected failures. Each sub-command lives next to the code it drives and is registered here.
"""
from __future__ import annotations

import sys

import click

from geokg.errors import GeokgError


class _Main(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeokgError as exc:
            click.echo(f"geokg: error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Main)
@click.version_option(package_name="geokg")
def main() -> None:
    """geokg - geopolitical knowledge graph: articles in, actors and attributed claims out."""


def _register() -> None:
    # Each module defines one click command or group; importing them here keeps the CLI in one place.
    import importlib

    for module, attr in [
        ("geokg.commands.db", "db"),
        ("geokg.commands.ingest", "ingest"),
        ("geokg.commands.query", "query"),
        ("geokg.commands.extract", "extract"),
        ("geokg.commands.dashboard", "dashboard"),
        ("geokg.commands.schedule", "schedule"),
    ]:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue  # not written yet
            raise
        main.add_command(getattr(mod, attr))


_register()

if __name__ == "__main__":
    main()
