"""Quotations: direct (between quote marks) and indirect (reported speech after a cue), with speakers.

Direct quotes pair “ ” « » ‹ › and straight marks per paragraph; an opening mark never closed runs
to the end of its paragraph, and a closing mark misplaced after a full stop, followed by more
first-person words and no new cue, is kept inside. A quoted term with no cue and no colon («حلف
“الناتو”») is a scare quote, not a quotation. Indirect speech is a speech verb (``cues/speech_verbs.txt``)
with a complementiser (إن، أن، بأن، أنه …), a claim in a noun phrase after أكد/شدد على/أعلن
(``cues/claim_heads.txt``) or the fact announced after «أعلن عن», «نقلت X عن Y قوله …», an attribution
(«بحسب X، فإن …»، «…، وفقا لـ X») or a cue after its content («…، كما أوضح المتحدث»). The span is the
reported words, without the marks, the complementiser and the sentence-final stop; all offsets are
original. Speakers and the outlet the words went through (``via``) come from ``extract.speakers``; a
quotation left without a speaker takes the speaker of an attributed quotation with the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    NOT_COMPLEMENT,
    POST,
    WEAK,
    clause_end,
    cue_kind,
    feminine_forms,
    sentence_end,
    sentence_first,
    strip_conj,
)
from akhbar.extract.linking import link_entities
from akhbar.extract.marks import find_direct
from akhbar.extract.roles import find_roles, is_title, mention_tokens
from akhbar.extract.speakers import Context, Found, resolve_speakers
from akhbar.extract.words import (
    QUOTE_MARKS,
    SENTENCE_END,
    bare,
    family_map,
    phrase_set,
    possessive_stem,
    tokenise,
    word_set,
)
from akhbar.model import Span
from akhbar.text.normalise import fold
from akhbar.text.sentences import iter_sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.words import Tokens

_WINDOW = 25
_POST_TAIL = 8  # «…، كما قال X»: only a short subject may follow the cue


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
    tokens = tokens if tokens is not None else tokenise(text, sents)
    linked = _linked(text, entities, tokens)
    ctx = Context(text, tokens, linked, mention_tokens(tokens, linked), credits, feminine_forms())
    cues = [cue_kind(f) for f in tokens.forms]
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
        if not kind or i in taken_cues:
            continue
        if kind == "attribution":
            q = _attribution(ctx, cues, i, openers)
        elif kind == "nominal":
            q = _nominal(ctx, cues, i, openers)
        else:
            q = _verb(ctx, cues, i, openers)
        if q is None or any(_governs(toks, d, q, i) for d in direct) or _runs_into(toks, q, direct, openers):
            continue
        for d in direct:
            if d.start <= q.start < d.end < q.end:
                q.end = d.end
        if q.end > q.start:
            out.append(q)
    return out


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


def _verb(ctx: Context, cues: list[str], i: int, openers: set[int]) -> Found | None:
    toks = ctx.tokens
    first = _complement(toks, cues, i, openers)
    mode = "verb"
    if first is None:
        first = _claim(ctx, cues, i)
    if first is None and _is_post(toks, i):
        return _post(ctx, cues, i)
    if (
        first is None
        or first >= len(toks)
        or (not toks.is_word(first) and toks.forms[first] not in QUOTE_MARKS)
    ):
        return None
    last = clause_end(toks, cues, first, openers)
    return Found("indirect", toks.starts[first], toks.ends[last], i, mode, sentence_first(toks, i), first)


def _complement(toks: Tokens, cues: list[str], i: int, openers: set[int]) -> int | None:
    """First token of the content after the cue's complementiser (or colon), or ``None``."""
    weak = bare(strip_conj(toks.forms[i])) in WEAK
    for j in range(i + 1, min(len(toks), i + _WINDOW)):
        form = toks.forms[j]
        if j in openers or form in SENTENCE_END or toks.sentence[j] != toks.sentence[i]:
            return None
        if cues[j] in {"verb", "nominal", "participle"}:
            return None  # «تبلغ من العمر 12 عاما، مشيرا إلى أن …»: the complement is the next cue's
        if form == ":" and not weak:
            return j + 1
        if form in COMPLEMENTISERS and toks.forms[j - 1] not in NOT_COMPLEMENT:
            k = j + 1
            while k < len(toks) and toks.forms[k] in COMMAS:
                k += 1
            return k
    return None


def _claim(ctx: Context, cues: list[str], i: int) -> int | None:
    """First token of a claim noun phrase after a claim verb («أكد الوزير أهمية …»), or ``None``."""
    toks = ctx.tokens
    lemma = _lemma(toks.forms[i])
    if lemma not in word_set("cues/claim_verbs.txt"):
        return None
    heads = word_set("cues/claim_heads.txt")
    for j in range(i + 1, min(len(toks), i + 12)):
        form = toks.forms[j]
        if (not toks.is_word(j) and form not in COMMAS) or cues[j] or toks.sentence[j] != toks.sentence[i]:
            return None
        if ctx.taken[j] < 0 and (bare(form) in heads or form in heads or possessive_stem(form) in heads):
            return j
        if form == "عن" and lemma == fold("أعلن") and toks.is_word(j + 1) and ctx.taken[j + 1] < 0:
            return j + 1  # «أعلنت الوزارة عن افتتاح مستشفى»: the announced fact
    if lemma == fold("اتهم"):
        return _accused(ctx, i)
    return None


def _accused(ctx: Context, i: int) -> int | None:
    """The object of اتهم: after the subject and the comma that closes it."""
    toks = ctx.tokens
    for j in range(i + 1, min(len(toks), i + 6)):
        if toks.forms[j] in COMMAS:
            return j + 1
    return None


def _lemma(form: str) -> str:
    verbs, participles = family_map("cues/speech_verbs.txt"), family_map("cues/participle_cues.txt")
    word = form if form in verbs or form in participles else form[1:]
    return fold(verbs.get(word) or participles.get(word) or word)


def _is_post(toks: Tokens, i: int) -> bool:
    k = i - 1
    if k >= 0 and toks.forms[k] == "ما":
        k -= 1
    return (
        k >= 1
        and (toks.forms[k] in POST or cue_kind(toks.forms[k]) == "attribution")
        and toks.forms[k - 1] in COMMAS
    )


def _post(ctx: Context, cues: list[str], i: int) -> Found | None:
    """«الوضع مستقر، كما أوضح المتحدث»: the content is the clause before the comma."""
    toks = ctx.tokens
    comma = i - 2 if toks.forms[i - 1] != "ما" else i - 3
    first = sentence_first(toks, comma)
    end = sentence_end(toks, i)
    if comma <= first or end - i > _POST_TAIL:
        return None
    return Found("indirect", toks.starts[first], toks.ends[comma - 1], i, "post", i, end)


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


def _attribution(ctx: Context, cues: list[str], i: int, openers: set[int]) -> Found | None:
    """«بحسب X، فإن …» (source first) or «…، وفقا لـ X» (source last)."""
    toks = ctx.tokens
    first = sentence_first(toks, i)
    if i == first or toks.forms[i][0] == "و" or (toks.forms[i - 1] in COMMAS and i - 1 == first):
        comma = next((k for k in range(i + 1, min(len(toks), i + 12)) if toks.forms[k] in COMMAS), None)
        if comma is None or toks.sentence[comma] != toks.sentence[i] or not _is_source(ctx, i + 1, comma):
            return None
        start = comma + 1
        if any(cues[k] in {"verb", "nominal"} for k in range(start, min(len(toks), start + 4))):
            return None
        if start < len(toks) and toks.forms[start] in COMPLEMENTISERS:
            start += 1
        if start >= len(toks) or not toks.is_word(start):
            return None
        last = clause_end(toks, cues, start, openers)
        q = Found("indirect", toks.starts[start], toks.ends[last], i, "attribution", first, comma)
        q.source = (i + 1, comma)
        return q
    end = sentence_end(toks, i)
    if toks.forms[i - 1] not in COMMAS or i - 1 <= first or not _is_source(ctx, i + 1, end):
        return None
    q = Found("indirect", toks.starts[first], toks.ends[i - 2], i, "attribution", i, end)
    q.source = (i + 1, end)
    return q


def _is_source(ctx: Context, lo: int, hi: int) -> bool:
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
