"""The named-query cache: parsed once, parsed again as soon as a file in queries/ changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.errors import CypherFileError
from graph.named_queries import NamedQueryCache

ONE = "// description: the first\nRETURN 1 AS one\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "one.cypher").write_text(ONE)
    return tmp_path


def test_an_unchanged_folder_is_not_parsed_again(folder):
    cache = NamedQueryCache(folder)
    first = cache.get()
    assert list(first) == ["one"]
    assert cache.get() is first


def test_added_edited_and_removed_files_are_seen_at_once(folder):
    cache = NamedQueryCache(folder)
    assert list(cache.get()) == ["one"]
    (folder / "queries" / "two.cypher").write_text("// description: the second\nRETURN 2 AS two\n")
    assert sorted(cache.get()) == ["one", "two"]
    path = folder / "queries" / "one.cypher"
    path.write_text("// description: the first, edited\nRETURN 11 AS one\n")
    assert cache.get()["one"].cypher == "RETURN 11 AS one"
    (folder / "queries" / "two.cypher").unlink()
    assert list(cache.get()) == ["one"]


def test_an_edit_that_keeps_size_and_mtime_is_seen_through_the_inode(folder):
    """Editors that save by writing a new file and renaming it over the old one."""
    cache = NamedQueryCache(folder)
    path = folder / "queries" / "one.cypher"
    stat = path.stat()
    assert cache.get()["one"].cypher == "RETURN 1 AS one"
    replacement = folder / "queries" / ".one.cypher.tmp"
    replacement.write_text(ONE.replace("1 AS", "2 AS"))
    os.utime(replacement, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(replacement, path)
    assert cache.get()["one"].cypher == "RETURN 2 AS one"


def test_a_broken_file_fails_every_call_until_fixed(folder):
    cache = NamedQueryCache(folder)
    cache.get()
    path = folder / "queries" / "one.cypher"
    path.write_text("RETURN 1\n")  # no description header
    for _ in range(2):
        with pytest.raises(CypherFileError):
            cache.get()
    path.write_text(ONE)
    assert list(cache.get()) == ["one"]


def test_a_missing_folder_means_no_queries_until_it_appears(tmp_path):
    cache = NamedQueryCache(tmp_path)
    assert cache.get() == {}
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "one.cypher").write_text(ONE)
    assert list(cache.get()) == ["one"]
