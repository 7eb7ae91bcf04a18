"""The import files: typed headers, groups by signature, quoting, and what CSV cannot say (no server)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.image import GraphImage
from graph.import_files import (
    ARRAY_DELIMITER,
    EMPTY_LISTS_KEY,
    EMPTY_LISTS_LABEL,
    ImportFileError,
    ImportManifest,
    admin_arguments,
    encode,
    value_type,
    write_import_files,
)


def test_value_types_follow_the_importer_names_and_a_bool_is_not_a_long():
    assert value_type(True, "x") == "boolean"
    assert value_type(3, "x") == "long" and value_type(0.5, "x") == "double"
    assert value_type(dt.date(2024, 1, 2), "x") == "date"
    assert value_type(dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc), "x") == "datetime"
    assert value_type(["a", "b"], "x") == "string[]" and value_type([], "x") == ""


def test_a_list_of_two_types_is_refused_naming_where():
    with pytest.raises(ImportFileError, match="node State 'state:SE' property 'names'"):
        value_type(["a", 1], "node State 'state:SE' property 'names'")


def test_texts_are_quoted_with_quotes_doubled_and_lists_cut_on_the_unit_separator():
    assert encode('say "no", then; go\\', "string", "x") == '"say ""no"", then; go\\"'
    assert encode(["a;b", 'c"'], "string[]", "x") == f'"a;b{ARRAY_DELIMITER}c"""'
    assert encode(dt.date(2024, 6, 1), "date", "x") == "2024-06-01" and encode(0.1, "double", "x") == "0.1"
    with pytest.raises(ImportFileError, match="array delimiter"):
        encode([f"a{ARRAY_DELIMITER}b"], "string[]", "node X property 'names'")


def _image() -> GraphImage:
    image = GraphImage()
    se = image.node(image.merge_node("Entity", "uid", "state:SE"))
    se.labels.append("State")
    se.props.update({"iso2": "SE", "eu_joined": dt.date(1995, 1, 1), "names": ["sv:Sverige"]})
    gb = image.node(image.merge_node("Entity", "uid", "state:GB"))
    gb.labels.append("State")
    gb.props.update({"iso2": "GB", "eu_joined": dt.date(1973, 1, 1), "eu_left": dt.date(2020, 1, 31)})
    odd = image.node(image.merge_node("Entity", "uid", "state:XX"))
    odd.labels.append("State")
    odd.props.update({"iso2": 7, "warnings": []})
    rel, _ = image.merge_rel("MENTIONS", 0, 1, "f-1")
    rel.props.update({"kind": "state", "states": []})
    return image


def test_nodes_are_grouped_by_labels_and_typed_keys_each_group_a_header_and_a_data_file(tmp_path: Path):
    manifest = write_import_files(_image(), tmp_path)
    headers = sorted((tmp_path / h).read_text().strip() for h, _ in manifest.nodes)
    assert headers == [
        f":ID,:LABEL,{EMPTY_LISTS_KEY}:string[],iso2:long,uid:string",
        ":ID,:LABEL,eu_joined:date,eu_left:date,iso2:string,uid:string",
        ":ID,:LABEL,eu_joined:date,iso2:string,names:string[],uid:string",
    ]
    data = {(tmp_path / d).read_text() for _, d in manifest.nodes}
    assert f'0,"Entity{ARRAY_DELIMITER}State",1995-01-01,"SE","sv:Sverige","state:SE"\n' in data
    assert f'2,"Entity{ARRAY_DELIMITER}State{ARRAY_DELIMITER}{EMPTY_LISTS_LABEL}","warnings",7,"state:XX"\n' in data
    assert manifest.node_count == 3 and manifest.labels == {"Entity": 3, "State": 3}
    assert manifest.empty_lists == {"nodes": 1, "relationships": 1}
    (rh, rd), = manifest.relationships
    assert (tmp_path / rh).read_text() == f":START_ID,:END_ID,:TYPE,{EMPTY_LISTS_KEY}:string[],fact_id:string,kind:string\n"
    assert (tmp_path / rd).read_text() == '0,1,"MENTIONS","states","f-1","state"\n'
    assert ImportManifest.read(tmp_path) == manifest


def test_a_value_the_files_cannot_carry_is_refused_naming_the_node_and_property(tmp_path: Path):
    image = GraphImage()
    image.node(image.merge_node("Entity", "uid", "org:x")).props["meta"] = {"nested": 1}
    with pytest.raises(ImportFileError, match=r"node Entity 'org:x' property 'meta': a dict cannot be a property"):
        write_import_files(image, tmp_path)


def test_the_admin_arguments_name_every_group_and_the_delimiters(tmp_path: Path):
    manifest = write_import_files(_image(), tmp_path)
    args = admin_arguments(manifest, tmp_path, "neo4j", overwrite=True)
    assert sum(a.startswith("--nodes=") for a in args) == 3 and sum(a.startswith("--relationships=") for a in args) == 1
    assert "--array-delimiter=U+001F" in args and "--id-type=integer" in args and "--overwrite-destination=true" in args
    assert args[-1] == "neo4j"


def test_a_missing_manifest_is_named(tmp_path: Path):
    with pytest.raises(ImportFileError, match="import.json"):
        ImportManifest.read(tmp_path)
