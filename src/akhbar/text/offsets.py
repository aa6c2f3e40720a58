"""Helpers for moving and checking ranges over the original text."""

from __future__ import annotations

from collections.abc import Iterable


def trim(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing whitespace (or ``chars``) without copying.

    >>> trim("  نص  ", 0, 6)
    (2, 4)
    """
    strip = chars if chars is not None else None
    while start < end and (text[start].isspace() if strip is None else text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() if strip is None else text[end - 1] in strip):
        end -= 1
    return start, end


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]``, newline excluded, blank lines included.

    >>> line_spans("أ\\n\\nب")
    [(0, 1), (2, 2), (3, 4)]
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        if nl == -1:
            out.append((pos, stop))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping or touching ranges.

    >>> merge([(5, 8), (0, 2), (2, 3), (7, 9)])
    [(0, 3), (5, 9)]
    """
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
