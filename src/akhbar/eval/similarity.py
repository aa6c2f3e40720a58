"""The ``akhbar eval similarity`` scorer and ``akhbar train similarity``: SemEval-2022 Task 8 pairs.

A pairs file is a UTF-8 CSV with the columns ``pair_id,text1,text2,overall`` (RFC-4180 quoting;
texts may hold newlines); ``overall`` is the gold score, 1 = very similar … 4 = very dissimilar,
possibly fractional. Each text is built and extracted as an article of its own (``build_article``
and the ``Extractor``, one run for the file, so entity spellings are learnt across texts), described
by ``PairDescriber`` and scored by the ``PairModel``. The score is the Pearson correlation between
predicted and gold ``overall``, rounded to 4 places.
"""

from __future__ import annotations

import csv
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from akhbar.errors import InputError
from akhbar.extract.pipeline import Extractor
from akhbar.ingest.build import BuildContext, build_article
from akhbar.ingest.document import Document
from akhbar.stories.pair_model import (
    PairDescriber,
    PairFeatures,
    PairModel,
    PairSide,
    fit_pair_model,
    pair_features,
    pearson,
)

log = logging.getLogger(__name__)

COLUMNS = ("pair_id", "text1", "text2", "overall")


@dataclass(frozen=True, slots=True)
class GoldPair:
    """One pair of a pairs file; ``overall`` is ``None`` when the file has no gold for it."""

    pair_id: str
    text1: str
    text2: str
    overall: float | None


def read_pairs(path: Path) -> list[GoldPair]:
    """The pairs of a CSV file, in file order.

    Raises ``InputError`` when a column is missing or an ``overall`` value is not a number from 1 to 4;
    an empty ``overall`` cell is read as no gold.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS[:3] if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError(
                    f"{path}: no column {', '.join(missing)}; a pairs file is a CSV with the header "
                    f"{','.join(COLUMNS)}"
                )
            return [_pair(row, f"{path}:{reader.line_num}") for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read the pairs file ({exc}); give a UTF-8 CSV") from exc


def _pair(row: dict[str, str], where: str) -> GoldPair:
    raw = (row.get("overall") or "").strip()
    overall = None
    if raw:
        try:
            overall = float(raw)
        except ValueError:
            overall = -1.0
        if not 1.0 <= overall <= 4.0:
            raise InputError(f"{where}: overall {raw!r} is not a number from 1 to 4; fix the cell")
    return GoldPair(row["pair_id"] or "", row["text1"] or "", row["text2"] or "", overall)


def describe_pairs(
    pairs: Sequence[GoldPair],
    *,
    describer: PairDescriber | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[PairFeatures]:
    """The features of each pair; a text met twice (the same article in two pairs) is described once."""
    describe = describer or PairDescriber()
    extractor = Extractor.load()
    context = BuildContext()
    sides: dict[str, PairSide] = {}

    def side(text: str, identity: str) -> PairSide:
        if text not in sides:
            doc = Document(source="pairs", text=text, identity=identity)
            sides[text] = describe(extractor(build_article(doc, context)))
        return sides[text]

    out = []
    for number, pair in enumerate(pairs, start=1):
        a = side(pair.text1, f"{pair.pair_id}#1")
        b = side(pair.text2, f"{pair.pair_id}#2")
        out.append(pair_features(a, b))
        if progress:
            progress(number, len(pairs))
    return out


def _gold_only(pairs: list[GoldPair], path: Path) -> list[GoldPair]:
    scored = [p for p in pairs if p.overall is not None]
    if not scored:
        raise InputError(f"{path}: no pair has an `overall` score; the pairs file needs gold scores")
    return scored


def evaluate_similarity(
    pairs_path: str | Path,
    *,
    model_path: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Predict every gold pair of ``pairs_path`` and score: ``{"pearson", "n"}``."""
    path = Path(pairs_path)
    pairs = _gold_only(read_pairs(path), path)
    model = PairModel.load(model_path)
    predicted = [model.predict(f) for f in describe_pairs(pairs, progress=progress)]
    return {"pearson": pearson(predicted, [p.overall or 0.0 for p in pairs]), "n": len(pairs)}


@dataclass(frozen=True, slots=True)
class SimilarityTrainReport:
    """What ``train_similarity`` did: pairs, cross-validated Pearson, time and the file written."""

    pairs: int
    cv_pearson: float
    cv_pearson_std: float
    seconds: float
    model: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "pairs": self.pairs,
            "cv_pearson": self.cv_pearson,
            "cv_pearson_std": self.cv_pearson_std,
            "seconds": round(self.seconds, 1),
            "model": self.model,
        }


def train_similarity(
    pairs_path: str | Path,
    model_out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> SimilarityTrainReport:
    """Fit the pair model on a gold pairs file, cross-validate it and write it to ``model_out`` (JSON)."""
    path = Path(pairs_path)
    started = time.perf_counter()
    pairs = _gold_only(read_pairs(path), path)
    features = describe_pairs(pairs, progress=progress)
    model = fit_pair_model(features, [p.overall or 0.0 for p in pairs])
    model = replace(model, info={**model.info, "trained_on": path.name})
    model_out.parent.mkdir(parents=True, exist_ok=True)
    model.save(model_out)
    log.info("similarity model: %s", model.info)
    return SimilarityTrainReport(
        len(pairs),
        float(model.info["cv_pearson"]),
        float(model.info["cv_pearson_std"]),
        time.perf_counter() - started,
        str(model_out),
    )
