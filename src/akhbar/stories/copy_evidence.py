"""What copy detection compares: a text's copy tokens and shingles, where two texts start to agree,
the figures they state, and the text they share with articles of other days.

Copy tokens are the folded words of a text reduced to ``term_key`` stems, stop words and honorifics
left out, numbers kept (digits only). An edited wire copy mostly changes exactly those words — «معالي
الوزير» becomes «الوزير», «والمستشفيات» loses its «و», «اليوم» turns into «أمس» — so on these
tokens a one-word edit breaks a few shingles, not a sentence of them; numbers stay in, so that the
same market report filled in with another day's figures does not read as the same text.

The other pieces are evidence against a copy that shared shingles alone cannot see:

- ``lead_gap``: a wire copy begins where its source begins (after at most an intro line); an
  article that reaches the shared text only after a story of its own is a digest that quotes it.
- ``figures_differ``: two reports that state different figures in the same place (a price at
  another hour, the next relief flight's tonnage) are updates or template fills, not copies.
- ``template_shingles``: the text two articles share with articles of days well apart from both
  is a template or standing background (the weather report's fixed sentences, a cable's formula),
  which says nothing about whether one copied the other.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from akhbar.resources import read_lines
from akhbar.stories.terms import term_key
from akhbar.text.normalise import fold

SHINGLE = 3
_TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|[^\W\d_]+")
_SEPARATORS = str.maketrans("", "", ".,٫٬")


@cache
def _honorifics() -> frozenset[str]:
    """Stems of the one-word honorifics («معالي», «الدكتور», «سمو»), which copies add or drop freely."""
    return frozenset(term_key(fold(w)) for w in read_lines("cues/honorifics.txt") if " " not in w) - {""}


def copy_tokens(text: str) -> list[str]:
    """The content stems and numbers of ``text``, in order: what copies are compared on.

    >>> copy_tokens("وأكد معالي الوزير اليوم أن الصادرات بلغت 1,500 مليون")
    ['وزير', 'صادر', 'بلغت', '1500', 'ملي']
    """
    honorifics = _honorifics()
    out = []
    for word in _TOKEN.findall(fold(text)):
        if word[0].isdigit():
            out.append(word.translate(_SEPARATORS))
        else:
            key = term_key(word)
            if key and key not in honorifics:
                out.append(key)
    return out


def shingle_hashes(tokens: list[str], size: int = SHINGLE) -> list[int]:
    """The CRC-32 of each run of ``size`` tokens, in text order (one hash for a shorter text)."""
    if len(tokens) < size:
        return [zlib.crc32(" ".join(tokens).encode())] if tokens else []
    return [zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1)]


@dataclass(frozen=True, slots=True)
class CopyText:
    """One text as copy detection sees it: its copy tokens and their shingles, in order and as a set."""

    tokens: list[str]
    shingles: list[int]
    shingle_set: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "shingle_set", frozenset(self.shingles))

    @classmethod
    def of(cls, text: str, size: int = SHINGLE) -> CopyText:
        tokens = copy_tokens(text)
        return cls(tokens, shingle_hashes(tokens, size))


def lead_gap(text: CopyText, other: frozenset[int]) -> int:
    """How many tokens of ``text`` come before its first two consecutive shingles that ``other`` has too.

    0 when ``text`` opens with shared text; its whole length when it shares no such run.
    """
    run = 0
    for n, shingle in enumerate(text.shingles):
        run = run + 1 if shingle in other else 0
        if run == 2:
            return n - 1
    return len(text.shingles)


def figure_slots(tokens: list[str]) -> dict[tuple[str, str], set[str]]:
    """Each number of ``tokens`` under the two words before it (other numbers skipped): its slot.

    >>> figure_slots(copy_tokens("ارتفع سعر الذهب 0.2 بالمئة إلى 1086 دولارا"))
    {('سعر', 'ذهب'): {'02'}, ('ذهب', 'ميه'): {'1086'}}
    """
    slots: dict[tuple[str, str], set[str]] = {}
    before: tuple[str, str] | None = None
    last = ""
    for token in tokens:
        if token[0].isdigit():
            if before is not None:
                slots.setdefault(before, set()).add(token)
        else:
            before = (last, token) if last else None
            last = token
    return slots


def figures_differ(a: list[str], b: list[str]) -> bool:
    """True when at least two slots that both texts fill hold different numbers, a third of them or more.

    A copy may correct one figure; a text that restates several differently is another report.
    """
    slots_a, slots_b = figure_slots(a), figure_slots(b)
    both = slots_a.keys() & slots_b.keys()
    differ = sum(1 for slot in both if not slots_a[slot] & slots_b[slot])
    return differ >= 2 and 3 * differ >= len(both)


def template_shingles(
    shared: frozenset[int],
    others: Iterable[tuple[date | None, frozenset[int]]],
    first: date,
    last: date,
    far: int,
) -> set[int]:
    """The ``shared`` shingles that an article dated more than ``far`` days before ``first`` or after ``last`` has.

    ``others`` are (date, shingles) of the articles to look in (undated ones are skipped).
    """
    found: set[int] = set()
    for day, shingles in others:
        if day is not None and ((first - day).days > far or (day - last).days > far):
            found |= shared & shingles
    return found
