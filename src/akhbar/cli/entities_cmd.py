"""``akhbar entities`` and ``akhbar entity ID``: canonical entities across the corpus, thin over ``Akhbar``.

Each command parses, makes one facade call and renders a Rich table, or with ``--json`` prints the
very object ``GET /api/entities`` or ``GET /api/entities/ID`` returns. ``register`` adds them to the
top-level app (they are top-level commands, not a group, so they live here only to keep ``app.py`` small).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from akhbar.api.facade import Akhbar
from akhbar.cli import render
from akhbar.cli.options import Db, Json

if TYPE_CHECKING:
    from akhbar.store.repository import Entity, EntityDetail

out = Console()


def entities(
    db: Db = None,
    q: Annotated[
        str | None, typer.Option("--q", help="Any spelling of the name (folded, like search).")
    ] = None,
    label: Annotated[str | None, typer.Option(help="Only this type: PERS, LOC, ORG or MISC.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most N entities.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip the first N (paging).")] = 0,
    as_json: Json = False,
) -> None:
    """List canonical entities, most mentioned first: type, spellings, roles, mentions and articles."""
    with Akhbar.open(db) as ak:
        items = ak.entities(q=q, label=label, limit=limit, offset=offset)
    if as_json:
        render.print_json(
            out, {"ok": True, "limit": limit, "offset": offset, "items": [e.to_dict() for e in items]}
        )
    else:
        entities_table(items)


def entity(
    entity_id: Annotated[str, typer.Argument(help="An id from `akhbar entities`.")],
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Show one entity: its spellings and roles, the stories it appears in and what it said."""
    with Akhbar.open(db) as ak:
        detail = ak.entity(entity_id)
    if as_json:
        render.print_json(out, {"ok": True, **detail.to_dict()})
    else:
        entity_report(detail)


def register(app: typer.Typer) -> None:
    """Add ``entities`` and ``entity`` to the top-level ``akhbar`` app."""
    app.command()(entities)
    app.command()(entity)


def _counted(pairs: Sequence[tuple[str, int]], most: int) -> str:
    shown = "، ".join(f"{text} ({n})" for text, n in pairs[:most])
    return escape(shown + ("…" if len(pairs) > most else ""))


def entities_table(items: Sequence[Entity]) -> None:
    table = Table(show_header=True)
    for col in ("id", "type", "name", "mentions", "articles", "spellings", "roles"):
        table.add_column(col, overflow="fold")
    for e in items:
        table.add_row(
            e.id,
            e.label,
            escape(e.canonical),
            str(e.mentions),
            str(e.articles),
            _counted(e.variants, 4),
            _counted(e.roles, 2),
        )
    out.print(table)
    out.print(f"{len(items)} entity(ies)")


def entity_report(detail: EntityDetail) -> None:
    e = detail.entity
    out.rule(f"[bold]{escape(e.canonical)}[/] ({e.label})")
    out.print(f"entity {e.id} · {e.mentions} mention(s) in {e.articles} article(s)")
    out.print(f"spellings: {_counted(e.variants, len(e.variants))}")
    out.print(f"roles: {_counted(e.roles, len(e.roles)) or 'none'}")
    stories = Table(title=f"Stories ({detail.story_count})", show_header=True)
    for col in ("id", "size", "first", "last", "title"):
        stories.add_column(col, overflow="fold")
    for s in detail.stories:
        stories.add_row(
            s.id, str(s.size), str(s.first_date or "?"), str(s.last_date or "?"), escape(s.title[:90])
        )
    out.print(stories)
    quotes = Table(title=f"Quotations ({detail.quote_count})", show_header=True)
    for col in ("cited", "date", "outlet", "via", "words"):
        quotes.add_column(col, overflow="fold")
    for q in detail.quotes:
        quotes.add_row(
            f"{q.article_id}:{q.start}-{q.end}",
            str(q.pub_date or "?"),
            escape(q.outlet or ""),
            escape(q.via or ""),
            escape(" ".join(q.text.split())[:200]),
        )
    out.print(quotes)
