"""docker-compose.yml, the Dockerfile and the Neo4j version cannot rot unnoticed.

No Docker engine runs on the project's machines, so the compose file is checked by
parsing it (and with `docker compose config` where a compose plugin is available).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _pinned_neo4j_version() -> str:
    pom = (ROOT / "scripts" / "neo4j" / "pom.xml").read_text()
    return re.search(r"<neo4j.version>([\d.]+)</neo4j.version>", pom).group(1)


def test_compose_runs_the_same_neo4j_version_as_the_local_script():
    assert COMPOSE["services"]["neo4j"]["image"] == f"neo4j:{_pinned_neo4j_version()}-community"
    assert _pinned_neo4j_version().startswith("5.26.")


def test_compose_has_no_default_password():
    text = (ROOT / "docker-compose.yml").read_text()
    for match in re.finditer(r"\$\{NEO4J_PASSWORD([^}]*)\}", text):
        assert match.group(1).startswith(":?"), f"NEO4J_PASSWORD must be required, found ${{NEO4J_PASSWORD{match.group(1)}}}"
    assert "pledgegraph-local" not in text


def test_compose_publishes_ports_on_loopback_only():
    for name, service in COMPOSE["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"


def test_compose_services_wait_for_a_healthy_neo4j():
    services = COMPOSE["services"]
    assert "healthcheck" in services["neo4j"]
    assert {"api", "loader", "loader-cron"} <= set(services)
    for name in ("api", "loader", "loader-cron"):
        assert services[name]["depends_on"]["neo4j"]["condition"] == "service_healthy"
        assert services[name]["build"] == "."
    assert COMPOSE["volumes"].keys() >= {"neo4j-data"}


def test_dockerfile_copies_only_paths_that_exist():
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.startswith("COPY "):
            for src in line.split()[1:-1]:
                assert (ROOT / src).exists(), f"Dockerfile copies missing {src}"


def test_compose_config_validates_where_a_compose_plugin_exists(monkeypatch):
    """Runs `docker compose config` when the plugin answers; otherwise the parse above stands."""
    docker = shutil.which("docker")
    has_plugin = docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0
    if has_plugin:
        result = subprocess.run(
            [docker, "compose", "config", "--quiet"], cwd=ROOT, capture_output=True, text=True,
            env={"NEO4J_PASSWORD": "only-for-validation", "PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == 0, result.stderr
    else:  # what `compose config` would refuse: a service without image or build, a dangling name
        services, volumes = COMPOSE["services"], COMPOSE.get("volumes") or {}
        for name, service in services.items():
            assert "image" in service or "build" in service, f"{name} has neither image nor build"
            needs = service.get("depends_on") or []
            assert set(needs) <= services.keys(), f"{name} depends on {set(needs) - services.keys()}"
            for mount in service.get("volumes") or []:
                source = str(mount if isinstance(mount, str) else mount.get("source", "")).split(":")[0]
                if source and not source.startswith((".", "/", "$", "~")):
                    assert source in volumes, f"{name} mounts undeclared volume {source}"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_constraints_pin_every_declared_dependency_exactly():
    """make install and the image install through constraints.txt; a dependency added to
    pyproject.toml but not locked would float to whatever PyPI serves that day."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    names = {_canonical(re.split(r"[\[<>=!~ ;]", d, maxsplit=1)[0]) for d in declared}
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep and version, f"constraints.txt: {line!r} is not an exact pin"
            pins[_canonical(name)] = version
    assert names - pins.keys() == set(), "run make lock: these are not in constraints.txt"
