"""The ``akhbar eval dedup`` scorer: copy detection against labelled article pairs.

A pairs file is a UTF-8 CSV with the columns ``id1,id2,label``; the ids are ``id`` fields of records
in an articles file (JSON Lines, SaudiNewsNet's fields by default) and ``label`` is one of
``LABELS``: ``duplicate`` and ``syndicated`` are the copy class, ``same_story`` and ``different``
are not. The named articles are ingested into a temporary SQLite database with the steps of
``Akhbar.ingest`` (``ingest_records``), ``find_copy_groups`` runs over all of them, and a pair is
predicted a copy when both its articles fall in one copy group.

Scores: precision, recall and F1 of the copy class over the pairs whose two articles could be
ingested, and ``per_label``: for each gold label, how many pairs and the share predicted copy.
Figures are rounded to 4 places.
"""

from __future__ import annotations

import csv
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akhbar.errors import InputError
from akhbar.eval.stories import ingest_records
from akhbar.ingest.readers import ReadOptions
from akhbar.store.repository import Store
from akhbar.stories.dedup import DedupOptions, find_copy_groups

LABELS = ("duplicate", "syndicated", "same_story", "different")
COPY_LABELS = frozenset({"duplicate", "syndicated"})


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two record ids and the gold relation between their articles."""

    id1: str
    id2: str
    label: str


def read_dedup_pairs(path: Path) -> list[LabelledPair]:
    """The pairs of a CSV file, in file order.

    Raises ``InputError`` for a missing column, an empty id or a label outside ``LABELS``.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("id1", "id2", "label") if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError(
                    f"{path}: no column {', '.join(missing)}; a dedup pairs file is a CSV with the "
                    "header id1,id2,label"
                )
            return [_pair(row, f"{path}:{reader.line_num}") for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read the pairs file ({exc}); give a UTF-8 CSV") from exc


def _pair(row: dict[str, str], where: str) -> LabelledPair:
    id1, id2, label = ((row.get(k) or "").strip() for k in ("id1", "id2", "label"))
    if not id1 or not id2:
        raise InputError(f"{where}: a pair needs both id1 and id2; fill in the empty id")
    if label not in LABELS:
        raise InputError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}; fix the cell")
    return LabelledPair(id1, id2, label)


def score_copies(pairs: list[LabelledPair], predicted: list[bool]) -> dict[str, Any]:
    """Precision, recall and F1 of the copy class, and per gold label the pairs and the share predicted copy.

    >>> gold = [LabelledPair("a", "b", "duplicate"), LabelledPair("a", "c", "different")]
    >>> score_copies(gold, [True, True])["precision"], score_copies(gold, [True, False])["f1"]
    (0.5, 1.0)
    """
    tp = sum(1 for p, hit in zip(pairs, predicted, strict=True) if hit and p.label in COPY_LABELS)
    flagged = sum(predicted)
    gold = sum(1 for p in pairs if p.label in COPY_LABELS)
    precision = tp / flagged if flagged else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    counts = Counter(p.label for p in pairs)
    hits = Counter(p.label for p, hit in zip(pairs, predicted, strict=True) if hit)
    per_label = {
        label: {"pairs": counts[label], "predicted_copy": round(hits[label] / counts[label], 4)}
        for label in LABELS
        if counts[label]
    }
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "per_label": per_label,
    }


def evaluate_dedup(
    pairs_path: str | Path,
    articles_path: str | Path,
    *,
    options: DedupOptions | None = None,
    read: ReadOptions | None = None,
) -> dict[str, Any]:
    """Ingest the articles the pairs name, find copy groups and score the pairs.

    Returns the ``score_copies`` figures plus ``pairs`` (how many were scored), ``missing`` (pairs
    with an id that no readable record has) and ``groups`` (copy groups found). Raises
    ``InputError`` when no pair could be scored.
    """
    path = Path(pairs_path)
    pairs = read_dedup_pairs(path)
    wanted = {i for p in pairs for i in (p.id1, p.id2)}
    with (
        tempfile.TemporaryDirectory(prefix="akhbar-eval-") as tmp,
        Store.open(f"sqlite:///{tmp}/eval.db") as store,
    ):
        record_ids = ingest_records(store, [Path(articles_path)], read or ReadOptions(), wanted=wanted)
        articles = store.articles(with_spans=True, layers=("body", "excluded", "credits"))
        groups = find_copy_groups(articles, options=options)
    group_of = {member: n for n, group in enumerate(groups) for member in group.members}
    scored = [p for p in pairs if p.id1 in record_ids and p.id2 in record_ids]
    if not scored:
        raise InputError(
            f"none of the {len(pairs)} pairs of {pairs_path} has both ids as `id` fields of readable "
            f"records in {articles_path}; check that the ids match"
        )
    predicted = []
    for p in scored:
        a, b = record_ids[p.id1], record_ids[p.id2]
        predicted.append(a == b or (a in group_of and group_of.get(b) == group_of[a]))
    scores = score_copies(scored, predicted)
    scores.update(pairs=len(scored), missing=len(pairs) - len(scored), groups=len(groups))
    return scores
