"""News outlets named in the text: an outlet's name is ORG where the context marks it as the outlet."""

from __future__ import annotations

import pytest

from akhbar.extract.entity_outlets import name_outlets
from akhbar.extract.words import tokenise
from akhbar.model import Span


def _outlets(text: str, tagged: list[Span] | None = None) -> list[tuple[str, str]]:
    spans = name_outlets(tokenise(text), [(0, len(text))], tagged or [])
    return [(text[s.start : s.end], s.label) for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('وقال المتحدث لـ"الوطن" إن الاجتماع انتهى', [("الوطن", "ORG")]),
        ("وأوضح مصدر لـ«الشرق الأوسط» أن الصفقة تمت", [("الشرق الأوسط", "ORG")]),
        ("وأكد الوزير في حوار مع “الاقتصادية” أن الأسعار ستستقر", [("الاقتصادية", "ORG")]),
        ("رابط الخبر بصحيفة الوئام: الوزير يزور المدينة", [("الوئام", "ORG")]),
        ("خالد العلي- سبق- جدة: أعلنت البلدية", [("سبق", "ORG")]),
        ("عين اليوم – الرياض\nأعلن الوزير", [("عين اليوم", "ORG")]),
    ],
)
def test_outlet_names_in_marked_contexts_are_org(text: str, expected: list[tuple[str, str]]) -> None:
    assert _outlets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "يحب المواطن الوطن ويدافع عنه",  # the common word, unmarked
        "ارتفعت المؤشرات الاقتصادية في الربع الثاني",  # an adjective
        "وصل الوفد إلى الرياض مساء أمس",  # the city
        "سبق أن أعلن الوزير الخطة",  # the verb
        "زار المشجعون موقع الاتحاد على الإنترنت",  # a body's website, not the newspaper «الاتحاد»
    ],
)
def test_outlet_names_elsewhere_are_left_alone(text: str) -> None:
    assert _outlets(text) == []


def test_outlet_name_retypes_a_tagged_place() -> None:
    text = "وقال مصدر لـ«الشرق الأوسط» إن"
    start = text.index("الشرق")
    assert _outlets(text, [Span(start, start + 12, "LOC")]) == [("الشرق الأوسط", "ORG")]


def test_outlet_name_inside_a_longer_tagged_name_is_left_alone() -> None:
    text = "نشرت صحيفة الوطن السعودية تقريرا"
    start = text.index("الوطن")
    tagged = Span(start, start + len("الوطن السعودية"), "ORG")
    assert _outlets(text, [tagged]) == [("الوطن السعودية", "ORG")]
