from __future__ import annotations

import pytest

from akhbar.ingest.clean import RepeatedLines, find_boilerplate

LEAD = "قال وزير الصحة اليوم إن المستشفيات الجديدة ستفتح أبوابها قريبا، وأضاف أن العمل مستمر."
SECOND = "وأوضح الوزير أن الخطة تشمل كل المناطق، وأن التمويل متوفر منذ العام الماضي."


def _reasons(text: str, **kwargs: object) -> list[tuple[str, str]]:
    cleaning = find_boilerplate(text, **kwargs)  # type: ignore[arg-type]
    return [(text[x.start : x.end], str(x.attrs["reason"])) for x in cleaning.excluded]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("اترك تعليقاً", "comments"),
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
        ("زر الذهاب إلى الأعلى", "share"),
        ("تابعونا على تويتر", "share"),
        ("كلمات دلالية: الصحة، المستشفيات", "tags"),
        ("المصدر: وكالات", "source-line"),
        ("// انتهى //", "continued-marker"),
        ("(@SomeReporter)", "handle"),
        ("* * *", "punctuation"),
        ("...المزيد", "navigation"),
    ],
)
def test_furniture_lines_are_excluded_with_their_reason(line: str, reason: str) -> None:
    text = f"{LEAD}\n{line}\n{SECOND}"
    assert _reasons(text) == [(line, reason)]


def test_read_also_at_the_tail_excludes_the_appended_story() -> None:
    other = "قال رئيس النادي إن الفريق سيلعب مباراة ودية الأسبوع المقبل، وإن اللاعبين جاهزون."
    text = f"عنوان الخبر\n{LEAD}\n{SECOND}\nالمصدر: صحيفة الأفق\nاقرأ أيضا:\nالنادي يستعد للموسم\n{other}"
    cleaning = find_boilerplate(text, title_span=(0, 11))
    assert text[cleaning.body.start : cleaning.body.end].endswith("العام الماضي.")
    tail = cleaning.excluded[-1]
    assert tail.attrs["reason"] == "read-also"
    assert text[tail.start : tail.end].startswith("اقرأ أيضا:") and text[tail.start : tail.end].endswith(
        other
    )


def test_read_also_box_inside_the_article_drops_only_the_box() -> None:
    text = f"{LEAD}\nإقرأ أيضاً\nالوزير يزور المنطقة الشرقية\n{SECOND}\n{LEAD}\n{SECOND}"
    assert _reasons(text) == [("إقرأ أيضاً\nالوزير يزور المنطقة الشرقية", "read-also")]


def test_wire_marker_inside_the_body_is_excluded_but_body_spans_it() -> None:
    text = f"{LEAD}\n\n(تستمر)\n\n{SECOND}"
    cleaning = find_boilerplate(text)
    assert (cleaning.body.start, cleaning.body.end) == (0, len(text))
    assert _reasons(text) == [("(تستمر)", "continued-marker")]


def test_header_widget_breadcrumb_and_doubled_title_are_excluded() -> None:
    title = "الوزير يعلن افتتاح المستشفيات"
    text = f"الأحد 5 مارس 2023\nأخبار محليةآخر الأخبار\n{title}\n{title} الجديدة\nصحيفة الأفق\n{LEAD}"
    assert _reasons(text, title_span=(0, 17)) == [
        ("الأحد 5 مارس 2023", "date-line"),
        ("أخبار محليةآخر الأخبار", "navigation"),
        (title, "repeated-title"),
        ("صحيفة الأفق", "header-line"),
    ]
    cleaning = find_boilerplate(text, title_span=(0, 17))
    assert text[cleaning.body.start :].startswith(f"{title} الجديدة")


def test_short_opening_line_of_a_plain_page_is_kept() -> None:
    text = f"بيان من الوزارة\n{LEAD}"
    assert _reasons(text) == []


def test_lines_repeated_across_an_outlets_pages_are_excluded() -> None:
    repeated = RepeatedLines(min_pages=3, min_share=0.5)
    footer = "جميع الحقوق محفوظة لدى الموقع"
    for i in range(4):
        repeated.observe("الأفق", f"خبر رقم {i} عن الطقس، والأمطار غزيرة اليوم في المدن.\n{footer}")
    text = f"{LEAD}\n{footer}"
    assert _reasons(text, outlet="الأفق", repeated=repeated) == [(footer, "repeated-line")]
    assert not repeated.is_repeated("مصدر آخر", footer)


def test_empty_page_has_an_empty_body() -> None:
    cleaning = find_boilerplate("\n\nاترك رد\n")
    assert (cleaning.body.start, cleaning.body.end) == (0, 0)
