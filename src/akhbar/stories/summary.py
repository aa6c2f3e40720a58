"""A story's summary: a few of its articles' own sentences, central and not repeating each other.

Extractive and cited: every summary sentence is a ``Citation`` of original offsets, so a reader can
check it where it stands. Candidates are the body sentences outside excluded regions (boilerplate,
«اقرأ أيضا» appendices), of a readable length, not questions, with a leading dateline in brackets
cut off the cited span; a copy's sentences stand in only when its original is not in the story.

Each candidate is a TF-IDF vector over ``stories.terms`` keys (IDF over the story's candidates). Its
relevance is the cosine with the story centroid — the mean of the articles' own centroids, so a long
article does not outweigh the rest — plus a small bonus for an article's opening sentences. Sentences
are then picked by maximal marginal relevance (MMR): relevance minus similarity to what is already
picked, with a bonus for an outlet not yet heard; a sentence too close to a picked one is skipped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from akhbar.model import Article, Citation
from akhbar.stories.terms import terms
from akhbar.text.sentences import iter_sentences

_MIN_CHARS, _MAX_CHARS, _MIN_TERMS = 40, 400, 6
_LEAD_SENTENCES, _LEAD_BONUS = 2, 0.1
_LAMBDA = 0.7  # relevance against redundancy in MMR
_NEW_OUTLET_BONUS = 0.05
_REDUNDANT = 0.5  # cosine with a picked sentence above which a candidate says the same again
_DATELINE = re.compile(r"\s*\([^()]{0,120}\)\s*")

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class _Candidate:
    article: Article
    start: int
    end: int
    lead: bool
    vector: Vector


def summarise(articles: Sequence[Article], *, size: int | None = None) -> tuple[Citation, ...]:
    """3–5 cited sentences (``size`` overrides), most central first; fewer when the story has fewer.

    The default size grows with the number of independent articles: one more than their count,
    kept between 3 and 5.
    """
    ids = {a.id for a in articles}
    independent = [a for a in articles if not (a.copy_of and a.copy_of in ids)]
    pieces = [(a, s, e, lead) for a in independent for s, e, lead in _sentences(a)]
    if not pieces:
        return ()
    vectors = _tfidf([a.text[s:e] for a, s, e, _ in pieces])
    candidates = [_Candidate(a, s, e, lead, v) for (a, s, e, lead), v in zip(pieces, vectors, strict=True)]
    want = size if size is not None else min(5, max(3, len(independent) + 1))
    picked = _mmr(candidates, _centroid(candidates), want)
    return tuple(
        Citation(
            c.article.id,
            c.start,
            c.end,
            c.article.outlet,
            c.article.text[c.start : c.end],
            copy_of=c.article.copy_of,
        )
        for c in picked
    )


def _sentences(article: Article) -> list[tuple[int, int, bool]]:
    """``(start, end, is_lead)`` of an article's candidate sentences (module docstring)."""
    text = article.text
    ranges = [(s.start, s.end) for s in article.spans("sentences")] or [
        piece for lo, hi in article.kept_ranges() for piece in iter_sentences(text, lo, hi)
    ]
    body = article.body
    out = []
    kept = 0
    for start, end in sorted(ranges):
        if (
            start < body.start
            or end > body.end
            or any(start < x.end and x.start < end for x in article.excluded)
        ):
            continue
        kept += 1
        dateline = _DATELINE.match(text, start, end)
        if dateline and dateline.start() == start:
            start = dateline.end()
        sentence = text[start:end]
        if not _MIN_CHARS <= len(sentence) <= _MAX_CHARS or sentence.rstrip().endswith(("?", "؟")):
            continue
        if len(terms(sentence)) >= _MIN_TERMS:
            out.append((start, end, kept <= _LEAD_SENTENCES))
    return out


def _tfidf(texts: Sequence[str]) -> list[Vector]:
    """Unit TF-IDF vectors (sublinear tf, smoothed idf over ``texts``)."""
    counts = [Counter(terms(t)) for t in texts]
    df = Counter(k for c in counts for k in c)
    n = len(texts)
    vectors = []
    for c in counts:
        v = {k: (1 + math.log(tf)) * (math.log((n + 1) / (df[k] + 1)) + 1) for k, tf in c.items()}
        vectors.append(_unit(v))
    return vectors


def _unit(v: Vector) -> Vector:
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items()}


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(k, 0.0) for k, x in a.items())


def _centroid(candidates: Sequence[_Candidate]) -> Vector:
    """The mean of the articles' centroids: every article counts once, whatever its length."""
    per_article: dict[str, Vector] = {}
    for c in candidates:
        acc = per_article.setdefault(c.article.id, {})
        for k, x in c.vector.items():
            acc[k] = acc.get(k, 0.0) + x
    total: Vector = {}
    for acc in per_article.values():
        for k, x in _unit(acc).items():
            total[k] = total.get(k, 0.0) + x
    return _unit(total)


def _mmr(candidates: Sequence[_Candidate], centroid: Vector, want: int) -> list[_Candidate]:
    relevance = [_cosine(c.vector, centroid) + (_LEAD_BONUS if c.lead else 0.0) for c in candidates]
    picked: list[int] = []
    outlets: set[str | None] = set()
    while len(picked) < want:
        best, best_score = -1, -math.inf
        for i, c in enumerate(candidates):
            if i in picked:
                continue
            closest = max((_cosine(c.vector, candidates[j].vector) for j in picked), default=0.0)
            if closest > _REDUNDANT:
                continue
            score = _LAMBDA * relevance[i] - (1 - _LAMBDA) * closest
            if (c.article.outlet or c.article.id) not in outlets:
                score += _NEW_OUTLET_BONUS
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        picked.append(best)
        outlets.add(candidates[best].article.outlet or candidates[best].article.id)
    return [candidates[i] for i in picked]
