"""The agencies an article relies on, as ``credit`` spans over their names.

Re-exported by ``ingest.metadata``. An agency name (``resources/cues/agencies.txt``) is a credit when
its context says so: a credit word up to three words before it (``نقلت سبوتنيك عن``، ``وبحسب تقرير
تاس``، ``ذكرت وكالة …``; ``resources/cues/credit_cues.txt``), «وكالة» in front or in the name itself,
a ``ل`` clitic (``لوكالة``، ``لرويترز``: told to the agency), dateline punctuation (``(واس) -``،
``/ سبوتنيك -``), or a source or date line. A bare mention («هضبة الأناضول») is not a credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from akhbar.model import Span
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold, normalise

if TYPE_CHECKING:
    from collections.abc import Sequence

# excluded regions whose agency names still credit the article (source lines, datelines, markers)
_CREDIT_REASONS = frozenset({"source-line", "date-line", "header-line", "byline", "continued-marker"})
_DATELINE_BEFORE = re.compile(r"[(/\-]\s*$")
_DATELINE_AFTER = re.compile(r"^\s*[)/\-]")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[^\W\d_]+")
_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_WINDOW_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Agencies:
    pattern: re.Pattern[str]
    canonical: dict[str, str]
    cues: dict[str, str]


@cache
def _agencies() -> _Agencies:
    canonical: dict[str, str] = {}
    for row in read_variants("cues/agencies.txt"):
        for variant in row:
            canonical[_key(variant)] = row[0]
    names = sorted(canonical, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = re.compile(
        r"(?<![^\W\d_])(?P<clitic>(?:و|ف)?(?:ب|ل)?)(?P<name>" + alternation + r")(?![^\W\d_])", re.IGNORECASE
    )
    cues = {_key(c): c for c in read_lines("cues/credit_cues.txt")}
    return _Agencies(pattern, canonical, cues)


def _key(name: str) -> str:
    return " ".join(re.sub(r"[.]", " ", fold(name)).split()).lower()


def find_credits(text: str, *, excluded: Sequence[Span]) -> list[Span]:
    """Credit spans (label ``"credit"``) over agency names the article relies on, in original offsets.

    ``attrs``: ``agency`` (canonical name), ``cue`` (the word or shape that made it a credit) and
    ``role`` (``"agency"``). Names inside an excluded region count only when it is a source line, a
    dateline or a header line; inside a "read also" appendix or a comment block they do not.

    >>> t = "ونقلت وكالة أنباء انترفاكس عن الوزير قوله إن الرد سلبي."
    >>> [(t[s.start:s.end], s.attrs["agency"], s.attrs["cue"]) for s in find_credits(t, excluded=[])]
    [('انترفاكس', 'انترفاكس', 'وكالة')]
    """
    agencies = _agencies()
    view = normalise(text)
    out: list[Span] = []
    for m in agencies.pattern.finditer(view.text):
        start, end = view.to_original(m.start("name"), m.end("name"))
        region = next((x for x in excluded if x.start <= start and end <= x.end), None)
        reason = str(region.attrs.get("reason")) if region is not None else None
        if reason is not None and reason not in _CREDIT_REASONS:
            continue
        cue = _cue(view.text, m, reason)
        if cue is None:
            continue
        agency = agencies.canonical[_key(m.group("name"))]
        out.append(Span(start, end, "credit", {"agency": agency, "cue": cue, "role": "agency"}))
    return out


def _cue(folded: str, m: re.Match[str], reason: str | None) -> str | None:
    """What makes this mention a credit, or ``None`` for a bare mention."""
    name = _key(m.group("name"))
    if reason == "source-line":
        return "المصدر"
    if name.startswith("وكاله"):
        return "وكالة"
    if "ل" in m.group("clitic"):
        return "ل"
    line_start = folded.rfind("\n", 0, m.start()) + 1
    line_end = folded.find("\n", m.end())
    before = folded[max(line_start, m.start() - 80) : m.start()]
    after = folded[m.end() : min(m.end() + 6, len(folded) if line_end == -1 else line_end)]
    if _DATELINE_BEFORE.search(before) or _DATELINE_AFTER.match(after) or reason == "date-line":
        return "dateline"
    clause = _SENTENCE_BREAK.split(before)[-1]
    found = [c for c in (_strip_clitic(w) for w in reversed(_WORD.findall(clause)[-_WINDOW_WORDS:])) if c]
    if _key("وكالة") in found:
        return "وكالة"
    return _agencies().cues[found[0]] if found else None


def _strip_clitic(word: str) -> str | None:
    """The (folded) credit cue a word is, with a conjunction or preposition allowed in front."""
    cues = _agencies().cues
    lowered = word.lower()
    if lowered in cues:
        return lowered
    for clitic in _CLITICS:
        if lowered.startswith(clitic) and lowered[len(clitic) :] in cues:
            return lowered[len(clitic) :]
    return None
