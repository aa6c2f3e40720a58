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


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a statement reported inside another does not change who goes on speaking
            "وأضاف الوزير سامي حداد أن الرئيس كمال سليم أكد ضرورة الحوار. وأشار إلى أن القمة ستعقد قريبا.",
            [("سامي حداد", "PERS"), ("كمال سليم", "PERS")],
            ["سامي حداد", "كمال سليم", "سامي حداد"],
        ),
        (  # a cue without a subject inside reported words: the person those words are about
            "وذكر الوزير سامي حداد أن الرئيس كمال سليم كان مخطئا عندما قال إن الأزمة انتهت.",
            [("سامي حداد", "PERS"), ("كمال سليم", "PERS")],
            ["سامي حداد", "كمال سليم"],
        ),
        (  # a participle inside a direct quote goes with the subject of its clause there
            "وقال المصدر: «تحدث كمال سليم بوضوح عن الحصار، مشيرا إلى أن التصعيد قادم».",
            [("كمال سليم", "PERS")],
            ["المصدر", "كمال سليم"],
        ),
        (  # «التي قال»: the masculine verb does not agree with the relative, the place is not its subject
            "وأشار القائد سامي حداد إلى أن القوات تتقدم نحو مدينة الزهراء التي قال إن تحريرها قريب.",
            [("سامي حداد", "PERS"), ("الزهراء", "LOC")],
            ["سامي حداد", "سامي حداد"],
        ),
    ],
)
def test_speech_reported_inside_a_quotation_has_its_own_speaker(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert _speakers(text, names) == speakers
