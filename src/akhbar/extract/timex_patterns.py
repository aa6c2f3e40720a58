"""The word lists and the one compiled pattern behind ``extract.timex``.

Everything is matched on the folded view (``text.normalise.fold``: hamza, ya, ta marbuta, diacritics,
Arabic-Indic digits), so the lists in ``resources/cues`` need one spelling per word. The pattern is an
alternation of named groups ``k_<kind>``, most specific first (a clock time before a date, a date
before a bare month, a year before a duration), because Python's ``re`` takes the first alternative
that matches at a position, not the longest. A leading clitic (و، ف، ب، ل، ك) is matched outside the
kind's group, so the span never includes it; prepositions (في، منذ، حتى، قبل، خلال) are never matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from akhbar.resources import read_lines, read_variants
from akhbar.text.dates import MONTHS
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

_LETTER = r"[^\W\d_]"
_B = rf"(?<!{_LETTER})"
_E = rf"(?!{_LETTER})"
# «للعام» is ل + العام with the alef of the article elided: after a clitic ل, a bare ل stands for ال.
_AL = r"(?:ال|(?<=ل)ل)"
_CLITIC = r"(?P<cl>(?:[وف](?=[^\W_]))?(?:[بلك](?=[^\W_]))?)"
_YEAR_WORD = rf"{_AL}?(?:عام|سنه)"
_CALENDAR_UNITS = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y", "يوم": "D"}
SEASONS = {"صيف": "SU", "شتاء": "WI", "ربيع": "SP", "خريف": "FA"}
_MODIFIERS = (
    "اكثر من",
    "اقل من",
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "ما يزيد علي",
    "ما يزيد عن",
    "ما يقارب",
    "ما يقرب من",
    "ما لا يقل عن",
    "ما يربو علي",
)
_VAGUE_ADJ = (
    "الاخيره",
    "الماضيه",
    "المقبله",
    "القادمه",
    "المنصرمه",
    "الفائته",
    "السابقه",
    "القليله الماضيه",
    "القليله المقبله",
    "القليله القادمه",
    "القليله",
)
_CENTURIES = {
    "الماضي": 19,
    "العشرين": 19,
    "الحالي": 20,
    "الجاري": 20,
    "الحادي والعشرين": 20,
    "التاسع عشر": 18,
}
DECADES = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}
SET_ADVERBS = {"سنويا": "P1Y", "شهريا": "P1M", "اسبوعيا": "P1W", "يوميا": "P1D"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded word → meaning tables, and the compiled pattern that finds every kind of expression."""

    pattern: re.Pattern[str]
    starters: frozenset[str]
    months: dict[str, tuple[int, str]]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    words: dict[str, str]
    units: dict[str, tuple[str, str]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    blockers: dict[str, frozenset[str]]
    future: frozenset[str]
    centuries: dict[str, int]


def key(surface: str) -> str:
    """The lookup key of a matched (folded) phrase: single spaces, lower case."""
    return " ".join(surface.split()).lower()


def _alt(forms: Iterable[str]) -> str:
    """A regex alternation of folded forms, longest first, spaces as ``\\s+``, ending at a word end."""
    names = sorted({key(f) for f in forms}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")" + _E


def _table(name: str) -> dict[str, str]:
    """``class | form | form`` lines as folded form → class."""
    return {key(fold(form)): row[0] for row in read_variants(name) for form in row[1:]}


def _of(words: dict[str, str], *classes: str) -> list[str]:
    """The forms of the given classes (``"dir"`` takes ``dir:past``, ``dir:next`` …)."""
    return [w for w, c in words.items() if c in classes or c.split(":")[0] in classes]


@cache
def lexicon() -> Lexicon:
    """Load the lists once per process and compile the pattern."""
    ambiguous = set()
    for row in read_variants("cues/months.txt"):
        for name in row[2:]:
            folded = key(fold(name.rstrip("!")))
            if name.endswith("!") or folded.isascii():
                ambiguous.add(folded)
    tables: dict[str, Any] = {
        "words": _table("cues/relative_time.txt"),
        "units": {key(fold(f)): (r[0], r[1]) for r in read_variants("cues/timex_units.txt") for f in r[2:]},
        "months": {key(k): v for k, v in MONTHS.items()},
        "weekdays": {key(fold(n)): int(r[0]) for r in read_variants("cues/weekdays.txt") for n in r[1:]},
        "numbers": {key(fold(f)): int(r[0]) for r in read_variants("cues/number_words.txt") for f in r[1:]},
        "ordinals": {key(fold(f)): int(r[0]) for r in read_variants("cues/ordinal_words.txt") for f in r[1:]},
    }
    return Lexicon(
        pattern=_compile(**tables),
        starters=_starters(tables),
        ambiguous_months=frozenset(ambiguous),
        blockers={
            key(fold(r[0])): frozenset(key(fold(b)) for b in r[1:])
            for r in read_variants("cues/timex_blockers.txt")
        },
        future=frozenset(key(fold(w)) for w in read_lines("cues/future_cues.txt")),
        centuries=_CENTURIES,
        **tables,
    )


# First words of the alternatives of the pattern that no list supplies.
_LITERAL_STARTERS = [
    "الساعه",
    "يوم",
    "اليوم",
    "شهر",
    "عام",
    "العام",
    "سنه",
    "السنه",
    "عامي",
    "قرن",
    "القرن",
    "هذا",
    "هذه",
    "نفس",
    "ذات",
    "كل",
    "نصف",
    "ربع",
    "ثلث",
    "عده",
    "بضعه",
    "بضع",
    "عشرات",
    "مئات",
    "الاف",
    "الماضي",
    "ال",
]


def _starters(tables: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """Every word an expression can begin with (after a clitic): the pattern is tried only there.

    Trying the whole alternation at every word start is what makes a big ``re`` alternation slow;
    a set lookup per word is cheap, and the match attempts drop to the few words that can start one.
    """
    firsts = {form.split()[0] for table in tables.values() for form in table}
    firsts |= {f.split()[0] for f in (*_MODIFIERS, *SET_ADVERBS, *_CENTURIES)}
    firsts |= {f"{al}{w}" for w in (*_CALENDAR_UNITS, *SEASONS) for al in ("", "ال")}
    firsts |= {f"{al}{stem}{end}" for stem in DECADES for al in ("", "ال") for end in ("يات", "ات")}
    firsts |= {f"ال{form}" for form in tables["units"]}
    return frozenset(firsts | set(_LITERAL_STARTERS))


def _year_tail(group: str, dirs: str, yref: str) -> str:
    """What may follow a day and month: a year, a direction word, or «من العام الماضي / نفسه»."""
    return (
        rf"(?:\s*,?\s*(?:من\s+)?(?:{_YEAR_WORD}\s+)?(?P<{group}_year>\d{{4}})(?!\d)"
        rf"|\s+(?P<{group}_dir>{dirs})|\s+من\s+(?P<{group}_yref>{yref}))?"
    )


def _compile(
    *,
    words: dict[str, str],
    units: dict[str, tuple[str, str]],
    months: dict[str, tuple[int, str]],
    weekdays: dict[str, int],
    numbers: dict[str, int],
    ordinals: dict[str, int],
) -> re.Pattern[str]:
    wd, mon = _alt(weekdays), _alt(months)
    monc = rf"{mon}(?:\s*[/(\-]?\s*{mon}\s*\)?)?"
    dirs, part = _alt(_of(words, "dir")), _alt(_of(words, "part"))
    pod, podadv = _alt(_of(words, "pod")), _alt(_of(words, "podadv"))
    dayw = _alt(_of(words, "day", "night"))
    refs = _alt(_of(words, "present", "past", "future"))
    same = _alt(_of(words, "ref"))
    ordinal, numw = _alt(ordinals), _alt(numbers)
    by_count = {c: [f for f, (_, n) in units.items() if n == c] for c in ("1", "2", "X")}
    unit_all, unit1, unit2, unitx = _alt(units), _alt(by_count["1"]), _alt(by_count["2"]), _alt(by_count["X"])
    calendar_unit = _alt(list(_CALENDAR_UNITS) + list(SEASONS))
    yref = (
        rf"(?:{_YEAR_WORD}\s+(?:{dirs}|{same})|(?:نفس|ذات)\s+{_YEAR_WORD}{_E}|(?:هذا|هذه)\s+{_YEAR_WORD}{_E})"
    )
    frac = r"(?:والنصف|والربع|الا\s+ربعا|الا\s+ربع|الا\s+الربع|والثلث)"
    day_ref = rf"(?:{dayw}|(?:يوم\s+)?{wd})"
    kinds = {
        "time": (
            rf"الساعه\s+(?:(?P<t_h>\d{{1,2}})(?:[:.](?P<t_m>\d{{2}}))?(?!\d)|(?P<t_hw>{ordinal}))(?:\s+(?P<t_frac>{frac}))?"
            rf"(?:\s+(?:من\s+)?(?P<t_pod>{podadv}|{pod})(?:\s+(?P<t_day>{day_ref}))?)?"
            rf"|(?<![\d/.:-])(?P<t_h2>\d{{1,2}}):(?P<t_m2>\d{{2}})(?!\d)(?:\s*(?P<t_pod2>{podadv})|(?=\s*(?:بتوقيت|ت\s?[غم](?!{_LETTER})|gmt)))"
            rf"|(?P<t_hw3>{ordinal})(?:\s+(?P<t_frac3>{frac}))?\s+(?:من\s+)?(?P<t_pod3>{podadv}|{pod})"
            rf"(?:\s+(?P<t_day3>{day_ref}))?"
        ),
        "date": (
            rf"(?:(?:اليوم|يوم)\s+)?(?:(?P<d_wd>{wd})\s*[,(]?\s*\)?\s*,?\s*)?"
            rf"(?P<d_day>(?<![\d/.:-])\d{{1,2}}(?!\d)|{ordinal})\s*(?:من\s+)?(?:شهر\s+)?(?P<d_mon>{monc})"
            + _year_tail("d", dirs, yref)
        ),
        "num": (
            rf"(?:(?:يوم\s+)?{wd}\s*,?\s*(?:الموافق\s+)?)?"  # «يوم الخميس (الموافق) 21/10/1436»: one expression
            r"(?<![\d/.:-])(?P<n_a>\d{1,4})(?P<n_sep>[-.]|\s?/\s?)(?P<n_b>\d{1,2})(?P=n_sep)(?P<n_c>\d{1,4})"
            r"(?![\d%]|[/.:-]\d)"
        ),
        "month": rf"(?:(?P<mo_part>{part})\s+)?(?:شهر\s+)?(?P<mo_mon>{monc})" + _year_tail("mo", dirs, yref),
        "year": (
            rf"(?:(?P<y_part>{part})\s+)?(?:{_YEAR_WORD}|عامي)\s+(?P<y_y>\d{{4}})(?!\d)"
            rf"|(?P<y_part2>{part})\s+(?P<y_y2>\d{{4}})(?!\d)"
            r"|(?<![\d/.:,-])(?P<y_y3>\d{4})(?=\s?[مهء](?![^\W\d_]))"
            r"|(?:(?<=في )|(?<=منذ )|(?<=حتي )|(?<=قبل )|(?<=بعد )|(?<=خلال )|(?<=بحلول ))(?P<y_y4>\d{4})(?![\d%]|[.,]\d)"
        ),
        "dec": (
            rf"{_AL}?(?P<dc_n>{'|'.join(DECADES)})(?:يات|ات){_E}(?:\s+(?:من\s+)?{_AL}قرن\s+(?P<dc_c>{_alt(_CENTURIES)}))?"
            rf"|{_AL}قرن\s+(?P<dc_c2>{_alt(_CENTURIES)})"
        ),
        "rel": (
            rf"(?:(?P<c_part>{part})\s+)?(?:(?:هذا|هذه)\s+{_AL}(?P<c_u1>{calendar_unit})"
            rf"|(?:نفس|ذات)\s+{_AL}(?P<c_u2>{calendar_unit})|{_AL}(?P<c_u3>{calendar_unit})\s+(?P<c_dir>{dirs}|{same}))"
            rf"|(?P<c_part2>{part})\s+{_AL}(?P<c_u4>عام|سنه|شهر){_E}"
        ),
        "day": rf"(?:(?P<r_pod>{pod})\s+(?:يوم\s+)?)?(?P<r_word>{dayw})(?:\s*\(\s*(?P<r_wd>{wd})\s*\)|\s*,?\s*(?P<r_wd2>{wd}))?",
        "wd": rf"(?:(?P<w_pod>{pod})\s+)?(?:(?P<w_yawm>يوم)\s+)?(?P<w_wd>{wd})(?:\s+(?P<w_dir>{dirs}))?",
        "set": (
            rf"(?P<s_adv>{_alt(SET_ADVERBS)})|كل\s+(?:يوم\s+)?(?P<s_wd>{wd})"
            rf"|كل\s+(?:(?P<s_n>\d{{1,3}}|{numw})\s+)?(?P<s_unit>{unit_all})"
        ),
        "ref": rf"(?P<f_word>{refs})|(?<=في )(?P<f_past>الماضي){_E}",
        "dur": (
            rf"(?:(?P<u_mod>{_alt(_MODIFIERS)})\s+)?"
            rf"(?:(?:ال\s?)?(?<![\d/.:-])(?P<u_n>\d+(?:[.,]\d+)?)(?:\s*(?:-|الي|او|و|حتي)\s*(?P<u_n2>\d+))?\s+(?:من\s+)?(?P<u_unit>{unit_all})"
            rf"|(?P<u_nw>{numw})(?:\s+و\s*(?P<u_nw2>{numw}))?\s+(?P<u_unit2>{unit_all})"
            rf"|(?P<u_frac>نصف|ربع|ثلث)\s+(?P<u_unit3>{unit1})"
            rf"|(?P<u_vq>عده|بضعه|بضع|عشرات|مئات|الاف)\s+(?P<u_unit4>{unitx})"
            rf"|{_AL}(?P<u_unit5>{unitx})\s+(?P<u_vdir>{_alt(_VAGUE_ADJ)})"
            rf"|(?P<u_unit6>{unit2})|(?P<u_unit7>{unitx})(?:\s+(?:عديده|طويله|قليله|متتاليه){_E})?|(?P<u_unit8>{unit1}))"
        ),
    }
    body = "|".join(f"(?P<k_{name}>{regex})" for name, regex in kinds.items())
    return re.compile(f"{_B}{_CLITIC}(?:{body})", re.IGNORECASE)
