from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.errors import AkhbarError
from akhbar.extract.ner import NerModel, clitic_length, complete_mentions, find_entities
from akhbar.extract.ner_features import NerResources, split_proclitic
from akhbar.model import spans_of

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعلنت وزارة الصحة في القاهرة أمس عن افتتاح مستشفى جديد في مدينة أسوان",
            {("وزارة الصحة", "ORG"), ("القاهرة", "LOC"), ("أسوان", "LOC")},
        ),
        ("وأكدت الخارجية الروسية أن موسكو مستعدة للحوار", {("الخارجية الروسية", "ORG"), ("موسكو", "LOC")}),
        (
            "وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد",
            {("الناتو", "ORG"), ("ينس ستولتنبرغ", "PERS")},
        ),
        ("وفقا لستولتنبرغ، فإن الحلف لن يغير موقفه", {("ستولتنبرغ", "")}),
    ],
)
def test_find_entities_applies_the_news_boundary_rules(
    text: str, expected: set[tuple[str, str]], ner: NerModel
) -> None:
    found = _found(text, ner)
    assert {surface for surface, _ in expected} <= {surface for surface, _ in found}
    assert all(item in found or item[1] != "PERS" for item in expected)
    assert not any(surface.startswith("ل") and surface[1:] in dict(expected) for surface, _ in found)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "التقى الوزير أيمن الصفدي نظيره. وأكد الصفدي أن الأردن يرفض التهجير، وقال للصفدي زملاؤه كلاما.",
            [("أيمن الصفدي", "PERS")],
            [("أيمن الصفدي", "PERS"), ("الصفدي", "PERS"), ("صفدي", "PERS")],
        ),
        (
            "التقت الوزيرة أنالينا بيربوك نظيرها. وقالت بيربوك إن برلين تدعم الحل.",
            [("أنالينا بيربوك", "PERS"), ("بيربوك", "ORG"), ("برلين", "LOC")],
            [("أنالينا بيربوك", "PERS"), ("بيربوك", "PERS"), ("برلين", "LOC")],
        ),
        (
            "التقى الوزيرُ أيمنُ الصفديُّ نظيرَه، وأكّد الصفديُّ موقفه.",
            [("أيمنُ الصفديُّ", "PERS")],
            [("أيمنُ الصفديُّ", "PERS"), ("الصفديُّ", "PERS")],
        ),
        (
            "وقال الدكتور محمد حسن إن التعاون قائم على حسن الجوار.",
            [("محمد حسن", "PERS")],
            [("محمد حسن", "PERS")],
        ),
    ],
)
def test_complete_mentions_adds_missed_surnames_and_agrees_types(
    text: str, names: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    found = complete_mentions(text, spans_of(text, names), resources=NerResources.load())
    assert [(text[s.start : s.end], s.label) for s in found] == expected


def test_find_entities_keeps_offsets_of_a_slice(ner: NerModel) -> None:
    text = "مقدمة. وصل لافروف إلى موسكو أمس"
    spans = find_entities(text, 7, model=ner)
    assert all(s.start >= 7 for s in spans)
    assert ("موسكو", "LOC") in {(text[s.start : s.end], s.label) for s in spans}


@pytest.mark.parametrize(
    ("token", "length"),
    [
        ("وباريس", 1),
        ("لـباريس", 2),
        ("بلافروف", 1),
        ("بريطانيا", 0),
        ("الكرملين", 0),
        ("وللكرملين", 3),
        ("لستولتنبرغ", 1),
        ("ليبيا", 0),
        ("بيربوك", 0),
        ("بكأس", 1),  # a cup's head, though the person list holds «بكاس»
        ("وليد", 0),  # a given name, not و + «ليد»
    ],
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
    assert ner.tag(words) == ner.tag_crfsuite([words])[0]


def test_missing_model_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(AkhbarError, match="akhbar train ner"):
        NerModel.load(tmp_path / "absent.crfsuite")


def test_complete_mentions_finds_a_surname_behind_li_with_elided_article() -> None:
    text = "التقى الوزير أيمن الصفدي نظيره. وقال للصفدي زملاؤه كلاما."
    found = complete_mentions(text, spans_of(text, [("أيمن الصفدي", "PERS")]), resources=NerResources.load())
    assert [(text[s.start : s.end], s.label) for s in found] == [("أيمن الصفدي", "PERS"), ("صفدي", "PERS")]


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "وقال الأمين العام للأمم المتحدة في نيويورك إن الولايات المتحدة الأمريكية تدعم البنك الدولي",
            "وفاز ريال مدريد على برشلونة في الدوري الإسباني بهدفين",
            "وارتفع الدولار أمام اليورو بعد قرار الاحتياطي الفيدرالي في الولايات",
            "المتحدة أمس .",
        ]
    ],
)
def test_numpy_decoder_agrees_with_crfsuite_across_chunks_and_listed_names(
    sentences: list[str], ner: NerModel
) -> None:
    chunks = [s.split() for s in sentences]
    starts = [sum(map(len, chunks[:k])) for k in range(len(chunks))]
    tokens = [t for chunk in chunks for t in chunk]
    # a name repeated across chunks («الولايات») gives document features: both decoders take a second pass
    assert ner.decoder.decode(tokens, starts) == [tag for tags in ner.tag_crfsuite(chunks) for tag in tags]
    assert ner.tag_document(chunks) == ner.tag_crfsuite(chunks)


@pytest.mark.parametrize(
    "text",
    [
        "وبلغت قيمة الصفقة 300 مليون دولار أمريكي.",
        "وتراجعت الليرة أمام الدولار، فيما استقر الريال.",
    ],
)
def test_currency_units_are_not_article_entities(text: str, ner: NerModel) -> None:
    found = [(text[s.start : s.end], s.label) for s in find_entities(text, model=ner)]
    assert not [f for f in found if f[1] == "MISC"], found
