"""cases.yaml is read strictly: a wrong field is an error naming the case and the field."""

import textwrap

import pytest

from eval.dev import CASES_FILE
from eval.dev.cases import CasesError, load_cases

HEAD = """\
split_seed: 1
targets:
  drones: {describe: a drone regulation, acts: [], match: [drone]}
cases:
"""


def write(tmp_path, body: str):
    path = tmp_path / "cases.yaml"
    path.write_text(HEAD + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return path


CASE = """\
- id: one
  batch: 0
  split: dev
  source: {corpus: pages, query: q, url: "https://example.org/1", title: T, read: "2026-11-30"}
  kind: news
  languages: [en]
"""


def test_a_valid_file_loads(tmp_path):
    cases = load_cases(write(tmp_path, CASE + "  date: \"2024-05\"\n"))
    assert [c.id for c in cases.cases] == ["one"] and cases.cases[0].date == "2024-05"


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ("  kind_of_doc: news\n", "one.kind_of_doc"),
        ("  signatories: {states: [Germany]}\n", "one.signatories"),
        ("  date: \"24.05.2024\"\n", "one"),
        ("  stances: [{actor: {state: DE}, stance: oppose, target: nothing}]\n", "target 'nothing'"),
        ("  stances: [{actor: {state: DE, org: X}, stance: oppose, target: drones}]\n", "one.stances.0.actor"),
    ],
)
def test_a_wrong_field_names_the_case(tmp_path, extra, named):
    with pytest.raises(CasesError) as err:
        load_cases(write(tmp_path, CASE + extra))
    assert named in str(err.value)


def test_the_project_dev_set_is_valid_and_a_third_blind():
    cases = load_cases(CASES_FILE)
    assert len(cases.cases) >= 45
    blind = sum(c.split == "blind" for c in cases.cases)
    assert blind * 3 == len(cases.cases)
    for batch in {c.batch for c in cases.cases}:
        members = [c for c in cases.cases if c.batch == batch]
        assert sum(c.split == "blind" for c in members) * 3 == len(members), f"batch {batch}"
