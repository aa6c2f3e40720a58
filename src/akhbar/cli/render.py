"""Rich renderings of the facade's results; nothing here computes anything the JSON does not hold."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from akhbar.model import Article, Citation, Story, StoryHeadline

if TYPE_CHECKING:
    from akhbar.api.ingest_report import IngestReport
    from akhbar.ingest.document import Rejected
    from akhbar.store.repository import SearchHit


def print_json(out: Console, value: Any) -> None:
    """``value`` as JSON with the Arabic readable (not \\u-escaped); dates and other values as strings."""
    out.print_json(json.dumps(value, ensure_ascii=False, default=str))


def ingest_report(out: Console, report: IngestReport) -> None:
    table = Table(title="Ingest", show_header=True)
    for col in ("read", "ingested", "duplicates", "exact copies", "rejected", "stories"):
        table.add_column(col, justify="right")
    table.add_row(
        str(report.seen),
        str(report.ingested),
        str(report.duplicates),
        str(report.copies),
        str(len(report.rejected)),
        str(report.stories),
    )
    out.print(table)
    rejected_table(out, report.rejected)


def rejected_table(out: Console, rejected: Sequence[Rejected]) -> None:
    """The inputs a run rejected, each with its reason (nothing when there are none)."""
    if not rejected:
        return
    table = Table(title="Rejected inputs", show_header=True)
    table.add_column("source", overflow="fold")
    table.add_column("reason", overflow="fold")
    for item in rejected:
        table.add_row(escape(item.source), escape(item.reason))
    out.print(table)


def articles_table(out: Console, items: Sequence[Article]) -> None:
    table = Table(show_header=True)
    for col in ("id", "date", "from", "outlet", "credits", "title"):
        table.add_column(col, overflow="fold")
    for a in items:
        table.add_row(
            a.id,
            a.pub_date.isoformat() if a.pub_date else "unknown",
            a.pub_date_source or "",
            escape(a.outlet or ""),
            escape("، ".join(a.credits)),
            escape((a.title or "")[:90]),
        )
    out.print(table)
    out.print(f"{len(items)} article(s)")


def article_view(out: Console, a: Article) -> None:
    meta = Table.grid(padding=(0, 2))
    meta.add_row("id", a.id)
    meta.add_row("source", escape(a.source))
    meta.add_row("outlet", escape(a.outlet or "unknown"))
    meta.add_row("published", f"{a.pub_date or 'unknown'} ({a.pub_date_source or 'not stated'})")
    if a.display_date:
        meta.add_row("display date", f"{a.display_date} (a date shown on the page, not the publication date)")
    if a.pub_date_range:
        meta.add_row(
            "inferred range",
            f"{a.pub_date_range[0]} – {a.pub_date_range[1]}: {escape(a.pub_date_note or '')}",
        )
    meta.add_row("credits", escape("، ".join(a.credits) or "none"))
    meta.add_row("body", f"{a.body.start}–{a.body.end}")
    out.print(Panel(meta, title=escape(a.title or a.id)))
    body = a.body
    out.print(escape(a.text[body.start : body.end]))
    if a.excluded:
        table = Table(title="Excluded regions", show_header=True)
        table.add_column("span")
        table.add_column("reason")
        table.add_column("text", overflow="fold")
        for x in a.excluded:
            table.add_row(
                f"{x.start}–{x.end}", str(x.attrs.get("reason", "")), escape(a.text[x.start : x.end][:120])
            )
        out.print(table)
    for layer in ("entities", "quotes", "timex", "events"):
        spans = a.spans(layer)
        if not spans:
            continue
        table = Table(title=layer, show_header=True)
        table.add_column("span")
        table.add_column("label")
        table.add_column("text", overflow="fold")
        table.add_column("attributes", overflow="fold")
        for s in spans:
            attrs = ", ".join(f"{k}={v}" for k, v in s.attrs.items())
            table.add_row(f"{s.start}–{s.end}", s.label, escape(a.text[s.start : s.end][:100]), escape(attrs))
        out.print(table)


def stories_table(out: Console, items: Sequence[StoryHeadline]) -> None:
    table = Table(show_header=True)
    for col in ("id", "size", "first", "last", "outlets", "title"):
        table.add_column(col, overflow="fold")
    for s in items:
        table.add_row(
            s.id,
            str(s.size),
            str(s.first_date or "?"),
            str(s.last_date or "?"),
            escape("، ".join(s.outlets[:4]) + ("…" if len(s.outlets) > 4 else "")),
            escape(s.title[:90]),
        )
    out.print(table)
    out.print(f"{len(items)} story(ies)")


def story_report(out: Console, story: Story, members: Sequence[Article]) -> None:
    out.rule(f"[bold]{escape(story.title)}")
    out.print(
        f"story {story.id} · {story.size} article(s) · {story.first_date or '?'} → {story.last_date or '?'}"
        f" · outlets: {escape('، '.join(story.outlets))}"
    )
    arts = Table(title="Articles", show_header=True)
    for col in ("id", "published", "outlet", "credits", "copy of", "title"):
        arts.add_column(col, overflow="fold")
    for a in members:
        arts.add_row(
            a.id,
            str(a.pub_date or "unknown"),
            escape(a.outlet or ""),
            escape("، ".join(a.credits)),
            a.copy_of or "",
            escape((a.title or "")[:70]),
        )
    out.print(arts)
    summary_list(out, story)
    timeline_table(out, story)


def summary_list(out: Console, story: Story) -> None:
    """The summary sentences, each numbered, with a numbered list of where they stand."""
    if not story.summary:
        return
    out.print("[bold]Summary[/]")
    for i, c in enumerate(story.summary, 1):
        out.print(f"  {escape(' '.join(c.text.split()))} [dim][{i}][/]")
    for i, c in enumerate(story.summary, 1):
        out.print(f"  [dim][{i}] {_cite(c)}[/]")


def timeline_table(out: Console, story: Story) -> None:
    """The timeline: date (with a conflict mark), description, outlets and independent sources, citations."""
    if not story.timeline:
        out.print("[dim]no dated events[/]")
        return
    table = Table(title="Timeline (every row cites its sentences)", show_header=True, show_lines=True)
    table.add_column("date", no_wrap=True)
    table.add_column("what the sources say", overflow="fold")
    table.add_column("outlets", overflow="fold")
    table.add_column("cited", overflow="fold")
    for row in story.timeline:
        flag = "\n[red]⚠ conflict[/]" if row.conflict else ""
        what = escape(row.description)
        for conflict in row.conflicts:
            versions = " ≠ ".join(
                f"{escape(value)} {''.join(f'[{i + 1}]' for i in cited)}"
                for value, cited in conflict.versions
            )
            about = f" ({escape(conflict.about)})" if conflict.about else ""
            what += f"\n[red]{conflict.kind}{about}: {versions}[/]"
        outlets = escape("، ".join(row.outlets)) + f"\n[dim]{len(row.sources)} independent[/]"
        cited = "\n".join(
            f"[{i}] {_cite(c)}" + (f" · {c.date}" if c.date else "") + (" · copy" if c.copy_of else "")
            for i, c in enumerate(row.citations, 1)
        )
        table.add_row(row.date + flag, what, outlets, cited)
    out.print(table)


def _cite(c: Citation) -> str:
    return f"{c.article_id}:{c.start}-{c.end} ({escape(c.outlet or '?')})"


def search_results(out: Console, query: str, hits: Sequence[SearchHit]) -> None:
    table = Table(title=f"Search: {escape(query)}", show_header=True)
    for col in ("score", "id", "date", "outlet", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(
            f"{h.score:.2f}",
            h.article_id,
            str(h.pub_date or ""),
            escape(h.outlet or ""),
            escape((h.title or "")[:60]),
            escape(h.snippet),
        )
    out.print(table)
    out.print(f"{len(hits)} result(s)")


def stats_table(out: Console, counts: dict[str, int]) -> None:
    table = Table(show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, str(value))
    out.print(table)
