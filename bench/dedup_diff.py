"""What differs between two candidate copies: aligned sentences, word edits inside them, and their kinds.

Usage: ``python bench/dedup_diff.py [--cache PATH]`` (the samples of ``dedup_learn``, same cache).
Issue #6: the copies ``dedup._decide`` rejects share as much text, in the same places, as the
non-copies it rejects (``same_story`` write-ups of one event, another event's fill of a template). A
labeller tells them apart by what differs: a copy-edit changes common words, order, adds or drops
whole sentences but keeps the event's names and figures; a template fill keeps the frame and swaps
the names and figures; an independent write-up of one event shares names but few sentences.

Each text is taken as ``copy_evidence`` takes it (copy tokens by sentence). Every sentence of the
smaller text is aligned to the sentence of the larger holding most of its distinct tokens (at least
half); inside each aligned pair ``difflib`` lists the edits over the token sequences, and each
replaced, dropped or added token is classed as a figure (digits), a rare word (held by under
``RARE_SHARE`` of the background table's documents: names, places, the event's own words) or a
common word. The features (``DIFF_FEATURES``) are shares of the smaller's tokens, so that a linear
model's weights stay readable. It prints their distributions on the rule-rejected labelled pairs
(copies vs. non-copies) and the leave-one-sample-out figures of the rules OR-ed with a logistic
regression over the evidence of ``dedup_features`` plus these (``dedup_learn.loso``).

Result (2026-12-08, ``bench/README.md``): the rejected copies and non-copies overlap on every diff
feature; OR-ed with the rules, a logistic regression over evidence + diff features adds no held-out
copy (mean recall gain +.000), with names as rare words or as tagged entities, and no conjunction of
thresholds on them accepts more rejected copies than non-copies even in-sample. Nothing was put in ``src/``.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import statistics
import tempfile
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from dedup_learn import COPY, Sample, Setup, _index, load, loso

from akhbar.stories.copy_evidence import CopyText
from akhbar.stories.terms import _background

#: A word held by under this share of the background documents is rare: a name, a place, the event's own word.
RARE_SHARE = 0.003
#: A sentence of the smaller is aligned when one sentence of the larger holds this share of its distinct tokens.
ALIGN = 0.5
#: Sentences shorter than this (a dateline, a credit) are left out of the alignment.
MIN_TOKENS = 4

DIFF_FEATURES = (
    "aligned_small",
    "aligned_large",
    "equal_in_aligned",
    "rare_swapped",
    "figure_swapped",
    "common_swapped",
    "rare_dropped",
    "rare_kept",
    "figures_kept",
    "reordered",
    "added_large",
)


@cache
def _rare_cut() -> tuple[int, dict[str, int]]:
    docs, table = _background()
    return int(RARE_SHARE * docs), dict(table)


def kind(token: str, names: frozenset[str] | None = None) -> str:
    """``figure``, ``rare`` or ``common``: what a changed token is; with ``names`` (the copy tokens of
    the pair's tagged entities), ``rare`` means a name's token instead of a rare word."""
    if token[0].isdigit():
        return "figure"
    if names is not None:
        return "rare" if token in names else "common"
    cut, table = _rare_cut()
    return "rare" if table.get(token, 0) < cut else "common"


@dataclass
class Edits:
    """Counts of the smaller's tokens by what happened to them in the aligned sentences."""

    equal: int = 0
    swapped: dict[str, int] | None = None
    dropped: dict[str, int] | None = None

    def __post_init__(self) -> None:
        self.swapped = {"figure": 0, "rare": 0, "common": 0}
        self.dropped = {"figure": 0, "rare": 0, "common": 0}


def align(small: CopyText, large: CopyText) -> list[tuple[int, int]]:
    """(small sentence, large sentence) pairs: each long enough sentence of ``small`` to the sentence of
    ``large`` holding most of its distinct tokens, when that is at least ``ALIGN`` of them."""
    bags = [set(s) for s in large.sentences]
    out = []
    for n, sentence in enumerate(small.sentences):
        words = set(sentence)
        if len(sentence) < MIN_TOKENS or not bags:
            continue
        best = max(range(len(bags)), key=lambda k: len(words & bags[k]))
        if len(words & bags[best]) >= ALIGN * len(words):
            out.append((n, best))
    return out


def _edit(
    edits: Edits, a: list[str], b: list[str], elsewhere: set[str], names: frozenset[str] | None
) -> None:
    """Count the edits turning ``a`` into ``b``; a token ``b`` lacks but the other text has elsewhere was moved."""
    assert edits.swapped is not None and edits.dropped is not None
    for op, i1, i2, _, _ in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            edits.equal += i2 - i1
            continue
        for token in a[i1:i2]:
            if token in elsewhere:
                edits.equal += 1
            elif op == "replace":
                edits.swapped[kind(token, names)] += 1
            else:
                edits.dropped[kind(token, names)] += 1


def _inversions(pairs: list[tuple[int, int]]) -> float:
    """The share of aligned sentence pairs whose order in the larger is the reverse of the smaller's."""
    order = [b for _, b in pairs]
    total = len(order) * (len(order) - 1) // 2
    if not total:
        return 0.0
    return sum(1 for x in range(len(order)) for y in range(x + 1, len(order)) if order[x] > order[y]) / total


def diff_features(small: CopyText, large: CopyText, names: frozenset[str] | None = None) -> list[float]:
    """The ``DIFF_FEATURES`` of a pair, ``small`` the text with fewer shingles (``names``: see ``kind``)."""
    pairs = align(small, large)
    n_small = max(sum(len(s) for s in small.sentences), 1)
    n_large = max(sum(len(s) for s in large.sentences), 1)
    large_words = set(large.tokens)
    edits = Edits()
    aligned_tokens = 0
    for a, b in pairs:
        aligned_tokens += len(small.sentences[a])
        _edit(edits, small.sentences[a], large.sentences[b], large_words - set(large.sentences[b]), names)
    assert edits.swapped is not None and edits.dropped is not None
    base = max(aligned_tokens, 1)
    rare_small = {t for t in small.tokens if kind(t, names) == "rare"}
    figures_small = {t for t in small.tokens if t[0].isdigit()}
    hit = {b for _, b in pairs}
    added = sum(len(s) for k, s in enumerate(large.sentences) if k not in hit and len(s) >= MIN_TOKENS)
    return [
        aligned_tokens / n_small,
        sum(len(large.sentences[b]) for b in hit) / n_large,
        edits.equal / base,
        edits.swapped["rare"] / base,
        edits.swapped["figure"] / base,
        edits.swapped["common"] / base,
        edits.dropped["rare"] / base,
        len(rare_small & large_words) / len(rare_small) if rare_small else 1.0,
        len(figures_small & large_words) / len(figures_small) if figures_small else 1.0,
        _inversions(pairs),
        added / n_large,
    ]


def add_diff(samples: list[Sample], *, entities: bool = False) -> None:
    """Append the ``DIFF_FEATURES`` to every candidate's features, before the last (the rules' decision);
    with ``entities``, names are the tokens of the entities the shipped tagger finds, not rare words."""
    from akhbar.stories.cluster import article_text

    for sample in samples:
        plain = [article_text(a, title_weight=0) for a in sample.articles]
        texts = [CopyText.of(text) for text in plain]
        names = [_names(text) for text in plain] if entities else None
        for n, (i, j) in enumerate(sample.candidates):
            small, large = sorted((i, j), key=lambda k: len(texts[k].shingle_set))
            pair_names = names[i] | names[j] if names is not None else None
            diff = diff_features(texts[small], texts[large], pair_names)
            feats = sample.features[n]
            sample.features[n] = [*feats[:-1], *diff, feats[-1]]


def _names(text: str) -> frozenset[str]:
    """The copy tokens of the named entities the shipped tagger finds in ``text``."""
    from akhbar.extract.ner import NerModel, find_entities
    from akhbar.stories.copy_evidence import copy_tokens

    model = _model(NerModel)
    return frozenset(
        t for span in find_entities(text, model=model) for t in copy_tokens(text[span.start : span.end])
    )


@cache
def _model(cls: Any) -> Any:
    return cls.load()


def rejected(samples: list[Sample]) -> tuple[list[list[float]], list[list[float]]]:
    """The diff features of the labelled candidates the rules reject: copies, non-copies."""
    copies, others = [], []
    width = len(DIFF_FEATURES)
    for sample in samples:
        index = _index(sample)
        for a, b, label in sample.labelled:
            n = index.get((a, b))
            if n is None or sample.rule_pairs[n] is not None:
                continue
            diff = sample.features[n][-1 - width : -1]
            (copies if label in COPY else others).append(diff)
    return copies, others


def distributions(samples: list[Sample]) -> None:
    """Quartiles of each diff feature on the rule-rejected copies and non-copies."""
    copies, others = rejected(samples)
    print(f"rule-rejected labelled candidates: {len(copies)} copies, {len(others)} non-copies (quartiles)")
    for k, name in enumerate(DIFF_FEATURES):
        print(
            f"  {name:18} copies {_quartiles([r[k] for r in copies])}  others {_quartiles([r[k] for r in others])}"
        )


def _quartiles(values: list[float]) -> str:
    if len(values) < 2:
        return str(values)
    q = statistics.quantiles(values, n=4)
    return f"{min(values):.2f} {q[0]:.2f} {q[1]:.2f} {q[2]:.2f} {max(values):.2f}"


#: The thresholds ``grid_search`` tries: aligned share, equal share, rare words kept, figures kept (at
#: least), rare words and figures swapped (at most) and containment (at least).
GRID = (
    (0.6, 0.8, 0.9, 0.95),
    (0.7, 0.8, 0.85, 0.9),
    (0.6, 0.75, 0.9, 1.0),
    (0.0, 0.5, 1.0),
    (0.0, 0.01, 0.02, 0.03, 1.0),
    (0.0, 0.01, 1.0),
    (0.0, 0.3, 0.4, 0.5),
)


def grid_search(samples: list[Sample]) -> None:
    """In-sample, the conjunctions of ``GRID`` thresholds that accept the most rule-rejected copies less
    three times the non-copies: an upper bound on what one hand rule over the diff features could gain."""
    width = len(DIFF_FEATURES)
    rows = []
    for sample in samples:
        index = _index(sample)
        for a, b, label in sample.labelled:
            n = index.get((a, b))
            if n is not None and sample.rule_pairs[n] is None:
                feats = sample.features[n]
                rows.append((label in COPY, feats[-1 - width : -1], feats[0]))
    scored = []
    for al, eq, rk, fk, rs, fs, cont in itertools.product(*GRID):
        tp = fp = 0
        for copy, d, containment in rows:
            kept = d[0] >= al and d[2] >= eq and d[7] >= rk and d[8] >= fk
            if kept and d[3] <= rs and d[4] <= fs and containment >= cont:
                tp, fp = tp + copy, fp + (not copy)
        scored.append((tp - 3 * fp, tp, fp, (al, eq, rk, fk, rs, fs, cont)))
    for gain, tp, fp, cut in sorted(scored, reverse=True)[:3]:
        print(f"  in-sample rule {cut}: {tp} copies, {fp} non-copies (score {gain})")
    for most in (0, 1, 2):
        tp, fp, cut = max(((tp, -fp, cut) for _, tp, fp, cut in scored if fp <= most), default=(0, 0, None))
        print(f"  most copies with at most {most} non-copies: {tp} copies, {-fp} non-copies {cut}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dedup_learn.pkl")
    args = parser.parse_args()
    for entities in (False, True):
        print(
            "names: tagged entities" if entities else f"names: words in under {RARE_SHARE:.1%} of documents"
        )
        samples = load(args.cache)
        add_diff(samples, entities=entities)
        distributions(samples)
        grid_search(samples)
        for setup in (Setup("logistic", "rules", True), Setup("logistic", "evidence", False)):
            loso(samples, setup)
        print("diff features alone (with the rules' decision):")
        loso(diff_only(samples), Setup("logistic", "rules", True))


def diff_only(samples: list[Sample]) -> list[Sample]:
    """Copies of ``samples`` whose features are the diff features and the rules' decision only."""
    width = len(DIFF_FEATURES) + 1
    return [replace(s, features=[f[-width:] for f in s.features]) for s in samples]


if __name__ == "__main__":
    main()
