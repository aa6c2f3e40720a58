"""Tokens as stand-off spans over the original text.

A token is a run of letters (Arabic or Latin, with their diacritics and tatweel), a number (Western or
Arabic-Indic digits, with decimal and thousands marks), or one punctuation character. Clitics stay on
the word (``ولافروف`` is one token): splitting them is the job of the steps that need it
(``extract`` strips them where a name starts), because the right split depends on the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOKEN = re.compile(
    r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640\u0610-\u061A\u06D6-\u06ED])+"  # letters + marks
    r"|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"  # numbers
    r"|[^\s\w]|_",  # one punctuation mark
)
_SPAN = re.Match.span


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each token of ``text[start:end]``, in original offsets.

    >>> t = "قال لافروف، 26 يناير"
    >>> [t[s:e] for s, e in iter_tokens(t)]
    ['قال', 'لافروف', '،', '26', 'يناير']
    """
    # ``Match.span`` mapped in C: NER and events read every token of every article through this
    return map(_SPAN, _TOKEN.finditer(text, start, len(text) if end is None else end))


def tokens(text: str) -> list[str]:
    """The token strings of ``text``.

    >>> tokens("وقال بيسكوف: «نعم»")
    ['وقال', 'بيسكوف', ':', '«', 'نعم', '»']
    """
    return [m.group() for m in _TOKEN.finditer(text)]


def count_tokens(text: str) -> int:
    """The number of tokens, without building them (for throughput figures)."""
    return sum(1 for _ in _TOKEN.finditer(text))
