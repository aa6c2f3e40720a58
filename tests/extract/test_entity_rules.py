"""Boundary rules over the tagger's runs: organisation/person splits, descriptors, institution phrases.

The tagger is not run: each case gives the runs it might produce (often none) over whitespace tokens,
and the assertion is on the surfaces and types the rules leave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.extract.entity_institutions import national
from akhbar.extract.ner_features import NerResources

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد",
            [("الناتو ينس ستولتنبرغ", "ORG")],
            {("الناتو", "ORG"), ("ينس ستولتنبرغ", "PERS")},
        ),
        (
            "صاغه السيد ( الأمين العام لحلف الناتو ينس ) ستولتنبرغ",
            [("الناتو ينس", "PERS")],
            {("الناتو", "ORG"), ("ينس", "PERS")},
        ),
    ],
)
def test_an_organisation_run_into_the_person_after_it_is_split(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
    expected: set[tuple[str, str]],
) -> None:
    assert refined(text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("تخرج في جامعة الملك فيصل بالأحساء", [("جامعة الملك فيصل", "ORG")]),
        ("قرأ عن وثيقة الماغنا كارتا الإنجليزية", [("الماغنا كارتا", "MISC")]),
    ],
)
def test_a_body_named_after_a_person_stays_one_name(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
) -> None:
    assert refined(text, tagged) == set(tagged)


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("دول حلف الناتو مستعدة", [("حلف الناتو", "ORG")], {("الناتو", "ORG")}),
        (
            "ونقلت وكالة أنباء انترفاكس عن لافروف قوله",
            [("وكالة أنباء انترفاكس", "ORG")],
            {("انترفاكس", "ORG")},
        ),
        ("في إطار حلف شمال الأطلسي", [("حلف شمال الأطلسي", "ORG")], {("حلف شمال الأطلسي", "ORG")}),
        ("أعلنت جامعة القاهرة فتح باب القبول", [("جامعة القاهرة", "ORG")], {("جامعة القاهرة", "ORG")}),
    ],
)
def test_a_descriptor_before_a_name_is_dropped_unless_it_belongs_to_it(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
    expected: set[tuple[str, str]],
) -> None:
    assert refined(text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("أعلنت وزارة الصحة في القاهرة أمس عن افتتاح مستشفى", [("القاهرة", "LOC")], "وزارة الصحة"),
        ("قالت وزارة الخارجية الروسية في بيان إن الحوار ممكن", [], "وزارة الخارجية الروسية"),
        (
            "أعلنت وزارة الداخلية السعودية القبض على المتهمين",
            [("السعودية", "LOC")],
            "وزارة الداخلية السعودية",
        ),
        ("ومثل روسيا وفد من وزارتي الخارجية والدفاع برئاسة غروشكو", [], "وزارتي الخارجية والدفاع"),
        ("أصدرت هيئة كبار العلماء بيانا", [], "هيئة كبار العلماء"),
        ("أصدرت هيئة الرقابة الإدارية بيانا حول القضية", [], "هيئة الرقابة الإدارية"),
        ("وأشار صندوق النقد الدولي إلى تباطؤ النمو", [], "صندوق النقد الدولي"),
        (
            "ذكرت وكالة الأنباء القطرية أن الاجتماع انتهى",
            [("الأنباء القطرية", "ORG")],
            "وكالة الأنباء القطرية",
        ),
        (
            "ذكرت منظمة الأمن والتعاون في أوروبا أن المراقبين انتشروا",
            [("منظمة الأمن والتعاون", "ORG"), ("أوروبا", "LOC")],
            "منظمة الأمن والتعاون في أوروبا",
        ),
        ("وأكدت الخارجية التركية أن أنقرة مستعدة", [], "الخارجية التركية"),
        ("ونقل موقع الخارجية الروسية نص الرسالة", [], "الخارجية الروسية"),
        ("وقالت الداخلية المصرية إن المتهم اعتقل", [], "الداخلية المصرية"),
    ],
)
def test_institution_phrases_the_tagger_missed_are_organisations(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
    expected: str,
) -> None:
    found = refined(text, tagged)
    assert (expected, "ORG") in found
    assert not any(label != "ORG" and surface in expected for surface, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "وتغيرت السياسة الخارجية الروسية تغيرا ملحوظا",
        "وقال وزير الخارجية الروسي إن الرد سلبي",
        "وتعزز الدفاع الروسي على الحدود",
        "وحضر أعضاء هيئة التدريس الحفل",
        "وقال رئيس مجلس الإدارة إن الأرباح ارتفعت",
        "بعد هجمة منظمة وصلت الكرة إلى المهاجم",
        "وبحثت الحكومة الفرنسية الملف",
        "وعقد مجلس الوزراء جلسته في مكتب الرئيس",
    ],
)
def test_common_nouns_and_titles_are_not_made_organisations(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]], text: str
) -> None:
    found = refined(text, [])
    assert all(surface in {"مجلس الوزراء"} for surface, _ in found)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("الروسيه", True), ("الامريكيه", True), ("الصينيه", True), ("المصري", True), ("الجويه", False)],
)
def test_national_adjectives_are_checked_against_the_place_list(word: str, expected: bool) -> None:
    assert national(word, NerResources.load()) is expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "وأوضح العقيد ماجد سالم آل مطر الشهري أن",
            [("ماجد سالم آل", "PERS"), ("مطر الشهري", "PERS")],
            {("ماجد سالم آل مطر الشهري", "PERS")},
        ),
        (
            "التقى ماجد بن سالم بنظيره",
            [("ماجد بن", "PERS"), ("سالم", "PERS")],
            {("ماجد بن سالم", "PERS")},
        ),
        (  # two people side by side stay two
            "استقبل ماجد سالم هشام نور",
            [("ماجد سالم", "PERS"), ("هشام نور", "PERS")],
            {("ماجد سالم", "PERS"), ("هشام نور", "PERS")},
        ),
    ],
)
def test_a_name_cut_after_a_linking_word_is_joined(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
    expected: set[tuple[str, str]],
) -> None:
    assert refined(text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("وقال الأمير حفظه الله إن البلاد آمنة", [("الله", "MISC")], set()),
        ("وعاد الوفد بإذن الله سالما", [("الله", "MISC")], set()),
        ("واستقبل عبد الله الربيعة الوفد", [("عبد الله الربيعة", "PERS")], {("عبد الله الربيعة", "PERS")}),
    ],
)
def test_the_name_of_god_alone_is_not_an_entity(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
    expected: set[tuple[str, str]],
) -> None:
    assert refined(text, tagged) == expected
