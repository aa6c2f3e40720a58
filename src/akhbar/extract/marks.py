"""Direct quotations: words between quote marks, paired per paragraph.

“ ” « » ‹ › and straight marks pair by family, nesting other families inside; an opening mark never
closed runs to the end of its paragraph, and a closing mark misplaced after a full stop, followed by
more first-person words and no new cue, stays inside the quotation (GUIDELINES, worked examples). A
quoted term with no cue and no colon («حلف “الناتو”») is a scare quote and is skipped; a long quoted
passage opening a sentence with no cue continues the previous speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import COMMAS, POST, TRAILING, WEAK, sentence_first, strip_conj, weak
from akhbar.extract.speakers import Found
from akhbar.extract.words import QUOTE_MARKS, SENTENCE_END, bare

if TYPE_CHECKING:
    from akhbar.extract.speakers import Context
    from akhbar.extract.words import Tokens

_MIN_WORDS = 3
_LONG_WORDS = 8


_FAMILY = {"«": "a", "»": "a", "“": "b", "”": "b", "„": "b", "‟": "b", '"': "c", "‹": "d", "›": "d"}
_CLOSERS = frozenset("»”›")


def _pairs(ctx: Context) -> list[tuple[int, int | None]]:
    """(opening token, closing token or ``None`` when unclosed) of each outermost quotation."""
    toks, text = ctx.tokens, ctx.text
    out: list[tuple[int, int | None]] = []
    opened: int | None = None
    nested: list[str] = []
    for i, form in enumerate(toks.forms):
        if form not in QUOTE_MARKS:
            continue
        if opened is not None and "\n" in text[toks.ends[opened] : toks.starts[i]]:
            out.append((opened, None))
            opened, nested = None, []
        family = _FAMILY.get(form, "c")
        if opened is None:
            glued = i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.is_word(i - 1)
            if not (form in _CLOSERS and glued):
                opened = i
        elif family != _FAMILY.get(toks.forms[opened], "c"):
            nested = nested[:-1] if nested and nested[-1] == family else [*nested, family]
        elif nested:
            nested.pop()
        else:
            out.append((opened, i))
            opened = None
    if opened is not None:
        out.append((opened, None))
    return out


def find_direct(ctx: Context, cues: list[str]) -> list[Found]:
    toks, text, out = ctx.tokens, ctx.text, []
    floor = 0
    for o, c in _pairs(ctx):
        unclosed = c is None or _runs_on(ctx, c, cues)
        end_tok = _paragraph_end(toks, o) if unclosed or c is None else c
        words = [k for k in range(o + 1, end_tok) if toks.is_word(k)]
        if not words:
            continue
        cue, colon = _cue_before(ctx, cues, o, floor)
        after = -1 if unclosed else _cue_after(toks, cues, end_tok)
        n = len(words)
        closes = unclosed or _ends_clause(toks, end_tok)
        cued = cue >= 0 or after >= 0
        accept = (colon and (cue >= 0 or n >= _MIN_WORDS)) or (n >= _MIN_WORDS and cued and closes)
        if not accept and not (n >= _LONG_WORDS and toks.sentence[o] > 0 and _opens_sentence(toks, o)):
            continue
        cue_tok = cue if cue >= 0 else after
        stop = _paragraph_stop(text, toks.starts[o]) if unclosed else toks.starts[end_tok]
        start, end = _trim(text, toks.ends[o], stop)
        lo = sentence_first(toks, cue_tok if cue_tok >= 0 else o)
        mode = (
            "nominal" if cue_tok >= 0 and cues[cue_tok] == "nominal" else "verb" if cue_tok >= 0 else "uncued"
        )
        out.append(
            Found("direct", start, end, cue_tok, mode, lo, o if cue >= 0 else min(end_tok + 1, len(toks)))
        )
        floor = end_tok
    return out


def _opens_sentence(toks: Tokens, o: int) -> bool:
    """An opening mark at a paragraph start or right after a full stop (a quote running on)."""
    return o == 0 or toks.forms[o - 1] in SENTENCE_END or "\n" in toks.text[toks.ends[o - 1] : toks.starts[o]]


def _paragraph_stop(text: str, offset: int) -> int:
    nl = text.find("\n", offset)
    return len(text) if nl == -1 else nl


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ends_clause(toks: Tokens, c: int) -> bool:
    nxt = c + 1
    return nxt >= len(toks) or toks.sentence[nxt] != toks.sentence[c] or toks.forms[nxt] in TRAILING | {")"}


def _paragraph_end(toks: Tokens, o: int) -> int:
    """Index of the first token of the next paragraph (or ``len``)."""
    nl = toks.text.find("\n", toks.starts[o])
    return len(toks) if nl == -1 else toks.at(nl)


def _runs_on(ctx: Context, c: int, cues: list[str]) -> bool:
    """A closing mark right after a full stop, followed in its paragraph by first-person words, no cue."""
    toks = ctx.tokens
    if c < 1 or toks.forms[c - 1] not in SENTENCE_END:
        return False
    end = _paragraph_end(toks, c)
    tail = range(c + 1, end)
    if not any(toks.is_word(k) for k in tail):
        return False
    if any(toks.forms[k] in QUOTE_MARKS or (cues[k] and not weak(toks.forms[k])) for k in tail):
        return False
    return any(toks.is_word(k) and _first_person(toks.forms[k]) for k in tail)


def _first_person(form: str) -> bool:
    word = strip_conj(form)
    if word in {"نحن", "انا", "اننا", "لنا", "علينا", "لدينا", "عندنا"}:
        return True
    return len(word) >= 4 and word.endswith("نا") and word[-3] != "ا" and word not in {"هنا", "ههنا"}


def _cue_before(ctx: Context, cues: list[str], o: int, floor: int) -> tuple[int, bool]:
    """The last cue between the clause start and opening token ``o``, and whether a colon is right before."""
    toks = ctx.tokens
    colon = o > 0 and toks.forms[o - 1] == ":"
    k = o - 1
    while k >= max(floor, 0) and o - k <= 30 and toks.forms[k] not in SENTENCE_END:
        if "\n" in toks.text[toks.ends[k] : toks.starts[k + 1]]:
            break
        kind = cues[k]
        if kind in {"verb", "participle", "nominal"} and (
            bare(strip_conj(toks.forms[k])) not in WEAK or toks.forms[k][0] in "وف" or colon
        ):
            return k, colon
        k -= 1
    return -1, colon


def _cue_after(toks: Tokens, cues: list[str], end_tok: int) -> int:
    k = end_tok + 1
    if k < len(toks) and toks.forms[k] in COMMAS:
        k += 1
    if k < len(toks) and toks.forms[k] in POST:
        k += 1
    return k if k < len(toks) and cues[k] in {"verb", "participle"} else -1
