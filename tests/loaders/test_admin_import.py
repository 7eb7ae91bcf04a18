"""Running neo4j-admin: what is checked before the tool starts (no server, no import)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.image import GraphImage
from graph.import_files import write_import_files
from loaders.admin_import import AdminImportError, admin_import, ensure_conf


def _files(folder: Path) -> Path:
    image = GraphImage()
    image.merge_node("Entity", "uid", "state:SE")
    write_import_files(image, folder)
    return folder


def test_a_home_whose_server_runs_is_refused_by_name(tmp_path: Path):
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    (home / "run" / "neo4j.pid").write_text(str(os.getpid()))  # a live process stands for the server
    with pytest.raises(AdminImportError, match=f"{home}: its server is running"):
        admin_import(_files(tmp_path / "csv"), home)


def test_a_folder_without_import_files_is_refused_by_name(tmp_path: Path):
    with pytest.raises(ValueError, match="import.json"):
        admin_import(tmp_path, tmp_path / "home")


def test_a_new_home_gets_the_project_conf_with_the_ports_of_the_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEO4J_BOLT_PORT", "17999")
    conf = ensure_conf(tmp_path / "home")
    text = (conf / "neo4j.conf").read_text()
    assert "server.bolt.listen_address=127.0.0.1:17999" in text and "@" not in text
    assert (tmp_path / "home" / "data").is_dir()
