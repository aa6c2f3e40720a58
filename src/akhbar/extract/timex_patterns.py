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
# «العام الدراسي 2015»، «السنة المالية 2016»: a kind of year between the year word and the number.
_YEAR_WORD = rf"{_AL}?(?:عام|سنه)(?:\s+{_AL}(?:دراسي|دراسيه|مالي|ماليه|هجري|هجريه|ميلادي|ميلاديه){_E})?"
_CALENDAR_UNITS = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y", "يوم": "D", "ربع": "Q"}
# «الربع المماثل من العام الماضي»: the corresponding period of another year.
_RELATIVE = "cues/relative_time.txt"
_SIMILAR = r"(?:المماثل|المماثله|المقابل|المقابله)(?![^\W\d_])"
# «نهاية الأسبوع الأول من أغسطس»: the part belongs to the counted period after it
_ORDINAL_NEXT = r"ال(?:اول|ثاني|ثالث|رابع|اخير)"
# After a number, words that make it an amount, not a year («بين 2000 و2500 ريال»).
_NOT_YEAR_AFTER = (
    r"(?![\d%]|[.,]\d|\s*(?:ريال|دولار|جنيه|درهم|دينار|يورو|شخص|متر|كيلو|طن|برميل|الف|مليون|مليار|%))"
)
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
_DUAL_ADJ = ("الماضيين", "المقبلين", "القادمين", "الاخيرين", "المنصرمين", "السابقين", "الفائتين")
# «القرن الثامن عشر» is TIMEX3 century 17: the ordinal less one
_CENTURIES = {"الماضي": 19, "العشرين": 19, "الحالي": 20, "الجاري": 20, "الحادي والعشرين": 20, "التاسع عشر": 18,
              "الثامن عشر": 17, "السابع عشر": 16, "السادس عشر": 15, "الخامس عشر": 14, "الرابع عشر": 13,
              "الثالث عشر": 12, "الثاني عشر": 11, "الحادي عشر": 10}  # fmt: skip
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
    month_name: re.Pattern[str]
    month_tail: re.Pattern[str]


def key(surface: str) -> str:
    """The lookup key of a matched (folded) phrase: single spaces, lower case."""
    return " ".join(surface.split()).lower()


def _alt(forms: Iterable[str]) -> str:
    """A regex alternation of folded forms, longest first, spaces as ``\\s+``, ending at a word end."""
    names = sorted({key(f) for f in forms}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")" + _E


def _table(name: str) -> dict[str, str]:
    """``class | form | form`` lines as folded form → class (the first line naming a form wins)."""
    table: dict[str, str] = {}
    for row in read_variants(name):
        for form in row[1:]:
            table.setdefault(key(fold(form)), row[0])
    return table


def _of(name: str, *classes: str) -> list[str]:
    """The folded forms of the given classes (``"dir"`` takes ``dir:past``, ``dir:next`` …).

    Read from the list, not from ``_table``: a form may sit in two classes («مساء» before a day and
    as an adverb after a clock time).
    """
    return [
        key(fold(form))
        for row in read_variants(name)
        if row[0] in classes or row[0].split(":")[0] in classes
        for form in row[1:]
    ]


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
        "words": _table(_RELATIVE),
        "units": {key(fold(f)): (r[0], r[1]) for r in read_variants("cues/timex_units.txt") for f in r[2:]},
        "months": {key(k): v for k, v in MONTHS.items()},
        "weekdays": {key(fold(n)): int(r[0]) for r in read_variants("cues/weekdays.txt") for n in r[1:]},
        "numbers": {key(fold(f)): int(r[0]) for r in read_variants("cues/number_words.txt") for f in r[1:]},
        "ordinals": {key(fold(f)): int(r[0]) for r in read_variants("cues/ordinal_words.txt") for f in r[1:]},
    }
    return Lexicon(
        pattern=_compile(tables),
        starters=_starters(tables),
        ambiguous_months=frozenset(ambiguous),
        blockers={
            key(fold(r[0])): frozenset(key(fold(b)) for b in r[1:])
            for r in read_variants("cues/timex_blockers.txt")
        },
        future=frozenset(key(fold(w)) for w in read_lines("cues/future_cues.txt")),
        centuries=_CENTURIES,
        month_name=re.compile(_alt(tables["months"]), re.IGNORECASE),
        month_tail=_month_tail(tables["months"], tables["ordinals"]),
        **tables,
    )


def _month_tail(months: Mapping[str, tuple[int, str]], ordinals: Mapping[str, int]) -> re.Pattern[str]:
    """What closes a range after a yearless day or month and lends it its year or direction:
    «(من 10 يناير) إلى 15 فبراير 2015»، «(شهر سبتمبر) أو أكتوبر المقبلين»."""
    mon, dirs = _alt(months), _alt(_of(_RELATIVE, "dir"))
    return re.compile(
        rf"\s*(?:-|–|الي|حتي|و|او)\s*(?:(?:\d{{1,2}}|{_alt(ordinals)})\s*(?:من\s+)?)?(?:شهر\s+)?"
        rf"(?P<mon>{mon}(?:\s*[/(\-]?\s*{mon}(?:\s*\))?)?)"
        rf"(?:\s+(?P<dir>{dirs})|\s*,?\s*(?:من\s+)?(?:{_YEAR_WORD}\s+)?(?P<year>\d{{4}})(?!\d))",
        re.IGNORECASE,
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
    "سنتي",
    "فتره",
    "الفتره",
    "فصل",
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
    firsts |= {f"ال{form.split()[0]}" for form in tables["numbers"]}  # «السنوات العشر»، «الستة أشهر»
    return frozenset(firsts | set(_LITERAL_STARTERS))


def _year_tail(group: str, dirs: str, yref: str) -> str:
    """What may follow a day and month: a year, a direction word, or «من العام الماضي / نفسه»."""
    return (
        rf"(?:\s*[,/]?\s*(?:من\s+|ل(?=عام|سنه))?(?:{_YEAR_WORD}\s+)?(?P<{group}_year>\d{{4}})(?!\d)"
        rf"|\s+(?P<{group}_dir>{dirs})|\s+(?:من\s+)?(?P<{group}_yref>{yref}))?"
    )


def _compile(tables: Mapping[str, Any]) -> re.Pattern[str]:
    """The one alternation of every kind, most specific first (``re`` takes the first that matches)."""
    weekdays, numbers = tables["weekdays"], tables["numbers"]
    kinds = {
        **_date_kinds(tables["months"], weekdays, numbers, tables["ordinals"]),
        **_period_kinds(tables["units"], weekdays, numbers, tables["ordinals"]),
    }
    body = "|".join(f"(?P<k_{name}>{regex})" for name, regex in kinds.items())
    return re.compile(f"{_B}{_CLITIC}(?:{body})", re.IGNORECASE)


def _shared(weekdays: Mapping[str, int]) -> dict[str, str]:
    """Sub-patterns several kinds use: directions, parts of periods, year references."""
    dirs, same = _alt(_of(_RELATIVE, "dir")), _alt(_of(_RELATIVE, "ref"))
    return {
        "wd": _alt(weekdays),
        "dirs": dirs,
        "same": same,
        "part": _alt(_of(_RELATIVE, "part")),
        "pod": _alt(_of(_RELATIVE, "pod")),
        "podadv": _alt(_of(_RELATIVE, "podadv")),
        "dayw": _alt(_of(_RELATIVE, "day", "night")),
        "yref": (
            rf"(?:{_YEAR_WORD}\s+(?:{dirs}|{same})|(?:نفس|ذات)\s+{_YEAR_WORD}{_E}"
            rf"|(?:هذا|هذه)\s+{_YEAR_WORD}{_E})"
        ),
    }


def _date_kinds(
    months: Mapping[str, tuple[int, str]],
    weekdays: Mapping[str, int],
    numbers: Mapping[str, int],
    ordinals: Mapping[str, int],
) -> dict[str, str]:
    """Clock times, days, numeric dates, months and years: the kinds that name a calendar point."""
    sh = _shared(weekdays)
    wd, dirs, part, pod, podadv, yref = sh["wd"], sh["dirs"], sh["part"], sh["pod"], sh["podadv"], sh["yref"]
    mon, ordinal = _alt(months), _alt(ordinals)
    monc = rf"{mon}(?:\s*[/(\-]?\s*{mon}(?:\s*\))?)?"
    frac = r"(?:والنصف|والربع|الا\s+ربعا|الا\s+ربع|الا\s+الربع|والثلث)"
    day_ref = rf"(?:{sh['dayw']}|(?:يوم\s+)?{wd})"
    year = r"(?<![\d/.:,-])\d{4}(?!\d)"
    return {
        "time": (
            rf"الساعه\s+(?:(?P<t_h>\d{{1,2}})(?:[:.](?P<t_m>\d{{2}}))?(?!\d)|(?P<t_hw>{ordinal}))(?:\s+(?P<t_frac>{frac}))?"
            rf"(?:\s+(?:من\s+)?(?P<t_pod>{podadv}|{pod})(?:\s+(?P<t_day>{day_ref}))?)?"
            rf"|(?<![\d/.:-])(?P<t_h2>\d{{1,2}}):(?P<t_m2>\d{{2}})(?!\d)"
            rf"(?:\s*(?P<t_pod2>{podadv})|\s*(?P<t_tz>ت\s?[غم]|gmt){_E}|(?=\s*بتوقيت))"
            rf"|(?P<t_hw3>{ordinal})(?:\s+(?P<t_frac3>{frac}))?\s+(?:من\s+)?(?P<t_pod3>{podadv}|{pod})"
            rf"(?:\s+(?P<t_day3>{day_ref}))?"
        ),
        "date": (
            rf"(?:(?:اليوم|يوم)\s+)?(?:(?P<d_wd>{wd})\s*[,(]?\s*\)?\s*,?\s*)?"
            rf"(?P<d_day>(?<![\d/.:-])\d{{1,2}}(?!\d)|{ordinal})"
            rf"(?:\s*(?:-|الي|حتي|وحتي|والي|و)\s*(?P<d_day2>\d{{1,2}})(?!\d))?"  # «10 إلى 16 من شهر تموز»: one span
            rf"\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?P<d_mon>{monc})" + _year_tail("d", dirs, yref)
        ),
        "num": (
            rf"(?:(?:يوم\s+)?{wd}(?:\s+{dirs})?\s*,?\s*(?:الموافق\s+)?)?"  # «يوم الخميس (المقبل الموافق) 21/10/1436»: one expression
            # «من 4 إلى 15 / 9 / 1436هـ»: the first day of a stretch takes the month and year of the second
            r"(?:(?<![\d/.:-])(?P<n_d0>\d{1,2})\s*(?:الي|حتي|-)\s*(?=\d{1,2}\s?/))?"
            r"(?<![\d/.:-])(?P<n_a>\d{1,4})(?P<n_sep>[-.]|\s?/\s?)(?P<n_b>\d{1,2})(?P=n_sep)(?P<n_c>\d{1,4})"
            r"(?![\d%]|[/.:-]\d)"
        ),
        "month": rf"(?:(?P<mo_part>{part})\s+)?(?:شهر\s+)?(?P<mo_mon>{monc})" + _year_tail("mo", dirs, yref),
        # «2015-2016»، «بين عامي 2004 و2007»، «من 2010 إلى 2014»: two years, two spans
        "yr": (
            rf"(?P<yr_a>(?:(?:{_YEAR_WORD}|عامي|سنتي)\s+)?{year})(?:\s?[مه]{_E})?"
            rf"(?:\s*[-–/]\s*|\s+(?:و|الي|حتي|او)\s*)(?P<yr_b>(?:{_YEAR_WORD}\s+)?\d{{4}}|\d{{2}})"
            + _NOT_YEAR_AFTER
        ),
        "year": (
            rf"(?:(?P<y_part>{part})\s+(?:ل(?=ل|عام|سنه))?)?(?:{_YEAR_WORD}|عامي)\s+(?P<y_y>\d{{4}})(?!\d)"
            rf"|(?P<y_part2>{part})\s+(?P<y_y2>\d{{4}})(?!\d)"
            r"|(?<![\d/.:,-])(?P<y_y3>\d{4})(?=\s?[مهء](?![^\W\d_]))"
            r"|(?:(?<=في )|(?<=منذ )|(?<=حتي )|(?<=قبل )|(?<=بعد )|(?<=خلال )|(?<=بحلول ))(?P<y_y4>\d{4})"
            + _NOT_YEAR_AFTER
            # «كأس العالم 2018»، «انتخابات 2016»: a bare number of the years news is about
            + r"|(?<![\d/.:,-])(?P<y_y5>19[5-9]\d|20[0-4]\d)(?!\d)"
            + _NOT_YEAR_AFTER
        ),
        "dec": (
            rf"{_AL}?(?P<dc_n>{'|'.join(DECADES)})(?:يات|ات){_E}(?:\s+(?:من\s+)?{_AL}قرن\s+(?P<dc_c>{_alt(_CENTURIES)}))?"
            rf"|{_AL}قرن\s+(?P<dc_c2>{_alt(_CENTURIES)})"
        ),
    }


def _period_kinds(
    units: Mapping[str, tuple[str, str]],
    weekdays: Mapping[str, int],
    numbers: Mapping[str, int],
    ordinals: Mapping[str, int],
) -> dict[str, str]:
    """Periods named by a unit («الأسبوع المقبل»)، deictic days, weekdays, sets, references, durations."""
    sh = _shared(weekdays)
    wd, dirs, same, part, pod = sh["wd"], sh["dirs"], sh["same"], sh["part"], sh["pod"]
    numw = _alt(numbers)
    by_count = {c: [f for f, (_, n) in units.items() if n == c] for c in ("1", "2", "X")}
    unit_all, unit1, unit2, unitx = _alt(units), _alt(by_count["1"]), _alt(by_count["2"]), _alt(by_count["X"])
    calendar_unit = _alt(list(_CALENDAR_UNITS) + list(SEASONS))
    vague = _alt(_VAGUE_ADJ)
    ref_words = _of(_RELATIVE, "present", "past", "future")
    refs = _alt(ref_words)
    seasons = _alt(SEASONS)
    return {
        # «لليوم الخامس على التوالي»، «للعام الثاني على التوالي»: the nth in a row counts n of them
        "nth": (
            rf"{_AL}(?P<n_unit>يوم|شهر|اسبوع|عام|سنه|موسم)\s+(?P<n_ord>{_alt(ordinals)})"
            r"(?=\s+(?:علي\s+)?التوالي(?![^\W\d_]))"
        ),
        "rel": (
            rf"(?:(?P<c_part>{part})\s+)?(?:(?:هذا|هذه)\s+{_AL}(?P<c_u1>{calendar_unit})"
            rf"|(?:نفس|ذات)\s+{_AL}(?P<c_u2>{calendar_unit}|فتره){_E}"
            rf"|{_AL}(?P<c_u3>{calendar_unit})\s+(?P<c_dir>{dirs}|{same}|{_SIMILAR})"
            rf"|{_AL}(?P<c_u5>فتره)\s+(?P<c_dir5>{same}|{_SIMILAR}))"
            rf"(?:\s+(?:من\s+)?(?P<c_yref>{sh['yref']})|\s+من\s+(?:{_YEAR_WORD}\s+)?(?P<c_year>\d{{4}})(?!\d))?"
            rf"|(?P<c_part2>{part})\s+(?:ل(?=ل))?{_AL}(?P<c_u4>عام|سنه|شهر|اسبوع){_E}(?!\s+{_ORDINAL_NEXT}|\s+الدراسي)"  # «نهاية الأسبوع»
            # «خلال الربع الثاني»: a quarter or half with no year named is one of the narrative's year
            rf"|(?P<c_q>(?:النصف|الربع)\s+{_ORDINAL_NEXT}){_E}(?!\s+(?:من|ل)|\s+ال[^\W\d_]+\s+من\s)"
            # «في الخريف»: a bare season after a preposition («الربيع العربي» is no season)
            r"|(?:(?<=في )|(?<=خلال )|(?<=حتي )|(?<=منذ )|(?<=قبل )|(?<=بعد ))"
            rf"(?:فصل\s+)?{_AL}(?P<c_season>{seasons})(?!\s*[\w\d])"
        ),
        "day": rf"(?:(?P<r_pod>{pod})\s+(?:يوم\s+)?)?(?P<r_word>{sh['dayw']})(?:\s*\(\s*(?P<r_wd>{wd})\s*\)|\s*,?\s*(?P<r_wd2>{wd}))?",
        # «ليل الأربعاء - الخميس»: a night between two days is one expression
        "wd": rf"(?:(?P<w_pod>{pod})\s+)?(?:(?P<w_yawm>يوم)\s+)?(?P<w_wd>{wd})(?:\s*[-–/]\s*{wd})?(?:\s+(?P<w_dir>{dirs}))?",
        "set": (
            rf"(?P<s_adv>{_alt(SET_ADVERBS)})|كل\s+(?:يوم\s+)?(?P<s_wd>{wd})"
            rf"|كل\s+(?:(?P<s_n>\d{{1,3}}|{numw})\s+)?(?P<s_unit>{unit_all})"
            # «500 ريال لليوم الواحد»: a rate per unit
            rf"|(?:(?<=ل)ل|(?<=في )ال)(?P<s_per>{unit1})\s+(?:الواحد|الواحده){_E}"
        ),
        # «الستة أشهر الأولى من العام الحالي»: the first months of a year are a part of it, not a length
        "fm": (
            rf"(?:{_AL}?(?:{numw}|\d{{1,2}})\s+(?:اشهر|شهور)|{_AL}(?:اشهر|شهور)\s+ال{numw})\s+(?:الاولي|الاخيره){_E}"
            rf"\s+من\s+(?:(?P<fm_y>\d{{4}})(?!\d)|{_YEAR_WORD}\s+(?P<fm_y2>\d{{4}})(?!\d)|(?P<fm_ref>{sh['yref']}))"
        ),
        # «للموسم المقبل»: after a clitic ل the alef of «ال» is elided, as in «للعام»
        "ref": (
            rf"(?P<f_word>{refs})|(?<=ل)ل(?P<f_word2>{_alt(w[2:] for w in ref_words if w.startswith('ال'))})"
            rf"|(?<=في )(?P<f_past>الماضي){_E}"
        ),
        "dur": (
            rf"(?:(?P<u_mod>{_alt(_MODIFIERS)})\s+)?"
            rf"(?:(?:ال\s?)?(?<![\d/.:-])(?P<u_n>\d+(?:[.,]\d+)?)(?:\s*(?:-|الي|او|و|حتي)\s*(?P<u_n2>\d+))?\s+(?:من\s+)?(?P<u_unit>{unit_all})"
            rf"|(?P<u_nw>{numw})(?:\s+و\s*(?P<u_nw2>{numw}))?\s+(?P<u_unit2>{unit_all})"
            rf"|(?P<u_frac>نصف|ربع|ثلث)\s+(?P<u_unit3>{unit1})"
            rf"|(?P<u_vq>عده|بضعه|بضع|عشرات|مئات|الاف)\s+(?:ال)?(?P<u_unit4>{unitx})"
            # «السنوات العشر الأخيرة»، «الأعوام الأربعة المقبلة»، «الخمس سنوات الماضية»: counted
            rf"|{_AL}(?P<u_unit9>{unitx})\s+ال\s?(?P<u_nw3>{numw}|\d{{1,3}}(?!\d))(?:\s+{vague})?"
            rf"|ال(?P<u_nw4>{numw})\s+(?P<u_unit10>{unitx})(?:\s+{vague})?"
            rf"|{_AL}(?P<u_unit5>{unitx})\s+(?P<u_vdir>{vague})"
            rf"|{_AL}(?P<u_unit11>{unit2})(?:\s+(?P<u_vdir2>{_alt(_DUAL_ADJ)}))?"  # «العامين الماضيين»
            rf"|(?P<u_unit6>{unit2})|(?P<u_unit7>{unitx})(?:\s+(?:عديده|طويله|قليله|متتاليه){_E})?|(?P<u_unit8>{unit1})(?:\s+(?P<u_one>واحد|واحده){_E})?)"
            rf"(?:\s+و\s?(?P<u_more>{unit1}|{unit2}))?"  # «سنة وشهرين»: one length
            rf"(?:\s+(?:اخري|اخر|اضافيه){_E})?"  # «أربعة مواسم أخرى»
        ),
    }
