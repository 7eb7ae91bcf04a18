"""Settings in one place, shared by the CLI, the API, the loaders and the tests.

Read from the environment (``NEO4J_*`` for the database, ``PLEDGEGRAPH_*`` for the
rest) when :func:`get_settings` is called, never at import time, so tests and the CLI
can point the same code at another server by setting variables.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOCAL_DEFAULT_PASSWORD = "pledgegraph-local"


class Neo4jSettings(BaseSettings):
    """Where the graph lives. Pointing ``NEO4J_URI`` at any server (or Aura) just works."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", extra="ignore")

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    # Documented local default: the project's own loopback-only server is created with it.
    password: SecretStr = SecretStr(LOCAL_DEFAULT_PASSWORD)
    database: str = "neo4j"
    connection_timeout: float = Field(default=5.0, description="seconds to wait for a connection")
    max_transaction_retry_time: float = 15.0


class AppSettings(BaseSettings):
    """Everything that is not the database."""

    model_config = SettingsConfigDict(env_prefix="PLEDGEGRAPH_", extra="ignore")

    cypher_dir: Path = PROJECT_ROOT / "cypher"
    corpus_dir: Path = PROJECT_ROOT.parent / "shared" / "corpus"
    metadata_dir: Path = PROJECT_ROOT / "metadata"
    api_keys: str = Field(default="", description="comma-separated keys allowed to write (POST /documents)")
    read_api_keys: bool = Field(default=False, description="require a key for reads too")
    cors_origins: str = Field(default="", description="comma-separated dashboard origins")
    cypher_timeout: float = Field(default=5.0, description="seconds before POST /cypher is stopped")
    cypher_row_cap: int = Field(default=1000, description="rows returned by POST /cypher at most")
    max_upload_bytes: int = 20 * 1024 * 1024
    # The loader's own limits: a file past them is rejected by name instead of taking
    # minutes and a multi-megabyte node property (a 50 MB text took 3 min to extract).
    max_document_bytes: int = Field(default=100 * 1024 * 1024, description="largest file the loader reads")
    max_text_chars: int = Field(default=5_000_000, description="longest decoded text the loader extracts (~2,000 pages)")
    load_batch_size: int = Field(default=500, description="rows per statement when a document is too large for one")
    # Small on purpose: Neo4j's cost per document rises with the transaction's size (MERGEs
    # check what the transaction already added), so 64 documents cost twice what 8 do.
    load_group_commit: int = Field(
        default=8, ge=1, description="documents per transaction (fewer only at the end of a run; 1: one each)")

    def api_key_set(self) -> set[str]:
        return {k.strip() for k in self.api_keys.split(",") if k.strip()}

    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


@lru_cache
def get_neo4j_settings() -> Neo4jSettings:
    return Neo4jSettings()


@lru_cache
def get_app_settings() -> AppSettings:
    return AppSettings()
