"""Titles and roles next to a person's name, and descriptions that stand for a person.

A role is the title phrase right before the name («نائب وزير الخارجية الروسي ألكسندر غروشكو») or in
apposition after it («ينس ستولتنبرغ، الأمين العام لحلف الناتو»; Saudi style without the comma:
«… آل سعود ولي العهد نائب رئيس مجلس الوزراء»). Roles let a later description («وزير الخارجية الروسي»،
«الدبلوماسي»، «وزير خارجيته») resolve to the person the article gave that role. Role words, honorifics
and the words a role never runs over are resource lists under ``resources/cues/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.words import QUOTE_MARKS, SENTENCE_END, Tokens, bare, family_map, tokenise, word_set
from akhbar.model import Span
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

_COMMAS = frozenset("،,")
_MAX_BEFORE = 10
_MAX_AFTER = 14
# role words that place a person in a country's diplomacy; «الدبلوماسي» resolves to one of them
_DIPLOMATIC = frozenset({"خارجيه", "سفير", "سفيره", "دبلوماسي", "دبلوماسيه", "مبعوث", "مندوب", "قنصل"})


def is_title(form: str) -> bool:
    """True when a folded word opens a role phrase (``وزير``، ``الأمين``، ``نائب``)."""
    titles = word_set("cues/titles.txt")
    return form in titles or bare(form) in titles


def _stops() -> frozenset[str]:
    return word_set("cues/role_stops.txt")


def _is_stop(form: str) -> bool:
    return form in _stops() or form in family_map("cues/speech_verbs.txt")


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
    if not tokens.is_word(k) or not is_title(tokens.forms[k]) or tokens.forms[k][0] == "و":
        return None
    start = k
    while k < len(tokens) and k - start < _MAX_AFTER and tokens.is_word(k) and taken[k] < 0:
        if k > start and _is_stop(tokens.forms[k]):
            break
        k += 1
    return (start, k) if k > start else None


def phrase_at(tokens: Tokens, first: int) -> tuple[int, int]:
    """Token range of a description starting at token ``first`` (``الدبلوماسي``، ``وزير الخارجية الروسي``)."""
    k = first
    while k < len(tokens) and k - first < _MAX_AFTER and tokens.is_word(k):
        if k > first and _is_stop(tokens.forms[k]):
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

    The phrase before the name wins over the one after it; a name with neither has no entry.

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
        found = role_before(toks, first, taken) or role_after(toks, last, taken)
        if found is None:
            continue
        i, j = found
        start = toks.starts[i] + _clitic_len(toks.forms[i])
        out[n] = Span(start, toks.ends[j - 1], "role")
    return out


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
        out.append(w[1:] if w[0] in "لب" and w[1:] in _TITLE_BASES else w)
    return out


_TITLE_BASES = frozenset({"حلف", "وزاره", "وزير", "رئيس"})


def role_matches(description: str, role: str) -> float:
    """How well a description fits a role: the share of its words the role has (0 when the head differs).

    >>> role_matches("الدبلوماسي", "رئيس إدارة الحد من التسلح بوزارة الخارجية الروسية")
    1.0
    >>> role_matches("وزير الخارجية الروسي", "نائب وزير الخارجية الروسي")
    1.0
    >>> role_matches("الرئيس الروسي", "وزير الخارجية الروسي")
    0.0
    """
    desc = description_words(description)
    have = set(description_words(role))
    have |= {w[1:] for w in have if w.startswith("ب") and len(w) > 4}
    if not desc:
        return 0.0
    if desc[0] in {"دبلوماسي", "دبلوماسيه"}:
        return 1.0 if have & _DIPLOMATIC else 0.0
    if desc[0] not in have:
        return 0.0
    return sum(1 for w in desc if w in have) / len(desc)


def is_boundary(form: str) -> bool:
    """A token that ends a clause for role and subject scanning."""
    return form in SENTENCE_END or form in QUOTE_MARKS or form in ":()"
