"""A group as a cue's subject: «وقال المواطنون اليمنيون»، «ثمنت قيادات أمنية»، «أكد ذوو الشهداء».

A plural of people speaks as its description, with gender ``P`` so that a singular cue later does not
go on from it. ``speakers`` asks ``plural_group`` of a verb's subject at the start of a sentence and
``subjects`` asks ``plural_people`` after a cue. Two named together («فلان والرئيس علان»، «الاتحاد
الأوروبي والاتحاد الأفريقي») speak together after a dual or plural cue with no subject (``set_pair``,
``set_dual``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from akhbar.extract.cues import cue_dual
from akhbar.extract.found import set_mention, take_last
from akhbar.extract.referents import oblique
from akhbar.extract.words import bare
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found, Last
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


_PAIR_GAP = 5  # tokens from one name to the «و» + title + name joined to it


def set_pair(ctx: Context, q: Found, same: list[int], labels: tuple[str, ...] = ("PERS",)) -> bool:
    """«أكد ولي العهد فلان والرئيس المصري علان … مؤكدين أن …»: two mentions of one type in ``labels``
    (tried in that order) joined by «و» among ``same`` (the cue's sentence) speak together."""
    toks = ctx.tokens
    for label in labels:
        named = [n for n in same if ctx.linked[n].label == label]
        for a, b in pairwise(named):
            gap = range(toks.at(ctx.linked[a].end), toks.at(ctx.linked[b].start) + 1)
            joined = len(gap) <= _PAIR_GAP and any(toks.forms[k].startswith("و") for k in gap)
            if joined and _canonical(ctx, a) != _canonical(ctx, b):
                set_mention(ctx, q, a)
                if " و" not in str(q.speaker):
                    q.speaker = f"{q.speaker} و{_canonical(ctx, b)}"
                return True
    return False


_DUAL_WITHIN = 2  # sentences back to the pair a dual cue goes on from


def set_dual(ctx: Context, q: Found, last: Last) -> bool:
    """A dual cue with no subject («ولم يرسل الاتحاد الأوروبي والاتحاد الأفريقي مراقبين لأنهما قالا إن
    …»، «والتقى فلان ونظيره علان وأكدا أن …»): the pair that was speaking, else two people, two bodies or
    two places joined by «و» before it in its sentence, outside other quotations' words and prepositional
    phrases («إدانتهما لأعمال داعش وحزب الله»); never one speaker."""
    toks, c = ctx.tokens, q.cue_tok
    if not cue_dual(toks.forms[c]):
        return False
    sentence, start = toks.sentence[c], toks.starts[c]
    if last.name is not None and " و" in last.name and sentence - last.sentence <= _DUAL_WITHIN:
        take_last(q, last)  # «قالا …. وأضافا»
        q.implicit = True
        return True
    same = [
        n
        for n, m in enumerate(ctx.linked)
        if m.end <= start
        and toks.sentence[toks.at(m.start)] == sentence
        and not oblique(ctx.text, m)
        and not any(lo <= m.start < hi and not lo <= start < hi for lo, hi in ctx.quoted)
    ]
    if not set_pair(ctx, q, same, ("PERS", "ORG", "LOC")):
        return False
    q.implicit = True
    return True


def _canonical(ctx: Context, n: int) -> str:
    m = ctx.linked[n]
    return str(m.attrs.get("canonical") or ctx.text[m.start : m.end])
