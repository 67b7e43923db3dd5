"""Where things live and how to reach Neo4j, from environment variables with safe defaults.

A local server is managed by ``geokg db`` under ``GEOKG_HOME`` (default ``.geokg`` in the project
folder). When ``NEO4J_URI`` is set, that server is used instead and nothing local is started.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _default_home() -> Path:
    # An editable install (the README's set-up) keeps data inside the checkout; otherwise cwd.
    if (PROJECT_DIR / "pyproject.toml").exists():
        return PROJECT_DIR / ".geokg"
    return Path.cwd() / ".geokg"


@dataclass(frozen=True)
class Settings:
    home: Path
    bolt_port: int
    heap: str
    pagecache: str
    external_uri: str | None
    external_user: str
    external_password: str | None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        return cls(
            home=Path(env.get("GEOKG_HOME") or _default_home()).expanduser().resolve(),
            bolt_port=int(env.get("GEOKG_BOLT_PORT", "7687")),
            heap=env.get("GEOKG_NEO4J_HEAP", "512m"),
            pagecache=env.get("GEOKG_NEO4J_PAGECACHE", "256m"),
            external_uri=env.get("NEO4J_URI") or None,
            external_user=env.get("NEO4J_USER", "neo4j"),
            external_password=env.get("NEO4J_PASSWORD"),
        )

    @property
    def uses_external_server(self) -> bool:
        return self.external_uri is not None

    @property
    def password_file(self) -> Path:
        return self.home / "neo4j-password"
