"""Speech cues shared by the quotation rules: which folded words are cues, and where clauses end.

A token is a ``verb`` (``cues/speech_verbs.txt``: قال، أكد، أضاف … in every person, with و/ف in front),
a ``participle`` (مؤكدا، مشيرا …), a ``nominal`` cue (قوله) or an ``attribution`` (بحسب، وفقا). Words that
are also common nouns or prepositions (بين، رد، تابع) are *weak*: they count only with a conjunction in
front or a complementiser after them. A reported clause ends at the sentence end, or before a comma
that opens a new cue («…، مؤكدا أن …»، «…، وأضاف أن …»).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from akhbar.extract.words import bare, family_map, phrase_set, word_set
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.words import Tokens

COMMAS = frozenset("،,")
TRAILING = frozenset(".!?؟…:;؛،,")
COMPLEMENTISERS = frozenset(
    fold(w)
    for w in [
        "إن",
        "أن",
        "بأن",
        "فإن",
        "إنه",
        "أنه",
        "بأنه",
        "فإنه",
        "إنها",
        "أنها",
        "بأنها",
        "فإنها",
        "إنهم",
        "أنهم",
        "بأنهم",
        "إنهما",
        "أنهما",
        "إننا",
        "أننا",
        "بأننا",
        "إني",
        "أني",
    ]
)
# «بعد أن», «يجب أن»: an أن that is not the complement of the cue
NOT_COMPLEMENT = frozenset(
    fold(w)
    for w in ["بعد", "قبل", "منذ", "دون", "حتى", "يجب", "ينبغي", "يمكن", "لابد", "من", "ما", "أجل", "بد"]
)
POST = frozenset({"كما", "حسبما", "وكما"})
WEAK = frozenset(
    fold(w)
    for w in ["بين", "رأى", "ذكر", "وعد", "رد", "نقل", "تابع", "أقر", "علق", "يعد", "تعد", "جدد", "رأت"]
)


def strip_conj(form: str) -> str:
    return form[1:] if len(form) > 2 and form[0] in "وف" and cue_kind(form[1:]) else form


@lru_cache(maxsize=1 << 16)
def cue_kind(form: str) -> str:
    """``verb``, ``participle``, ``nominal``, ``attribution`` or ``""`` for a folded token."""
    for word in (form, form[1:] if len(form) > 3 and form[0] in "وف" else ""):
        if not word:
            continue
        if word in word_set("cues/impersonal_cues.txt"):
            return ""
        if word in family_map("cues/speech_verbs.txt"):
            return "verb"
        if word in family_map("cues/participle_cues.txt"):
            return "participle"
        if word in word_set("cues/nominal_cues.txt"):
            return "nominal"
        if word in attribution_words():
            return "attribution"
    return ""


@cache
def attribution_words() -> frozenset[str]:
    return frozenset(p[0] for p in phrase_set("cues/attribution_cues.txt"))


@cache
def feminine_forms() -> frozenset[str]:
    """Feminine forms of the speech verbs: the perfect + ت, and the imperfect with ت for ي."""
    forms = family_map("cues/speech_verbs.txt")
    out = {f for f in forms if f.endswith("ت") and f[:-1] in forms}
    out |= {f for f in forms if f.startswith("ت") and "ي" + f[1:] in forms}
    return frozenset(out)


def weak(form: str) -> bool:
    """A cue word that is also a common noun or preposition («بين»، «رد»، «تابع لـ») unless a conjunction leads."""
    return form[0] not in "وف" and bare(form) in WEAK


def sentence_first(toks: Tokens, i: int) -> int:
    k = i
    while k > 0 and toks.sentence[k - 1] == toks.sentence[i] and toks.sentence[i] >= 0:
        k -= 1
    return k


def clause_end(toks: Tokens, cues: list[str], first: int, openers: set[int]) -> int:
    """Last token of the reported clause that starts at ``first``: the sentence, cut before a new cue."""
    sentence = toks.sentence[first]
    k = first
    while k + 1 < len(toks) and toks.sentence[k + 1] == sentence and sentence >= 0 and k + 1 not in openers:
        nxt = k + 1
        if toks.forms[nxt] in COMMAS and nxt + 1 < len(toks) and new_cue(toks, cues, nxt + 1):
            break
        k = nxt
    while k > first and toks.forms[k] in TRAILING:
        k -= 1
    return k


def new_cue(toks: Tokens, cues: list[str], k: int) -> bool:
    form = toks.forms[k]
    if cues[k] == "participle" or (cues[k] == "verb" and form[0] in "وف"):
        return True
    return form in POST and k + 1 < len(toks) and cues[k + 1] == "verb"


def sentence_end(toks: Tokens, i: int) -> int:
    k = i
    while k + 1 < len(toks) and toks.sentence[k + 1] == toks.sentence[i] >= 0:
        k += 1
    return k + 1
