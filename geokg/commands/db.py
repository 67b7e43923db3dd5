"""``geokg db start|stop|status``: the local Neo4j server (logic in ``geokg.server``)."""
from __future__ import annotations

import click

from geokg import server
from geokg.settings import Settings


@click.group()
def db() -> None:
    """Run the local Neo4j server that geokg uses (unless NEO4J_URI points elsewhere).

    \b
    Settings (environment variables):
      GEOKG_HOME             where data, logs and the password live (default: .geokg)
      GEOKG_BOLT_PORT        Bolt port on 127.0.0.1 (default: 7687)
      GEOKG_NEO4J_HEAP       JVM heap (default: 512m)
      GEOKG_NEO4J_PAGECACHE  Neo4j page cache (default: 256m)
      NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD   use that server instead; nothing local starts
    """


@db.command(short_help="Start Neo4j in the background.")
@click.option("--timeout", default=180.0, show_default=True,
              help="Seconds to wait for Neo4j to answer on Bolt.")
def start(timeout: float) -> None:
    """Start Neo4j in the background (downloads it with Maven the first time)."""
    settings = Settings.from_env()
    if settings.uses_external_server:
        click.echo(f"NEO4J_URI is set: geokg uses the Neo4j at {settings.external_uri}; "
                   "nothing to start here.")
        return
    local = server.LocalServer(settings)
    result = local.start(timeout=timeout, progress=lambda msg: click.echo(msg, err=True))
    if result.already_running:
        click.echo(f"Neo4j is already running at {result.uri} (pid {result.pid}).")
    else:
        click.echo(f"Neo4j started at {result.uri} (pid {result.pid}) in {result.seconds:.1f} s.")
    click.echo(f"credentials: user 'neo4j', password in {settings.password_file}")
    click.echo(f"logs: {result.logs}")


@db.command()
@click.option("--timeout", default=120.0, show_default=True,
              help="Seconds to wait for a clean shutdown before killing the process.")
def stop(timeout: float) -> None:
    """Stop the local Neo4j cleanly."""
    settings = Settings.from_env()
    if settings.uses_external_server:
        click.echo(f"NEO4J_URI is set: the Neo4j at {settings.external_uri} is not managed by geokg; "
                   "nothing to stop.")
        return
    local = server.LocalServer(settings)
    uri = local.uri
    if local.stop(timeout=timeout, progress=lambda msg: click.echo(msg, err=True)):
        click.echo(f"Neo4j at {uri} stopped.")
    else:
        click.echo(f"Neo4j is not running (home {local.root}).")


@db.command(short_help="Running or stopped, Bolt URI, credentials, logs.")
@click.pass_context
def status(ctx: click.Context) -> None:
    """Say whether Neo4j runs, where, and where its credentials and logs are.

    Exit code 0 when Neo4j answers with the configured credentials, 3 when the local server is
    stopped, 1 (with a one-line error) when it cannot be reached or refuses the credentials.
    """
    settings = Settings.from_env()
    state = server.status(settings)
    for line in state.lines():
        click.echo(line)
    if state.running is False:
        ctx.exit(3)
    server.check(settings)
    click.echo("connection: OK (Bolt answers and accepts the credentials)")
