"""Highlights and snippets of search hits, located in the original text.

A hit shows the words whose search key (``search_keys``) is one of the query's keys, at their original
offsets, and a short window of the original text around the first of them, cut at whitespace.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from akhbar.store.search_keys import WORD, iter_keyed_words, kept_regions, search_key
from akhbar.text.normalise import folds_one_to_one, spelling_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.model import Span

SNIPPET_BEFORE = 60
SNIPPET_AFTER = 120


def matched_words(text: str, excluded: Sequence[Span], terms: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Original ``(start, end)`` of every word of ``text`` (outside ``excluded``) whose key is in ``terms``.

    The same words as keying every word with ``iter_keyed_words``, found faster: a word can only key
    to a term if it contains a spelling of that term (a key is its folded word with affixes peeled
    off), so one regex over all the terms' spellings finds the few candidate words and only those are
    keyed. Keying every word of the 20 texts of a result page took 60% of a search.

    >>> t = "قال لافْرُوف إن لافروڤ والرئيس"
    >>> matched_words(t, (), frozenset({search_key("لافروف")}))
    ((4, 12), (16, 22))
    """
    if not folds_one_to_one(text):
        return tuple((s, e) for s, e, key in iter_keyed_words(text, excluded) if key in terms)
    finder = _term_finder(terms)
    found: dict[int, int] = {}
    for lo, hi in kept_regions(0, len(text), excluded):
        pos = lo
        while (m := finder.search(text, pos, hi)) is not None:
            # tokenise from the whitespace before the match: _WORD never crosses whitespace, so the
            # words found from there are the words iter_keyed_words reads from the region start
            start = m.start()
            while start > lo and not text[start - 1].isspace():
                start -= 1
            pos = max(m.end(), m.start() + 1)
            for w in WORD.finditer(text, start, hi):
                if w.start() >= m.end():
                    break
                pos = max(pos, w.end())
                if search_key(w.group()) in terms:
                    found[w.start()] = w.end()
    return tuple(sorted(found.items()))


@lru_cache(maxsize=256)
def _term_finder(terms: frozenset[str]) -> re.Pattern[str]:
    # longest first, so a term that contains another is tried first at the same place
    return re.compile("|".join(spelling_pattern(t) for t in sorted(terms, key=lambda t: (-len(t), t))))


def snippet_window(text: str, match: tuple[int, int] | None) -> tuple[int, int]:
    """Original ``(start, end)`` of a short window around ``match`` (the text's start when ``None``).

    The window is cut at whitespace so no word is split, and never rewrites the text.

    >>> t = "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن المحادثات جرت"
    >>> s, e = snippet_window(t, (31, 37))
    >>> t[s:e] == t
    True
    """
    m_start, m_end = match or (0, 0)
    start = max(0, m_start - SNIPPET_BEFORE)
    end = min(len(text), m_end + SNIPPET_AFTER)
    if start > 0:
        space = _next_space(text, start, m_start)
        start = space + 1 if space is not None else start
    if end < len(text):
        back = text.rfind(" ", m_end, end)
        end = back if back > m_end else end
    return start, end


def _next_space(text: str, start: int, limit: int) -> int | None:
    for i in range(start, limit):
        if text[i].isspace():
            return i
    return None
