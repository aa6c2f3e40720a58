"""Training the CRF named-entity tagger from a CoNLL file (behind ``akhbar train ner``).

The features come from ``ner_features`` with the shipped word clusters and gazetteers, so a model
trained here tags exactly like the shipped one. L-BFGS with L1 (``c1``) and L2 (``c2``) penalties:
L1 prunes the feature set so the model file stays small and loads fast. The defaults were chosen on
the last sixth of the ANERcorp train split (``bench/ner_cv.py``): the F1 is flat for c1 0.02–0.1 with
c2 0.1–0.2, and lower with c2 ≤ 0.02, ``feature.minfreq`` 2 or the averaged perceptron.

The document features of ``ner_document`` need first-pass labels for the training sentences that a
tagger would really give them: the data is cut into ``first_pass_folds`` contiguous parts (ANERcorp is
a sequence of stories) and each part is tagged by a model trained on the others, with base features
only. The sentences in file order stand for the chunks of a text.
"""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pycrfsuite

from akhbar.errors import InputError
from akhbar.extract.conll import read_conll
from akhbar.extract.ner_document import add_document_features
from akhbar.extract.ner_features import Featuriser, NerResources

if TYPE_CHECKING:
    from collections.abc import Sequence

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NerTrainOptions:
    """CRF training settings; the defaults are the ones the shipped model was trained with."""

    c1: float = 0.1
    c2: float = 0.2
    max_iterations: int = 200
    min_freq: int = 1
    document: bool = True  # train with document features (two passes at tagging time)
    first_pass_folds: int = 4
    first_pass_iterations: int = 100


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What a training run did: data size, time and the model file written."""

    model: Path
    sentences: int
    tokens: int
    seconds: float
    model_bytes: int
    features: int

    def to_dict(self) -> dict[str, object]:
        return {
            "model": str(self.model),
            "sentences": self.sentences,
            "tokens": self.tokens,
            "seconds": round(self.seconds, 1),
            "model_bytes": self.model_bytes,
            "features": self.features,
        }


def train_ner(conll: Path, out: Path, *, options: NerTrainOptions | None = None) -> TrainReport:
    """Train a tagger on the CoNLL file ``conll`` and write the model to ``out``.

    Raises ``InputError`` when the file is unreadable, malformed (the line is named) or has no sentences.
    """
    sentences = read_conll(conll)
    if not sentences:
        raise InputError(f"{conll}: no sentences found. Pass a CoNLL file with `token TAG` lines.")
    return train_sentences(sentences, out, options=options)


def train_sentences(
    sentences: Sequence[Sequence[tuple[str, str]]], out: Path, *, options: NerTrainOptions | None = None
) -> TrainReport:
    """Train on sentences already read, in text order (cross-validation folds use this directly)."""
    opts = options or NerTrainOptions()
    started = time.perf_counter()
    featuriser = Featuriser(NerResources.load())
    words = [[w for w, _ in sentence] for sentence in sentences]
    tags = [[t for _, t in sentence] for sentence in sentences]
    feats = [featuriser.sequence(w) for w in words]
    if opts.document:
        labels = first_pass_labels(feats, tags, opts)
        keys = [featuriser.entry(w).name for sentence in words for w in sentence]
        add_document_features(keys, feats, labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    _train(feats, tags, out, opts, opts.max_iterations)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    n_features = len(tagger.info().state_features)
    tagger.close()
    seconds = time.perf_counter() - started
    tokens = sum(map(len, words))
    log.info("trained NER on %d sentences (%d tokens) in %.0fs: %s", len(sentences), tokens, seconds, out)
    return TrainReport(out, len(sentences), tokens, seconds, out.stat().st_size, n_features)


def first_pass_labels(
    feats: Sequence[list[list[str]]], tags: Sequence[Sequence[str]], opts: NerTrainOptions
) -> list[list[str]]:
    """Labels of every sentence from a model trained without its part of the data (base features only)."""
    n, k = len(feats), max(2, opts.first_pass_folds)
    bounds = [round(part * n / k) for part in range(k + 1)]
    labels: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for part in range(k):
            lo, hi = bounds[part], bounds[part + 1]
            rest = [*range(lo), *range(hi, n)]
            model = Path(tmp) / f"part{part}.crfsuite"
            _train([feats[i] for i in rest], [tags[i] for i in rest], model, opts, opts.first_pass_iterations)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            labels.extend(list(tagger.tag(feats[i])) for i in range(lo, hi))
            tagger.close()
            log.info("first-pass labels for part %d of %d", part + 1, k)
    return labels


def _train(
    feats: Sequence[list[list[str]]],
    tags: Sequence[Sequence[str]],
    out: Path,
    opts: NerTrainOptions,
    iterations: int,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(feats, tags, strict=True):
        trainer.append(x, list(y))
    trainer.set_params(
        {
            "c1": opts.c1,
            "c2": opts.c2,
            "max_iterations": iterations,
            "feature.minfreq": opts.min_freq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(out))
