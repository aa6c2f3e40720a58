"""``akhbar export STORY_ID``: one story as JSON, CSV, TimelineJS JSON or a Markdown report.

Thin over ``Akhbar.export``, the same call behind ``GET /api/stories/{id}/export``, so the file
written here is byte for byte what the REST API serves. ``register`` adds it to the top-level app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from akhbar.api.facade import Akhbar
from akhbar.cli.options import Db
from akhbar.errors import InputError
from akhbar.stories.export import FORMATS


def export(
    story_id: Annotated[str, typer.Argument(help="An id from `akhbar stories`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", dir_okay=False, help="Write to FILE instead of stdout.")
    ] = None,
    db: Db = None,
) -> None:
    """Export one story with its citations: json, csv (UTF-8 with BOM, for Excel), timelinejs or md."""
    with Akhbar.open(db) as ak:
        text = ak.export(story_id, fmt)
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(
            f"--out {out}: cannot write it ({exc.strerror}); check that its folder exists"
        ) from None


def register(app: typer.Typer) -> None:
    """Add ``export`` to the top-level ``akhbar`` app."""
    app.command()(export)
