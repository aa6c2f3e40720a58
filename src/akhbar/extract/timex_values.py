"""From a pattern match to a TIMEX3 label and value: one small handler per kind of expression.

The handlers read the named groups of ``extract.timex_patterns``, check the context a regex cannot
(«صحيفة اليوم» is a newspaper, a bare «مارس» may be a verb), and call the calendar arithmetic of
``extract.timex_resolve``. The handlers here deal with calendar points written out (days and months,
numeric dates, years, year ranges, decades, clock times); ``extract.timex_periods`` has the rest.
A handler returns ``None`` to drop a match. Each resolved date is remembered in the ``Narrative`` so
later yearless dates and «العام نفسه» can use it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from akhbar.extract import timex_periods as tp
from akhbar.extract import timex_resolve as tr
from akhbar.extract.timex_patterns import DECADES, Lexicon, key, lexicon
from akhbar.text.dates import GREGORIAN, HIJRI

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from akhbar.extract.timex_match import Match

Resolved = tr.Resolved
#: One expression found: its ``[start, end)`` in the folded view and what it means.
Piece = tuple[int, int, Resolved]
_PART_ENDS = {"نهايه": "end", "اواخر": "end", "ختام": "end", "نهايات": "end", "اخر": "end", "منتصف": "middle"}
_PM = frozenset({"مساء", "مساءا", "عصرا", "عصر", "بعد الظهر", "ليلا", "ليل", "ليله"})
# Words before a bare month name that make it a month and not a verb or a name («في مارس»).
_MONTH_PREPOSITIONS = frozenset({"في", "منذ", "حتي", "قبل", "بعد", "خلال", "بحلول", "طيله", "طوال", "وحتي"})
# A year after these bounds a period: it is no point the narrative moves to («منذ 2003»).
_BEFORE_CHRIST = re.compile(r"\s*(?:قبل\s+الميلاد|ق\.\s?م)")
_BOUNDS = frozenset({"منذ", "حتي", "قبل", "بعد", "بحلول", "وحتي", "ومنذ"})


def resolve_match(match: Match, pub: date | None, narrative: tr.Narrative) -> list[Piece]:
    """The expressions of one match (a year range gives two), each with its label and value; empty
    when the context says it is no time expression."""
    lex = lexicon()
    if match.kind == "yr":
        pieces = _year_range(match)
    elif match.kind == "num" and match.g("n_d0"):
        pieces = _day_range(match)
    else:
        resolved = _HANDLERS[match.kind](match, pub, narrative, lex)
        pieces = [] if resolved is None else [(match.start, match.end, resolved)]
    for start, _, resolved in pieces:
        if resolved.label == "DATE" and resolved.value and resolved.value[:4].isdigit():
            _remember(narrative, match, start, resolved)
    return pieces


def _remember(narrative: tr.Narrative, match: Match, start: int, resolved: Resolved) -> None:
    if match.g("c_yref") or _comparison(match):
        return  # «مقارنة بالشهر السابق»، «الفترة نفسها من العام الماضي» compare; the story stays put
    parts = (resolved.value or "").split("-")
    if len(parts) > 1 and not parts[1].isdigit():
        return
    year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2][:2]) if len(parts) > 2 else None
    part = _PART_ENDS.get(match.g("y_part", "y_part2", "c_part", "c_part2", "mo_part") or "", "start")
    narrative.note(start, year, month, day, part)
    if resolved.anchor == tr.PUB or match.previous_word() in _BOUNDS:
        narrative.clear_point()


def _comparison(match: Match) -> bool:
    word = match.g("c_dir") if match.kind == "rel" else None
    return word is not None and lexicon().words.get(word, "") in ("dir:prev", "ref:before", "ref:same")


def _month_of(surface: str, lex: Lexicon) -> tuple[int, str, str] | None:
    """Number, calendar and key of the first month name of «كانون الثاني/ يناير» or «يوليو تموز»."""
    found = lex.month_name.match(surface)
    first = key(found.group()) if found else ""
    month = lex.months.get(first)
    return (month[0], month[1], first) if month else None


def _calendar_after(match: Match, year: int, default: str, end: int | None = None) -> str:
    at = match.end if end is None else end
    mark = match.view[at : at + 2].strip()[:1]
    if mark == "ه":
        return HIJRI
    if mark in ("م", "ء"):
        return GREGORIAN
    return HIJRI if 1300 <= year < 1500 else default


def _day_month(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    month = _month_of(m.g("d_mon") or "", lex)
    day_text = m.g("d_day") or ""
    day = int(day_text) if day_text.isdigit() else lex.ordinals.get(day_text, 0)
    if month is None or not 1 <= day <= 31:
        return None
    number, calendar, _ = month
    if m.g("d_day2"):  # «10 إلى 16 من شهر تموز»: a stretch of days is dated by its month
        return (
            _month_point(m, "d", pub, nar, lex, (number, calendar))
            if day < int(m.g("d_day2") or 0) <= 31
            else None
        )
    if m.g("d_year"):
        year = int(m.g("d_year") or 0)
        calendar = _calendar_after(m, year, calendar) if calendar == HIJRI or year < 1500 else calendar
        value = tr.day_value(year, number, day, calendar)
        return Resolved("DATE", value, tr.ABSOLUTE) if value else None
    if m.g("d_yref"):
        year_of, anchor = tp.year_ref(m.g("d_yref") or "", pub, nar, lex)
        if year_of is None:
            return Resolved("DATE", None, anchor)
        return Resolved("DATE", tr.day_value(year_of, number, day, calendar), anchor)
    direction, tail_year = _direction(m, "d", lex, number)
    if tail_year is not None:
        value = tr.day_value(tail_year, number, day, _calendar_for(tail_year, calendar))
        return Resolved("DATE", value, tr.ABSOLUTE) if value else None
    future = not direction and m.future_context(lex)
    return tr.resolve_day_month(pub, nar, m.start, number, day, calendar, direction, future)


def _direction(m: Match, prefix: str, lex: Lexicon, month: int) -> tuple[str, int | None]:
    """The direction word after a yearless month, or the year or direction of the month that
    closes its range («من 10 يناير إلى 15 فبراير 2015»، «سبتمبر أو أكتوبر المقبلين»)."""
    word = m.g(f"{prefix}_dir")
    if word:
        return tp.DIRECTIONS.get(lex.words.get(word, ""), ""), None
    tail = lex.month_tail.match(m.view, m.end)
    if tail is None:
        return "", None
    if tail.group("year"):
        closing = _month_of(key(tail.group("mon")), lex)
        year = int(tail.group("year"))
        return "", year - 1 if closing and closing[0] < month else year
    return tp.DIRECTIONS.get(lex.words.get(key(tail.group("dir") or ""), ""), ""), None


def _calendar_for(year: int, calendar: str) -> str:
    return HIJRI if 1300 <= year < 1500 else calendar


def _month(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    month = _month_of(m.g("mo_mon") or "", lex)
    if month is None:
        return None
    number, calendar, name = month
    if name in lex.ambiguous_months and not (
        m.g("mo_year", "mo_yref", "mo_dir", "mo_part") or _month_context(m)
    ):
        return None
    return _month_point(m, "mo", pub, nar, lex, (number, calendar))


def _month_context(m: Match) -> bool:
    """«مارس» is also a verb and «رمضان» a name: alone they are months after «في»، «شهر» or before a
    second month that closes a range, never with a clitic glued to them."""
    if m.m.group("cl"):  # «باب» is no ب + «آب»
        return False
    return (
        m.m.group("k_month").startswith("شهر")
        or m.previous_word() in _MONTH_PREPOSITIONS
        or lexicon().month_tail.match(m.view, m.end) is not None
    )


def _month_point(
    m: Match, prefix: str, pub: date | None, nar: tr.Narrative, lex: Lexicon, month: tuple[int, str]
) -> Resolved:
    """A month with its year, a year reference, a direction, a closing range, or none of them."""
    number, calendar = month
    if m.g(f"{prefix}_year"):
        year = int(m.g(f"{prefix}_year") or 0)
        return Resolved("DATE", tr.month_value(year, number, _calendar_after(m, year, calendar)), tr.ABSOLUTE)
    if m.g(f"{prefix}_yref"):
        year_of, anchor = tp.year_ref(m.g(f"{prefix}_yref") or "", pub, nar, lex)
        return Resolved("DATE", tr.month_value(year_of, number, calendar) if year_of else None, anchor)
    direction, tail_year = _direction(m, prefix, lex, number)
    if tail_year is not None:
        return Resolved(
            "DATE", tr.month_value(tail_year, number, _calendar_for(tail_year, calendar)), tr.ABSOLUTE
        )
    future = not direction and m.future_context(lex)
    return tr.resolve_month(pub, nar, m.start, number, calendar, direction, future)


def _numeric(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    a, b, c = (m.g(n) or "" for n in ("n_a", "n_b", "n_c"))
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4:
        year, month, day = int(c), int(b), int(a)
    else:
        return None
    calendar = _calendar_after(m, year, GREGORIAN)
    if not (1 <= month <= 12 and (1300 <= year < 1500 or 1900 <= year <= 2100)):
        return None
    value = tr.day_value(year, month, day, calendar)
    return Resolved("DATE", value, tr.ABSOLUTE) if value else None


def _day_range(m: Match) -> list[Piece]:
    """«من 4 إلى 15 / 9 / 1436هـ»: two DATEs, the first day in the month and year of the second."""
    end = _numeric(m, None, tr.Narrative(), lexicon())
    if end is None or not end.value or len(m.g("n_c") or "") != 4:
        return []
    first = int(m.g("n_d0") or 0)
    year, month = int(m.g("n_c") or 0), int(m.g("n_b") or 0)
    value = tr.day_value(year, month, first, _calendar_after(m, year, GREGORIAN))
    if not value or first >= int(m.g("n_a") or 0):
        return []
    start_a = m.m.start("n_a")
    return [(m.start, m.m.end("n_d0"), Resolved("DATE", value, tr.ABSOLUTE)), (start_a, m.end, end)]


def _year(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    if m.g("y_y5") and not _bare_year(m):
        return None
    year = int(m.g("y_y", "y_y2", "y_y3", "y_y4", "y_y5") or 0)
    calendar = _calendar_after(m, year, GREGORIAN)
    if calendar == GREGORIAN and not 1000 <= year <= 2200:
        return None
    if m.g("y_y4") and calendar == GREGORIAN and not 1900 <= year <= 2100:
        return None
    value = tr.year_value(year, calendar)
    return Resolved("DATE", value, tr.ABSOLUTE) if value else None


# Before a bare number these make it an amount («نحو 1990»، «الـ 2015»)
_AMOUNT_BEFORE = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "ال", "رقم", "بلغ", "بلغت", "بنحو", "بحوالي"})
_RANGE_ON = re.compile(r"\s*(?:[-–]|و|الي|حتي|او)\s*\d")
_COUNTED_NOUN = re.compile(r"\s+[^\W\d_]+ا(?![^\W\d_])")


def _bare_year(m: Match) -> bool:
    """A bare 1950-2049 is a year unless an amount word stands before it, a counted noun
    («2015 مقاتلا») or a range to an amount («بين 1990 و1995 شخصا») after it, or it is the round
    2000 (as often a count as a year)."""
    return (
        m.g("y_y5") != "2000"
        and m.previous_word() not in _AMOUNT_BEFORE
        and m.view[max(0, m.start - 3) : m.start].rstrip()[-1:] not in ("/", "-", "–")  # «2014 / 2015»
        and not _COUNTED_NOUN.match(m.view, m.end)
        and not _RANGE_ON.match(m.view, m.end)  # a range of years was tried first: this one counts
    )


def _first_months(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    """«الستة أشهر الأولى من العام الحالي»، «الأشهر الأربعة الأولى من 2015»: dated by the year."""
    if m.g("fm_ref"):
        year_of, anchor = tp.year_ref(m.g("fm_ref") or "", pub, nar, lex)
        return Resolved("DATE", str(year_of) if year_of else None, anchor)
    year = int(m.g("fm_y", "fm_y2") or 0)
    value = tr.year_value(year, _calendar_after(m, year, GREGORIAN))
    return Resolved("DATE", value, tr.ABSOLUTE) if value else None


def _decade(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    century = lex.centuries.get(m.g("dc_c", "dc_c2") or "", 19)
    decade = m.g("dc_n")
    value = f"{century}{DECADES[decade]}" if decade else f"{century}"
    return Resolved("DATE", value, tr.ABSOLUTE)


def _year_range(m: Match) -> list[Piece]:
    """«2015-2016»، «بين عامي 2004 و2007»، «1436-1437هـ»: each year its own DATE (as the gold has it);
    «2015-16» gives 2016 to its second half. Two numbers that are not both years give nothing."""
    first_text, second_text = m.g("yr_a") or "", m.g("yr_b") or ""
    first, second = int(first_text[-4:]), int(second_text[-4:] if len(second_text) >= 4 else second_text)
    if second < 100:
        second += first // 100 * 100
    if _BEFORE_CHRIST.match(m.view, m.end) and 0 < second < first:  # «2494-2345 قبل الميلاد»
        spans = [m.m.span("yr_a"), m.m.span("yr_b")]
        return [
            (s, e, Resolved("DATE", f"BC{y}", tr.ABSOLUTE))
            for (s, e), y in zip(spans, (first, second), strict=True)
        ]
    hijri = all(1300 <= y < 1500 for y in (first, second))
    if not (hijri or all(1900 <= y <= 2100 for y in (first, second))) or not 0 < second - first <= 100:
        return []
    calendar = HIJRI if hijri else _calendar_after(m, second, GREGORIAN)
    values = [tr.year_value(y, calendar) for y in (first, second)]
    spans = [m.m.span("yr_a"), m.m.span("yr_b")]
    return [(s, e, Resolved("DATE", v, tr.ABSOLUTE)) for (s, e), v in zip(spans, values, strict=True) if v]


def _clock(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    hour_word = m.g("t_hw", "t_hw3")
    hour = int(m.g("t_h", "t_h2") or 0) if hour_word is None else lex.ordinals.get(hour_word, 99)
    minute = int(m.g("t_m", "t_m2") or 0)
    fraction = m.g("t_frac", "t_frac3") or ""
    minute = {"والنصف": 30, "والربع": 15, "والثلث": 20}.get(fraction, minute)
    if fraction.startswith("الا"):
        hour, minute = hour - 1, 45
    pod = m.g("t_pod", "t_pod2", "t_pod3") or ""
    if hour > 24 or (hour_word is not None and hour > 12):
        return None
    kind = "pm" if pod in _PM or (pod == "ظهرا" and hour < 6) else ""
    kind = "night" if pod in ("ليلا", "ليل", "ليله") else kind
    day_word = m.g("t_day", "t_day3")
    if day_word is not None:
        day = tp.day_of(day_word, pub, m, lex)
    elif m.g("t_tz") and m.alone_on_line():
        day = pub  # a wire story's closing stamp («13:25 ت م» on its own line) is its publication time
    elif _just_dated(m, nar):
        day = nar.day  # «يوم الإثنين الموافق 11/10/1436هـ الساعة 8:15 صباحا»: that day's clock time
    else:
        return Resolved("TIME", tr.clock_value(hour, minute, kind, None), None)
    # an unknown day leaves the time of day (GUIDELINES: «THH:MM» without a day)
    return Resolved("TIME", tr.clock_value(hour, minute, kind, day), tr.PUB if day else None)


def _just_dated(m: Match, nar: tr.Narrative) -> bool:
    """True when a full date opened the same clause just before this clock time."""
    return (
        nar.day is not None
        and 0 <= m.start - nar.pos <= _CLOCK_AFTER_DATE
        and not any(c in m.view[nar.pos : m.start] for c in ".!?\n")
    )


_CLOCK_AFTER_DATE = 60
_HANDLERS: dict[str, Callable[[Match, date | None, tr.Narrative, Lexicon], Resolved | None]] = {
    "time": _clock,
    "date": _day_month,
    "num": _numeric,
    "month": _month,
    "year": _year,
    "dec": _decade,
    "rel": tp.relative_unit,
    "day": tp.deictic_day,
    "wd": tp.weekday,
    "set": tp.recurring,
    "fm": _first_months,
    "ref": tp.reference,
    "dur": tp.duration,
    "nth": tp.in_a_row,
}
