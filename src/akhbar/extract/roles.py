"""Titles and roles next to a person's name, and descriptions that stand for a person.

A role is the title phrase right before the name («نائب وزير الخارجية الروسي ألكسندر غروشكو») or in
apposition after it («ينس ستولتنبرغ، الأمين العام لحلف الناتو»; Saudi style without the comma:
«… آل سعود ولي العهد نائب رئيس مجلس الوزراء»). Roles let a later description («وزير الخارجية الروسي»،
«الدبلوماسي»، «وزير خارجيته»، «مديرها العام») resolve to the person the article gave that role; the
gender a title tells is read in ``extract.genders``. Role words, honorifics, the words a role never
runs over and the nouns of bodies and sources that speak («الوزارة»، «مصدر») are resource lists under
``resources/cues/``.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from akhbar.extract.words import (
    OUTLETS,
    QUOTE_MARKS,
    SENTENCE_END,
    Tokens,
    bare,
    family_map,
    phrase_set,
    possessive_stem,
    tokenise,
    word_set,
)
from akhbar.model import Span
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

_COMMAS = frozenset("،,")
_MAX_BEFORE = 10
_MAX_AFTER = 14
# role words that place a person in a country's diplomacy; «الدبلوماسي» resolves to one of them
_DIPLOMATIC = frozenset({"خارجيه", "سفير", "سفيره", "دبلوماسي", "دبلوماسيه", "مبعوث", "مندوب", "قنصل"})


@lru_cache(maxsize=1 << 16)
def is_title(form: str) -> bool:
    """True when a folded word opens a role phrase (``وزير``، ``الأمين``، ``نائب``، ``مديرها``).

    >>> is_title("الامين"), is_title("مديرها"), is_title("الحكومه")
    (True, True, False)
    """
    titles = word_set("cues/titles.txt")
    if form in titles or bare(form) in titles:
        return True
    # a title with a possessive pronoun: «مديرها العام»، «نائبه»، «وزير خارجيتهم»
    return possessive_stem(form) in titles


def title_gender(form: str) -> str:
    """``"F"`` for a feminine title («وزيرة»، «المتحدثة»), ``"M"`` for a masculine one, ``""`` otherwise.

    >>> title_gender("الوزيره"), title_gender("وزير"), title_gender("الحكومه")
    ('F', 'M', '')
    """
    word = bare(form)
    if word not in word_set("cues/titles.txt"):
        return ""
    return "F" if word.endswith("ه") and word[:-1] in word_set("cues/titles.txt") else "M"


def _stops() -> frozenset[str]:
    return word_set("cues/role_stops.txt")


def _is_stop(form: str) -> bool:
    return form in _stops() or form in family_map("cues/speech_verbs.txt")


def _ends_description(form: str) -> bool:
    """A word a speaker description never runs over: a stop, a cue («قوله»، «مؤكدا»), an outlet («لوكالة»)."""
    return (
        _is_stop(form)
        or len(form) < 2  # a detached «لـ» before an outlet
        or form in word_set("cues/nominal_cues.txt")
        or form in family_map("cues/participle_cues.txt")
        or form in _DESCRIPTION_STOPS
        or form in _weekdays()
        or (form[:1] == "ل" and bare(form[1:]) in OUTLETS)
    )


# relays and times that end a description («مكتب رئيس الوزراء يوم الخميس»، «مصادر نقلا عن …»)
_DESCRIPTION_STOPS = frozenset({"نقلا", "وفقا", "حسب", "بحسب", "يوم", "صباح", "مساء", "امس", "غدا", "الليله"})


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(fold(form).lower() for row in read_variants("cues/weekdays.txt") for form in row[1:])


def role_before(tokens: Tokens, first: int, taken: Sequence[int]) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the role phrase that ends right before token ``first``, if any.

    ``taken[i]`` is the index of the mention token ``i`` belongs to (``-1`` for none): a role never
    runs over another person's name.
    """
    j = first - 1
    if j >= 0 and tokens.forms[j] in _COMMAS:
        j -= 1
    end = j + 1
    start = None
    k = j
    while k >= 0 and end - k <= _MAX_BEFORE and tokens.is_word(k) and taken[k] < 0:
        form = tokens.forms[k]
        if form[0] in "وف" and len(form) > 3 and is_title(form[1:]):
            start = k
            break
        if _is_stop(form):
            break
        if is_title(form):
            start = k
        k -= 1
    if start is None or tokens.sentence[start] != tokens.sentence[first]:
        return None
    return start, end


def role_after(tokens: Tokens, last: int, taken: Sequence[int]) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the role phrase in apposition right after token ``last``, if any.

    Names of bodies inside the role («الأمين العام لحلف الناتو») belong to it; ``taken`` marks only
    the tokens of other people's names, which end it.
    """
    k = last + 1
    if k < len(tokens) and tokens.forms[k] in _COMMAS:
        k += 1
    # «… والرئيس فلان»: a title behind the conjunction starts the next person's phrase («وزير» is a title)
    form = tokens.forms[k] if tokens.is_word(k) else ""
    if not form or not is_title(form) or (form[0] in "وف" and form not in word_set("cues/titles.txt")):
        return None
    start = k
    while k < len(tokens) and k - start < _MAX_AFTER and tokens.is_word(k) and taken[k] < 0:
        if k > start and (_ends_description(tokens.forms[k]) or _object_after(tokens, k)):
            break
        k += 1
    return (start, k) if k > start else None


def _object_after(tokens: Tokens, k: int) -> bool:
    """A bare indefinite noun after a definite word («أجرى فلان وزير الخارجية مباحثات مع …»): a genitive
    chain ends at its definite word and adjectives agree with it, so the noun is the verb's object."""
    form, definite = tokens.forms[k], tokens.forms[k - 1].startswith(("ال", "لل", "بال"))
    plain = (
        form.isalpha() and form not in {"في", "من", "عن", "علي", "مع", "لدي", "بين"} and not is_title(form)
    )
    return definite and plain and not form.startswith(("ال", "ل", "ب", "و", "ف"))


def phrase_at(tokens: Tokens, first: int) -> tuple[int, int]:
    """Token range of a description starting at token ``first`` (``الدبلوماسي``، ``وزير الخارجية الروسي``)."""
    k = first
    while k < len(tokens) and k - first < _MAX_AFTER and tokens.is_word(k):
        if k > first and _ends_description(tokens.forms[k]):
            break
        k += 1
    return first, max(k, first + 1)


def mention_tokens(tokens: Tokens, mentions: Sequence[Span], label: str | None = None) -> list[int]:
    """For each token, the index of the mention (of type ``label``, if given) it overlaps, or ``-1``."""
    taken = [-1] * len(tokens)
    for n, m in enumerate(mentions):
        if label is not None and m.label != label:
            continue
        i = tokens.at(m.start)
        while i < len(tokens) and tokens.starts[i] < m.end:
            taken[i] = n
            i += 1
    return taken


def find_roles(text: str, mentions: Sequence[Span], *, tokens: Tokens | None = None) -> dict[int, Span]:
    """The role of each PERS mention that has one: mention index → ``Span(label="role")`` in original offsets.

    The phrase before the name wins over the one after it, which then rides along as the role span's
    attr ``also`` («السفير أحمد أبو زيد المتحدث باسم الخارجية»: a later «المتحدث» is him too); a
    name with neither has no entry.

    >>> t = "قال نائب وزير الخارجية الروسي ألكسندر غروشكو إن الرد سلبي."
    >>> roles = find_roles(t, [Span(30, 44, "PERS")])
    >>> t[roles[0].start : roles[0].end]
    'نائب وزير الخارجية الروسي'
    """
    toks = tokens if tokens is not None else tokenise(text)
    taken = mention_tokens(toks, mentions, "PERS")
    out: dict[int, Span] = {}
    for n, m in enumerate(mentions):
        if m.label != "PERS":
            continue
        first = toks.at(m.start)
        last = max(first, toks.at(m.end - 1))
        before, after = role_before(toks, first, taken), role_after(toks, last, taken)
        if before is not None and _follows_name(toks, before, first, m.start, taken):
            before = None
        found = before or after
        if found is None:
            continue
        i, j = found
        start = toks.starts[i] + _clitic_len(toks.forms[i])
        also = {"also": text[toks.starts[after[0]] : toks.ends[after[1] - 1]]} if before and after else {}
        out[n] = Span(start, toks.ends[j - 1], "role", also)
    return out


def _follows_name(toks: Tokens, role: tuple[int, int], first: int, start: int, taken: Sequence[int]) -> bool:
    """A role right after another person's name and cut from this one by a comma or «و» is that
    person's («عادل الطريفي وزير الثقافة، وعادل الجبير وزير الخارجية»)."""
    separated = role[1] < first or start > toks.starts[first]  # a comma, or «و» glued to the name
    return separated and role[0] > 0 and taken[role[0] - 1] >= 0


def _clitic_len(form: str) -> int:
    return 1 if form[0] in "وف" and len(form) > 3 and is_title(form[1:]) and not is_title(form) else 0


def description_words(phrase: str) -> list[str]:
    """Comparable words of a role or description: folded, without ال, possessive or ta marbuta variants.

    >>> description_words("وزير خارجيته")
    ['وزير', 'خارجيه']
    """
    out: list[str] = []
    for word in fold(phrase).lower().split():
        w = bare(word.strip("،,.:()\"'"))
        if len(w) > 4 and w.endswith("ته"):
            w = w[:-2] + "ه"
        elif len(w) > 4 and w.endswith("تها"):
            w = w[:-3] + "ه"
        if not w or w in _stops():
            continue
        w = w[1:] if w[0] in "لب" and w[1:] in _TITLE_BASES else w
        out.append(_SYNONYMS.get(w, w))
    return out


# role words that name the same office («الناطق باسم الخارجية» is «المتحدث باسم الخارجية»)
_SYNONYMS = {"ناطق": "متحدث", "ناطقه": "متحدثه", "الناطق": "متحدث"}


_TITLE_BASES = frozenset({"حلف", "وزاره", "وزير", "رئيس"})


def role_matches(description: str, role: str) -> float:
    """How well a description fits a role: the share of its words the role has (0 when the head differs).

    >>> role_matches("الدبلوماسي", "رئيس إدارة الحد من التسلح بوزارة الخارجية الروسية")
    1.0
    >>> role_matches("وزير الخارجية الروسي", "نائب وزير الخارجية الروسي")
    1.0
    >>> role_matches("الرئيس الروسي", "وزير الخارجية الروسي")
    0.0
    >>> role_matches("المدرب البرتغالي", "مدربه البرتغالي")
    1.0
    """
    desc = description_words(description)
    have = set(description_words(role))
    have |= {w[1:] for w in have if w.startswith("ب") and len(w) > 4}
    have |= {stem for stem in map(possessive_stem, have) if stem and is_title(stem)}  # «مدربه البرتغالي»
    if not desc:
        return 0.0
    if desc[0] in {"دبلوماسي", "دبلوماسيه"}:
        return 1.0 if have & _DIPLOMATIC else 0.0
    if desc[0] not in have:
        return 0.0
    return sum(1 for w in desc if w in have) / len(desc)


#: Statement nouns whose author speaks through them («بيان للوزارة»، «وتابعت الوثيقة»).
STATEMENTS = frozenset({"بيان", "تقرير", "تقارير", "تصريح", "تصريحات", "رساله", "وثيقه", "دراسه"})


@cache
def location_words() -> frozenset[str]:
    """Folded one-word place names without ال (``gazetteers/locations.txt``): «روسيا»، «الكاريبي» → كاريبي."""
    return frozenset(
        bare(fold(w).lower()) for w in read_lines("gazetteers/locations.txt") if " " not in w.strip()
    )


@cache
def body_heads() -> frozenset[str]:
    """Head words of named bodies («وزارة»، «حلف»، «الخارجية»): «الوزارة» stands for the ministry named."""
    heads = {bare(fold(w)) for w in read_lines("cues/org_heads.txt")}
    heads |= {bare(fold(row[0])) for row in read_variants("gazetteers/institution_heads.txt")}
    return frozenset(heads | {bare(fold(w)) for w in read_lines("gazetteers/ministry_domains.txt")})


@cache
def speaking_nouns() -> frozenset[str]:
    """Subjects that are neither a name nor a title: bodies and sources («الوزارة»، «الرئاسة»، «مصدر»)."""
    nouns = word_set("cues/body_nouns.txt") | (word_set("cues/source_nouns.txt") - OUTLETS)
    return body_heads() | nouns | STATEMENTS


def skip_honorifics(toks: Tokens, j: int) -> int:
    """The first token from ``j`` on past the honorifics that may precede a name («صاحب السمو الملكي الأمير»)."""
    honorifics = phrase_set("cues/honorifics.txt")
    moved = True
    while moved:
        moved = False
        for size in (3, 2, 1):
            words = tuple(toks.forms[j : j + size])
            if len(words) == size and (
                words in honorifics or (size == 1 and bare(words[0]) in BARE_HONORIFICS)
            ):
                j += size
                moved = True
                break
    return j


BARE_HONORIFICS = frozenset({"سيد", "سيده", "شيخ", "دكتور", "دكتوره", "مهندس", "استاذ"})


def is_boundary(form: str) -> bool:
    """A token that ends a clause for role and subject scanning."""
    return form in SENTENCE_END or form in QUOTE_MARKS or form in ":()"
