"""Exact-span scoring of named entities over BIO tag sequences (``akhbar eval ner``).

An entity counts as found only when its token span and its type both match (CoNLL-2003 scoring).
Precision, recall and F1 are micro-averaged over all entities of the file, and per type.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from akhbar.errors import InputError
from akhbar.extract.conll import ENTITY_TYPES, bio_spans, read_conll
from akhbar.extract.ner import NerModel

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path


def score_entities(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Micro-averaged exact-span P/R/F1 of predicted BIO sequences against gold ones, rounded to 4 places.

    Returns ``{"precision", "recall", "f1", "per_type": {TYPE: {"precision", "recall", "f1"}}}`` with a
    row for every type seen in the gold or the prediction. Raises ``InputError`` when the sentence counts
    or a sentence's lengths differ. An ``I-X`` that does not continue an ``X`` starts a new entity.

    >>> score_entities([["B-PERS", "I-PERS", "O"]], [["B-PERS", "O", "O"]])["f1"]
    0.0
    """
    if len(gold) != len(pred):
        raise InputError(
            f"gold has {len(gold)} sentences but the prediction has {len(pred)}; align them first"
        )
    hits: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for number, (g, p) in enumerate(zip(gold, pred, strict=True), 1):
        if len(g) != len(p):
            raise InputError(f"sentence {number}: gold has {len(g)} tags but the prediction has {len(p)}")
        gold_spans = set(bio_spans(g))
        pred_spans = set(bio_spans(p))
        n_gold.update(kind for _, _, kind in gold_spans)
        n_pred.update(kind for _, _, kind in pred_spans)
        hits.update(kind for _, _, kind in gold_spans & pred_spans)
    kinds = sorted(set(n_gold) | set(n_pred), key=lambda k: (k not in ENTITY_TYPES, k))
    out = _prf(sum(hits.values()), sum(n_gold.values()), sum(n_pred.values()))
    out["per_type"] = {k: _prf(hits[k], n_gold[k], n_pred[k]) for k in kinds}
    return out


def evaluate_ner(
    gold_path: Path, model: NerModel | None = None, *, model_path: Path | None = None
) -> dict[str, Any]:
    """Tag every sentence of a CoNLL file and score it with ``score_entities`` (same result shape).

    The tagger is ``model``, else the model file ``model_path``, else the shipped one. The file's own
    tokens are tagged as they are (ANERcorp tokens keep their clitics). Raises ``InputError`` for a
    missing gold file or a malformed line, ``AkhbarError`` for a model file that cannot be loaded.
    """
    if not gold_path.is_file():
        raise InputError(f"{gold_path}: no such CoNLL file. Pass a file of `token TAG` lines.")
    sentences = read_conll(gold_path)
    if not sentences:
        raise InputError(f"{gold_path}: no sentences found. Pass a CoNLL file of `token TAG` lines.")
    ner = model or NerModel.load(model_path)
    gold = [[tag for _, tag in s] for s in sentences]
    pred = [ner.tag([tok for tok, _ in s]) for s in sentences]
    return score_entities(gold, pred)


def _prf(hit: int, n_gold: int, n_pred: int) -> dict[str, Any]:
    precision = hit / n_pred if n_pred else 0.0
    recall = hit / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
