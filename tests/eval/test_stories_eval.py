from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from akhbar.errors import InputError
from akhbar.eval.stories import bcubed, evaluate_stories, read_story_gold, score_clusters

if TYPE_CHECKING:
    from pathlib import Path

VISIT = [
    (
        "الصفدي يبحث في دمشق عودة اللاجئين السوريين",
        "التقى وزير الخارجية الأردني أيمن الصفدي في دمشق اليوم الرئيس السوري بشار الأسد، وبحث معه خطة "
        "لعودة اللاجئين السوريين من الأردن وتأمين الحدود ومكافحة تهريب المخدرات.",
    ),
    (
        "زيارة الصفدي إلى دمشق تفتح ملف اللاجئين",
        "قالت مصادر أردنية إن زيارة وزير الخارجية أيمن الصفدي إلى دمشق ولقاءه الرئيس بشار الأسد ركزت على "
        "عودة اللاجئين السوريين من الأردن، إضافة إلى تهريب المخدرات عبر الحدود بين البلدين.",
    ),
]
MATCH = [
    (
        "الهلال يفوز على النصر بهدفين",
        "فاز الهلال على النصر بهدفين نظيفين في الدوري، وسجل سالم الدوسري الهدفين في ملعب الملك فهد "
        "بالرياض أمام جمهور كبير.",
    ),
    (
        "ثنائية الدوسري تمنح الهلال الفوز على النصر",
        "قاد سالم الدوسري الهلال إلى الفوز على النصر بهدفين دون رد في الدوري على ملعب الملك فهد بالرياض، "
        "وسجل الهدفين في الشوط الثاني.",
    ),
]
DISTRACTORS = [
    (
        "أمطار غزيرة على مرتفعات عسير",
        "توقع المركز الوطني للأرصاد هطول أمطار رعدية غزيرة على مرتفعات عسير والباحة، ودعا الدفاع المدني "
        "السكان إلى الابتعاد عن مجاري السيول.",
    ),
]


def _record(rid: str, outlet: str, title: str, content: str) -> dict[str, Any]:
    return {
        "id": rid,
        "source": outlet,
        "url": f"https://{outlet}.example/{rid}",
        "date_extracted": "2023-05-01 10:00:00",
        "title": title,
        "author": "",
        "content": content,
    }


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two gold stories of two articles each (different outlets), one distractor, and their gold file."""
    rows = [_record(f"v{i}", f"outlet{i}", t, c) for i, (t, c) in enumerate(VISIT)]
    rows += [_record(f"m{i}", f"outlet{i}", t, c) for i, (t, c) in enumerate(MATCH)]
    gold = [
        {"story_id": "visit", "label": "الصفدي في دمشق", "article_ids": ["v0", "v1"]},
        {"story_id": "match", "label": "الهلال والنصر", "article_ids": ["m0", "m1"]},
    ]
    rows += [_record(f"d{i}", "outlet9", t, c) for i, (t, c) in enumerate(DISTRACTORS)]
    ids = tmp_path / "distractors.txt"
    ids.write_text(
        "# distractor ids\n" + "".join(f"d{i}\n" for i in range(len(DISTRACTORS))), encoding="utf-8"
    )
    return _jsonl(tmp_path / "gold.jsonl", gold), _jsonl(tmp_path / "articles.jsonl", rows), ids


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ({"a": "1", "b": "1", "c": "2"}, (1.0, 1.0, 1.0)),  # perfect
        ({"a": "1", "b": "2", "c": "3"}, (1.0, 2 / 3, 0.8)),  # the pair split
        ({"a": "1", "b": "1", "c": "1"}, (5 / 9, 1.0, 5 / 7)),  # all merged
    ],
)
def test_bcubed_scores_each_item_against_its_clusters(
    predicted: dict[str, str], expected: tuple[float, float, float]
) -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, predicted) == pytest.approx(expected)


def test_items_missing_from_the_prediction_are_not_scored() -> None:
    assert score_clusters({"a": "x", "b": "x", "z": "y"}, {"a": "1", "b": "1"})["bcubed_f1"] == 1.0


@pytest.mark.slow
def test_two_stories_with_a_distractor_are_recovered(corpus: tuple[Path, Path, Path]) -> None:
    gold, articles, distractors = corpus
    scores = evaluate_stories(gold, articles, distractors)
    assert scores["bcubed_f1"] == 1.0
    assert scores["ari"] == 1.0
    assert (scores["gold_articles"], scores["missing"]) == (4, 0)
    # without the id list, the distractors in the articles file are not ingested at all
    assert evaluate_stories(gold, articles)["stories"] == 2


@pytest.mark.slow
def test_gold_ids_absent_from_the_articles_file_raise_input_error(
    corpus: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, articles, _ = corpus
    other = _jsonl(tmp_path / "other.jsonl", [{"story_id": "s", "article_ids": ["nope-1", "nope-2"]}])
    with pytest.raises(InputError, match="none of the 2 gold article ids"):
        evaluate_stories(other, articles)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([{"story_id": "a", "article_ids": ["1"]}, {"story_id": "b", "article_ids": ["1"]}], "is in stories"),
        ([{"story_id": "a"}], "article_ids"),
        (["not json"], "not a JSON object"),
    ],
)
def test_bad_gold_lines_are_refused_with_the_line_named(
    tmp_path: Path, lines: list[Any], message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines), encoding="utf-8"
    )
    with pytest.raises(InputError, match=message):
        read_story_gold(path)
