"""`geokg db start|stop|status` and geokg.server, against real Neo4j processes.

One extra server is started (in a temporary home, on its own free port) for the life-cycle test;
everything else uses the suite's session server or starts nothing at all.
"""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geokg import server
from geokg.cli import main
from geokg.errors import DatabaseAuthError, DatabaseUnavailable
from geokg.graph import Graph
from geokg.settings import Settings

GEOKG = str(Path(sys.executable).with_name("geokg"))


def _local_env(home: Path, port: int) -> dict[str, str | None]:
    """CliRunner env for a local server in ``home``: NEO4J_* unset (None removes a variable)."""
    return {"GEOKG_HOME": str(home), "GEOKG_BOLT_PORT": str(port), "GEOKG_NEO4J_HEAP": "256m",
            "GEOKG_NEO4J_PAGECACHE": "32m", "NEO4J_URI": None, "NEO4J_USER": None,
            "NEO4J_PASSWORD": None,
            "GEOKG_NEO4J_JVM_FLAGS": " ".join(server.FAST_START_JVM_FLAGS)}


def _run(args: list[str], env: dict[str, str | None]):
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


def test_start_status_reuse_stop_a_local_server(tmp_path):
    home, port = tmp_path / "home", server.free_port()
    env = _local_env(home, port)
    uri = f"bolt://127.0.0.1:{port}"
    settings = Settings.from_env({k: v for k, v in env.items() if v is not None})
    try:
        r = _run(["db", "status"], env)
        assert r.exit_code == 3, r.output
        assert "Neo4j: stopped" in r.stdout and f"bolt: {uri}" in r.stdout

        r = _run(["db", "start"], env)
        assert r.exit_code == 0, r.output
        pid = int(re.search(r"Neo4j started at .* \(pid (\d+)\)", r.stdout).group(1))
        assert uri in r.stdout
        assert f"logs: {home / 'neo4j' / 'logs'}" in r.stdout

        # The password is generated, private, and the one Neo4j now wants.
        password_file = home / "neo4j-password"
        assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
        password = password_file.read_text().strip()
        assert len(password) >= 20 and password != "neo4j"
        # Loopback only, no HTTP, no usage reports.
        conf = (home / "neo4j" / "conf" / "neo4j.conf").read_text()
        assert f"server.bolt.listen_address=127.0.0.1:{port}" in conf
        assert "server.http.enabled=false" in conf and "dbms.usage_report.enabled=false" in conf
        assert _listening_addresses(pid) == {("127.0.0.1", port)}

        # A second start reuses the running server.
        r = _run(["db", "start"], env)
        assert r.exit_code == 0, r.output
        assert f"already running at {uri} (pid {pid})" in r.stdout

        r = _run(["db", "status"], env)
        assert r.exit_code == 0, r.output
        assert f"Neo4j: running (pid {pid})" in r.stdout
        assert f"password in {password_file}" in r.stdout
        assert "connection: OK" in r.stdout

        with Graph.connect(settings) as graph:
            graph.write("CREATE (:Entity {id: 'kept'})")

        # The factory credentials are gone.
        with pytest.raises(DatabaseAuthError, match="refused the credentials"):
            Graph.connect(Settings.from_env({"NEO4J_URI": uri, "NEO4J_PASSWORD": "neo4j"}))

        # A password file that does not match the data: start says what to do.
        password_file.write_text("someone-changed-this\n")
        with pytest.raises(DatabaseAuthError, match="restore that file or delete"):
            server.LocalServer(settings).start(timeout=30)
        password_file.write_text(password + "\n")

        r = _run(["db", "stop"], env)
        assert r.exit_code == 0, r.output
        assert f"Neo4j at {uri} stopped." in r.stdout
        assert not server._alive(pid)

        r = _run(["db", "status"], env)
        assert r.exit_code == 3 and "Neo4j: stopped" in r.stdout
        r = _run(["db", "stop"], env)
        assert r.exit_code == 0 and "not running" in r.stdout

        # A stopped local server: a one-line error that says how to start it.
        with pytest.raises(DatabaseUnavailable) as info:
            Graph.connect(settings)
        assert str(info.value) == f"Neo4j is not running at {uri} — start it with `geokg db start`"
    finally:
        server.LocalServer(settings).stop(timeout=10)


def _listening_addresses(pid: int) -> set[tuple[str, int]]:
    """(ip, port) pairs the process listens on, from /proc/net/tcp{,6} and its socket inodes."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if cols[3] != "0A" or cols[9] not in inodes:   # 0A = LISTEN
                continue
            ip_hex, port_hex = cols[1].split(":")
            if ip_hex.startswith("0000000000000000FFFF0000"):   # IPv4 mapped into IPv6
                ip_hex = ip_hex[-8:]
            ip = ".".join(str(int(ip_hex[i:i + 2], 16)) for i in (6, 4, 2, 0)) if len(ip_hex) == 8 else ip_hex
            found.add((ip, int(port_hex, 16)))
    return found


def test_wrong_password_is_one_line_and_exit_code_1(neo4j_server):
    env = {**os.environ, "NEO4J_PASSWORD": "definitely-wrong"}
    proc = subprocess.run([GEOKG, "db", "status"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"geokg: error: Neo4j refused the credentials for user 'neo4j' at {neo4j_server.uri}; "
        "check NEO4J_PASSWORD")
    assert "Traceback" not in proc.stderr


def test_status_of_the_configured_external_server(neo4j_server):
    r = _run(["db", "status"], {})
    assert r.exit_code == 0, r.output
    assert "external server (NEO4J_URI)" in r.stdout and neo4j_server.uri in r.stdout
    assert "connection: OK" in r.stdout


def test_unreachable_external_server_is_one_line_and_exit_code_1(tmp_path):
    uri = f"bolt://127.0.0.1:{server.free_port()}"
    r = CliRunner().invoke(main, ["db", "status"], env={"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"})
    assert r.exit_code == 1
    assert r.stderr.startswith(f"geokg: error: Neo4j is not reachable at {uri} (NEO4J_URI)")
    assert r.stderr.count("\n") == 1


def test_neo4j_uri_makes_db_start_start_nothing(tmp_path):
    home = tmp_path / "home"
    env = {"GEOKG_HOME": str(home), "NEO4J_URI": "bolt://db.example:7687", "NEO4J_PASSWORD": "x"}
    r = _run(["db", "start"], env)
    assert r.exit_code == 0
    assert "NEO4J_URI is set" in r.stdout and "bolt://db.example:7687" in r.stdout
    assert not home.exists()
    r = _run(["db", "stop"], env)
    assert r.exit_code == 0 and "nothing to stop" in r.stdout


def _env_without(tool: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    """os.environ whose PATH holds only this Python's folder plus links to every tool but ``tool``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("java", "mvn"):
        found = server.shutil.which(name)
        if name != tool and found:
            (bin_dir / name).symlink_to(found)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_") and k != "JAVA_HOME"}
    env.update(PATH=f"{bin_dir}:{Path(sys.executable).parent}", GEOKG_HOME=str(tmp_path / "home"),
               GEOKG_BOLT_PORT=str(server.free_port()), **extra)
    return env


def test_missing_java_is_one_clear_line(tmp_path):
    proc = subprocess.run([GEOKG, "db", "start"], env=_env_without("java", tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith("geokg: error: Java 17+ is needed to run Neo4j but `java` was not found")
    assert proc.stderr.count("\n") == 1


def test_missing_maven_is_one_clear_line(tmp_path):
    env = _env_without("mvn", tmp_path, XDG_CACHE_HOME=str(tmp_path / "empty-cache"))
    proc = subprocess.run([GEOKG, "db", "start"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.startswith("geokg: error: Maven (`mvn`) is needed once to download Neo4j")
    assert proc.stderr.count("\n") == 1


def test_stale_pid_file_reads_as_stopped(tmp_path):
    settings = Settings.from_env({"GEOKG_HOME": str(tmp_path), "GEOKG_BOLT_PORT": str(server.free_port())})
    local = server.LocalServer(settings)
    dead = subprocess.Popen(["true"])
    dead.wait()
    local.root.mkdir(parents=True)
    local.state_file.write_text(f'{{"pid": {dead.pid}, "port": 1}}')
    assert local.running_pid() is None
    assert not local.state_file.exists()
    assert local.status().running is False


def test_the_jar_cache_is_shared_and_complete(neo4j_server):
    lib = server.jar_dir()
    assert (lib.parent / ".complete").exists()
    assert (lib / f"neo4j-{server.neo4j_version()}.jar").exists()
    assert server.neo4j_version().startswith("5.26.")
