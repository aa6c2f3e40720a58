"""News outlets named in the text («قال لـ"الوطن"»، «بصحيفة الوئام»، «عين اليوم – روما»), as ORG.

Outlet names are mostly common words or places («الوطن» homeland, «الرياض» the city, «الاقتصادية»
economic, «سبق» preceded), so the tagger leaves them out or types them as the place. A name from
``cues/outlets.txt`` is the outlet only where the text shows it is one:

- it stands alone between quote marks («لـ"الاقتصادية"»، «في حوار مع «الشرق الأوسط»»): a quoted
  bare newspaper name is the newspaper, and nothing else in a news text is quoted that way;
- an outlet noun stands right before it («بصحيفة الوئام»، «جريدة الرياض»);
- it is a byline's or a dateline's name: between dashes («ماجد الرفاعي- سبق- ينبع») or at the start
  of a line before a dash («عين اليوم – روما»).

The name replaces a tagged mention with the same extent or inside it («الشرق الأوسط» LOC → ORG); a
tagged mention that runs past it («صحيفة الوطن السعودية» as one span) is left as it is.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from akhbar.extract.words import QUOTE_MARKS, unclitic
from akhbar.model import Span
from akhbar.resources import read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.words import Tokens

_DASHES = frozenset("-–—")
#: Folded nouns of a publication or channel before its name («بصحيفة الوئام»); not «موقع» (a body's
#: website: «موقع الاتحاد») or «شبكة» (a network of anything).
_NOUNS = frozenset({"صحيفه", "جريده", "مجله", "قناه", "وكاله", "تلفزيون", "اذاعه"})
_LONGEST = 4  # words of the longest outlet name looked for


def name_outlets(tokens: Tokens, regions: Sequence[tuple[int, int]], mentions: Sequence[Span]) -> list[Span]:
    """``mentions`` with the outlet names the context marks (module doc) added as ORG, in text order."""
    names, forms = _names(), tokens.forms
    out = list(mentions)
    for i, form in enumerate(forms):
        if form not in names.firsts:
            continue
        last = _match(forms, i, names.tuples)
        if last is None or not _marked(tokens, i, last):
            continue
        start, end = tokens.starts[i], tokens.ends[last - 1]
        if not any(lo <= start and end <= hi for lo, hi in regions) or "\n" in tokens.text[start:end]:
            continue
        over = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in over):
            continue  # a longer tagged name holds it
        out = [m for m in out if m not in over]
        out.append(Span(start, end, "ORG", {}))
    return sorted(out, key=lambda s: (s.start, s.end))


def _match(forms: Sequence[str], i: int, tuples: frozenset[tuple[str, ...]]) -> int | None:
    """End (exclusive) of the longest outlet name starting at token ``i``."""
    for size in range(_LONGEST, 0, -1):
        if tuple(forms[i : i + size]) in tuples:
            return i + size
    return None


def _marked(tokens: Tokens, i: int, last: int) -> bool:
    """Quote marks around the name, an outlet noun before it, or a byline's dashes (module doc)."""
    forms = tokens.forms
    before = forms[i - 1] if i > 0 else ""
    after = forms[last] if last < len(forms) else ""
    if before in QUOTE_MARKS and after in QUOTE_MARKS:
        return True
    if before and unclitic(before, _NOUNS) is not None:
        return True
    if after not in _DASHES:
        return False
    line_start = i == 0 or "\n" in tokens.text[tokens.ends[i - 1] : tokens.starts[i]]
    return before in _DASHES or line_start


class _Names:
    def __init__(self, tuples: frozenset[tuple[str, ...]]) -> None:
        self.tuples = tuples
        self.firsts = frozenset(t[0] for t in tuples)


@cache
def _names() -> _Names:
    """Folded word tuples of every outlet name and name variant (domains and Latin ids left out)."""
    out = set()
    for row in read_variants("cues/outlets.txt"):
        for part in row:
            name = part.split("(")[0].strip()
            if name and not any("a" <= ch.lower() <= "z" for ch in name):
                words = tuple(fold(name).split())
                if words and unclitic(words[0], _NOUNS) is None:  # «صحيفة الرياض»: the noun is context
                    out.add(words)
    return _Names(frozenset(out))
