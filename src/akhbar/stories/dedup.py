"""Exact duplicates, near duplicates and syndicated wire copies.

A wire story reaches many outlets lightly edited: a dateline or intro line changed, a paragraph cut
or added, «اليوم» turned into «أمس», the agency's name swapped for the outlet's. Whole-text Jaccard
misses the copy that adds a paragraph of background, so two kept bodies (excluded regions left out)
are compared on word shingles by *containment* (shared shingles over the smaller set) as well as
Jaccard. MinHash LSH Ensemble (datasketch), an index for containment rather than Jaccard, proposes
candidate pairs at ``lsh_threshold`` so the cost stays near-linear; the exact shingle sets then
decide. Bodies equal letter for letter once folded (``content_key``) are duplicates outright.

Kinds: ``duplicate`` (the same folded body, or Jaccard ≥ ``duplicate_jaccard``) and ``syndicated``
(containment ≥ ``syndicated_containment``). A syndicated pair must also be of comparable size (the
smaller at least ``min_size_ratio`` of the larger: a news digest that quotes one wire item is not a
copy of it) and dated within ``max_gap_days`` when both sides are dated (the same ministry template
filled in on another day — a weather report, a congratulation cable — shares most of its words).
The thresholds were set on a hand-labelled SaudiNewsNet sample (``bench/data/dedup_pairs.csv``).
Copies still count as outlets carrying the story, but not as independent confirmation.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from datasketch import MinHash, MinHashLSHEnsemble

from akhbar.ingest.build import content_key
from akhbar.model import Article
from akhbar.stories.cluster import article_text
from akhbar.text.normalise import fold

_WORD = re.compile(r"\w+")
SHINGLE = 3
NUM_PERM = 128


@dataclass(frozen=True, slots=True)
class DedupOptions:
    """Thresholds of copy detection; ``lsh_threshold`` (a containment) only proposes candidates."""

    lsh_threshold: float = 0.5
    duplicate_jaccard: float = 0.8
    syndicated_containment: float = 0.7
    min_size_ratio: float = 0.3
    max_gap_days: int = 3
    min_shingles: int = 8


@dataclass(frozen=True, slots=True)
class CopyPair:
    """Two articles found to be copies; ``first`` is the earlier one (by date, then id)."""

    first: str
    second: str
    kind: str
    jaccard: float
    containment: float


@dataclass(slots=True)
class CopyGroup:
    """Articles that are copies of one text.

    ``earliest`` is the original as far as dates tell (publication, else crawl date, then id);
    ``agency`` is the first agency or outlet the group credits, the earliest credit first
    (``Article.credits``), and ``agencies`` every one it credits.
    """

    earliest: str
    members: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)

    @property
    def agency(self) -> str | None:
        return self.agencies[0] if self.agencies else None

    def to_dict(self) -> dict[str, object]:
        return {
            "earliest": self.earliest,
            "agency": self.agency,
            "members": self.members,
            "agencies": self.agencies,
        }


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word ``size``-grams of the folded text, hashed to short strings.

    >>> len(shingles("قال الوزير إن الاجتماع كان مثمرا جدا"))
    5
    """
    words = _WORD.findall(fold(text))
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {
        hashlib.blake2b(" ".join(words[i : i + size]).encode(), digest_size=8).hexdigest()
        for i in range(len(words) - size + 1)
    }


def compare(a: set[str], b: set[str]) -> tuple[float, float]:
    """Jaccard and containment (over the smaller set) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    return shared / len(a | b), shared / min(len(a), len(b))


def find_copy_groups(articles: Sequence[Article], *, options: DedupOptions | None = None) -> list[CopyGroup]:
    """The copy groups among ``articles``, largest first: ``find_copies`` joined by ``group_copies``.

    Reads the ``body``, ``excluded`` and ``credits`` layers and the dates; an article with no copy
    is in no group.
    """
    return group_copies(articles, find_copies(articles, options=options))


def find_copies(articles: Sequence[Article], *, options: DedupOptions | None = None) -> list[CopyPair]:
    """Every pair of copies among ``articles``: equal folded bodies, then LSH candidates decided exactly."""
    opts = options or DedupOptions()
    sets = [shingles(article_text(a, title_weight=0)) for a in articles]
    pairs = _exact_pairs(articles, sets, opts)
    seen = {(p.first, p.second) for p in pairs} | {(p.second, p.first) for p in pairs}
    indexed = [i for i, s in enumerate(sets) if len(s) >= opts.min_shingles]
    if len(indexed) < 2:
        return pairs
    hashes = {i: _minhash(sets[i]) for i in indexed}
    lsh = MinHashLSHEnsemble(threshold=opts.lsh_threshold, num_perm=NUM_PERM, num_part=8)
    lsh.index([(i, hashes[i], len(sets[i])) for i in indexed])
    for i in indexed:
        for j in sorted(int(j) for j in lsh.query(hashes[i], len(sets[i]))):
            if j == i or (articles[i].id, articles[j].id) in seen:
                continue
            seen |= {(articles[i].id, articles[j].id), (articles[j].id, articles[i].id)}
            pair = _decide(articles, sets, i, j, opts)
            if pair:
                pairs.append(pair)
    return pairs


def _minhash(shingle_set: set[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode() for s in shingle_set])
    return mh


def _exact_pairs(articles: Sequence[Article], sets: list[set[str]], opts: DedupOptions) -> list[CopyPair]:
    """Each article whose folded body equals an earlier one's, paired with the earliest of them."""
    by_key: dict[str, list[Article]] = {}
    for article, shingle_set in zip(articles, sets, strict=True):
        if len(shingle_set) >= opts.min_shingles:
            by_key.setdefault(content_key(article), []).append(article)
    pairs = []
    for same in by_key.values():
        same.sort(key=_age)
        pairs += [CopyPair(same[0].id, other.id, "duplicate", 1.0, 1.0) for other in same[1:]]
    return pairs


def _decide(
    articles: Sequence[Article], sets: list[set[str]], i: int, j: int, opts: DedupOptions
) -> CopyPair | None:
    jaccard, containment = compare(sets[i], sets[j])
    small, large = sorted((len(sets[i]), len(sets[j])))
    gap = _gap(_day(articles[i]), _day(articles[j]))
    if jaccard >= opts.duplicate_jaccard:
        kind = "duplicate"
    elif (
        containment >= opts.syndicated_containment
        and small >= opts.min_size_ratio * large
        and (gap is None or gap <= opts.max_gap_days)
    ):
        kind = "syndicated"
    else:
        return None
    a, b = sorted((articles[i], articles[j]), key=_age)
    return CopyPair(a.id, b.id, kind, round(jaccard, 3), round(containment, 3))


def _day(article: Article) -> date | None:
    return article.pub_date or article.crawl_date


def _gap(a: date | None, b: date | None) -> int | None:
    return abs((a - b).days) if a and b else None


def _age(article: Article) -> tuple[str, str]:
    day = _day(article)
    return (day.isoformat() if day else "9999", article.id)


def group_copies(articles: Sequence[Article], pairs: Iterable[CopyPair]) -> list[CopyGroup]:
    """Join copy pairs into groups (union-find); each group names its earliest copy and credited agencies."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        a, b = root(pair.first), root(pair.second)
        if a != b:
            parent[b] = a
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[Article]] = {}
    for member in parent:
        groups.setdefault(root(member), []).append(by_id[member])
    out = []
    for members in groups.values():
        members.sort(key=_age)
        agencies = list(dict.fromkeys(c for m in members for c in m.credits))
        out.append(CopyGroup(members[0].id, [m.id for m in members], agencies))
    return sorted(out, key=lambda g: (-len(g.members), g.earliest))
