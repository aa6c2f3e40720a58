"""Gazetteer back-off: listed names the tagger left untagged, added where the list entry is unambiguous.

The CRF sees the gazetteers only as features, so a listed name in an unusual context («داعش» at the
start of a headline, «الطائف» after a date) may come out untagged. ``apply_listed_names`` looks the
untagged stretches of an article up in the same lists (``locations.txt``, ``organisations.txt``,
``misc.txt``, matched as the tagger's features match them: longest entry first, on clitic- and
article-free keys) and adds a span where the entry cannot be a common word:

- an entry of two or more words («الضفة الغربية»، «عيد الفطر») is a name wherever it stands;
- a one-word entry is a name when the tagger typed the same word so in this article; otherwise only
  when the ANERcorp annotators did not tag it ``O`` in most of its occurrences
  (``listed_name_rates.tsv``: «الاتفاق» 4 entity / 57 O, «العربية» 54 / 119, «الخبر» 0 / 2 are common
  words; «الرياض» 6 / 2 is in, and so is a word ANERcorp never saw, «داعش»);
- the article must be where the list has it («جزيرة» is no «الجزيرة»، «السيول» (floods) no «سيول»);
- never a currency (a unit, as ``find_entities`` decides), a head noun that opens names («هيئة» alone
  is generic, GUIDELINES), a plural nisba («الحوثيين»: a group described, not named) or a nisba that
  agrees with the noun before it («الأزمة السورية»، «طائرة سعودية» are adjectives, not the country).

A listed name never crosses a tagged mention or an excluded region; a listed name of two or more
words that holds tagged mentions replaces them («غزة» tagged in «قطاع غزة» becomes «قطاع غزة»), since
a multi-word entry is the whole name.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from akhbar.extract.ner import clitic_length
from akhbar.extract.ner_features import NAME_LISTS, PROCLITICS, NerResources, name_key, split_proclitic
from akhbar.extract.words import bare, definite, word_set
from akhbar.model import Span
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold, normalise

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from akhbar.extract.ner import NerModel
    from akhbar.extract.ner_features import Featuriser
    from akhbar.extract.words import Tokens

#: Words a nisba may follow without agreeing with them: prepositions and particles («في السعودية»).
_FUNCTION_WORDS = frozenset(
    {"في", "الي", "من", "عن", "علي", "مع", "بين", "حتي", "منذ", "او", "و", "ان", "لدي", "عبر", "نحو", "ضد",
     "داخل", "خارج", "قبل", "بعد", "تجاه", "لان", "كما", "ثم", "بل", "اي", "الا"}
)  # fmt: skip


def apply_listed_names(
    tokens: Tokens,
    regions: Sequence[tuple[int, int]],
    mentions: Sequence[Span],
    *,
    model: NerModel,
    excluded: Sequence[Span] = (),
) -> list[Span]:
    """The article's mentions with the listed names the tagger missed added (module doc), and tagged
    parts of a listed multi-word name widened to the whole name («غزة» in «قطاع غزة» → «قطاع غزة»).

    ``tokens`` are the article's folded tokens (``extract.words.tokenise``); ``mentions`` its tagged
    entities, which also supply the per-article evidence. Spans are in original offsets, the clitic
    left out; the result is in text order. Only tokens that can open a listed name are looked at.
    """
    res = model.resources
    text, forms = tokens.text, tokens.forms
    openers = _openers()  # looked up once, not once a token
    starts = [i for i, form in enumerate(forms) if form in openers]
    if not starts:
        return list(mentions)
    keep = _OneWord(res, _typed_keys(text, mentions, model.featuriser))
    taken = sorted(
        [(m.start, m.end, k) for k, m in enumerate(mentions)] + [(x.start, x.end, -1) for x in excluded]
    )
    dropped: set[int] = set()
    out: list[Span] = []
    for first, last, kind in _listed(forms, starts, res):
        start, end = tokens.starts[first], tokens.ends[last - 1]
        if not _inside(regions, start, end) or "\n" in text[start:end]:
            continue
        start += _clitic_chars(text[start : tokens.ends[first]], forms[first], res)
        hits = _overlapping(taken, start, end)
        parts = all(k >= 0 and start <= s and e <= end and (s, e) != (start, end) for s, e, k in hits)
        if (hits and not (parts and last - first > 1)) or not _kept(tokens, first, last, kind, keep):
            continue  # a crossing or equal mention, an excluded region, or no name by the lists' rules
        dropped.update(k for _, _, k in hits)
        out.append(Span(start, end, kind, {}))
    kept = [m for k, m in enumerate(mentions) if k not in dropped]
    return sorted([*kept, *out], key=lambda s: (s.start, s.end))


def _kept(tokens: Tokens, first: int, last: int, kind: str, keep: _OneWord) -> bool:
    """The article and currency checks for any entry, the one-word checks for a one-word entry."""
    forms, rank = tokens.forms, keep.rank
    keys = tuple(name_key(f, rank) for f in forms[first:last])
    articles = tuple(_has_article(f, rank) for f in forms[first:last])
    if articles not in _article_forms().get(keys, ()):
        return False  # «جزيرة» is no «الجزيرة», «السيول» (the floods) no «سيول» (Seoul)
    if kind == "MISC" and keys[0] in word_set("gazetteers/currencies.txt"):
        return False  # «جنيه إسترليني»: a unit
    return last - first > 1 or keep(keys[0], kind, forms, first)


def _overlapping(taken: Sequence[tuple[int, int, int]], start: int, end: int) -> list[tuple[int, int, int]]:
    """The mentions (index ``k``) and excluded regions (``k = -1``) that overlap ``[start, end)``."""
    at = bisect_left(taken, (end, end, -2))
    return [(s, e, k) for s, e, k in taken[max(0, at - _LONGEST_SPAN) : at] if s < end and start < e]


def _inside(regions: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in regions)


def _listed(forms: Sequence[str], starts: Sequence[int], res: NerResources) -> list[tuple[int, int, str]]:
    """``(first, last, type)`` token runs of the longest listed names opening at ``starts``, left to right,
    without overlap, matched on ``name_key`` forms as the tagger's gazetteer features are; a name
    listed under two types is skipped."""
    names, rank, prefixes = res.names, res.rank, _prefixes()
    out: list[tuple[int, int, str]] = []
    done = 0
    for i in starts:
        if i < done:
            continue
        keys: tuple[str, ...] = (name_key(forms[i], rank),)
        found = None
        while keys in prefixes:
            if keys in names:
                found = keys
            if i + len(keys) >= len(forms):
                break
            keys = (*keys, name_key(forms[i + len(keys)], rank))
        if found and len(names[found]) == 1:  # «دوما» a town and a party: the lists cannot tell which
            out.append((i, i + len(found), next(iter(names[found]))))
            done = i + len(found)
    return out


@cache
def _prefixes() -> frozenset[tuple[str, ...]]:
    """Every leading part of a listed name's key («(كاس,)» of «كأس العالم»): where a match may go on."""
    return frozenset(key[:n] for key in NerResources.load().names for n in range(1, len(key) + 1))


def _typed_keys(text: str, mentions: Sequence[Span], featuriser: Featuriser) -> set[tuple[str, str]]:
    """``(key, type)`` of the one-word mentions the tagger found: the article's own evidence."""
    out = set()
    for m in mentions:
        words = text[m.start : m.end].split()
        if len(words) == 1:
            out.add((featuriser.entry(words[0]).name, m.label))
    return out


class _OneWord:
    """The decision for a one-word entry: the article's own evidence, else the data (module doc)."""

    def __init__(self, res: NerResources, typed: set[tuple[str, str]]) -> None:
        self.rank, self.typed = res.rank, typed
        self.heads = _heads() | res.org_triggers
        self.rates = _rates()

    def __call__(self, key: str, kind: str, folded: Sequence[str], at: int) -> bool:
        if len(key) < 3 or key in self.heads or "ال" + key in self.heads:
            return False  # «كام» is no ك + «ام»; «هيئة» alone is generic
        if nisba(key, folded, at):
            return False
        return (key, kind) in self.typed or _attested_name(key, self.rates)


def _attested_name(key: str, rates: Mapping[str, tuple[int, int]]) -> bool:
    """A one-word entry with no evidence in the article: a name unless ANERcorp mostly tags it ``O``."""
    tagged, other = rates.get(key, (0, 0))
    return other <= tagged


def nisba(key: str, folded: Sequence[str], at: int) -> bool:
    """«الحوثيين»: a plural nisba describes a group; «الأزمة السورية»، «طائرة سعودية»: a nisba after a
    content word that agrees with it in definiteness is an adjective of that word, not the country."""
    if key.endswith(("يين", "يون")):
        return True
    if not (key.endswith(("ي", "يه")) and at > 0):
        return False
    before, word = folded[at - 1], folded[at]
    if bare(before) in _FUNCTION_WORDS or not before.isalpha():
        return False
    return definite(word) == definite(before)


def _has_article(folded: str, rank: Mapping[str, int]) -> bool:
    clitic, rest = split_proclitic(folded, rank)
    return clitic.endswith("لل") or (rest.startswith("ال") and len(rest) > 3)


def _clitic_chars(token: str, folded: str, res: NerResources) -> int:
    """Original characters of the proclitic the name key left out («بكأس العالم» → «كأس العالم»)."""
    chars = clitic_length(token, res)
    clitic = split_proclitic(folded, res.rank)[0]
    if chars or not clitic:
        return chars
    return normalise(token).to_original(0, len(clitic))[1]


@cache
def _article_forms() -> dict[tuple[str, ...], frozenset[tuple[bool, ...]]]:
    """Each listed name key → which of its words carry the article in the lists («الرياض»: (True,))."""
    rank = NerResources.load().rank
    out: dict[tuple[str, ...], set[tuple[bool, ...]]] = {}
    for name, _ in NAME_LISTS:
        for line in read_lines(name):
            words = [fold(w) for w in line.split()]
            key = tuple(name_key(w, rank) for w in words)
            out.setdefault(key, set()).add(tuple(_has_article(w, rank) for w in words))
    return {key: frozenset(v) for key, v in out.items()}


@cache
def _rates() -> dict[str, tuple[int, int]]:
    """``key -> (entity, O)`` token counts of one-word entries in ANERcorp train (``listed_name_rates.tsv``)."""
    out = {}
    for line in read_lines("gazetteers/listed_name_rates.tsv"):
        key, tagged, other = line.split("\t")
        out[key] = (int(tagged), int(other))
    return out


_LONGEST_SPAN = 64  # tagged mentions that can reach back over a listed name (tokens of a long title)


@cache
def _openers() -> frozenset[str]:
    """Every folded form a listed name's first word can take: with or without the article, after
    any proclitic («والرياض»، «للأمم»، «بكأس»). A set lookup per token keeps the back-off cheap."""
    firsts = {key[0] for key in NerResources.load().names}
    bases = firsts | {"ال" + k for k in firsts} | {"ل" + k for k in firsts}  # «للأمم» is ل + لأمم
    return frozenset(c + b for b in bases for c in ("", *PROCLITICS)) - {""}


@cache
def _heads() -> frozenset[str]:
    """The head nouns that open institution names («وزارة»، «هيئة»): alone they are generic."""
    rows = read_variants("gazetteers/institution_heads.txt")
    return frozenset(bare(fold(form)) for row in rows for form in (row[0], *row[2:]))
