"""Who said a quotation, and through which outlet it was relayed.

The speaker is the subject after the cue (verb-subject order: «وقال بيسكوف»، «قال وزير الخارجية الروسي
سيرغي لافروف»), or right before it («بيسكوف قال»), or — for a cue without a subject («وأضاف»، «وتابع»،
«هو قال») — the previous speaker, with feminine cues (قالت، تؤكد) preferring a body (ORG/LOC).
Descriptions («الدبلوماسي»، «وزير خارجيته») resolve through roles (``linking.resolve_description``).
``via`` is the agency or outlet the words went through: a credit in the cue's clause, «لوكالة X»،
«في مقابلة مع X»، «نقلت X عن»; continuation cues inherit it; a wire dateline credit covers the day's
statements until the article turns to background («في وقت سابق»، «يذكر أن»).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from akhbar.extract.linking import resolve_description
from akhbar.extract.roles import is_title, phrase_at
from akhbar.extract.words import QUOTE_MARKS, Tokens, bare, family_map, phrase_set, word_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.model import Span

_MEDIA = frozenset(
    {"لوكاله", "لصحيفه", "لقناه", "لموقع", "لتلفزيون", "لاذاعه", "لشبكه", "لجريده", "لمجله", "لوكالات"}
)
_CONTEXTS = frozenset({"مقابله", "حوار", "حديث", "تصريح", "تصريحات", "اتصال", "تعليق", "بيان", "لقاء"})
_RELAY_OPENERS = frozenset({"جاء", "جاءت", "وجاء", "وجاءت"})
_RELAY_SUBJECTS = frozenset({"ذلك", "هذا", "ذالك", "تصريحات", "التصريحات", "حديثه", "كلامه"})


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


@dataclass(slots=True)
class _Last:
    name: str | None = None
    label: str = ""
    span: tuple[int, int] | None = None
    via: str | None = None


def resolve_speakers(ctx: Context, found: Sequence[Found]) -> None:
    """Fill ``speaker``, ``speaker_span`` and ``via`` of every quotation, in cue order."""
    last = _Last()
    for q in sorted(found, key=lambda f: ctx.tokens.starts[f.cue_tok] if f.cue_tok >= 0 else f.start):
        _speaker(ctx, q, last)
        if q.via is None:
            q.via = _explicit_via(ctx, q.lo, q.hi)
        if q.via is None and q.implicit and last.name == q.speaker:
            q.via = last.via
        if q.via is not None and q.speaker is not None and _same(q.via, q.speaker):
            q.via = None
        if q.speaker is not None:
            last.name, last.label, last.span, last.via = q.speaker, q.speaker_label, q.speaker_span, q.via
    _relay_back(ctx, found)


def _same(a: str, b: str) -> bool:
    x, y = a.replace(" ", ""), b.replace(" ", "")
    return x in y or y in x


def _speaker(ctx: Context, q: Found, last: _Last) -> None:
    if q.mode == "uncued" or q.cue_tok < 0:
        _take_last(q, last)
        return
    if q.mode == "attribution":
        if not _set_from_range(ctx, q, *q.source) and not _set_previous_people(ctx, q):
            _implicit(ctx, q, last)
        return
    start = q.cue_tok + 1
    if q.mode == "nominal":
        about = _find_back(ctx.tokens, q.cue_tok, "عن", 12)
        if about >= 0:
            q.via = _subject_name(ctx, _find_verb_subject(ctx, about))
            q.implicit = q.via is None
            start = about + 1
    if _lemma_of(ctx, q.cue_tok) == "نقل":
        start = _relayed(ctx, q, start)
    passive = q.implicit
    if not _set_subject(ctx, q, start, last) and not _set_before(ctx, q, last):
        _implicit(ctx, q, last)
    q.implicit = q.implicit or passive


def _lemma_of(ctx: Context, i: int) -> str:
    form = ctx.tokens.forms[i]
    verbs = family_map("cues/speech_verbs.txt")
    return verbs.get(form) or verbs.get(form[1:]) or ""


def _relayed(ctx: Context, q: Found, start: int) -> int:
    """«نقل موقع X نص الرسالة التي أرسلها Y»: X is the via, and a person named before the quote speaks."""
    toks = ctx.tokens
    j = start + 1 if toks.is_word(start) and bare(toks.forms[start]) in _OUTLET_NOUNS else start
    if 0 <= j < len(toks) and ctx.taken[j] >= 0:
        q.via = _subject_name(ctx, ctx.taken[j])
        for k in range(j + 1, q.hi):
            n = ctx.taken[k]
            if n >= 0 and n != ctx.taken[j] and ctx.linked[n].label == "PERS":
                return k
    return start


_OUTLET_NOUNS = frozenset({"موقع", "وكاله", "صحيفه", "قناه", "تلفزيون", "اذاعه", "شبكه"})


def _set_previous_people(ctx: Context, q: Found) -> bool:
    """«بحسب التصريحات»: the people named in the sentence before made them."""
    toks = ctx.tokens
    sentence = toks.sentence[q.cue_tok] - 1
    names: list[int] = []
    for n, m in enumerate(ctx.linked):
        if m.label == "PERS" and toks.sentence[toks.at(m.start)] == sentence:
            canonical = m.attrs.get("canonical")
            if all(ctx.linked[o].attrs.get("canonical") != canonical for o in names):
                names.append(n)
    if not names or len(names) > 2:
        return False
    _set_mention(ctx, q, names[0])
    if len(names) == 2:
        other = ctx.linked[names[1]]
        q.speaker = f"{q.speaker} و{other.attrs.get('canonical') or ctx.text[other.start : other.end]}"
    return True


def _take_last(q: Found, last: _Last) -> None:
    q.speaker, q.speaker_label, q.speaker_span, q.implicit = last.name, last.label, last.span, True


def _set_mention(ctx: Context, q: Found, index: int) -> None:
    m = ctx.linked[index]
    q.speaker = str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
    q.speaker_label, q.speaker_span = m.label, (m.start, m.end)
    toks = ctx.tokens
    after = toks.at(m.end)
    if after < len(toks) and toks.forms[after].startswith("و") and ctx.taken[after] not in (-1, index):
        other = ctx.linked[ctx.taken[after]]
        q.speaker += " و" + str(other.attrs.get("canonical") or ctx.text[other.start : other.end])
        q.speaker_span = (m.start, other.end)


def _set_subject(ctx: Context, q: Found, j: int, last: _Last) -> bool:
    """Speaker from the words right after the cue: a name, a role, a description or a pronoun."""
    toks = ctx.tokens
    j = _skip_honorifics(toks, j)
    while j < len(toks) and toks.forms[j] in QUOTE_MARKS:
        j += 1
    if not toks.is_word(j) or toks.sentence[j] != toks.sentence[max(q.cue_tok, 0)]:
        return False
    form = toks.forms[j]
    if form in word_set("cues/pronoun_cues.txt"):
        _take_last(q, last)
        return True
    if ctx.taken[j] >= 0:
        _set_mention(ctx, q, ctx.taken[j])
        return True
    if not is_title(form):
        return False
    for n, m in enumerate(ctx.linked):
        if (
            m.attrs.get("role_start") is not None
            and toks.starts[j] <= int(m.attrs["role_start"]) < toks.ends[j]
        ):
            _set_mention(ctx, q, n)
            return True
    lo, hi = phrase_at(toks, j)
    description = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    found = resolve_description(ctx.text, toks.starts[j], description, ctx.linked)
    if found is not None:
        _set_mention(ctx, q, ctx.linked.index(found))
    else:
        q.speaker, q.speaker_span, q.speaker_label = description, (toks.starts[lo], toks.ends[hi - 1]), ""
    return True


def _set_before(ctx: Context, q: Found, last: _Last) -> bool:
    """Subject-verb order: a name or a pronoun right before a cue that has no conjunction."""
    toks, c = ctx.tokens, q.cue_tok
    if c < 1 or toks.forms[c][0] in "وف" or toks.sentence[c - 1] != toks.sentence[c]:
        return False
    if ctx.taken[c - 1] >= 0:
        _set_mention(ctx, q, ctx.taken[c - 1])
        return True
    if toks.forms[c - 1] in {"هو", "هي"}:
        people = [n for n, m in enumerate(ctx.linked) if m.label == "PERS" and m.end <= toks.starts[c - 1]]
        if people:
            _set_mention(ctx, q, people[-1])
            return True
    return False


def _set_from_range(ctx: Context, q: Found, lo: int, hi: int) -> bool:
    """Speaker of an attribution («بحسب X»): a person in the source, else any name, else a role."""
    inside = [ctx.taken[k] for k in range(lo, hi) if ctx.taken[k] >= 0]
    people = [n for n in inside if ctx.linked[n].label == "PERS"]
    pick = people or inside
    if pick:
        _set_mention(ctx, q, pick[0])
        return True
    for k in range(lo, hi):
        if ctx.tokens.is_word(k) and is_title(ctx.tokens.forms[k]):
            return _set_subject(ctx, q, k, _Last())
    return False


def _implicit(ctx: Context, q: Found, last: _Last) -> None:
    """No subject: a feminine cue prefers a body named just before, a masculine one a person."""
    toks, c = ctx.tokens, q.cue_tok
    cue = toks.forms[c]
    feminine = cue in ctx.feminine or cue[1:] in ctx.feminine
    sentence = toks.sentence[c]
    before = [n for n, m in enumerate(ctx.linked) if m.end <= toks.starts[c]]
    same = [n for n in before if toks.sentence[toks.at(ctx.linked[n].start)] == sentence]
    if feminine:
        bodies = [n for n in same if ctx.linked[n].label in {"ORG", "LOC"}]
        if bodies:
            _set_mention(ctx, q, bodies[-1])
            q.implicit = True
            return
        if last.name is not None and last.label in {"ORG", "LOC"}:
            _take_last(q, last)
            return
    people = [n for n in same if ctx.linked[n].label == "PERS"]
    if people and not feminine:
        _set_mention(ctx, q, people[-1])
    elif last.name is not None:
        _take_last(q, last)
    else:
        everyone = [n for n in before if ctx.linked[n].label == "PERS"]
        if everyone:
            _set_mention(ctx, q, everyone[-1])
    q.implicit = True


def _skip_honorifics(toks: Tokens, j: int) -> int:
    honorifics = phrase_set("cues/honorifics.txt")
    moved = True
    while moved:
        moved = False
        for size in (3, 2, 1):
            words = tuple(toks.forms[j : j + size])
            if len(words) == size and (
                words in honorifics or (size == 1 and bare(words[0]) in _BARE_HONORIFICS)
            ):
                j += size
                moved = True
                break
    return j


_BARE_HONORIFICS = frozenset({"سيد", "سيده", "شيخ", "دكتور", "دكتوره", "مهندس", "استاذ"})


def _find_back(toks: Tokens, i: int, form: str, limit: int) -> int:
    for k in range(i - 1, max(-1, i - limit - 1), -1):
        if toks.forms[k] == form:
            return k
        if toks.sentence[k] != toks.sentence[i]:
            break
    return -1


def _find_verb_subject(ctx: Context, about: int) -> int:
    """The first name between the relaying verb («نقلت») and «عن», or ``-1``."""
    toks = ctx.tokens
    k = about - 1
    while k >= 0 and about - k < 8 and toks.sentence[k] == toks.sentence[about]:
        if ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label in {"ORG", "MISC", "PERS"}:
            return ctx.taken[k]
        k -= 1
    return -1


def _subject_name(ctx: Context, index: int) -> str | None:
    if index < 0:
        return None
    m = ctx.linked[index]
    return _credit_at(ctx, m.start, m.end) or str(m.attrs.get("canonical") or ctx.text[m.start : m.end])


def _credit_at(ctx: Context, start: int, end: int) -> str | None:
    for c in ctx.credits:
        if c.start < end and start < c.end and c.attrs.get("cue") != "dateline":
            return str(c.attrs.get("agency") or ctx.text[c.start : c.end])
    return None


def _explicit_via(ctx: Context, lo: int, hi: int) -> str | None:
    """The outlet named in tokens ``[lo, hi)``: a credit, «لوكالة X», «في مقابلة مع X»."""
    toks = ctx.tokens
    if hi <= lo:
        return None
    credit = _credit_at(ctx, toks.starts[lo], toks.ends[hi - 1])
    if credit is not None:
        return credit
    for k in range(lo, hi):
        form = toks.forms[k]
        if form in _MEDIA or bare(form) in _CONTEXTS or form.removeprefix("في") in _CONTEXTS:
            for n in range(k + 1, min(hi, k + 5)):
                index = ctx.taken[n]
                if index >= 0 and ctx.linked[index].label == "ORG":
                    return _subject_name(ctx, index)
    return None


def _relay_back(ctx: Context, found: Sequence[Found]) -> None:
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
        via = _explicit_via(ctx, k, end)
        before = [q for q in ordered if q.start < toks.starts[k]]
        if via is None or not before:
            continue
        speaker = before[-1].speaker
        for p in reversed(before):
            if p.via is not None or p.speaker != speaker:
                break
            p.via = via
