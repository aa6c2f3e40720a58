"""A subject that is a description without a name: a body, a source, an outlet, a statement.

«الوزارة» speaks as the ministry the article names (``referents.resolve_body``), «بيان للوزارة» as
the body in it, «المصادر» as the sources quoted last; «مصدر مسؤول»، «الرئاسة المصرية»، «الإذاعة
الإسرائيلية» and «…، كما ذكر دبلوماسي في الخارجية» are their own description. Also the phrase rules
every description shares (``subject_phrase``, ``before_content``), which ``subject_titles`` reads too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.clauses import lemma_of
from akhbar.extract.cues import (
    COMPLEMENTISERS,
    RELATIVES,
    abbreviation_dot,
    cue_gender,
    cue_kind,
    sentence_first,
)
from akhbar.extract.found import set_mention, take_last
from akhbar.extract.referents import resolve_body
from akhbar.extract.roles import STATEMENTS, body_heads, is_title, phrase_at, speaking_nouns
from akhbar.extract.words import OUTLETS, bare, possessive_stem
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found, Last
    from akhbar.extract.words import Tokens


_STUDIES = frozenset({"دراسه", "تقرير", "تقارير"})
_MANAGEMENT = frozenset(
    {"اداره", "رئاسه"}
)  # «إدارة النادي»، «رئاسة الجامعة»: those who run a body  # written by bodies or researchers, not read out by one


def set_named_by(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """A body or a source without a name: «الوزارة» (the ministry named in the article), «بيان للوزارة»
    (the body in it), «المصادر» (the sources quoted last), «مصدر مسؤول»، «الرئاسة المصرية» (the
    description itself). ``False`` for a statement that names nobody («وتابعت الوثيقة»): its author is
    found as for a cue with no subject."""
    toks = ctx.tokens
    form, word = toks.forms[j], bare(toks.forms[j])
    lo, hi = subject_phrase(toks, j)
    # «وأضافت الوسائل»، «وأضافت وسائل الإعلام»: a definite description with the head of the last one
    definite = form.startswith("ال") or (hi > j + 1 and toks.forms[j + 1].startswith("ال"))
    if definite and last.name and not last.label and bare(fold(last.name).split()[0]) == word:
        take_last(q, last)
        return True
    if _set_managed(ctx, q, j):  # «وأوضحت إدارة الكلية»: the college the article named
        return True
    if form.startswith("ال") and word in body_heads():
        found = resolve_body(ctx.text, toks.starts[j], word, ctx.linked)
        if found is not None:
            set_mention(ctx, q, ctx.linked.index(found))
            return True
    hi = before_content(toks, q, lo, hi)
    inside = [ctx.taken[k] for k in range(lo + 1, hi) if ctx.taken[k] >= 0]
    # «ورصد تقرير مؤسسة النقد»: an indefinite statement noun in construct with a body the tagger missed
    # or «بيان صادر عن وزير الدفاع فلان»: the issuer after «صادر عن»
    construct = j + 1 < len(toks) and (toks.forms[j + 1] in body_heads() or toks.forms[j + 1] in _ISSUED)
    if word in STATEMENTS and construct and not inside and set_statement_author(ctx, q, j):
        return True
    if word in STATEMENTS and (inside or form.startswith("ال") or possessive_stem(form)):
        if inside:  # «بيان للوزارة»: the body in it
            set_mention(ctx, q, inside[0])
            return True
        if set_statement_author(ctx, q, j):  # «وأضاف التقرير»: the author of the report named before
            return True
        if word not in _STUDIES or (last.label in {"ORG", ""} and last.name is not None):
            return False  # «وتابعت الوثيقة»: whoever read it out, or the body quoted before, goes on
        # «وأشارت الدراسة التي أعدها باحثون …» after a person: no author named, and a study or a report is
        # no one person's words, so it speaks as itself
        q.speaker, q.speaker_span, q.speaker_label = (
            ctx.text[toks.starts[j] : toks.ends[j]],
            (toks.starts[j], toks.ends[j]),
            "",
        )
        return True
    for n in inside:  # «مصدر مسؤول لرويترز»: the description ends before the outlet it spoke to
        m = ctx.linked[n]
        if m.label == "ORG" or toks.starts[toks.at(m.start)] < m.start:
            hi = toks.at(m.start)
            break
    if form.startswith("ال") and lemma_of(toks.forms[q.cue_tok]) in _OBJECT_FIRST:
        # «ووصفت الوزارة الهجوم بأنه …»: after a definite head only adjectives, then the object
        k = j + 1
        while k < hi and toks.forms[k].startswith("ال") and not _definite_noun(toks.forms[k]):
            k += 1  # «الحكومة الإسرائيلية المصغرة»، «الأمانة العامة»
        hi = k if k < hi and toks.forms[k].startswith("ال") else hi
    if word in OUTLETS:  # «علقت مجلة فرنسية على سفر …»: an outlet's description ends before a preposition
        hi = next((k for k in range(lo + 1, hi) if toks.forms[k] in PREPOSITIONS | {"علي", "الي"}), hi)
    q.speaker = ctx.text[toks.starts[lo] : toks.ends[hi - 1]]
    q.speaker_span, q.speaker_label = (toks.starts[lo], toks.ends[hi - 1]), ""
    return True


# cues whose object stands between the subject and the content («وصف X الهجوم بأنه …»)
_OBJECT_FIRST = frozenset(fold(w) for w in ("وصف", "اعتبر"))


def _definite_noun(form: str) -> bool:
    """A definite word that is no adjective («الهجوم», not «السعودية»، «الأمريكيون»، «العامة»)."""
    return not form.endswith(("ي", "يه", "يين", "يون")) and form not in _ADJECTIVES


_ADJECTIVES = frozenset(
    fold(w)
    for w in (
        "العام",
        "العامة",
        "العليا",
        "الأعلى",
        "الكبرى",
        "الكبير",
        "الأول",
        "الأولى",
        "الجديد",
        "الجديدة",
    )
) | frozenset(fold(w) for w in ("المصغرة", "الدائمة", "المؤقتة", "الخاصة", "المتحدة", "المستقلة", "الموحدة"))


def set_statement_author(ctx: Context, q: Found, j: int) -> bool:
    """A statement noun at token ``j`` («التقرير»، «للتقرير»، «البيان») speaks for its author: the body
    its phrase names («التقرير السنوي لمؤسسة النقد»: a mention, or «لـ» and a body's head word when the
    tagger missed the name), else the author of the same noun's phrase earlier in the article («وأوضح
    التقرير الـ51 لمؤسسة النقد …. وأشار التقرير …»). The report is the grammatical subject, so a
    continuation cue («وأكد») agrees with the noun's gender, not the author's. ``False`` when none is named."""
    toks = ctx.tokens
    word = _statement_word(toks.forms[j])
    for k in range(j, -1, -1) if word else ():
        if _statement_word(toks.forms[k]) != word:
            continue
        author = _author(ctx, q, k) or (_issuer(ctx, k) if k < j else None)
        if author is not None:
            q.speaker, q.speaker_span, q.speaker_label = author
            q.extra["gender"] = "F" if word.endswith("ه") else "M"
            return True
    return False


_ISSUER_WITHIN = 4  # tokens from the subject of «أصدرت الوزارة أمس بيانا» to its object


def _issuer(ctx: Context, k: int) -> tuple[str, tuple[int, int], str] | None:
    """«أصدرت وزارة الداخلية أمس بيانًا»: the name just before an indefinite statement noun, the subject
    of the verb whose object it is; «أوضحت الوزارة … في بيان مشترك»: the first name of the clause."""
    toks = ctx.tokens
    if toks.forms[k].startswith("ال"):
        return None
    for i in range(k - 1, max(-1, k - _ISSUER_WITHIN), -1):
        n = ctx.taken[i]
        if toks.sentence[i] != toks.sentence[k] or not toks.is_word(i):
            return None
        if toks.forms[i] == "في":  # «أوضحت الوزارة … في بيان»: how the subject of the cue spoke
            first = next((x for x in range(sentence_first(toks, i), i) if ctx.taken[x] >= 0), -1)
            spoke = first > 0 and cue_kind(toks.forms[first - 1]) == "verb"
            return _named(ctx, ctx.taken[first]) if spoke else None
        if toks.forms[i] in PREPOSITIONS:
            return None
        if n >= 0:
            return _named(ctx, n)
    return None


def _named(ctx: Context, n: int) -> tuple[str, tuple[int, int], str] | None:
    m = ctx.linked[n]
    name = str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
    return (name, (m.start, m.end), m.label) if m.label in {"ORG", "PERS"} else None


def _statement_word(form: str) -> str:
    """The statement noun a token spells, without article or preposition («للتقرير» → «تقرير»، «بيانا» →
    «بيان»), or ``""``."""
    for word in (
        bare(form),
        bare("ال" + form[2:]) if form.startswith("لل") else "",
        form[:-1] if form.endswith("ا") else "",
    ):
        if word in STATEMENTS:
            return word
    return ""


_AUTHOR_WINDOW = (
    8  # tokens after a statement noun where its author is named («التقرير الـ51 الصادر حديثًا عن …»)
)


def _author(ctx: Context, q: Found, j: int) -> tuple[str, tuple[int, int], str] | None:
    """The body named in the noun phrase of statement noun ``j`` («التقرير الـ51 لمؤسسة النقد»، «البيان
    الصادر عن الوزارة»، «بيان صادر عن وزير الدفاع فلان»): a mention, or a body's head word. A verb ends the phrase: «بيان نشرته وكالة X»
    names who published it, not who wrote it."""
    toks = ctx.tokens
    titled = False  # «عن وزير المالية فلان»: the office's words («المالية») name no body, the person speaks
    for k in range(j + 1, min(len(toks), j + _AUTHOR_WINDOW)):
        form = toks.forms[k]
        if toks.sentence[k] != toks.sentence[j] or q.start <= toks.starts[k] < q.end:
            return None
        n = ctx.taken[k]
        if n >= 0:
            m = ctx.linked[n]
            if m.label not in {"ORG", "PERS"}:
                return None
            return str(m.attrs.get("canonical") or ctx.text[m.start : m.end]), (m.start, m.end), m.label
        head = form[1:] if form.startswith("ل") else form
        if toks.is_word(k) and bare(head) in body_heads() and not titled:
            named = _bracketed(toks, k + 1)  # «الصادر عن شركة (آسيا كابيتال)»: the name in brackets
            hi = _before_complement(toks, k, phrase_at(toks, k)[1])
            start, end = named or (toks.starts[k] + len(form) - len(head), toks.ends[hi - 1])
            return ctx.text[start:end], (start, end), "ORG"
        adverb = ctx.text[toks.starts[k] : toks.ends[k]].endswith(("اً", "ًا"))  # «الصادر حديثًا عن …»
        if not (form.isdigit() or form.startswith("ال") or form in _OF or adverb or form in _ISSUED):
            titled = is_title(form) and toks.forms[k - 1] in _OF  # «صادر عن وزير الدفاع فلان»
            if not titled:
                return None
    return None


def _set_managed(ctx: Context, q: Found, j: int) -> bool:
    """«وأوضحت إدارة الكلية»، «وقال مجلس إدارة الشركة»: those who run a body named by its definite head
    speak for the body the article named with that head («كلية التميز بأملج»), as «الوزارة» does."""
    toks = ctx.tokens
    if toks.forms[j] == "مجلس" and j + 1 < len(toks) and bare(toks.forms[j + 1]) in _MANAGEMENT:
        j += 1
    k = j + 1
    if bare(toks.forms[j]) not in _MANAGEMENT or k >= len(toks) or not toks.forms[k].startswith("ال"):
        return False
    head = bare(toks.forms[k])
    if head not in body_heads() or (k + 1 < len(toks) and toks.forms[k + 1].startswith("ال")):
        return False  # «إدارة الشركة السعودية للكهرباء»: the body is named in full, not taken up
    found = resolve_body(ctx.text, toks.starts[k], head, ctx.linked)
    if found is None:
        return False
    set_mention(ctx, q, ctx.linked.index(found))
    return True


_OF = frozenset({"عن", "من"})
_ISSUED = frozenset({"صادر", "صادره"})  # «بيان صادر عن …»: indefinite, as «البيان الصادر عن …»
_CLOSERS = {"(": ")", "«": "»", "“": "”", '"': '"'}


def _bracketed(toks: Tokens, k: int) -> tuple[int, int] | None:
    """Offsets of the words between a bracket or quote mark at ``k`` and its closer (a few words), or ``None``."""
    closer = _CLOSERS.get(toks.forms[k]) if k < len(toks) else None
    end = next((e for e in range(k + 2, min(len(toks), k + 6)) if toks.forms[e] == closer), None)
    return (
        (toks.starts[k + 1], toks.ends[end - 1]) if closer and end is not None else None
    )  # «الصادر عن»، «الصادرة من»


def set_description(ctx: Context, q: Found, j: int) -> bool:
    """«…، كما ذكر دبلوماسي في الخارجية»: an unnamed subject after a cue that follows its content is
    its own description."""
    toks = ctx.tokens
    if not toks.is_word(j) or len(toks.forms[j]) < 3 or toks.sentence[j] != toks.sentence[q.cue_tok]:
        return False
    lo, hi = subject_phrase(toks, j)
    q.speaker, q.speaker_span, q.speaker_label = (
        ctx.text[toks.starts[lo] : toks.ends[hi - 1]],
        (
            toks.starts[lo],
            toks.ends[hi - 1],
        ),
        "",
    )
    return True


#: Prepositions after an indefinite title or an outlet's description that end it («دبلوماسي في …»).
PREPOSITIONS = frozenset({"في", "من", "لدي", "داخل", "عن"})


_DEMONSTRATIVES = {fold(w): g for w, g in (("هذا", "M"), ("ذلك", "M"), ("هذه", "F"), ("تلك", "F"))}
_REFERRED_WITHIN = 3  # sentences back to the description a demonstrative takes up
_ADJECTIVES_AFTER = 4  # words agreeing with the head that the taken-up description keeps


def set_referred(ctx: Context, q: Found, j: int, last: Last) -> bool:
    """«وذكرت تلك التقارير»، «وأكدت هذه المراجع»: a demonstrative that agrees with the cue takes up the
    description named a few sentences before with the same head noun («تقارير صحفية إنجليزية»), not the
    last speaker (unless that is the same description); the earlier one a body, a source or a title, or the subject of a verb there («كشفت
    تسريبات إعلامية»), not an object («رفض فلان ادعاء البيت الأبيض … واعتبر هذا الادعاء …»)."""
    toks = ctx.tokens
    gender = _DEMONSTRATIVES.get(toks.forms[j], "")
    if not gender or j + 1 >= len(toks) or not toks.forms[j + 1].startswith("ال"):
        return False
    if gender != (cue_gender(toks.forms[q.cue_tok]) or gender):
        return False  # «وقال هذه العمليات «…»»: the demonstrative opens the quoted clause
    head = bare(toks.forms[j + 1])
    if last.name and not last.label and bare(fold(last.name).split()[0]) == head:
        take_last(q, last)  # «قالت مصادر محلية … وأضافت هذه المصادر»: the description as it was read
        return True
    for k in range(j - 1, 0, -1):
        if toks.sentence[j] - toks.sentence[k] > _REFERRED_WITHIN:
            return False
        if ctx.taken[k] >= 0 or bare(toks.forms[k]) != head or toks.forms[k - 1] in _DEMONSTRATIVES:
            continue
        speaks = head in speaking_nouns() or is_title(head) or head in OUTLETS
        if not speaks and cue_kind(toks.forms[k - 1]) != "verb":
            return False
        hi = _agreeing(ctx, k)
        q.speaker_span, q.speaker_label = (toks.starts[k], toks.ends[hi - 1]), ""
        q.speaker = ctx.text[q.speaker_span[0] : q.speaker_span[1]]
        return True
    return False


def _agreeing(ctx: Context, k: int) -> int:
    """The end of a head noun at ``k`` and the adjectives after it that agree with it in definiteness
    («مصادر اتحادية» before «الشائعات»، «الدراسات الوطنية الصادرة» before «مؤخرا»)."""
    toks, definite = ctx.tokens, ctx.tokens.forms[k].startswith("ال")
    hi = k + 1
    while hi < min(len(toks), k + 1 + _ADJECTIVES_AFTER) and toks.is_word(hi) and ctx.taken[hi] < 0:
        form = toks.forms[hi]
        word = form[1:] if form.startswith("و") and len(form) > 3 else form  # «إنجليزية وإسبانية»
        if (
            word.startswith("ال") != definite
            or len(word) < 3  # «قد»، «لـ»: particles
            or form in RELATIVES
            or form in PREPOSITIONS
            or form in COMPLEMENTISERS
            or cue_kind(form)
        ):
            break
        hi += 1
    return hi


def subject_phrase(toks: Tokens, j: int) -> tuple[int, int]:
    """``roles.phrase_at``, carried over dotted abbreviations («لشركة جيه.إل.إل للاستشارات»)."""
    lo, hi = phrase_at(toks, j)
    while hi + 1 < len(toks) and abbreviation_dot(toks, hi) and toks.is_word(hi + 1):
        hi = phrase_at(toks, hi + 1)[1]
    return lo, hi


def before_content(toks: Tokens, q: Found, lo: int, hi: int) -> int:
    """``hi`` cut so that a description ends before the quoted content («أكدت المؤسسة انتظام …») and
    before a complementiser («صرح المتحدث الأمني بأنه …»)."""
    hi = max(lo + 1, min(hi, toks.at(q.start))) if toks.starts[lo] < q.start else hi
    return _before_complement(toks, lo, hi)


def _before_complement(toks: Tokens, lo: int, hi: int) -> int:
    return next((k for k in range(lo + 1, hi) if toks.forms[k] in COMPLEMENTISERS), hi)
