"""Speakers that general rules recover: authors of reports, salient bodies, embedded speech, clause subjects.

Mentions are given by hand (the tagger is not run); each case checks the speaker of every quotation
found, in text order.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import Span


def _mentions(text: str, names: list[tuple[str, str]]) -> list[Span]:
    out, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        out.append(Span(start, start + len(name), label))
        pos = start + len(name)
    return out


def _speakers(text: str, names: list[tuple[str, str]]) -> list[str | None]:
    return [q.attrs["speaker"] for q in find_quotes(text, entities=_mentions(text, names))]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # the body after «لـ» speaks for its report even when the tagger missed its name
            "وأوضح التقرير السنوي لهيئة الإحصاء أن البطالة تراجعت. وأكد أن الأجور ارتفعت. "
            "وأشار التقرير إلى أن الصادرات زادت. ووفقا للتقرير، تضاعف عدد الشركات.",
            [],
            ["هيئة الإحصاء", "هيئة الإحصاء", "هيئة الإحصاء", "هيئة الإحصاء"],
        ),
        (  # a tagged body in the statement's phrase, taken up again by the bare noun
            "وذكر البيان الصادر عن وزارة الزراعة أن المحصول وفير. وأضاف البيان أن الأسعار ستنخفض.",
            [("وزارة الزراعة", "ORG")],
            ["وزارة الزراعة", "وزارة الزراعة"],
        ),
    ],
)
def test_a_report_speaks_for_the_body_that_wrote_it(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert _speakers(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «الوزارة» takes up the ministry that acted, not one named behind a preposition
            "أعلنت وزارة العمل أسماء المقبولين، ويشترط إحضار شهادة معتمدة من وزارة الصحة. "
            "وأوضحت الوزارة أن المراجعة تبدأ الأحد.",
            [("وزارة العمل", "ORG"), ("وزارة الصحة", "ORG")],
            ["وزارة العمل"],
        ),
        (
            "نشرت وزارة المالية الجدول مع مراعاة موافقة لجنة المراجعة بوزارة التجارة. "
            "وبينت الوزارة أن الدفع إلكتروني.",
            [("وزارة المالية", "ORG"), ("وزارة التجارة", "ORG")],
            ["وزارة المالية"],
        ),
    ],
)
def test_a_body_description_takes_up_the_body_named_outside_a_prepositional_phrase(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert _speakers(text, names) == speakers
