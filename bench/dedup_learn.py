"""A learned copy decision over the evidence of ``copy_features``, measured leave-one-sample-out.

Usage: ``python bench/dedup_learn.py [--cache PATH]``. For each labelled sample 1-6 of
``bench/data/dedup_pairs*.csv`` the named articles are ingested as ``evaluate_dedup`` does, copy
candidates found as ``find_copies`` finds them, and every candidate pair's features and the rules'
decision computed. It prints the recall ceiling (labelled copies that never become candidates vs.
copies the rules reject) and, training on five samples and testing on the sixth, precision and recall
of the rules alone and of each ``SETUPS`` entry (a logistic regression or a depth-2 boosted tree,
alone or OR-ed with the rules), its threshold the least keeping precision .98 on the training
samples' out-of-fold probabilities. Sample 7 (blind) is never read. Extraction takes about 1.5 min
of CPU; its result is cached (``--cache``, a local pickle, never shipped).

Result (2026-12-08, ``bench/README.md``): every labelled copy of samples 1-6 is a candidate (43 are
rejected by the rules, none missed by LSH), and no setup raises leave-one-sample-out recall: OR-ed with
the rules, the threshold that keeps precision .98 on the training samples adds nothing, because the
rule-rejected pairs that look most like copies are mostly not copies. No model was shipped.
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
SAMPLES = tuple(
    HERE / "data" / name for name in ("dedup_pairs.csv", *(f"dedup_pairs{k}.csv" for k in range(2, 7)))
)


@dataclass
class Sample:
    """One labelled sample: its articles, candidate pairs (indices) with features and rule decisions."""

    name: str
    articles: list[Any]
    exact: list[Any]
    candidates: list[tuple[int, int]]
    features: list[list[float]]
    rule_pairs: list[Any | None]
    labelled: list[tuple[str, str, str]]
    checks: list[list[float]]


def check_outcomes(articles: Any, texts: Any, near: Any, pair: tuple[int, int], opts: Any) -> list[float]:
    """Each check of ``dedup._decide`` on its own (1 passed), and whether both credit one agency."""
    from akhbar.stories.copy_checks import carries, led, rerun, sized, updated
    from akhbar.stories.copy_evidence import figures_differ
    from akhbar.stories.copy_groups import copy_day, day_gap
    from akhbar.stories.dedup import _templated

    i, j = sorted(pair, key=lambda k: len(texts[k].shingle_set))
    small, large = texts[i], texts[j]
    shared = small.shingle_set & large.shingle_set
    containment = len(shared) / len(small.shingle_set)
    gap = day_gap(copy_day(articles[i]), copy_day(articles[j]))
    credits = set(articles[i].credits) & set(articles[j].credits)
    return [
        float(sized(small, large, articles[j].title, opts)),
        float(gap is None or gap <= opts.max_gap_days or rerun(small, large, gap, containment, opts)),
        float(led(small, large, opts)),
        float(
            not figures_differ(small.tokens, large.tokens) or updated(small, large, gap, containment, opts)
        ),
        float(carries(small, large, containment, opts)),
        float(not _templated(articles, texts, near, (i, j), shared, opts)),
        float(bool(credits)),
    ]


def extract(path: Path) -> Sample:
    from dedup_features import PairContext, pair_features

    from akhbar.eval.dedup import read_dedup_pairs
    from akhbar.eval.stories import ingest_records
    from akhbar.ingest.readers import ReadOptions
    from akhbar.store.repository import Store
    from akhbar.stories.cluster import article_text
    from akhbar.stories.copy_evidence import CopyText
    from akhbar.stories.dedup import DedupOptions, _candidates, _decide, _exact_pairs

    pairs = read_dedup_pairs(path)
    wanted = {i for p in pairs for i in (p.id1, p.id2)}
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"sqlite:///{tmp}/e.db") as store:
        ids = ingest_records(store, [CORPUS], ReadOptions(), wanted=wanted)
        articles = store.articles(with_spans=True, layers=("body", "excluded", "credits"))
    opts = DedupOptions()
    texts = [CopyText.of(article_text(a, title_weight=0)) for a in articles]
    exact = _exact_pairs(articles, texts, opts)
    near = _candidates(texts, opts)
    ctx = PairContext(articles, texts, near, opts.max_gap_days)
    cands, feats, rules, checks = [], [], [], []
    for i in sorted(near):
        for j in sorted(near[i]):
            if j < i:
                continue
            rule = _decide(articles, texts, near, (i, j), opts)
            small, large = sorted((i, j), key=lambda k: len(texts[k].shingle_set))
            cands.append((i, j))
            feats.append(pair_features(ctx, small, large, rules=rule is not None))
            rules.append(rule)
            checks.append(check_outcomes(articles, texts, near, (i, j), opts))
    labelled = [(ids[p.id1], ids[p.id2], p.label) for p in pairs if p.id1 in ids and p.id2 in ids]
    return Sample(path.name, articles, exact, cands, feats, rules, labelled, checks)


def load(cache: Path) -> list[Sample]:
    if cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    samples = [extract(p) for p in SAMPLES]
    with cache.open("wb") as handle:
        pickle.dump(samples, handle)
    return samples


COPY = frozenset({"duplicate", "syndicated"})


def _index(sample: Sample) -> dict[tuple[str, str], int]:
    out = {}
    for n, (i, j) in enumerate(sample.candidates):
        a, b = sample.articles[i].id, sample.articles[j].id
        out[(a, b)] = out[(b, a)] = n
    return out


def ceiling(samples: list[Sample]) -> None:
    """Per sample: labelled copies equal once folded, accepted by the rules, rejected by them, never candidates."""
    print("sample       copies exact rules_yes rules_no not_candidate")
    for s in samples:
        index = _index(s)
        exact = {(p.first, p.second) for p in s.exact} | {(p.second, p.first) for p in s.exact}
        counts = [0, 0, 0, 0, 0]
        for a, b, label in s.labelled:
            if label not in COPY:
                continue
            counts[0] += 1
            if a == b or (a, b) in exact:
                counts[1] += 1
            elif (a, b) in index:
                counts[2 if s.rule_pairs[index[(a, b)]] else 3] += 1
            else:
                counts[4] += 1
        print(f"{s.name:18} {counts[0]:4} {counts[1]:5} {counts[2]:9} {counts[3]:8} {counts[4]:13}")


def predict(sample: Sample, accept: list[bool]) -> list[bool]:
    """Group-level prediction for the labelled pairs when the candidates in ``accept`` are copies."""
    from akhbar.stories.copy_groups import CopyPair, copy_age, group_copies

    pairs = list(sample.exact)
    for (i, j), feats, ok in zip(sample.candidates, sample.features, accept, strict=True):
        if ok:
            a, b = sorted((sample.articles[i], sample.articles[j]), key=copy_age)
            pairs.append(CopyPair(a.id, b.id, "syndicated", feats[1], feats[0]))
    group_of = {m: n for n, g in enumerate(group_copies(sample.articles, pairs)) for m in g.members}
    return [a == b or (a in group_of and group_of.get(b) == group_of[a]) for a, b, _ in sample.labelled]


def score(sample: Sample, predicted: list[bool]) -> tuple[float, float, int, int]:
    gold = [label in COPY for _, _, label in sample.labelled]
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    flagged, copies = sum(predicted), sum(gold)
    return (tp / flagged if flagged else 1.0), tp / copies, flagged - tp, copies - tp


def row(sample: Sample, n: int, columns: str) -> list[float]:
    """Candidate ``n``'s features: ``evidence`` (``copy_features`` less the rules' decision), ``checks`` (plus each
    check's outcome and the count failed) or ``rules`` (plus the rules' decision)."""
    evidence = sample.features[n][:-1]
    if columns == "evidence":
        return evidence
    checks = sample.checks[n]
    extra = [*checks, 6 - sum(checks[:6])]
    return evidence + extra if columns == "checks" else [*evidence, *extra, sample.features[n][-1]]


def rows(samples: list[Sample], columns: str) -> tuple[list[list[float]], list[int], list[bool]]:
    """Features, gold (1 copy) and the rules' decision of the labelled pairs that are candidates."""
    x, y, rules = [], [], []
    for sample in samples:
        index = _index(sample)
        for a, b, label in sample.labelled:
            if (a, b) in index:
                x.append(row(sample, index[(a, b)], columns))
                y.append(int(label in COPY))
                rules.append(sample.rule_pairs[index[(a, b)]] is not None)
    return x, y, rules


TARGET_PRECISION = 0.98


@dataclass(frozen=True)
class Setup:
    """One way to decide: a model ``kind`` over ``columns``, alone or OR-ed with the rules (``with_rules``)."""

    kind: str
    columns: str
    with_rules: bool

    def fit(self, samples: list[Sample]) -> Any:
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        x, y, _ = rows(samples, self.columns)
        if self.kind == "gbt":
            return GradientBoostingClassifier(max_depth=2, n_estimators=60, random_state=0).fit(x, y)
        scaled = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=3000))
        return scaled.fit(x, y)

    def threshold(self, train: list[Sample]) -> float:
        """The least threshold keeping ``TARGET_PRECISION`` on ``train``'s labelled candidates, with out-of-fold
        probabilities (inner leave-one-sample-out); above 1 when none does."""
        scored: list[tuple[float, int, bool]] = []
        for k, held in enumerate(train):
            model = self.fit(train[:k] + train[k + 1 :])
            x, y, rules = rows([held], self.columns)
            scored += zip(model.predict_proba(x)[:, 1], y, rules, strict=True)
        best = 1.01
        for t in sorted({p for p, _, _ in scored}, reverse=True):
            flagged = [g for p, g, r in scored if p >= t or (r and self.with_rules)]
            if sum(flagged) < TARGET_PRECISION * len(flagged):
                break
            best = t
        return best

    def decide(self, model: Any, t: float, sample: Sample) -> list[bool]:
        probs = model.predict_proba([row(sample, n, self.columns) for n in range(len(sample.candidates))])[
            :, 1
        ]
        rules = [r is not None and self.with_rules for r in sample.rule_pairs]
        return [r or p >= t for r, p in zip(rules, probs, strict=True)]


def loso(samples: list[Sample], setup: Setup) -> tuple[float, float]:
    """Train on five samples, test on the sixth; prints per held-out sample rules P/R -> setup P/R."""
    print(f"{setup}: held-out  rules P/R -> model P/R")
    recalls, precisions = [], []
    for k, held in enumerate(samples):
        train = samples[:k] + samples[k + 1 :]
        t = setup.threshold(train)
        decided = setup.decide(setup.fit(train), t, held)
        p0, r0, _, _ = score(held, predict(held, [r is not None for r in held.rule_pairs]))
        p1, r1, fp, fn = score(held, predict(held, decided))
        recalls.append(r1 - r0)
        precisions.append(p1)
        print(f"  {held.name:18} {p0:.4f}/{r0:.4f} -> {p1:.4f}/{r1:.4f} fp {fp} fn {fn} (t {t:.3f})")
    gain, precision = sum(recalls) / len(recalls), sum(precisions) / len(precisions)
    print(f"  mean recall gain {gain:+.4f}, mean precision {precision:.4f}")
    return gain, precision


SETUPS = tuple(
    Setup(kind, columns, with_rules)
    for with_rules, columns in ((True, "rules"), (True, "checks"), (False, "evidence"), (False, "checks"))
    for kind in ("logistic", "gbt")
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dedup_learn.pkl")
    args = parser.parse_args()
    samples = load(args.cache)
    ceiling(samples)
    for setup in SETUPS:
        loso(samples, setup)


if __name__ == "__main__":
    main()
