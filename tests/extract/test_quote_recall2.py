"""Reported speech found in a second recall round: the charge after «اتهم X Y بـ…», a claim after an
outlet quoted by name («أكد لـ«عكاظ» …»), and a fronted source closed by «فإن» with no comma.

Sentences are handwritten; mentions are given by hand (the tagger is not run).
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import spans_of

_NAMES = [("سمير الحداد", "PERS"), ("هيئة الطيران", "ORG"), ("عكاظ", "ORG"), ("الرياض", "ORG")]


def _quotes(text: str) -> list[tuple[str | None, ...]]:
    found = find_quotes(text, entities=spans_of(text, [n for n in _NAMES if n[0] in text]))
    return [(text[q.start : q.end], q.label, q.attrs["cue"], q.attrs["speaker"]) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "واتهم سمير الحداد البلدية بتأخير صرف تعويضات المزارعين.",
            ("تأخير صرف تعويضات المزارعين", "indirect", "اتهم", "سمير الحداد"),
        ),
        (
            "ويتهم سمير الحداد المقاول بإهمال صيانة الطريق منذ سنوات.",
            ("إهمال صيانة الطريق منذ سنوات", "indirect", "يتهم", "سمير الحداد"),
        ),
        (
            "واتهمت هيئة الطيران الشركة بالتأخر في صيانة الطائرات.",
            ("التأخر في صيانة الطائرات", "indirect", "اتهمت", "هيئة الطيران"),
        ),
        (
            "واتهم رئيس البلدية سمير الحداد المقاول بتأخير المشروع.",
            ("تأخير المشروع", "indirect", "اتهم", "سمير الحداد"),
        ),
    ],
)
def test_the_charge_after_the_accused_is_the_claim(text: str, expected: tuple[str, ...]) -> None:
    assert _quotes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "واتهم بالفساد عدد من موظفي البلدية.",  # passive: no accuser, the charge right after the verb
        "ويتهم معارضون الرئيس بمخالفة الدستور.",  # an indefinite subject: nobody to give the words to
        "وهناك من يتهم البلدية بتأخير المشروع.",  # «من» is the subject: the name after the cue is accused
        "وصدر تقرير يتهم البلدية بالتقصير.",  # a charge of one word
    ],
)
def test_a_passive_accusation_a_vice_or_no_subject_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأكد سمير الحداد لـ«عكاظ» وجود خطة لتوسيع الميناء.",
            ("وجود خطة لتوسيع الميناء", "indirect", "أكد", "سمير الحداد"),
        ),
        (
            'وأكدت هيئة الطيران لـ"الرياض" استمرار الرحلات إلى المدينة.',
            ("استمرار الرحلات إلى المدينة", "indirect", "أكدت", "هيئة الطيران"),
        ),
    ],
)
def test_an_outlet_quoted_by_name_does_not_stop_the_claim(text: str, expected: tuple[str, ...]) -> None:
    assert _quotes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وبحسب تقرير هيئة الطيران فإن عدد المسافرين ارتفع هذا العام.",
            ("عدد المسافرين ارتفع هذا العام", "indirect", "بحسب"),
        ),
        (
            "وحسب مصادر في البلدية فإنه سيتم افتتاح الجسر قريبا.",
            ("سيتم افتتاح الجسر قريبا", "indirect", "حسب"),
        ),
    ],
)
def test_a_fronted_source_closed_by_fa_inna(text: str, expected: tuple[str, ...]) -> None:
    assert [q[:3] for q in _quotes(text)] == [expected]


def test_a_fronted_phrase_that_names_nobody_is_no_source() -> None:
    assert _quotes("وبحسب الخطة فإن العمل سيبدأ في الصيف.") == []
