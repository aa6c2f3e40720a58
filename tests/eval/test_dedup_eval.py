from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from akhbar.errors import InputError
from akhbar.eval.dedup import LabelledPair, evaluate_dedup, read_dedup_pairs, score_copies

if TYPE_CHECKING:
    from pathlib import Path

WIRE = (
    "أعلنت وزارة الصحة تسجيل انخفاض كبير في عدد الإصابات الجديدة بالفيروس خلال الأسبوع الماضي. "
    "وقال المتحدث باسم الوزارة إن الفرق الطبية تواصل حملات التطعيم في جميع المناطق دون توقف. "
    "وأضاف أن المستشفيات جاهزة لاستقبال الحالات وأن المخزون من الأدوية يكفي لثلاثة أشهر على الأقل. "
    "وأشار إلى أن الوزارة ستعلن الأسبوع المقبل خطة جديدة لتوسيع مراكز الفحص في القرى والمدن الصغيرة."
)
REWRITE = (
    "قالت وزارة الصحة إن الإصابات تراجعت بشكل واضح، مؤكدة استمرار التطعيم وجاهزية المستشفيات، "
    "ووعدت بخطة لمراكز فحص جديدة في القرى."
)
OTHER = (
    "افتتح أمير المنطقة معرض الكتاب الدولي بمشاركة مئات دور النشر من عشرين دولة، ويستمر المعرض عشرة أيام "
    "تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال والشباب في قاعات المعرض."
)


def _record(rid: str, outlet: str, content: str, day: int) -> dict[str, Any]:
    return {
        "id": rid,
        "source": outlet,
        "url": f"https://{outlet}.example/{rid}",
        "date_extracted": f"2015-08-0{day} 10:00:00",
        "title": "",
        "author": "",
        "content": content,
    }


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    rows = [
        _record("w1", "wire", WIRE, 1),
        _record("w2", "paper", "الرياض - واس: " + WIRE.rsplit(" وأشار", 1)[0], 2),
        _record("w3", "other", WIRE, 2),
        _record("s1", "third", REWRITE, 2),
        _record("o1", "paper", OTHER, 1),
    ]
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "id1,id2,label\nw1,w2,syndicated\nw1,w3,duplicate\nw1,s1,same_story\nw1,o1,different\nw1,x9,different\n",
        encoding="utf-8",
    )
    return pairs, articles


def test_dedup_eval_scores_copies_and_reports_each_label(files: tuple[Path, Path]) -> None:
    scores = evaluate_dedup(*files)
    assert (scores["precision"], scores["recall"], scores["f1"]) == (1.0, 1.0, 1.0)
    assert scores["per_label"] == {
        "duplicate": {"pairs": 1, "predicted_copy": 1.0},
        "syndicated": {"pairs": 1, "predicted_copy": 1.0},
        "same_story": {"pairs": 1, "predicted_copy": 0.0},
        "different": {"pairs": 1, "predicted_copy": 0.0},
    }
    assert (scores["pairs"], scores["missing"], scores["groups"]) == (4, 1, 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id1,id2\nw1,w2\n", "no column label"),
        ("id1,id2,label\nw1,w2,copy\n", "label 'copy' is not one of"),
        ("id1,id2,label\nw1,,duplicate\n", "needs both id1 and id2"),
    ],
)
def test_a_malformed_dedup_pairs_file_names_the_problem(content: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_dedup_pairs(path)


def test_pairs_naming_no_ingested_article_are_a_clean_error(files: tuple[Path, Path], tmp_path: Path) -> None:
    pairs = tmp_path / "none.csv"
    pairs.write_text("id1,id2,label\nx1,x2,duplicate\n", encoding="utf-8")
    with pytest.raises(InputError, match="check that the ids match"):
        evaluate_dedup(pairs, files[1])


@pytest.mark.parametrize(
    ("labels", "predicted", "expected"),
    [(("syndicated", "different", "same_story"), (True, True, False), (0.5, 1.0, 0.6667))],
)
def test_copy_scores_count_only_the_copy_labels(
    labels: tuple[str, ...], predicted: tuple[bool, ...], expected: tuple[float, float, float]
) -> None:
    pairs = [LabelledPair("a", str(i), label) for i, label in enumerate(labels)]
    scores = score_copies(pairs, list(predicted))
    assert (scores["precision"], scores["recall"], scores["f1"]) == expected
    assert scores["per_label"]["different"] == {"pairs": 1, "predicted_copy": 1.0}
