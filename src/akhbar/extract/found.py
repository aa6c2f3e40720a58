"""The quotation being built and what every speaker rule of one article reads.

``Found`` is a quotation before it becomes a ``Span``: where it is, its cue and how the cue relates to
the content, and the speaker and via found for it. ``Context`` holds the article's text, tokens,
linked mentions and credits; ``Last`` the speaker of the quotation before, for the cues without a
subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.words import Tokens
    from akhbar.model import Span


@dataclass(slots=True)
class Found:
    """A quotation being built: where it is, its cue, and what the speaker search needs.

    ``mode`` says how the cue relates to the content: ``verb`` (cue, subject, content), ``post``
    (content, then «كما قال X»), ``nominal`` («نقلت X عن Y قوله»), ``attribution`` («بحسب X»),
    ``uncued`` (a long direct quote continuing the previous speaker). ``lo``/``hi`` bound, in
    tokens, the clause searched for the via; ``source`` bounds the attribution's source phrase.
    """

    kind: str
    start: int
    end: int
    cue_tok: int
    mode: str
    lo: int
    hi: int
    source: tuple[int, int] = (0, 0)
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_label: str = ""
    implicit: bool = False
    via: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """What every rule of one article reads: text, tokens, linked mentions and credits."""

    text: str
    tokens: Tokens
    linked: Sequence[Span]
    taken: list[int]
    credits: Sequence[Span]
    feminine: frozenset[str]
    genders: dict[str, str] = field(default_factory=dict)  # canonical name → "F"/"M"


@dataclass(slots=True)
class Last:
    """The speaker of the quotation before (in cue order), for the cues without a subject."""

    name: str | None = None
    label: str = ""
    span: tuple[int, int] | None = None
    via: str | None = None
    sentence: int = -2  # sentence of the last speaker's cue
    gender: str = ""  # of the one who spoke for a body («المتحدث باسم الوزارة» is a man), else ""
