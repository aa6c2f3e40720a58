"""Attributed speech without a clause after the cue: a source phrase («بحسب X»، «وفقا لـ X») before or
after the content, and cues that follow their content («…، كما أوضح المتحدث»، «…، قال الوزير»،
«…، على حد قوله»).

Source first: «بحسب X، فإن …» — the content follows the comma, or the فإن that closes the source when
no comma does («وبحسب الإحصاءات فإن …»). Source last: «…، وفق الوزير»، «…، بحسب ما
قاله المتحدث»، «…، حسب ما أفاد به مصدر» — the content is the clause before the comma and the source
runs to the next comma or the sentence end; a verb after «ما» («صرح»، «قاله») is the cue. A source is a
phrase that names someone (``is_source``), so «وفقا للخطة» attributes nothing. A sentence that has its
own cue («وقال الوزير إن …، بحسب وكالة X») keeps that one quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    POST,
    clause_end,
    cue_kind,
    sentence_end,
    sentence_first,
    strip_conj,
    weak,
)
from akhbar.extract.roles import is_title
from akhbar.extract.speakers import Found
from akhbar.extract.words import bare, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.speakers import Context
    from akhbar.extract.words import Tokens

POST_TAIL = 8  # «…، كما قال X»: only a short subject may follow the cue
_SOURCE_WINDOW = 12
_WHAT = frozenset({"ما", "لما"})  # «بحسب ما قال»، «وفقا لما ذكره»
_ON = frozenset({"علي", "عل"})  # «على ما قال»، «على حد قوله»
_PARTICLES = frozenset({"به", "عنه", "عنها", "لنا", "له", "لها"})  # «حسب ما أفاد به مصدر»
# «بحسب الإحصاءات فإن …»: with no comma, the complementiser with ف closes the fronted source
_THEN = frozenset(fold(w) for w in ["فإن", "فإنه", "فإنها", "فإنهم", "فإنهما"])
_STATEMENT_KINDS = frozenset({"verb", "nominal", "participle"})


def find_attribution(ctx: Context, cues: list[str], i: int, openers: set[int]) -> Found | None:
    """«بحسب X، فإن …» (source first) or «…، وفقا لـ X» (source last), at attribution token ``i``."""
    toks = ctx.tokens
    first = sentence_first(toks, i)
    conj = strip_conj(toks.forms[i]) != toks.forms[i]
    if i == first or conj or (toks.forms[i - 1] in COMMAS and i - 1 == first):
        return _source_first(ctx, cues, i, openers)
    end = _source_end(toks, i)
    if i - 1 <= first or not is_source(ctx, i + 1, end):
        return None
    comma = i - 1 if toks.forms[i - 1] in COMMAS else None
    if comma is None and (end < sentence_end(toks, i) or end - i > POST_TAIL):
        return None  # «… حسب وكالة الأنباء اجتماعا موسعا …»: without a comma, a short source closing the sentence
    if any(cues[k] in _STATEMENT_KINDS for k in range(first, i)):
        return None  # «وقال الوزير إن …، بحسب وكالة X»: the sentence's own cue carries the words
    last = (comma if comma is not None else i) - 1
    if last <= first and not toks.is_word(first + 1):
        return None
    q = Found("indirect", toks.starts[first], toks.ends[last], i, "attribution", i, end)
    lo = i + 1
    if lo < end and toks.forms[lo] in _WHAT:  # «بحسب ما صرح به المسؤولون»: the verb is the cue
        verb = lo + 1
        if verb < end and _said(toks.forms[verb]):
            q.cue_tok, lo = verb, verb + 1
            while lo < end and toks.forms[lo] in _PARTICLES:
                lo += 1
    q.source = (lo, end)
    return q


def _source_first(ctx: Context, cues: list[str], i: int, openers: set[int]) -> Found | None:
    toks = ctx.tokens
    stop = min(len(toks), i + _SOURCE_WINDOW)
    comma = next((k for k in range(i + 1, stop) if toks.forms[k] in COMMAS or toks.forms[k] in _THEN), None)
    if comma is None or toks.sentence[comma] != toks.sentence[i] or not is_source(ctx, i + 1, comma):
        return None
    start = comma + 1
    if any(cues[k] in {"verb", "nominal"} for k in range(start, min(len(toks), start + 4))):
        return None
    if start < len(toks) and toks.forms[start] in COMPLEMENTISERS:
        start += 1
    if start >= len(toks) or not toks.is_word(start) or toks.sentence[start] != toks.sentence[i]:
        return None
    last = clause_end(toks, cues, start, openers)
    q = Found(
        "indirect", toks.starts[start], toks.ends[last], i, "attribution", sentence_first(toks, i), comma
    )
    q.source = (i + 1, comma)
    return q


def _source_end(toks: Tokens, i: int) -> int:
    """The source runs to the next comma («وفق الوزير فلان، الذي قال …») or the sentence end."""
    end = sentence_end(toks, i)
    return next((k for k in range(i + 1, end) if toks.forms[k] in COMMAS), end)


def _said(form: str) -> bool:
    """A speech verb, also with an object pronoun («قاله»، «ذكرته»)."""
    if cue_kind(form) == "verb":
        return True
    for suffix in ("ته", "ها", "ه"):
        if form.endswith(suffix) and cue_kind(form[: -len(suffix)]) == "verb":
            return True
    return False


def is_source(ctx: Context, lo: int, hi: int) -> bool:
    """A source phrase names someone: a mention, a credit, a role or a word for a statement."""
    toks = ctx.tokens
    nouns = word_set("cues/source_nouns.txt")
    for k in range(lo, hi):
        form = toks.forms[k]
        if ctx.taken[k] >= 0 or (
            toks.is_word(k) and (is_title(form) or bare(form) in nouns or form[1:] in nouns)
        ):
            return True
    return any(lo <= toks.at(c.start) < hi for c in ctx.credits)


# --- cues after their content -------------------------------------------------------------------


def post_comma(toks: Tokens, i: int) -> int | None:
    """The comma that closes the content before a cue that follows it, or ``None``.

    «…، كما أوضح»، «…، حسبما قال»، «…، بحسب ما ذكر»، «…، على ما قال», and a plain verb right after the
    comma that closes its sentence («…، قال الوزير.»).
    """
    k = i - 1
    if k >= 0 and toks.forms[k] == "قد":
        k -= 1
    if k >= 0 and toks.forms[k] in _WHAT:
        k -= 1
        if k >= 0 and (toks.forms[k] in _ON or cue_kind(toks.forms[k]) == "attribution"):
            k -= 1
        else:
            return None
    elif k >= 0 and toks.forms[k] in POST:
        k -= 1
    elif k < 0 or toks.forms[k] not in COMMAS or weak(toks.forms[i]) or toks.forms[i][0] in "وف":
        return None
    return k if k >= 1 and toks.forms[k] in COMMAS else None


def find_post(ctx: Context, cues: list[str], i: int, comma: int) -> Found | None:
    """«الوضع مستقر، كما أوضح المتحدث»: the content is the clause before the comma (unless that clause
    has a cue of its own: «وقال الوزير إن …، كما نقلت عنه الصحف» stays one quotation)."""
    toks = ctx.tokens
    first = sentence_first(toks, comma)
    end = sentence_end(toks, i)
    if comma <= first or end - i > POST_TAIL or _cut_title(toks, i, end):
        return None
    if any(cues[k] in _STATEMENT_KINDS for k in range(first, comma)):
        return None
    q = Found("indirect", toks.starts[first], toks.ends[comma - 1], i, "post", i, end)
    lo = i + 1
    while lo < end and toks.forms[lo] in _PARTICLES:
        lo += 1
    q.source = (lo, end)
    return q


def _cut_title(toks: Tokens, i: int, end: int) -> bool:
    """«…، يقول د. علي: …»: the sentence was split after an abbreviated title, the cue goes on after it."""
    return end - 1 > i and toks.forms[end - 1] == "." and len(toks.forms[end - 2]) == 1


def find_hedge(ctx: Context, cues: list[str], i: int) -> Found | None:
    """«…، على حد قوله» (the speaker before) or «…، على حد تعبير الوزير» at the «حد» token ``i``."""
    toks = ctx.tokens
    noun = i + 1
    if i < 2 or noun >= len(toks) or toks.forms[i - 1] not in _ON or toks.forms[i - 2] not in COMMAS:
        return None
    form = toks.forms[noun]
    heads = word_set("cues/hedge_cues.txt")
    stem = next((form[: -len(s)] for s in ("هما", "هم", "ها", "ه") if form.endswith(s)), form)
    if stem not in heads:
        return None
    first = sentence_first(toks, i)
    end = sentence_end(toks, i)
    if i - 2 <= first or end - noun > POST_TAIL or any(cues[k] in _STATEMENT_KINDS for k in range(first, i)):
        return None
    q = Found("indirect", toks.starts[first], toks.ends[i - 3], noun, "post", noun, end)
    q.source = (noun + 1, end) if stem == form else (noun + 1, noun + 1)
    return q
