"""Stories: groups of articles with a cited timeline, conflicts and a summary.

What story building (``akhbar.stories``) returns and the store keeps. Every fact a story states is a
``Citation`` of the sentence that carries it, so a reader can always go back to the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from akhbar.model.article import iso


@dataclass(frozen=True, slots=True)
class Citation:
    """A pointer to the sentence that carries a fact: article id and original offsets.

    In a timeline row, ``date`` is the date value this source gives for the row's event (``None``
    when its words do not fix one, e.g. «الشهر الماضي» in an undated article), and ``copy_of`` is set
    when the citing article copies another: it shows who carried the fact, not an independent source.
    """

    article_id: str
    start: int
    end: int
    outlet: str | None = None
    text: str = ""
    date: str | None = None
    copy_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "outlet": self.outlet,
            "text": self.text,
            "date": self.date,
            "copy_of": self.copy_of,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources disagree on one fact of a timeline row: its ``date``, or a ``number`` (``about`` says of what).

    ``versions`` pairs each value with the positions, in the row's ``citations``, of the sources giving it.

    >>> c = Conflict("date", (("2022-01-26", (0,)), ("2022-02-01", (1, 2))))
    >>> c.to_dict()["versions"][1]
    {'value': '2022-02-01', 'citations': [1, 2]}
    """

    kind: str
    versions: tuple[tuple[str, tuple[int, ...]], ...]
    about: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "about": self.about,
            "versions": [{"value": v, "citations": list(ix)} for v, ix in self.versions],
        }


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One event of a story's timeline; ``date`` is a TIMEX3-style value (``2022-01-26``, ``2021-12``).

    ``outlets`` carried the event; ``sources`` are those of them that are not copies of another
    article (independent confirmation). A row whose sources disagree has ``conflict`` set and says how
    in ``conflicts``; its ``date`` is then the earliest version.
    """

    date: str
    description: str
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...] = ()
    conflict: bool = False
    sources: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "description": self.description,
            "outlets": list(self.outlets),
            "sources": list(self.sources),
            "conflict": self.conflict,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(frozen=True, slots=True)
class StoryHeadline:
    """A story as a listing shows it: counts instead of members, timeline and summary.

    Listing stories reads only this, so a page of the largest stories does not load every timeline
    row and citation they hold (100 stories of SaudiNewsNet: 61 ms loaded whole, 2 ms as headlines).
    """

    id: str
    title: str
    size: int
    outlets: tuple[str, ...] = ()
    first_date: date | None = None
    last_date: date | None = None
    conflicts: int = 0  # timeline rows flagged as a conflict

    def summary_dict(self) -> dict[str, Any]:
        """The listing shape shared by ``akhbar stories --json`` and ``GET /api/stories``."""
        return {
            "id": self.id,
            "title": self.title,
            "size": self.size,
            "outlets": list(self.outlets),
            "first_date": iso(self.first_date),
            "last_date": iso(self.last_date),
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles about one story, across outlets and days.

    ``summary`` is a few sentences taken from the articles, each a citation of where it stands.
    """

    id: str
    title: str
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    first_date: date | None = None
    last_date: date | None = None
    timeline: tuple[TimelineRow, ...] = ()
    summary: tuple[Citation, ...] = ()

    @property
    def size(self) -> int:
        return len(self.article_ids)

    def headline(self) -> StoryHeadline:
        """What a listing shows of this story."""
        conflicts = sum(1 for r in self.timeline if r.conflict)
        return StoryHeadline(
            self.id, self.title, self.size, self.outlets, self.first_date, self.last_date, conflicts
        )

    def summary_dict(self) -> dict[str, Any]:
        return self.headline().summary_dict()

    def to_dict(self) -> dict[str, Any]:
        out = self.summary_dict()
        out["article_ids"] = list(self.article_ids)
        out["summary"] = [c.to_dict() for c in self.summary]
        out["timeline"] = [r.to_dict() for r in self.timeline]
        return out
