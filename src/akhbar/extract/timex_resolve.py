"""Values of temporal expressions: calendar arithmetic against the publication date and the narrative.

``extract.timex`` finds the expressions and hands their parts (a month number, a direction word, a
weekday) to the functions here, which return TIMEX3-style values (``2022-01-26``, ``2022-01``,
``2022``, ``2022-W04``, ``P3Y``, ``T10:00``). Nothing here sees text or offsets.

Two anchors exist. A *relative* expression («أمس»، «الشهر الماضي»، «26 يناير» without a year) is
resolved against the publication date and gets ``value=None`` when that date is unknown — it is never
guessed, not even from the narrative. With a publication date, a yearless day right after an explicit
earlier date follows the *narrative* instead: in a 2024 article «في 3 مارس» after «نهاية عام 2019» is
2020-03-03, the first 3 March after the end of 2019. Expressions that point into the text itself
(«العام نفسه»، «اليوم التالي»، «الشهر الذي سبقه») always follow the narrative.

A yearless day or month that no word places («في سبتمبر») is the coming one up to ``AHEAD_DAYS`` /
``AHEAD_MONTHS`` after the publication date and the last one otherwise; «الماضي» / «المقبل» and
future-tense cues override that.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from akhbar.text.dates import HIJRI, hijri_to_gregorian

PAST, PAST2, NEXT, THIS = "past", "past2", "next", "this"
PUB, NARRATIVE, ABSOLUTE = "pub_date", "narrative", "absolute"

#: How far (in characters) an explicit date keeps lending its year to yearless dates after it.
NARRATIVE_REACH = 400

#: A yearless day or month that no word or tense places is the coming one when it falls at most this
#: far after the publication date, else the last one. Read off SaudiNewsNet: days and months a few
#: months ahead are schedules, deadlines and delivery months («تسليم سبتمبر»); further on, last year's.
AHEAD_DAYS = 122
AHEAD_MONTHS = 4
_STEPS = {PAST: -1, PAST2: -2, NEXT: 1}

# Month at which a part of a year puts the narrative's reference point («نهاية عام 2019» → December).
_PART_MONTH = {"end": 12, "middle": 7, "start": 1}
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Resolved:
    """What an expression means: its TIMEX3 label, value (``None`` when unknowable) and anchor."""

    label: str
    value: str | None
    anchor: str | None


@dataclass(slots=True)
class Narrative:
    """The last explicit date of the text, which yearless dates after it are read against.

    ``point`` is the reference day (a year alone is its 1 January, «نهاية عام 2019» is 1 December);
    ``year`` and ``day`` serve «العام نفسه» and «اليوم التالي». A date resolved against the
    publication date clears the point: the story has come back to the present.
    """

    point: date | None = None
    year: int | None = None
    month: int | None = None
    day: date | None = None
    pos: int = -1

    def note(
        self, pos: int, year: int, month: int | None = None, day: int | None = None, part: str = ""
    ) -> None:
        self.year, self.month, self.pos = year, month, pos
        self.day = _safe_date(year, month, day) if month and day else None
        start_month = month or _PART_MONTH.get(part, 1)
        self.point = self.day or _safe_date(year, start_month, 1)

    def clear_point(self) -> None:
        self.point = None

    def reaches(self, pos: int) -> bool:
        return self.point is not None and 0 <= pos - self.pos <= NARRATIVE_REACH

    def near(self, pos: int) -> bool:
        """True when any date (explicit or resolved) came shortly before ``pos``."""
        return self.year is not None and 0 <= pos - self.pos <= NARRATIVE_REACH


def _safe_date(year: int, month: int | None, day: int | None) -> date | None:
    try:
        return date(year, month or 1, day or 1)
    except ValueError:
        return None


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """The tabular Islamic date of a Gregorian day (the inverse of ``text.dates.hijri_to_gregorian``)."""
    julian_day = d.toordinal() + 1721425
    year = (30 * (julian_day - 1948440) + 10646) // 10631
    month = min(12, math.ceil((julian_day - (29 + _hijri_jd(year, 1, 1))) / 29.5) + 1)
    day = julian_day - _hijri_jd(year, month, 1) + 1
    return year, max(1, month), day


def _hijri_jd(year: int, month: int, day: int) -> int:
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439


def hijri_year_value(year: int) -> str | None:
    """The Gregorian year covering most of a Hijri year («1436هـ» → 2015)."""
    first, last = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if first is None or last is None:
        return None
    if first.year == last.year:
        return str(first.year)
    in_first = (date(first.year + 1, 1, 1) - first).days
    return str(first.year if in_first * 2 >= (last - first).days else last.year)


def year_value(year: int, calendar: str) -> str | None:
    return hijri_year_value(year) if calendar == HIJRI else str(year)


def month_value(year: int, month: int, calendar: str) -> str:
    """``YYYY-MM``; a Hijri month becomes the Gregorian month of its 15th day."""
    if calendar == HIJRI:
        mid = hijri_to_gregorian(year, month, 15)
        if mid is not None:
            return f"{mid.year}-{mid.month:02d}"
    return f"{year}-{month:02d}"


def _calendar_day(year: int, month: int, day: int, calendar: str) -> date | None:
    return hijri_to_gregorian(year, month, day) if calendar == HIJRI else _safe_date(year, month, day)


def day_value(year: int, month: int, day: int, calendar: str) -> str | None:
    d = _calendar_day(year, month, day, calendar)
    return d.isoformat() if d else None


def shift_day(pub: date | None, offset: int) -> Resolved:
    """«أمس»، «غدا»: a deictic day, ``offset`` days from the publication date."""
    if pub is None:
        return Resolved("DATE", None, PUB)
    return Resolved("DATE", (pub + timedelta(days=offset)).isoformat(), PUB)


def weekday_date(pub: date, weekday: int, direction: str, future: bool) -> date:
    """The day a weekday names: «الجمعة الماضي» the one before, «المقبل» the one after, a bare one
    the most recent on or before the publication date (on or after it in a future-tense clause)."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction in (PAST, PAST2):
        return pub - timedelta(days=(back or 7) + (7 if direction == PAST2 else 0))
    if direction == NEXT:
        return pub + timedelta(days=ahead or 7)
    if future:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def resolve_weekday(pub: date | None, weekday: int, direction: str, future: bool) -> Resolved:
    if pub is None:
        return Resolved("DATE", None, PUB)
    return Resolved("DATE", weekday_date(pub, weekday, direction, future).isoformat(), PUB)


def resolve_unit(pub: date | None, unit: str, direction: str) -> Resolved:
    """«الأسبوع الماضي»، «الشهر الجاري»، «العام المقبل»، «الصيف الماضي» against the publication date."""
    if pub is None:
        return Resolved("DATE", None, PUB)
    step = _STEPS.get(direction, 0)
    if unit == "W":
        return Resolved("DATE", iso_week(pub + timedelta(weeks=step)), PUB)
    if unit == "M":
        year, month = add_months(pub.year, pub.month, step)
        return Resolved("DATE", f"{year}-{month:02d}", PUB)
    if unit == "Y":
        return Resolved("DATE", str(pub.year + step), PUB)
    if unit == "Q":  # a quarter is dated by its year, like a part of a year
        return Resolved("DATE", str(add_months(pub.year, pub.month, 3 * step)[0]), PUB)
    if unit == "P":  # «الفترة» alone says nothing of its length
        return Resolved("DATE", None, PUB)
    return Resolved("DATE", _season_value(pub, unit, step), PUB)


def resolve_previous(pub: date | None, narrative: Narrative, pos: int, unit: str) -> Resolved:
    """«العام السابق»، «الربع السابق»، «اليوم السابق»: the one before the narrative's when a date came
    shortly before, else the one before the publication date's (a day needs the narrative's day)."""
    if narrative.near(pos):
        found = resolve_narrative_unit(narrative, unit, -1)
        if found.value is not None:
            return found
    if unit == "D":
        return Resolved("DATE", None, NARRATIVE)
    return resolve_unit(pub, unit, PAST)


def season_year(pub: date, season: str, future: bool) -> str:
    """The year of a bare season («في الخريف»): the one under way or next in a future-tense clause,
    else the one under way or last; the year its first month falls in."""
    first = _SEASONS[season]
    starts = [date(year, first, 1) for year in range(pub.year - 2, pub.year + 2)]
    if future:
        return str(next(s for s in starts if _add_quarter(s) > pub).year)
    return str(max(s for s in starts if s <= pub).year)


def _season_value(pub: date, season: str, step: int) -> str:
    """«الصيف الماضي» the last season already over, «المقبل» the next to start, else the current or next."""
    first = _SEASONS[season]
    starts = [date(year, first, 1) for year in range(pub.year - 2, pub.year + 2)]
    if step < 0:
        start = max(s for s in starts if _add_quarter(s) <= pub)
    elif step > 0:
        start = min(s for s in starts if s > pub)
    else:
        start = next(s for s in starts if _add_quarter(s) > pub)
    return f"{start.year}-{season}"


def _add_quarter(d: date) -> date:
    year, month = add_months(d.year, d.month, 3)
    return date(year, month, 1)


def resolve_narrative_unit(narrative: Narrative, unit: str, step: int) -> Resolved:
    """«العام نفسه» (``step=0``)، «اليوم التالي» (``step=1``): against the last explicit date."""
    if unit == "D" and narrative.day is not None:
        return Resolved("DATE", (narrative.day + timedelta(days=step)).isoformat(), NARRATIVE)
    if unit == "M" and narrative.year is not None and narrative.month is not None:
        year, month = add_months(narrative.year, narrative.month, step)
        return Resolved("DATE", f"{year}-{month:02d}", NARRATIVE)
    if unit == "Y" and narrative.year is not None:
        return Resolved("DATE", str(narrative.year + step), NARRATIVE)
    return Resolved("DATE", None, NARRATIVE)


def resolve_day_month(
    pub: date | None,
    narrative: Narrative,
    pos: int,
    month: int,
    day: int,
    calendar: str,
    direction: str,
    future: bool,
) -> Resolved:
    """A day and a month without a year («26 يناير»، «الأول من فبراير الجاري»، «15 رمضان»).

    The narrative wins when an explicit date came shortly before and no direction word ties the day
    to the present. Otherwise «الماضي» takes the last such day on or before the publication date,
    «المقبل» or a future-tense cue the first on or after it, «الجاري» the one of the current year;
    a day alone is the coming one up to ``AHEAD_DAYS`` ahead, else the last one.
    """
    if pub is None:  # GUIDELINES: without a pub_date a day without a year stays relative, never guessed
        return Resolved("DATE", None, PUB)
    if not direction and narrative.reaches(pos) and narrative.point is not None:
        found = _first_on_or_after(narrative.point, month, day, calendar)
        if found is not None and found <= pub:
            return Resolved("DATE", found.isoformat(), NARRATIVE)
    current = gregorian_to_hijri(pub)[0] if calendar == HIJRI else pub.year
    if direction == THIS:
        return Resolved("DATE", day_value(current, month, day, calendar), PUB)
    candidates = (
        (year, _calendar_day(year, month, day, calendar)) for year in range(current - 3, current + 2)
    )
    chosen = _pick_day([(year, d) for year, d in candidates if d is not None], pub, direction, future)
    if chosen is None:
        return Resolved("DATE", None, PUB)
    return Resolved("DATE", day_value(chosen, month, day, calendar), PUB)


def _pick_day(days: list[tuple[int, date]], pub: date, direction: str, future: bool) -> int | None:
    """The year, among ``days`` (year → that year's day, in order), that the direction points to."""
    before = [year for year, d in days if d <= pub]
    after = [(year, d) for year, d in days if d >= pub]
    if direction in (PAST, PAST2):
        return before[-2 if direction == PAST2 and len(before) > 1 else -1] if before else None
    if direction == NEXT or future or (after and (after[0][1] - pub).days <= AHEAD_DAYS):
        return after[0][0] if after else None
    return before[-1] if before else None


def _first_on_or_after(point: date, month: int, day: int, calendar: str) -> date | None:
    if calendar == HIJRI:
        hy = gregorian_to_hijri(point)[0]
        for year in (hy, hy + 1):
            found = hijri_to_gregorian(year, month, day)
            if found is not None and found >= point:
                return found
        return None
    for year in (point.year, point.year + 1):
        found = _safe_date(year, month, day)
        if found is not None and found >= point:
            return found
    return None


def resolve_month(
    pub: date | None, narrative: Narrative, pos: int, month: int, calendar: str, direction: str, future: bool
) -> Resolved:
    """A month without a year («في يناير»، «ديسمبر الماضي»، «رمضان المقبل»).

    Directions as for ``resolve_day_month``; a month alone is this one or one of the next
    ``AHEAD_MONTHS`` (the coming one), else the last one.
    """
    if pub is None:
        return Resolved("DATE", None, PUB)
    if not direction and narrative.reaches(pos) and narrative.point is not None and calendar != HIJRI:
        point = narrative.point
        year = point.year if month >= point.month else point.year + 1
        if (year, month) <= (pub.year, pub.month):
            return Resolved("DATE", f"{year}-{month:02d}", NARRATIVE)
    if calendar == HIJRI:
        hy, hm, _ = gregorian_to_hijri(pub)
        current = (hy, hm)
    else:
        hy, current = pub.year, (pub.year, pub.month)
    ahead = (month - current[1]) % 12
    if direction in (PAST, PAST2):
        year = (hy if month < current[1] else hy - 1) - (direction == PAST2)
    elif direction == NEXT:
        year = hy if month > current[1] else hy + 1
    elif direction == THIS:
        year = hy
    elif future or ahead <= AHEAD_MONTHS:  # this month, or one of the next few: the coming one
        year = hy if month >= current[1] else hy + 1
    else:
        year = hy if month < current[1] else hy - 1
    return Resolved("DATE", month_value(year, month, calendar), PUB)


def duration_value(code: str, count: str) -> str:
    """``P3Y``، ``PT2H``، ``PXW``: TIMEX3 durations (times of day after ``T``).

    A vague count of hours is ``PXH``, as the gold conventions write every vague count («ساعات»،
    «أيام»، «أسابيع» → ``PXH``، ``PXD``، ``PXW``); minutes and seconds keep the ``T``, which tells
    ``PTXM`` (minutes) from ``PXM`` (months).
    """
    unit = {"MIN": "M"}.get(code, code)
    prefix = "PT" if code in ("MIN", "S") or (code == "H" and count != "X") else "P"
    return f"{prefix}{count}{unit}"


def clock_value(hour: int, minute: int, pod: str, day: date | None) -> str | None:
    """``YYYY-MM-DDTHH:MM`` (or ``THH:MM`` without a day); ``pod`` is "am", "pm", "night" or ""."""
    if pod == "pm" and hour < 12:
        hour += 12
    elif pod == "night" and hour >= 6:
        hour = (hour + 12) % 24
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    clock = f"T{hour % 24:02d}:{minute:02d}"
    return f"{day.isoformat()}{clock}" if day else clock
