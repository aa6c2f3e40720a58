"""Dated events: a sentence that dates an occurrence, its date, its trigger word and its participants.

An event is anchored on a sentence (the gold's unit) that holds a temporal expression with a date
value. ``find_events`` keeps one event per dated clause of a sentence (a sentence telling two dated
things gives two events), each dated by its most precise date (a day beats a
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

A sentence that tells two occurrences with their own dates («نشرت، نهاية 2021، مسودة …، وفي 26 يناير،
قدمت …») gives one event per occurrence, as the gold does: another dated expression in another clause
whose trigger (found in its own clause or the next one) differs from every trigger already taken is an
event too. The sentence is then cut at the clause break between the events, and each event's span is
its part («وفي 26 يناير، قدمت …»); a sentence with one event keeps the whole sentence as its span.

A sentence whose only date is a relative one that could not be resolved (``value`` ``None``: «يوم
الأربعاء», «26 يناير» in an article without a publication date) still gives an event, with ``date``
``None`` and the timex offsets, so a story can place it through its other sources.
"""

from __future__ import annotations

import bisect
import itertools
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
    """The ``event`` spans of the sentences that date an occurrence, in original offsets of ``text``.

    ``attrs``: ``date`` (the chosen timex value, date part only; ``None`` for an unresolved relative
    date), ``timex_start``/``timex_end``, ``trigger`` with ``trigger_start``/``trigger_end`` (see the
    module docstring), and ``participants``: the canonical names (``attrs["canonical"]``, else the
    surface) of the PERS, ORG and LOC entities inside the event's span, first mention first, each once.
    Sentences overlapping an ``excluded`` span are skipped.
    """
    events: list[Span] = []
    for sentence in sentences:
        if any(sentence.overlaps(x) for x in excluded):
            continue
        inside = [e for e in entities if sentence.contains(e)]
        found = _sentence_events(text, sentence, timex, inside)
        parts = _parts(text, sentence, found)
        for (date_span, trigger), (start, end) in zip(found, parts, strict=True):
            value = date_span.attrs.get("value")
            attrs = {
                "date": _event_date(str(value)) if value else None,
                "timex_start": date_span.start,
                "timex_end": date_span.end,
                "trigger": text[trigger[0] : trigger[1]] if trigger else "",
                "trigger_start": trigger[0] if trigger else None,
                "trigger_end": trigger[1] if trigger else None,
                "participants": _participants(text, [e for e in inside if start <= e.start and e.end <= end]),
            }
            events.append(Span(start, end, "event", attrs))
    return events


_Found = tuple[Span, tuple[int, int] | None]


def _sentence_events(
    text: str, sentence: Span, timex: Sequence[Span], entities: Sequence[Span]
) -> list[_Found]:
    """``(timex, trigger)`` of each occurrence the sentence dates, in text order (see the module docstring)."""
    best = _best_timex(sentence, timex)
    if best is None:
        unresolved = [
            t for t in timex if t.label == "DATE" and sentence.contains(t) and not t.attrs.get("value")
        ]
        return [(unresolved[0], _trigger(text, sentence, unresolved[0], entities))] if unresolved else []
    found = [(best, _trigger(text, sentence, best, entities))]
    tokens = list(iter_tokens(text, sentence.start, sentence.end))
    clause_of = _clauses(text, tokens)
    starts = [s for s, _ in tokens]
    taken_clauses = {_clause_at(starts, clause_of, best.start)}
    triggers = {fold(text[t[0] : t[1]]) for _, t in found if t}
    others = [
        t for t in timex if t is not best and sentence.contains(t) and date_rank(t.attrs.get("value")) >= 1
    ]
    for other in sorted(others, key=lambda t: (-date_rank(t.attrs.get("value")), t.start)):
        clause = _clause_at(starts, clause_of, other.start)
        trigger = _trigger(text, sentence, other, entities)
        if clause in taken_clauses or trigger is None:
            continue
        word = fold(text[trigger[0] : trigger[1]])
        if word in triggers or abs(_clause_at(starts, clause_of, trigger[0]) - clause) > 1:
            continue
        found.append((other, trigger))
        taken_clauses.add(clause)
        triggers.add(word)
    return sorted(found, key=lambda f: _focus(f)[0])


def _focus(found: _Found) -> tuple[int, int]:
    """The stretch from an event's trigger to its date, whichever comes first."""
    date_span, trigger = found
    if trigger is None:
        return date_span.start, date_span.end
    return min(date_span.start, trigger[0]), max(date_span.end, trigger[1])


def _parts(text: str, sentence: Span, found: Sequence[_Found]) -> list[tuple[int, int]]:
    """Each event's part of the sentence: cut at the last clause break before the next event."""
    if len(found) < 2:
        return [(sentence.start, sentence.end)] * len(found)
    breaks = [
        s
        for s, e in iter_tokens(text, sentence.start, sentence.end)
        if e - s == 1 and text[s] in _CLAUSE_BREAKS
    ]
    cuts = [sentence.start]
    for previous, following in itertools.pairwise(found):
        low, high = _focus(previous)[1], _focus(following)[0]
        between = [b for b in breaks if low <= b < high]
        cuts.append(between[-1] if between else -1)
    cuts.append(sentence.end)
    if -1 in cuts:  # two events with no clause break between them: both keep the whole sentence
        return [(sentence.start, sentence.end)] * len(found)
    return [
        _trimmed(text, lo if i == 0 else lo + 1, hi) for i, (lo, hi) in enumerate(itertools.pairwise(cuts))
    ]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clause_at(starts: Sequence[int], clause_of: Sequence[int], offset: int) -> int:
    """The clause number of the token at or after ``offset``."""
    i = bisect.bisect_left(starts, offset)
    return clause_of[min(i, len(clause_of) - 1)]


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
    names = [x for x in entities if x.start < sentence.end and x.end > sentence.start]
    words = [fold(text[s:e]) for s, e in tokens]
    for i, (s, e) in enumerate(tokens):
        if date.start <= s < date.end or any(x.start <= s < x.end for x in names):
            continue
        word, previous = words[i], words[i - 1] if i else ""
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
