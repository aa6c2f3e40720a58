"""Stories with their member articles, timeline rows, citations and summaries: rows in, ``Story`` objects out.

Order is kept everywhere it means something: a story's ``article_ids``, its timeline rows, each row's
citations and the summary sentences come back in the order they were stored (``position`` columns).
A row's conflicts are stored as JSON (``Conflict.to_dict``); rows stored before schema version 2 read
back with no sources and no conflict details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Row, case, delete, func, select

from akhbar.model import Citation, Conflict, Story, StoryHeadline, TimelineRow
from akhbar.store.articles import chunked
from akhbar.store.entities import mentioning
from akhbar.store.schema import (
    articles,
    citations,
    stories,
    story_articles,
    story_summaries,
    timeline_rows,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date


def replace_all(conn: Connection, items: Sequence[Story]) -> None:
    """Delete every stored story and insert ``items`` (the caller owns the transaction)."""
    # explicit child deletes: correct even where foreign-key cascades are off
    conn.execute(delete(citations))
    conn.execute(delete(timeline_rows))
    conn.execute(delete(story_summaries))
    conn.execute(delete(story_articles))
    conn.execute(delete(stories))
    if not items:
        return
    conn.execute(stories.insert(), [_story_row(s) for s in items])
    members = [
        {"story_id": s.id, "position": i, "article_id": aid}
        for s in items
        for i, aid in enumerate(s.article_ids)
    ]
    if members:
        conn.execute(story_articles.insert(), members)
    summaries = [
        {"story_id": s.id, "position": i, **_cited(c), "copy_of": c.copy_of}
        for s in items
        for i, c in enumerate(s.summary)
    ]
    if summaries:
        conn.execute(story_summaries.insert(), summaries)
    # every row was deleted above under the write lock, so row ids can be numbered here and the
    # rows and citations inserted in two executemany calls
    row_values: list[dict[str, Any]] = []
    cite_values: list[dict[str, Any]] = []
    for story in items:
        for position, row in enumerate(story.timeline):
            row_id = len(row_values) + 1
            row_values.append(_timeline_row(row_id, story.id, position, row))
            cite_values.extend(_citation_row(row_id, i, c) for i, c in enumerate(row.citations))
    if row_values:
        conn.execute(timeline_rows.insert(), row_values)
    if cite_values:
        conn.execute(citations.insert(), cite_values)


def _story_row(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "size": s.size,
        "outlets": list(s.outlets),
        "first_date": s.first_date,
        "last_date": s.last_date,
    }


def _timeline_row(row_id: int, story_id: str, position: int, row: TimelineRow) -> dict[str, Any]:
    return {
        "id": row_id,
        "story_id": story_id,
        "position": position,
        "date": row.date,
        "description": row.description,
        "outlets": list(row.outlets),
        "conflict": row.conflict,
        "sources": list(row.sources),
        "conflicts": [c.to_dict() for c in row.conflicts],
    }


def _citation_row(row_id: int, position: int, c: Citation) -> dict[str, Any]:
    return {"row_id": row_id, "position": position, **_cited(c), "date": c.date, "copy_of": c.copy_of}


def _cited(c: Citation) -> dict[str, Any]:
    return {"article_id": c.article_id, "start": c.start, "end": c.end, "outlet": c.outlet, "text": c.text}


def _conflict(raw: dict[str, Any]) -> Conflict:
    versions = tuple((str(v["value"]), tuple(int(i) for i in v["citations"])) for v in raw["versions"])
    return Conflict(str(raw["kind"]), versions, str(raw.get("about") or ""))


def _timeline(t: Row[Any], cited: Sequence[Citation]) -> TimelineRow:
    return TimelineRow(
        t.date,
        t.description,
        tuple(cited),
        tuple(t.outlets),
        bool(t.conflict),
        sources=tuple(t.sources or ()),
        conflicts=tuple(_conflict(c) for c in t.conflicts or ()),
    )


def select_stories() -> Any:
    """Largest stories first, then the most recent, then by id (stable paging)."""
    return select(stories).order_by(*_LISTING_ORDER)


_LISTING_ORDER = (
    stories.c.size.desc(),
    case((stories.c.last_date.is_(None), 1), else_=0),
    stories.c.last_date.desc(),
    stories.c.id,
)


def select_headlines() -> Any:
    """``select_stories`` with each story's count of conflict rows, for ``load_headline``."""
    conflicts = (
        select(func.count())
        .select_from(timeline_rows)
        .where(timeline_rows.c.story_id == stories.c.id, timeline_rows.c.conflict.is_(True))
        .scalar_subquery()
    )
    return select(stories, conflicts.label("conflicts")).order_by(*_LISTING_ORDER)


def load_headline(row: Row[Any]) -> StoryHeadline:
    """A ``select_headlines`` row as a ``StoryHeadline``."""
    return StoryHeadline(
        row.id, row.title, row.size, tuple(row.outlets), row.first_date, row.last_date, int(row.conflicts)
    )


def load_stories(conn: Connection, rows: Iterable[Row[Any]]) -> list[Story]:
    """Build ``Story`` objects, loading members, timelines, citations and summaries in a few batched queries."""
    rows = list(rows)
    ids = [r.id for r in rows]
    members: dict[str, list[str]] = {}
    summaries: dict[str, list[Citation]] = {}
    timelines: dict[str, list[tuple[int, Row[Any]]]] = {}
    for part in chunked(ids):
        query = (
            select(story_articles)
            .where(story_articles.c.story_id.in_(part))
            .order_by(story_articles.c.story_id, story_articles.c.position)
        )
        for m in conn.execute(query):
            members.setdefault(m.story_id, []).append(m.article_id)
        query = (
            select(timeline_rows)
            .where(timeline_rows.c.story_id.in_(part))
            .order_by(timeline_rows.c.story_id, timeline_rows.c.position)
        )
        for t in conn.execute(query):
            timelines.setdefault(t.story_id, []).append((t.id, t))
        query = (
            select(story_summaries)
            .where(story_summaries.c.story_id.in_(part))
            .order_by(story_summaries.c.story_id, story_summaries.c.position)
        )
        for c in conn.execute(query):
            summaries.setdefault(c.story_id, []).append(
                Citation(c.article_id, c.start, c.end, c.outlet, c.text, copy_of=c.copy_of)
            )
    cited = _citations(conn, [rid for rows_ in timelines.values() for rid, _ in rows_])
    return [
        Story(
            id=r.id,
            title=r.title,
            article_ids=tuple(members.get(r.id, ())),
            outlets=tuple(r.outlets),
            first_date=r.first_date,
            last_date=r.last_date,
            timeline=tuple(_timeline(t, cited.get(rid, ())) for rid, t in timelines.get(r.id, ())),
            summary=tuple(summaries.get(r.id, ())),
        )
        for r in rows
    ]


def _citations(conn: Connection, row_ids: Sequence[int]) -> dict[int, list[Citation]]:
    out: dict[int, list[Citation]] = {}
    for part in chunked(row_ids):
        query = (
            select(citations)
            .where(citations.c.row_id.in_(part))
            .order_by(citations.c.row_id, citations.c.position)
        )
        for c in conn.execute(query):
            out.setdefault(c.row_id, []).append(
                Citation(c.article_id, c.start, c.end, c.outlet, c.text, date=c.date, copy_of=c.copy_of)
            )
    return out


def story_ids_of(conn: Connection, article_id: str) -> list[str]:
    query = (
        select(story_articles.c.story_id)
        .where(story_articles.c.article_id == article_id)
        .order_by(story_articles.c.story_id)
    )
    return list(conn.execute(query).scalars())


def story_filters(
    outlet: str | None, date_from: date | None, date_to: date | None, entity: str | None
) -> list[ColumnElement[bool]]:
    """WHERE conditions on ``stories`` for the ``stories()`` filters, as ``IN`` subqueries on members."""
    out: list[ColumnElement[bool]] = []
    if outlet is not None:
        from_outlet = select(articles.c.id).where(articles.c.outlet == outlet)
        members = select(story_articles.c.story_id).where(story_articles.c.article_id.in_(from_outlet))
        out.append(stories.c.id.in_(members))
    if date_from is not None:
        out.append(stories.c.last_date >= date_from)
    if date_to is not None:
        out.append(stories.c.first_date <= date_to)
    if entity is not None:
        members = select(story_articles.c.story_id).where(story_articles.c.article_id.in_(mentioning(entity)))
        out.append(stories.c.id.in_(members))
    return out
