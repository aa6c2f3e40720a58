"""Quotations: spans, kinds, cues, speakers and vias on short handwritten sentences."""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import Span


def _mentions(text: str, names: list[tuple[str, str]]) -> list[Span]:
    out = []
    for name, label in names:
        start = text.index(name)
        out.append(Span(start, start + len(name), label))
    return out


def _quotes(
    text: str, names: list[tuple[str, str]], agencies: list[Span] | None = None
) -> list[tuple[str, ...]]:
    found = find_quotes(text, entities=_mentions(text, names), credits=agencies or [])
    return [
        (text[q.start : q.end], q.label, q.attrs["cue"], q.attrs["speaker"], q.attrs["via"]) for q in found
    ]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "وقال الوزير خالد العمري إن الميزانية ستعلن الشهر المقبل.",
            [("خالد العمري", "PERS")],
            ("الميزانية ستعلن الشهر المقبل", "indirect", "قال", "خالد العمري", None),
        ),
        (
            "أكدت وزارة الصحة أنها رصدت حالات جديدة.",
            [("وزارة الصحة", "ORG")],
            ("رصدت حالات جديدة", "indirect", "أكدت", "وزارة الصحة", None),
        ),
        (
            "صرح مدير الشركة سامي الحربي بأن الأرباح ارتفعت.",
            [("سامي الحربي", "PERS")],
            ("الأرباح ارتفعت", "indirect", "صرح", "سامي الحربي", None),
        ),
        (
            "وأشار سامي الحربي إلى أن المشروع اكتمل.",
            [("سامي الحربي", "PERS")],
            ("المشروع اكتمل", "indirect", "أشار", "سامي الحربي", None),
        ),
        (
            "وشدد الأمير فيصل على ضرورة حماية البيئة.",
            [("فيصل", "PERS")],
            ("ضرورة حماية البيئة", "indirect", "شدد", "فيصل", None),
        ),
        (
            "وبحسب سامي الحربي، فإن العمل يسير وفق الخطة.",
            [("سامي الحربي", "PERS")],
            ("العمل يسير وفق الخطة", "indirect", "بحسب", "سامي الحربي", None),
        ),
        (
            "الوضع مستقر تماما، كما أوضح المتحدث سامي الحربي.",
            [("سامي الحربي", "PERS")],
            ("الوضع مستقر تماما", "indirect", "أوضح", "سامي الحربي", None),
        ),
        (
            "ونقلت رويترز عن الوزير خالد العمري قوله إن الاتفاق قريب.",
            [("رويترز", "ORG"), ("خالد العمري", "PERS")],
            ("الاتفاق قريب", "indirect", "قوله", "خالد العمري", "رويترز"),
        ),
        (
            "وقال خالد العمري لوكالة رويترز إن المحادثات مستمرة.",
            [("خالد العمري", "PERS"), ("رويترز", "ORG")],
            ("المحادثات مستمرة", "indirect", "قال", "خالد العمري", "رويترز"),
        ),
        (
            "أعلنت وزارة الصحة في القاهرة أمس عن افتتاح مستشفى جديد في مدينة أسوان.",
            [("وزارة الصحة", "ORG"), ("القاهرة", "LOC"), ("أسوان", "LOC")],
            ("افتتاح مستشفى جديد في مدينة أسوان", "indirect", "أعلنت", "وزارة الصحة", None),
        ),
    ],
)
def test_indirect_quote_span_cue_speaker_and_via(
    text: str, names: list[tuple[str, str]], expected: tuple[str, ...]
) -> None:
    assert _quotes(text, names)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected_span", "cue"),
    [
        ("وقال سامي الحربي: «نحن مستعدون للحوار».", "نحن مستعدون للحوار", "قال"),
        ('وقال سامي الحربي: "نحن مستعدون للحوار".', "نحن مستعدون للحوار", "قال"),
        ("وأضاف سامي الحربي: “نحن مستعدون للحوار”.", "نحن مستعدون للحوار", "أضاف"),
        ("وأضاف سامي الحربي: “نحن مستعدون للحوار. لن نتأخر", "نحن مستعدون للحوار. لن نتأخر", "أضاف"),
        (
            "قال سامي الحربي: “لقد تلقينا الرد.” وسندرسه مع شركائنا بعناية.",
            "لقد تلقينا الرد.” وسندرسه مع شركائنا بعناية.",
            "قال",
        ),
    ],
)
def test_direct_quote_spans_every_mark_style(text: str, expected_span: str, cue: str) -> None:
    found = _quotes(text, [("سامي الحربي", "PERS")])
    assert found == [(expected_span, "direct", cue, "سامي الحربي", None)]


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث التقرير عن “التهديد الإيراني” في المنطقة.",
        "الوزير: الوضع مستقر",
        "وطالب الوزير بضرورة الإسراع في التنفيذ.",
        "وأعرب الوزير عن سعادته بالنتائج.",
        "يذكر أن المشروع بدأ قبل عامين.",
    ],
)
def test_scare_quotes_headlines_appeals_and_background_are_not_quotes(text: str) -> None:
    assert find_quotes(text, entities=[]) == []


def test_direct_quote_after_complementiser_is_the_one_quote() -> None:
    text = "قال سامي الحربي إنه أبلغ نظيره “أننا لن نتراجع عن موقفنا”."
    assert _quotes(text, [("سامي الحربي", "PERS")]) == [
        ("أننا لن نتراجع عن موقفنا", "direct", "قال", "سامي الحربي", None)
    ]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (
            "قال سامي الحربي إن العمل مستمر. وأضاف أن النتائج مشجعة.",
            [("سامي الحربي", "PERS")],
            ["سامي الحربي", "سامي الحربي"],
        ),
        (
            "قال نائب وزير الخارجية خالد العمري إن الرد وصل. وقال الدبلوماسي إن الدراسة بدأت.",
            [("خالد العمري", "PERS")],
            ["خالد العمري", "خالد العمري"],
        ),
        (
            "قال وزير الخارجية إن الرد وصل. وأكد وزير الخارجية خالد العمري أن الدراسة بدأت.",
            [("خالد العمري", "PERS")],
            ["خالد العمري", "خالد العمري"],
        ),
        (
            "ورفضت مصر الاتهامات، وتؤكد أنها لا تتدخل في شؤون غيرها.",
            [("مصر", "LOC")],
            ["مصر"],
        ),
    ],
)
def test_speaker_resolves_pronouns_and_descriptions(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [q[3] for q in _quotes(text, names)] == speakers


def test_dateline_credit_is_via_of_the_days_statements_not_background() -> None:
    text = (
        "الرياض (واس) - قال سامي الحربي إن العمل مستمر. وكان سامي الحربي قد قال في وقت سابق إن الخطة جاهزة."
    )
    dateline = Span(text.index("واس"), text.index("واس") + 3, "credit", {"agency": "واس", "cue": "dateline"})
    found = _quotes(text, [("سامي الحربي", "PERS")], [dateline])
    assert [(q[0], q[4]) for q in found] == [("العمل مستمر", "واس"), ("الخطة جاهزة", None)]


def test_quotes_inside_excluded_regions_are_dropped() -> None:
    text = "قال سامي الحربي إن العمل مستمر."
    assert find_quotes(text, entities=[], excluded=[Span(0, len(text), "excluded")]) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأكد الوزير تفهمه قلق الجيران من الاتفاق.", "تفهمه قلق الجيران من الاتفاق"),
        ("وشدد الرئيس على دعمها الكامل للحكومة.", "دعمها الكامل للحكومة"),
    ],
)
def test_claim_noun_with_a_possessive_pronoun_is_an_indirect_quote(text: str, content: str) -> None:
    (quote,) = find_quotes(text, entities=[])
    assert (quote.label, text[quote.start : quote.end]) == ("indirect", content)
