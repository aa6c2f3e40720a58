"""The word lists the entity boundary rules read, and the tests on words they share.

``BoundaryLexicon`` folds ``resources/gazetteers/`` (institution_heads, name_descriptors,
ministry_domains, organisations, organisation_phrases, locations, name_adjectives, chain_stops,
generic_bodies) once. ``descriptor_size``, ``listed``, ``foreign`` and ``definite`` are asked both by
``entity_rules`` (splitting and trimming the tagger's runs) and ``entity_institutions`` (finding the
names it missed), so they live here, below both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from akhbar.extract.words import unclitic, with_clitics
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.ner_features import NerResources

#: A run of tokens: ``(first, last, label)``, ``last`` exclusive.
Run = tuple[int, int, str]

#: Folded words that join two parts of one person's name («آل» folds to «ال», «بن», «أبو»): they never end one.
NAME_LINKS = frozenset({"ال", "بن", "ابن", "بنت", "ابو", "ام", "عبد"})

#: Words past this frequency rank of the news vocabulary (or unknown to it) read as foreign names.
_RARE_RANK = 10_000


@dataclass(frozen=True, slots=True)
class BoundaryLexicon:
    """The folded word lists the rules read (loaded once: ``BoundaryLexicon.load()``)."""

    heads: dict[str, bool]  # head form → strong (any definite chain) or weak (needs an adjective)
    descriptors: tuple[tuple[str, ...], ...]  # longest first
    domains: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word → whole names, longest first
    names: frozenset[tuple[str, ...]]  # every listed organisation name
    places: frozenset[tuple[str, ...]]  # every listed place name, with and without ال
    adjectives: frozenset[str]  # non-relational adjectives of names («المتحدة»)
    stops: frozenset[str]  # definite words that end a chain («اليوم»، «الذي»)
    generic: frozenset[tuple[str, ...]]  # head + word pairs that are common nouns («هيئة التدريس»)
    firsts: frozenset[str]  # first words of the listed names
    descriptor_firsts: frozenset[str]
    openers: frozenset[str]  # the first words of names and descriptors with their proclitics
    triggers: frozenset[str]  # every form, with its proclitics, a rule can start at (one lookup a token)

    @classmethod
    def load(cls) -> BoundaryLexicon:
        return _load_lexicon()


@cache
def _load_lexicon() -> BoundaryLexicon:
    heads: dict[str, bool] = {}
    for row in read_variants("gazetteers/institution_heads.txt"):
        strong = row[1] == "strong"
        for form in (row[0], *row[2:]):
            heads[fold(form)] = strong
    names = {tuple(fold(line).split()) for line in read_lines("gazetteers/organisations.txt")}
    names |= {tuple(fold(line).split()) for line in read_lines("gazetteers/organisation_phrases.txt")}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        if len(name) > 1:
            phrases.setdefault(name[0], []).append(name)
    descriptors = sorted(
        (tuple(fold(line).split()) for line in read_lines("gazetteers/name_descriptors.txt")), key=len
    )
    firsts = frozenset(name[0] for name in names)
    domains = frozenset(fold(w) for w in read_lines("gazetteers/ministry_domains.txt"))
    return BoundaryLexicon(
        heads=heads,
        descriptors=tuple(reversed(descriptors)),
        domains=domains,
        phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        names=frozenset(names),
        places=_places(),
        adjectives=frozenset(fold(w) for w in read_lines("gazetteers/name_adjectives.txt")),
        stops=frozenset(fold(w) for w in read_lines("gazetteers/chain_stops.txt")),
        generic=frozenset(tuple(fold(line).split()) for line in read_lines("gazetteers/generic_bodies.txt")),
        firsts=firsts,
        descriptor_firsts=frozenset(d[0] for d in descriptors),
        openers=with_clitics(set(firsts) | {d[0] for d in descriptors}),
        triggers=with_clitics(set(heads) | set(phrases) | domains),
    )


def _places() -> frozenset[tuple[str, ...]]:
    places = {tuple(fold(line).split()) for line in read_lines("gazetteers/locations.txt")}
    return frozenset(places | {(p[0][2:], *p[1:]) for p in places if p[0].startswith("ال")})


def descriptor_size(forms: Sequence[str], i: int, lex: BoundaryLexicon) -> list[int]:
    """Lengths, longest first, of the listed descriptors («حلف»، «وكالة أنباء») that start at token ``i``."""
    head = unclitic(forms[i], lex.descriptor_firsts) if forms[i] in lex.openers else None
    if head is None:
        return []
    return [
        len(words)
        for words in lex.descriptors
        if words[0] == head and tuple(forms[i + 1 : i + len(words)]) == words[1:]
    ]


def listed(words: Sequence[str], lex: BoundaryLexicon) -> bool:
    """``words`` are a listed organisation name, a proclitic on the first word allowed («لحلف الناتو»)."""
    if not words or words[0] not in lex.openers:
        return False
    head = unclitic(words[0], lex.firsts)
    return head is not None and (head, *words[1:]) in lex.names


def foreign(word: str, res: NerResources) -> bool:
    """A word the news vocabulary hardly knows, without the article: a transliterated name («انترفاكس»)."""
    rare = res.rank.get(word, 1 << 30) > _RARE_RANK
    arabic_ending = word.endswith(("ه", "يه", "ي"))  # feminine nouns and relational adjectives («صينية»)
    return (
        rare
        and word.isalpha()
        and not word.startswith("ال")
        and not arabic_ending
        and word not in res.locations
    )


def definite(word: str) -> bool:
    """A word with the article and more than a short stem after it («الناتو», not the folded «الي»)."""
    return word.startswith("ال") and len(word) > 3
