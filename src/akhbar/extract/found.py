"""The quotation being built and what every speaker rule of one article reads.

``Found`` is a quotation before it becomes a ``Span``: where it is, its cue and how the cue relates to
the content, and the speaker and via found for it. ``Context`` holds the article's text, tokens,
linked mentions and credits; ``Last`` the speaker of the quotation before, for the cues without a
subject. ``take_last`` and ``set_mention`` are the two ways every speaker rule fills a ``Found``.
"""

from __future__ import annotations

from collections.abc import Sequence  # at run time: mypyc reads dataclass field types when the class is made
from dataclasses import dataclass, field

from akhbar.extract.referents import taken_up
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
    quoted: list[tuple[int, int]] = field(default_factory=list)  # every quotation's words, original offsets


@dataclass(slots=True)
class Last:
    """The speaker of the quotation before (in cue order), for the cues without a subject."""

    name: str | None = None
    label: str = ""
    span: tuple[int, int] | None = None
    via: str | None = None
    sentence: int = -2  # sentence of the last speaker's cue
    gender: str = ""  # of the one who spoke for a body («المتحدث باسم الوزارة» is a man), else ""


def take_last(q: Found, last: Last) -> None:
    """The previous speaker speaks again (a pronoun, a continuation cue): ``q`` takes ``last``, implicit."""
    q.speaker, q.speaker_label, q.speaker_span, q.implicit = last.name, last.label, last.span, True
    if last.gender:
        q.extra["gender"] = last.gender


def set_mention(ctx: Context, q: Found, index: int) -> None:
    """Linked mention ``index`` speaks, by its canonical name (a generic description tagged as a body,
    «المنظمة الدولية», by the organisation named before: ``referents.taken_up``); a second mention joined
    by «و» speaks with it."""
    m = ctx.linked[index]
    named = taken_up(ctx.text, m, ctx.linked)  # «المنظمة الدولية»: the organisation named before
    q.speaker = str(named.attrs.get("canonical") or ctx.text[named.start : named.end])
    q.speaker_label, q.speaker_span = m.label, (m.start, m.end)
    toks = ctx.tokens
    after = toks.at(m.end)
    joined = after < len(toks) and toks.forms[after].startswith("و") and ctx.taken[after] not in (-1, index)
    other = ctx.linked[ctx.taken[after]] if joined else m
    if joined and other.start > toks.starts[after]:  # the «و» is a conjunction, not «واشنطن»'s first letter
        q.speaker += " و" + str(other.attrs.get("canonical") or ctx.text[other.start : other.end])
        q.speaker_span = (m.start, other.end)
