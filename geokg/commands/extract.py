"""``geokg extract PATH... --out DIR``: extraction without a database, in the evaluation format."""
from __future__ import annotations

import sys

import click


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for one <article>.json per article (gold format of the evaluation).")
def extract(paths: tuple[str, ...], out_dir: str) -> None:
    """Extract actors and claims from article files or folders and write them as JSON.

    Reads .txt/.md/.html/.htm files, cleans and extracts each (no database), and writes one
    JSON file per article into OUT. A file that cannot be read is reported and skipped.
    """
    from ingest.export import export_paths

    def report(err):
        click.echo(f"geokg: skipped {err}", err=True)

    written, errors = export_paths(paths, out_dir, on_error=report)
    click.echo(f"{written} article(s) written to {out_dir}" +
               (f", {len(errors)} skipped" if errors else ""))
    if errors and not written:
        sys.exit(1)
