"""Direct quotations: words between quote marks, paired per paragraph.

“ ” « » ‹ › and straight marks pair by family, nesting other families inside. An opening mark never
closed runs to the end of its paragraph, but not into a later sentence that has a cue of its own
(the narration has resumed: «قال: «… سلوكها. كما عقد الوزير …، كما ذكر دبلوماسي»), and an opening
mark that reopens in a later sentence («قال: "… . وأضاف: "…"») ends the unclosed one before that
sentence. A paragraph that reopens the mark after an unclosed one (a quotation over several
paragraphs) continues it under the same cue. A closing mark misplaced after a full stop, followed by
more first-person words and no new cue, stays inside the quotation (GUIDELINES, worked examples).

A quoted term with no cue and no colon («حلف “الناتو”») is a scare quote and is skipped; quoted words
inside reported content («قال إن الزيارة جاءت “للإعلان عن نوايا” بلاده») or after an appeal («دعا إلى
“تعاون أكبر”») are the quotation, unless the marks hold a name («تحت مسمى “الحرب على الإرهاب”»); a
long quoted passage opening a sentence with no cue continues the previous speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    NOT_COMPLEMENT,
    POST,
    TRAILING,
    WEAK,
    abbreviation_dot,
    first_person,
    sentence_first,
    strip_conj,
    weak,
)
from akhbar.extract.roles import body_heads
from akhbar.extract.speakers import Found
from akhbar.extract.words import QUOTE_MARKS, SENTENCE_END, bare, word_set

if TYPE_CHECKING:
    from akhbar.extract.speakers import Context
    from akhbar.extract.words import Tokens

_MIN_WORDS = 3
_LONG_WORDS = 8
_INNER_WORDS = 2  # quoted words inside reported content: «“مصلحتهما واحدة”» is a quotation, «“داعش”» a term
_CUE_REACH = 30


_FAMILY = {"«": "a", "»": "a", "“": "b", "”": "b", "„": "b", "‟": "b", '"': "c", "‹": "d", "›": "d"}
_CLOSERS = frozenset("»”›")
_OPENERS = frozenset("«“„‹")
_NARRATION = frozenset({"verb", "participle", "nominal", "attribution"})


def _pairs(ctx: Context) -> list[tuple[int, int | None, int]]:
    """(opening token, closing token or ``None``, bound) of each outermost quotation.

    ``bound`` is the token an unclosed quotation may not reach: the next paragraph, or the sentence in
    which the same mark opens again.
    """
    toks, text = ctx.tokens, ctx.text
    out: list[tuple[int, int | None, int]] = []
    opened: int | None = None
    nested: list[str] = []
    for i, form in enumerate(toks.forms):
        if form not in QUOTE_MARKS:
            continue
        if opened is not None and "\n" in text[toks.ends[opened] : toks.starts[i]]:
            out.append((opened, None, _paragraph_end(toks, opened)))
            opened, nested = None, []
        family = _FAMILY.get(form, "c")
        if opened is None:
            glued = i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.is_word(i - 1)
            if not (form in _CLOSERS and glued):
                opened = i
        elif family != _FAMILY.get(toks.forms[opened], "c"):
            nested = nested[:-1] if nested and nested[-1] == family else [*nested, family]
        elif _reopens(toks, opened, i):
            out.append((opened, None, sentence_first(toks, i)))
            opened, nested = i, []
        elif form in _OPENERS:
            nested.append(family)  # «… «…» …»: the same family nested
        elif nested:
            nested.pop()
        else:
            out.append((opened, i, i))
            opened = None
    if opened is not None:
        out.append((opened, None, _paragraph_end(toks, opened)))
    return out


def _reopens(toks: Tokens, opened: int, i: int) -> bool:
    """Mark ``i`` opens a new quotation in a later sentence while quotation ``opened`` was never closed."""
    if toks.sentence[i] == toks.sentence[opened] or sentence_first(toks, i) <= opened + 1:
        return False
    if toks.forms[i] in _OPENERS:
        return True
    glued_right = i + 1 < len(toks) and toks.ends[i] == toks.starts[i + 1] and toks.is_word(i + 1)
    return glued_right and i > 0 and toks.forms[i - 1] == ":"  # «وأضاف: "…»


def find_direct(ctx: Context, cues: list[str]) -> list[Found]:
    toks, out = ctx.tokens, []
    floor, previous, previous_end = 0, None, -1
    for o, c, bound in _pairs(ctx):
        unclosed = c is None or _runs_on(ctx, c, cues)
        end_tok = c if c is not None and not unclosed else _unclosed_end(ctx, cues, o, bound, c)
        n = sum(1 for k in range(o + 1, end_tok) if toks.is_word(k))
        if not n:
            continue
        cue, colon = _cue_before(ctx, cues, o, floor)
        after = -1 if unclosed or cue >= 0 else _cue_after(toks, cues, end_tok)
        if (
            previous is not None
            and after < 0
            and _continues(toks, previous_end, o, unclosed or n >= _MIN_WORDS)
        ):
            q = _quote(ctx, o, end_tok, unclosed, previous.cue_tok, previous.mode)
            q.lo, q.hi = previous.lo, previous.hi
        elif _accepts(ctx, cues, o, end_tok, unclosed, n, cue, colon):
            cue_tok = cue if cue >= 0 else after
            mode = (
                "nominal"
                if cue_tok >= 0 and cues[cue_tok] == "nominal"
                else "verb"
                if cue_tok >= 0
                else "uncued"
            )
            q = _quote(ctx, o, end_tok, unclosed, cue_tok, mode)
            q.hi = o if cue >= 0 else min(end_tok + 1, len(toks))
        else:
            continue
        out.append(q)
        floor, previous, previous_end = end_tok, q, end_tok
    return out


def _accepts(
    ctx: Context, cues: list[str], o: int, end_tok: int, unclosed: bool, n: int, cue: int, colon: bool
) -> bool:
    toks = ctx.tokens
    if colon and (cue >= 0 or n >= _MIN_WORDS):
        return True
    closes = unclosed or _ends_clause(toks, end_tok)
    cued = cue >= 0 or (not unclosed and _cue_after(toks, cues, end_tok) >= 0)
    if n >= _MIN_WORDS and cued and closes:
        return True
    if cue >= 0 and n >= _INNER_WORDS and _appealed(toks, cues, cue, o):
        return not _names(ctx, o, end_tok)
    if cue >= 0 and n >= _INNER_WORDS and _reported(toks, cue, o):
        # «إن بعض “التفاصيل الأولية” بدأت …»: a short term the reported clause runs on past is no quotation
        return not _names(ctx, o, end_tok) and (n >= _MIN_WORDS or closes)
    return n >= _LONG_WORDS and toks.sentence[o] > 0 and _opens_sentence(toks, o)


def _quote(ctx: Context, o: int, end_tok: int, unclosed: bool, cue_tok: int, mode: str) -> Found:
    toks, text = ctx.tokens, ctx.text
    stop = toks.starts[end_tok] if end_tok < len(toks) else len(text)
    # an unclosed quotation cut before the narration resumes ends at its sentence, without the stop
    cut = unclosed and end_tok < len(toks) and "\n" not in text[toks.ends[end_tok - 1] : stop]
    start, end = _trim(text, toks.ends[o], stop, strip_stop=cut)
    lo = sentence_first(toks, cue_tok if cue_tok >= 0 else o)
    return Found("direct", start, end, cue_tok, mode, lo, o)


def _continues(toks: Tokens, previous_end: int, o: int, enough: bool) -> bool:
    """Mark ``o`` opens the paragraph right after the one a quotation filled to its end (``previous_end``
    is that quotation's closing mark or bound): one quotation over several paragraphs."""
    if not enough or o == 0 or o < previous_end or "\n" not in toks.text[toks.ends[o - 1] : toks.starts[o]]:
        return False
    between = range(previous_end + 1 if toks.forms[previous_end] in QUOTE_MARKS else previous_end, o)
    return all(not toks.is_word(k) and toks.forms[k] not in QUOTE_MARKS for k in between)


_APPEAL_REACH = 7  # «دعا الرئيس الإيراني حسن روحاني إلى “…”»


def _appealed(toks: Tokens, cues: list[str], cue: int, o: int) -> bool:
    """The words an appeal asks for: right after «إلى»/«بـ» or close to the verb («دعا إلى “تعاون أكبر”»)."""
    return cues[cue] == "appeal" and (toks.forms[o - 1] in {"الي", "ب"} or o - cue <= _APPEAL_REACH)


def _reported(toks: Tokens, cue: int, o: int) -> bool:
    """A complementiser or colon between the cue and the mark: the marks sit in the reported content."""
    return any(
        toks.forms[k] == ":" or (toks.forms[k] in COMPLEMENTISERS and toks.forms[k - 1] not in NOT_COMPLEMENT)
        for k in range(cue + 1, o)
    )


def _names(ctx: Context, o: int, end_tok: int) -> bool:
    """The marks hold a name: after a naming noun («مسمى»، «حركة»), or one mention and nothing else."""
    toks = ctx.tokens
    before = bare(toks.forms[o - 1]) if o > 0 else ""
    if before in word_set("cues/naming_nouns.txt") or before in body_heads():
        return True
    words = [k for k in range(o + 1, end_tok) if toks.is_word(k)]
    return all(ctx.taken[k] >= 0 for k in words) and len({ctx.taken[k] for k in words}) == 1


def _unclosed_end(ctx: Context, cues: list[str], o: int, bound: int, c: int | None) -> int:
    """Where an unclosed quotation stops: ``bound`` (or its paragraph's end), or before a later sentence
    of it whose narration has a cue of its own."""
    toks = ctx.tokens
    limit = _paragraph_end(toks, o) if c is not None else bound
    k = (c if c is not None else o) + 1
    while k < limit:
        if toks.sentence[k] != toks.sentence[k - 1] and _narrates(toks, cues, k, limit):
            return k
        k += 1
    return limit


def _narrates(toks: Tokens, cues: list[str], k: int, limit: int) -> bool:
    sentence = toks.sentence[k]
    while k < limit and toks.sentence[k] == sentence:
        if cues[k] in _NARRATION and not weak(toks.forms[k]):
            return True
        if toks.forms[k] in POST and k + 1 < limit and cues[k + 1] == "verb":
            return True
        k += 1
    return False


def _opens_sentence(toks: Tokens, o: int) -> bool:
    """An opening mark at a paragraph start or right after a full stop (a quote running on)."""
    return o == 0 or toks.forms[o - 1] in SENTENCE_END or "\n" in toks.text[toks.ends[o - 1] : toks.starts[o]]


def _trim(text: str, start: int, end: int, *, strip_stop: bool = False) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (strip_stop and text[end - 1] in ".")):
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
    if any(toks.forms[k] in QUOTE_MARKS or (cues[k] in _NARRATION and not weak(toks.forms[k])) for k in tail):
        return False
    return any(toks.is_word(k) and first_person(toks.forms[k]) for k in tail)


def _cue_before(ctx: Context, cues: list[str], o: int, floor: int) -> tuple[int, bool]:
    """The last cue between the clause start and opening token ``o``, and whether a colon is right before.

    Before a colon, a cue whose own complement lies in between («وقال فلان الذي أكد أنه …: “…”») gives
    way to an earlier one.
    """
    toks = ctx.tokens
    colon = o > 0 and toks.forms[o - 1] == ":"
    k, fallback, complemented = o - 1, -1, False
    while k >= max(floor, 0) and o - k <= _CUE_REACH:
        if toks.forms[k] in SENTENCE_END and not abbreviation_dot(toks, k):
            break
        if "\n" in toks.text[toks.ends[k] : toks.starts[k + 1]]:
            break
        kind = cues[k]
        if kind in {"verb", "participle", "nominal", "appeal"} and (
            bare(strip_conj(toks.forms[k])) not in WEAK or toks.forms[k][0] in "وف" or colon
        ):
            if not (colon and complemented):
                return k, colon
            fallback, complemented = fallback if fallback >= 0 else k, False
        complemented = complemented or toks.forms[k] in COMPLEMENTISERS
        k -= 1
    return fallback, colon


def _cue_after(toks: Tokens, cues: list[str], end_tok: int) -> int:
    """A cue right after the closing mark («“…”، قال الوزير»), not one that opens the next paragraph
    («وقال فلان إن …» there is a new statement with its own words)."""
    k = end_tok + 1
    if k < len(toks) and toks.forms[k] in COMMAS:
        k += 1
    if k < len(toks) and toks.forms[k] in POST:
        k += 1
    if k >= len(toks) or cues[k] not in {"verb", "participle"}:
        return -1
    return -1 if "\n" in toks.text[toks.ends[end_tok] : toks.starts[k]] else k
