"""``geokg dashboard``: serve the Streamlit dashboard (``dashboard/app.py``) on this machine.

It runs ``streamlit run`` headless, bound to 127.0.0.1 unless ``--host`` says otherwise, with
usage statistics off and no file watcher; the theme and server settings come from
``dashboard/.streamlit/config.toml`` and are passed as flags, so they apply whatever the
working directory.
"""
from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import click

from geokg.errors import ConfigError
from geokg.graph import Graph
from geokg.server import port_free

DASHBOARD_DIR = Path(__file__).resolve().parent.parent.parent / "dashboard"
APP = DASHBOARD_DIR / "app.py"
CONFIG = DASHBOARD_DIR / ".streamlit" / "config.toml"


def _config_flags(path: Path = CONFIG) -> list[str]:
    """``[section] key = value`` of a Streamlit config file as ``--section.key value`` flags."""
    with path.open("rb") as fh:
        config = tomllib.load(fh)
    flags: list[str] = []
    for section, values in config.items():
        for key, value in values.items():
            if isinstance(value, bool):
                value = str(value).lower()
            flags += [f"--{section}.{key}", str(value)]
    return flags


def streamlit_command(port: int, host: str, *, dev: bool = False) -> list[str]:
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), *_config_flags(),
           "--server.port", str(port), "--server.address", host,
           "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--global.developmentMode", "false"]
    if dev:
        cmd += ["--server.fileWatcherType", "auto", "--server.runOnSave", "true"]
    return cmd


def _warm_up(graph: Graph) -> None:
    """Build the default Network view once, so Neo4j has planned its queries and cached the
    pages they read before the first visitor arrives (a cold first view took 4x longer)."""
    import logging

    import streamlit  # noqa: F401 - configures Streamlit's loggers, which the next line quietens

    # importing the dashboard outside `streamlit run` makes Streamlit warn about its caches
    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    from dashboard.data import NetworkFilters, build_network_view

    try:
        build_network_view(graph, NetworkFilters())
    except Exception as exc:  # noqa: BLE001 - warming up is an optimisation, never a reason to fail
        click.echo(f"geokg dashboard: warm-up skipped ({exc})", err=True)


@click.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True,
              help="Port to serve on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; 0.0.0.0 makes it reachable from other machines.")
@click.option("--dev", is_flag=True, help="Reload pages when their files change (for development).")
def dashboard(port: int, host: str, dev: bool) -> None:
    """Serve the dashboard: network, evidence, actors, contested relations, articles, console."""
    if not port_free(port, host):
        raise ConfigError(f"port {port} on {host} is already in use; pick another with --port")
    with Graph.connect(apply_schema=False) as graph:   # fail now, in one line, if Neo4j is not there
        _warm_up(graph)
    click.echo(f"geokg dashboard: http://{host}:{port}  (Ctrl-C stops it)", err=True)
    cmd = streamlit_command(port, host, dev=dev)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(cmd[0], cmd)
