"""Which parameter values the driver could not send to Neo4j, named by their path."""

from __future__ import annotations

import pytest

from graph.bolt_values import INT64_MAX, INT64_MIN, parameters_problem


def test_values_bolt_carries_pass():
    assert parameters_problem({"a": INT64_MAX, "b": INT64_MIN, "c": [1.5, None, True, "å ß ž"], "d": {"k": [{}]}}) is None


@pytest.mark.parametrize("parameters, expected", [
    ({"n": INT64_MAX + 1}, "n: an integer beyond 64 bits"),
    ({"n": INT64_MIN - 1}, "n: an integer beyond 64 bits"),
    ({"deep": [{}, [0.5, {"x": -(2 ** 70)}]]}, "deep[1][1].x: an integer beyond 64 bits"),
    ({"s": "a\ud800b"}, "s: text that is not valid Unicode (a lone surrogate at position 1)"),
    ({"m": {"\udfff": 1}}, "m: a key that is not valid Unicode"),
])
def test_the_first_value_it_cannot_carry_is_named(parameters, expected):
    assert parameters_problem(parameters).startswith(expected)


def test_a_broken_parameter_name_is_reported_in_ascii():
    problem = parameters_problem({"x\ud800": 1})
    assert problem.endswith("a parameter name that is not valid Unicode")
    problem.encode("utf-8")  # the message itself must be sendable
