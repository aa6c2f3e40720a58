"""From a pattern match to a TIMEX3 label and value: one small handler per kind of expression.

The handlers read the named groups of ``extract.timex_patterns``, check the context a regex cannot
(«صحيفة اليوم» is a newspaper, a bare «أيام» needs «منذ» or «خلال» before it), and call the calendar
arithmetic of ``extract.timex_resolve``. A handler returns ``None`` to drop a match. Each resolved
date is remembered in the ``Narrative`` so later yearless dates and «العام نفسه» can use it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from akhbar.extract import timex_resolve as tr
from akhbar.extract.timex_patterns import DECADES, SET_ADVERBS, Lexicon, key, lexicon
from akhbar.text.dates import GREGORIAN, HIJRI

if TYPE_CHECKING:
    from collections.abc import Callable

Resolved = tr.Resolved
_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,\"'()]*$")
_DIRECTIONS = {"dir:past": tr.PAST, "dir:next": tr.NEXT, "dir:this": tr.THIS}
_PART_ENDS = {"نهايه": "end", "اواخر": "end", "ختام": "end", "نهايات": "end", "اخر": "end", "منتصف": "middle"}
_DURATION_PREPOSITIONS = frozenset(
    {
        "منذ",
        "قبل",
        "بعد",
        "خلال",
        "لمده",
        "مده",
        "طيله",
        "طوال",
        "مدار",
        "مدي",
        "نحو",
        "حوالي",
        "قرابه",
        "بعدها",
    }
)
_WEEKDAY_PREPOSITIONS = frozenset({"في", "منذ", "حتي", "مساء", "صباح", "يوم", "وحتي", "ومنذ"})
_FRACTIONS = {("نصف", "H"): "PT30M", ("ربع", "H"): "PT15M", ("ثلث", "H"): "PT20M", ("نصف", "CE"): "P50Y",
              ("ربع", "CE"): "P25Y", ("نصف", "Y"): "P6M", ("نصف", "DE"): "P5Y", ("نصف", "D"): "PT12H",
              ("نصف", "M"): "P15D", ("ربع", "Y"): "P3M", ("نصف", "MIN"): "PT30S"}  # fmt: skip
_PM = frozenset({"مساء", "مساءا", "عصرا", "عصر", "بعد الظهر", "ليلا", "ليل", "ليله"})


class Match:
    """A pattern match seen through its kind's group, with the folded text around it."""

    __slots__ = ("end", "kind", "m", "start", "view")

    def __init__(self, m: re.Match[str], kind: str, view: str) -> None:
        self.m, self.kind, self.view = m, kind[2:], view
        self.start, self.end = m.span(kind)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def g(self, *names: str) -> str | None:
        """The first of the named groups that matched, as a lookup key."""
        for name in names:
            value = self.m.group(name)
            if value is not None:
                return key(value)
        return None

    def previous_word(self) -> str:
        """The folded word before the match (its clitic included), without a leading و / ف."""
        found = _LAST_WORD.search(self.view, max(0, self.m.start() - 40), self.m.start())
        word = found.group(1) if found else ""
        return word[1:] if len(word) > 3 and word[0] in "وف" else word

    def following(self, size: int = 24) -> str:
        return self.view[self.end : self.end + size]

    def future_context(self, lex: Lexicon) -> bool:
        """True when a future-tense cue sits in the same sentence, close to the expression."""
        left = max(self.view.rfind(c, 0, self.start) for c in ".!?\n") + 1
        right = min(
            (i for i in (self.view.find(c, self.end) for c in ".!?\n") if i >= 0), default=len(self.view)
        )
        window = self.view[max(left, self.start - 80) : min(right, self.end + 40)]
        return any(w in lex.future or w[1:] in lex.future for w in _WORD.findall(window))


def resolve_match(match: Match, pub: date | None, narrative: tr.Narrative) -> Resolved | None:
    """The label and value of one match, or ``None`` when the context says it is no time expression."""
    resolved = _HANDLERS[match.kind](match, pub, narrative, lexicon())
    if resolved is not None and resolved.label == "DATE" and resolved.value and resolved.value[:4].isdigit():
        _remember(narrative, match, resolved)
    return resolved


def _remember(narrative: tr.Narrative, match: Match, resolved: Resolved) -> None:
    parts = (resolved.value or "").split("-")
    if len(parts) > 1 and not parts[1].isdigit():
        return
    year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2][:2]) if len(parts) > 2 else None
    part = _PART_ENDS.get(match.g("y_part", "y_part2", "c_part", "c_part2", "mo_part") or "", "start")
    narrative.note(match.start, year, month, day, part)
    if resolved.anchor == tr.PUB:
        narrative.clear_point()


def _month_of(surface: str, lex: Lexicon) -> tuple[int, str, str] | None:
    """Number, calendar and key of the first month name of «كانون الثاني/ يناير»."""
    first = key(re.split(r"[/(\-]", surface)[0])
    found = lex.months.get(first)
    return (found[0], found[1], first) if found else None


def _calendar_after(match: Match, year: int, default: str) -> str:
    mark = match.view[match.end : match.end + 2].strip()[:1]
    if mark == "ه":
        return HIJRI
    if mark in ("م", "ء"):
        return GREGORIAN
    return HIJRI if 1300 <= year < 1500 else default


def _year_ref(ref: str, pub: date | None, narrative: tr.Narrative, lex: Lexicon) -> tuple[int | None, str]:
    """The year «من العام الماضي / نفسه / هذا العام» points to, and the anchor used."""
    words = ref.split()
    if any(w in ("نفس", "ذات") or lex.words.get(w) == "ref:same" for w in words):
        return narrative.year, tr.NARRATIVE
    if pub is None:
        return None, tr.PUB
    step = {"dir:past": -1, "dir:next": 1}.get(next((lex.words.get(w, "") for w in words[1:]), ""), 0)
    return pub.year + step, tr.PUB


def _day_month(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    month = _month_of(m.g("d_mon") or "", lex)
    day_text = m.g("d_day") or ""
    day = int(day_text) if day_text.isdigit() else lex.ordinals.get(day_text, 0)
    if month is None or not 1 <= day <= 31:
        return None
    number, calendar, _ = month
    if m.g("d_year"):
        year = int(m.g("d_year") or 0)
        calendar = _calendar_after(m, year, calendar) if calendar == HIJRI or year < 1500 else calendar
        value = tr.day_value(year, number, day, calendar)
        return Resolved("DATE", value, tr.ABSOLUTE) if value else None
    if m.g("d_yref"):
        year_of, anchor = _year_ref(m.g("d_yref") or "", pub, nar, lex)
        if year_of is None:
            return Resolved("DATE", None, anchor)
        return Resolved("DATE", tr.day_value(year_of, number, day, calendar), anchor)
    direction = _DIRECTIONS.get(lex.words.get(m.g("d_dir") or "", ""), "")
    future = not direction and m.future_context(lex)
    return tr.resolve_day_month(pub, nar, m.start, number, day, calendar, direction, future)


def _month(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    month = _month_of(m.g("mo_mon") or "", lex)
    if month is None:
        return None
    number, calendar, name = month
    if m.g("mo_year"):
        year = int(m.g("mo_year") or 0)
        return Resolved("DATE", tr.month_value(year, number, _calendar_after(m, year, calendar)), tr.ABSOLUTE)
    if m.g("mo_yref"):
        year_of, anchor = _year_ref(m.g("mo_yref") or "", pub, nar, lex)
        value = tr.month_value(year_of, number, calendar) if year_of else None
        return Resolved("DATE", value, anchor)
    direction = _DIRECTIONS.get(lex.words.get(m.g("mo_dir") or "", ""), "")
    if not direction and name in lex.ambiguous_months:
        return None
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


def _year(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    year = int(m.g("y_y", "y_y2", "y_y3", "y_y4") or 0)
    calendar = _calendar_after(m, year, GREGORIAN)
    if calendar == GREGORIAN and not 1000 <= year <= 2200:
        return None
    if m.g("y_y4") and calendar == GREGORIAN and not 1900 <= year <= 2100:
        return None
    value = tr.year_value(year, calendar)
    return Resolved("DATE", value, tr.ABSOLUTE) if value else None


def _decade(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    century = lex.centuries.get(m.g("dc_c", "dc_c2") or "", 19)
    decade = m.g("dc_n")
    value = f"{century}{DECADES[decade]}" if decade else f"{century}"
    return Resolved("DATE", value, tr.ABSOLUTE)


def _relative_unit(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    unit_word = m.g("c_u1", "c_u2", "c_u3", "c_u4") or ""
    # a season is dated by its year: the part of a year is not encoded (GUIDELINES: «هذا الصيف» → 2015)
    code = {"اسبوع": "W", "شهر": "M", "يوم": "D"}.get(unit_word, "Y")
    word_class = lex.words.get(m.g("c_dir") or "", "")
    if m.g("c_u2") or word_class.startswith("ref:"):
        return tr.resolve_narrative_unit(nar, code, 1 if word_class == "ref:after" else 0)
    direction = _DIRECTIONS.get(word_class, tr.THIS)
    if code == "D":
        return tr.shift_day(pub, {tr.PAST: -1, tr.NEXT: 1}.get(direction, 0))
    return tr.resolve_unit(pub, code, direction)


def _deictic_day(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    word = m.g("r_word") or ""
    if word == "اليوم" and not m.g("r_wd", "r_wd2"):
        after = m.following()
        if m.previous_word() in lex.blockers.get(word, ()) or _quoted(m):
            return None
        adjective = re.match(r"\s+(ال[^\W\d_]+)", after)
        if adjective and key(adjective.group(1)) not in lex.weekdays:
            return None
    offset = int(lex.words.get(word, "day:0").split(":")[1])
    return tr.shift_day(pub, offset)


def _weekday(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    name = m.g("w_wd") or ""
    direction = _DIRECTIONS.get(lex.words.get(m.g("w_dir") or "", ""), "")
    bare = not (m.g("w_yawm") or m.g("w_pod") or direction)
    if bare and not _bare_weekday_ok(m, name, lex):
        return None
    future = direction in ("", tr.THIS) and m.future_context(lex)
    return tr.resolve_weekday(pub, lex.weekdays[name], "" if direction == tr.THIS else direction, future)


def _quoted(m: Match) -> bool:
    """«اليوم»، «الاثنين» between quote marks name a newspaper or a magazine, not a day."""
    return m.view[m.start - 1 : m.start] == '"' and m.following(1) == '"'


def _bare_weekday_ok(m: Match, name: str, lex: Lexicon) -> bool:
    """«الجمعة» alone is a day unless a name or a prayer says otherwise; «الأحد» needs more."""
    before = m.previous_word()
    if before in lex.blockers.get(name, ()) or _quoted(m):
        return False
    if name in lex.blockers and name not in ("الجمعه",):
        return before in _WEEKDAY_PREPOSITIONS or bool(re.match(r"\s*[,.()]", m.following(3)))
    return True


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
    if day_word is None:
        return Resolved("TIME", tr.clock_value(hour, minute, kind, None), None)
    day = _day_of(day_word, pub, m, lex)
    if day is None:
        return Resolved("TIME", None, tr.PUB)
    return Resolved("TIME", tr.clock_value(hour, minute, kind, day), tr.PUB)


def _day_of(word: str, pub: date | None, m: Match, lex: Lexicon) -> date | None:
    if pub is None:
        return None
    name = word.split()[-1]
    if name in lex.weekdays:
        return tr.weekday_date(pub, lex.weekdays[name], "", m.future_context(lex))
    value = tr.shift_day(pub, int(lex.words.get(word, "day:0").split(":")[1])).value
    return date.fromisoformat(value) if value else None


def _set(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    if m.g("s_adv"):
        return Resolved("SET", SET_ADVERBS[m.g("s_adv") or ""], None)
    if m.g("s_wd"):
        return Resolved("SET", f"XXXX-WXX-{lex.weekdays[m.g('s_wd') or ''] + 1}", None)
    code, count = lex.units[m.g("s_unit") or ""]
    number = _count(m.g("s_n"), lex) or count
    if number == "X":
        return None
    return Resolved("SET", tr.duration_value(code, number), None)


def _count(text: str | None, lex: Lexicon) -> str | None:
    if not text:
        return None
    return text.replace(",", ".") if text[0].isdigit() else str(lex.numbers.get(text, "X"))


def _reference(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    if m.g("f_past"):
        return Resolved("DATE", "PAST_REF", None)
    word = m.g("f_word") or ""
    head = word.split()[0]
    if m.previous_word() in lex.blockers.get(head, ()):
        return None
    return Resolved("DATE", lex.words[word].upper() + "_REF", None)


def _duration(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    unit = m.g("u_unit", "u_unit2", "u_unit3", "u_unit4", "u_unit5", "u_unit6", "u_unit7", "u_unit8") or ""
    code, count = lex.units[unit]
    if m.g("u_n"):
        count = "X" if m.g("u_n2") else _count(m.g("u_n"), lex) or "X"
        if len(count) == 4 and lex.units[unit][1] == "1":
            return None  # «مونديال 2018 يوم السبت»: a year before a singular unit, not a count
    elif m.g("u_nw"):
        count = str(sum(lex.numbers.get(m.g(n) or "", 0) for n in ("u_nw", "u_nw2")))
    elif m.g("u_frac"):
        fraction = _FRACTIONS.get((m.g("u_frac") or "", code))
        return Resolved("DURATION", fraction or tr.duration_value(code, "X"), None)
    elif m.g("u_vq", "u_unit5"):
        count = "X"
    elif m.g("u_unit7", "u_unit8") and not _lone_unit_ok(m):
        return None
    return Resolved("DURATION", tr.duration_value(code, count), None)


def _lone_unit_ok(m: Match) -> bool:
    """A unit without a number («أيام»، «عام») counts only after «منذ»، «خلال»، «قبل» … or a clitic."""
    if re.match(r"\s+(?:\d|ال)", m.following(4)):
        return False
    if m.g("u_unit7") and m.m.group("cl"):
        return True
    return m.previous_word() in _DURATION_PREPOSITIONS


_HANDLERS: dict[str, Callable[[Match, date | None, tr.Narrative, Lexicon], Resolved | None]] = {
    "time": _clock,
    "date": _day_month,
    "num": _numeric,
    "month": _month,
    "year": _year,
    "dec": _decade,
    "rel": _relative_unit,
    "day": _deictic_day,
    "wd": _weekday,
    "set": _set,
    "ref": _reference,
    "dur": _duration,
}
