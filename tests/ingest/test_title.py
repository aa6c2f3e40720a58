from __future__ import annotations

import pytest

from akhbar.ingest.build import BuildContext, build_article
from akhbar.ingest.document import Document
from akhbar.ingest.text import first_line_span

TITLE = "وزير الصحة يفتتح مستشفى الولادة الجديد في جدة"
LEAD = "افتتح وزير الصحة اليوم مستشفى الولادة الجديد في جدة، وقال إن المستشفى يخدم مئة ألف أسرة."
SECOND = "وأوضح الوزير أن العمل بدأ قبل عامين، وأن المستشفى سيستقبل المرضى من الأسبوع المقبل."


def _title_of(text: str, *, title: str | None = None, context: BuildContext | None = None) -> str | None:
    """The title ingest gives a page read as plain text (the reader offers the first line)."""
    span = first_line_span(text)
    doc = Document(source="page.txt", text=text, identity="page.txt", title=title, title_span=span)
    article = build_article(doc, context)
    if article.title is not None:
        (where,) = article.spans("title")
        assert article.surface(where) == article.title
    return article.title


@pytest.mark.parametrize(
    "header",
    [
        "السبت 1 يونيو 2024",  # a display-date widget
        "عرب وعالم1-2-2022 | 21:14",  # section glued to a dateline
        "أخبار عالميةأخر الاخبار",  # menu items glued into a breadcrumb
        "الرئيسية » أخبار » محليات",  # a breadcrumb
        "الرئيسية > صحة",
        "محليات",  # a section name
        "صحيفة عكاظ",  # a known outlet's masthead
        "السبت 1 يونيو 2024\nأخبار محلية\nالرياض",  # several of them
    ],
)
def test_furniture_above_the_headline_is_never_the_title(header: str) -> None:
    assert _title_of(f"{header}\n\n{TITLE}\n\n{LEAD}\n{SECOND}") == TITLE


@pytest.mark.parametrize(
    "headline",
    [
        "«الصحة» تفتتح مستشفى جديدا في «جدة»",  # guillemets are quotation marks, not crumbs
        "برنامج زمني لـ «الشارع التاريخي» بينبع",  # the tatweel in «لـ» is no byline dash
        "الغبار يغطي الشرقية والرياض.. والجنوب الغربي أمطاره غزيرة في الأيام المقبلة",  # reads like prose
        "هل تنجح خطة الوزارة في خفض أسعار الأدوية؟",
    ],
)
def test_a_headline_after_a_date_widget_is_found_whatever_its_punctuation(headline: str) -> None:
    assert _title_of(f"الخميس 6 أغسطس 2015\n{headline}\n\n{LEAD}\n{SECOND}") == headline


def test_a_headline_printed_again_over_the_body_stays_the_title() -> None:
    assert _title_of(f"{TITLE}\n\n{TITLE} بحضور أمير المنطقة\n{LEAD}") == TITLE


def test_a_container_title_is_kept_even_when_short() -> None:
    text = f"أخبار السوق\n\n{LEAD}\n{SECOND}"
    assert _title_of(text, title="أخبار السوق") == "أخبار السوق"


def test_a_container_title_that_is_a_date_gives_way_to_the_headline() -> None:
    text = f"السبت 1 يونيو 2024\n\n{TITLE}\n\n{LEAD}"
    assert _title_of(text, title="السبت 1 يونيو 2024") == TITLE


def test_a_line_the_outlet_prints_on_every_page_is_not_the_title() -> None:
    context = BuildContext()
    banner = "شبكة الأفق الإخبارية الأولى في المنطقة"
    for i in range(6):
        doc = Document(
            source=f"p{i}", text=f"{banner}\nخبر رقم {i} عن الطقس\n{LEAD}", identity=f"p{i}", outlet="الأفق"
        )
        build_article(doc, context)
    page = f"{banner}\n{TITLE}\n{LEAD}"
    doc = Document(source="p", text=page, identity="p", title_span=first_line_span(page), outlet="الأفق")
    assert build_article(doc, context).title == TITLE
