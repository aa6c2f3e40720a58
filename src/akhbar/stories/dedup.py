"""Exact duplicates, near duplicates and syndicated wire copies.

A wire story reaches many outlets lightly edited: a dateline changed, a paragraph cut or added, a
headline rewritten. Whole-text Jaccard misses the copy that adds a paragraph of background, so two
bodies are compared on word shingles by *containment* (shared shingles over the smaller set) as well
as Jaccard. MinHash LSH (datasketch) proposes candidate pairs at a low threshold so the cost stays
near-linear; the exact shingle sets then decide.

Kinds: ``duplicate`` (Jaccard ≥ 0.8: the same text) and ``syndicated`` (containment ≥ 0.6: one text
is mostly inside the other). Copies still count as outlets carrying the story, but not as independent
confirmation.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from akhbar.model import Article
from akhbar.stories.cluster import article_text
from akhbar.text.normalise import fold

_WORD = re.compile(r"\w+")
SHINGLE = 4
NUM_PERM = 64


@dataclass(frozen=True, slots=True)
class DedupOptions:
    """Thresholds of copy detection; ``lsh_threshold`` only proposes candidates."""

    lsh_threshold: float = 0.3
    duplicate_jaccard: float = 0.8
    syndicated_containment: float = 0.6
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
    """Articles that are copies of one text; ``earliest`` is the original as far as dates tell."""

    earliest: str
    members: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"earliest": self.earliest, "members": self.members, "agencies": self.agencies}


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word ``size``-grams of the folded text, hashed to short strings.

    >>> len(shingles("قال الوزير إن الاجتماع كان مثمرا جدا"))
    4
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


def find_copies(articles: Sequence[Article], *, options: DedupOptions | None = None) -> list[CopyPair]:
    """Every pair of copies among ``articles`` (candidate pairs from MinHash LSH, decided exactly)."""
    opts = options or DedupOptions()
    sets = [shingles(article_text(a, title_weight=0)) for a in articles]
    lsh = MinHashLSH(threshold=opts.lsh_threshold, num_perm=NUM_PERM)
    pairs: list[CopyPair] = []
    for i, shingle_set in enumerate(sets):
        if len(shingle_set) < opts.min_shingles:
            continue
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([s.encode() for s in shingle_set])
        for j in lsh.query(mh):
            pair = _decide(articles, sets, int(j), i, opts)
            if pair:
                pairs.append(pair)
        lsh.insert(i, mh)
    return pairs


def _decide(
    articles: Sequence[Article], sets: list[set[str]], i: int, j: int, opts: DedupOptions
) -> CopyPair | None:
    jaccard, containment = compare(sets[i], sets[j])
    if jaccard >= opts.duplicate_jaccard:
        kind = "duplicate"
    elif containment >= opts.syndicated_containment:
        kind = "syndicated"
    else:
        return None
    a, b = sorted((articles[i], articles[j]), key=_age)
    return CopyPair(a.id, b.id, kind, round(jaccard, 3), round(containment, 3))


def _age(article: Article) -> tuple[str, str]:
    return (article.pub_date.isoformat() if article.pub_date else "9999", article.id)


def group_copies(articles: Sequence[Article], pairs: Iterable[CopyPair]) -> list[CopyGroup]:
    """Join copy pairs into groups (union-find); each group names its earliest copy and credited agencies."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        parent[root(pair.second)] = root(pair.first)
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
