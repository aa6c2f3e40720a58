"""A title as a cue's subject: the person it introduces, the person given that role, or itself.

«وأضاف مديرها العام تيدروس» (the name in the title), «وقال مدير الشركة، فلان: …» (the name in
apposition), «وأضاف الدبلوماسي» (the person whose role fits, ``referents.resolve_description``),
«وأضاف المدرب البرتغالي» (the speaker it goes on from), «المتحدث باسم الوزارة» (the body, when nobody is
named) or «دبلوماسي في الخارجية» (an anonymous source: its own description). The largest kind of
subject, so it has its own module next to ``subjects``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import COMMAS, COMPLEMENTISERS, cue_gender, strip_conj
from akhbar.extract.found import set_mention, take_last
from akhbar.extract.genders import agrees
from akhbar.extract.referents import resolve_body, resolve_description
from akhbar.extract.roles import (
    BARE_HONORIFICS,
    role_matches,
    skip_honorifics,
    speaking_nouns,
    title_gender,
)
from akhbar.extract.subject_descriptions import PREPOSITIONS, before_content, subject_phrase
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, bare, family_map
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found, Last
    from akhbar.extract.words import Tokens


def set_described(ctx: Context, q: Found, j: int, last: Last) -> None:
    """A title: the person it introduces («وأضاف مديرها العام تيدروس»), the person given that role, the
    speaker it goes on from («وأضاف المدرب البرتغالي»), or itself.

    A name in apposition right before the content wins over a name inside the title («وقالت مديرة النادي
    فلان، فلانة: …»); an indefinite title followed by a preposition («دبلوماسي في الخارجية») is an
    anonymous source, never a person named elsewhere.
    """
    toks = ctx.tokens
    lo, hi = subject_phrase(toks, j)
    hi = before_content(toks, q, lo, hi)
    after = _apposed_name(ctx, q, hi)
    if after is not None and _apposed(ctx, hi, after):
        set_mention(ctx, q, after)
        return
    for n, m in enumerate(ctx.linked):
        if (
            m.attrs.get("role_start") is not None
            and toks.starts[j] <= int(m.attrs["role_start"]) < toks.ends[j]
        ):
            set_mention(ctx, q, n)
            return
    named = [
        ctx.taken[k] for k in range(lo, hi) if ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label == "PERS"
    ]
    # the name that closes the phrase («المتحدث باسم مركز الملك سلمان … رأفت الصباغ، أن»)
    closing = [
        n for n in named if toks.at(ctx.linked[n].end) >= hi or toks.forms[toks.at(ctx.linked[n].end)] in "،,"
    ]
    if named:
        set_mention(ctx, q, (closing or named)[0])
        return
    if after is not None:  # «وقال المتحدث الرسمي لمكتب الأمم المتحدة في جنيف، أحمد فوزي: …»
        set_mention(ctx, q, after)
        return
    untagged = untagged_name(ctx, q, lo)
    if untagged is not None:  # «وأوضح المشرف على البرنامج الدكتور فلان الفلاني أن»: a name the tagger missed
        q.speaker, q.speaker_span, q.speaker_label = ctx.text[untagged[0] : untagged[1]], untagged, "PERS"
        return
    description = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    span = (toks.starts[lo], toks.ends[hi - 1])
    anonymous = _anonymous(toks, j)
    qualified_span = (toks.starts[lo], toks.ends[_qualified_end(ctx, q, hi) - 1])
    qualified = ctx.text[qualified_span[0] : qualified_span[1]]
    found = None if anonymous else resolve_description(ctx.text, toks.starts[j], qualified, ctx.linked)
    body = None if found is not None or anonymous else _spokesman_of(ctx, j, lo, hi)
    if found is not None:
        set_mention(ctx, q, ctx.linked.index(found))
        q.extra["gender"] = title_gender(toks.forms[j])  # «وزير الطاقة» for a woman: «وأضاف» goes on
    elif body is not None:  # «صرح المتحدث الأمني بوزارة الداخلية»: nobody named, the ministry speaks
        set_mention(ctx, q, body)
        q.extra["gender"] = title_gender(toks.forms[j]) or "M"  # «وبين أنه»: the spokesman goes on
    elif (spoken := _spoken_for(ctx, j)) is not None:  # «متحدث باسم الإدارة»: the body speaks
        q.speaker, q.speaker_span, q.speaker_label = ctx.text[spoken[0] : spoken[1]], spoken, ""
        alone = toks.at(spoken[1] - 1) == toks.at(spoken[0])  # «متحدث باسم الوزارة»: the head word alone
        head = bare(toks.forms[toks.at(spoken[0])])
        body_named = resolve_body(ctx.text, spoken[0], head, ctx.linked) if alone else None
        if body_named is not None:  # the ministry the article named, as «وقالت الوزارة» is
            set_mention(ctx, q, ctx.linked.index(body_named))
        q.extra["gender"] = title_gender(toks.forms[j]) or "M"
    elif not anonymous and _goes_on(ctx, q, description, last):
        take_last(q, last)
        q.implicit = False
    else:
        if not anonymous:  # a definite title keeps the place it belongs to, which tells it from others
            description, span = qualified, qualified_span
        q.extra["anonymous"] = anonymous
        q.speaker, q.speaker_span, q.speaker_label = _whose(ctx, description, toks.starts[j]), span, ""


_QUALIFIERS = frozenset({"في", "من", "ب"})
_NOT_QUALIFIERS = frozenset({"الي", "التي", "الذي", "الذين"})  # «إلى» folds to a word with «ال»
_QUALIFIER_WORDS = 3


def _qualified_end(ctx: Context, q: Found, hi: int) -> int:
    """The end of a description with the place it belongs to («الدبلوماسي الكبير في الخارجية الأمريكية»):
    a preposition and up to three definite words after ``hi``, before the quoted content."""
    toks = ctx.tokens
    if hi >= len(toks) or toks.forms[hi] not in _QUALIFIERS:
        return hi
    k = hi + 1
    while k < min(len(toks), hi + 1 + _QUALIFIER_WORDS) and toks.forms[k].startswith("ال"):
        if toks.forms[k] in _NOT_QUALIFIERS:
            break
        if toks.starts[k] >= q.start > toks.starts[q.cue_tok]:
            break
        k += 1
    return k if k > hi + 1 else hi


_GOING_ON = frozenset(fold(w) for w in ("أضاف", "تابع", "أردف", "استطرد"))


_GONE_ON_WITHIN = 2  # sentences between the last speaker's cue and a description going on from them


def _goes_on(ctx: Context, q: Found, description: str, last: Last) -> bool:
    """«وأضاف المدرب البرتغالي»: a definite title after a cue that continues («أضاف»، «تابع») names the
    person who was speaking, when no role the article gives them says otherwise; after any cue, the title
    the last speaker was introduced with («وقال فلان المتحدث باسم المجلس … وأكد المتحدث أن»)."""
    toks = ctx.tokens
    lemma = family_map("cues/speech_verbs.txt").get(strip_conj(toks.forms[q.cue_tok]), "")
    if last.label != "PERS" or last.name is None:
        return False
    if fold(lemma) not in _GOING_ON and not _introduced_as(ctx, last, description):
        return False
    if not description.startswith("ال") or toks.sentence[q.cue_tok] - last.sentence > _GONE_ON_WITHIN:
        return False
    if not agrees("PERS", last.name, cue_gender(toks.forms[q.cue_tok]), ctx.genders):
        return False
    roles = [
        str(r)
        for m in ctx.linked
        if m.attrs.get("canonical") == last.name
        for r in (m.attrs.get("role"), m.attrs.get("role_also"))
        if r
    ]
    return not roles or max(role_matches(description, r) for r in roles) >= 0.5


def _introduced_as(ctx: Context, last: Last, description: str) -> bool:
    """The title right after the last speaker's name (a comma between allowed) is ``description``'s head."""
    toks = ctx.tokens
    if last.span is None or not description:
        return False
    k = toks.at(last.span[1])
    k += k < len(toks) and toks.forms[k] in COMMAS
    return k < len(toks) and bare(toks.forms[k]) == bare(fold(description.split()[0]))


_SPOKESMEN = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})


def _spokesman_of(ctx: Context, j: int, lo: int, hi: int) -> int | None:
    """The organisation an unnamed spokesman's title names («المتحدث باسم الوزارة»، «الناطق الرسمي للحلف»)."""
    if bare(ctx.tokens.forms[j]) not in _SPOKESMEN:
        return None
    return next((n for k in range(lo, hi) if (n := ctx.taken[k]) >= 0 and ctx.linked[n].label == "ORG"), None)


def _spoken_for(ctx: Context, j: int) -> tuple[int, int] | None:
    """«متحدث باسم الإدارة»، «متحدث باسم الشرطة السويسرية» with nobody named and no organisation tagged:
    the body after «باسم» speaks, as described here (an earlier, fuller description may be another body:
    «الشرطة الدولية» is not the local «الشرطة»). Not when a name the tagger missed follows («الناطق باسم
    الوزارة إياد …»)."""
    toks = ctx.tokens
    k = j + 1 if j + 1 < len(toks) and toks.forms[j + 1] == "باسم" else j + 2  # «المتحدث الرسمي باسم»
    if bare(toks.forms[j]) not in _SPOKESMEN or k + 1 >= len(toks) or toks.forms[k] != "باسم":
        return None
    word, hi = toks.forms[k + 1], k + 2
    if ctx.taken[k + 1] >= 0 or not word.startswith("ال") or bare(word) not in speaking_nouns():
        return None
    while hi < len(toks) and toks.forms[hi].startswith("ال") and toks.forms[hi] not in _NOT_BODY:
        hi += 1  # «السويسرية»: the body's adjectives
    if (
        hi < len(toks)
        and toks.is_word(hi)
        and toks.forms[hi] not in _AFTER_BODY
        and not _told(toks.forms[hi])
    ):
        return None  # a name or more words: not just the body
    return toks.starts[k + 1], toks.ends[hi - 1]


_NOT_BODY = frozenset(  # «إلى» folds to a word with «ال»
    fold(w) for w in ("إلى", "التي", "الذي", "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس")
)
# what may follow a body spoken for: a place, a time or the content
_AFTER_BODY = COMPLEMENTISERS | frozenset(fold(w) for w in ("في", "إلى", "أمس", "يوم", "مساء", "صباح"))


def _told(form: str) -> bool:
    """«لوكالة …»، «للصحافيين»: whom the spokesman spoke to, after the body he spoke for."""
    return form[:1] == "ل" and (
        bare(form[1:]) in OUTLETS or form.startswith(("للصحفي", "للصحافي", "للاعلام"))
    )


def _anonymous(toks: Tokens, j: int) -> bool:
    """«دبلوماسي في الخارجية»، «مسؤول من الوزارة»: an indefinite title and a preposition, nobody named."""
    form = toks.forms[j]
    return not form.startswith(("ال", "وال")) and j + 1 < len(toks) and toks.forms[j + 1] in PREPOSITIONS


def _apposed(ctx: Context, hi: int, n: int) -> bool:
    """Name ``n`` stands in apposition right after the description's comma, right before the content."""
    toks = ctx.tokens
    m = ctx.linked[n]
    first, nxt = toks.at(m.start), toks.at(m.end)
    opens = nxt >= len(toks) or toks.forms[nxt] in COMPLEMENTISERS or toks.forms[nxt] in {":", *QUOTE_MARKS}
    return hi < len(toks) and toks.forms[hi] in COMMAS and first == hi + 1 and opens


_ON_BEHALF = ("باسمه", "باسمها")


def _whose(ctx: Context, description: str, position: int) -> str:
    """«المتحدث باسمه» → «المتحدث باسم فلان»: the possessive names the last person before (a woman for ـها)."""
    words = description.split()
    suffix = fold(words[-1]) if words else ""
    if suffix not in _ON_BEHALF:
        return description
    want = "F" if suffix.endswith("ها") else "M"
    for m in reversed(ctx.linked):
        name = str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
        if m.end <= position and m.label == "PERS" and ctx.genders.get(name, want) == want:
            return " ".join([*words[:-1], "باسم", name])
    return description


_APPOSITION_GAP = 6  # tokens between a description's end and the name given after it


def _apposed_name(ctx: Context, q: Found, hi: int) -> int | None:
    """A person named a few tokens after a description, before the quoted content starts."""
    toks = ctx.tokens
    stop = min(len(toks), hi + _TITLED_GAP)
    for k in range(hi, stop):
        if toks.starts[k] >= q.start or toks.sentence[k] != toks.sentence[hi - 1]:
            return None
        if toks.forms[k] in COMPLEMENTISERS:
            return None  # «المتحدث باسمه أن الرئيس فلان …»: a name in the content
        n = ctx.taken[k]
        if n >= 0 and ctx.linked[n].label == "PERS" and (k < hi + _APPOSITION_GAP or _titled(ctx, k)):
            return n
    return None


_TITLED_GAP = 14  # «مدير إدارة المشاريع في الرئاسة العامة لشؤون … المهندس فلان أن»: a long office


def _titled(ctx: Context, k: int) -> bool:
    """The name at ``k`` has its honorific right before it («المهندس»، «الدكتور», not «بالمهندس») and the
    content right after it: the name that closes a long description."""
    toks = ctx.tokens
    before = toks.forms[k - 1] if k > 0 else ""
    nxt = toks.at(ctx.linked[ctx.taken[k]].end)
    closes = nxt < len(toks) and toks.forms[nxt] in _OPENINGS
    return before.startswith("ال") and bare(before) in BARE_HONORIFICS and closes


def definite_again(ctx: Context, head: str, span: tuple[int, int] | None) -> bool:
    """An anonymous source («نائب عن المنطقة») is the person named later (``span``) only where the same title,
    now definite, stands right before the name («وقال النائب فلان»): an indefinite noun brings in
    someone new, the definite one refers back to them."""
    if span is None:
        return False
    k = ctx.tokens.at(span[0]) - 1
    form = ctx.tokens.forms[k] if k >= 0 else ""
    return form.startswith(("ال", "وال")) and bare(form) == bare(fold(head).lower())


_NAME_WORDS = 4  # words of a name the tagger missed after an honorific


def untagged_name(ctx: Context, q: Found, lo: int) -> tuple[int, int] | None:
    """Words after an honorific in a title's clause («الدكتور»، «المهندس»، «اللواء») that run up to the
    content's opening (a complementiser, a colon, a comma, a mark) and that the tagger left untagged: a
    name, since an honorific stands only before one."""
    toks = ctx.tokens
    for k in range(lo + 1, min(len(toks), lo + _TITLED_GAP)):
        if toks.starts[k] >= q.start or toks.sentence[k] != toks.sentence[lo] or ctx.taken[k] >= 0:
            return None
        if toks.forms[k] in COMPLEMENTISERS:
            return None
        first = skip_honorifics(toks, k)
        if first == k or not toks.forms[k].startswith("ال"):
            continue
        end = first
        while end < min(len(toks), first + _NAME_WORDS) and toks.is_word(end) and ctx.taken[end] < 0:
            if toks.forms[end] in COMPLEMENTISERS or toks.starts[end] >= q.start:
                break
            end += 1
        closes = end >= len(toks) or toks.starts[end] >= q.start or toks.forms[end] in _OPENINGS
        return (toks.starts[first], toks.ends[end - 1]) if end > first and closes else None
    return None


_OPENINGS = frozenset({":", *COMMAS, *QUOTE_MARKS, *COMPLEMENTISERS})
