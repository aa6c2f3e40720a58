"""The ``akhbar`` command line: thin Typer commands over ``akhbar.api.Akhbar``.

Each command parses its options, makes one facade call and renders the result (a Rich table, or with
``--json`` exactly the object the REST API returns). Only this package turns an ``AkhbarError`` into
an exit code and a one-line message; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console

from akhbar.cli.app import app
from akhbar.errors import AkhbarError

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``akhbar`` script."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or os.environ.get("AKHBAR_DEBUG") == "1"
    if "--debug" in args:
        args = [a for a in args if a != "--debug"]
    err = Console(stderr=True)
    try:
        app(args=args, prog_name="akhbar")
    except AkhbarError as exc:
        if debug:
            raise
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: what was committed before the interruption is kept")
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        err.print(
            f"[bold red]unexpected error:[/] {type(exc).__name__}: {exc}\n"
            "Run the same command with --debug for the traceback, and report it if it persists.",
            highlight=False,
        )
        sys.exit(1)
