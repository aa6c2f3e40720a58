"""The extract scorer on hand-made gold/prediction pairs, and the gold reader's errors."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from akhbar.errors import InputError
from akhbar.eval.extract import (
    Prediction,
    evaluate_extract,
    match_overlaps,
    same_speaker,
    score_extract,
)
from akhbar.eval.gold import GoldRecord, read_gold
from akhbar.extract.pipeline import Extractor
from akhbar.model import Span

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "قال سامي الحربي اليوم الأحد إن العمل مستمر في الرياض."


def _gold() -> GoldRecord:
    return GoldRecord(
        "g1",
        TEXT,
        entities=(Span(4, 15, "PERS"), Span(47, 53, "LOC")),
        quotes=(Span(31, 42, "indirect", {"speaker": "سامي الحربي"}),),
        timex=(Span(16, 27, "DATE", {"value": "2024-01-07"}),),
    )


def test_scores_with_known_numbers() -> None:
    predicted = Prediction(
        entities=[Span(4, 15, "PERS"), Span(47, 53, "ORG"), Span(0, 3, "MISC")],
        quotes=[Span(31, 46, "indirect", {"speaker": "الحربي"})],
        timex=[Span(22, 27, "DATE", {"value": "2024-01-08"})],
    )
    scores = score_extract([_gold()], lambda record: predicted)
    assert scores == {
        "entities": {"precision": 0.3333, "recall": 0.5, "f1": 0.4},
        "quotes": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "speaker_accuracy": 1.0},
        "timex": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "value_accuracy": 0.0},
    }


def test_empty_prediction_scores_zero_without_dividing_by_zero() -> None:
    scores = score_extract([_gold()], lambda record: Prediction())
    assert scores["quotes"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "speaker_accuracy": 0.0}
    assert score_extract([], lambda record: Prediction())["entities"]["f1"] == 0.0


@pytest.mark.parametrize(
    ("gold", "found", "pairs"),
    [
        ([(0, 10)], [(4, 10)], [((0, 10), (4, 10))]),
        ([(0, 10)], [(8, 20)], []),
        ([(0, 10), (10, 20)], [(0, 20)], [((0, 10), (0, 20))]),
        ([(0, 10)], [(0, 4), (2, 10)], [((0, 10), (2, 10))]),
    ],
)
def test_overlap_matching_is_one_to_one_and_half_of_the_shorter_span(
    gold: list[tuple[int, int]], found: list[tuple[int, int]], pairs: list[tuple[tuple[int, int], ...]]
) -> None:
    got = match_overlaps([Span(*g) for g in gold], [Span(*f) for f in found])
    assert [((g.start, g.end), (p.start, p.end)) for g, p in got] == pairs


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("الكرملين", "كرملين", True),
        ("سيرغي لافروف", "لافروف", True),
        ("وزارة الخارجية الروسية", "الخارجية الروسية", True),
        ("سيرغي لافروف", "سيرجي لافروف", False),
        ("عبد الرحمن بن عبد العزيز", "عبدالرحمن بن عبدالعزيز", True),  # «عبد» names, joined or apart
        ("عبد الرحمن", "عبد الكريم", False),
        ("ميكائيل لاودروب", "ميكايل لاودروب", True),  # a hamza seat before «ي», written or not
        ("ميكائيل", "ميشال", False),
        ("سيرغي لافروف", None, False),
    ],
)
def test_speaker_names_match_after_folding_or_containment(
    gold: str, predicted: str | None, same: bool
) -> None:
    assert same_speaker(gold, predicted) is same


def _write(tmp_path: Path, records: list[object]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_gold_reader_reads_spans_and_attrs(tmp_path: Path) -> None:
    record = {
        "id": "g1",
        "text": TEXT,
        "pub_date": "2024-01-07",
        "entities": [{"start": 4, "end": 15, "surface": "سامي الحربي", "type": "PERS", "canonical": "سامي الحربي"}],
        "quotes": [
            {"kind": "indirect", "start": 31, "end": 42, "surface": "العمل مستمر", "cue_start": 0, "cue_end": 3,
             "cue": "قال", "speaker": "سامي الحربي", "via": None}
        ],
        "timex": [],
    }  # fmt: skip
    [gold] = read_gold(_write(tmp_path, [record]))
    assert [(TEXT[s.start : s.end], s.label, s.attrs["canonical"]) for s in gold.entities] == [
        ("سامي الحربي", "PERS", "سامي الحربي")
    ]
    assert (gold.quotes[0].label, gold.quotes[0].attrs["speaker"]) == ("indirect", "سامي الحربي")
    assert gold.pub_date is not None and gold.pub_date.isoformat() == "2024-01-07"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "g1", "text": TEXT, "entities": [{"start": 4, "end": 15, "surface": "سامي", "type": "PERS"}]},
         r"gold.jsonl:1: entities\[0\]: field 'surface'"),
        ({"id": "g1", "text": TEXT, "entities": [{"start": 4, "end": 15, "surface": "سامي الحربي"}]},
         r"entities\[0\]: field 'type' is missing"),
        ({"text": TEXT}, r"gold.jsonl:1: field 'id'"),
        ({"id": "g1", "text": TEXT, "pub_date": "7/1/2024"}, r"field 'pub_date'"),
    ],
)  # fmt: skip
def test_gold_reader_names_the_line_and_field_of_a_bad_record(
    tmp_path: Path, record: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        read_gold(_write(tmp_path, [record]))


def test_gold_reader_rejects_a_line_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "g1", "text": "نص"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2: not a JSON object"):
        read_gold(path)


@pytest.mark.shared
def test_seed_gold_file_reads_cleanly(shared_dir: Path) -> None:
    records = read_gold(shared_dir / "gold" / "seeds.jsonl")
    assert [r.id for r in records][:2] == ["seed-000", "seed-001"]
    assert records[0].quotes[0].attrs["cue"] == "صرح"


@pytest.mark.parametrize(
    ("first", "second", "short", "canonical"),
    [("قال سامي الحربي إن العمل مستمر.", "وأضاف الحربي أن الموعد لم يتحدد.", "الحربي", "سامي الحربي")],
)
def test_evaluate_extract_runs_one_extractor_over_the_file_in_order(
    tmp_path: Path, first: str, second: str, short: str, canonical: str
) -> None:
    records = [{"id": "a", "text": first, "pub_date": None}, {"id": "b", "text": second, "pub_date": None}]
    extractor = Extractor.load()
    evaluate_extract(_write(tmp_path, records), extractor=extractor)
    assert extractor.index.canonical("PERS", short) == canonical


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such gold file"), ("\n\n", "no records found")],
)
def test_evaluate_extract_rejects_a_missing_or_empty_file(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate_extract(path)
