"""Who a cue's subject names: a mention, a title resolved to a person, a body, a source or a pronoun.

The subject is read right after the cue (verb-subject order: «وقال بيسكوف»، «قال وزير الخارجية الروسي
سيرغي لافروف») or right before it («بيسكوف قال»، «وكان كارتر قد قال»، «فلان، الذي قال»). Titles resolve
through the person they introduce, the name in apposition («وقال مدير الشركة، فلان: …») or the roles
the article gives (``linking.resolve_description``); bodies («الوزارة») to the organisation the article
names (``linking.resolve_body``); anonymous sources («مصدر مسؤول»، «تقارير إعلامية») and common-noun
bodies («الرئاسة المصرية») are their own description; a news agency («الأناضول») is itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import (
    COMMAS,
    COMPLEMENTISERS,
    RELATIVES,
    abbreviation_dot,
    agency_names,
    cue_gender,
    strip_conj,
)
from akhbar.extract.found import Last
from akhbar.extract.linking import resolve_body, resolve_description
from akhbar.extract.roles import (
    STATEMENTS,
    agrees,
    body_heads,
    is_title,
    phrase_at,
    role_matches,
    skip_honorifics,
    speaking_nouns,
    title_gender,
)
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, bare, family_map, possessive_stem, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found
    from akhbar.extract.words import Tokens


def take_last(q: Found, last: Last) -> None:
    q.speaker, q.speaker_label, q.speaker_span, q.implicit = last.name, last.label, last.span, True
    if last.gender:
        q.extra["gender"] = last.gender


def set_mention(ctx: Context, q: Found, index: int) -> None:
    m = ctx.linked[index]
    q.speaker = str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
    q.speaker_label, q.speaker_span = m.label, (m.start, m.end)
    toks = ctx.tokens
    after = toks.at(m.end)
    if after < len(toks) and toks.forms[after].startswith("و") and ctx.taken[after] not in (-1, index):
        other = ctx.linked[ctx.taken[after]]
        q.speaker += " و" + str(other.attrs.get("canonical") or ctx.text[other.start : other.end])
        q.speaker_span = (m.start, other.end)


def set_subject(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """Speaker from the words right after the cue: a name, a role, a body, a source, or a pronoun."""
    toks = ctx.tokens
    j = skip_honorifics(toks, j)
    while j < len(toks) and toks.forms[j] in QUOTE_MARKS:
        j += 1
    if not toks.is_word(j) or toks.sentence[j] != toks.sentence[max(q.cue_tok, 0)]:
        return False
    form = toks.forms[j]
    if form in word_set("cues/pronoun_cues.txt"):
        take_last(q, last)
        return True
    if form in _SOME and j + 1 < len(toks) and bare(toks.forms[j + 1]) in speaking_nouns():
        return _set_some(ctx, q, j, last)  # «ذكرت بعض التقارير»
    if ctx.taken[j] < 0 and (bare(form) in OUTLETS or bare(form) in speaking_nouns()):
        # «وكالة رويترز»، «منظمة العفو الدولية»، «وكالة أنباء (الأناضول)»: the descriptor before the name;
        # a common-noun body only before a name in marks («حركة «حماس»», not «حكومة الثني»)
        head = bare(form) in OUTLETS or bare(form) in body_heads()
        k = j + 1
        while k < len(toks) and k - j < 4 and ctx.taken[k] < 0 and toks.forms[k] in _DESCRIPTOR_FILLERS:
            k += 1
        j = k if k < len(toks) and ctx.taken[k] >= 0 and (head or toks.forms[k - 1] in QUOTE_MARKS) else j
    if ctx.taken[j] >= 0 and _addressee(ctx, j):
        return False  # «أكدت لداود أوغلو أن …»: the one spoken to, not the speaker
    if ctx.taken[j] < 0 and form.startswith("لل") and q.mode != "attribution":
        return False  # «وأكد للجهاز الفني أنه …»: spoken to
    if ctx.taken[j] >= 0:
        set_mention(ctx, q, ctx.taken[j])
        return True
    if _set_agency(ctx, q, j):
        return True
    if is_title(form):
        _set_described(ctx, q, j, last)
        return True
    definite = form.startswith("ال") and form not in NOT_SUBJECTS
    for k in range(j + 1, min(j + 4, len(toks)) if definite else 0):  # «وقال البائع محمد ناصر»
        if ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label == "PERS":
            set_mention(ctx, q, ctx.taken[k])
            return True
        if not (toks.is_word(k) and toks.forms[k].startswith("ال")) or toks.forms[k] in NOT_SUBJECTS:
            break
    if bare(form) not in speaking_nouns() and plural_people(toks, j):  # «وقال المواطنون اليمنيون: …»
        lo, hi = group_phrase(toks, j)
        set_group(ctx, q, lo, hi)
        return True
    # «أفادت الإذاعة الإسرائيلية»: an outlet named by a description speaks as it, like a body
    return (bare(form) in speaking_nouns() or bare(form) in OUTLETS) and _set_named_by(ctx, q, j, last)


_SOME = frozenset({"بعض", "احدي", "احد"})


def _set_some(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """«بعض التقارير»، «إحدى الصحف»: the description the quantifier opens, quantifier included."""
    if _set_named_by(ctx, q, j + 1, last) and q.speaker_label:
        return True  # «بعض مسؤولي الوزارة»: the body named in it
    toks = ctx.tokens
    hi = _before_content(toks, q, j + 1, _phrase(toks, j + 1)[1])
    q.speaker_span, q.speaker_label = (toks.starts[j], toks.ends[hi - 1]), ""
    q.speaker = ctx.text[q.speaker_span[0] : q.speaker_span[1]]
    return True


def set_group(ctx: Context, q: Found, lo: int, hi: int) -> None:
    """A group as the speaker, by its description; ``gender`` ``P`` keeps singular cues off it."""
    toks = ctx.tokens
    q.speaker, q.speaker_label = ctx.text[toks.starts[lo] : toks.ends[hi - 1]], ""
    q.speaker_span = (toks.starts[lo], toks.ends[hi - 1])
    q.extra["gender"] = "P"


_GROUP_NOUNS = frozenset(
    fold(w) for w in ("مصادر", "شهود", "سكان", "خبراء", "نشطاء", "سلطات", "مسؤولون", "محللون", "مراقبون")
)
_NOT_PLURALS = frozenset(fold(w) for w in ("القانون", "الزيتون", "الفنون", "الشؤون", "الكون", "الطاعون"))


def group_phrase(toks: Tokens, k: int) -> tuple[int, int]:
    """A group noun and its adjective or genitive («قيادات أمنية»، «المواطنون اليمنيون»، «ذوو الشهداء»)."""
    hi = k + 1
    if hi < len(toks) and toks.is_word(hi) and toks.sentence[hi] == toks.sentence[k]:
        nxt, definite = toks.forms[hi], toks.forms[k].startswith(("ال", "وال"))
        relational = nxt.endswith(("يه", "يون", "يين", "ي"))
        if toks.forms[k].endswith("و") or (relational and nxt.startswith("ال") == definite):
            hi += 1
    return k, hi


def plural_group(toks: Tokens, k: int) -> bool:
    """The subject of a verb opening its sentence names a group: a nominative plural («أكد المصابون»)
    or a plural in ـات («ثمنت قيادات أمنية»، «أعلنت السلطات»)."""
    form = toks.forms[k]
    if plural_people(toks, k) or bare(form) in _GROUP_NOUNS:
        return True
    adjective = toks.forms[k + 1] if k + 1 < len(toks) else ""  # «قيادات أمنية»، «مصادر مطلعة»
    return form.endswith("ات") and not form.startswith("ال") and adjective.endswith("يه")


def plural_people(toks: Tokens, j: int) -> bool:
    """A definite masculine plural in the nominative («المواطنون»، «المصابون») or «ذوو …» (the
    nominative «ذوو الشهداء»): after a verb, its subject, so a group speaks as its description."""
    form = toks.forms[j]
    if (form.endswith("و") and len(form) >= 5) or form in {"ذوو", "وذوو"}:  # «منسوبو الأمانة»
        return j + 1 < len(toks) and toks.forms[j + 1].startswith("ال")
    return len(form) >= 7 and form.startswith("ال") and form.endswith("ون") and form not in _NOT_PLURALS


def _addressee(ctx: Context, j: int) -> bool:
    """A mention with «لـ» glued in front of it («لتركيا»، «لداود أوغلو»)."""
    toks, m = ctx.tokens, ctx.linked[ctx.taken[j]]
    return toks.starts[j] < m.start and toks.forms[j].startswith("ل")


def _set_agency(ctx: Context, q: Found, j: int) -> bool:
    """A news agency the tagger left untagged («وذكرت الأناضول»، «وكالة رويترز»): the agency speaks."""
    toks = ctx.tokens
    k = j + 1 if bare(toks.forms[j]) in OUTLETS and j + 1 < len(toks) else j
    name = agency_names().get(toks.forms[k]) or agency_names().get(bare(toks.forms[k]))
    if name is None or ctx.taken[k] >= 0:
        return False
    q.speaker, q.speaker_span, q.speaker_label = name, (toks.starts[j], toks.ends[k]), "ORG"
    return True


def set_description(ctx: Context, q: Found, j: int) -> bool:
    """«…، كما ذكر دبلوماسي في الخارجية»: an unnamed subject after a cue that follows its content is
    its own description."""
    toks = ctx.tokens
    if not toks.is_word(j) or len(toks.forms[j]) < 3 or toks.sentence[j] != toks.sentence[q.cue_tok]:
        return False
    lo, hi = _phrase(toks, j)
    q.speaker, q.speaker_span, q.speaker_label = (
        ctx.text[toks.starts[lo] : toks.ends[hi - 1]],
        (
            toks.starts[lo],
            toks.ends[hi - 1],
        ),
        "",
    )
    return True


def _set_described(ctx: Context, q: Found, j: int, last: Last) -> None:
    """A title: the person it introduces («وأضاف مديرها العام تيدروس»), the person given that role, the
    speaker it goes on from («وأضاف المدرب البرتغالي»), or itself.

    A name in apposition right before the content wins over a name inside the title («وقالت مديرة النادي
    فلان، فلانة: …»); an indefinite title followed by a preposition («دبلوماسي في الخارجية») is an
    anonymous source, never a person named elsewhere.
    """
    toks = ctx.tokens
    lo, hi = _phrase(toks, j)
    hi = _before_content(toks, q, lo, hi)
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
    description = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    span = (toks.starts[lo], toks.ends[hi - 1])
    anonymous = _anonymous(toks, j)
    found = None if anonymous else resolve_description(ctx.text, toks.starts[j], description, ctx.linked)
    body = None if found is not None or anonymous else _spokesman_of(ctx, j, lo, hi)
    if found is not None:
        set_mention(ctx, q, ctx.linked.index(found))
        q.extra["gender"] = title_gender(toks.forms[j])  # «وزير الطاقة» for a woman: «وأضاف» goes on
    elif body is not None:  # «صرح المتحدث الأمني بوزارة الداخلية»: nobody named, the ministry speaks
        set_mention(ctx, q, body)
        q.extra["gender"] = title_gender(toks.forms[j]) or "M"  # «وبين أنه»: the spokesman goes on
    elif not anonymous and _goes_on(ctx, q, description, last):
        take_last(q, last)
        q.implicit = False
    else:
        q.speaker, q.speaker_span, q.speaker_label = _whose(ctx, description, toks.starts[j]), span, ""


_GOING_ON = frozenset(fold(w) for w in ("أضاف", "تابع", "أردف", "استطرد"))
_GONE_ON_WITHIN = 2  # sentences between the last speaker's cue and a description going on from them


def _goes_on(ctx: Context, q: Found, description: str, last: Last) -> bool:
    """«وأضاف المدرب البرتغالي»: a definite title after a cue that continues («أضاف»، «تابع») names the
    person who was speaking, when no role the article gives them says otherwise."""
    toks = ctx.tokens
    lemma = family_map("cues/speech_verbs.txt").get(strip_conj(toks.forms[q.cue_tok]), "")
    if fold(lemma) not in _GOING_ON or last.label != "PERS" or last.name is None:
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


_SPOKESMEN = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})


def _spokesman_of(ctx: Context, j: int, lo: int, hi: int) -> int | None:
    """The organisation an unnamed spokesman's title names («المتحدث باسم الوزارة»، «الناطق الرسمي للحلف»)."""
    if bare(ctx.tokens.forms[j]) not in _SPOKESMEN:
        return None
    return next((n for k in range(lo, hi) if (n := ctx.taken[k]) >= 0 and ctx.linked[n].label == "ORG"), None)


_PREPOSITIONS = frozenset({"في", "من", "لدي", "داخل", "عن"})


def _anonymous(toks: Tokens, j: int) -> bool:
    """«دبلوماسي في الخارجية»، «مسؤول من الوزارة»: an indefinite title and a preposition, nobody named."""
    form = toks.forms[j]
    return not form.startswith(("ال", "وال")) and j + 1 < len(toks) and toks.forms[j + 1] in _PREPOSITIONS


def _phrase(toks: Tokens, j: int) -> tuple[int, int]:
    """``roles.phrase_at``, carried over dotted abbreviations («لشركة جيه.إل.إل للاستشارات»)."""
    lo, hi = phrase_at(toks, j)
    while hi + 1 < len(toks) and abbreviation_dot(toks, hi) and toks.is_word(hi + 1):
        hi = phrase_at(toks, hi + 1)[1]
    return lo, hi


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
    stop = min(len(toks), hi + _APPOSITION_GAP)
    for k in range(hi, stop):
        if toks.starts[k] >= q.start or toks.sentence[k] != toks.sentence[hi - 1]:
            return None
        if toks.forms[k] in COMPLEMENTISERS:
            return None  # «المتحدث باسمه أن الرئيس فلان …»: a name in the content
        n = ctx.taken[k]
        if n >= 0 and ctx.linked[n].label == "PERS":
            return n
    return None


def _set_named_by(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """A body or a source without a name: «الوزارة» (the ministry named in the article), «بيان للوزارة»
    (the body in it), «المصادر» (the sources quoted last), «مصدر مسؤول»، «الرئاسة المصرية» (the
    description itself). ``False`` for a statement that names nobody («وتابعت الوثيقة»): its author is
    found as for a cue with no subject."""
    toks = ctx.tokens
    form, word = toks.forms[j], bare(toks.forms[j])
    lo, hi = _phrase(toks, j)
    # «وأضافت الوسائل»، «وأضافت وسائل الإعلام»: a definite description with the head of the last one
    definite = form.startswith("ال") or (hi > j + 1 and toks.forms[j + 1].startswith("ال"))
    if definite and last.name and not last.label and bare(fold(last.name).split()[0]) == word:
        take_last(q, last)
        return True
    if form.startswith("ال") and word in body_heads():
        found = resolve_body(ctx.text, toks.starts[j], word, ctx.linked)
        if found is not None:
            set_mention(ctx, q, ctx.linked.index(found))
            return True
    hi = _before_content(toks, q, lo, hi)
    inside = [ctx.taken[k] for k in range(lo + 1, hi) if ctx.taken[k] >= 0]
    if word in STATEMENTS and (inside or form.startswith("ال") or possessive_stem(form)):
        if inside:  # «وأضاف البيان»: the author of the statement goes on; «بيان للوزارة»: the body in it
            set_mention(ctx, q, inside[0])
        return bool(inside)
    for n in inside:  # «مصدر مسؤول لرويترز»: the description ends before the outlet it spoke to
        m = ctx.linked[n]
        if m.label == "ORG" or toks.starts[toks.at(m.start)] < m.start:
            hi = toks.at(m.start)
            break
    if word in OUTLETS:  # «علقت مجلة فرنسية على سفر …»: an outlet's description ends before a preposition
        hi = next((k for k in range(lo + 1, hi) if toks.forms[k] in _PREPOSITIONS | {"علي", "الي"}), hi)
    q.speaker = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    q.speaker_span, q.speaker_label = (toks.starts[lo], toks.ends[hi - 1]), ""
    return True


def _before_content(toks: Tokens, q: Found, lo: int, hi: int) -> int:
    """``hi`` cut so that a description ends before the quoted content («أكدت المؤسسة انتظام …») and
    before a complementiser («صرح المتحدث الأمني بأنه …»)."""
    hi = max(lo + 1, min(hi, toks.at(q.start))) if toks.starts[lo] < q.start else hi
    return next((k for k in range(lo + 1, hi) if toks.forms[k] in COMPLEMENTISERS), hi)


def set_before(ctx: Context, q: Found, last: Last) -> bool:
    """Subject-verb order: a name or a pronoun right before a cue that has no conjunction."""
    toks, c = ctx.tokens, q.cue_tok
    k = c - 2 if c >= 2 and toks.forms[c - 1] == "قد" else c - 1  # «كارتر قد قال»
    if k >= 1 and toks.forms[k] in RELATIVES and toks.forms[k][0] != "و":  # «فلان، الذي قال إن»
        k -= 2 if toks.forms[k - 1] in COMMAS else 1
    if k < 0 or toks.forms[c][0] in "وف" or toks.sentence[k] != toks.sentence[c]:
        return False
    if ctx.taken[k] >= 0:
        set_mention(ctx, q, ctx.taken[k])
        return True
    if toks.forms[k] in {"هو", "هي"}:
        people = [n for n, m in enumerate(ctx.linked) if m.label == "PERS" and m.end <= toks.starts[k]]
        if people:
            set_mention(ctx, q, people[-1])
            return True
    return False


def set_from_range(ctx: Context, q: Found, lo: int, hi: int) -> bool:
    """Speaker of an attribution («بحسب X»): a person in the source, else any name, else a role."""
    inside = [ctx.taken[k] for k in range(lo, hi) if ctx.taken[k] >= 0]
    people = [n for n in inside if ctx.linked[n].label == "PERS"]
    pick = people or inside
    if pick:
        set_mention(ctx, q, pick[0])
        return True
    toks = ctx.tokens
    nouns = speaking_nouns()
    if lo < hi and toks.is_word(lo) and bare(toks.forms[lo]) in nouns:  # «حسب ما أفاد به مصدر دبلوماسي»
        return set_subject(ctx, q, lo, Last())
    if lo < hi and toks.forms[lo].startswith("ل") and bare(toks.forms[lo][1:]) in nouns:
        end = toks.ends[_phrase(toks, lo)[1] - 1]  # «وفقا لتقارير صحافية»: the description without «لـ»
        q.speaker, q.speaker_span = ctx.text[toks.starts[lo] + 1 : end], (toks.starts[lo] + 1, end)
        return True
    for k in range(lo, hi):
        if toks.is_word(k) and is_title(toks.forms[k]):
            return set_subject(ctx, q, k, Last())
    return False


_DESCRIPTOR_FILLERS = frozenset({"انباء", "الانباء", "(", '"', "«", "“"})


NOT_SUBJECTS = frozenset(
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
