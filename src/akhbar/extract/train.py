"""Training the CRF named-entity tagger from a CoNLL file (behind ``akhbar train ner``).

The features come from ``ner_features`` with the shipped word clusters and gazetteers, so a model
trained here tags exactly like the shipped one. L-BFGS with L1 (``c1``) and L2 (``c2``) penalties:
L1 prunes the feature set so the model file stays small and loads fast. The defaults were chosen on
the last sixth of the ANERcorp train split (``bench/ner_cv.py``): the F1 is flat for c1 0.02–0.1 with
c2 0.1–0.2, and lower with c2 ≤ 0.02, ``feature.minfreq`` 2 or the averaged perceptron.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pycrfsuite

from akhbar.errors import InputError
from akhbar.extract.conll import read_conll
from akhbar.extract.ner_features import Featuriser, NerResources

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NerTrainOptions:
    """CRF training settings; the defaults are the ones the shipped model was trained with."""

    c1: float = 0.1
    c2: float = 0.2
    max_iterations: int = 200
    min_freq: int = 1


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
    """Train on sentences already read (cross-validation folds use this directly)."""
    opts = options or NerTrainOptions()
    started = time.perf_counter()
    featuriser = Featuriser(NerResources.load())
    trainer = pycrfsuite.Trainer(verbose=False)
    tokens = 0
    for sentence in sentences:
        words = [w for w, _ in sentence]
        trainer.append(featuriser.sequence(words), [t for _, t in sentence])
        tokens += len(words)
    trainer.set_params(
        {
            "c1": opts.c1,
            "c2": opts.c2,
            "max_iterations": opts.max_iterations,
            "feature.minfreq": opts.min_freq,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    n_features = len(tagger.info().state_features)
    tagger.close()
    seconds = time.perf_counter() - started
    log.info("trained NER on %d sentences (%d tokens) in %.0fs: %s", len(sentences), tokens, seconds, out)
    return TrainReport(out, len(sentences), tokens, seconds, out.stat().st_size, n_features)
