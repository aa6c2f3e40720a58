"""Public bodies: a definite institution head, its adjectives and the «لـ» phrase of its remit are one ORG."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "أعلنت الهيئة العامة للنقل والمواصلات البحرية خطة جديدة",
            [],
            "الهيئة العامة للنقل والمواصلات البحرية",
        ),
        (
            "وقع المستثمر عقدا مع الشركة العمانية للغاز المسال أمس",
            [("العمانية", "LOC")],
            "الشركة العمانية للغاز المسال",
        ),
        ("افتتحت المؤسسة العامة لتحلية المياه المالحة مكتبا", [], "المؤسسة العامة لتحلية المياه المالحة"),
        ("رفع البنك المركزي الأردني سعر الفائدة", [], "البنك المركزي الأردني"),
        (
            "ويشرف عليها المجلس الأعلى لشؤون الأسرة في الدوحة",
            [("الدوحة", "LOC")],
            "المجلس الأعلى لشؤون الأسرة",
        ),
    ],
)
def test_a_definite_head_with_adjectives_and_a_remit_is_one_organisation(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]],
    text: str,
    tagged: list[tuple[str, str]],
    expected: str,
) -> None:
    found = refined(text, tagged)
    assert (expected, "ORG") in found
    assert not any(label != "ORG" and surface in expected for surface, label in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the remit is another body: two organisations, the first one ends before it
        ("اجتمعت اللجنة التنفيذية لمنظمة الصحة العالمية أمس", "اللجنة التنفيذية"),
        # a preposition is no construct noun, a title no part of the name
        ("ودفعت الشركة الوطنية للكهرباء نحو العمل بالطاقة", "الشركة الوطنية للكهرباء"),
        ("وقال مدير المؤسسة العامة للموانئ الدكتور خالد إن العمل مستمر", "المؤسسة العامة للموانئ"),
    ],
)
def test_a_public_body_ends_before_another_body_a_particle_or_a_title(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]], text: str, expected: str
) -> None:
    assert (expected, "ORG") in refined(text)


@pytest.mark.parametrize(
    "text",
    [
        "حل الفريق في المركز الثاني للمرة الأولى",  # an ordinal is a place in a table
        "تقدمت الجمعية العمومية بطلب",  # one adjective and no remit: a common noun here
        "حضر أعضاء اللجنة العربية المعنية الاجتماع",  # a participle, not a nisba
        "قال المتحدث إن المجموعة الأولى للمنتخب صعبة",  # «المجموعة» is a group of anything
    ],
)
def test_ordinals_participles_and_lone_adjectives_make_no_public_body(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]], text: str
) -> None:
    assert refined(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("باشرت فرق الدفاع المدني إطفاء الحريق", "الدفاع المدني"),
        ("وشنت مقاتلات التحالف العربي غارات على المواقع", "التحالف العربي"),
        ("وقال الناطق باسم مديرية الدفاع المدني إن الحريق أخمد", "مديرية الدفاع المدني"),
        ("وكثف فرع الدفاع المدني جولاته", "الدفاع المدني"),  # a branch: the name after a common noun
    ],
)
def test_listed_names_of_common_words_are_organisations_with_their_department(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]], text: str, expected: str
) -> None:
    assert (expected, "ORG") in refined(text)


@pytest.mark.parametrize(
    "text",
    [
        "يواصل الجيش الدفاع عن المدنيين",  # the words apart are no name
        "ناقش المجلس التعاون بين البلدين",  # «المجلس» + «التعاون»: not «مجلس التعاون»
    ],
)
def test_the_words_of_a_listed_name_apart_make_no_organisation(
    refined: Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]], text: str
) -> None:
    assert refined(text) == set()
