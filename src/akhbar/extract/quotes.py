"""Quotations: direct (between quote marks) and indirect (reported speech after a cue), with speakers.

Direct quotes (``extract.marks``) pair “ ” « » ‹ › and straight marks per paragraph; an opening mark
never closed runs to the end of its paragraph or to the sentence where the narration takes a cue of
its own again, a paragraph that reopens the mark continues the quotation, and quoted words inside
reported content or after an appeal («دعا إلى “…”») are the quotation. A quoted term with no cue
(«حلف “الناتو”») is a scare quote. Indirect speech (``extract.clauses``) is a speech verb
(``cues/speech_verbs.txt``) with a complementiser (إن، أن، بأن، أنه …) or a colon («وقال الوزير: نحن
ملتزمون …», running on through first-person sentences), a claim in a noun phrase after أكد/شدد على/أعلن
(``cues/claim_heads.txt``) or «أعلن عن», or «نقلت X عن Y قوله …». Attributions and cues after their
content (``extract.attribution``): «بحسب X، فإن …»، «…، وفقا لـ X»، «…، بحسب ما قاله X»، «…، كما أوضح
المتحدث»، «…، على حد قوله». A negated or relative cue with a noun object («لم يعلن عن»، «الميثاق الذي
يؤكد على») and «وهو ما يؤكد» report nobody's words. The span is the reported words, without the
marks, the complementiser and the sentence-final stop; all offsets are original. Speakers and the
outlet the words went through (``via``) come from ``extract.speakers``; a quotation left without a
speaker takes the speaker of an attributed quotation with the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.attribution import find_attribution, find_hedge, find_post, post_comma
from akhbar.extract.clauses import before_marks, charged, claim, colon_run_on, complement, unmarked
from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    NEGATIONS,
    RELATIVES,
    clause_end,
    cue_kind,
    feminine_forms,
    lone_weak,
    sentence_end,
    sentence_first,
    split_glued_stops,
    strip_conj,
    weak,
)
from akhbar.extract.linking import link_entities
from akhbar.extract.marks import find_direct
from akhbar.extract.roles import find_roles, mention_tokens
from akhbar.extract.speakers import Context, Found, resolve_speakers
from akhbar.extract.words import QUOTE_MARKS, phrase_set, tokenise
from akhbar.model import Span
from akhbar.text.normalise import fold
from akhbar.text.sentences import iter_sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.words import Tokens


def find_quotes(
    text: str,
    *,
    entities: Sequence[Span],
    credits: Sequence[Span] = (),  # noqa: A002 - the article layer's name
    sentences: Sequence[Span] | None = None,
    excluded: Sequence[Span] = (),
    tokens: Tokens | None = None,
) -> list[Span]:
    """Quotation spans (labels ``direct``/``indirect``) over ``text``, in original offsets, by start.

    ``attrs``: ``cue``, ``cue_start``, ``cue_end`` (``""`` and the quote's start for a long direct
    quote with no cue), ``speaker`` (canonical name, or the description when no name resolves it),
    ``speaker_start``/``speaker_end`` (the mention or description used), ``via``. ``entities`` are
    the article's mentions; they are linked here when they carry no ``canonical``. ``credits`` are
    the ``credits`` layer (attr ``agency``; ``cue == "dateline"`` for a wire dateline). Quotations
    whose cue or content lies in an ``excluded`` region are dropped. ``tokens`` is
    ``tokenise(text, sentences)`` when the caller already has it.

    >>> t = "وقال الوزير إن الوضع مستقر."
    >>> [(t[q.start : q.end], q.attrs["cue"]) for q in find_quotes(t, entities=[])]
    [('الوضع مستقر', 'قال')]
    """
    sents = [(s.start, s.end) for s in sentences] if sentences is not None else list(iter_sentences(text))
    tokens = split_glued_stops(tokens if tokens is not None else tokenise(text, sents))
    linked = _linked(text, entities, tokens)
    ctx = Context(text, tokens, linked, mention_tokens(tokens, linked), credits, feminine_forms())
    kinds = {f: cue_kind(f) for f in set(tokens.forms)}  # each word type judged once
    cues = list(map(kinds.__getitem__, tokens.forms))
    direct = find_direct(ctx, cues)
    openers = {tokens.at(q.start) - 1 for q in direct}
    found = direct + _indirect(ctx, cues, direct, openers)
    found = [q for q in found if not _inside(q, excluded, tokens)]
    resolve_speakers(ctx, found)
    _same_words(ctx, found)
    _dateline_via(ctx, found)
    return [_to_span(ctx, q) for q in sorted(found, key=lambda f: (f.start, f.end))]


def _same_words(ctx: Context, found: Sequence[Found]) -> None:
    """A quotation with no speaker whose words mostly recur in an attributed one takes its speaker
    (a lede summing up a statement attributed further down: GUIDELINES, the same words)."""
    if all(q.speaker is not None for q in found):
        return
    words = {id(q): {w for w in fold(ctx.text[q.start : q.end]).split() if len(w) > 2} for q in found}
    for q in found:
        mine = words[id(q)]
        if q.speaker is not None or len(mine) < 3:
            continue
        shared = [(len(mine & words[id(p)]), p) for p in found if p.speaker is not None]
        best = max(shared, key=lambda x: x[0], default=(0, q))
        if best[0] >= 0.6 * len(mine):
            p = best[1]
            q.speaker, q.speaker_label, q.speaker_span, q.implicit = (
                p.speaker,
                p.speaker_label,
                p.speaker_span,
                True,
            )


def _linked(text: str, entities: Sequence[Span], tokens: Tokens) -> Sequence[Span]:
    """The mentions with canonical names and roles: linked here unless a linking step already did it."""
    if not all("canonical" in e.attrs for e in entities):
        return link_entities(text, entities)
    if all("role" in e.attrs for e in entities):
        return entities
    roles = find_roles(text, entities, tokens=tokens)
    out = []
    for n, e in enumerate(entities):
        r = roles.get(n)
        extra = (
            {"role": text[r.start : r.end], "role_start": r.start, "role_end": r.end}
            | ({"role_also": r.attrs["also"]} if "also" in r.attrs else {})
            if r
            else {"role": None}
        )
        out.append(Span(e.start, e.end, e.label, dict(e.attrs) | extra))
    return out


def _inside(q: Found, excluded: Sequence[Span], tokens: Tokens) -> bool:
    cue = tokens.starts[q.cue_tok] if q.cue_tok >= 0 else q.start
    return any(x.start <= cue < x.end or x.start <= q.start < x.end for x in excluded)


def _to_span(ctx: Context, q: Found) -> Span:
    toks = ctx.tokens
    if q.cue_tok >= 0:
        form = toks.forms[q.cue_tok]
        clitic = 1 if strip_conj(form) != form else 0
        cue_start, cue_end = toks.starts[q.cue_tok] + clitic, toks.ends[q.cue_tok]
    else:
        cue_start = cue_end = q.start
    start, end = q.speaker_span if q.speaker_span else (None, None)
    attrs = {
        "cue": ctx.text[cue_start:cue_end],
        "cue_start": cue_start,
        "cue_end": cue_end,
        "speaker": q.speaker,
        "speaker_start": start,
        "speaker_end": end,
        "via": q.via,
    }
    return Span(q.start, q.end, q.kind, attrs)


# --- indirect speech ----------------------------------------------------------------------------


def _indirect(ctx: Context, cues: list[str], direct: list[Found], openers: set[int]) -> list[Found]:
    toks, out = ctx.tokens, []
    taken_cues = {q.cue_tok for q in direct}
    for i, kind in enumerate(cues):
        if not kind or kind == "appeal" or (i in taken_cues and kind != "verb" and kind != "participle"):
            continue
        if i in taken_cues:  # the cue of a direct quote: an unquoted clause of its own before the marks
            q = _verb(ctx, cues, i, openers)
            if q is not None and before_marks(toks, q, direct, i):
                out.append(q)
            continue
        if kind == "attribution":
            q = find_attribution(ctx, cues, i, openers)
        elif kind == "hedge":
            q = find_hedge(ctx, cues, i)
        elif kind == "nominal":
            q = _nominal(ctx, cues, i, openers)
        else:
            q = _verb(ctx, cues, i, openers)
        if q is not None:
            before_marks(toks, q, direct, i)
        if q is None or any(_governs(toks, d, q, i) for d in direct) or _runs_into(toks, q, direct, openers):
            continue
        taken_cues.add(q.cue_tok)
        for d in direct:
            if d.start <= q.start < d.end < q.end:
                q.end = d.end
        if q.end > q.start:
            out.append(q)
    return [q for q in out if not _restates(toks, q, out)]


def _restates(toks: Tokens, q: Found, found: list[Found]) -> bool:
    """«وقال سلامة إنه يتوقع أن …»: a cue opening another quotation's content, with no subject of its
    own, is that quotation's words, not a second statement."""
    if q.mode != "verb" or toks.forms[q.cue_tok][0] in "وف":
        return False
    return any(p is not q and p.kind == "indirect" and toks.at(p.start) == q.cue_tok for p in found)


def _runs_into(toks: Tokens, q: Found, direct: list[Found], openers: set[int]) -> bool:
    """«قال إنه أبلغ نظيره “…”»: a clause cut by a quote mark is that direct quote, under the outer cue."""
    mark = toks.at(q.end)
    if q.kind != "indirect" or mark not in openers or toks.sentence[mark] != toks.sentence[q.cue_tok]:
        return False
    for d in direct:
        if toks.at(d.start) - 1 == mark and d.cue_tok > q.cue_tok:
            d.cue_tok, d.lo = q.cue_tok, q.lo
            return True
    return False


def _governs(toks: Tokens, d: Found, q: Found, cue: int) -> bool:
    """A direct quote inside an indirect clause whose cue lies outside it is the one quote to keep."""
    return d.start < q.end and q.start < d.end and not d.start <= toks.starts[cue] < d.end


_WHICH = frozenset({"مما", "بما", "وبما"})
_WHICH_IS = frozenset({"هو", "وهو", "هي", "وهي", "هذا", "وهذا"})


def _verb(ctx: Context, cues: list[str], i: int, openers: set[int]) -> Found | None:
    toks = ctx.tokens
    before = toks.forms[i - 1] if i > 0 else ""
    if before in NEGATIONS and weak(toks.forms[i]):
        return None  # «لم يعد»: not a cue
    if before in _WHICH or (before == "ما" and i > 1 and toks.forms[i - 2] in _WHICH_IS):
        return None  # «وهو ما يؤكد …»، «مما يؤكد أن …»: a fact confirming another, nobody speaking
    first = complement(toks, cues, i, openers)
    if first is None and before not in NEGATIONS and before not in RELATIVES and not lone_weak(toks, i):
        first = claim(ctx, cues, i)  # «لم يعلن سوى عن …»، «الميثاق التي تؤكد على …»، «بين البلدين»
    if first is None and (
        before in COMMAS or i == sentence_first(toks, i) or strip_conj(toks.forms[i]) != toks.forms[i]
    ):
        first = complement(toks, cues, i, openers, far=True)  # a far colon only after a main-clause cue
    if first is None:
        first = unmarked(ctx, i)  # «وأضاف العمير نحن لا ننظر …»
    if first is None:
        comma = post_comma(toks, i)
        return find_post(ctx, cues, i, comma) if comma is not None else None
    if first >= len(toks) or not (toks.is_word(first) or _opens_content(toks.forms[first])):
        return None
    if toks.forms[first - 1] == ":" and toks.forms[first] in COMPLEMENTISERS and first + 1 < len(toks):
        first += 1  # «قالت في بيان: إن …»: the complementiser after the colon is not the words
    last = clause_end(toks, cues, first, openers)
    if toks.forms[first - 1] == ":":
        last = colon_run_on(toks, cues, last)
    start = toks.starts[first] + (1 if charged(ctx, i, first) else 0)
    return Found("indirect", start, toks.ends[last], i, "verb", sentence_first(toks, i), first)


def _opens_content(form: str) -> bool:
    """A quote mark, or a number opening the reported clause («أعلنت الوزارة أن 15 شخصا قتلوا»)."""
    return form in QUOTE_MARKS or form[0].isdigit()


def _nominal(ctx: Context, cues: list[str], i: int, openers: set[int]) -> Found | None:
    """«نقلت X عن Y قوله (إن) …»: the content follows the verbal noun."""
    toks = ctx.tokens
    if not toks.forms[i].startswith("ب") and all(toks.forms[k] != "عن" for k in range(max(0, i - 12), i)):
        return None
    j = i + 1
    if j < len(toks) and (
        toks.forms[j] in COMPLEMENTISERS or toks.forms[j] in COMMAS or toks.forms[j] == ":"
    ):
        j += 1
    if j >= len(toks) or j in openers or not toks.is_word(j) or toks.sentence[j] != toks.sentence[i]:
        return None
    last = clause_end(toks, cues, j, openers)
    return Found("indirect", toks.starts[j], toks.ends[last], i, "nominal", sentence_first(toks, i), i)


def _dateline_via(ctx: Context, found: list[Found]) -> None:
    """A wire dateline credit is the via of the day's statements, up to the first background sentence."""
    agency = next((str(c.attrs.get("agency")) for c in ctx.credits if c.attrs.get("cue") == "dateline"), None)
    if agency is None:
        return
    toks = ctx.tokens
    background = _background_start(toks)
    for q in found:
        first = q.lo if q.lo < len(toks) else len(toks) - 1
        if q.via is None and toks.starts[first] < background and not _has_background(toks, q.lo, q.hi):
            q.via = agency


def _background_start(toks: Tokens) -> int:
    """Original offset of the first sentence that turns to background, or the text's length."""
    previous = -2
    for k in range(len(toks)):
        if toks.sentence[k] == previous:
            continue
        previous = toks.sentence[k]
        if _has_background(toks, k, sentence_end(toks, k)):
            return toks.starts[k]
    return len(toks.text)


def _has_background(toks: Tokens, lo: int, hi: int) -> bool:
    phrases = phrase_set("cues/background_cues.txt")
    forms = toks.forms
    for k in range(lo, min(hi, len(forms))):
        for size in (4, 3, 2):
            if tuple(forms[k : k + size]) in phrases:
                return True
    return lo < len(forms) and forms[lo] in {"وكان", "وكانت"} and "قد" in forms[lo : lo + 6]
