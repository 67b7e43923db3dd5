"""docker-compose.yml, Dockerfile and .env.example: what a Docker user relies on.

Docker cannot run here, so the files are parsed and checked for the things that break a
deployment or its security: the image, persistence, the password, how services find Neo4j.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
REQUIRED_PASSWORD = re.compile(r"^\$\{NEO4J_PASSWORD:\?[^}]+\}$")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def test_neo4j_is_the_official_5_26_community_image(services):
    assert services["neo4j"]["image"] == "neo4j:5.26-community"


def test_neo4j_data_lives_in_a_named_volume(compose, services):
    mounts = dict(v.split(":")[:2][::-1] for v in services["neo4j"]["volumes"])
    assert "/data" in mounts
    assert mounts["/data"] in compose["volumes"], "the /data volume must be a named volume"


def test_the_password_comes_from_env_and_is_required(services):
    auth = _env(services["neo4j"])["NEO4J_AUTH"]
    user, _, password = auth.partition("/")
    assert user == "neo4j"
    assert REQUIRED_PASSWORD.match(password), auth  # ${NEO4J_PASSWORD:?...}: no silent default
    text = (ROOT / "docker-compose.yml").read_text()
    assert "neo4j/neo4j" not in text and "NEO4J_AUTH: none" not in text.replace("\"", "")


def test_env_example_has_no_usable_password():
    values = dict(line.split("=", 1) for line in (ROOT / ".env.example").read_text().splitlines()
                  if line.strip() and not line.lstrip().startswith("#"))
    assert "NEO4J_PASSWORD" in values
    assert values["NEO4J_PASSWORD"].strip() == "", "users must choose their own password"


def test_neo4j_settings_via_env_are_well_formed(services):
    # The image turns NEO4J_a_b__c into a.b_c; anything else NEO4J_* would become a bogus setting
    # that strict config validation rejects at start-up.
    allowed_special = {"NEO4J_AUTH"}
    for name in _env(services["neo4j"]):
        if name in allowed_special:
            continue
        setting = name.removeprefix("NEO4J_").replace("__", "\0").replace("_", ".").replace("\0", "_")
        assert re.fullmatch(r"(server|dbms|db)\.[a-z_.]+", setting), name
    assert _env(services["neo4j"])["NEO4J_dbms_usage__report_enabled"] == "false"


def test_neo4j_healthcheck_runs_a_query(services):
    check = services["neo4j"]["healthcheck"]
    command = " ".join(check["test"])
    assert "cypher-shell" in command and "RETURN 1" in command
    assert check["retries"] * _seconds(check["interval"]) >= 60


def _seconds(text: str) -> int:
    m = re.fullmatch(r"(\d+)s", str(text))
    assert m, text
    return int(m.group(1))


@pytest.mark.parametrize("name", ["dashboard", "ingest", "scheduler"])
def test_geokg_services_reach_neo4j_by_service_name(services, name):
    service = services[name]
    env = _env(service)
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["NEO4J_USER"] == "neo4j"
    assert REQUIRED_PASSWORD.match(env["NEO4J_PASSWORD"])
    assert service["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert service["build"] == "." or service["build"].get("context") == "."


def test_commands_of_the_geokg_services(services):
    assert services["dashboard"]["command"] == ["geokg", "dashboard", "--host", "0.0.0.0", "--port", "8501"]
    assert services["scheduler"]["command"] == ["geokg", "schedule", "--sources", "/data/sources.toml",
                                                "--every", "15m"]
    assert services["ingest"]["command"][:2] == ["geokg", "ingest"]
    # A one-shot: not started by `docker compose up`, never restarted.
    assert services["ingest"]["profiles"] and services["ingest"]["restart"] == "no"
    assert services["scheduler"]["restart"] == "unless-stopped"


def test_published_ports_are_loopback_only(services):
    for name, service in services.items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def test_dockerfile_installs_the_whole_package_and_serves_the_dashboard():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", text, re.M)
    assert re.search(r"pip install \.", text)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    for pattern in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]:
        package = pattern.rstrip("*")
        assert re.search(rf"^COPY {package} \./{package}$", text, re.M), f"{package} not copied"
    cmd = re.search(r"^CMD (\[.*\])$", text, re.M).group(1)
    assert yaml.safe_load(cmd) == ["geokg", "dashboard", "--host", "0.0.0.0", "--port", "8501"]
    assert re.search(r"^USER (?!root)\w+", text, re.M), "the app should not run as root"
