"""The local Neo4j server that ``geokg db`` manages: resolve, configure, start, stop, inspect.

Neo4j Community is resolved from Maven Central with Maven (``geokg/jvm/pom.xml``) into a jar
cache shared by every geokg home and by the test suite
(``${XDG_CACHE_HOME:-~/.cache}/geokg/neo4j-<version>/lib``), then run as a background JVM:

    java -cp '<cache>/lib/*' ... org.neo4j.server.CommunityEntryPoint --home-dir=H --config-dir=H/conf

Everything the server owns lives under ``Settings.home/neo4j`` (conf, data, logs, run); the
generated password sits in ``Settings.password_file`` (mode 0600). Bolt listens on 127.0.0.1
only. The HTTP connector (Neo4j Browser) is off: nothing in geokg uses it, the Community jars
from Maven do not ship the Browser UI anyway, and one less open port is one less thing to secure.
Usage-data reporting is off (air-gapped by design).

Start-up speed: the first server to exit writes a class-data-sharing archive of Neo4j's classes
next to the jars; later JVMs map it instead of loading and verifying ~10k classes (~35% faster).
Shutdown skips Netty's 2x5 s quiet period, so `geokg db stop` takes well under a second.

When ``NEO4J_URI`` is set nothing here starts anything: that server is used as is.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from filelock import FileLock

from geokg.errors import ConfigError, DatabaseAuthError, DatabaseUnavailable
from geokg.settings import Settings

POM = Path(__file__).resolve().parent / "jvm" / "pom.xml"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
MIN_JAVA = 17
USER = "neo4j"

# JVM flags Neo4j's own launcher passes; they keep Netty and the page cache on their fast paths.
_BASE_JVM_FLAGS = [
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=262144",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]

# For short-lived servers (the test suite): start fast rather than run fast for hours.
FAST_START_JVM_FLAGS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k"]
# The test suite provokes wrong passwords on purpose: no 5 s lock-out of the user after three.
TEST_CONFIG = {"dbms.security.auth_max_failed_attempts": "0"}

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


# --------------------------------------------------------------------------------------------
# Java, Maven and the jar cache
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def neo4j_version() -> str:
    m = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", POM.read_text(encoding="utf-8"))
    if not m:
        raise ConfigError(f"{POM}: no <neo4j.version> property")
    return m.group(1).strip()


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "geokg"


def jar_dir() -> Path:
    return cache_root() / f"neo4j-{neo4j_version()}" / "lib"


def _java_binary() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise ConfigError(f"Java {MIN_JAVA}+ is needed to run Neo4j but `java` was not found; "
                          f"install a JDK {MIN_JAVA} or 21 (e.g. `apt install openjdk-17-jre-headless`) "
                          "or set NEO4J_URI to use a running Neo4j")
    return found


@lru_cache(maxsize=None)
def _java_version_text(java: str) -> str:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"could not run {java} -version: {exc}") from None
    return out.stderr + out.stdout


@lru_cache(maxsize=None)
def find_java() -> str:
    """Path of a ``java`` of version 17 or later; ConfigError (one line) otherwise."""
    java = _java_binary()
    m = re.search(r'version "(\d+)(?:\.(\d+))?', _java_version_text(java))
    major = int(m.group(1)) if m else 0
    if major == 1 and m and m.group(2):       # "1.8.0_292" style
        major = int(m.group(2))
    if major < MIN_JAVA:
        raise ConfigError(f"Neo4j {neo4j_version()} needs Java {MIN_JAVA}+ but {java} is "
                          f"Java {major or 'of unknown version'}; install a JDK {MIN_JAVA} or 21 or set JAVA_HOME")
    return java


def ensure_jars(progress: Progress = _quiet) -> Path:
    """The jar folder of Neo4j, resolved with Maven on first use and reused afterwards."""
    lib = jar_dir()
    done = lib.parent / ".complete"
    if done.exists():
        return lib
    lib.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(lib.parent / ".resolve.lock")):
        if done.exists():  # another process resolved it while we waited
            return lib
        mvn = shutil.which("mvn")
        if not mvn:
            raise ConfigError("Maven (`mvn`) is needed once to download Neo4j from Maven Central but "
                              "was not found; install it (e.g. `apt install maven`) or set NEO4J_URI "
                              "to use a running Neo4j")
        progress(f"Downloading Neo4j {neo4j_version()} from Maven Central into {lib} (once) ...")
        tmp = Path(tempfile.mkdtemp(prefix="lib-", dir=lib.parent))
        cmd = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
               f"-DoutputDirectory={tmp}"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0 or not any(tmp.glob("neo4j-*.jar")):
            shutil.rmtree(tmp, ignore_errors=True)
            tail = " | ".join(line.strip() for line in (proc.stdout + proc.stderr).splitlines()
                              if "ERROR" in line)[:400]
            raise ConfigError(f"Maven could not resolve Neo4j {neo4j_version()} "
                              f"(exit {proc.returncode}): {tail or 'no output'}")
        if lib.exists():
            shutil.rmtree(lib)
        tmp.rename(lib)
        done.write_text(neo4j_version() + "\n")
    return lib


def class_archive() -> Path:
    """Where the class-data-sharing archive of this Neo4j on this JVM goes (see ``_cds_flags``)."""
    java = find_java()
    ident = hashlib.sha256(f"{os.path.realpath(java)}\n{_java_version_text(java)}".encode()).hexdigest()
    return jar_dir().parent / f"classes-{ident[:16]}.jsa"


def _cds_flags() -> tuple[list[str], Path | None]:
    """JVM flags for AppCDS: Neo4j loads ~10k classes at start-up and an archive of them, written
    by the first server when it exits, makes every later start ~35% faster. Returns the flags and
    the partial archive this server will write at exit (None when the archive exists)."""
    if os.environ.get("GEOKG_NEO4J_CDS", "1") == "0":
        return [], None
    final = class_archive()
    if final.exists():
        return [f"-XX:SharedArchiveFile={final}", "-Xshare:auto"], None
    for stale in final.parent.glob(final.name + ".*.partial"):   # from servers that were killed
        if time.time() - stale.stat().st_mtime > 3600:
            stale.unlink(missing_ok=True)
    partial = final.with_name(f"{final.name}.{secrets.token_hex(4)}.partial")
    return [f"-XX:ArchiveClassesAtExit={partial}"], partial


def _adopt_archive(partial: str | None) -> None:
    """Make the archive written by an exited server the shared one (if it wrote one)."""
    if not partial:
        return
    path = Path(partial)
    final = path.with_name(path.name.split(".jsa.", 1)[0] + ".jsa")   # drop ".<token>.partial"
    try:
        if path.stat().st_size > 0 and not final.exists():
            os.replace(path, final)
        else:
            path.unlink()
    except OSError:
        pass


# --------------------------------------------------------------------------------------------
# Processes
# --------------------------------------------------------------------------------------------

def _alive(pid: int) -> bool:
    """True when ``pid`` runs and is not a zombie (reaping it when it is our own child)."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    except (OSError, IndexError):
        return True


def _parent_death_signal() -> Callable[[], None] | None:
    """A preexec_fn asking Linux to SIGTERM the child when its parent dies (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    PR_SET_PDEATHSIG = 1

    def arm() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    return arm


def _cmdline(pid: int) -> str | None:
    """The command line of ``pid``, or None when unknown (no /proc, or a process mid-exec)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None  # no /proc (macOS): trust the pid file
    return raw.replace(b"\0", b" ").decode(errors="replace") or None


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    """Can a server bind ``host:port`` now (IPv4 or IPv6 host)?"""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Status:
    running: bool | None
    external: bool
    uri: str
    user: str
    pid: int | None
    credentials: str          # where the password is kept, for humans
    logs: Path | None

    def lines(self) -> list[str]:
        if self.external:
            return ["Neo4j: external server (NEO4J_URI), not managed by geokg",
                    f"bolt: {self.uri}",
                    f"credentials: user {self.user!r}, {self.credentials}"]
        state = f"running (pid {self.pid})" if self.running else "stopped"
        return [f"Neo4j: {state}",
                f"bolt: {self.uri}",
                f"credentials: user {self.user!r}, password in {self.credentials}",
                f"logs: {self.logs}"]


@dataclass(frozen=True)
class StartResult:
    uri: str
    pid: int
    already_running: bool
    seconds: float
    logs: Path


class LocalServer:
    """One Neo4j installation under ``settings.home/neo4j``."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        self.root = self.settings.home / "neo4j"
        self.conf_dir = self.root / "conf"
        self.data_dir = self.root / "data"
        self.logs_dir = self.root / "logs"
        self.run_dir = self.root / "run"
        self.state_file = self.root / "geokg-server.json"   # not in run/: Neo4j owns that
        self.console_log = self.logs_dir / "console.log"
        self._proc: subprocess.Popen | None = None
        self._log_offsets: dict[Path, int] = {}   # log sizes when this start began

    # -- state ----------------------------------------------------------------------------
    def _state(self) -> dict | None:
        try:
            return json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return None

    def running_pid(self) -> int | None:
        """The pid of this home's server if it is alive, else None (a stale pid file is removed)."""
        state = self._state()
        if not state:
            return None
        pid = int(state.get("pid", 0))
        cmd = _cmdline(pid) if pid else None
        if pid and _alive(pid) and (cmd is None or f"--home-dir={self.root}" in cmd):
            return pid
        self.state_file.unlink(missing_ok=True)
        return None

    @property
    def port(self) -> int:
        """The Bolt port: the running server's, else the configured one."""
        state = self._state()
        if state and self.running_pid():
            return int(state["port"])
        return self.settings.bolt_port

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def password(self) -> str | None:
        try:
            return self.settings.password_file.read_text().strip() or None
        except OSError:
            return None

    def status(self) -> Status:
        pid = self.running_pid()
        return Status(running=pid is not None, external=False, uri=self.uri, user=USER, pid=pid,
                      credentials=str(self.settings.password_file), logs=self.logs_dir)

    # -- configuration ----------------------------------------------------------------------
    def _ensure_password(self) -> str:
        path = self.settings.password_file
        existing = self.password()
        if existing:
            os.chmod(path, 0o600)
            return existing
        path.parent.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(24)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(password + "\n")
        os.chmod(path, 0o600)
        return password

    def write_config(self, port: int, extra: dict[str, str] | None = None) -> Path:
        s = self.settings
        for d in (self.conf_dir, self.data_dir, self.logs_dir, self.run_dir):
            d.mkdir(parents=True, exist_ok=True)
        conf = self.conf_dir / "neo4j.conf"
        conf.write_text("\n".join([
            "# Written by `geokg db start` at every start: edit geokg's settings, not this file.",
            f"server.directories.data={self.data_dir}",
            f"server.directories.logs={self.logs_dir}",
            f"server.directories.run={self.run_dir}",
            f"server.directories.import={self.root / 'import'}",
            f"server.directories.plugins={self.root / 'plugins'}",
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{port}",
            f"server.bolt.advertised_address=127.0.0.1:{port}",
            # Nothing in geokg speaks HTTP and the Maven jars carry no Browser UI: keep it closed.
            "server.http.enabled=false",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            # No network traffic of our own making: no usage reports, no driver telemetry.
            "dbms.usage_report.enabled=false",
            "server.bolt.telemetry.enabled=false",
            f"server.memory.heap.initial_size={s.heap}",
            f"server.memory.heap.max_size={s.heap}",
            f"server.memory.pagecache.size={s.pagecache}",
            # A laptop-sized store: keep little transaction log around, don't preallocate it.
            "db.tx_log.rotation.retention_policy=1 days 100M",
            "db.tx_log.preallocate=false",
            # Netty waits 2x5 s for a quiet period on shutdown by default; nothing is in flight then.
            "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
            *(f"{k}={v}" for k, v in (extra or {}).items()),
            "",
        ]), encoding="utf-8")
        return conf

    def _jvm_args(self, lib: Path, extra: list[str]) -> list[str]:
        heap = self.settings.heap
        gc = [] if any(re.fullmatch(r"-XX:\+Use\w+GC", f) for f in extra) else ["-XX:+UseG1GC"]
        return [find_java(), f"-Xms{_min_size(heap, '128m')}", f"-Xmx{heap}", *gc, *_BASE_JVM_FLAGS,
                *extra, f"-XX:ErrorFile={self.logs_dir / 'hs_err_pid%p.log'}",
                "-cp", f"{lib}{os.sep}*", MAIN_CLASS,
                f"--home-dir={self.root}", f"--config-dir={self.conf_dir}"]

    # -- start / stop -----------------------------------------------------------------------
    def start(self, *, timeout: float = 180.0, progress: Progress = _quiet,
              extra_jvm_flags: list[str] | None = None,
              extra_config: dict[str, str] | None = None,
              die_with_parent: bool = False) -> StartResult:
        """Start the server in the background (or reuse the running one) and wait for Bolt.

        ``extra_jvm_flags`` / ``extra_config`` (neo4j.conf settings) are for special servers such
        as the test suite's; ``GEOKG_NEO4J_JVM_FLAGS`` adds JVM flags too. ``die_with_parent``
        (Linux) has the kernel SIGTERM the server when the calling process dies, however it dies.
        """
        t0 = time.monotonic()
        self.root.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.root / ".start.lock")):
            pid = self.running_pid()
            if pid:
                password = self._ensure_password()
                self._wait_ready(pid, self.port, password, time.monotonic() + timeout)
                return StartResult(self.uri, pid, True, time.monotonic() - t0, self.logs_dir)
            port = self.settings.bolt_port
            if not port_free(port):
                raise ConfigError(f"port {port} on 127.0.0.1 is already in use by another program; "
                                  "stop it or pick another port with GEOKG_BOLT_PORT")
            find_java()
            lib = ensure_jars(progress)
            password = self._ensure_password()
            self.write_config(port, extra_config)
            extra = list(extra_jvm_flags or [])
            extra += os.environ.get("GEOKG_NEO4J_JVM_FLAGS", "").split()
            cds, partial_archive = _cds_flags()
            args = self._jvm_args(lib, cds + extra)
            self._log_offsets = {p: p.stat().st_size for p in self._log_files() if p.exists()}
            fresh = not (self.data_dir / "databases" / "system").exists()
            with open(self.console_log, "ab") as log:
                log.write(f"\n--- geokg db start {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())
                log.flush()
                proc = subprocess.Popen(args, cwd=self.root, stdin=subprocess.DEVNULL, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True,
                                        preexec_fn=_parent_death_signal() if die_with_parent else None)
            self._proc = proc
            self.state_file.write_text(json.dumps({
                "pid": proc.pid, "port": port, "started": time.time(),
                "archive": str(partial_archive) if partial_archive else None}))
            try:
                self._wait_ready(proc.pid, port, password, time.monotonic() + timeout, fresh)
            except BaseException:
                self._kill_group(proc.pid)
                self.state_file.unlink(missing_ok=True)
                raise
            return StartResult(f"bolt://127.0.0.1:{port}", proc.pid, False, time.monotonic() - t0,
                               self.logs_dir)

    def _wait_ready(self, pid: int, port: int, password: str, deadline: float,
                    fresh: bool = False) -> None:
        """Wait until Bolt answers with our password and the default database serves queries.

        ``fresh``: the DBMS was created by this start, so it still has the factory password.
        """
        import neo4j
        from neo4j import exceptions as nx

        while not _port_open(port):
            if not _alive(pid):
                raise DatabaseUnavailable(f"Neo4j exited during start-up; {self._log_tail()}")
            if time.monotonic() > deadline:
                raise DatabaseUnavailable(f"Neo4j did not open Bolt on 127.0.0.1:{port} in time; "
                                          f"{self._log_tail()}")
            time.sleep(0.1)
        uri = f"bolt://127.0.0.1:{port}"
        password_set = False
        while True:
            try:
                if not password_set:
                    self._set_initial_password(uri, password, fresh)
                    password_set = True
                with neo4j.GraphDatabase.driver(uri, auth=(USER, password), connection_timeout=5) as driver:
                    driver.execute_query("RETURN 1")
                return
            except nx.AuthError:
                raise self._auth_problem() from None
            except (nx.ServiceUnavailable, nx.SessionExpired, nx.TransientError,
                    nx.DatabaseUnavailable, OSError):
                if not _alive(pid):
                    raise DatabaseUnavailable(f"Neo4j exited during start-up; {self._log_tail()}") from None
                if time.monotonic() > deadline:
                    raise DatabaseUnavailable(f"Neo4j at {uri} did not become ready in time; "
                                              f"{self._log_tail()}") from None
                time.sleep(0.2)

    def _set_initial_password(self, uri: str, password: str, fresh: bool) -> None:
        """Replace the factory password neo4j/neo4j by ours the first time the DBMS runs.

        Tries the likelier credentials first so the security log does not fill with failures.
        """
        import neo4j
        from neo4j import exceptions as nx

        def ours_work() -> bool:
            with neo4j.GraphDatabase.driver(uri, auth=(USER, password), connection_timeout=5) as d:
                try:
                    d.verify_connectivity()
                    return True
                except nx.AuthError:
                    return False

        def change_factory_password() -> bool:
            with neo4j.GraphDatabase.driver(uri, auth=(USER, "neo4j"), connection_timeout=5) as d:
                try:
                    with d.session(database="system") as session:
                        session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
                                    password=password).consume()
                    return True
                except nx.AuthError:
                    return False

        attempts = (change_factory_password, ours_work) if fresh else (ours_work, change_factory_password)
        if not any(attempt() for attempt in attempts):
            raise self._auth_problem()

    def _auth_problem(self) -> DatabaseAuthError:
        return DatabaseAuthError(
            f"the Neo4j data in {self.data_dir} has a password that is not the one in "
            f"{self.settings.password_file}; restore that file or delete {self.data_dir} to start afresh")

    def _log_files(self) -> tuple[Path, Path]:
        return self.logs_dir / "neo4j.log", self.console_log

    def _log_tail(self, lines: int = 6) -> str:
        """The last telling lines this start wrote to neo4j.log and console.log, on one line."""
        tails = []
        for path in self._log_files():
            try:
                with open(path, "rb") as fh:
                    fh.seek(self._log_offsets.get(path, 0))
                    text = [ln.strip() for ln in fh.read().decode(errors="replace").splitlines()
                            if ln.strip() and not ln.startswith("--- geokg")]
            except OSError:
                continue
            interesting = [ln for ln in text if re.search(r"ERROR|Exception|Caused by|WARN", ln)]
            tails.extend((interesting or text)[-lines:])
        detail = " | ".join(tails)[-800:] if tails else "no log output"
        return f"log tail ({self.logs_dir}): {detail}"

    def stop(self, *, timeout: float = 120.0, progress: Progress = _quiet) -> bool:
        """SIGTERM the server and wait for a clean shutdown; SIGKILL only after ``timeout``.

        Returns False when nothing was running.
        """
        pid = self.running_pid()
        if not pid:
            return False
        partial_archive = (self._state() or {}).get("archive")
        if partial_archive:
            progress("Stopping Neo4j; this first stop also saves a cache of its classes that makes "
                     "later starts faster (a few seconds) ...")
        try:
            os.killpg(pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + timeout
        killed = False
        while _alive(pid):
            if time.monotonic() > deadline:
                self._kill_group(pid)
                killed = True
                break
            time.sleep(0.1)
        if self._proc is not None:
            self._proc.wait(timeout=5)
            self._proc = None
        self.state_file.unlink(missing_ok=True)
        if killed and partial_archive:
            Path(partial_archive).unlink(missing_ok=True)   # possibly half-written
        else:
            _adopt_archive(partial_archive)
        return True

    def _kill_group(self, pid: int) -> None:
        for send in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
            try:
                send()
                break
            except (ProcessLookupError, PermissionError):
                continue
        for _ in range(100):
            if not _alive(pid):
                break
            time.sleep(0.05)
        if self._proc is not None and self._proc.pid == pid:
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            self._proc = None


def _min_size(a: str, b: str) -> str:
    """The smaller of two JVM sizes like ``512m`` / ``1g``."""
    def parse(v: str) -> int:
        m = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)\s*", v)
        if not m:
            raise ConfigError(f"bad memory size {v!r}: use e.g. 512m or 2g")
        return int(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return a if parse(a) <= parse(b) else b


# --------------------------------------------------------------------------------------------
# What commands and Graph use
# --------------------------------------------------------------------------------------------

def connection(settings: Settings | None = None) -> tuple[str, str, str | None, str]:
    """``(uri, user, password, where the password comes from)`` for the configured server."""
    s = settings or Settings.from_env()
    if s.uses_external_server:
        return s.external_uri, s.external_user, s.external_password, "NEO4J_PASSWORD"
    server = LocalServer(s)
    return server.uri, USER, server.password(), str(s.password_file)


def status(settings: Settings | None = None) -> Status:
    """Where the server is and whether it runs (for an external one: ``running`` is unknown: None)."""
    s = settings or Settings.from_env()
    if s.uses_external_server:
        return Status(running=None, external=True, uri=s.external_uri, user=s.external_user,
                      pid=None, credentials="password from NEO4J_PASSWORD", logs=None)
    return LocalServer(s).status()


def check(settings: Settings | None = None) -> None:
    """Connect once and run a query; DatabaseUnavailable / DatabaseAuthError (one line) if not."""
    from geokg.graph import Graph

    with Graph.connect(settings, apply_schema=False) as graph:
        graph.read("RETURN 1 AS ok", timeout=10)

