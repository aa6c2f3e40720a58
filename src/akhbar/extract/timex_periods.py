"""Values of periods, days, weekdays, sets, references and durations: the handlers without a month name.

The handlers of ``extract.timex_values`` deal with calendar points written out (a day and a month, a
year, a clock time); the ones here deal with periods named by a unit («الأسبوع المقبل»، «الربع
السابق»، «الفترة نفسها من العام الماضي»)، deictic days («أمس»)، weekdays, sets («كل عام»)، the
``*_REF`` words and durations («ثلاثة أعوام»، «السنوات العشر الأخيرة»). A handler returns ``None`` to
drop a match the context shows is no time expression.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from akhbar.extract import timex_resolve as tr
from akhbar.extract.cues import cue_kind
from akhbar.extract.timex_patterns import SEASONS, SET_ADVERBS, Lexicon, key
from akhbar.text.dates import GREGORIAN

if TYPE_CHECKING:
    from akhbar.extract.timex_match import Match

Resolved = tr.Resolved
DIRECTIONS = {"dir:past": tr.PAST, "dir:past2": tr.PAST2, "dir:next": tr.NEXT, "dir:this": tr.THIS}
# A unit word → its calendar code; anything else (years, seasons) is dated by its year.
_UNIT_CODES = {"اسبوع": "W", "شهر": "M", "يوم": "D", "ربع": "Q", "فتره": "P"}
_SEASON_BOUNDS = frozenset({"منذ", "حتي", "قبل", "بعد"})
# Expectations date a season ahead («من المتوقع أن يزور … في الخريف») though they are too weak a
# future cue for weekdays and months, where they often sit in another clause.
_EXPECTED = frozenset({"المتوقع", "يتوقع", "تتوقع", "متوقع"})
_SIMILAR = frozenset({"المماثل", "المماثله", "المقابل", "المقابله"})
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
# A plural unit without a number is a vague length where «قبل»، «بعد» … or the end of the clause
# follows it («وأمضى ساعات قبل أن يغادر»), not where a noun does («ساعات العمل»); «عقود» is also
# "contracts" and «أشهر» "most famous", so those need a preposition in front.
_AFTER_VAGUE_LENGTH = re.compile(r"\s*(?:[.,:;)\"!?،؛]|$|(?:قبل|بعد|حتي|ثم|دون)(?![^\W\d_]))")
_AMBIGUOUS_PLURALS = frozenset({"عقود", "اشهر"})
_WEEKDAY_PREPOSITIONS = frozenset({"في", "منذ", "حتي", "مساء", "صباح", "يوم", "وحتي", "ومنذ"})
_FRACTIONS = {("نصف", "H"): "PT30M", ("ربع", "H"): "PT15M", ("ثلث", "H"): "PT20M", ("نصف", "CE"): "P50Y",
              ("ربع", "CE"): "P25Y", ("نصف", "Y"): "P6M", ("نصف", "DE"): "P5Y", ("نصف", "D"): "PT12H",
              ("نصف", "M"): "P15D", ("ربع", "Y"): "P3M", ("نصف", "MIN"): "PT30S"}  # fmt: skip


def year_ref(ref: str, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> tuple[int | None, str]:
    """The year «من العام الماضي / السابق / نفسه / هذا العام» points to, and the anchor used."""
    words = ref.split()
    if any(w in ("نفس", "ذات") or lex.words.get(w) == "ref:same" for w in words):
        return nar.year, tr.NARRATIVE
    if pub is None:
        return None, tr.PUB
    classes = [lex.words.get(w, "") for w in words[1:]]
    step = next((_STEPS[c] for c in classes if c in _STEPS), 0)
    return pub.year + step, tr.PUB


_STEPS = {"dir:past": -1, "dir:past2": -2, "dir:prev": -1, "dir:next": 1}
_DEFINITE = re.compile(r"(?:ال|لل|بال|كال)(?!ي$|تي$|ذي$)")


def relative_unit(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    """«الأسبوع المقبل»، «هذا العام»، «الربع السابق»، «العام نفسه»، «الشهر الذي سبقه»، «في الخريف»."""
    if m.g("c_season"):
        # «في الصيف» is mostly habitual («نقرأ في الصيف»): a season alone dates something only in a
        # future-tense clause («من المتوقع أن يزور … في الخريف») or as a bound («منذ الربيع»)
        future = m.future_context(lex, _EXPECTED)
        if not (future or m.previous_word() in _SEASON_BOUNDS):
            return None
        if pub is None:
            return Resolved("DATE", None, tr.PUB)
        season = SEASONS[m.g("c_season") or ""]
        return Resolved("DATE", tr.season_year(pub, season, future), tr.PUB)
    if m.g("c_q"):
        return _bare_part(m, pub)
    # a season is dated by its year: the part of a year is not encoded (GUIDELINES: «هذا الصيف» → 2015)
    code = _UNIT_CODES.get(m.g("c_u1", "c_u2", "c_u3", "c_u4", "c_u5") or "", "Y")
    word = m.g("c_dir", "c_dir5") or ""
    word_class = "ref:same" if word in _SIMILAR else lex.words.get(word, "")
    if m.g("c_u3") == "عام" and not m.g("c_part") and _general(m, word_class, lex):
        return None
    if m.g("c_yref", "c_year"):
        return _in_other_year(m, code, pub, nar, lex)
    if m.g("c_u2") or word_class.startswith("ref:"):
        step = {"ref:after": 1, "ref:before": -1}.get(word_class, 0)
        return tr.resolve_narrative_unit(nar, code, step)
    if word_class == "dir:prev":
        return tr.resolve_previous(pub, nar, m.start, code)
    direction = DIRECTIONS.get(word_class, tr.THIS)
    if code == "D":
        return tr.shift_day(pub, {tr.PAST: -1, tr.NEXT: 1}.get(direction, 0))
    return tr.resolve_unit(pub, code, direction)


# Where «الربع الثاني» alone is a part of a year and not of a match or a list («في الربع الأول»)
_PART_PREPOSITIONS = frozenset({"في", "خلال", "بنهايه", "نهايه", "عن", "منذ", "حتي", "بدايه", "مطلع", "طيله"})


def _bare_part(m: Match, pub: date | None) -> Resolved | None:
    """«خلال الربع الثاني»: a part of the publication date's year (the part is not encoded); without
    a pub_date, ``None``: a year named earlier is as often the one compared with as the one reported."""
    if m.previous_word() not in _PART_PREPOSITIONS:
        return None
    return Resolved("DATE", str(pub.year) if pub else None, tr.PUB)


def _general(m: Match, word_class: str, lex: Lexicon) -> bool:
    """«الأمين العام الحالي»، «المدير العام السابق»: «العام» is "general" after a title, and before
    «السابق» ("former") after any definite noun; «التقرير العام الماضي» stays "last year"."""
    before = m.previous_word()
    if m.m.group("cl") or not before:
        return False
    bare = "ال" + before[2:] if before.startswith("لل") else re.sub(r"^[بلك](?=ال)", "", before)
    if bare in lex.blockers.get("العام", ()):
        return True
    return word_class == "dir:prev" and _DEFINITE.match(before) is not None


def _in_other_year(m: Match, code: str, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved:
    """«الأسبوع نفسه من العام الماضي»، «الربع المماثل من العام السابق»: the same period, another year.

    The period is the one the narrative is at (else the publication date's), moved to the year named;
    a quarter or a period of unknown length is dated by the year alone.
    """
    year: int | None
    if m.g("c_year"):  # «نفس الفترة من عام 2014»
        year, anchor = int(m.g("c_year") or 0), tr.ABSOLUTE
    else:
        year, anchor = year_ref(m.g("c_yref") or "", pub, nar, lex)
    if year is None:
        return Resolved("DATE", None, anchor)
    if code not in ("M", "W", "D"):
        return Resolved("DATE", str(year), anchor)
    near = nar.near(m.start)
    if code == "M":
        month = nar.month if near and nar.month else pub.month if pub else None
        return Resolved("DATE", f"{year}-{month:02d}" if month else None, anchor)
    day = nar.day if near and nar.day else pub
    if day is None:
        return Resolved("DATE", None, anchor)
    if code == "W":  # the same week number
        return Resolved("DATE", f"{year}-W{day.isocalendar()[1]:02d}", anchor)
    return Resolved("DATE", tr.day_value(year, day.month, day.day, GREGORIAN), anchor)


def deictic_day(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    word = m.g("r_word") or ""
    if word == "اليوم" and not m.g("r_wd", "r_wd2"):
        after = m.following()
        if m.previous_word() in lex.blockers.get(word, ()) or m.quoted():
            return None
        adjective = re.match(r"\s+(ال[^\W\d_]+)", after)
        if adjective and _names_a_day(key(adjective.group(1)), lex):
            return None
    offset = int(lex.words.get(word, "day:0").split(":")[1])
    return tr.shift_day(pub, offset)


# After «اليوم» these make it a day of something («اليوم الوطني»، «اليوم الأول»، «اليوم الذي»), not
# today; any other word with «ال» is the next phrase («التقى في جدة اليوم الرئيس …»).
_DAY_ADJECTIVES = frozenset(
    {"التالي", "الوطني", "الذي", "التي", "الواحد", "الاخير", "العالمي", "الدولي", "العربي", "الخليجي",
     "السابق", "الدراسي", "المدرسي", "المحدد", "الموعود", "المفتوح", "العائلي", "الختامي", "الافتتاحي",
     "التاريخي", "المبارك", "الثقافي", "التدريبي", "الرياضي", "المشهود", "الاكثر", "الاخر", "الـ", "الموافق",
     "الاولي", "الاول", "الثاني", "التاسع", "الحادي", "الطائره", "الوحيد", "الاسود", "الكبير", "الصعب"}
)  # fmt: skip


def _names_a_day(word: str, lex: Lexicon) -> bool:
    return word not in lex.weekdays and (
        word in _DAY_ADJECTIVES or word in lex.ordinals or "ال" + word in lex.ordinals
    )


def weekday(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    name = m.g("w_wd") or ""
    direction = DIRECTIONS.get(lex.words.get(m.g("w_dir") or "", ""), "")
    bare = not (m.g("w_yawm") or m.g("w_pod") or direction)
    if bare and not _bare_weekday_ok(m, name, lex):
        return None
    future = direction in ("", tr.THIS) and m.future_context(lex)
    return tr.resolve_weekday(pub, lex.weekdays[name], "" if direction == tr.THIS else direction, future)


def _bare_weekday_ok(m: Match, name: str, lex: Lexicon) -> bool:
    """«الجمعة» alone is a day unless a name or a prayer says otherwise; «الأحد» needs more."""
    before = m.previous_word()
    if before in lex.blockers.get(name, ()) or m.quoted():
        return False
    if name in lex.blockers and name not in ("الجمعه",):
        return (
            before in _WEEKDAY_PREPOSITIONS
            or cue_kind(before) == "verb"  # «قال الخميس لرويترز»: the day the words were said
            or bool(re.match(r"\s*[,.()]", m.following(3)))
        )
    return True


def day_of(word: str, pub: date | None, m: Match, lex: Lexicon) -> date | None:
    """The day a clock time is on («مساء أمس»، «صباح الخميس»), or ``None`` without a pub_date."""
    if pub is None:
        return None
    name = word.split()[-1]
    if name in lex.weekdays:
        return tr.weekday_date(pub, lex.weekdays[name], "", m.future_context(lex))
    value = tr.shift_day(pub, int(lex.words.get(word, "day:0").split(":")[1])).value
    return date.fromisoformat(value) if value else None


def recurring(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    if m.g("s_adv"):
        return Resolved("SET", SET_ADVERBS[m.g("s_adv") or ""], None)
    if m.g("s_per"):  # «لليوم الواحد»
        return Resolved("SET", tr.duration_value(lex.units[m.g("s_per") or ""][0], "1"), None)
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


def reference(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    if m.g("f_past"):
        return Resolved("DATE", "PAST_REF", None)
    word = m.g("f_word") or "ال" + (m.g("f_word2") or "")
    head = word.split()[0]
    if m.previous_word() in lex.blockers.get(head, ()) or (
        word == "قريبا" and _NEAR_TO.match(m.following(6))
    ):
        return None
    return Resolved("DATE", lex.words[word].upper() + "_REF", None)


# «قريبا من الحدود» is "near the border", not "soon"
_NEAR_TO = re.compile(r"\s*(?:من|الي)(?![^\W\d_])")


def in_a_row(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    """«لليوم الخامس على التوالي» P5D، «للعام الثاني على التوالي» P2Y: the nth in a row is n of them."""
    unit = m.g("n_unit") or ""
    code = "Y" if unit == "موسم" else lex.units[unit][0]
    return Resolved("DURATION", tr.duration_value(code, str(lex.ordinals[m.g("n_ord") or ""])), None)


_UNIT_GROUPS = tuple(f"u_unit{i}" for i in ("", *range(2, 12)))


def duration(m: Match, pub: date | None, nar: tr.Narrative, lex: Lexicon) -> Resolved | None:
    """«ثلاثة أعوام» P3Y، «أكثر من عامين» P2Y، «الأسابيع الأخيرة» PXW، «السنوات العشر الأخيرة» P10Y."""
    unit = m.g(*_UNIT_GROUPS) or ""
    code, count = lex.units[unit]
    if m.g("u_n"):
        count = "X" if m.g("u_n2") else _count(m.g("u_n"), lex) or "X"
        if count.isdigit() and 1000 <= int(count) <= 2100 and lex.units[unit][1] == "1" and not m.g("u_mod"):
            return None  # «مونديال 2018 يوم السبت»: a year before a singular unit, not a count
    elif m.g("u_nw"):
        count = _word_count(lex.numbers.get(m.g("u_nw") or "", 0), lex.numbers.get(m.g("u_nw2") or "", 0))
    elif m.g("u_nw3", "u_nw4"):
        count = _count(m.g("u_nw3", "u_nw4"), lex) or "X"
    elif m.g("u_frac"):
        fraction = _FRACTIONS.get((m.g("u_frac") or "", code))
        return Resolved("DURATION", fraction or tr.duration_value(code, "X"), None)
    elif m.g("u_vq", "u_unit5"):
        count = "X"
    elif m.g("u_one"):
        count = "1"  # «عام واحد»
    elif not _counted_or_placed(m):
        return None
    value = tr.duration_value(code, count)
    if m.g("u_more"):
        value = _add_length(value, *lex.units[m.g("u_more") or ""])
    return Resolved("DURATION", value, None)


_DATE_UNITS = "YMWD"


def _add_length(value: str, code: str, count: str) -> str:
    """«سنة وشهرين» is one length, ``P1Y2M``: a smaller calendar unit joins a counted larger one;
    anything else keeps the first part's value."""
    head = re.fullmatch(r"P(\d+)([YMWD])", value)
    if head is None or code not in _DATE_UNITS or _DATE_UNITS.index(code) <= _DATE_UNITS.index(head.group(2)):
        return value
    return f"{value}{count}{code}"


def _counted_or_placed(m: Match) -> bool:
    """A unit with no number needs a modifier («نحو عام»)، an adjective («العامين الماضيين») or a place
    where only a length can stand (``_lone_unit_ok``)."""
    if m.g("u_unit7", "u_unit8"):
        return bool(m.g("u_mod")) or _lone_unit_ok(m)
    if m.g("u_unit11"):
        return bool(m.g("u_vdir2")) or m.previous_word() in _DURATION_PREPOSITIONS
    return True


def _word_count(first: int, second: int) -> str:
    """«خمسة وعشرين» is 25, but «ستة وثمانية أسابيع» is six to eight: a vague count (GUIDELINES)."""
    if not second:
        return str(first)
    return str(first + second) if first < 10 and second % 10 == 0 and second >= 20 else "X"


def _lone_unit_ok(m: Match) -> bool:
    """A unit without a number («أيام»، «عام») counts after «منذ»، «خلال»، «قبل» … or a clitic, and a
    plural one also before a preposition or the end of its clause."""
    if re.match(r"\s+(?:\d|ال)", m.following(4)):
        return False
    plural = m.g("u_unit7")
    if plural and m.m.group("cl"):
        return True
    if plural and plural not in _AMBIGUOUS_PLURALS and _AFTER_VAGUE_LENGTH.match(m.following(16)):
        return True
    return m.previous_word() in _DURATION_PREPOSITIONS
