from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.errors import InputError
from akhbar.eval.conll import bio_spans, read_conll
from akhbar.eval.ner import evaluate_ner, score_entities

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PERS", "I-PERS", "O", "B-LOC"], [(0, 2, "PERS"), (3, 4, "LOC")]),
        (["O", "I-ORG", "I-ORG", "O"], [(1, 3, "ORG")]),  # I- without B- starts an entity
        (["B-LOC", "I-ORG"], [(0, 1, "LOC"), (1, 2, "ORG")]),  # a type change starts a new one
        (["B-LOC", "B-LOC", "I-LOC"], [(0, 1, "LOC"), (1, 3, "LOC")]),
        (["O", "O"], []),
    ],
)
def test_bio_spans_decode_runs(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


@pytest.mark.parametrize(
    ("gold", "pred", "precision", "recall", "f1"),
    [
        ([["B-PERS", "I-PERS", "O", "B-LOC"]], [["B-PERS", "I-PERS", "O", "B-LOC"]], 1.0, 1.0, 1.0),
        # a span cut short is a miss and a false alarm at once
        ([["B-PERS", "I-PERS", "O", "B-LOC"]], [["B-PERS", "O", "O", "B-LOC"]], 0.5, 0.5, 0.5),
        # right span, wrong type
        ([["B-ORG", "O"]], [["B-LOC", "O"]], 0.0, 0.0, 0.0),
        # one of two found, nothing spurious
        ([["B-LOC", "O", "B-ORG"]], [["B-LOC", "O", "O"]], 1.0, 0.5, 0.6667),
    ],
)
def test_score_entities_is_exact_span_micro_average(
    gold: list[list[str]], pred: list[list[str]], precision: float, recall: float, f1: float
) -> None:
    result = score_entities(gold, pred)
    assert (result["precision"], result["recall"], result["f1"]) == (precision, recall, f1)
    assert set(result) == {"precision", "recall", "f1", "per_type"}


def test_score_entities_reports_per_type() -> None:
    result = score_entities([["B-LOC", "O", "B-ORG"]], [["B-LOC", "O", "B-PERS"]])
    assert result["per_type"]["LOC"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["per_type"]["ORG"]["recall"] == 0.0
    assert result["per_type"]["PERS"]["precision"] == 0.0


def test_score_entities_rejects_misaligned_sentences() -> None:
    with pytest.raises(InputError, match="sentence 1"):
        score_entities([["O", "O"]], [["O"]])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "قال O\nماكرون B-PERS\n\nفي O\nباريس B-LOC\n",
            [[("قال", "O"), ("ماكرون", "B-PERS")], [("في", "O"), ("باريس", "B-LOC")]],
        ),
        ("زار\tO  \nروما\tB-LOC\n\n\n", [[("زار", "O"), ("روما", "B-LOC")]]),
    ],
)
def test_read_conll_tolerates_tabs_and_blank_runs(
    tmp_path: Path, content: str, expected: list[list[tuple[str, str]]]
) -> None:
    path = tmp_path / "gold.txt"
    path.write_text(content, encoding="utf-8")
    assert read_conll(path) == expected


@pytest.mark.parametrize("bad", ["ماكرون\n", "ماكرون B-PER\n"])
def test_read_conll_names_the_malformed_line(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "gold.txt"
    path.write_text("قال O\n" + bad, encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.txt:2"):
        read_conll(path)


@pytest.mark.parametrize(
    ("content", "message"), [(None, "no such CoNLL file"), ("\n\n", "no sentences found")]
)
def test_evaluate_ner_rejects_a_missing_or_empty_file(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "gold.conll"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate_ner(path)
