"""Temporal expressions (TIMEX3-style) normalised against the publication date.

``find_timex`` returns ``DATE``/``TIME``/``DURATION``/``SET`` spans in original offsets, each with
``attrs = {"value": …, "anchor": …}``: ``value`` is a TIMEX3 value (``2022-01-26``, ``2022-01``,
``2022``, ``2022-W04``, ``PRESENT_REF``, ``P3Y``, ``PXW``, ``T10:00``) or ``None`` when a relative
expression has no publication date to resolve against (it is never guessed); ``anchor`` says what the
value was computed from (``"pub_date"``, ``"narrative"``, ``"absolute"``) or is ``None`` for
durations, sets and ``*_REF``. Spans follow the gold guidelines: no leading preposition or clitic,
a weekday glued to its day («اليوم (الاثنين)»), parts of a period kept in the span but not encoded
(«نهاية عام 2021» → 2021، «الربع الحالي» → the year), era marks left outside («2019م» → «2019»),
a year range as two years («بين عامي 2004 و2007» → «عامي 2004» 2004 and «2007» 2007).

One compiled pattern (``extract.timex_patterns``) runs once over a folded view of the text; each match
is turned into values by ``extract.timex_values`` and ``extract.timex_periods`` (calendar arithmetic
in ``extract.timex_resolve``), left to right, so a yearless date can take its year from the explicit
date the narrative gave just before it.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import TYPE_CHECKING

from akhbar.extract import timex_resolve as tr
from akhbar.extract.timex_match import Match
from akhbar.extract.timex_patterns import lexicon
from akhbar.extract.timex_values import resolve_match
from akhbar.model import Span
from akhbar.text.normalise import normalise

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from datetime import date


def find_timex(
    text: str,
    *,
    pub_date: date | None,
    start: int = 0,
    end: int | None = None,
    excluded: Sequence[Span] = (),
) -> list[Span]:
    """Temporal expressions in ``text[start:end]``, left to right, in original offsets of ``text``.

    Relative expressions («أمس»، «الشهر الماضي»، «يوم الجمعة الماضي»، «26 يناير») are resolved against
    ``pub_date``; with ``pub_date=None`` they get ``value: None``, while absolute dates keep their value
    and ``PRESENT_REF`` stays. Expressions overlapping an ``excluded`` span are dropped (they still
    steer the narrative). Not annotated, by the guidelines: «في وقت سابق»، «في وقت لاحق»، «بعض الوقت»،
    «وقتا طويلا».

    >>> t = "أعلن الوزير اليوم (الاثنين) أن الاتفاق وقع في 26 كانون الثاني/ يناير 2022م."
    >>> from datetime import date
    >>> [(t[s.start:s.end], s.label, s.attrs["value"]) for s in find_timex(t, pub_date=date(2022, 2, 7))]
    [('اليوم (الاثنين)', 'DATE', '2022-02-07'), ('26 كانون الثاني/ يناير 2022', 'DATE', '2022-01-26')]
    """
    stop = len(text) if end is None else end
    view = normalise(text[start:stop])
    narrative = tr.Narrative()
    out: list[Span] = []
    for m in _matches(view.text):
        kind = m.lastgroup
        if kind is None:
            continue
        for piece_start, piece_end, resolved in resolve_match(Match(m, kind, view.text), pub_date, narrative):
            s, e = view.to_original(piece_start, piece_end)
            attrs = {"value": resolved.value, "anchor": resolved.anchor}
            span = Span(start + s, start + e, resolved.label, attrs)
            if not any(span.overlaps(x) for x in excluded):
                out.append(span)
    return out


_WORDS = re.compile(r"([^\W\d_]+|\d+)")  # captured: ``split`` gives gaps and words alternately
_CLITICS = frozenset("وفبلك")


def _matches(view: str) -> Iterator[re.Match[str]]:
    """Non-overlapping pattern matches, left to right, tried only at words that can start one."""
    lex = lexicon()
    pattern, starters = lex.pattern, lex.starters
    parts = _WORDS.split(view)
    words = parts[1::2]
    can_start = {w for w in set(words) if _can_start(w, starters)}  # each distinct word judged once
    if not can_start:
        return
    offsets = list(accumulate(map(len, parts), initial=0))  # ``parts[k]`` starts at ``offsets[k]``
    last = 0
    for j in [j for j, w in enumerate(words) if w in can_start]:
        pos = offsets[2 * j + 1]
        if pos < last:
            continue
        m = pattern.match(view, pos)
        if m is not None and m.end() > pos:
            last = m.end()
            yield m


def _can_start(w: str, starters: frozenset[str]) -> bool:
    # after its clitics an expression starts with a starter word or a number (a clitic-only word: «و2015»);
    # «في»، «لا»، «لم» are ف/ل + a letter that starts nothing: a third of all failed tries before
    return (
        w[0].isdigit()
        or w in starters
        or (
            w[0] in _CLITICS
            and (
                len(w) == 1 or w[1:] in starters or (w[1] in _CLITICS and (len(w) == 2 or w[2:] in starters))
            )
        )
        or (w.startswith("لل") and "ال" + w[2:] in starters)  # «للموسم» is ل + الموسم
    )
