"""Online story clustering: articles arrive in time order and each joins a story or starts one.

Each article is a TF-IDF vector over light-stemmed terms of its title and body (excluded regions
left out). Candidate stories come from an inverted index over the top terms of the stories seen so
far, restricted to stories whose dates are near the article's, so the cost per article stays flat as
the corpus grows; the article joins the most similar candidate centroid above a threshold. The dates
compared are the article's publication date *and* the dates its text names, so a later republication
that recounts the same events still finds its story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from akhbar.model import Article
from akhbar.stories.terms import terms


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    """Knobs of the online clustering; the defaults were set on SaudiNewsNet and the seeds."""

    threshold: float = 0.30
    window_days: int = 10
    top_terms: int = 12
    max_candidates: int = 50
    title_weight: int = 2


@dataclass(slots=True)
class _Story:
    """A story being built: its members and a sparse centroid (term -> summed weight) with its norm²."""

    members: list[int] = field(default_factory=list)
    centroid: dict[int, float] = field(default_factory=dict)
    norm2: float = 0.0
    dates: set[date] = field(default_factory=set)


def article_text(article: Article, *, title_weight: int = 2) -> str:
    """Title (repeated ``title_weight`` times) and body, excluded regions left out."""
    pieces = [article.text[s:e] for s, e in article.kept_ranges()]
    title = article.title or ""
    return " ".join([title] * title_weight + pieces)


def cluster(
    articles: Sequence[Article],
    dates: Sequence[frozenset[date]],
    *,
    options: ClusterOptions | None = None,
) -> list[list[int]]:
    """Group ``articles`` into stories; returns lists of indices into ``articles``.

    ``dates[i]`` holds the dates that place article ``i`` in time (its publication date and the
    dates its text names); an article with none is compared with every candidate.
    """
    opts = options or ClusterOptions()
    if not articles:
        return []
    matrix = _vectors(articles, opts)
    order = sorted(range(len(articles)), key=lambda i: (min(dates[i]) if dates[i] else date.max, i))
    stories: list[_Story] = []
    index: dict[int, set[int]] = defaultdict(set)
    for i in order:
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        vec = dict(zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True))
        top = sorted(vec, key=lambda t: -vec[t])[: opts.top_terms]
        best, score = _best_story(vec, top, dates[i], stories, index, opts)
        if best is None or score < opts.threshold:
            stories.append(_Story())
            best = len(stories) - 1
        _add(stories[best], best, i, vec, top, dates[i], index)
    return [s.members for s in stories]


def _vectors(articles: Sequence[Article], opts: ClusterOptions) -> sparse.csr_matrix:
    texts = [article_text(a, title_weight=opts.title_weight) for a in articles]
    n = len(texts)
    vectorizer = TfidfVectorizer(
        analyzer=terms,
        sublinear_tf=True,
        min_df=1 if n < 50 else 2,
        max_df=1.0 if n < 50 else 0.5,
        dtype=np.float32,
    )
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # every text empty of terms
        return sparse.csr_matrix((n, 1), dtype=np.float32)


def _near(story_dates: set[date], article_dates: frozenset[date], window: int) -> bool:
    if not story_dates or not article_dates:
        return True
    return any(abs((a - b).days) <= window for a in article_dates for b in story_dates)


def _best_story(
    vec: dict[int, float],
    top: list[int],
    article_dates: frozenset[date],
    stories: list[_Story],
    index: dict[int, set[int]],
    opts: ClusterOptions,
) -> tuple[int | None, float]:
    shared: dict[int, int] = defaultdict(int)
    for term in top:
        for sid in index.get(term, ()):
            shared[sid] += 1
    candidates = sorted(shared, key=lambda s: -shared[s])[: opts.max_candidates]
    best: int | None = None
    best_score = 0.0
    for sid in candidates:
        story = stories[sid]
        if not story.norm2 or not _near(story.dates, article_dates, opts.window_days):
            continue
        centroid = story.centroid
        score = sum(w * centroid.get(t, 0.0) for t, w in vec.items()) / story.norm2**0.5
        if score > best_score:
            best, best_score = sid, score
    return best, best_score


def _add(
    story: _Story,
    sid: int,
    i: int,
    vec: dict[int, float],
    top: list[int],
    article_dates: frozenset[date],
    index: dict[int, set[int]],
) -> None:
    story.members.append(i)
    centroid = story.centroid
    for term, weight in vec.items():
        old = centroid.get(term, 0.0)
        centroid[term] = old + weight
        story.norm2 += (old + weight) ** 2 - old * old
    story.dates |= article_dates
    for term in top:
        index[term].add(sid)
