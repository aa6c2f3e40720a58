"""The evidence about one candidate pair of texts as numbers, for ``dedup_learn``'s learned copy decision.

``dedup._decide`` combines the checks of ``copy_checks`` by hand-set thresholds, each a yes or no.
A copy that fails one check narrowly while every other piece of evidence says copy (most sentences
carried, the same headline, the same day) is lost; a model over these features weighs the same
evidence together instead. Each feature is a share or a small count so that a linear model over them
stays readable: its weight says how much that evidence counts. Kept in ``bench/`` because the model
did not beat the rules leave-one-sample-out (``bench/README.md``, dedup section).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from akhbar.model import Article
from akhbar.stories.copy_evidence import (
    CopyText,
    carried_share,
    copy_tokens,
    figures_differ,
    figures_kept,
    lead_gap,
    new_words,
    template_shingles,
)
from akhbar.stories.copy_groups import copy_day, day_gap

#: The features in the order the model file's weights follow.
FEATURES = (
    "containment",
    "jaccard",
    "carried",
    "carried_loose",
    "size_ratio",
    "log_size",
    "lead_small",
    "lead_large",
    "figures_differ",
    "figures_kept",
    "new_words",
    "gap_days",
    "gap_unknown",
    "template_share",
    "residual",
    "title_overlap",
    "same_outlet",
    "rules",
)
#: Date gaps beyond this many days all read the same: far apart.
MAX_GAP = 14


@dataclass(frozen=True, slots=True)
class PairContext:
    """What the features of one pair read: the articles, their copy texts and LSH candidates (by index)."""

    articles: Sequence[Article]
    texts: Sequence[CopyText]
    near: dict[int, set[int]]
    far_days: int


def pair_features(ctx: PairContext, small_at: int, large_at: int, *, rules: bool) -> list[float]:
    """The ``FEATURES`` of the pair whose smaller text (fewer shingles) is at ``small_at``.

    ``rules`` is the hand-set decision (``dedup._decide``), so the model learns where to overrule it.
    Shares that cannot be measured (no sentence long enough to compare) read as 0.
    """
    small, large = ctx.texts[small_at], ctx.texts[large_at]
    shared = small.shingle_set & large.shingle_set
    n_small = max(len(small.shingle_set), 1)
    first, second = ctx.articles[small_at], ctx.articles[large_at]
    gap = day_gap(copy_day(first), copy_day(second))
    words = max(len(small.tokens), 1)
    new, _ = new_words(small, large)
    template_share, residual = _template(ctx, (small_at, large_at), shared)
    return [
        len(shared) / n_small,
        len(shared) / max(len(small.shingle_set | large.shingle_set), 1),
        carried_share(small, large) or 0.0,
        carried_share(small, large, 0.7) or 0.0,
        len(small.shingle_set) / max(len(large.shingle_set), 1),
        math.log1p(len(small.shingle_set)) / 10,
        min(lead_gap(small, large.shingle_set) / words, 1.0),
        min(lead_gap(large, small.shingle_set) / words, 1.0),
        float(figures_differ(small.tokens, large.tokens)),
        min(figures_kept(small.tokens, large.tokens), 5) / 5,
        new,
        min(gap if gap is not None else 0, MAX_GAP) / MAX_GAP,
        float(gap is None),
        template_share,
        residual,
        _overlap(first.title, second.title),
        float(bool(first.outlet) and first.outlet == second.outlet),
        float(rules),
    ]


def _overlap(a: str | None, b: str | None) -> float:
    """Jaccard of two headlines' copy tokens (0 when either has none)."""
    first, second = set(copy_tokens(a or "")), set(copy_tokens(b or ""))
    return len(first & second) / len(first | second) if first and second else 0.0


def _template(ctx: PairContext, pair: tuple[int, int], shared: frozenset[int]) -> tuple[float, float]:
    """The share of ``shared`` also found in candidates of other days, and the share of the rest of the smaller still shared.

    The same reading as ``dedup._templated``: text both share with articles far from both in time is
    a template or standing background, not evidence of copying.
    """
    days = [d for d in (copy_day(ctx.articles[k]) for k in pair) if d is not None]
    if not days or not shared:
        return 0.0, len(shared) / max(len(ctx.texts[pair[0]].shingle_set), 1)
    others = (
        (copy_day(ctx.articles[k]), ctx.texts[k].shingle_set) for k in ctx.near[pair[0]] | ctx.near[pair[1]]
    )
    template = template_shingles(shared, others, min(days), max(days), ctx.far_days)
    rest = ctx.texts[pair[0]].shingle_set - template
    return len(template) / len(shared), (len(shared - template) / len(rest) if rest else 0.0)
