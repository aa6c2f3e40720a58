from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.errors import AkhbarError
from akhbar.extract.ner import NerModel, clitic_length, find_entities
from akhbar.extract.ner_features import NerResources, split_proclitic

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="session")
def ner() -> NerModel:
    return NerModel.load()


def _found(text: str, model: NerModel) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in find_entities(text, model=model)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى الرئيس الفرنسي إيمانويل ماكرون في باريس", {("إيمانويل ماكرون", "PERS"), ("باريس", "LOC")}),
        (
            "وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة أمس",
            {("سيرغي لافروف", "PERS"), ("القاهرة", "LOC")},
        ),
        ("وقال ماكرون إن فرنسا مستعدة", {("ماكرون", "PERS"), ("فرنسا", "LOC")}),
    ],
)
def test_find_entities_tags_names_and_places(
    text: str, expected: set[tuple[str, str]], ner: NerModel
) -> None:
    assert expected <= _found(text, ner)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وقال ماكرون للصحفيين", "ماكرون"),
        ("وأعلن الرئيس الأمريكي جو بايدن أمس أن بلاده ستدعم بولندا وأوكرانيا", "أوكرانيا"),
    ],
)
def test_find_entities_leaves_the_proclitic_out(text: str, surface: str, ner: NerModel) -> None:
    surfaces = {text[s.start : s.end] for s in find_entities(text, model=ner)}
    assert surface in surfaces
    assert not any(x.startswith(("و", "ب")) and x[1:] == surface for x in surfaces)


def test_find_entities_keeps_offsets_of_a_slice(ner: NerModel) -> None:
    text = "مقدمة. وصل لافروف إلى موسكو أمس"
    spans = find_entities(text, 7, model=ner)
    assert all(s.start >= 7 for s in spans)
    assert ("موسكو", "LOC") in {(text[s.start : s.end], s.label) for s in spans}


@pytest.mark.parametrize(
    ("token", "length"),
    [("وباريس", 1), ("لـباريس", 2), ("بلافروف", 1), ("بريطانيا", 0), ("الكرملين", 0), ("وللكرملين", 3)],
)
def test_clitic_length_counts_original_characters(token: str, length: int) -> None:
    assert clitic_length(token, NerResources.load()) == length


@pytest.mark.parametrize(
    ("folded", "expected"),
    [("وباريس", ("و", "باريس")), ("فلندا", ("", "فلندا")), ("والرياض", ("و", "الرياض"))],
)
def test_split_proclitic_needs_a_known_rest(folded: str, expected: tuple[str, str]) -> None:
    rank = {"باريس": 1, "الرياض": 2, "فلندا": 3, "لندا": 900}
    assert split_proclitic(folded, rank) == expected


def test_numpy_decoder_agrees_with_crfsuite(ner: NerModel) -> None:
    words = [
        "وقال",
        "رئيس",
        "الوزراء",
        "البريطاني",
        "بوريس",
        "جونسون",
        "في",
        "لندن",
        "إن",
        "حلف",
        "شمال",
        "الأطلسي",
        "قوي",
        ".",
    ]
    assert ner.tag(words) == ner.tag_crfsuite(words)


def test_missing_model_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(AkhbarError, match="akhbar train ner"):
        NerModel.load(tmp_path / "absent.crfsuite")
