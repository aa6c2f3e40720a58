"""Calendar dates written in Arabic (and English) news text: month and weekday names, numeric dates.

Shared by ``ingest.metadata`` (publication dates, datelines) and the temporal-expression extractor.
Matching runs on the folded view (``normalise``), so «كانون الثاني»، «يناير»، «جانفي» and Arabic-Indic
digits all match, and every hit is reported in original offsets.

What is recognised:

* a day, a month name and an optional year, in either order (``26 يناير 2022``، ``8th, October 2024``،
  ``October 8, 2024``), with two names for one month (``26 كانون الثاني/ يناير 2022``،
  ``17 كانون الأول (ديسمبر)``), a weekday in front (``السبت 1 يونيو 2024``) and an era mark glued to
  the year (``2022ء``، ``2015م``، ``1436هـ``; the mark stays outside the match, as in the gold);
* a month name with a year (``فبراير 2022``) or alone when the name is not also an ordinary word;
* numeric dates: ``1-2-2022`` and ``26/01/2022`` are day-month-year (the Arabic news order),
  ``2022-01-26`` and ``2022/1/26`` year-month-day; a year between 1300 and 1499 is Hijri.

Hijri dates are converted with the Umm al-Qura calendar (``26 شوال 1436`` is 11 August 2015), the
arithmetic calendar outside its tables. Year-only expressions (``عام 2016``) are left to the timex step.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from hijridate import Hijri

from akhbar.resources import read_variants
from akhbar.text.normalise import fold, normalise

if TYPE_CHECKING:
    from collections.abc import Mapping

GREGORIAN = "gregorian"
HIJRI = "hijri"

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_ERA = r"(?:\s*(?:م|ه|ء)" + _LETTER_AFTER + r")?"
_ORDINAL = r"(?:st|nd|rd|th)?"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text, ``[start, end)`` in original offsets.

    ``year``, ``month`` and ``day`` are in the match's own ``calendar`` (``"gregorian"`` or
    ``"hijri"``); any of them may be ``None`` (``فبراير 2022`` has no day). ``weekday`` follows
    ``date.weekday()`` (Monday = 0) and is the weekday *written* next to the date, which may disagree
    with the date itself.
    """

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    calendar: str = GREGORIAN

    @property
    def complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> date | None:
        """The Gregorian date when year, month and day are all known and valid, else ``None``."""
        if self.year is None or self.month is None or self.day is None:
            return None
        if self.calendar == HIJRI:
            return hijri_to_gregorian(self.year, self.month, self.day)
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class _Tables:
    months: dict[str, tuple[int, str]]
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    pattern: re.Pattern[str]
    month_pattern: re.Pattern[str]
    weekday_pattern: re.Pattern[str]


def _alternation(names: list[str]) -> str:
    escaped = (re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return _LETTER_BEFORE + "(?:" + "|".join(escaped) + ")" + r"\.?" + _LETTER_AFTER


@cache
def _tables() -> _Tables:
    months: dict[str, tuple[int, str]] = {}
    ambiguous: set[str] = set()
    for number, cal, *names in read_variants("cues/months.txt"):
        for name in names:
            key = fold(name.rstrip("!"))
            months[key] = (int(number), cal)
            if name.endswith("!"):
                ambiguous.add(key)
    weekdays = {fold(n): int(row[0]) for row in read_variants("cues/weekdays.txt") for n in row[1:]}
    month = _alternation(list(months))
    combo = rf"{month}(?:\s*(?:/|-|\()\s*{month}\s*\)?)?"
    weekday = _alternation(list(weekdays))
    year = r"(?<!\d)\d{4}(?!\d)"
    wd = rf"(?:(?P<{{0}}>{weekday})\s*[,(]?\s*)?"
    day_first = (
        wd.format("wd1") + rf"(?:(?P<d1>(?<![\d.])\d{{1,2}}){_ORDINAL}\s*,?\s*(?:من\s+(?:شهر\s+)?)?)?"
        rf"(?P<m1>{combo})(?:\s*,?\s*(?:من\s+)?(?:(?:عام|سنه|العام)\s+)?(?P<y1>{year}){_ERA})?"
    )
    month_first = (
        wd.format("wd2") + rf"(?P<m2>{combo})\s+(?P<d2>\d{{1,2}}){_ORDINAL}\s*,?\s*(?P<y2>{year}){_ERA}"
    )
    numeric = (
        wd.format("wd3") + r"(?<![\d/.\-])(?P<a>\d{1,4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})"
        r"(?![\d]|[/.\-]\d)" + _ERA
    )
    pattern = re.compile(f"{month_first}|{day_first}|{numeric}", re.IGNORECASE)
    return _Tables(
        months,
        frozenset(ambiguous),
        weekdays,
        pattern,
        re.compile(month, re.IGNORECASE),
        re.compile(weekday, re.IGNORECASE),
    )


def _month_of(surface: str) -> tuple[int, str, bool]:
    """Number, calendar and ambiguity of the first month name in a (folded) combined form."""
    tables = _tables()
    found = tables.month_pattern.search(surface)
    key = _key(found.group()) if found else ""
    number, cal = tables.months[key]
    return number, cal, key in tables.ambiguous


def _key(surface: str) -> str:
    """The lookup key of a matched (folded) name: single spaces, no trailing dot, lower case."""
    return " ".join(surface.split()).rstrip(".").lower()


def _weekday_of(surface: str | None) -> int | None:
    if not surface:
        return None
    return _tables().weekdays.get(_key(surface))


def _era_calendar(match_text: str, year: int | None) -> str | None:
    """The calendar an era mark or the year's size implies (``هـ`` or 13xx/14xx → Hijri)."""
    tail = match_text.rstrip()
    if tail.endswith("ه"):
        return HIJRI
    if tail.endswith(("م", "ء")):
        return GREGORIAN
    if year is not None and 1300 <= year < 1500:
        return HIJRI
    return None


def _valid(year: int | None, month: int, day: int | None, cal: str) -> bool:
    if day is None:
        return True
    if cal == HIJRI:
        return 1 <= day <= 30
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def _from_words(m: re.Match[str]) -> tuple[int | None, int, int | None, str, int | None] | None:
    """Year, month, day, calendar and written weekday of a date with a month name."""
    i = "2" if m.group("m2") else "1"
    month, cal, ambiguous = _month_of(m.group("m" + i))
    day = int(m.group("d" + i)) if m.group("d" + i) else None
    year = int(m.group("y" + i)) if m.group("y" + i) else None
    if ambiguous and day is None and year is None:
        return None
    if year is not None and not 1000 <= year < 3000:
        year = None
    return year, month, day, cal, _weekday_of(m.group("wd" + i))


def _from_numbers(m: re.Match[str]) -> tuple[int, int, int, str] | None:
    """Year, month, day and calendar of a numeric date; ``None`` when no reading is valid."""
    a, b, c = int(m.group("a")), int(m.group("b")), int(m.group("c"))
    if len(m.group("a")) == 4:
        year, month, day = a, b, c
    elif len(m.group("c")) == 4:
        year, month, day = c, b, a
        if month > 12 >= day:  # 10/26/2022: only the US order reads
            month, day = day, month
    else:
        return None
    cal = _era_calendar(m.group(), year) or GREGORIAN
    if not (1 <= month <= 12 and (1300 <= year < 1500 or 1800 <= year <= 2200)):
        return None
    if not _valid(year, month, day, cal):
        return None
    return year, month, day, cal


def _span_end(m: re.Match[str], view_text: str) -> int:
    """The end of a match without a trailing era mark (``2022ء`` → ``2022``)."""
    end = m.end()
    stripped = view_text[m.start() : end].rstrip()
    if (
        stripped
        and stripped[-1] in "مهء"
        and len(stripped) > 1
        and (stripped[-2].isdigit() or stripped[-2] == " ")
    ):
        body = stripped[:-1].rstrip()
        if body and body[-1].isdigit():
            return m.start() + len(body)
    return m.start() + len(stripped)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Dates written in ``text[start:end]``, in original offsets, left to right.

    A match needs a month name or a three-part numeric date; a lone weekday or year is not a date
    (see ``find_weekdays``). Impossible dates (``31 فبراير``) are dropped.

    >>> t = "(موسكو / سبوتنيك - 24 كانون الثاني 2022ء) أعلن"
    >>> d = find_dates(t)[0]
    >>> t[d.start:d.end], d.year, d.month, d.day
    ('24 كانون الثاني 2022', 2022, 1, 24)
    >>> t = "السبت ١ يونيو ٢٠٢٤ | عرب وعالم1-2-2022"
    >>> [(t[d.start:d.end], d.to_date().isoformat(), d.weekday) for d in find_dates(t)]
    [('السبت ١ يونيو ٢٠٢٤', '2024-06-01', 5), ('1-2-2022', '2022-02-01', None)]
    >>> d = find_dates("في 17 كانون الأول (ديسمبر) الماضي")[0]
    >>> d.year, d.month, d.day
    (None, 12, 17)
    """
    stop = len(text) if end is None else end
    view = normalise(text[start:stop])
    out: list[DateMatch] = []
    for m in _tables().pattern.finditer(view.text):
        year: int | None
        day: int | None
        if m.group("a"):
            numbers = _from_numbers(m)
            if numbers is None:
                continue
            year, month, day, cal = numbers
            weekday = _weekday_of(m.group("wd3"))
        else:
            words = _from_words(m)
            if words is None:
                continue
            year, month, day, cal, weekday = words
            if day is not None and not _valid(year, month, day, cal):
                continue
        s, e = view.to_original(m.start(), _span_end(m, view.text))
        out.append(DateMatch(start + s, start + e, year, month, day, weekday, cal))
    return out


def find_weekdays(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Weekday names in ``text[start:end]`` as matches with only ``weekday`` set, in original offsets.

    Clitics in front (``والثلاثاء``) are not matched; «الأحد» is also a word ("the One"), so callers
    read weekdays in a date context (``اليوم الأحد``، ``يوم الأحد``).

    >>> t = "أعلن الوزير اليوم (الاثنين) أن"
    >>> [(t[d.start:d.end], d.weekday) for d in find_weekdays(t)]
    [('الاثنين', 0)]
    """
    stop = len(text) if end is None else end
    view = normalise(text[start:stop])
    out = []
    for m in _tables().weekday_pattern.finditer(view.text):
        s, e = view.to_original(m.start(), m.end())
        out.append(DateMatch(start + s, start + e, None, None, None, _weekday_of(m.group()), GREGORIAN))
    return out


def weekday_name(weekday: int) -> str:
    """The Arabic name of a ``date.weekday()`` number.

    >>> weekday_name(date(2022, 2, 1).weekday())
    'الثلاثاء'
    """
    return WEEKDAYS[weekday]


def month_number(name: str) -> tuple[int, str] | None:
    """The number and calendar of a month name, in any spelling the lists know; ``None`` otherwise.

    >>> month_number("شباط"), month_number("ذي الحجة"), month_number("أسبوع")
    ((2, 'gregorian'), (12, 'hijri'), None)
    """
    return _tables().months.get(_key(fold(name)))


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date by the Umm al-Qura calendar (Saudi Arabia's official one).

    Umm al-Qura months follow the published tables (``hijridate``, 1343–1500 AH, 1924–2077); outside
    them the arithmetic calendar (30-year cycle, civil epoch 16 July 622) stands in, which agrees or
    differs by a day. Returns ``None`` for an impossible day or month (a 30th of a 29-day month too).

    >>> hijri_to_gregorian(1436, 9, 1), hijri_to_gregorian(1436, 10, 25)
    (datetime.date(2015, 6, 18), datetime.date(2015, 8, 10))
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    if _UMM_AL_QURA[0] <= year <= _UMM_AL_QURA[1]:
        try:
            found = Hijri(year, month, day).to_gregorian()
        except ValueError:
            return None
        return date(found.year, found.month, found.day)
    julian_day = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return date.fromordinal(julian_day - 1721425)


_UMM_AL_QURA = (1343, 1500)


def _weekday_names() -> tuple[str, ...]:
    names = {int(row[0]): row[1] for row in read_variants("cues/weekdays.txt")}
    return tuple(names[i] for i in range(7))


#: Canonical Arabic weekday names indexed by ``date.weekday()`` (Monday = 0).
WEEKDAYS: tuple[str, ...] = _weekday_names()

#: Folded month name → (month number, calendar), every spelling the month list knows.
MONTHS: Mapping[str, tuple[int, str]] = MappingProxyType(_tables().months)
