"""The ``pledgegraph`` command. Each subcommand lives in ``loaders/commands/<name>.py``.

This module only wires them together so that importing the CLI stays cheap: heavy
imports (language models, the driver) happen inside the command that needs them.
"""

from __future__ import annotations

import logging

import typer

from loaders.commands import bulk_import, export, extract, load, query, schema, serve

app = typer.Typer(
    name="pledgegraph",
    help="Load documents into the pledgegraph Neo4j graph and query it.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="show the driver's own warnings (retries, notifications)")) -> None:
    """Retries of transient errors (a deadlock between two loaders) are handled; the driver's
    own warnings about them would only alarm a user, so they are shown with --verbose only."""
    if not verbose:
        logging.getLogger("neo4j").setLevel(logging.ERROR)


app.command("extract")(extract.extract)
app.command("load")(load.load)
app.command("query")(query.query)
app.add_typer(schema.app, name="schema")
app.command("serve")(serve.serve)
app.command("export")(export.export)
app.command("bulk-import")(bulk_import.bulk_import)

if __name__ == "__main__":  # pragma: no cover
    app()
