"""Copy groups: the copy pairs ``dedup.find_copies`` decides, joined around their originals.

A group names its earliest copy (the original as far as dates tell) and the agencies its members
credit. Grouping is kept apart from deciding pairs because it is where one false pair would do the
most harm: joined transitively, a cable of another day taken for a copy would pull that cable's own
copies into the group, so an article joins a group only as a copy of the group's original.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from akhbar.model import Article


@dataclass(frozen=True, slots=True)
class CopyPair:
    """Two articles found to be copies; ``first`` is the earlier one (by date, then id)."""

    first: str
    second: str
    kind: str
    jaccard: float
    containment: float


@dataclass(slots=True)
class CopyGroup:
    """Articles that are copies of one text.

    ``earliest`` is the original as far as dates tell (publication, else crawl date, then id);
    ``agency`` is the first agency or outlet the group credits, the earliest credit first
    (``Article.credits``), and ``agencies`` every one it credits.
    """

    earliest: str
    members: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)

    @property
    def agency(self) -> str | None:
        return self.agencies[0] if self.agencies else None

    def to_dict(self) -> dict[str, object]:
        return {
            "earliest": self.earliest,
            "agency": self.agency,
            "members": self.members,
            "agencies": self.agencies,
        }


def copy_day(article: Article) -> date | None:
    """The date copies are ordered and compared by: publication, else crawl."""
    return article.pub_date or article.crawl_date


def day_gap(a: date | None, b: date | None) -> int | None:
    """Days between two dates; ``None`` when either is unknown."""
    return abs((a - b).days) if a and b else None


def copy_age(article: Article) -> tuple[str, str]:
    """Sort key, oldest first: the date (undated last), then the id."""
    day = copy_day(article)
    return (day.isoformat() if day else "9999", article.id)


def group_copies(articles: Sequence[Article], pairs: Iterable[CopyPair]) -> list[CopyGroup]:
    """Join copy pairs into groups around their originals; each group names its earliest copy and credited agencies.

    Articles are taken oldest first (``copy_age``); one joins the group of the earliest original it is a
    copy of, and an article that is a copy of no original yet starts a group of its own. So a copy
    must match its group's original itself to bring others along: groups do not chain, and one
    template-filled cable taken for a copy of another day's cable does not pull that cable's copies,
    or its other fills, into one group with it. An article whose group stayed its own alone (no later
    article copies it) joins the group of the earliest member it copies: a copy pair found is never
    dropped for want of an original, and one article added cannot chain two groups.
    """
    linked: dict[str, set[str]] = {}
    for pair in pairs:
        linked.setdefault(pair.first, set()).add(pair.second)
        linked.setdefault(pair.second, set()).add(pair.first)
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[Article]] = {}
    group_of: dict[str, str] = {}
    for member in sorted(linked, key=lambda m: copy_age(by_id[m])):
        originals = sorted((o for o in linked[member] if o in groups), key=lambda o: copy_age(by_id[o]))
        group_of[member] = originals[0] if originals else member
        groups.setdefault(group_of[member], []).append(by_id[member])
    for original, members in list(groups.items()):
        joined = sorted(
            (m for m in linked[original] if len(groups[group_of[m]]) > 1), key=lambda m: copy_age(by_id[m])
        )
        if len(members) == 1 and joined:
            groups[group_of[joined[0]]].append(members[0])
    out = []
    for original, members in groups.items():
        if len(members) < 2:
            continue
        agencies = list(dict.fromkeys(c for m in members for c in m.credits))
        out.append(CopyGroup(original, [m.id for m in members], agencies))
    return sorted(out, key=lambda g: (-len(g.members), g.earliest))
