"""Token features for the CRF named-entity tagger, and the clitic split it shares with span mapping.

A token's features depend on its own word type and on the types of its neighbours at fixed offsets,
so almost everything is computed once per word type and cached: tagging speed is then set by the
decoder, not by Python string work. Features use the folded form (``fold``), the form without
attached proclitics (و ف ب ل ك and the article), affixes, shape, unsupervised word clusters learned
from a news corpus (``resources/gazetteers/word_clusters.tsv``), how often Wikidata uses a token in
person names, hand-written gazetteers and trigger lists (titles before people, head words of places
and organisations).

Two kinds of features look past one word type: word pairs (``b-=``/``b+=``, the form of a token and of
its neighbour) and gazetteer matches (``gz=B-LOC``, ``gz=I-ORG``: the longest listed name that starts
at a token, over the forms without clitic and article, so «للأمم المتحدة» matches «الأمم المتحدة»).
``ner_decoder`` computes both from the same per-type keys.
"""

from __future__ import annotations

from collections.abc import Mapping  # at run time: mypyc reads dataclass field types when the class is made
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from akhbar.resources import path, read_lines
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

#: Conjunction/preposition proclitics, longest first; ``لل`` is ل + the article with its alef elided.
PROCLITICS = ("ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "و", "ف", "ب", "ل", "ك")
_CLITICS_BY_LETTER = {c[0]: tuple(p for p in PROCLITICS if p[0] == c[0]) for c in PROCLITICS}
#: The prepositions that may follow و/ف on one word.
_PREPOSITIONS = ("لل", "ب", "ل", "ك")
#: Offsets of the neighbours whose word type adds features to a token.
OFFSETS = (-2, -1, 1, 2)
#: The gazetteer lists whose entries are matched as whole names, and the entity type each gives.
NAME_LISTS = (
    ("gazetteers/locations.txt", "LOC"),
    ("gazetteers/organisations.txt", "ORG"),
    ("gazetteers/misc.txt", "MISC"),
)
_CACHE_LIMIT = 400_000
_UNKNOWN = 1 << 30
_NO_CLUSTERS = ("?", "?", "?")
_NO_FLAGS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class NerResources:
    """Word clusters (with frequency ranks), gazetteers and trigger lists, all keyed by folded forms.

    ``person_counts`` is how many Wikidata person names use a token (``person`` holds the same tokens);
    ``names`` maps a listed multi-word or single-word name, as its tuple of ``name_key`` forms, to the
    entity types of the lists that hold it.
    """

    clusters: Mapping[str, tuple[str, ...]]
    rank: Mapping[str, int]
    person: frozenset[str]
    locations: frozenset[str]
    organisations: frozenset[str]
    person_triggers: frozenset[str]
    location_triggers: frozenset[str]
    org_triggers: frozenset[str]
    misc: frozenset[str] = frozenset()
    person_counts: Mapping[str, int] = field(default_factory=dict)
    names: Mapping[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

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
    counts = _person_counts("gazetteers/person_tokens.txt")
    return NerResources(
        clusters=clusters,
        rank=rank,
        person=_with_bare_forms(counts),
        locations=_folded_tokens("gazetteers/locations.txt"),
        organisations=_folded_tokens("gazetteers/organisations.txt"),
        person_triggers=_folded_tokens("gazetteers/person_triggers.txt"),
        location_triggers=_folded_tokens("gazetteers/location_triggers.txt"),
        org_triggers=_folded_tokens("gazetteers/org_triggers.txt"),
        misc=_folded_tokens("gazetteers/misc.txt", single=True),
        person_counts=counts,
        names=_names(rank),
    )


def _folded_tokens(name: str, *, single: bool = False) -> frozenset[str]:
    """Every folded word of every entry, with and without the article («الرياض» also matches «رياض»).

    With ``single``, only one-word entries count: the words of «كأس العالم» are no evidence alone.
    """
    if not path(name).exists():
        return frozenset()
    lines = [line for line in read_lines(name) if not single or " " not in line]
    return _with_bare_forms(fold(w) for line in lines for w in line.split())


def _with_bare_forms(words: Iterable[str]) -> frozenset[str]:
    found = set(words)
    return frozenset(found | {w[2:] for w in found if w.startswith("ال") and len(w) > 3})


def _person_counts(name: str) -> dict[str, int]:
    """``token<TAB>count`` lines (a bare token counts 1), counts summed over spellings that fold alike."""
    counts: dict[str, int] = {}
    if path(name).exists():
        for line in read_lines(name):
            token, _, count = line.partition("\t")
            key = fold(token)
            counts[key] = counts.get(key, 0) + (int(count) if count.strip().isdigit() else 1)
    return counts


def _names(rank: Mapping[str, int]) -> dict[tuple[str, ...], frozenset[str]]:
    names: dict[tuple[str, ...], frozenset[str]] = {}
    for name, kind in NAME_LISTS:
        if path(name).exists():
            for line in read_lines(name):
                key = tuple(name_key(fold(w), rank) for w in line.split())
                names[key] = names.get(key, frozenset()) | {kind}
    return names


def split_proclitic(folded: str, rank: Mapping[str, int]) -> tuple[str, str]:
    """``(proclitic, rest)`` of a folded word: strip و ف ب ل ك (and لل) only when the rest is a word.

    The rest must be a more frequent word than the whole (``وباريس`` → و + باريس, but ``بريطانيا`` and
    ``وليد`` stay whole). A conjunction is peeled first and a preposition after it only when the word
    left is itself a preposition + a more frequent word: «وكأس» is و + كأس, not وك + «أس», because
    «كأس» is a word and «أس» is not the more frequent reading of it. A word unknown to the cluster
    table loses a leading و/ف when three letters or more remain, since a name rarely starts with them
    after an unknown form.

    >>> split_proclitic("وباريس", {"باريس": 10})
    ('و', 'باريس')
    >>> split_proclitic("للامم", {"الامم": 5})
    ('لل', 'امم')
    >>> split_proclitic("بريطانيا", {"بريطانيا": 50})
    ('', 'بريطانيا')
    >>> split_proclitic("وكاس", {"كاس": 500, "اس": 2500, "وكاس": 9000})
    ('و', 'كاس')
    >>> split_proclitic("وبباريس", {"باريس": 10})
    ('وب', 'باريس')
    """
    whole = rank.get(folded, _UNKNOWN)
    if folded[:1] in ("و", "ف") and len(folded) >= 3 and folded[1:] in rank:
        return _after_conjunction(folded, whole, rank)
    for clitic in _CLITICS_BY_LETTER.get(folded[:1], ()):
        if not folded.startswith(clitic) or len(folded) - len(clitic) < 2:
            continue
        rest = folded[len(clitic) :]
        key = "ال" + rest if clitic.endswith("لل") else rest
        if rank.get(key, _UNKNOWN) < whole:
            return clitic, rest
    if whole == _UNKNOWN and folded[:1] in ("و", "ف") and len(folded) >= 4:
        return folded[0], folded[1:]
    return "", folded


def _after_conjunction(folded: str, whole: int, rank: Mapping[str, int]) -> tuple[str, str]:
    """The split of a word whose form without its first letter (و/ف) is a known word."""
    rest = folded[1:]
    known = rank[rest]
    if known >= whole:
        return "", folded  # «وكان» is more frequent than «كان»: one word
    for clitic in _PREPOSITIONS:
        stem = rest[len(clitic) :]
        if rest.startswith(clitic) and len(stem) >= 3:
            key = "ال" + stem if clitic == "لل" else stem
            if rank.get(key, _UNKNOWN) < known:
                return folded[0] + clitic, stem
    return folded[0], rest


def name_key(folded: str, rank: Mapping[str, int]) -> str:
    """The form gazetteer names are matched on: no proclitic, no article.

    >>> name_key("للامم", {"الامم": 5}), name_key("والقاهره", {"القاهره": 9})
    ('امم', 'قاهره')
    """
    rest = split_proclitic(folded, rank)[1]
    return rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if word.isalpha():
        return "L" if word.isascii() else "A"
    if len(word) == 1:
        return "P"
    return "M"


def _count_band(count: int) -> str:
    """How common a token is in Wikidata person names: 1 (once or twice) to 4 (fifty times or more)."""
    return "1" if count < 3 else "2" if count < 10 else "3" if count < 50 else "4"


class TypeParts(NamedTuple):
    """The pieces of one word type that its features spell out."""

    f: str  # folded form
    clitic: str
    rest: str  # without proclitic
    bare: str  # without proclitic and article
    shape: str
    flags: tuple[str, ...]  # gazetteer and trigger lists that hold a form, sorted
    clusters: tuple[str, ...]  # word cluster ids at 64, 256 and 1,000 clusters
    people: tuple[str, ...]  # the Wikidata person-name band, when the form is a name part
    known: bool  # the folded form is in the cluster vocabulary


class TypeFeatures(NamedTuple):
    """What one word type contributes: its own features, those it gives each neighbour, and its keys."""

    own: list[str]
    ctx: dict[int, list[str]]
    pair: str  # the form without proclitic, for the word-pair features
    name: str  # the form without proclitic and article, for gazetteer matches


class Featuriser:
    """Feature lists for token sequences, with a per-word-type cache (one per model instance)."""

    def __init__(self, resources: NerResources) -> None:
        self.res = resources
        self._cache: dict[str, TypeFeatures] = {}
        lists = (
            ("gper", resources.person),
            ("gloc", resources.locations),
            ("gorg", resources.organisations),
            ("gmisc", resources.misc),
            ("tper", resources.person_triggers),
            ("tloc", resources.location_triggers),
            ("torg", resources.org_triggers),
        )
        self._lists: dict[str, frozenset[str]] = {}
        for name, words in lists:
            for word in words:
                self._lists[word] = self._lists.get(word, frozenset()) | {name}
        self.name_starts = frozenset(key[0] for key in resources.names)
        self._longest = max((len(key) for key in resources.names), default=0)

    def sequence(self, tokens: Sequence[str]) -> list[list[str]]:
        """One feature list per token (crfsuite attribute names)."""
        entries = [self.entry(t) for t in tokens]
        n = len(entries)
        out: list[list[str]] = []
        for i, (own, _, key, _) in enumerate(entries):
            feats = own.copy()
            for off in OFFSETS:
                j = i + off
                if 0 <= j < n:
                    feats.extend(entries[j].ctx[off])
                elif off in (-1, 1):
                    feats.append("BOS" if off < 0 else "EOS")
            if i:
                feats.append("b-=" + entries[i - 1].pair + "|" + key)
            if i + 1 < n:
                feats.append("b+=" + key + "|" + entries[i + 1].pair)
            out.append(feats)
        for i, attr in self.name_matches([e.name for e in entries]):
            out[i].append(attr)
        return out

    def name_matches(self, keys: Sequence[str], starts: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """``(token index, "gz=B-LOC")`` pairs for the longest listed names, left to right, without overlap.

        ``keys`` are the tokens' ``name_key`` forms; ``starts`` (default: every index) are the indices
        where a name may begin, in increasing order. A one-word name gives ``gz=B-LOC1``.
        """
        names = self.res.names
        out: list[tuple[int, str]] = []
        n = len(keys)
        done = 0
        for i in range(n) if starts is None else starts:
            if i < done or keys[i] not in self.name_starts:
                continue
            for length in range(min(self._longest, n - i), 0, -1):
                kinds = names.get(tuple(keys[i : i + length]))
                if kinds:
                    one = "1" if length == 1 else ""
                    for kind in sorted(kinds):
                        out.append((i, "gz=B-" + kind + one))
                        out.extend((j, "gz=I-" + kind) for j in range(i + 1, i + length))
                    done = i + length
                    break
        return out

    def entry(self, token: str) -> TypeFeatures:
        """Own features, features seen by each neighbour offset, and the keys of one word type."""
        entry = self._cache.get(token)
        if entry is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            entry = self._cache[token] = self._type_features(token)
        return entry

    def parts(self, token: str) -> TypeParts:
        """The pieces a word type's features are made of (``_type_features`` spells them as strings)."""
        res = self.res
        f = fold(token)
        clitic, rest = split_proclitic(f, res.rank)
        if (
            not clitic
            and f[:1] in ("ب", "ل", "ك")
            and len(f) > 4
            and f not in res.rank
            and self._listed(f[1:])
        ):
            clitic, rest = f[0], f[1:]  # «لستولتنبرغ»: a preposition on a name the news vocabulary lacks
        bare = rest[2:] if rest.startswith("ال") and len(rest) > 3 else rest
        clusters = res.clusters.get(f) or res.clusters.get(rest) or res.clusters.get(bare) or _NO_CLUSTERS
        count = res.person_counts.get(rest) or res.person_counts.get(f) or 0
        return TypeParts(
            f,
            clitic,
            rest,
            bare,
            _shape(f),
            self._flags(f, rest, bare),
            clusters,
            ("gpc=" + _count_band(count),) if count else (),
            f in res.rank,
        )

    def _type_features(self, token: str) -> TypeFeatures:
        f, clitic, rest, bare, shape, flags, clusters, people, known = self.parts(token)
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
            "known=" + str(known),
            *flags,
            *people,
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
            -1: ["-1" + x for x in [*near, *people]],
            1: ["+1" + x for x in [*near, *people]],
            -2: ["-2" + x for x in far],
            2: ["+2" + x for x in far],
        }
        return TypeFeatures(own, ctx, rest, bare)

    def _listed(self, word: str) -> bool:
        res = self.res
        return word in res.person or word in res.locations or word in res.organisations

    def _flags(self, f: str, rest: str, bare: str) -> tuple[str, ...]:
        lists = self._lists
        found = lists.get(f, _NO_FLAGS) | lists.get(rest, _NO_FLAGS) | lists.get(bare, _NO_FLAGS)
        return tuple(sorted(found)) if found else ()
