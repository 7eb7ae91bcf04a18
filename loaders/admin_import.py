"""Run ``neo4j-admin database import full`` on import files, and finish the imported database.

The side-effect edge of a bulk rebuild (:mod:`loaders.bulkimport` writes the files). The
import tool is ``org.neo4j.cli.AdminTool`` from the jars ``scripts/neo4j.sh install``
resolves (``org.neo4j:neo4j-command-line`` and ``neo4j-import-tool``, 5.26), run on the
same Java against a server home whose server is stopped. The import writes a store with no
constraints or indexes, and cannot write an empty list: :func:`finish_import` applies the
schema (``cypher/schema/``, as ``load`` does) and sets the empty lists
(``cypher/bulk/``) once the server of that home has started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import neo4j

from core.errors import PledgegraphError
from graph.cypher_files import statement
from graph.import_files import ImportManifest, admin_arguments
from graph.schema import apply_schema

ROOT = Path(__file__).resolve().parent.parent
CLASSPATH_FILE = ROOT / ".neo4j" / "classpath.txt"
NEO4J_SCRIPT = ROOT / "scripts" / "neo4j.sh"
CONF_TEMPLATE = ROOT / "scripts" / "neo4j" / "neo4j.conf.template"


class AdminImportError(PledgegraphError):
    """The import could not run or failed; the message names the home, the file or the tool's own words."""


@dataclass
class AdminResult:
    command: list[str]
    output: str
    seconds: float


def find_java() -> str:
    """Java 17 or 21, as scripts/neo4j.sh finds it: $NEO4J_JAVA, $JAVA_HOME, then `java` on PATH."""
    candidates = [os.environ.get("NEO4J_JAVA"),
                  os.environ.get("JAVA_HOME") and str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"),
                  shutil.which("java"), *map(str, Path("/usr/lib/jvm").glob("*/bin/java"))]
    for java in filter(None, candidates):
        if not os.access(java, os.X_OK):
            continue
        out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
        major = out.split('"')[1].split(".")[0] if '"' in out else ""
        if major in ("17", "21"):
            return java
    raise AdminImportError("no Java 17 or 21 found (Neo4j 5.26 needs one); set NEO4J_JAVA")


def classpath() -> str:
    """The Neo4j jars (resolved by ``scripts/neo4j.sh install`` when missing)."""
    if not CLASSPATH_FILE.is_file():
        done = subprocess.run(["bash", str(NEO4J_SCRIPT), "install"], capture_output=True, text=True)
        if done.returncode != 0:
            raise AdminImportError(f"could not resolve the Neo4j jars: {done.stderr.strip() or done.stdout.strip()}")
    return CLASSPATH_FILE.read_text(encoding="utf-8").strip()


def server_running(home: Path) -> bool:
    """Whether the server of ``home`` (its pid file, as scripts/neo4j.sh writes it) is alive."""
    pid_file = home / "run" / "neo4j.pid"
    try:
        pid = int(pid_file.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return True


def ensure_conf(home: Path) -> Path:
    """The home's conf folder; written from the project's template (as scripts/neo4j.sh start
    does, same variables and defaults) when the home has none yet."""
    conf = home / "conf"
    if not (conf / "neo4j.conf").is_file():
        for sub in ("conf", "data", "logs", "run", "import", "plugins"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        env = os.environ
        values = {"BOLT_PORT": env.get("NEO4J_BOLT_PORT", "7687"), "HTTP_PORT": env.get("NEO4J_HTTP_PORT", "7474"),
                  "PAGECACHE": env.get("NEO4J_PAGECACHE", "2g"), "HEAP": env.get("NEO4J_HEAP", "2g"),
                  "TX_TIMEOUT": env.get("NEO4J_TX_TIMEOUT", "120s"), "TX_MEMORY": env.get("NEO4J_TX_MEMORY", "512m")}
        text = CONF_TEMPLATE.read_text(encoding="utf-8")
        for name, value in values.items():
            text = text.replace(f"@{name}@", value)
        (conf / "neo4j.conf").write_text(text, encoding="utf-8")
    return conf


def admin_import(folder: Path, home: Path, *, database: str = "neo4j", overwrite: bool = False,
                 heap: str | None = None) -> AdminResult:
    """Import the files of ``folder`` (written by :func:`loaders.bulkimport.facts_to_import_files`)
    into ``database`` of the stopped server home ``home``."""
    home = Path(home).resolve()
    manifest = ImportManifest.read(folder)
    if server_running(home):
        raise AdminImportError(f"{home}: its server is running; stop it first (scripts/neo4j.sh stop), "
                               "the import writes the store offline")
    conf = ensure_conf(home)
    command = [find_java(), f"-Xmx{heap or os.environ.get('NEO4J_ADMIN_HEAP', '1g')}", "-cp", classpath(),
               "org.neo4j.cli.AdminTool", "database", "import", "full",
               *admin_arguments(manifest, folder, database, overwrite=overwrite)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True,
                          env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(conf)})
    seconds = time.perf_counter() - started
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or "IMPORT DONE" not in output:
        tail = "\n".join(output.splitlines()[-15:])
        raise AdminImportError(f"neo4j-admin database import into {home} ({database}) failed "
                               f"(exit {done.returncode}):\n{tail}")
    return AdminResult(command, output, seconds)


def start_server(home: Path) -> str:
    """Start the server of ``home`` through scripts/neo4j.sh (ports and password from the
    environment, as that script reads them); its output."""
    done = subprocess.run(["bash", str(NEO4J_SCRIPT), "start"], capture_output=True, text=True,
                          env={**os.environ, "PLEDGEGRAPH_NEO4J_HOME": str(Path(home).resolve())})
    if done.returncode != 0:
        raise AdminImportError(f"{home}: the server did not start: {(done.stderr or done.stdout).strip()}")
    return done.stdout.strip()


def finish_import(driver: neo4j.Driver, database: str, folder: Path) -> list[str]:
    """Apply the schema, as ``load`` does, then set the empty lists the files could not hold."""
    manifest = ImportManifest.read(folder)
    names = apply_schema(driver, database)
    with driver.session(database=database) as session:  # IN TRANSACTIONS needs an auto-commit transaction
        if manifest.empty_lists.get("nodes"):
            session.run(statement("bulk", "empty_lists_nodes")).consume()
        if manifest.empty_lists.get("relationships"):
            session.run(statement("bulk", "empty_lists_relationships")).consume()
    return names
