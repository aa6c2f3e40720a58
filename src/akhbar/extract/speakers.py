"""Who said a quotation, and through which outlet it was relayed.

The speaker is the subject after the cue (verb-subject order: «وقال بيسكوف»، «قال وزير الخارجية الروسي
سيرغي لافروف»), or right before it («بيسكوف قال»), or — for a cue without a subject («وأضاف»، «وتابع»،
«هو قال») — the previous speaker, the subject of the verb the cue is coordinated with («وتحدثت صحيفة X
عن … ودعت …»), or a mention before the cue that agrees with the cue's gender (قالت، تؤكد: a body or a
woman; قال: a man) and number (قالوا: a group, never one person). Speech reported inside another
quotation has its own speaker (the person those words name) and leaves the article's current speaker
alone. Descriptions («الدبلوماسي»، «وزير خارجيته») resolve through roles
(``referents.resolve_description``), bodies («الوزارة»، «الحلف») to the organisation the article names
(``referents.resolve_body``), reports («التقرير») to the body that wrote them; anonymous sources («مصدر
مسؤول») and common-noun bodies («الرئاسة المصرية») are their own description. In a relay («نقلت وكالة X
عن Y قوله»، «ذكرت X نقلا عن Y») Y speaks. ``via`` is the agency or outlet the words went through
(``relays.explicit_via``): a credit in the cue's clause, «لوكالة X»، «في مقابلة مع X»، «نقلت X عن»;
continuation cues inherit it; a wire dateline credit covers the day's statements until the article
turns to background («في وقت سابق»، «يذكر أن»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import appeal_gender, cue_gender, cue_kind, cue_plural, sentence_first, strip_conj
from akhbar.extract.found import Context, Found, Last, set_mention, take_last
from akhbar.extract.genders import agrees, person_genders
from akhbar.extract.referents import oblique, places_differ
from akhbar.extract.relays import (
    explicit_via,
    find_back,
    relay_back,
    relay_subject,
    relayed_source,
    relaying,
    subject_name,
)
from akhbar.extract.roles import is_title, role_matches
from akhbar.extract.subject_addressees import after_topic
from akhbar.extract.subject_apposition import NOT_SUBJECTS
from akhbar.extract.subject_clauses import (
    set_clause_subject,
    set_complement_subject,
    set_fronted,
    set_previous_actor,
    set_topic,
)
from akhbar.extract.subject_descriptions import set_description
from akhbar.extract.subject_groups import group_phrase, plural_group, set_dual, set_group, set_pair
from akhbar.extract.subject_titles import definite_again
from akhbar.extract.subjects import set_before, set_from_range, set_subject
from akhbar.extract.words import word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.words import Tokens


__all__ = ["Context", "Found", "resolve_speakers"]


def resolve_speakers(ctx: Context, found: Sequence[Found]) -> None:
    """Fill ``speaker``, ``speaker_span`` and ``via`` of every quotation, in cue order."""
    cues = {q.cue_tok: cue_gender(ctx.tokens.forms[q.cue_tok]) for q in found if q.cue_tok >= 0}
    ctx.genders.update(person_genders(ctx.tokens, ctx.linked, cues))
    outer = Last()
    # words reported inside another quotation do not change who the article is quoting: cues inside the
    # same quotation go on from each other, the others from the article's last speaker
    inner: dict[object, Last] = {}
    _mark_embedded(ctx, found)
    ctx.quoted[:] = [(q.start, q.end) for q in found]
    for q in sorted(found, key=lambda f: ctx.tokens.starts[f.cue_tok] if f.cue_tok >= 0 else f.start):
        box = q.extra.get("outside")
        last = inner.get(box, outer) if box else outer
        _speaker(ctx, q, last)
        if box and q.speaker is not None:
            last = inner.setdefault(box, Last())
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
            last.gender = str(q.extra.get("gender", ""))
    relay_back(ctx, found)
    _named_later(ctx, found)


def _mark_embedded(ctx: Context, found: Sequence[Found]) -> None:
    """``extra["inside"]``: the content span of the innermost other quotation a cue lies in («ذكر لافروف
    أن أوباما كان يكذب عندما قال إن …»، «وأضاف: «تحدث مشعل …، مشيرا إلى أن …»»); ``extra["outside"]``
    that of the outermost, whose cues go on from each other."""
    toks = ctx.tokens
    for q in found:
        if q.cue_tok < 0 or _new_clause(toks, q.cue_tok):
            continue
        cue = toks.starts[q.cue_tok]
        around = [p for p in found if p is not q and p.start <= cue < p.end]
        if around:
            inner = min(around, key=lambda p: p.end - p.start)
            outer = max(around, key=lambda p: p.end - p.start)
            q.extra["inside"], q.extra["outside"] = (inner.start, inner.end), (outer.start, outer.end)
            q.extra["inside_direct"] = inner.kind == "direct"


_CONNECTORS = frozenset(fold(w) for w in ("فيما", "بينما", "حين", "كما", "وكما"))


def _new_clause(toks: Tokens, c: int) -> bool:
    """«…، فيما أوضح شكري أن …»: a cue after a connector opens a clause of the narration, even where the
    quotation before runs on over it."""
    return c > 0 and toks.forms[c - 1] in _CONNECTORS


_NAMED_WITHIN = 3  # sentences


def _named_later(ctx: Context, found: Sequence[Found]) -> None:
    """A title the article never tied to a name («قال حاكم مصرف لبنان المركزي، إن …») is the person
    named as the next speaker a few sentences on («وقال رياض سلامة …»), unless that person's own role
    says otherwise; quotations that took the title as their speaker follow it."""
    toks = ctx.tokens
    ordered = sorted((q for q in found if q.cue_tok >= 0), key=lambda f: f.cue_tok)
    for i, q in enumerate(ordered):
        if q.speaker is None or q.speaker_label or q.speaker_span is None:
            continue
        if q.implicit and "anonymous" not in q.extra:
            continue  # it went on from an earlier speaker: that quotation decides

        words = q.speaker.split()
        if not words or not is_title(fold(words[0]).lower()):
            continue
        named = next((p for p in ordered[i + 1 :] if p.speaker_label == "PERS" and not p.implicit), None)
        if named is None or toks.sentence[named.cue_tok] - toks.sentence[q.cue_tok] > _NAMED_WITHIN:
            continue
        if q.extra.get("anonymous") and not definite_again(ctx, words[0], named.speaker_span):
            continue  # «مسؤول في شركة X» … «فلان مسؤول التأجير في شركة Y»: someone else
        roles = [
            str(m.attrs["role"])
            for m in ctx.linked
            if m.label == "PERS" and m.attrs.get("canonical") == named.speaker and m.attrs.get("role")
        ]
        fits = [role_matches(q.speaker, r) for r in roles if not places_differ(q.speaker, r)]
        if roles and max(fits, default=0.0) < 0.5:
            continue
        title = q.speaker
        for p in found:
            if p.speaker == title and not p.speaker_label:
                p.speaker, p.speaker_label, p.speaker_span = named.speaker, "PERS", named.speaker_span


def _same(a: str, b: str) -> bool:
    x, y = a.replace(" ", ""), b.replace(" ", "")
    return x in y or y in x


def _speaker(ctx: Context, q: Found, last: Last) -> None:
    if q.mode == "uncued" or q.cue_tok < 0:
        take_last(q, last)
        return
    if q.mode == "attribution":
        if not set_from_range(ctx, q, *q.source) and not _set_previous_people(ctx, q):
            _implicit(ctx, q, last)
        return
    if q.mode == "post" and q.source[1] > q.source[0]:  # «…، كما أفاد به مصدر»: the subject after the cue
        lo = q.source[0]
        if not set_subject(ctx, q, lo, last) and not set_description(ctx, q, lo):
            _implicit(ctx, q, last)
        return
    # «…، على حد قوله»: whoever was speaking; «…، داعية طهران إلى “…”»: the one appealed to is no subject
    if (q.mode == "post" and q.source != (0, 0)) or appeal_gender(ctx.tokens, q.cue_tok):
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
    # «كان كارتر قد قال للملك …»، «أن فلان أبلغ علان أن …»: the subject stands before the cue
    before = q.cue_tok >= 2 and ctx.tokens.forms[q.cue_tok - 1] == "قد" and set_before(ctx, q, last)
    before = before or set_complement_subject(ctx, q)
    if not (
        before or set_subject(ctx, q, start, last) or set_before(ctx, q, last) or set_fronted(ctx, q, last)
    ):
        _implicit(ctx, q, last)
    q.implicit = q.implicit or passive
    _relayed_from(ctx, q, last)


def _relayed_from(ctx: Context, q: Found, last: Last) -> None:
    """«ذكرت وكالة X نقلا عن مصادر مطلعة أن …»: the source speaks, the subject relayed it."""
    toks, c = ctx.tokens, q.cue_tok
    for k in range(c + 1, min(len(toks) - 1, c + 10)):
        if toks.starts[k] >= q.start or toks.sentence[k] != toks.sentence[c]:
            return
        if toks.forms[k] == "نقلا" and toks.forms[k + 1] == "عن":
            relay, relay_label = q.speaker, q.speaker_label
            if set_subject(ctx, q, k + 2, last) and relay is not None and relay_label != "PERS":
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
    set_mention(ctx, q, names[0])
    if len(names) == 2:
        other = ctx.linked[names[1]]
        q.speaker = f"{q.speaker} و{other.attrs.get('canonical') or ctx.text[other.start : other.end]}"
    return True


def _implicit(ctx: Context, q: Found, last: Last) -> None:
    """No subject: the previous speaker or a mention before the cue that agrees with it in gender.

    A feminine cue (قالت، تؤكد) takes a body (ORG/LOC) or a woman; a masculine one a man. A plural cue
    takes a group (or two people joined by «و»), never one person; a singular cue never a group. Inside
    reported words the person they are about speaks (``_embedded_subject``). The previous speaker wins
    in the cue's own sentence and after a participle («مشيرا»); then the subject of the verb the cue is
    coordinated with (``subject_clauses``); then the first fitting mention of the sentence; then the
    previous speaker, then the nearest fitting person. A feminine cue with nothing fitting stays
    without a speaker.
    """
    toks, c = ctx.tokens, q.cue_tok
    plural = cue_plural(toks.forms[c])
    if (plural and _group(ctx, q, last)) or set_dual(ctx, q, last) or _embedded_subject(ctx, q):
        return  # «لأنهما قالا»: two joined by «و», never one speaker
    # «وتابعت الوثيقة»: the verb agrees with a subject that is no one's name, not with the speaker
    subject = (
        toks.is_word(c + 1) and toks.forms[c + 1].startswith("ال") and toks.forms[c + 1] not in NOT_SUBJECTS
    )
    appeal = appeal_gender(toks, c)  # «داعية»: a feminine participle, not the verbal noun
    want = appeal or ("" if subject else cue_gender(toks.forms[c]))
    q.implicit = True
    last_fits = _last_fits(ctx, last, want, plural=plural)
    participle = cue_kind(toks.forms[c]) == "participle" or bool(appeal)  # «…، مشيرا إلى أن»: it goes on
    if participle and last_fits and set_clause_subject(ctx, q):
        pass  # «وأشاد الوزير فلان بـ …، مؤكدا أن …»: the subject of the verb the participle goes with
    elif not participle and set_previous_actor(ctx, q, last):
        pass  # «رفض فلان القرار. وقال إن …»: the person the sentence before was about
    elif last_fits and (participle or last.sentence == toks.sentence[c] or after_topic(toks, c)):
        take_last(q, last)  # «وحول فلان، أكد أن …»: the names of the topic do not speak
    elif _pronoun_subject(ctx, c) and last.name is None:
        set_topic(ctx, q)  # «وقال سموه» with nobody quoted before: whom the article is about, or nobody
    elif not set_clause_subject(ctx, q):
        _nearby(ctx, q, last, want, last_fits=last_fits, plural=plural)
    q.implicit = True


def _last_fits(ctx: Context, last: Last, want: str, *, plural: bool) -> bool:
    """The previous speaker can go on: a group for a plural cue, one speaker agreeing with a singular one
    (a person the article gave no gender cue for may be a woman: she goes on speaking)."""
    if last.name is None:
        return False
    pair = last.label == "PERS" and " و" in last.name
    if plural and last.label == "PERS" and not pair:
        return False  # «ويقولون»: not one person
    if not plural and (last.gender == "P" or pair):
        return False  # a group or two people speaking: a singular cue is someone else
    unknown = last.label == "PERS" and last.name not in ctx.genders
    return agrees(last.label, last.name, want, ctx.genders) or unknown or last.gender == want


def _nearby(ctx: Context, q: Found, last: Last, want: str, *, last_fits: bool, plural: bool) -> None:
    """The first fitting mention of the cue's sentence, the previous speaker, the nearest fitting person;
    for a plural cue only the previous group or two people joined in the sentence."""
    toks, c = ctx.tokens, q.cue_tok
    before = [n for n, m in enumerate(ctx.linked) if m.end <= toks.starts[c]]
    same = [n for n in before if toks.sentence[toks.at(ctx.linked[n].start)] == toks.sentence[c]]
    if plural:  # «وقالوا»: a group; one person named nearby is not it, two named together are
        if last_fits:
            take_last(q, last)
        else:
            form = strip_conj(toks.forms[q.cue_tok])
            if cue_kind(form) == "participle" or form.endswith("ا"):  # «أكدا»، «مؤكدين», not «أعلنوا»
                set_pair(ctx, q, same)
        return
    fitting = [
        n for n in same if (ctx.linked[n].label == "PERS" or want == "F") and _fits_mention(ctx, n, want)
    ]
    if fitting:
        set_mention(ctx, q, fitting[0])  # the clause's subject comes first
    elif last_fits:
        take_last(q, last)
    elif want != "F" or any(ctx.genders.get(_canonical(ctx, n)) == "F" for n in before):
        everyone = [n for n in before if ctx.linked[n].label == "PERS" and _fits_mention(ctx, n, want)]
        if everyone:
            set_mention(ctx, q, everyone[-1])


def _embedded_subject(ctx: Context, q: Found) -> bool:
    """A singular cue without a subject inside reported words speaks for the person those words are
    about, the last named before it in its sentence of them and not behind a preposition («ذكر لافروف
    أن الرئيس أوباما كان يكذب عندما قال إن …»: Obama), not for whoever reported them. A participle
    does so only inside quote marks; after indirect words it goes on from their reporter."""
    inside = q.extra.get("inside")
    toks, c = ctx.tokens, q.cue_tok
    want = cue_gender(toks.forms[c])
    if not isinstance(inside, tuple) or not want:
        return False  # a plural or dual cue: a group, found otherwise
    if cue_kind(toks.forms[c]) == "participle" and not q.extra.get("inside_direct"):
        return False  # «…، لافتا إلى أن …» after reported words: the reporter goes on
    people = [
        n
        for n, m in enumerate(ctx.linked)
        if m.label == "PERS"
        and not oblique(ctx.text, m)  # «بأنه لا وجود لبشار الأسد … وأنه قد أكد»: not the subject
        and inside[0] <= m.start
        and m.end <= toks.starts[c]
        and toks.sentence[toks.at(m.start)] == toks.sentence[c]
        and _fits_mention(ctx, n, want)
    ]
    if people:
        set_mention(ctx, q, people[-1])  # «أن دي ميستورا أبلغهم أن نصر الله قال»: the nearest
        q.implicit = True
    return bool(people)


def _pronoun_subject(ctx: Context, c: int) -> bool:
    return ctx.tokens.is_word(c + 1) and ctx.tokens.forms[c + 1] in word_set("cues/pronoun_cues.txt")


_GROUP_WITHIN = 2  # sentences back to the group a plural cue continues
_ON_THEIR_PART = frozenset({"جهتهم", "جانبهم"})


def _group(ctx: Context, q: Found, last: Last) -> bool:
    """A plural cue with no subject («وأكدوا أن»، «…، مؤكدين أن»): the group that was speaking (a
    description, or several people named together), else the group subject of a sentence just before
    («ثمنت قيادات أمنية …. وأكدوا …»، «من جهتهم أعرب ذوو الشهداء عن …، مؤكدين أن …»)."""
    toks, c = ctx.tokens, q.cue_tok
    sentence = toks.sentence[c]
    if (
        last.name is not None
        and sentence - last.sentence <= _GROUP_WITHIN
        and (last.gender == "P" or " و" in last.name)
    ):
        take_last(q, last)
        return True
    k = c
    while k >= 0 and sentence - toks.sentence[k] <= _GROUP_WITHIN:
        first = sentence_first(toks, k)
        subject = (
            first + 3
            if tuple(toks.forms[first : first + 2]) in {("من", w) for w in _ON_THEIR_PART}
            else first + 1
        )
        if subject < c and plural_group(toks, subject) and ctx.taken[subject] < 0:
            set_group(ctx, q, *group_phrase(toks, subject))
            q.implicit = True
            return True
        k = first - 1
    return False


def _canonical(ctx: Context, n: int) -> str:
    m = ctx.linked[n]
    return str(m.attrs.get("canonical") or ctx.text[m.start : m.end])


def _fits_mention(ctx: Context, n: int, want: str) -> bool:
    return agrees(ctx.linked[n].label, _canonical(ctx, n), want, ctx.genders)
