"""Token features for the CRF named-entity tagger, and the clitic split it shares with span mapping.

A token's features depend on its own word type and on the types of its neighbours at fixed offsets,
so everything but the two word bigrams is computed once per word type and cached: tagging speed is
then set by crfsuite, not by Python string work. Features use the folded form (``fold``), the form
without attached proclitics (و ف ب ل ك and the article), affixes, shape, unsupervised word clusters
learned from a news corpus (``resources/gazetteers/word_clusters.tsv``), hand-written gazetteers and
trigger lists (titles before people, head words of places and organisations).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from akhbar.resources import path, read_lines
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

#: Conjunction/preposition proclitics, longest first; ``لل`` is ل + the article with its alef elided.
PROCLITICS = ("ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "و", "ف", "ب", "ل", "ك")
_OFFSETS = (-2, -1, 1, 2)
_CACHE_LIMIT = 400_000


@dataclass(frozen=True, slots=True)
class NerResources:
    """Word clusters (with frequency ranks), gazetteers and trigger lists, all keyed by folded forms."""

    clusters: Mapping[str, tuple[str, ...]]
    rank: Mapping[str, int]
    person: frozenset[str]
    locations: frozenset[str]
    organisations: frozenset[str]
    person_triggers: frozenset[str]
    location_triggers: frozenset[str]
    org_triggers: frozenset[str]

    @classmethod
    def load(cls) -> NerResources:
        """The shipped resources (cached: loaded once per process)."""
        return _load_resources()


@cache
def _load_resources() -> NerResources:
    clusters: dict[str, tuple[str, ...]] = {}
    rank: dict[str, int] = {}
    table = path("gazetteers/word_clusters.tsv")
    if table.exists():
        for line in table.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, *ids = line.split("\t")
                clusters[word] = tuple(ids)
                rank[word] = len(rank)
    return NerResources(
        clusters=clusters,
        rank=rank,
        person=_folded_tokens("gazetteers/person_tokens.txt"),
        locations=_folded_tokens("gazetteers/locations.txt"),
        organisations=_folded_tokens("gazetteers/organisations.txt"),
        person_triggers=_folded_tokens("gazetteers/person_triggers.txt"),
        location_triggers=_folded_tokens("gazetteers/location_triggers.txt"),
        org_triggers=_folded_tokens("gazetteers/org_triggers.txt"),
    )


def _folded_tokens(name: str) -> frozenset[str]:
    """Every folded word of every entry, with and without the article, so «الرياض» also matches «رياض»."""
    if not path(name).exists():
        return frozenset()
    words = {fold(w) for line in read_lines(name) for w in line.split()}
    return frozenset(words | {w[2:] for w in words if w.startswith("ال") and len(w) > 3})


def split_proclitic(folded: str, rank: Mapping[str, int]) -> tuple[str, str]:
    """``(proclitic, rest)`` of a folded word: strip و ف ب ل ك (and لل) only when the rest is a word.

    The rest must be a more frequent word than the whole (``وباريس`` → و + باريس, but ``بريطانيا`` and
    ``وليد`` stay whole). A word unknown to the cluster table loses a leading و/ف when three letters
    or more remain, since a name rarely starts with them after an unknown form.

    >>> split_proclitic("وباريس", {"باريس": 10})
    ('و', 'باريس')
    >>> split_proclitic("للامم", {"الامم": 5})
    ('لل', 'امم')
    >>> split_proclitic("بريطانيا", {"بريطانيا": 50})
    ('', 'بريطانيا')
    """
    whole = rank.get(folded, 1 << 30)
    for clitic in PROCLITICS:
        if not folded.startswith(clitic) or len(folded) - len(clitic) < 2:
            continue
        rest = folded[len(clitic) :]
        key = "ال" + rest if clitic.endswith("لل") else rest
        if rank.get(key, 1 << 30) < whole:
            return clitic, rest
    if whole == 1 << 30 and folded[:1] in ("و", "ف") and len(folded) >= 4:
        return folded[0], folded[1:]
    return "", folded


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if word.isalpha():
        return "L" if word.isascii() else "A"
    if len(word) == 1:
        return "P"
    return "M"


class Featuriser:
    """Feature lists for token sequences, with a per-word-type cache (one per model instance)."""

    def __init__(self, resources: NerResources) -> None:
        self.res = resources
        self._cache: dict[str, tuple[list[str], dict[int, list[str]], str]] = {}
        lists = (
            ("gper", resources.person),
            ("gloc", resources.locations),
            ("gorg", resources.organisations),
            ("tper", resources.person_triggers),
            ("tloc", resources.location_triggers),
            ("torg", resources.org_triggers),
        )
        self._lists: dict[str, frozenset[str]] = {}
        for name, words in lists:
            for word in words:
                self._lists[word] = self._lists.get(word, frozenset()) | {name}

    def sequence(self, tokens: Sequence[str]) -> list[list[str]]:
        """One feature list per token (crfsuite attribute names)."""
        entries = [self.entry(t) for t in tokens]
        n = len(entries)
        out: list[list[str]] = []
        for i, (own, _, key) in enumerate(entries):
            feats = own.copy()
            for off in _OFFSETS:
                j = i + off
                if 0 <= j < n:
                    feats.extend(entries[j][1][off])
                elif off in (-1, 1):
                    feats.append("BOS" if off < 0 else "EOS")
            if i:
                feats.append("b-=" + entries[i - 1][2] + "|" + key)
            if i + 1 < n:
                feats.append("b+=" + key + "|" + entries[i + 1][2])
            out.append(feats)
        return out

    def entry(self, token: str) -> tuple[list[str], dict[int, list[str]], str]:
        """Own features, features seen by each neighbour offset, and the bigram key of one word type."""
        entry = self._cache.get(token)
        if entry is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            entry = self._cache[token] = self._type_features(token)
        return entry

    def _type_features(self, token: str) -> tuple[list[str], dict[int, list[str]], str]:
        res = self.res
        f = fold(token)
        clitic, rest = split_proclitic(f, res.rank)
        bare = rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest
        shape = _shape(f)
        flags = self._flags(f, rest, bare)
        clusters = res.clusters.get(f) or res.clusters.get(rest) or res.clusters.get(bare) or ("?", "?", "?")
        own = [
            "bias",
            "f=" + f,
            "r=" + rest,
            "n=" + bare,
            "cl=" + clitic,
            "al=" + str(rest.startswith("ال")),
            "sh=" + shape,
            "len=" + str(min(len(bare), 9)),
            "p2=" + bare[:2],
            "p3=" + bare[:3],
            "x1=" + f[-1:],
            "x2=" + f[-2:],
            "x3=" + f[-3:],
            "x4=" + f[-4:],
            "k64=" + clusters[0],
            "k256=" + clusters[1],
            "k1k=" + clusters[2],
            "known=" + str(f in res.rank),
            *flags,
        ]
        near = [
            "r=" + rest,
            "k256=" + clusters[1],
            "k1k=" + clusters[2],
            "sh=" + shape,
            "cl=" + clitic,
            *flags,
        ]
        far = ["r=" + rest, "k256=" + clusters[1], *flags]
        ctx = {
            -1: ["-1" + x for x in near],
            1: ["+1" + x for x in near],
            -2: ["-2" + x for x in far],
            2: ["+2" + x for x in far],
        }
        return own, ctx, rest

    def _flags(self, f: str, rest: str, bare: str) -> list[str]:
        empty: frozenset[str] = frozenset()
        lists = self._lists
        return sorted(lists.get(f, empty) | lists.get(rest, empty) | lists.get(bare, empty))
