"""The routing scheme against the real server: what the API needs to run on a cluster or Aura.

A single Community server answers the routing protocol (``neo4j://``) as a cluster of one:
it is the writer, a reader and a router. The API's reads ask for READ access, so on a
cluster they go to the readers; a read session that tried to write would be refused by
the server, which is what makes sending them to read replicas safe.
"""

from __future__ import annotations

import asyncio

import neo4j
import pytest
from neo4j.exceptions import ClientError

from core.settings import Neo4jSettings
from graph.driver import open_async_driver, open_driver

pytestmark = pytest.mark.neo4j


def _routed(settings: Neo4jSettings) -> Neo4jSettings:
    return settings.model_copy(update={"uri": settings.uri.replace("bolt://", "neo4j://", 1)})


def test_the_server_routes_reads_and_writes_to_itself_as_a_cluster_of_one(clean_graph, neo4j_settings):
    if not neo4j_settings.uri.startswith("bolt://"):
        pytest.fail(f"this test expects the test server on bolt://, got {neo4j_settings.uri}")
    routed = _routed(neo4j_settings)
    driver = open_driver(routed)
    try:
        table = driver.execute_query("CALL dbms.routing.getRoutingTable({}, $db)", db=routed.database,
                                     routing_=neo4j.RoutingControl.READ).records[0]["servers"]
        roles = {s["role"]: s["addresses"] for s in table}
        assert set(roles) == {"WRITE", "READ", "ROUTE"}
        assert roles["READ"] == roles["WRITE"] == roles["ROUTE"] and len(roles["READ"]) == 1
        driver.execute_query("CREATE (:RoutingProbe {n: 1})", routing_=neo4j.RoutingControl.WRITE, database_=routed.database)
        n = driver.execute_query("MATCH (p:RoutingProbe) RETURN count(p) AS n", routing_=neo4j.RoutingControl.READ,
                                 database_=routed.database).records[0]["n"]
        assert n == 1
    finally:
        driver.close()


def test_a_read_session_of_the_api_kind_cannot_write(clean_graph, neo4j_settings):
    routed = _routed(neo4j_settings)

    async def attempt() -> str:
        driver = open_async_driver(routed)
        try:
            async with driver.session(database=routed.database, default_access_mode=neo4j.READ_ACCESS) as session:
                try:
                    await (await session.run("CREATE (:RoutingProbe {n: 2})")).consume()
                except ClientError as exc:
                    return exc.code or ""
                return "written"
        finally:
            await driver.close()
    assert asyncio.run(attempt()) == "Neo.ClientError.Statement.AccessMode"
    left = clean_graph.execute_query("MATCH (p:RoutingProbe) RETURN count(p) AS n").records[0]["n"]
    assert left == 0
