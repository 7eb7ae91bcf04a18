"""What a researcher pastes into Neo4j Browser works: every query file after the cookbook's
``:param`` lines, and the style sheet captions every label.

Issue 17: only 4 of the 8 files in ``cypher/queries/`` ran as pasted after the cookbook's
``:param`` lines (the others named parameters the cookbook never set), and nodes showed as
blank circles (no style sheet). Browser evaluates ``:param name => expression`` on the server
(``RETURN expression``) and sends a pasted file as it is, comments included; these tests do
the same through the driver, on the starting corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.named_queries import load_named_queries
from graph.schema import schema_statements
from core.settings import PROJECT_ROOT

pytestmark = pytest.mark.neo4j

QUERY_FILES = sorted((PROJECT_ROOT / "cypher" / "queries").glob("*.cypher"))
COOKBOOK = PROJECT_ROOT / "docs" / "cookbook.md"
GRASS = PROJECT_ROOT / "cypher" / "browser" / "pledgegraph.grass"
_PARAM_LINE = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?)\s*$")
_RULE = re.compile(r"^node\.(\w+)\s*\{(.*?)^\}", re.M | re.S)
_CAPTION = re.compile(r'caption:\s*"([^"]*)"')


def cookbook_params() -> list[tuple[str, str]]:
    """The ``:param`` lines of the cookbook's code blocks, in order (a later line wins, as in Browser)."""
    lines, inside = [], False
    for line in COOKBOOK.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = not inside
            continue
        if inside and (m := _PARAM_LINE.match(line.strip())):
            lines.append((m.group(1), m.group(2)))
    return lines


def browser_params(driver) -> dict:
    params = {}
    for name, expression in cookbook_params():
        params[name] = driver.execute_query(f"RETURN {expression} AS value", parameters_=params).records[0]["value"]
    return params


def used_parameters(text: str) -> set[str]:
    code = "\n".join(line.split("//", 1)[0] for line in text.splitlines())
    return set(re.findall(r"\$(\w+)", code))


def test_the_cookbook_sets_every_parameter_of_every_query_file():
    names = {name for name, _ in cookbook_params()}
    assert QUERY_FILES
    for path in QUERY_FILES:
        missing = used_parameters(path.read_text(encoding="utf-8")) - names
        assert not missing, f"{path.name} needs :param {', '.join(sorted(missing))} in docs/cookbook.md"


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_each_query_file_runs_as_pasted_after_the_cookbook_params(neo4j_driver, corpus_graph, path):
    params = browser_params(neo4j_driver)
    pasted = path.read_text(encoding="utf-8")
    with neo4j_driver.session() as session:
        rows = [r.data() for r in session.run(pasted, params)]
    # The API runs the same file with the same values (typed by the header) and gets the same rows.
    query = load_named_queries()[path.stem]
    api_values = {k: (v.iso_format() if hasattr(v, "iso_format") else v) for k, v in params.items() if k in {p.name for p in query.params}}
    api_rows = [r.data() for r in neo4j_driver.execute_query(query.cypher, parameters_=query.bind(api_values)).records]
    assert api_rows == rows


def test_the_headline_answers_as_pasted(neo4j_driver, corpus_graph):
    """Browser's parameters are global: one set for every file. The headline must still answer."""
    pasted = (PROJECT_ROOT / "cypher" / "queries" / "signatories_opposing_export_rules.cypher").read_text(encoding="utf-8")
    rows = neo4j_driver.execute_query(pasted, parameters_=browser_params(neo4j_driver)).records
    assert {r["iso2"] for r in rows} == {"FI", "IE", "PL", "SE", "GB"}  # as of 2024-06-01, the cookbook's date


def grass_rules() -> dict[str, str]:
    rules = {}
    for label, body in _RULE.findall(GRASS.read_text(encoding="utf-8")):
        if m := _CAPTION.search(body):
            rules[label] = m.group(1)
    return rules


def test_style_sheet_captions_every_label_of_the_schema():
    labels = {m for st in schema_statements() for m in re.findall(r"\(\w+:(\w+)\)", st.cypher)} - {"Entity"}
    assert {"State", "Instrument", "Edition", "Evidence", "LoadRun"} <= labels
    assert labels <= set(grass_rules()), f"no caption for {sorted(labels - set(grass_rules()))}"


def test_no_node_of_the_corpus_is_a_blank_circle(neo4j_driver, corpus_graph):
    rules = grass_rules()
    present = {r["label"] for r in neo4j_driver.execute_query("CALL db.labels() YIELD label RETURN label").records}
    assert present - {"Entity"} <= set(rules), f"no caption for {sorted(present - {'Entity'} - set(rules))}"
    for label, caption in rules.items():
        keys = re.findall(r"\{(\w+)\}", caption)
        assert keys, f"{label}: caption {caption!r} shows no property"
        blank = neo4j_driver.execute_query(
            f"MATCH (n:`{label}`) WHERE any(k IN $keys WHERE n[k] IS NULL) RETURN count(n) AS n", keys=keys).records[0]["n"]
        assert blank == 0, f"{blank} {label} nodes lack a property of their caption {caption!r}"
