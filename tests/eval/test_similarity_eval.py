from __future__ import annotations

import csv
from typing import TYPE_CHECKING

import pytest

from akhbar.errors import InputError
from akhbar.eval.similarity import evaluate_similarity, read_pairs
from akhbar.stories.pair_model import FEATURES, SIGNS, PairFeatures, PairModel, fit_pair_model

if TYPE_CHECKING:
    from pathlib import Path

FLOODS = (
    "سيول جدة تغلق الطرق الرئيسية\nأغلقت السيول التي اجتاحت مدينة جدة أمس عددا من الطرق الرئيسية، "
    "وأعلن الدفاع المدني إنقاذ 40 شخصا احتجزتهم المياه في أحياء جنوب المدينة، فيما علقت الدراسة في المدارس."
)
FLOODS_AGAIN = (
    "الدفاع المدني ينقذ 40 محتجزا في سيول جدة\nأنقذت فرق الدفاع المدني 40 شخصا احتجزتهم مياه السيول في "
    "جنوب جدة، بعد أمطار غزيرة أغلقت الطرق الرئيسية في المدينة وأدت إلى تعليق الدراسة."
)
MATCH = (
    "الهلال يفوز على النصر بهدفين\nفاز الهلال على النصر بهدفين نظيفين في الدوري، وسجل سالم الدوسري "
    "الهدفين في ملعب الملك فهد بالرياض أمام جمهور كبير."
)
BOOKS = (
    "افتتاح معرض الكتاب في الرياض\nافتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات دور النشر من "
    "عشرين دولة، ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية."
)


def _write(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pair_id", "text1", "text2", "overall"])
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(
    ("header", "row", "message"),
    [
        ("pair_id,text1,overall", "p1,نص,2", "no column text2"),
        ("pair_id,text1,text2,overall", "p1,نص,نص آخر,5", "overall '5' is not a number from 1 to 4"),
        ("pair_id,text1,text2,overall", "p1,نص,نص آخر,قريب", "overall 'قريب'"),
    ],
)
def test_a_malformed_pairs_file_names_the_problem(
    header: str, row: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_pairs(path)


@pytest.mark.parametrize("overall", ["", "2.5"])
def test_pairs_keep_texts_with_newlines_and_read_the_gold(overall: str, tmp_path: Path) -> None:
    pairs = read_pairs(_write(tmp_path / "p.csv", [("p1", FLOODS, MATCH, overall)]))
    assert [(p.pair_id, p.text1, p.overall) for p in pairs] == [
        ("p1", FLOODS, float(overall) if overall else None)
    ]


def test_same_event_pairs_are_scored_closer_than_unrelated_ones(tmp_path: Path) -> None:
    rows = [
        ("same", FLOODS, FLOODS_AGAIN, "1"),
        ("other1", FLOODS, MATCH, "4"),
        ("other2", BOOKS, MATCH, "4"),
        ("blank", BOOKS, FLOODS, ""),
    ]
    scores = evaluate_similarity(_write(tmp_path / "pairs.csv", rows))
    assert scores["n"] == 3
    assert scores["pearson"] > 0.5


def _features(lead: float, words: float = 0.2, dates: float = 0.0) -> PairFeatures:
    return PairFeatures(lead, lead, words, 0.3, 0.0, dates, 5.0)


def test_fitted_model_round_trips_through_json_and_drops_rare_features(tmp_path: Path) -> None:
    rows = [_features(0.80 + 0.01 * i, dates=1.0 if i == 0 else 0.0) for i in range(20)]
    gold = [4.0 - 3.0 * i / 19 for i in range(20)]
    model = fit_pair_model(rows, gold)
    assert "dates" not in model.features  # known for one pair only
    assert set(model.features) <= set(FEATURES)
    assert model.info["cv_pearson"] > 0.9
    model.save(tmp_path / "m.json")
    again = PairModel.load(tmp_path / "m.json")
    assert again.predict(rows[3]) == pytest.approx(model.predict(rows[3]))
    assert again.predict(_features(1.5)) == 1.0  # clipped to the gold scale


def test_a_model_file_that_is_not_json_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError, match="akhbar train similarity"):
        PairModel.load(path)


@pytest.mark.parametrize("names_when_similar", [0.9])
def test_fit_keeps_each_feature_direction_and_weighs_features_alike(names_when_similar: float) -> None:
    # similar pairs here also share more names: a free weight would make names a sign of
    # similarity, the signed average keeps names pointing towards dissimilar
    rows = [
        PairFeatures(
            0.80 + 0.01 * i,
            0.85 + 0.005 * i,
            0.1 + 0.02 * i,
            names_when_similar * i / 19,
            0.2,
            0.0,
            5.0 - 0.05 * i,
        )
        for i in range(20)
    ]
    gold = [4.0 - 3.0 * i / 19 for i in range(20)]
    model = fit_pair_model(rows, gold)
    coef = dict(zip(model.features, model.coef, strict=True))
    assert coef["lead"] < 0 < coef["names"]
    assert coef["length"] > 0
    assert {round(abs(c), 9) for c in coef.values()} == {round(abs(coef["lead"]), 9)}
    assert model.info["signs"] == {n: SIGNS[n] for n in model.features}
