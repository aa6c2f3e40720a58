"""Arabic folding for matching, with an offset map back to the original text.

Matching runs on a normalised *view* of an article: alef/hamza forms, ya/alef maqsura/Persian ی,
ta marbuta, tatweel, diacritics, Arabic-Indic digits, quote and dash variants and invisible marks are
folded so that «لافْرُوف», «لافروڤ» and «لافروف» look alike. A hit ``(s, e)`` in the view becomes
original offsets with ``view.to_original(s, e)``; only original offsets are ever stored.

Folding is character by character: each original character becomes zero (a diacritic, tatweel, a
direction mark), one, or several (a ligature such as ﻻ) view characters, so the map is monotone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

# Diacritics (harakat, Quranic marks, superscript alef), tatweel and invisible direction/joiner marks.
_DROP = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u0670", "\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad"]
)

_FOLD = {
    # alef and hamza carriers
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ؤ": "و", "ئ": "ي",
    # ya, alef maqsura and Persian/Urdu forms
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ے": "ي",
    # ta marbuta and ha forms
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ە": "ه",
    # letters used for foreign sounds, folded to their base shape
    "ک": "ك", "گ": "ك", "ڤ": "ف", "ڨ": "ق", "پ": "ب", "چ": "ج", "ژ": "ز",
    # punctuation variants
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〝": '"', "〞": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
}  # fmt: skip

for _zero, _block in ((0x0660, "arabic-indic"), (0x06F0, "extended")):
    for _i in range(10):
        _FOLD[chr(_zero + _i)] = str(_i)


@cache
def _fold_char(ch: str) -> str:
    """The view form of one original character ('' when it is dropped)."""
    if ch in _FOLD:
        return _FOLD[ch]
    if ch in _DROP_SET:
        return ""
    code = ord(ch)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        # presentation forms (ligatures, contextual shapes) decompose, then fold again
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch:  # ornate parentheses ﴾ ﴿ and other forms with no decomposition
            return ch
        return "".join(_fold_char(c) for c in decomposed)
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


_DROP_SET = frozenset(_DROP)
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
# characters that do not fold to exactly one character: dropped ones and presentation forms
_SPECIAL = re.compile("[" + "".join(map(re.escape, _DROP)) + "\ufb50-\ufdff\ufe70-\ufeff]")
_TABLE: dict[int, str] = {ord(k): v for k, v in _FOLD.items()} | dict.fromkeys(map(ord, _DROP), "")
for _ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _TABLE[ord(_ch)] = _ch.lower()
# The same table as a sequence over the whole BMP: ``str.translate`` looks every character up, and a
# character missing from a dict costs a raised KeyError, while here it maps to itself (twice as fast);
# characters past the BMP fall outside it and stay as they are, as with the dict.
_LOOKUP: tuple[int | str, ...] = tuple(_TABLE.get(code, code) for code in range(0x10000))


def fold(text: str) -> str:
    """The normalised form of ``text`` without an offset map (fast; for keys, queries and indexes).

    >>> fold("لافْرُوف") == fold("لافروڤ") == "لافروف"
    True
    >>> fold("إلى مدرسةٍ في ٢٠٢٢")
    'الي مدرسه في 2022'
    """
    out = text.translate(_LOOKUP)
    if _PRESENTATION.search(out):
        out = "".join(_fold_char(c) for c in out)
    return out


def folds_one_to_one(text: str) -> bool:
    """True when no character of ``text`` folds to several characters (no presentation forms).

    Then ``spelling_pattern`` finds every original spelling of a folded string in ``text``.
    """
    return _PRESENTATION.search(text) is None


def maps_one_to_one(text: str) -> bool:
    """True when every character of ``text`` folds to exactly one character (nothing dropped or expanded).

    Then ``normalise(text)`` has the identity map and its text is ``fold(text)``, so a caller can skip
    building the view.

    >>> maps_one_to_one("لافروف"), maps_one_to_one("لافْرُوف"), maps_one_to_one("لـغروشكو")
    (True, False, False)
    """
    return _SPECIAL.search(text) is None


@cache
def _spellings() -> dict[str, str]:
    """Each folded character → a regex class of every character that folds to it (itself included)."""
    sources: dict[str, set[str]] = {}
    for code, target in _TABLE.items():
        if len(target) == 1:
            sources.setdefault(target, {target}).add(chr(code))
    return {k: "[" + "".join(map(re.escape, sorted(v))) + "]" for k, v in sources.items()}


_DROPPED = "[" + "".join(map(re.escape, _DROP)) + "]*"


def spelling_pattern(folded: str) -> str:
    """A regex for every original spelling of ``folded`` (a ``fold`` result): the inverse of ``fold``.

    Each character may be written in any form that folds to it, with dropped characters (diacritics,
    tatweel, invisible marks) between them. Exact for texts where ``folds_one_to_one`` holds. Lets a
    search find the words that can key to a term with one C-level regex scan instead of keying every
    word of a text in Python.

    >>> [m.group() for m in re.finditer(spelling_pattern(fold("لافروف")), "قال لافْرُوف ولافروڤ")]
    ['لافْرُوف', 'لافروڤ']
    """
    classes = _spellings()
    return _DROPPED.join(classes.get(ch) or re.escape(ch) for ch in folded)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps view offsets to original offsets.

    ``starts[i]`` is the original index of the character that produced view character ``i``;
    ``starts[len(view)]`` is ``len(original)``. Monotone by construction.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view range ``[start, end)``.

        An empty view range maps to an empty original range at the same place.
        """
        if not 0 <= start <= end <= len(self.starts) - 1:
            raise IndexError(f"view range ({start}, {end}) outside 0..{len(self.starts) - 1}")
        if start == end:
            pos = self.starts[start]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True, slots=True)
class NormalisedView:
    """A normalised view of an original text: ``text`` for matching, ``map`` back to the original."""

    original: str
    text: str
    map: OffsetMap = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.map.to_original(start, end)


def normalise(original: str) -> NormalisedView:
    """Fold ``original`` for matching and keep the map back to it.

    >>> view = normalise("قال لافْرُوف")
    >>> s = view.text.index("لافروف")
    >>> view.to_original(s, s + len("لافروف"))
    (4, 12)
    """
    if _SPECIAL.search(original) is None:
        # nothing is dropped or expanded (most news text): the map is the identity, built in C
        size = len(original)
        identity = OffsetMap(tuple(range(size + 1)), tuple(range(1, size + 1)))
        return NormalisedView(original, original.translate(_LOOKUP), identity)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    # runs between special characters fold one-to-one (``str.translate``); only the specials (diacritics,
    # marks, presentation forms) are handled one at a time
    for m in _SPECIAL.finditer(original):
        i = m.start()
        if i > pos:
            pieces.append(original[pos:i].translate(_LOOKUP))
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        folded = _fold_char(original[i])
        if folded:
            pieces.append(folded)
            starts.extend([i] * len(folded))
            ends.extend([i + 1] * len(folded))
        elif ends and ends[-1] == i:
            # a view character's end stretches over the dropped characters (diacritics) after it
            ends[-1] = i + 1
        pos = i + 1
    if pos < len(original):
        pieces.append(original[pos:].translate(_LOOKUP))
        starts.extend(range(pos, len(original)))
        ends.extend(range(pos + 1, len(original) + 1))
    starts.append(len(original))
    return NormalisedView(original, "".join(pieces), OffsetMap(tuple(starts), tuple(ends)))
