"""Dated events: a sentence that dates an occurrence, its date, its trigger word and its participants.

An event is anchored on a sentence (the gold's unit) that holds a temporal expression with a date
value. ``find_events`` keeps one event per sentence, dated by its most precise date (a day beats a
week, a month, a year; ``PRESENT_REF`` only when nothing better is there; ``PAST_REF``/``FUTURE_REF``
and durations date nothing). The trigger is found by a deliberately simple heuristic:

1. Split the sentence into clauses at «،» «;» «:» and look first in the clause that holds the date.
2. A *verb* is a word that is (after و / ف) a listed event verb or speech verb in a perfect form
   (``resources/cues/event_triggers.txt`` + ``speech_verbs.txt``: أعلن، أعلنت، أعلنوا …), or the word
   after «قد» / «لقد». A *verbal noun* (زيارة، توقيع، اجتماع …) serves when no verb does; after
   «تم» / «جرى» the verbal noun is the trigger («تم توقيع»).
3. Take the verb nearest to the date in its clause, else the verbal noun nearest in the clause, else
   the same two searches over the whole sentence. Words inside the date or inside an entity never
   count. No trigger found: ``trigger`` is ``""`` and its offsets are ``None``.

It reads no syntax, so a date in a subordinate clause may get the main verb; that is the price of
staying fast and general.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from akhbar.model import Span
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold
from akhbar.text.tokenise import iter_tokens

if TYPE_CHECKING:
    from collections.abc import Sequence

_CLAUSE_BREAKS = frozenset("،,;؛:")
_PARTICIPANT_LABELS = ("PERS", "ORG", "LOC")
_PERFECT_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا")
_VERB_MARKERS = frozenset({"قد", "لقد", "وقد", "فقد"})
_NOUN_MARKERS = frozenset({"تم", "وتم", "جري", "وجري", "يتم", "سيتم"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هو", "هي"})
_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "لان"})
_DATE_RANK = re.compile(r"^\d{4}(?:-(?P<week>W)?\d{2}(?:-(?P<day>\d{2}))?)?")


@cache
def _verbs() -> frozenset[str]:
    """Folded perfect forms of the event verbs and every listed form of the speech verbs."""
    forms: set[str] = set()
    for lemma in map(fold, read_lines("cues/event_triggers.txt")):
        forms |= {lemma + suffix for suffix in _PERFECT_SUFFIXES}
        if lemma.endswith(("ي", "ا")):  # التقى → التقت، التقوا
            forms |= {lemma[:-1] + suffix for suffix in _PERFECT_SUFFIXES if suffix}
    forms |= {fold(f) for row in read_variants("cues/speech_verbs.txt") for f in row}
    return frozenset(forms)


@cache
def _nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in read_lines("cues/event_nouns.txt"))


def _is_verb(word: str) -> bool:
    verbs = _verbs()
    return word in verbs or (word[:1] in "وف" and word[1:] in verbs)


def _is_noun(word: str) -> bool:
    nouns = _nouns()
    for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        if word.startswith(clitic):
            rest = word[len(clitic) :]
            if (
                rest in nouns
                or (rest.startswith("ال") and rest[2:] in nouns)
                or (clitic.endswith("ل") and "ا" + rest in nouns)
            ):
                return True
    return False


def date_rank(value: str | None) -> float:
    """How precise a timex value is as an event date: day 4, week 3, month 2, year 1, present 0.

    ``-1`` means it dates nothing (durations, past/future references, unknown values).
    """
    if not value:
        return -1
    if value == "PRESENT_REF":
        return 0
    found = _DATE_RANK.match(value)
    if found is None:
        return -1
    if found.group("day"):
        return 4
    if found.group("week"):
        return 3
    return 2 if len(found.group()) == 7 else 1


def _event_date(value: str) -> str:
    """The date part of a value (``2015-07-20T06:00`` → ``2015-07-20``)."""
    return value.split("T", 1)[0] if value[:4].isdigit() else value


def find_events(
    text: str,
    *,
    sentences: Sequence[Span],
    timex: Sequence[Span],
    entities: Sequence[Span] = (),
    excluded: Sequence[Span] = (),
) -> list[Span]:
    """One ``event`` span per sentence that dates an occurrence, in original offsets of ``text``.

    ``attrs``: ``date`` (the chosen timex value, date part only), ``timex_start``/``timex_end``,
    ``trigger`` with ``trigger_start``/``trigger_end`` (see the module docstring), and
    ``participants``: the canonical names (``attrs["canonical"]``, else the surface) of the PERS, ORG
    and LOC entities inside the sentence, first mention first, each once. Sentences overlapping an
    ``excluded`` span are skipped.
    """
    events: list[Span] = []
    for sentence in sentences:
        if any(sentence.overlaps(x) for x in excluded):
            continue
        best = _best_timex(sentence, timex)
        if best is None:
            continue
        inside = [e for e in entities if sentence.contains(e)]
        trigger = _trigger(text, sentence, best, inside)
        attrs = {
            "date": _event_date(str(best.attrs["value"])),
            "timex_start": best.start,
            "timex_end": best.end,
            "trigger": text[trigger[0] : trigger[1]] if trigger else "",
            "trigger_start": trigger[0] if trigger else None,
            "trigger_end": trigger[1] if trigger else None,
            "participants": _participants(text, inside),
        }
        events.append(Span(sentence.start, sentence.end, "event", attrs))
    return events


def _best_timex(sentence: Span, timex: Sequence[Span]) -> Span | None:
    candidates = [
        t
        for t in timex
        if t.label in ("DATE", "TIME") and sentence.contains(t) and date_rank(t.attrs.get("value")) >= 0
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda t: (date_rank(t.attrs.get("value")), -t.start))


def _participants(text: str, entities: Sequence[Span]) -> list[str]:
    names: list[str] = []
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.label in _PARTICIPANT_LABELS:
            name = str(entity.attrs.get("canonical") or text[entity.start : entity.end])
            if name not in names:
                names.append(name)
    return names


def _trigger(text: str, sentence: Span, date: Span, entities: Sequence[Span]) -> tuple[int, int] | None:
    """Offsets of the trigger word (see the module docstring for the heuristic)."""
    tokens = list(iter_tokens(text, sentence.start, sentence.end))
    clause_of = _clauses(text, tokens)
    date_clause = next((clause_of[i] for i, (s, _) in enumerate(tokens) if s >= date.start), clause_of[-1])
    verbs: list[tuple[int, int, int]] = []
    nouns: list[tuple[int, int, int]] = []
    for i, (s, e) in enumerate(tokens):
        if date.start <= s < date.end or any(x.start <= s < x.end for x in entities):
            continue
        word = fold(text[s:e])
        previous = fold(text[tokens[i - 1][0] : tokens[i - 1][1]]) if i else ""
        if word in _DEMONSTRATIVES:
            continue
        if previous in _NOUN_MARKERS or (_is_noun(word) and not _is_verb(word)):
            nouns.append((i, s, e))
        elif _is_verb(word) or previous in _VERB_MARKERS:
            verbs.append((i, s, e))
    subordinate = _subordinate_from(text, tokens, date)
    for pool, same_clause in ((verbs, True), (nouns, True), (verbs, False), (nouns, False)):
        found = [c for c in pool if not same_clause or clause_of[c[0]] == date_clause]
        if found:
            _, s, e = min(found, key=lambda c: (c[1] >= subordinate, _distance(c[1], c[2], date), c[1]))
            return s, e
    return None


def _subordinate_from(text: str, tokens: Sequence[tuple[int, int]], date: Span) -> int:
    """Where the first «أن / إن» clause after the date starts: verbs past it report, not govern."""
    for s, e in tokens:
        if s >= date.end and fold(text[s:e]) in _COMPLEMENTISERS:
            return s
    return 1 << 62


def _clauses(text: str, tokens: Sequence[tuple[int, int]]) -> list[int]:
    """The clause number of each token; clause breaks are «،» «,» «;» «؛» «:»."""
    clause, out = 0, []
    for s, e in tokens:
        if e - s == 1 and text[s] in _CLAUSE_BREAKS:
            clause += 1
        out.append(clause)
    return out or [0]


def _distance(start: int, end: int, span: Span) -> int:
    return span.start - end if end <= span.start else start - span.end
