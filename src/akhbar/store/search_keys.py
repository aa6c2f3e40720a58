"""Search keys: how a word is indexed and queried, so that spellings and clitics meet.

Each word is folded (``akhbar.text.normalise.fold``: diacritics, hamza and ya forms, Persian letters),
stripped of a light set of suffixes (pronouns, then plural/feminine endings) and of proclitics (و ف ب
ل ك and ال), so «ولافروف», «بلافروف», «لافْرُوف» and «لافروڤ» all key to what «لافروف» keys to. Titles
and bodies are indexed as these keys (``search_document``) and a query goes through the same keying
(``query_terms``); ``iter_keyed_words`` gives the original offsets of the keyed words, so highlights
are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from akhbar.resources import read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from akhbar.model import Span

_AFFIXES = "cues/search_affixes.txt"
_MIN_STEM = 3

# words and numbers as akhbar.text.tokenise reads them (letters with their marks; digits with
# decimal and thousands marks), punctuation left out
WORD = re.compile(
    r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640\u0610-\u061A\u06D6-\u06ED])+"
    r"|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
)


@dataclass(frozen=True, slots=True)
class _Affixes:
    """The affix lists of ``resources/cues/search_affixes.txt``, folded, longest first."""

    articles: tuple[str, ...]
    pronouns: tuple[str, ...]
    endings: tuple[str, ...]
    proclitics: Mapping[str, int]


@cache
def _affixes() -> _Affixes:
    kinds: dict[str, list[str]] = {}
    proclitics: dict[str, int] = {}
    for kind, *entries in read_variants(_AFFIXES):
        folded = [fold(e) for e in entries]
        if kind.startswith("proclitic"):
            proclitics.update(dict.fromkeys(folded, int(kind.split()[1])))
        else:
            kinds.setdefault(kind, []).extend(folded)

    def longest_first(kind: str) -> tuple[str, ...]:
        return tuple(sorted(dict.fromkeys(kinds.get(kind, ())), key=len, reverse=True))

    return _Affixes(longest_first("article"), longest_first("pronoun"), longest_first("ending"), proclitics)


@lru_cache(maxsize=1 << 16)
def search_key(token: str) -> str:
    """The index key of one word: folded, then the article, suffixes and proclitics stripped.

    The affixes are listed in ``resources/cues/search_affixes.txt``. Three steps, each keeping a stem
    of at least three letters: (1) the definite article with any
    clitics before it (ال، وال، بال، لل …), so the length guards below see the bare word; (2) a pronoun
    suffix, then plural/dual/feminine/nisba endings as long as they peel off; (3) single-letter
    proclitics و ف ل (stem >= 3) and ب ك (stem >= 4), repeatedly, so «ولافروف», «بلافروف» and
    «لافروف» meet whatever the stem starts with. Non-Arabic words are only folded (lower-cased).

    >>> search_key("ولافْرُوف") == search_key("بلافروڤ") == search_key("لافروف")
    True
    >>> search_key("الفلسطينيون") == search_key("فلسطين")
    True
    >>> search_key("وقتهم") == search_key("وقت"), search_key("اليونان") == search_key("إلى")
    (True, False)
    """
    word = fold(token)
    if not word or not "\u0620" <= word[0] <= "\u06ff":
        return word
    affixes = _affixes()
    for article in affixes.articles:
        if word.startswith(article) and len(word) - len(article) >= _MIN_STEM:
            word = word[len(article) :]
            break
    word = _strip_suffix(word, affixes.pronouns)
    while (shorter := _strip_suffix(word, affixes.endings)) != word:
        word = shorter
    while len(word) - 1 >= affixes.proclitics.get(word[0], len(word)):
        word = word[1:]
    return word


def _strip_suffix(word: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def iter_keyed_words(
    text: str, excluded: Sequence[Span] = (), start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, key)`` for each word or number of ``text[start:end]`` outside ``excluded``.

    Offsets are original offsets; punctuation is skipped and words are cut at excluded regions. Used
    both to build the index and to find the words a query matched, so the two always agree.
    """
    for lo, hi in kept_regions(start, len(text) if end is None else end, excluded):
        for m in WORD.finditer(text, lo, hi):
            key = search_key(m.group())
            if key:
                yield m.start(), m.end(), key


def kept_regions(start: int, end: int, excluded: Sequence[Span]) -> list[tuple[int, int]]:
    """``[start, end)`` minus the excluded spans, as ordered disjoint ranges."""
    regions: list[tuple[int, int]] = []
    pos = start
    for x in sorted(excluded, key=lambda sp: (sp.start, sp.end)):
        if x.start > pos:
            regions.append((pos, min(x.start, end)))
        pos = max(pos, x.end)
        if pos >= end:
            break
    if pos < end:
        regions.append((pos, end))
    return [(lo, hi) for lo, hi in regions if lo < hi]


def search_terms(text: str) -> list[str]:
    """The keys of ``text``'s words in order (what is indexed, and what a query looks for).

    >>> search_terms("قال لافْرُوف، والرئيسُ") == [search_key("قال"), search_key("لافروف"), search_key("رئيس")]
    True
    """
    return [key for _, _, key in iter_keyed_words(text)]


def search_document(title: str | None, text: str, excluded: Sequence[Span] = ()) -> dict[str, str]:
    """The ``search_docs`` values for one article: keyed title and keyed body (boilerplate left out).

    Each is padded with spaces so the portable fallback can match whole keys with ``LIKE '% key %'``.
    Same words as ``iter_keyed_words``, built with ``findall`` because this runs on every ingested text.
    """
    key = search_key
    words = (w for lo, hi in kept_regions(0, len(text), excluded) for w in WORD.findall(text, lo, hi))
    body = " ".join(k for k in map(key, words) if k)
    return {"title": f" {' '.join(search_terms(title or ''))} ", "body": f" {body} "}


def query_terms(query: str) -> list[str]:
    """The distinct keys of a query, in order; empty when nothing searchable is left."""
    return list(dict.fromkeys(search_terms(query)))
