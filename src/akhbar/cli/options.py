"""Options several commands take, defined once so that each reads and behaves alike wherever it appears.

``--db`` is on every command that opens the store (listings, ingest, export, serve, load), ``--json``
on those that print what the REST API serves (listings, ingest, entities); ``--encoding``
and ``--max-bytes`` on both ways of reading inputs (``ingest`` and ``spark ingest``). The defaults stay
with each command, as Typer reads them from the parameter (``max_bytes: MaxBytes = MAX_BYTES``).
"""

from __future__ import annotations

from typing import Annotated

import typer

from akhbar.ingest.readers import ReadOptions

__all__ = ["MAX_BYTES", "Db", "Encoding", "Json", "MaxBytes"]

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a URL (postgresql://…). Default: $AKHBAR_DB or ./akhbar.db.",
    ),
]
#: ``--json`` on the commands that show what the REST API serves.
Json = Annotated[bool, typer.Option("--json", help="Print JSON: the same object the REST API returns.")]
Encoding = Annotated[
    str | None, typer.Option(help="Force an encoding (e.g. cp1256) instead of detecting it.")
]
#: The readers' own limit, the default of ``--max-bytes``.
MAX_BYTES = ReadOptions().max_bytes
MaxBytes = Annotated[int, typer.Option(help="Reject a single document larger than this.")]
