"""Speech cues shared by the quotation rules: which folded words are cues, and where clauses end.

A token is a ``verb`` (``cues/speech_verbs.txt``: قال، أكد، أضاف … in every person, with و/ف in front),
a ``participle`` (مؤكدا، مشيرا …), a ``nominal`` cue (قوله), an ``attribution`` (بحسب، وفقا), an
``appeal`` (``cues/appeal_verbs.txt``: دعا، طالب — a cue only for words in quote marks) or a ``hedge``
(the «حد» of «على حد قوله»). Words that are also common nouns or prepositions (بين، رد، تابع) are *weak*:
they count only with a conjunction in front or a complementiser after them. A reported clause ends at
the sentence end (a full stop glued to the next word counts: ``split_glued_stops``), before a
participle that opens a new cue («… مشددا على …»), or before a comma that opens one («…، وأضاف أن …»،
«…، على حد قوله»). The outlets a statement went through are found in ``relays``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from akhbar.extract.words import Tokens, bare, family_map, phrase_set, word_set
from akhbar.resources import read_variants
from akhbar.text.normalise import fold

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
POST = frozenset({"كما", "حسبما", "وكما", "وحسبما"})
NEGATIONS = frozenset({"لم", "لن", "لا", "ولم", "ولن", "ولا"})
RELATIVES = frozenset(
    fold(w) for w in ["الذي", "التي", "الذين", "اللذين", "اللتين", "والذي", "والتي", "والذين"]
)
WEAK = frozenset(
    fold(w)
    for w in [
        "بين",
        "رأى",
        "ذكر",
        "وعد",
        "رد",
        "نقل",
        "تابع",
        "أقر",
        "علق",
        "يعد",
        "تعد",
        "جدد",
        "رأت",
        "وصف",
        "وصفت",
    ]
)


# appeals in the participle («…، داعية طهران إلى “…”»): like «مؤكدا», no subject of their own follows;
# the feminine forms are also verbal nouns («مطالبة تركيا» = Turkey's demand), so only after a comma
APPEAL_PARTICIPLES = frozenset(
    fold(w) for w in ["داعيا", "داعية", "مطالبا", "مطالبة", "مناشدا", "مناشدة", "حاثا", "حاثة"]
)


def appeal_gender(toks: Tokens, i: int) -> str:
    """``"M"``/``"F"`` when token ``i`` is an appeal in the participle, else ``""``: «داعيا»، «مطالبا»
    anywhere, «داعية»، «مطالبة» after a comma or a closing quote mark («…، مطالبة السلطات بـ“…”», not
    «مع مطالبة تركيا بـ“…”»)."""
    word = strip_conj(toks.forms[i])
    if word not in APPEAL_PARTICIPLES:
        return ""
    if word.endswith("ا"):
        return "M"
    return "F" if i > 0 and (toks.forms[i - 1] in COMMAS or toks.forms[i - 1] in '»”"') else ""


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
        if word in family_map("cues/appeal_verbs.txt"):
            return "appeal"
    return "hedge" if form == "حد" else ""


@cache
def attribution_words() -> frozenset[str]:
    return frozenset(p[0] for p in phrase_set("cues/attribution_cues.txt"))


@cache
def feminine_forms() -> frozenset[str]:
    """Feminine forms of the speech verbs: the perfect + ت (a final long vowel dropped: «دعت» from «دعا»،
    «نفت» from «نفى»), and the imperfect with ت for ي."""
    forms = family_map("cues/speech_verbs.txt") | family_map("cues/appeal_verbs.txt")
    out = {f for f in forms if f.endswith("ت") and {f[:-1], f[:-1] + "ا", f[:-1] + "ي"} & forms.keys()}
    out |= {f for f in forms if f.startswith("ت") and "ي" + f[1:] in forms}
    return frozenset(out)


def cue_gender(form: str) -> str:
    """``"F"`` for a feminine cue (قالت، تؤكد، مؤكدة، قولها), ``"M"`` for a masculine singular one, else ``""``.

    >>> cue_gender("وقالت"), cue_gender("واضاف"), cue_gender("قالوا"), cue_gender("موكده"), cue_gender("قولها")
    ('F', 'M', '', 'F', 'F')
    >>> cue_gender("ودعت"), cue_gender("دعا"), cue_gender("وقالا")
    ('F', 'M', '')
    """
    kind = cue_kind(form)
    word = strip_conj(form)
    if kind in {"verb", "appeal"}:
        if word in feminine_forms():
            return "F"
        dual = word.endswith("ا") and word[:-1] in family_map("cues/speech_verbs.txt")  # «قالا»، «أكدا»
        return "" if dual or word.endswith(("وا", "ون", "ان", "تا")) else "M"
    if kind == "participle":
        return "F" if word.endswith("ه") else "" if word.endswith("ين") else "M"
    if kind == "nominal":
        return "F" if word.endswith("ها") else "" if word.endswith(("هم", "هما")) else "M"
    return ""


def cue_plural(form: str) -> bool:
    """A cue in the plural («قالوا»، «يؤكدون»، «مؤكدين»، «قولهم»): a group speaks.

    >>> cue_plural("وقالوا"), cue_plural("مضيفين"), cue_plural("وقال"), cue_plural("قولهم")
    (True, True, False, True)
    """
    kind, word = cue_kind(form), strip_conj(form)
    if kind == "verb":
        return word.endswith(("وا", "ون"))
    if kind == "participle":
        return word.endswith("ين")
    return kind == "nominal" and word.endswith("هم")


def cue_dual(form: str) -> bool:
    """A speech verb in the dual («قالا»، «وأكدا»، «قالتا»): two speak, never one (not «دعا», a root in alif).

    >>> cue_dual("وقالا"), cue_dual("قالوا"), cue_dual("قال")
    (True, False, False)
    """
    word = strip_conj(form)
    return cue_kind(form) == "verb" and len(word) >= 4 and word.endswith("ا") and not word.endswith("وا")


def weak(form: str) -> bool:
    """A cue word that is also a common noun or preposition («بين»، «رد»، «تابع لـ») unless a conjunction leads."""
    return strip_conj(form) == form and bare(form) in WEAK  # «وصفت»، «وعد»: the و is the verb's own


# a full stop glued to the next word («النووي.وشدد»), which the sentence splitter leaves inside one
# sentence; a dotted abbreviation («جيه.إل.إل»، «د.أحمد») has a short word on one side, a URL Latin ones
_GLUED_STOP = re.compile(r"(?<=[\u0621-\u064a]{3})\s?[.!?؟](?=[\u0621-\u064a]{3})")  # Arabic words: not a URL


def split_glued_stops(toks: Tokens) -> Tokens:
    """``toks`` with a sentence boundary after every full stop glued to the next word.

    >>> from akhbar.extract.words import tokenise
    >>> t = split_glued_stops(tokenise("قال إن الوضع مستقر.وأضاف أن جيه.إل.إل ربحت.", [(0, 45)]))
    >>> t.sentence
    [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    """
    cuts = [toks.at(m.end() - 1) + 1 for m in _GLUED_STOP.finditer(toks.text)]
    cuts = [k for k in cuts if 0 < k < len(toks) and toks.sentence[k] == toks.sentence[k - 1] >= 0]
    if not cuts:
        return toks
    sentence = list(toks.sentence)
    for shift, (a, b) in enumerate(zip(cuts, [*cuts[1:], len(sentence)], strict=True), start=1):
        sentence[a:b] = [s + shift if s >= 0 else s for s in sentence[a:b]]
    return Tokens(toks.text, toks.starts, toks.ends, toks.forms, sentence)


def first_person(form: str) -> bool:
    """A word in the first person («نحن»، «لدينا»، «سندرسه»… ending in «نا»): the speaker goes on talking."""
    word = strip_conj(form)
    if word in {"نحن", "انا", "اننا", "لنا", "علينا", "لدينا", "عندنا"}:
        return True
    return len(word) >= 4 and word.endswith("نا") and word[-3] != "ا" and word not in {"هنا", "ههنا"}


def abbreviation_dot(toks: Tokens, k: int) -> bool:
    """A full stop glued on both sides inside a sentence («جيه.إل.إل»، «د.أحمد»): not the sentence's end."""
    return (
        toks.forms[k] == "."
        and 0 < k < len(toks) - 1
        and toks.ends[k - 1] == toks.starts[k]
        and toks.ends[k] == toks.starts[k + 1]
        and toks.sentence[k + 1] == toks.sentence[k]
    )


def lone_weak(toks: Tokens, i: int) -> bool:
    """A weak cue inside a clause, with no conjunction or comma before it («العلاقات بين البلدين»)."""
    return (
        weak(toks.forms[i])
        and i > sentence_first(toks, i)
        and toks.forms[i - 1] not in COMMAS
        and toks.forms[i - 1] not in {"قد", "وقد", "لقد", "فقد"}  # «وقد ذكر الدكتور …»
    )


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
        if cues[nxt] == "participle" and nxt > first + 1:  # «… في المنطقة مشددا على ضرورة …»
            break
        if (
            cues[nxt] == "verb"
            and toks.forms[nxt][0] in "وف"
            and bare(strip_conj(toks.forms[nxt])) not in WEAK
        ):
            break  # «… بعد الاتفاق وأضاف واصفا …»: a new statement with no comma before it
        k = nxt
    while k > first and toks.forms[k] in TRAILING:
        k -= 1
    return k


def new_cue(toks: Tokens, cues: list[str], k: int) -> bool:
    form = toks.forms[k]
    if cues[k] == "participle" or (cues[k] == "verb" and form[0] in "وف"):
        return True
    if cues[k] == "appeal" and (form[0] in "وف" or not form.startswith(("ي", "ت"))):
        return True  # «…، مطالبا بضرورة …»، «…، ودعا إلى …»: an appeal after the statement
    if form in {"علي", "عل"} and k + 1 < len(toks):
        if cues[k + 1] == "hedge":  # «…، على حد قوله»
            return True
        return toks.forms[k + 1] == "ما" and k + 2 < len(toks) and cues[k + 2] == "verb"  # «…، على ما قال»
    return form in POST and k + 1 < len(toks) and cues[k + 1] == "verb"


def sentence_end(toks: Tokens, i: int) -> int:
    k = i
    while k + 1 < len(toks) and toks.sentence[k + 1] == toks.sentence[i] >= 0:
        k += 1
    return k + 1


@cache
def agency_names() -> dict[str, str]:
    """Folded one-word agency names («الأناضول»، «رويترز») → canonical (``cues/agencies.txt``)."""
    out: dict[str, str] = {}
    for row in read_variants("cues/agencies.txt"):
        for variant in row:
            word = fold(variant).lower()
            if " " not in word and word.isalpha() and len(word) > 2:
                out.setdefault(word, row[0])
    return out
