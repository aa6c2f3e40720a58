"""Where sources disagree about one event: dates that cannot both be true, and differing figures.

Two mentions of an event (see ``stories.timeline``) are compared through an ``EventKey``: the trigger's
lemma key, the participants' canonical names, and the content terms of the event's text. Dates are
TIMEX3-style values read as day ranges: ``2022-01`` contains ``2022-01-26``, so the two are compatible;
``2022-01-26`` and ``2022-02-01`` are disjoint, so at most one can be right. A ``Hint`` is what the
words of a date that could not be resolved still fix (a day and month, a weekday) and says whether a
value fits them.

A date conflict needs evidence beyond the date that the two mentions tell the same occurrence
(``same_event``): the same trigger lemma, a shared participant, no two different places, and the same
*object nouns* in the trigger's clause — the words left after names, the title words before them,
the date and the trigger itself. «أرسل لافروف رسالة» and «الرسالة التي تم إرسالها» share the trigger
(رسل) and the object (رسالة); two meetings of the same people, with nothing else in common, share no
object and are two events. A number conflict is the same row citing different figures for the same
thing: a number with the same word next to it («مقتل 5» / «مقتل 7») in two independent sources.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from akhbar.model import Conflict
from akhbar.resources import read_lines, read_variants
from akhbar.stories.terms import term_key
from akhbar.text.figures import read_wire_numbers
from akhbar.text.normalise import fold

_VALUE = re.compile(r"^(\d{4})(?:-(W)?(\d{2})(?:-(\d{2}))?)?$")
#: A word or a number; a wire-style number («5ر11») is one number, not two around a letter «ر».
_WORD = re.compile(r"[\u0621-\u064A]+|\d+(?:ر\d+)+|\d+(?:[.,]\d+)?")
_OBJECT_SHARE = 0.5  # shared object nouns / the smaller object set, for a date conflict
_ROLE_REACH = 2  # words right before a name are its title («وزير الخارجية الروسي سيرغي لافروف»)


def date_interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers; ``None`` for what is not a calendar date.

    >>> date_interval("2021-12"), date_interval("2022-W04")[0], date_interval("PRESENT_REF")
    ((datetime.date(2021, 12, 1), datetime.date(2021, 12, 31)), datetime.date(2022, 1, 24), None)
    """
    found = _VALUE.match(value or "")
    if found is None:
        return None
    year, week, middle, day = found.groups()
    try:
        if middle is None:
            return date(int(year), 1, 1), date(int(year), 12, 31)
        if week:
            first = date.fromisocalendar(int(year), int(middle), 1)
            return first, first + timedelta(days=6)
        if day is None:
            last = calendar.monthrange(int(year), int(middle))[1]
            return date(int(year), int(middle), 1), date(int(year), int(middle), last)
        one = date(int(year), int(middle), int(day))
    except ValueError:
        return None
    return one, one


def compatible(a: str, b: str) -> bool:
    """True when both date values can be right at once: their day ranges overlap (one may contain the other).

    >>> compatible("2022-01", "2022-01-26"), compatible("2022-01-26", "2022-02-01")
    (True, False)
    """
    x, y = date_interval(a), date_interval(b)
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


def width(value: str) -> int:
    """How many days a value covers (the narrowest value of a row is its date); large when unknown."""
    span = date_interval(value)
    return (span[1] - span[0]).days + 1 if span else 1 << 30


@dataclass(frozen=True, slots=True)
class Hint:
    """What the words of an unresolved date still fix: a month, a day of the month, a weekday."""

    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    def place(self, value: str) -> tuple[bool, str | None]:
        """Whether the hint fits a date value, and the date it then gives (``None`` when it gives none).

        >>> Hint(12, 17).place("2021"), Hint(weekday=2).place("2022-01-26"), Hint(1, 26).place("2022-02")
        ((True, '2021-12-17'), (True, '2022-01-26'), (False, None))
        """
        span = date_interval(value)
        if span is None:
            return False, None
        lo, hi = span
        if self.month is None:
            if self.weekday is None or (hi - lo).days >= 6:
                return True, None
            return lo.weekday() == self.weekday, value
        if self.day is None:
            months = [y for y in range(lo.year, hi.year + 1) if _month_overlaps(y, self.month, lo, hi)]
            if not months:
                return False, None
            if width(value) <= 31 and lo.month == self.month:
                return True, value
            return True, f"{months[0]:04d}-{self.month:02d}" if len(months) == 1 else None
        days = [d for y in range(lo.year, hi.year + 1) if (d := _day(y, self.month, self.day))]
        fits = [d for d in days if lo <= d <= hi and self.weekday in (None, d.weekday())]
        return (True, fits[0].isoformat()) if len(fits) == 1 else (False, None)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_overlaps(year: int, month: int, lo: date, hi: date) -> bool:
    return date(year, month, 1) <= hi and lo <= date(year, month, calendar.monthrange(year, month)[1])


def trigger_key(word: str) -> str:
    """A rough lemma key of a trigger word, the same for a verb and its verbal noun.

    Clitics, pronoun and perfect suffixes go; a form-II verbal noun loses its ت…ي pattern (تقديم →
    قدم); then long vowels after the first letter go, which joins أرسل / إرسالها and أعلن / إعلان.

    >>> trigger_key("أرسل") == trigger_key("إرسالها"), trigger_key("قدمت") == trigger_key("تقديم")
    (True, True)
    >>> trigger_key("نشرت") == trigger_key("أرسل")
    False
    """
    w = fold(word)
    for prefix in ("وال", "فال", "بال", "ال", "و", "ف"):
        if w.startswith(prefix) and len(w) - len(prefix) >= 3:
            w = w[len(prefix) :]
            break
    for suffix in ("هما", "ها", "هم", "ه", "وا", "تا", "نا", "ت", "ا"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if w.startswith("ت") and len(w) >= 5 and w[-2] == "ي":
        w = w[1:-2] + w[-1]
    if w.startswith("م") and len(w) == 4:  # مقتل → قتل
        w = w[1:]
    return w[:1] + "".join(c for c in w[1:] if c not in "اويىء")


def content_key(term: str) -> str:
    """A term key made a little coarser for comparing events: a leading ب / ل, a plural ات and a final
    tanween alef go too (``بضمانات`` → ``ضمان``, ``مقترحات`` → ``مقترح``, ``ردودا`` → ``ردود``).

    >>> [content_key(term_key(fold(w))) for w in ("بضمانات", "الضمانات", "ردودا", "ردود")]
    ['ضمان', 'ضمان', 'ردود', 'ردود']
    """
    k = term
    if k[:1] in ("ب", "ل") and len(k) >= 5:
        k = term_key(k[1:]) or k[1:]
    if k.endswith("ات") and len(k) >= 5:
        k = k[:-2]
    elif k.endswith("ا") and len(k) >= 4:
        k = k[:-1]
    return k


@cache
def _titles() -> frozenset[str]:
    return frozenset(content_key(term_key(fold(t)) or fold(t)) for t in read_lines("cues/titles.txt"))


@dataclass(frozen=True, slots=True)
class EventKey:
    """What two mentions of an event are compared on (see the module docstring)."""

    trigger: str
    participants: frozenset[str]
    places: frozenset[str]
    terms: frozenset[str]
    objects: frozenset[str]


def event_key(
    text: str,
    *,
    span: tuple[int, int],
    clause: tuple[int, int],
    trigger: tuple[int, int] | None,
    names: Sequence[tuple[int, int, str, str]],
    skip: Sequence[tuple[int, int]] = (),
) -> EventKey:
    """The key of one mention: ``span`` is the event's text, ``clause`` the trigger's clause.

    ``names`` are ``(start, end, label, canonical)`` of the entities of the sentence (all of them are
    participants; the LOC ones inside ``clause`` are the places); ``skip`` are ranges whose words count
    for nothing (the dates).
    """
    words = [
        (m.start(), content_key(term_key(fold(m.group()))))
        for m in _WORD.finditer(text, span[0], span[1])
        if not any(lo <= m.start() < hi for lo, hi in skip)
    ]
    named = [any(lo <= s < hi for lo, hi, _, _ in names) for s, _ in words]
    trigger_term = trigger_key(text[trigger[0] : trigger[1]]) if trigger else ""
    objects = set()
    for i, (s, key) in enumerate(words):
        role = any(named[i + 1 : i + 1 + _ROLE_REACH])
        in_trigger = trigger is not None and trigger[0] <= s < trigger[1]
        if clause[0] <= s < clause[1] and key and not (named[i] or role or in_trigger or key in _titles()):
            objects.add(key)
    return EventKey(
        trigger=trigger_term,
        participants=frozenset(n for _, _, _, n in names),
        places=frozenset(n for s, _, label, n in names if label == "LOC" and clause[0] <= s < clause[1]),
        terms=frozenset(k for _, k in words if k),
        objects=frozenset(o for o in objects if trigger_key(o) != trigger_term),
    )


@cache
def _name_terms(name: str) -> frozenset[str]:
    return frozenset(content_key(term_key(fold(w))) for w in _WORD.findall(name)) - {""}


def shared_names(a: frozenset[str], b: frozenset[str]) -> int:
    """How many names of ``a`` are in ``b``, counting «حلف الناتو» and «الناتو» as one (terms contain each other).

    >>> shared_names(frozenset({"الناتو", "سيرغي لافروف"}), frozenset({"حلف الناتو"}))
    1
    """
    return sum(1 for x in a if any(_same_name(x, y) for y in b))


def _same_name(x: str, y: str) -> bool:
    if x == y:
        return True
    tx, ty = _name_terms(x), _name_terms(y)
    return bool(tx and ty) and (tx <= ty or ty <= tx)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared items over the smaller set (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def same_event(a: EventKey, b: EventKey) -> bool:
    """Strong evidence that two mentions with incompatible dates tell one occurrence (module docstring)."""
    if not a.trigger or a.trigger != b.trigger:
        return False
    if a.places and b.places and not shared_names(a.places, b.places):
        return False
    if not (shared_names(a.participants, b.participants) or shared_names(b.participants, a.participants)):
        return False
    return bool(a.objects & b.objects) and overlap(a.objects, b.objects) >= _OBJECT_SHARE


def date_conflict(dates: Sequence[str | None], origins: Sequence[str]) -> Conflict | None:
    """A ``date`` conflict over a row's citations, or ``None`` when their dates can all be true.

    ``dates`` are the citations' values; ``origins`` the article each comes from, with a copy given
    its original's id so that a copy never disagrees with what it copies. Versions are the narrowest
    values that exclude each other; a coarser value joins the first version it fits.
    """
    versions: list[tuple[str, list[int]]] = []
    order = sorted((i for i, d in enumerate(dates) if d), key=lambda i: width(dates[i] or ""))
    for i in order:
        value = dates[i] or ""
        home = next((v for v in versions if compatible(v[0], value)), None)
        if home is None:
            versions.append((value, [i]))
        else:
            home[1].append(i)
    dated = [(d, o) for d, o in zip(dates, origins, strict=True) if d]
    if not any(o != p and not compatible(d, e) for k, (d, o) in enumerate(dated) for e, p in dated[k + 1 :]):
        return None  # no two sources give dates that exclude each other
    versions.sort(key=lambda v: (date_interval(v[0]) or (date.max, date.max))[0])
    return Conflict("date", tuple((v, tuple(sorted(ix))) for v, ix in versions))


@cache
def _number_words() -> Mapping[str, str]:
    return {fold(form): row[0] for row in read_variants("cues/number_words.txt") for form in row[1:]}


def figures(text: str, start: int, end: int, skip: Sequence[tuple[int, int]] = ()) -> dict[str, set[str]]:
    """The numbers in ``text[start:end]`` by the words next to them: ``{key of the word: {values}}``.

    A number is digits (a wire-style one read as the wire means it: «5ر11» is 11.5, ``text.figures``)
    or a listed number word; numbers inside ``skip`` (dates) are left out. Each
    number is filed under the content word before it and the one after it («مقتل 5 أشخاص» → مقتل, اشخاص).

    >>> figures("أسفر الانفجار عن مقتل 5 أشخاص", 0, 29)
    {'اشخاص': {'5'}, 'مقتل': {'5'}}
    """
    words = [
        (m.start(), m.group())
        for m in _WORD.finditer(text, start, end)
        if not any(lo <= m.start() < hi for lo, hi in skip)
    ]
    out: dict[str, set[str]] = {}
    for i, (_, word) in enumerate(words):
        folded = fold(word)
        value = read_wire_numbers(folded) if folded[:1].isdigit() else _number_words().get(folded)
        if value is None:
            continue
        for j in (i + 1, i - 1):  # the counted word after the number first («5 أشخاص»)
            key = content_key(term_key(fold(words[j][1]))) if 0 <= j < len(words) else ""
            if key and not key[:1].isdigit():
                out.setdefault(key, set()).add(value)
    return out


def number_conflicts(cited: Sequence[Mapping[str, set[str]]], origins: Sequence[str]) -> list[Conflict]:
    """``number`` conflicts: two origins give disjoint figures next to the same word.

    ``cited`` holds each citation's ``figures``. The word is named in ``about`` (the counted word when
    there is one); one conflict per distinct set of versions, so «مقتل 5 أشخاص» against «مقتل 7 أشخاص»
    is one conflict, not two.
    """
    out: list[Conflict] = []
    seen: set[tuple[tuple[str, tuple[int, ...]], ...]] = set()
    for about in dict.fromkeys(k for found in cited for k in found):
        by_value: dict[str, list[int]] = {}
        for i, found in enumerate(cited):
            for value in found.get(about, ()):
                by_value.setdefault(value, []).append(i)
        if len(by_value) < 2:
            continue
        holders = [frozenset(origins[i] for i in ix) for ix in by_value.values()]
        if len(frozenset().union(*holders)) < 2 or any(a & b for a in holders for b in holders if a is not b):
            continue  # one source gives both figures: two different counts, not a disagreement
        versions = tuple(sorted((v, tuple(ix)) for v, ix in by_value.items()))
        if versions not in seen:
            seen.add(versions)
            out.append(Conflict("number", versions, about))
    return out
