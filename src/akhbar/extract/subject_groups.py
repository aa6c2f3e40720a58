"""A group as a cue's subject: «وقال المواطنون اليمنيون»، «ثمنت قيادات أمنية»، «أكد ذوو الشهداء».

A plural of people speaks as its description, with gender ``P`` so that a singular cue later does not
go on from it. ``speakers`` asks ``plural_group`` of a verb's subject at the start of a sentence and
``subjects`` asks ``plural_people`` after a cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.words import bare
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found
    from akhbar.extract.words import Tokens


def set_group(ctx: Context, q: Found, lo: int, hi: int) -> None:
    """A group as the speaker, by its description; ``gender`` ``P`` keeps singular cues off it."""
    toks = ctx.tokens
    q.speaker, q.speaker_label = ctx.text[toks.starts[lo] : toks.ends[hi - 1]], ""
    q.speaker_span = (toks.starts[lo], toks.ends[hi - 1])
    q.extra["gender"] = "P"


_GROUP_NOUNS = frozenset(
    fold(w)
    for w in (
        "مصادر",
        "شهود",
        "سكان",
        "خبراء",
        "نشطاء",
        "سلطات",
        "مسؤولون",
        "محللون",
        "مراقبون",
        "آخرون",
        "كثيرون",
    )
)


_NOT_PLURALS = frozenset(fold(w) for w in ("القانون", "الزيتون", "الفنون", "الشؤون", "الكون", "الطاعون"))


_PLACES = frozenset({"في", "من", "علي", "لدي"})


def group_phrase(toks: Tokens, k: int) -> tuple[int, int]:
    """A group noun and its adjective or genitive («قيادات أمنية»، «المواطنون اليمنيون»، «ذوو الشهداء»)."""
    hi = k + 1
    if hi < len(toks) and toks.is_word(hi) and toks.sentence[hi] == toks.sentence[k]:
        nxt, definite = toks.forms[hi], toks.forms[k].startswith(("ال", "وال"))
        relational = nxt.endswith(("يه", "يون", "يين", "يان", "ي")) and nxt not in _PLACES
        if toks.forms[k].endswith("و") or (relational and nxt.startswith("ال") == definite):
            hi += 1
        elif nxt in _PLACES and not definite:  # «عاملون في خطوط الطيران»: the place, up to two more words
            end = min(len(toks), hi + 1 + _PLACE_WORDS)
            hi += 1
            while (
                hi < end
                and toks.is_word(hi)
                and toks.sentence[hi] == toks.sentence[k]
                and not _opens(toks, hi)
            ):
                hi += 1
    return k, hi


_PLACE_WORDS = 2
# what follows a group's description when the content opens («… إن …»، «… أمس إن …»، «…: …»)
_OPENING = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "امس", "اليوم", ":", "،"})


def _opens(toks: Tokens, k: int) -> bool:
    """A complementiser or a cue, where a group's description has ended («… في أوبك إن …»)."""
    return toks.forms[k] in {"ان", "انه", "انها", "انهم", "بان", "الي", "علي", "عن"}


def plural_group(toks: Tokens, k: int) -> bool:
    """The subject of a verb opening its sentence names a group: a nominative plural («أكد المصابون»)
    or a plural in ـات («ثمنت قيادات أمنية»، «أعلنت السلطات»)."""
    form = toks.forms[k]
    if plural_people(toks, k) or bare(form) in _GROUP_NOUNS:
        return True
    adjective = toks.forms[k + 1] if k + 1 < len(toks) else ""  # «قيادات أمنية»، «مصادر مطلعة»
    return form.endswith("ات") and not form.startswith("ال") and adjective.endswith("يه")


def plural_people(toks: Tokens, j: int) -> bool:
    """A definite masculine plural in the nominative («المواطنون»، «المصابون»), an indefinite one or a
    dual with its relational adjective («سياسيون يمنيون»، «مندوبان خليجيان») or «ذوو …» (the nominative
    «ذوو الشهداء»): after a verb, its subject, so a group speaks as its description."""
    form = toks.forms[j]
    if (form.endswith("و") and len(form) >= 5) or form in {"ذوو", "وذوو"}:  # «منسوبو الأمانة»
        construct = len(form) >= 6 and toks.is_word(j + 1)  # «مسؤولو عمليات الطوارئ»
        return j + 1 < len(toks) and (toks.forms[j + 1].startswith("ال") or construct)
    if form in _GROUP_NOUNS and form.endswith("ون"):  # «اتهم آخرون صالح»
        return True
    noun = not form.startswith(("ي", "ت", "ال"))  # «يعتمدون»: a verb, not a plural noun
    if (
        noun
        and len(form) >= 5
        and form.endswith("ون")
        and toks.forms[j + 1 : j + 2] in ([w] for w in _OPENING)
    ):
        return True  # «قال منظمون إن …»، «وقال صيادون أمس إن …»
    if not form.startswith("ال") and j + 1 < len(toks) and toks.is_word(j + 1):
        # «سياسيون يمنيون»، «مندوبان خليجيان»: an indefinite plural or dual with its relational adjective
        adjective = toks.forms[j + 1]
        # «عاملون في خطوط الطيران»، «قائمون على البنوك»: an indefinite plural with the place it belongs to
        place = noun and adjective in _PLACES
        plural = len(form) >= 6 and form.endswith("ون") and (adjective.endswith("يون") or place)
        return plural or (len(form) >= 6 and form.endswith("ان") and adjective.endswith("يان"))
    return len(form) >= 7 and form.startswith("ال") and form.endswith("ون") and form not in _NOT_PLURALS
