"""Exact duplicates, near duplicates and syndicated wire copies.

A wire story reaches many outlets lightly edited: a dateline or intro line changed, a paragraph cut
or added, «اليوم» turned into «أمس», honorifics dropped, the agency's name swapped for the outlet's.
Two kept bodies (excluded regions left out) are compared on shingles of their copy tokens
(``copy_evidence``: light stems, stop words and honorifics out, numbers in) by *containment*
(shared shingles over the smaller set) as well as Jaccard, so that the copy which adds a paragraph
of background is still found. MinHash LSH Ensemble (datasketch), an index for containment, proposes
candidate pairs at ``lsh_threshold`` so the cost stays near-linear; the exact shingle sets and the
texts then decide. Bodies equal letter for letter once folded (``content_key``) are duplicates outright.

Kinds: ``duplicate`` (Jaccard ≥ ``duplicate_jaccard``) and ``syndicated``: containment ≥
``syndicated_containment`` with at least ``min_carried`` of the smaller's sentences carried by the
larger (``copy_evidence.carried_share``: most of the shorter text's sentences read the same in the
longer, as the labels define a copy), or — a release copy-edited word order and all, names put
after their titles, clauses moved — containment ≥ ``rewrite_containment`` with ``rewrite_carried``
of its sentences keeping ``sentence_overlap`` of their words in the same place of the larger.
Either must also pass the checks that tell a copy from text that merely looks alike:

- size: the smaller at least ``min_size_ratio`` of the larger, unless the larger's headline is
  about the smaller's text (a release carried inside an outlet's longer report of its event is a
  copy; a digest or roundup quoting one wire item among many is not);
- date: both within ``max_gap_days`` when dated (not for duplicates), or within ``rerun_gap_days``
  when the later one is the same text run again (``copy_checks.rerun``: nearly every sentence carried whole, no
  figure and almost no word of its own — another day's fill of a template brings both);
- lead: the shared text starts within ``lead_tokens`` tokens of both texts' start, or one opens
  with it and the other's intro before it is at most ``lead_share`` of the smaller's length, or the
  larger's longer intro retells the smaller (``intro_share`` of its words in it) — an outlet's own
  intro line or paragraph before the release it carries; an article that gets to the quoted item
  only after a story of its own, longer than the item and about something else, is a digest;
- figures: the two do not state different numbers in the same places (the next relief flight's
  tonnage, another day's prices), unless the texts differ in little else, within a day, and keep some
  figures (``copy_checks.updated``: one price report updated with the new figures is still a copy);
- template: once the text that either shares with an article dated more than ``max_gap_days``
  from both is set aside (a daily report's fixed sentences, a cable's formula), the rest of the
  smaller must still be shared at ``template_residual`` — the weather report of another day shares
  the template, not the day's forecast. A copy-edited copy of one fill sharing less of the rest is
  still kept when most shingles are shared and the larger keeps the smaller's own words, those of no
  article of other days (``template_own_kept``: the convict, the country, the goods of the day's
  event). The other articles looked at are the LSH candidates of either, so this sees as much as the
  batch holds: in a large ingest, every day's template.

Copy pairs are joined into groups around originals (``copy_groups.group_copies``): an article joins a group
only as a copy of its original, so one false pair does not chain two groups into one; an article
that copies no original joins the group of the member it copies, so a pair found is not lost.

The thresholds were set on six hand-labelled SaudiNewsNet samples (``bench/data/dedup_pairs.csv``
to ``dedup_pairs6.csv``); ``dedup_pairs7.csv`` is held out.
Copies still count as outlets carrying the story, but not as independent confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence

from datasketch import MinHash, MinHashLSHEnsemble

from akhbar.ingest.build import content_key
from akhbar.model import Article
from akhbar.stories.cluster import article_text
from akhbar.stories.copy_checks import DedupOptions, carries, led, rerun, sized, updated
from akhbar.stories.copy_evidence import (
    SHINGLE,
    CopyText,
    figures_differ,
    own_words_kept,
    template_shingles,
)
from akhbar.stories.copy_groups import CopyGroup, CopyPair, copy_age, copy_day, day_gap, group_copies

__all__ = [
    "CopyGroup",
    "CopyPair",
    "DedupOptions",
    "compare",
    "find_copies",
    "find_copy_groups",
    "group_copies",
    "mark_copies",
    "shingles",
]

NUM_PERM = 128
#: Up to this many texts, copy candidates come from exact containments rather than LSH.
EXACT_CANDIDATES = 150


def shingles(text: str, size: int = SHINGLE) -> frozenset[int]:
    """Hashed ``size``-grams of the copy tokens of ``text`` (``copy_evidence.copy_tokens``).

    >>> shingles("قال الوزير إن الاجتماع كان مثمرا جدا") == shingles("وقال معالي الوزير إن الاجتماع كان مثمراً جداً")
    True
    """
    return CopyText.of(text, size).shingle_set


def compare(a: frozenset[int], b: frozenset[int]) -> tuple[float, float]:
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


def mark_copies(articles: Sequence[Article], *, options: DedupOptions | None = None) -> dict[str, str]:
    """``{copy id: original id}`` for the members of copy groups that are not marked yet.

    The original is the group's earliest copy. Articles already marked ``copy_of`` (equal content,
    found at ingest) keep their mark, so an ingest's marks and these only ever add up.
    """
    if len(articles) < 2:
        return {}
    by_id = {a.id: a for a in articles}
    return {
        member: group.earliest
        for group in find_copy_groups(articles, options=options)
        for member in group.members
        if member != group.earliest and by_id[member].copy_of is None
    }


def find_copies(articles: Sequence[Article], *, options: DedupOptions | None = None) -> list[CopyPair]:
    """Every pair of copies among ``articles``: equal folded bodies, then LSH candidates decided exactly."""
    opts = options or DedupOptions()
    texts = [CopyText.of(article_text(a, title_weight=0)) for a in articles]
    pairs = _exact_pairs(articles, texts, opts)
    seen = {(p.first, p.second) for p in pairs} | {(p.second, p.first) for p in pairs}
    near = _candidates(texts, opts)
    for i in sorted(near):
        for j in sorted(near[i]):
            if j < i or (articles[i].id, articles[j].id) in seen:
                continue
            seen |= {(articles[i].id, articles[j].id), (articles[j].id, articles[i].id)}
            pair = _decide(articles, texts, near, (i, j), opts)
            if pair:
                pairs.append(pair)
    return pairs


def _candidates(texts: list[CopyText], opts: DedupOptions) -> dict[int, set[int]]:
    """Each indexed text's candidates, both ways: the texts whose containment of it, or its of them,
    reaches ``lsh_threshold``.

    Up to ``EXACT_CANDIDATES`` texts (a story's members) the containments are computed exactly: a
    MinHash LSH Ensemble spends ~0.2 s tuning its partitions whatever the number of texts, which
    would make building stories cost more than clustering them. Beyond that, LSH estimates them.
    """
    indexed = [i for i, t in enumerate(texts) if len(t.shingle_set) >= opts.min_shingles]
    near: dict[int, set[int]] = {i: set() for i in indexed}
    if len(indexed) < 2:
        return near
    if len(indexed) <= EXACT_CANDIDATES:
        for a, i in enumerate(indexed):
            first = texts[i].shingle_set
            for j in indexed[a + 1 :]:
                second = texts[j].shingle_set
                if len(first & second) >= opts.lsh_threshold * min(len(first), len(second)):
                    near[i].add(j)
                    near[j].add(i)
        return near
    hashes = MinHash.bulk([texts[i].shingle_set for i in indexed], num_perm=NUM_PERM, hashfunc=_same)
    lsh = MinHashLSHEnsemble(threshold=opts.lsh_threshold, num_perm=NUM_PERM, num_part=8)
    lsh.index([(i, h, len(texts[i].shingle_set)) for i, h in zip(indexed, hashes, strict=True)])
    for i, h in zip(indexed, hashes, strict=True):
        for j in lsh.query(h, len(texts[i].shingle_set)):
            if j != i:
                near[i].add(j)
                near[j].add(i)
    return near


def _same(value: int) -> int:
    """MinHash's hash function: shingles are already 32-bit hashes."""
    return value


def _exact_pairs(articles: Sequence[Article], texts: list[CopyText], opts: DedupOptions) -> list[CopyPair]:
    """Each article whose folded body equals an earlier one's, paired with the earliest of them."""
    by_key: dict[str, list[Article]] = {}
    for article, text in zip(articles, texts, strict=True):
        if len(text.shingle_set) >= opts.min_shingles:
            by_key.setdefault(content_key(article), []).append(article)
    pairs = []
    for same in by_key.values():
        same.sort(key=copy_age)
        pairs += [CopyPair(same[0].id, other.id, "duplicate", 1.0, 1.0) for other in same[1:]]
    return pairs


def _decide(
    articles: Sequence[Article],
    texts: list[CopyText],
    near: dict[int, set[int]],
    pair: tuple[int, int],
    opts: DedupOptions,
) -> CopyPair | None:
    """The copy pair of ``pair`` (indices) when the shingles and the checks of the module say so."""
    i, j = sorted(pair, key=lambda k: len(texts[k].shingle_set))
    small, large = texts[i], texts[j]
    shared = small.shingle_set & large.shingle_set
    jaccard = len(shared) / len(small.shingle_set | large.shingle_set)
    containment = len(shared) / len(small.shingle_set)
    duplicate = jaccard >= opts.duplicate_jaccard
    gap = day_gap(copy_day(articles[i]), copy_day(articles[j]))
    if (
        containment < opts.rewrite_containment
        or not sized(small, large, articles[j].title, opts)
        or not (
            duplicate
            or gap is None
            or gap <= opts.max_gap_days
            or rerun(small, large, gap, containment, opts)
        )
        or not led(small, large, opts)
        or (figures_differ(small.tokens, large.tokens) and not updated(small, large, gap, containment, opts))
        or not (duplicate or carries(small, large, containment, opts))
        or _templated(articles, texts, near, (i, j), shared, opts)
    ):
        return None
    a, b = sorted((articles[i], articles[j]), key=copy_age)
    kind = "duplicate" if duplicate else "syndicated"
    return CopyPair(a.id, b.id, kind, round(jaccard, 3), round(containment, 3))


def _templated(
    articles: Sequence[Article],
    texts: list[CopyText],
    near: dict[int, set[int]],
    pair: tuple[int, int],
    shared: frozenset[int],
    opts: DedupOptions,
) -> bool:
    """True when, past the text also found in articles of other days, too little of the smaller (``pair[0]``) is shared.

    A copy-edited copy of one fill of a template may share under ``template_residual`` of what is
    left, and is still kept when most of its shingles are shared (``syndicated_containment``) and the
    larger has ``template_own_kept`` of its own words, at least ``template_own_words`` of them
    (``copy_evidence.own_words_kept``: words that no candidate of a day other than the pair's has —
    the names and places the day's event brought to the template; the weather of the next day, or
    a visit's departure after its arrival, shares its words with the days around it).
    """
    days = [d for d in (copy_day(articles[k]) for k in pair) if d is not None]
    if not days:
        return False
    others = [(copy_day(articles[k]), k) for k in near[pair[0]] | near[pair[1]]]
    template = template_shingles(
        shared, ((day, texts[k].shingle_set) for day, k in others), min(days), max(days), opts.max_gap_days
    )
    if not template:
        return False
    small, large = texts[pair[0]], texts[pair[1]]
    rest = small.shingle_set - template
    if len(shared - template) >= opts.template_residual * len(rest) and len(rest) >= opts.min_shingles:
        return False
    if len(rest) < opts.min_shingles or len(shared) < opts.syndicated_containment * len(small.shingle_set):
        return True
    elsewhere = {word for day, k in others if day is not None and day not in days for word in texts[k].tokens}
    kept, own = own_words_kept(small, large, elsewhere)
    return own < opts.template_own_words or kept < opts.template_own_kept
