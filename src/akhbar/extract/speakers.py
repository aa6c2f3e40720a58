"""Who said a quotation, and through which outlet it was relayed.

The speaker is the subject after the cue (verb-subject order: «وقال بيسكوف»، «قال وزير الخارجية الروسي
سيرغي لافروف»), or right before it («بيسكوف قال»), or — for a cue without a subject («وأضاف»، «وتابع»،
«هو قال») — the previous speaker or a mention before the cue that agrees with the cue's gender
(قالت، تؤكد: a body or a woman; قال: a man). Descriptions («الدبلوماسي»، «وزير خارجيته») resolve through
roles (``linking.resolve_description``), bodies («الوزارة»، «الحلف») to the organisation the article
names (``linking.resolve_body``); anonymous sources («مصدر مسؤول») and common-noun bodies («الرئاسة
المصرية») are their own description. In a relay («نقلت وكالة X عن Y قوله»، «ذكرت X نقلا عن Y») Y speaks.
``via`` is the agency or outlet the words went through (``cues.explicit_via``): a credit in the cue's
clause, «لوكالة X»، «في مقابلة مع X»، «نقلت X عن»; continuation cues inherit it; a wire dateline credit
covers the day's statements until the article turns to background («في وقت سابق»، «يذكر أن»).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    cue_gender,
    cue_kind,
    explicit_via,
    find_back,
    relay_back,
    relay_subject,
    relayed_source,
    relaying,
    subject_name,
)
from akhbar.extract.linking import resolve_body, resolve_description
from akhbar.extract.roles import (
    STATEMENTS,
    agrees,
    body_heads,
    is_title,
    person_genders,
    phrase_at,
    role_matches,
    skip_honorifics,
    speaking_nouns,
)
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, Tokens, bare, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

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
class _Last:
    name: str | None = None
    label: str = ""
    span: tuple[int, int] | None = None
    via: str | None = None
    sentence: int = -2  # sentence of the last speaker's cue


def resolve_speakers(ctx: Context, found: Sequence[Found]) -> None:
    """Fill ``speaker``, ``speaker_span`` and ``via`` of every quotation, in cue order."""
    cues = {q.cue_tok: cue_gender(ctx.tokens.forms[q.cue_tok]) for q in found if q.cue_tok >= 0}
    ctx.genders.update(person_genders(ctx.tokens, ctx.linked, cues))
    last = _Last()
    for q in sorted(found, key=lambda f: ctx.tokens.starts[f.cue_tok] if f.cue_tok >= 0 else f.start):
        _speaker(ctx, q, last)
        if q.speaker is not None and not q.implicit and q.speaker_label == "PERS" and cues.get(q.cue_tok):
            ctx.genders.setdefault(q.speaker, cues[q.cue_tok])
        if q.via is None:
            q.via = explicit_via(ctx, q.lo, q.hi)
        if q.via is None and q.implicit and last.name == q.speaker:
            q.via = last.via
        if q.via is not None and q.speaker is not None and _same(q.via, q.speaker):
            q.via = None
        if q.speaker is not None:
            last.name, last.label, last.span, last.via = q.speaker, q.speaker_label, q.speaker_span, q.via
            last.sentence = ctx.tokens.sentence[q.cue_tok] if q.cue_tok >= 0 else -2
    relay_back(ctx, found)
    _named_later(ctx, found)


_NAMED_WITHIN = 3  # sentences


def _named_later(ctx: Context, found: Sequence[Found]) -> None:
    """A title the article never tied to a name («قال حاكم مصرف لبنان المركزي، إن …») is the person
    named as the next speaker a few sentences on («وقال رياض سلامة …»), unless that person's own role
    says otherwise; quotations that took the title as their speaker follow it."""
    toks = ctx.tokens
    ordered = sorted((q for q in found if q.cue_tok >= 0), key=lambda f: f.cue_tok)
    for i, q in enumerate(ordered):
        if q.speaker is None or q.speaker_label or q.implicit or q.speaker_span is None:
            continue
        words = q.speaker.split()
        if not words or not is_title(fold(words[0]).lower()):
            continue
        named = next((p for p in ordered[i + 1 :] if p.speaker_label == "PERS" and not p.implicit), None)
        if named is None or toks.sentence[named.cue_tok] - toks.sentence[q.cue_tok] > _NAMED_WITHIN:
            continue
        roles = [
            str(m.attrs["role"])
            for m in ctx.linked
            if m.label == "PERS" and m.attrs.get("canonical") == named.speaker and m.attrs.get("role")
        ]
        if roles and max(role_matches(q.speaker, r) for r in roles) < 0.5:
            continue
        title = q.speaker
        for p in found:
            if p.speaker == title and not p.speaker_label:
                p.speaker, p.speaker_label, p.speaker_span = named.speaker, "PERS", named.speaker_span


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
        about = find_back(ctx.tokens, q.cue_tok, "عن", 12)
        if about >= 0:
            q.via = subject_name(ctx, relay_subject(ctx, about))
            q.implicit = q.via is None
            start = about + 1
    if relaying(ctx.tokens.forms[q.cue_tok]):
        start = relayed_source(ctx, q, start)
    passive = q.implicit
    # «كان كارتر قد قال للملك …»: the subject stands before «قد»; what follows the cue is addressed
    before_qad = q.cue_tok >= 2 and ctx.tokens.forms[q.cue_tok - 1] == "قد" and _set_before(ctx, q, last)
    if not before_qad and not _set_subject(ctx, q, start, last) and not _set_before(ctx, q, last):
        _implicit(ctx, q, last)
    q.implicit = q.implicit or passive
    _relayed_from(ctx, q, last)


def _relayed_from(ctx: Context, q: Found, last: _Last) -> None:
    """«ذكرت وكالة X نقلا عن مصادر مطلعة أن …»: the source speaks, the subject relayed it."""
    toks, c = ctx.tokens, q.cue_tok
    for k in range(c + 1, min(len(toks) - 1, c + 10)):
        if toks.starts[k] >= q.start or toks.sentence[k] != toks.sentence[c]:
            return
        if toks.forms[k] == "نقلا" and toks.forms[k + 1] == "عن":
            relay, relay_label = q.speaker, q.speaker_label
            if _set_subject(ctx, q, k + 2, last) and relay is not None and relay_label != "PERS":
                q.via = q.via or relay
            return


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
    """Speaker from the words right after the cue: a name, a role, a body, a source, or a pronoun."""
    toks = ctx.tokens
    j = skip_honorifics(toks, j)
    while j < len(toks) and toks.forms[j] in QUOTE_MARKS:
        j += 1
    if not toks.is_word(j) or toks.sentence[j] != toks.sentence[max(q.cue_tok, 0)]:
        return False
    form = toks.forms[j]
    if form in word_set("cues/pronoun_cues.txt"):
        _take_last(q, last)
        return True
    if ctx.taken[j] < 0 and (bare(form) in OUTLETS or bare(form) in body_heads()):
        # «وكالة رويترز»، «منظمة العفو الدولية»، «وكالة أنباء (الأناضول)»: the descriptor before the name
        k = j + 1
        while k < len(toks) and k - j < 4 and ctx.taken[k] < 0 and toks.forms[k] in _DESCRIPTOR_FILLERS:
            k += 1
        j = k if k < len(toks) and ctx.taken[k] >= 0 else j
    if ctx.taken[j] >= 0:
        _set_mention(ctx, q, ctx.taken[j])
        return True
    if is_title(form):
        _set_described(ctx, q, j)
        return True
    definite = form.startswith("ال") and form not in _NOT_SUBJECTS
    for k in range(j + 1, min(j + 4, len(toks)) if definite else 0):  # «وقال البائع محمد ناصر»
        if ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label == "PERS":
            _set_mention(ctx, q, ctx.taken[k])
            return True
        if not (toks.is_word(k) and toks.forms[k].startswith("ال")) or toks.forms[k] in _NOT_SUBJECTS:
            break
    return bare(form) in speaking_nouns() and _set_named_by(ctx, q, j, last)


def _set_described(ctx: Context, q: Found, j: int) -> None:
    """A title: the person it introduces («وأضاف مديرها العام تيدروس»), the person given that role, or itself."""
    toks = ctx.tokens
    for n, m in enumerate(ctx.linked):
        if (
            m.attrs.get("role_start") is not None
            and toks.starts[j] <= int(m.attrs["role_start"]) < toks.ends[j]
        ):
            _set_mention(ctx, q, n)
            return
    lo, hi = phrase_at(toks, j)
    hi = _before_content(toks, q, lo, hi)
    named = [
        ctx.taken[k] for k in range(lo, hi) if ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label == "PERS"
    ]
    # the name that closes the phrase («المتحدث باسم مركز الملك سلمان … رأفت الصباغ، أن»)
    closing = [
        n for n in named if toks.at(ctx.linked[n].end) >= hi or toks.forms[toks.at(ctx.linked[n].end)] in "،,"
    ]
    if named:
        _set_mention(ctx, q, (closing or named)[0])
        return
    after = _apposed_name(ctx, q, hi)
    if after is not None:  # «وقال المتحدث الرسمي لمكتب الأمم المتحدة في جنيف، أحمد فوزي: …»
        _set_mention(ctx, q, after)
        return
    description = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    found = resolve_description(ctx.text, toks.starts[j], description, ctx.linked)
    if found is not None:
        _set_mention(ctx, q, ctx.linked.index(found))
    else:
        q.speaker, q.speaker_span, q.speaker_label = description, (toks.starts[lo], toks.ends[hi - 1]), ""


_APPOSITION_GAP = 6  # tokens between a description's end and the name given after it


def _apposed_name(ctx: Context, q: Found, hi: int) -> int | None:
    """A person named a few tokens after a description, before the quoted content starts."""
    toks = ctx.tokens
    stop = min(len(toks), hi + _APPOSITION_GAP)
    for k in range(hi, stop):
        if toks.starts[k] >= q.start or toks.sentence[k] != toks.sentence[hi - 1]:
            return None
        n = ctx.taken[k]
        if n >= 0 and ctx.linked[n].label == "PERS":
            return n
    return None


def _set_named_by(ctx: Context, q: Found, j: int, last: _Last) -> bool:
    """A body or a source without a name: «الوزارة» (the ministry named in the article), «بيان للوزارة»
    (the body in it), «المصادر» (the sources quoted last), «مصدر مسؤول»، «الرئاسة المصرية» (the
    description itself). ``False`` for a statement that names nobody («وتابعت الوثيقة»): its author is
    found as for a cue with no subject."""
    toks = ctx.tokens
    form, word = toks.forms[j], bare(toks.forms[j])
    lo, hi = phrase_at(toks, j)
    if form.startswith("ال") and last.name and not last.label and bare(fold(last.name).split()[0]) == word:
        _take_last(q, last)
        return True
    if form.startswith("ال") and word in body_heads():
        found = resolve_body(ctx.text, toks.starts[j], word, ctx.linked)
        if found is not None:
            _set_mention(ctx, q, ctx.linked.index(found))
            return True
    hi = _before_content(toks, q, lo, hi)
    inside = [ctx.taken[k] for k in range(lo + 1, hi) if ctx.taken[k] >= 0]
    if word in STATEMENTS:
        if inside:
            _set_mention(ctx, q, inside[0])
        return bool(inside)
    for n in inside:  # «مصدر مسؤول لرويترز»: the description ends before the outlet it spoke to
        m = ctx.linked[n]
        if m.label == "ORG" or toks.starts[toks.at(m.start)] < m.start:
            hi = toks.at(m.start)
            break
    q.speaker = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    q.speaker_span, q.speaker_label = (toks.starts[lo], toks.ends[hi - 1]), ""
    return True


def _before_content(toks: Tokens, q: Found, lo: int, hi: int) -> int:
    """``hi`` cut so that a description ends before the quoted content («أكدت المؤسسة انتظام …»)."""
    return max(lo + 1, min(hi, toks.at(q.start))) if toks.starts[lo] < q.start else hi


def _set_before(ctx: Context, q: Found, last: _Last) -> bool:
    """Subject-verb order: a name or a pronoun right before a cue that has no conjunction."""
    toks, c = ctx.tokens, q.cue_tok
    k = c - 2 if c >= 2 and toks.forms[c - 1] == "قد" else c - 1  # «كارتر قد قال»
    if k < 0 or toks.forms[c][0] in "وف" or toks.sentence[k] != toks.sentence[c]:
        return False
    if ctx.taken[k] >= 0:
        _set_mention(ctx, q, ctx.taken[k])
        return True
    if toks.forms[k] in {"هو", "هي"}:
        people = [n for n, m in enumerate(ctx.linked) if m.label == "PERS" and m.end <= toks.starts[k]]
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
    """No subject: the previous speaker or a mention before the cue that agrees with it in gender.

    A feminine cue (قالت، تؤكد) takes a body (ORG/LOC) or a woman; a masculine one a man. The previous
    speaker wins in the cue's own sentence and after a participle («مشيرا»); then the first fitting
    mention of the sentence (the clause's subject); then the previous speaker, then the nearest
    fitting person. A previous speaker of unknown gender fits either cue. A feminine cue with
    nothing fitting stays without a speaker.
    """
    toks, c = ctx.tokens, q.cue_tok
    # «وتابعت الوثيقة»: the verb agrees with a subject that is no one's name, not with the speaker
    subject = (
        toks.is_word(c + 1) and toks.forms[c + 1].startswith("ال") and toks.forms[c + 1] not in _NOT_SUBJECTS
    )
    want = "" if subject else cue_gender(toks.forms[c])
    q.implicit = True
    before = [n for n, m in enumerate(ctx.linked) if m.end <= toks.starts[c]]
    same = [n for n in before if toks.sentence[toks.at(ctx.linked[n].start)] == toks.sentence[c]]
    # a person the article gave no gender cue for may be a woman: she goes on speaking
    unknown = last.label == "PERS" and last.name is not None and last.name not in ctx.genders
    last_fits = last.name is not None and (agrees(last.label, last.name, want, ctx.genders) or unknown)
    participle = cue_kind(toks.forms[c]) == "participle"  # «…، مشيرا إلى أن»: the statement goes on
    if last_fits and (participle or last.sentence == toks.sentence[c]):
        _take_last(q, last)
        return
    fitting = [
        n for n in same if (ctx.linked[n].label == "PERS" or want == "F") and _fits_mention(ctx, n, want)
    ]
    if fitting:
        _set_mention(ctx, q, fitting[0])  # the clause's subject comes first
    elif last_fits:
        _take_last(q, last)
    elif want != "F" or any(ctx.genders.get(_canonical(ctx, n)) == "F" for n in before):
        everyone = [n for n in before if ctx.linked[n].label == "PERS" and _fits_mention(ctx, n, want)]
        if everyone:
            _set_mention(ctx, q, everyone[-1])
    q.implicit = True


_DESCRIPTOR_FILLERS = frozenset({"انباء", "الانباء", "(", '"', "«", "“"})
_NOT_SUBJECTS = frozenset(
    fold(w)
    for w in (
        "اليوم",
        "الليلة",
        "الآن",
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الذي",
        "التي",
    )
)


def _canonical(ctx: Context, n: int) -> str:
    m = ctx.linked[n]
    return str(m.attrs.get("canonical") or ctx.text[m.start : m.end])


def _fits_mention(ctx: Context, n: int, want: str) -> bool:
    return agrees(ctx.linked[n].label, _canonical(ctx, n), want, ctx.genders)
