"""One match of the timex pattern, seen through its kind's group, with the folded text around it.

The handlers of ``extract.timex_values`` and ``extract.timex_periods`` read a match through this
class: its named groups as lookup keys, the word before it, the text after it, and whether a
future-tense cue sits close by. Offsets are in the folded view.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from akhbar.extract.timex_patterns import key

if TYPE_CHECKING:
    from akhbar.extract.timex_patterns import Lexicon

_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,\"'()]*$")


class Match:
    """A pattern match seen through its kind's group, with the folded text around it."""

    __slots__ = ("end", "kind", "m", "start", "view")

    def __init__(self, m: re.Match[str], kind: str, view: str) -> None:
        self.m, self.kind, self.view = m, kind[2:], view
        self.start, self.end = m.span(kind)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def g(self, *names: str) -> str | None:
        """The first of the named groups that matched, as a lookup key."""
        for name in names:
            value = self.m.group(name)
            if value is not None:
                return key(value)
        return None

    def previous_word(self) -> str:
        """The folded word before the match (its clitic included), without a leading و / ف («وفي» → «في»)."""
        found = _LAST_WORD.search(self.view, max(0, self.m.start() - 40), self.m.start())
        word = found.group(1) if found else ""
        return word[1:] if word[:1] in ("و", "ف") and (len(word) > 3 or word[1:] == "في") else word

    def following(self, size: int = 24) -> str:
        return self.view[self.end : self.end + size]

    def quoted(self) -> bool:
        """«اليوم»، «الاثنين» between quote marks name a newspaper or a magazine, not a day."""
        return self.view[self.start - 1 : self.start] == '"' and self.following(1) == '"'

    def alone_on_line(self) -> bool:
        """True when nothing but blanks shares the match's line (a wire story's closing time stamp)."""
        line_start = self.view.rfind("\n", 0, self.m.start()) + 1
        line_end = self.view.find("\n", self.end)
        after = self.view[self.end :] if line_end < 0 else self.view[self.end : line_end]
        return not self.view[line_start : self.m.start()].strip() and not after.strip()

    def future_context(self, lex: Lexicon, extra: frozenset[str] = frozenset()) -> bool:
        """True when a future-tense cue (or one of ``extra``) sits in the same sentence, close by."""
        left = max(self.view.rfind(c, 0, self.start) for c in ".!?\n") + 1
        right = min(
            (i for i in (self.view.find(c, self.end) for c in ".!?\n") if i >= 0), default=len(self.view)
        )
        window = self.view[max(left, self.start - 80) : min(right, self.end + 40)]
        cues = lex.future | extra
        return any(w in cues or w[1:] in cues for w in _WORD.findall(window))
