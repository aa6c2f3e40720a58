"""A description and the name in apposition that closes it: «وقال البائع محمد ناصر»، «وأوضح المشرف على
المسابقة الدكتور فلان»، «وقال مشرف العمل المسرحي بالقرية فلان إن …».

``subjects.set_subject`` asks ``set_apposed`` of the words after a cue that are neither a name, a title
nor a body; ``NOT_SUBJECTS`` are the definite words (days, relatives) that never open a subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.clauses import lemma_of
from akhbar.extract.cues import COMPLEMENTISERS
from akhbar.extract.found import set_mention
from akhbar.extract.roles import is_title, skip_honorifics, speaking_nouns
from akhbar.extract.subject_addressees import addressee, in_content
from akhbar.extract.subject_groups import plural_people
from akhbar.extract.words import OUTLETS, QUOTE_MARKS, bare
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found


_ACCUSE = fold("اتهم")
_APPOSED_WITHIN = 6  # tokens from a subject noun to the name in apposition after it
_INDEFINITE_WORDS = 2  # construct nouns a description may hold («منسق عام اللجنة»، «كبير معدي الدراسة»)
_NOT_HEADS = frozenset(
    {"في", "من", "علي", "عن", "الي", "مع", "لدي", "بعد", "قبل", "خلال", "ان", "انه", "انها"}
)
_CLOSES = frozenset({":", "،", ",", *QUOTE_MARKS})


def set_apposed(ctx: Context, q: Found, j: int) -> bool:
    """A description and the name in apposition that closes it: «وقال البائع محمد ناصر»، «وأوضح المشرف
    على المسابقة الدكتور فلان»، «وقال مشرف العمل المسرحي بالقرية فلان إن …». An indefinite head (a noun
    in construct) takes the name only right before the content (a complementiser, colon, comma, mark)."""
    toks = ctx.tokens
    form = toks.forms[j]
    definite = form.startswith("ال")
    if form in NOT_SUBJECTS or form in _NOT_HEADS or (not definite and not toks.is_word(j + 1)):
        return False
    if not definite and (is_title(form) or bare(form) in speaking_nouns() or bare(form) in OUTLETS):
        return False  # titles, bodies and outlets have their own rules («علقت مجلة فرنسية على …»)
    if plural_people(toks, j) or lemma_of(toks.forms[q.cue_tok]) == _ACCUSE:
        return False  # «اتهم آخرون صالح بأنه …»: a group, and after «اتهم» the name is the accused
    governed = form[:1] in "لب" and (is_title(form[1:]) or bare(form[1:]) in speaking_nouns())
    if governed or form.startswith(("لل", "بال")):
        return False  # «أكد لوزير الخارجية فلان أن …»: the one spoken to
    indefinite, stop, place = 0, j + _APPOSED_WITHIN + (0 if definite else 2), False
    k = j
    while k + 1 < min(stop, len(toks)):
        k = skip_honorifics(toks, k + 1)
        if k < len(toks) and ctx.taken[k] >= 0 and ctx.linked[ctx.taken[k]].label == "PERS":
            if addressee(ctx, k) or in_content(ctx, q, k) or not (definite or _closes(ctx, k)):
                return False
            set_mention(ctx, q, ctx.taken[k])
            return True
        word = toks.forms[k] if toks.is_word(k) else ""
        if not definite and _place_link(word) and stop - j < _APPOSED_WITHIN + 2 + 2 * _PLACE_LINKS:
            stop, place = stop + 2, True  # «مشرف نادي … بقرية الخزنة بمحافظة أبوعريش فلان»: where it is
            continue
        if word and not word.startswith(("ال", "لل", "بال")) and not definite:
            if place and toks.forms[k - 1][:1] == "ب":
                continue  # the name of the place after «بمحافظة»
            indefinite += 1  # «منسق عام»، «معدي»; a preposition opens another phrase («على سفر النجم»)
            if indefinite > _INDEFINITE_WORDS or word in _NOT_HEADS or word in LINKING or ctx.taken[k] >= 0:
                return False
            continue
        if not (word.startswith(("ال", "لل", "بال", "وال")) or word in LINKING) or word in NOT_SUBJECTS:
            return False  # «المساعدة للشؤون التعليمية فلانة»: definite words and their prepositions
    return False


_PLACE_LINKS = 2  # «بقرية X بمحافظة Y»: places of an indefinite description before its name


def _place_link(word: str) -> bool:
    """«بقرية»، «بمحافظة»: «بـ» glued to an indefinite noun of a place or body, opening a phrase of where
    the office is (not «بال…», a definite phrase, nor «بأن», a complementiser)."""
    return len(word) >= 5 and word[0] == "ب" and not word.startswith("بال") and word not in COMPLEMENTISERS


def _closes(ctx: Context, k: int) -> bool:
    """The mention at token ``k`` is followed by the content's opening: a complementiser, colon, comma, mark."""
    toks = ctx.tokens
    nxt = toks.at(ctx.linked[ctx.taken[k]].end)
    return nxt < len(toks) and (toks.forms[nxt] in COMPLEMENTISERS or toks.forms[nxt] in _CLOSES)


LINKING = frozenset({"علي", "في", "عن", "من"})  # prepositions inside a description («المشرف على المسابقة»)


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
