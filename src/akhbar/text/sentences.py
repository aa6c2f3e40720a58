"""Sentence spans over the original text.

News text breaks sentences at ``.``, ``!``, ``?``/``؟`` and at line breaks (a paragraph never runs on
into the next). A full stop inside a number (``3.5``), after a single Latin capital (``J. Biden``) or
inside a run of dots (``...``) continuing lower-case Latin text does not break. Closing quote marks
and brackets right after the stop stay with the sentence they close.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CLOSERS = "\"'»”’)]}"
_BREAK = re.compile(r"(?:[.!?؟]+|…)[" + re.escape(_CLOSERS) + r"]*(?=\s|$)|\n")


def iter_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank sentence of ``text[start:end]``, trimmed of spaces.

    >>> t = "قال لافروف إن الرد سلبي. وأضاف: «سندرسه».\\nنهاية"
    >>> [t[s:e] for s, e in iter_sentences(t)]
    ['قال لافروف إن الرد سلبي.', 'وأضاف: «سندرسه».', 'نهاية']
    """
    stop = len(text) if end is None else end
    pos = start
    for m in _BREAK.finditer(text, start, stop):
        if m.group() != "\n" and _is_false_break(text, m.start()):
            continue
        piece_end = m.end() if m.group() != "\n" else m.start()
        yield from _trimmed(text, pos, piece_end)
        pos = m.end()
    yield from _trimmed(text, pos, stop)


def _is_false_break(text: str, dot: int) -> bool:
    """A dot between digits, or after a lone Latin capital, is not a sentence end."""
    if text[dot] != ".":
        return False
    before = text[dot - 1] if dot > 0 else " "
    after_idx = dot + 1
    if before.isdigit() and after_idx < len(text) and text[after_idx].isdigit():
        return True
    return before.isupper() and (dot < 2 or not text[dot - 2].isalpha())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
