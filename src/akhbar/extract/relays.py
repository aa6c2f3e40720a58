"""The outlet a statement went through (its ``via``) and relayed speech («نقلت X عن Y»).

Outlet cues name the agency or outlet a statement went through: a credit on the cue's clause,
«لوكالة X»، «في مقابلة مع X» (``explicit_via``), or a sentence after the quotations, «جاء ذلك في تصريح
لـ X» (``relay_back``). A form of نقل relays someone else's words: «نقلت وكالة X عن Y» has X as the via
and Y as the speaker, «نقلت وكالة X عنه» the person quoted before (``relayed_source``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.words import OUTLETS, QUOTE_MARKS, Tokens, bare, family_map

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.speakers import Context, Found

_MEDIA = frozenset(
    {"لوكاله", "لصحيفه", "لقناه", "لموقع", "لتلفزيون", "لاذاعه", "لشبكه", "لجريده", "لمجله", "لوكالات"}
)
_CONTEXTS = frozenset({"مقابله", "حوار", "حديث", "تصريح", "تصريحات", "اتصال", "تعليق", "بيان", "لقاء"})
_RELAY_OPENERS = frozenset({"جاء", "جاءت", "وجاء", "وجاءت"})
_RELAY_SUBJECTS = frozenset({"ذلك", "هذا", "ذالك", "تصريحات", "التصريحات", "حديثه", "كلامه"})


def subject_name(ctx: Context, index: int) -> str | None:
    """The outlet a mention names: its agency credit when it lies on one, else its canonical name."""
    if index < 0:
        return None
    m = ctx.linked[index]
    return credit_at(ctx, m.start, m.end) or str(m.attrs.get("canonical") or ctx.text[m.start : m.end])


def credit_at(ctx: Context, start: int, end: int) -> str | None:
    """The agency of a credit (not a wire dateline) overlapping ``[start, end)``, or ``None``."""
    for c in ctx.credits:
        if c.start < end and start < c.end and c.attrs.get("cue") != "dateline":
            return str(c.attrs.get("agency") or ctx.text[c.start : c.end])
    return None


def explicit_via(ctx: Context, lo: int, hi: int) -> str | None:
    """The outlet named in tokens ``[lo, hi)``: a credit, «لوكالة X», «في مقابلة مع X»."""
    toks = ctx.tokens
    if hi <= lo:
        return None
    credit = credit_at(ctx, toks.starts[lo], toks.ends[hi - 1])
    if credit is not None:
        return credit
    for k in range(lo, hi):
        form = toks.forms[k]
        if form in _MEDIA or bare(form) in _CONTEXTS or form.removeprefix("في") in _CONTEXTS:
            for n in range(k + 1, min(hi, k + 5)):
                index = ctx.taken[n]
                if index >= 0 and ctx.linked[index].label == "ORG":
                    return subject_name(ctx, index)
    return None


def relay_back(ctx: Context, found: Sequence[Found]) -> None:
    """«جاء ذلك في تصريح لوكالة X»: the outlet of the quotations just before that sentence."""
    toks = ctx.tokens
    ordered = sorted(found, key=lambda f: f.start)
    previous = -2
    for k, form in enumerate(toks.forms):
        sentence = toks.sentence[k]
        if sentence == previous:
            continue
        previous = sentence
        if sentence < 0 or form not in _RELAY_OPENERS or toks.forms[k + 1 : k + 2] == []:
            continue
        if toks.forms[k + 1] not in _RELAY_SUBJECTS:
            continue
        end = k
        while end < len(toks) and toks.sentence[end] == sentence:
            end += 1
        via = explicit_via(ctx, k, end)
        before = [q for q in ordered if q.start < toks.starts[k]]
        if via is None or not before:
            continue
        speaker = before[-1].speaker
        for p in reversed(before):
            if p.via is not None or p.speaker != speaker:
                break
            p.via = via


def relaying(form: str) -> bool:
    """The cue is a form of نقل («نقلت وكالة X عن Y …»): the words are relayed, not said by the subject."""
    verbs = family_map("cues/speech_verbs.txt")
    return (verbs.get(form) or verbs.get(form[1:]) or "") == "نقل"


RELAYED_PRONOUNS, _RELAYED_WITHIN = frozenset({"عنه", "عنها"}), 8  # «نقلت وكالة X عنه»: up to 8 tokens on


def relayed_source(ctx: Context, q: Found, start: int) -> int:
    """Where the speaker of a relay is sought: «نقل موقع X نص الرسالة التي أرسلها Y» (X is the via, Y
    speaks), «نقلت صحيفة X عن مصادر …» (after «عن»), «نقلت وكالة X عنه القول» (the pronoun: the person
    quoted before); ``start`` when nothing was relayed."""
    toks = ctx.tokens
    near = range(start, min(len(toks), start + _RELAYED_WITHIN))
    k = next((k for k in near if toks.forms[k] in RELAYED_PRONOUNS and toks.starts[k] < q.start), -1)
    if k >= 0:
        return k  # «نقلت وكالة X عنه القول إن …»: the one quoted before speaks
    j = start + 1 if toks.is_word(start) and bare(toks.forms[start]) in OUTLETS else start
    while j < len(toks) and j > start and toks.forms[j] in QUOTE_MARKS:  # «وكالة «رويترز»»
        j += 1
    if 0 <= j < len(toks) and ctx.taken[j] >= 0:
        q.via = subject_name(ctx, ctx.taken[j])
        for k in range(j + 1, min(q.hi, len(toks) - 1)):
            if toks.forms[k] in ("عن", "قول") and toks.starts[k] < q.start:
                return k + 1  # «نقلت صحيفة X عن مصادر …»، «نقلت X قول الوزير إن …»: the source speaks
        for k in range(j + 1, q.hi):
            n = ctx.taken[k]
            if n >= 0 and n != ctx.taken[j] and ctx.linked[n].label == "PERS":
                return k
    return start


def find_back(toks: Tokens, i: int, form: str, limit: int) -> int:
    """The nearest token ``form`` at most ``limit`` tokens before ``i`` in its sentence, or ``-1``."""
    for k in range(i - 1, max(-1, i - limit - 1), -1):
        if toks.forms[k] == form:
            return k
        if toks.sentence[k] != toks.sentence[i]:
            break
    return -1


def relay_subject(ctx: Context, about: int) -> int:
    """The first name between the relaying verb («نقلت») and «عن», or ``-1``."""
    toks = ctx.tokens
    k = about - 1
    while k >= 0 and about - k < 8 and toks.sentence[k] == toks.sentence[about]:
        if ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label in {"ORG", "MISC", "PERS"}:
            return ctx.taken[k]
        k -= 1
    return -1
