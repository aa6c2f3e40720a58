"""Folded word tokens with original offsets, for the rule-based steps (linking, roles, quotes).

The rules compare words, not strings: each token keeps its original ``[start, end)`` and its folded
form (``fold``: hamza, ya, ta marbuta, diacritics), so «أكّد» and «اكد» look alike while every
finding still points into the original text. Punctuation tokens keep their original character,
because folding merges “ ” « » into one straight mark and quote pairing needs the direction.
Tokenising once per article and comparing with set lookups keeps the steps fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING

from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold, normalise

if TYPE_CHECKING:
    from collections.abc import Iterable

_TOKEN = r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\s\w]|_"
_SPLIT = re.compile(f"({_TOKEN})")  # the capture keeps the tokens between the gaps
#: Proclitics that may sit on a word in front of a cue or a title, longest first.
CLITICS = (
    "وبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
# the same, grouped by first letter in the same order (a form can only start with one of the groups)
_CLITICS_BY_LETTER = {c[0]: tuple(x for x in CLITICS if x[0] == c[0]) for c in CLITICS}
#: The article and what is glued before it (after «ل» the article's alef drops: «للوزير»، «وللوزير»).
_ARTICLES = ("وبال", "وال", "ولل", "فال", "فلل", "بال", "كال", "لل", "ال")
_ARTICLES_BY_LETTER = {c[0]: tuple(x for x in _ARTICLES if x[0] == c[0]) for c in _ARTICLES}
#: Characters that open or close a quotation (original forms; folding would merge them).
QUOTE_MARKS = frozenset('"“”«»„‟‹›')
#: Folded nouns of outlets that stand before an outlet's name («وكالة رويترز»، «صحيفة الأهرام»).
OUTLETS = frozenset({"وكاله", "صحيفه", "قناه", "موقع", "تلفزيون", "اذاعه", "شبكه", "جريده", "مجله", "وكالات"})
SENTENCE_END = frozenset(".!?؟…")
_ORNATE = {0xFD3E: "(", 0xFD3F: ")"}


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of one text: parallel lists of original starts, ends and folded forms.

    ``forms[i]`` is the folded, lower-cased word, or the original character for punctuation.
    ``sentence[i]`` is the index of the sentence the token lies in (``-1`` outside every sentence).
    """

    text: str
    starts: list[int]
    ends: list[int]
    forms: list[str]
    sentence: list[int]

    def __len__(self) -> int:
        return len(self.forms)

    def at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset`` (``len`` when none)."""
        return bisect_right(self.ends, offset)

    def before(self, offset: int) -> int:
        """Index of the last token that starts before ``offset`` (``-1`` when none)."""
        return bisect_right(self.starts, offset - 1) - 1

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.forms) and self.forms[i][0].isalpha()


def tokenise(text: str, sentences: Iterable[tuple[int, int]] = ()) -> Tokens:
    """Tokens of ``text`` in original offsets, with the sentence index of each.

    >>> t = tokenise("وأكّد الوزير: «نعم».")
    >>> t.forms
    ['واكد', 'الوزير', ':', '«', 'نعم', '»', '.']
    >>> t.text[t.starts[0] : t.ends[0]]
    'وأكّد'
    """
    # ornate parentheses around Quran verses read as ordinary brackets (same length: offsets unchanged)
    safe = text.translate(_ORNATE) if "\ufd3e" in text or "\ufd3f" in text else text
    view = normalise(safe)
    # one C-level split gives gaps and tokens alternately; their running lengths are the view offsets,
    # which the map turns into original ones (a token is never empty, so its original range runs from
    # the map's start of its first character to the map's end of its last)
    parts = _SPLIT.split(view.text)
    bounds = list(accumulate(map(len, parts), initial=0))
    starts = list(map(view.map.starts.__getitem__, bounds[1:-1:2]))
    last_end = (0, *view.map.ends)  # shifted by one: a token ending at view offset b ends where b - 1 does
    ends = list(map(last_end.__getitem__, bounds[2::2]))
    # punctuation keeps its original character (folding merges the quote marks)
    forms = [form if form[0].isalnum() else text[s] for form, s in zip(parts[1::2], starts, strict=True)]
    return Tokens(text, starts, ends, forms, _sentence_ids(starts, sentences))


def _sentence_ids(starts: list[int], sentences: Iterable[tuple[int, int]]) -> list[int]:
    """The sentence index of each token (``-1`` outside them); sentences are read in order, each from
    the token where the previous one stopped."""
    ids = [-1] * len(starts)
    k = 0
    for n, (s, e) in enumerate(sentences):
        k = bisect_left(starts, s, k)
        stop = bisect_left(starts, e, k)
        ids[k:stop] = [n] * (stop - k)
        k = stop
    return ids


def strip_clitic(form: str, known: frozenset[str]) -> tuple[str, int] | None:
    """``(word, clitic length)`` when ``form`` is a known word, bare or behind a proclitic.

    >>> strip_clitic("ووزير", frozenset({"وزير"}))
    ('وزير', 1)
    """
    if form in known:
        return form, 0
    for clitic in _CLITICS_BY_LETTER.get(form[:1], ()):
        if form.startswith(clitic) and form[len(clitic) :] in known:
            return form[len(clitic) :], len(clitic)
    return None


def with_clitics(words: set[str]) -> frozenset[str]:
    """The words and every form of them behind a proclitic (``لل`` standing for ل + ال)."""
    out = set(words)
    for word in words:
        for clitic in CLITICS:
            if clitic.endswith(("لل", "ال")):
                if word.startswith("ال"):
                    out.add(clitic + word[2:])
            else:
                out.add(clitic + word)
    return frozenset(out)


def unclitic(form: str, known: frozenset[str] | dict[str, bool]) -> str | None:
    """``form`` or ``form`` without its proclitic when that is in ``known`` (``لل`` gives back ``ال``).

    >>> unclitic("للخارجيه", frozenset({"الخارجيه"})), unclitic("لحلف", frozenset({"حلف"}))
    ('الخارجيه', 'حلف')
    """
    if form in known:
        return form
    for clitic in _CLITICS_BY_LETTER.get(form[:1], ()):
        if form.startswith(clitic) and len(form) - len(clitic) >= 2:
            rest = form[len(clitic) :]
            if clitic.endswith(("لل", "ال")):
                rest = "ال" + rest
            if rest in known:
                return rest
    return None


def bare(form: str) -> str:
    """A word without the article (and a conjunction or preposition glued to it).

    >>> bare("والخارجيه"), bare("الوزير"), bare("ليبيا")
    ('خارجيه', 'وزير', 'ليبيا')
    """
    for prefix in _ARTICLES_BY_LETTER.get(form[:1], ()):
        if form.startswith(prefix) and len(form) - len(prefix) >= 2:
            return form[len(prefix) :]
    return form


def definite(form: str) -> bool:
    """True when a folded word carries the article, as ``bare`` strips it.

    >>> definite("وللسعوديه"), definite("السوريه"), definite("سوريه"), definite("الي"), definite("الف")
    (True, True, False, False, False)
    """
    return bare(form) != form


def possessive_stem(form: str) -> str:
    """A folded noun without its possessive pronoun («تفهمه» → «تفهم»، «مديرها» → «مدير»); ``""`` when it
    has none or the stem would be shorter than three letters.

    >>> possessive_stem("دعمها"), possessive_stem("نائبه"), possessive_stem("وزير")
    ('دعم', 'نائب', '')
    """
    for suffix in ("هما", "هم", "ها", "ه"):
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            return form[: -len(suffix)]
    return ""


@cache
def word_set(name: str) -> frozenset[str]:
    """The folded entries of a one-word-a-line resource list (``cues/titles.txt``)."""
    return frozenset(fold(line).lower() for line in read_lines(name))


@cache
def phrase_set(name: str) -> frozenset[tuple[str, ...]]:
    """The folded entries of a resource list as word tuples (multi-word entries allowed)."""
    return frozenset(tuple(fold(line).lower().split()) for line in read_lines(name))


@cache
def family_map(name: str) -> dict[str, str]:
    """Folded form → lemma for a ``lemma | form | form`` resource list (``cues/speech_verbs.txt``)."""
    out: dict[str, str] = {}
    for row in read_variants(name):
        for form in row:
            out.setdefault(fold(form).lower(), row[0])
    return out
