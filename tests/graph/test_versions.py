"""graph/versions.py without a server: a version range resolved, and the runs the change list reads."""

from __future__ import annotations

import pytest

from graph.versions import VersionRangeError, change_parameters, resolve_range

VERSIONS = [{"version": 3, "run_id": "r3"}, {"version": 2, "run_id": "r2"}, {"version": 1, "run_id": "r1"}]


def test_defaults_are_the_newest_version_and_the_one_before():
    assert resolve_range(VERSIONS, None, None) == (2, 3)
    assert resolve_range(VERSIONS, 0, None) == (0, 3)
    assert resolve_range(VERSIONS, None, 1) == (0, 1)
    assert resolve_range([], None, None) == (0, 0)


@pytest.mark.parametrize("from_v, to_v, parameter", [(None, 4, "to_version"), (3, 2, "from_version")])
def test_a_range_outside_the_graph_names_its_bad_end(from_v, to_v, parameter):
    with pytest.raises(VersionRangeError) as raised:
        resolve_range(VERSIONS, from_v, to_v)
    assert raised.value.parameter == parameter


def test_the_runs_of_a_range_and_those_after_it():
    assert change_parameters(VERSIONS, 1, 2) == {"runs": ["r2"], "later": ["r3"]}
    assert change_parameters(VERSIONS, 0, 3) == {"runs": ["r3", "r2", "r1"], "later": []}
