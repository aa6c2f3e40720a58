"""Lines of a page, as cleaning and metadata read them: offsets, a folded key, and line-level cues.

Page furniture comes in whole lines, so ``clean`` and ``metadata`` look at lines: the non-blank lines
of the original text, trimmed, in original offsets, each with a folded ``key`` (no diacritics or hamza
forms, single spaces, no punctuation at either end) to compare against cue lists and across pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from akhbar.resources import read_variants
from akhbar.text.dates import find_dates
from akhbar.text.normalise import fold
from akhbar.text.offsets import line_spans, trim

_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
_COLON = re.compile(r"\s*:\s*")
_PUNCT = re.compile(r"[.,;!?]")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|ص|م)?\b", re.IGNORECASE)
_NOISE = re.compile(r"[^\w\s]|\d|_")
_MAX_RESIDUE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``[start, end)`` trimmed, in original offsets."""

    start: int
    end: int
    text: str
    folded: str
    key: str
    words: int

    @staticmethod
    def key_of(text: str) -> str:
        """The comparison key of a line: folded, single-spaced, ``:`` unspaced, ends stripped.

        >>> Line.key_of("  // انتهى //") == Line.key_of("انتهى")
        True
        """
        return _key(fold(text))


def _key(folded: str) -> str:
    # ``re.sub(r"\s+", " ", folded).strip()`` without a regex (``\s`` is ``str.isspace``), and the two
    # other passes only where they can change something: every line of every page is keyed, long ones too
    key = " ".join(folded.split())
    if ":" in key:
        key = _COLON.sub(":", key)
    if key and not (_is_word(key[0]) and _is_word(key[-1])):
        key = _EDGES.sub("", key)
    return key


def _is_word(char: str) -> bool:
    """Whether the regex ``\\w`` matches ``char`` (in a ``str`` pattern)."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=8)
def page_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text``, trimmed, in original offsets.

    Cleaning, outlet and date detection each read the lines of the same page, so the last few
    pages' lines are kept (a text's hash is cached by Python, so a repeat costs one lookup).
    """
    out = []
    for s, e in line_spans(text):
        s, e = trim(text, s, e)
        if s == e:
            continue
        piece = text[s:e]
        folded = fold(piece)
        out.append(Line(s, e, piece, folded, _key(folded), len(piece.split())))
    return tuple(out)


def running_text(line: Line) -> bool:
    """True for a line that reads as article prose (long, with sentence punctuation)."""
    return (line.words >= 8 and bool(_PUNCT.search(line.folded))) or line.words >= 20


@dataclass(frozen=True, slots=True)
class _Cues:
    whole: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]


@cache
def _cues() -> _Cues:
    whole: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for name in ("cues/boilerplate.txt", "cues/read_also.txt"):
        for reason, cue in read_variants(name):
            if cue.endswith("*"):
                prefixes.append(
                    (Line.key_of(cue[:-1]) + (":" if cue[:-1].rstrip().endswith(":") else ""), reason)
                )
            else:
                whole[Line.key_of(cue)] = reason
    prefixes.sort(key=lambda item: len(item[0]), reverse=True)
    return _Cues(whole, tuple(prefixes))


def cue_reason(key: str, words: int) -> str | None:
    """The boilerplate reason a cue list gives a line key, or ``None``.

    A whole-line cue must equal the key; a prefix cue must start it at a word boundary, on a short
    line (12 words, 30 after a cue ending in ``:`` such as a tag list).

    >>> cue_reason(Line.key_of("إقرأ أيضاً:"), 2), cue_reason(Line.key_of("المصدر: نوفوستي"), 2)
    ('read-also', 'source-line')
    """
    cues = _cues()
    lowered = key.lower()
    if lowered in cues.whole:
        return cues.whole[lowered]
    for cue, reason in cues.prefixes:
        if not lowered.startswith(cue):
            continue
        rest = lowered[len(cue) :]
        if cue.endswith(":") and words <= 30:
            return reason
        if (not rest or not rest[0].isalnum()) and words <= 12:
            return reason
    return None


@cache
def _date_words() -> frozenset[str]:
    """Words that may stand beside a date on a date line: labels, "corresponding to", time zones."""
    rows = read_variants("cues/date_labels.txt")
    return frozenset(word.lower() for _kind, label in rows for word in fold(label).split())


def date_line(line: Line) -> bool:
    """True for a short line that is a date and little else (a widget, a dateline, a date label).

    >>> date_line(page_lines("عرب وعالم1-2-2022 | 21:14")[0]), date_line(page_lines("وصل في 1 يونيو 2024 إلى المدينة ثم غادر إلى القاهرة")[0])
    (True, False)
    """
    if line.words > 14:
        return False
    found = find_dates(line.text)
    if not any(d.complete or (d.month is not None and d.year is not None) for d in found):
        return False
    residue = line.text
    for d in reversed(found):
        residue = residue[: d.start] + " " + residue[d.end :]
    residue = _NOISE.sub(" ", _TIME.sub(" ", fold(residue)))
    words = [w for w in residue.split() if w.lower() not in _date_words() and len(w) > 1]
    return len(words) <= _MAX_RESIDUE_WORDS
