"""A load run's progress on its LoadRun node, written in batches while the run goes on.

Written as groups commit rather than once at the end, so that neither the run's memory
nor its last transaction grows with the number of files, and a run that dies keeps its
``LOADED`` links and counts up to its last batch.
"""

from __future__ import annotations

import neo4j

from graph.cypher_files import statement


def run_progress(driver: neo4j.Driver, database: str, run_id: str, *, counts: list[str],
                 loaded: list[dict[str, str]], notable: list[str], notable_limit: int) -> None:
    """The run's counts so far, ``LOADED`` links to the documents it loaded (committed ones:
    a link to a missing document is not made), and its notable files appended up to
    ``notable_limit`` (the ones past it are counted in ``notable_unlisted``)."""
    driver.execute_query(statement("writer", "run_progress"), id=run_id, counts=counts, loaded=loaded,
                         notable=notable, notable_limit=notable_limit, database_=database)
