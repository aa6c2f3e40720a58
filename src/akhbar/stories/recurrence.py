"""Recurring reports: the day an article reports on, and which terms recur across days.

Outlets publish the same kinds of report every day — the weather, the stock-market close, oil in
Asian trading, a club's training camp — in much the same words. Two such reports share most of their
terms and still are two stories: one per day or session. Two signals tell them apart:

* **the reported day** (``reported_day``): the day the lead says the news happened — a dated
  timex in the title or first lines («اليوم الخميس»، «جلسة أمس»، «لهذا اليوم»), resolved against the
  arrival day, else the arrival day itself. Reports of different days are different occasions
  unless they share what only one occasion has;
* **recurrent terms** (``DaySpread``): terms that other stories had on at least two of the days
  before. What a daily template shares with yesterday's
  report («مؤشر»، «برنت»، «الأرصاد») is recurrent; what a follow-up shares with its story (the names
  of a town, of the victims; a figure) is not. Terms common in the whole background corpus
  (``terms.common_terms``, one article in a hundred) count as recurrent from the start: the day
  counts need a dense stream and days of history, which a small or new corpus does not have.
  ``specific_cosine`` is the part of the cosine that the non-recurrent terms carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from akhbar.extract.timex_resolve import NEXT, weekday_date
from akhbar.model import Article
from akhbar.text.dates import find_weekdays
from akhbar.text.figures import read_wire_numbers
from akhbar.text.normalise import fold

__all__ = ["LEAD_CHARS", "DaySpread", "lead_figures", "reported_day", "same_figures"]

#: How far past the title the lead runs, in characters: where the day of the news is stated.
LEAD_CHARS = 400

_DAY_BEFORE_YESTERDAY = re.compile("|".join(fold(w) for w in ("أول من أمس", "أول أمس", "أمس الأول")))
_YESTERDAY = re.compile(fold("أمس") + "|" + fold("البارحة"))
_TODAY = re.compile(fold("اليوم"))
_AHEAD = re.compile(fold("غدا") + "|" + fold("غد") + "|" + fold("المقبل") + "|" + fold("القادم"))


#: A figure in folded text with wire numbers read: thousands groups (dropped), then a decimal point.
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")


def lead_figures(lead: str) -> frozenset[str]:
    """The figures a lead states («21 حالة وفاة»، «9080.02 نقطة»، «29ر0 %»), in one spelling whoever
    printed them: Arabic digits and decimal comma folded, wire numbers read («29ر0» is 0.29,
    ``text.figures``), thousands separators dropped; one-digit numbers and years (1400–1499,
    1900–2099: datelines) are left out.

    >>> sorted(lead_figures("وفاة ٢١ حالة و66 إصابة في 3 محافظات يوم 10 أغسطس 2015 بنسبة 29ر0"))
    ['0.29', '10', '21', '66']
    >>> sorted(lead_figures("بلغ ٣٠٫٥ مليون برميل من 000ر22 و1,500 برميل"))
    ['1500', '22000', '30.5']
    """
    out: set[str] = set()
    for match in _FIGURE.finditer(read_wire_numbers(fold(lead))):
        figure = match.group().replace(",", "")
        if "." not in figure and (
            len(figure) < 2 or 1400 <= int(figure) < 1500 or 1900 <= int(figure) < 2100
        ):
            continue
        out.add(figure)
    return frozenset(out)


def same_figures(a: frozenset[str], b: frozenset[str], *, least: int = 3) -> bool:
    """True when two leads share at least ``least`` figures and half of the figures of the one with fewer.

    A daily report's figures change from one day to the next (the index, the prices, the tally);
    copies of one report, and its follow-ups restating it, carry the same ones.
    """
    shared = len(a & b)
    return shared >= least and 2 * shared >= min(len(a), len(b))


def reported_day(article: Article, arrival: date | None) -> date | None:
    """The day an article reports on: the first day-precise date of its lead, else ``arrival``.

    The lead is the title and the first ``LEAD_CHARS`` characters after it. A timex with a full
    value (``2015-08-06``) gives that day; one left unresolved for want of a publication date
    («اليوم الخميس»، «أمس»، «هذا اليوم») is resolved against ``arrival``: a weekday is its latest
    day on or before ``arrival`` (the next one after «غدا»/«المقبل»).

    >>> art = Article.from_text("النفط يرتفع اليوم الخميس", source="x")
    >>> from akhbar.model import Span
    >>> art = art.with_spans("timex", [Span(12, 24, "DATE", {"value": None})])
    >>> reported_day(art, date(2015, 8, 7))
    datetime.date(2015, 8, 6)
    """
    titles = article.spans("title")
    lead_end = (titles[0].end if titles else article.body.start) + LEAD_CHARS
    for span in sorted(article.spans("timex"), key=lambda s: s.start):
        if span.start >= lead_end:
            break
        if span.label != "DATE":
            continue
        day = _timex_day(str(span.attrs.get("value") or ""), article.text[span.start : span.end], arrival)
        if day is not None:
            return day
    return arrival


def _timex_day(value: str, surface: str, arrival: date | None) -> date | None:
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            return None
    if value or arrival is None:
        return None
    view = fold(surface)
    weekdays = find_weekdays(surface)
    if weekdays and weekdays[0].weekday is not None:
        # the next one after «غدا»/«المقبل», else the latest on or before arrival (even after «الماضي»)
        direction = NEXT if _AHEAD.search(view) else ""
        return weekday_date(arrival, weekdays[0].weekday, direction, future=False)
    if _DAY_BEFORE_YESTERDAY.search(view):
        return arrival - timedelta(days=2)
    if _YESTERDAY.search(view):
        return arrival - timedelta(days=1)
    if _TODAY.search(view):
        return arrival
    return None


@dataclass(slots=True)
class DaySpread:
    """Online record of the recent days each term was seen on, and in which stories.

    The stream comes in day order; each article is counted once it is placed in a story. On
    ``day``, a term recurs for a story when it was seen on at least ``min_days`` of the
    ``window_days`` before, in articles of other stories: other occasions say it too. A story's
    own names (its follow-ups of the days before) do not make them recurrent.

    >>> spread = DaySpread(window_days=10, min_days=2)
    >>> for n in range(1, 5):
    ...     spread.observe(["برنت", f"رقم{n}"], date(2015, 8, n), story=n)
    ...     spread.observe(["الصفدي"], date(2015, 8, n), story=9)
    >>> [spread.recurrent(k, date(2015, 8, 5), 9) for k in ("برنت", "رقم4", "الصفدي")]
    [True, False, False]
    """

    window_days: int = 10
    min_days: int = 2
    #: terms recurrent whatever the stream says (common in the background corpus)
    common: frozenset[str] = frozenset()
    # per term, flat runs of (day ordinal, story, second story or -1): ints only, so the millions of
    # entries of a large stream add nothing for the garbage collector to walk
    seen: dict[str, list[int]] = field(default_factory=dict)

    def observe(self, keys: Iterable[str], day: date | None, story: int) -> None:
        """Count ``keys`` as seen on ``day`` in ``story`` (an undated article counts nowhere).

        Two stories a day are kept per term: enough to know that one other than any given story had it.
        """
        if day is None:
            return
        today = day.toordinal()
        limit = 3 * (self.window_days + 1)
        for key in keys:
            runs = self.seen.get(key)
            if runs is None:
                self.seen[key] = [today, story, -1]
            elif runs[-3] == today:
                if runs[-1] < 0 and runs[-2] != story:
                    runs[-1] = story
            elif runs[-3] < today:
                runs += (today, story, -1)
                if len(runs) > limit:
                    del runs[:3]

    def recurrent(self, key: str, day: date, story: int, resolve: Callable[[int], int] = int) -> bool:
        """True when ``key`` is common, or other stories than ``story`` had it on ``min_days`` of the days before ``day``.

        ``resolve`` maps a story id counted earlier to the story it has since been merged into.
        """
        if key in self.common:
            return True
        runs = self.seen.get(key)
        if not runs or len(runs) < 3 * self.min_days:
            return False
        today = day.toordinal()
        floor = today - self.window_days
        days = 0
        other = False
        for n in range(0, len(runs), 3):
            if floor <= runs[n] < today:
                days += 1
                other = other or any(s >= 0 and resolve(s) != story for s in runs[n + 1 : n + 3])
        return days >= self.min_days and other

    def specific_cosine(
        self,
        a: Mapping[str, float],
        b: Mapping[str, float],
        day: date,
        story: int,
        resolve: Callable[[int], int] = int,
    ) -> float:
        """The part of the dot product of ``a`` and ``b`` carried by terms that do not recur for ``story``."""
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b[k] for k, w in a.items() if k in b and not self.recurrent(k, day, story, resolve))
