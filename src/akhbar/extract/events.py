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


@cache
def _verb_forms() -> frozenset[str]:
    """Every word that reads as a verb: a listed form, bare or after و / ف."""
    verbs = _verbs()
    return verbs | {conj + v for v in verbs for conj in "وف"}


@cache
def _noun_forms() -> frozenset[str]:
    """Every word that reads as a verbal noun: a listed noun behind a proclitic, with or without the
    article, and after ل a listed noun that starts with an alef, the alef elided (ل + ال → «لل»).

    One set lookup per word instead of trying each clitic: the trigger search reads every word of
    every dated sentence.
    """
    forms: set[str] = set()
    for noun in _nouns():
        for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            forms |= {clitic + noun, clitic + "ال" + noun}
            if clitic.endswith("ل") and noun.startswith("ا"):
                forms.add(clitic + noun[1:])
    return frozenset(forms)


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
    entity_index, timex_index = _Contained(entities), _Contained(timex)
    for sentence in sentences:
        dated = timex_index.within(sentence)
        if not dated or any(sentence.overlaps(x) for x in excluded):
            continue  # a sentence with no temporal expression dates nothing
        inside = entity_index.within(sentence)
        for (date_span, trigger), (start, end) in _sentence_events(text, sentence, dated, inside):
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


class _Contained:
    """The spans of one layer that a sentence contains, in layer order, found by bisecting their starts
    (every sentence asks, so scanning the whole layer each time would cost sentences × spans)."""

    __slots__ = ("order", "spans", "starts")

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda k: spans[k].start)
        self.starts = [spans[k].start for k in self.order]

    def within(self, outer: Span) -> list[Span]:
        lo, hi = bisect.bisect_left(self.starts, outer.start), bisect.bisect_right(self.starts, outer.end)
        picked = sorted(k for k in self.order[lo:hi] if self.spans[k].end <= outer.end)
        return [self.spans[k] for k in picked]


class _Words:
    """One sentence's tokens, read once for every date in it: offsets, folded forms, clause numbers,
    and the words that can trigger an event (``(index, "verb" | "noun")``, by the module docstring's rules)."""

    __slots__ = ("candidates", "clause_of", "ends", "starts", "words")

    def __init__(self, text: str, sentence: Span) -> None:
        tokens = list(iter_tokens(text, sentence.start, sentence.end))
        self.starts = [s for s, _ in tokens]
        self.ends = [e for _, e in tokens]
        self.words = [fold(text[s:e]) for s, e in tokens]
        self.clause_of = _clauses(text, tokens)
        self.candidates = _candidates(self.words)

    def clause_at(self, offset: int) -> int:
        """The clause number of the token at or after ``offset``."""
        return self.clause_of[min(bisect.bisect_left(self.starts, offset), len(self.clause_of) - 1)]


def _candidates(words: Sequence[str]) -> list[tuple[int, str]]:
    """The trigger words of a sentence: a verbal noun after «تم»/«جرى» or one that is not also a verb,
    else a verb or the word after «قد»; demonstratives never."""
    nouns, verbs = _noun_forms(), _verb_forms()
    out: list[tuple[int, str]] = []
    for i, word in enumerate(words):
        previous = words[i - 1] if i else ""
        if word in _DEMONSTRATIVES:
            continue
        if previous in _NOUN_MARKERS or (word in nouns and word not in verbs):
            out.append((i, "noun"))
        elif word in verbs or previous in _VERB_MARKERS:
            out.append((i, "verb"))
    return out


_Found = tuple[Span, tuple[int, int] | None]


def _sentence_events(
    text: str, sentence: Span, dated: Sequence[Span], entities: Sequence[Span]
) -> list[tuple[_Found, tuple[int, int]]]:
    """``(timex, trigger)`` of each occurrence the sentence dates, in text order (see the module docstring),
    with its part of the sentence. ``dated`` are the timex spans inside the sentence, in layer order."""
    best = _best_timex(dated)
    if best is None:
        unresolved = [t for t in dated if t.label == "DATE" and not t.attrs.get("value")]
        if not unresolved:
            return []
        trigger = _trigger(_Words(text, sentence), sentence, unresolved[0], entities)
        return [((unresolved[0], trigger), (sentence.start, sentence.end))]
    words = _Words(text, sentence)
    found = [(best, _trigger(words, sentence, best, entities))]
    taken_clauses = {words.clause_at(best.start)}
    triggers = {fold(text[t[0] : t[1]]) for _, t in found if t}
    others = [t for t in dated if t is not best and date_rank(t.attrs.get("value")) >= 1]
    for other in sorted(others, key=lambda t: (-date_rank(t.attrs.get("value")), t.start)):
        clause = words.clause_at(other.start)
        trigger = _trigger(words, sentence, other, entities)
        if clause in taken_clauses or trigger is None:
            continue
        word = fold(text[trigger[0] : trigger[1]])
        if word in triggers or abs(words.clause_at(trigger[0]) - clause) > 1:
            continue
        found.append((other, trigger))
        taken_clauses.add(clause)
        triggers.add(word)
    found.sort(key=lambda f: _focus(f)[0])
    return list(zip(found, _parts(text, sentence, found, words), strict=True))


def _focus(found: _Found) -> tuple[int, int]:
    """The stretch from an event's trigger to its date, whichever comes first."""
    date_span, trigger = found
    if trigger is None:
        return date_span.start, date_span.end
    return min(date_span.start, trigger[0]), max(date_span.end, trigger[1])


def _parts(text: str, sentence: Span, found: Sequence[_Found], words: _Words) -> list[tuple[int, int]]:
    """Each event's part of the sentence: cut at the last clause break before the next event."""
    if len(found) < 2:
        return [(sentence.start, sentence.end)] * len(found)
    breaks = [
        s for s, e in zip(words.starts, words.ends, strict=True) if e - s == 1 and text[s] in _CLAUSE_BREAKS
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


def _best_timex(dated: Sequence[Span]) -> Span | None:
    candidates = [t for t in dated if t.label in ("DATE", "TIME") and date_rank(t.attrs.get("value")) >= 0]
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


def _trigger(words: _Words, sentence: Span, date: Span, entities: Sequence[Span]) -> tuple[int, int] | None:
    """Offsets of the trigger word (see the module docstring for the heuristic)."""
    date_clause = words.clause_at(date.start)
    verbs: list[tuple[int, int, int]] = []
    nouns: list[tuple[int, int, int]] = []
    names = [x for x in entities if x.start < sentence.end and x.end > sentence.start]
    for i, kind in words.candidates:
        s = words.starts[i]
        if date.start <= s < date.end or any(x.start <= s < x.end for x in names):
            continue
        (nouns if kind == "noun" else verbs).append((i, s, words.ends[i]))
    subordinate = _subordinate_from(words, date)
    for pool, same_clause in ((verbs, True), (nouns, True), (verbs, False), (nouns, False)):
        found = [c for c in pool if not same_clause or words.clause_of[c[0]] == date_clause]
        if found:
            _, s, e = min(found, key=lambda c: (c[1] >= subordinate, _distance(c[1], c[2], date), c[1]))
            return s, e
    return None


def _subordinate_from(words: _Words, date: Span) -> int:
    """Where the first «أن / إن» clause after the date starts: verbs past it report, not govern."""
    for i in range(bisect.bisect_left(words.starts, date.end), len(words.starts)):
        if words.words[i] in _COMPLEMENTISERS:
            return words.starts[i]
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
