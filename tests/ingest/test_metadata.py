from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from akhbar.ingest.clean import find_boilerplate
from akhbar.ingest.metadata import PubDate, find_credits, find_outlet, find_pub_date

if TYPE_CHECKING:
    from pathlib import Path

LEAD = "أعلن وزير الخارجية اليوم الثلاثاء أن المحادثات ستستأنف، وأضاف أن الوفد جاهز."


def _pub(text: str, *, published: str | None = None, crawled: str | None = None) -> PubDate:
    cleaning = find_boilerplate(text, title_span=(0, text.index("\n")))
    return find_pub_date(
        text,
        body=cleaning.body,
        excluded=cleaning.excluded,
        published=published,
        published_from="article:published_time" if published else None,
        crawled=crawled,
    )


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (f"عنوان الخبر\nتاريخ النشر: 3rd, March 2021 GMT\n{LEAD}", date(2021, 3, 3), "label"),
        (f"عنوان الخبر\n(عمان / بترا - 2 آذار 2021ء) {LEAD}", date(2021, 3, 2), "dateline+weekday"),
        (
            "عنوان الخبر\nأخبار محلية4-3-2021 | 10:05\nقال الوزير إن المحادثات ستستأنف، وأضاف.",
            date(2021, 3, 4),
            "dateline",
        ),
        (
            f"عنوان الخبر\nالرياض 20 رجب 1442 هـ الموافق 4 مارس 2021 م واس\n{LEAD}",
            date(2021, 3, 4),
            "dateline",
        ),
    ],
)
def test_pub_date_comes_from_labels_and_datelines(text: str, value: date, source: str) -> None:
    pub = _pub(text)
    assert (pub.value, pub.source) == (value, source)


def test_top_widget_that_contradicts_weekday_and_dateline_is_a_display_date() -> None:
    text = f"الأحد 7 يوليو 2024\nعنوان الخبر\nأخبار محلية2-3-2021 | 10:05\n{LEAD}"
    pub = _pub(text)
    assert (pub.value, pub.source, pub.display_date) == (
        date(2021, 3, 2),
        "dateline+weekday",
        date(2024, 7, 7),
    )


def test_weekday_alone_never_dates_an_article() -> None:
    pub = _pub(f"عنوان الخبر\n{LEAD}\nوكان الوفد قد وصل في 26 فبراير الماضي.")
    assert pub.value is None and pub.source is None


def test_container_date_is_used_and_crawl_time_is_not() -> None:
    text = f"عنوان الخبر\n{LEAD}"
    assert _pub(text, crawled="2021-03-05 10:00:00").value is None
    pub = _pub(text, published="2021-03-02T08:15:00+03:00")
    assert (pub.value, pub.source) == (date(2021, 3, 2), "html-meta")


def test_date_inside_the_lead_sentence_is_an_event_not_a_dateline() -> None:
    text = "عنوان الخبر\nنشرت الصحيفة يوم 5/7/2015 تقريرا عن المشروع، وأضافت أنه سيكتمل قريبا."
    assert _pub(text).value is None


@pytest.mark.parametrize(
    ("text", "url", "hint", "expected"),
    [
        ("نص", None, "aawsat", "الشرق الأوسط"),
        ("نص", None, "صحيفة مجهولة", "صحيفة مجهولة"),
        ("نص", "https://www.example-news.net/a/1", None, "example-news.net"),
        ("نص", "https://m.youm7.com/story/2", None, "اليوم السابع"),
        ("الخبر.\nالمصدر: رويترز\nالمصدر: جريدة الأفق", None, None, "جريدة الأفق"),
        ("الخبر.\nالمصدر: وكالات", None, None, None),
        ("عنوان\n\nدار الهلال\n\n" + LEAD, None, None, "دار الهلال"),
        ("عنوان\n( أردو بوینت نتورك ۔ / سبوتنيك - 2 آذار 2021ء) " + LEAD, None, None, "أردو بوينت نتورك"),
    ],
)
def test_find_outlet(text: str, url: str | None, hint: str | None, expected: str | None) -> None:
    assert find_outlet(text, url=url, outlet_hint=hint, excluded=[]) == expected


@pytest.mark.parametrize(
    ("text", "surface", "agency"),
    [
        ("ونقلت رويترز عن مصدر قوله إن الاتفاق قريب.", "رويترز", "رويترز"),
        ("وقال المتحدث لوكالة «الأناضول» إن الوفد وصل.", "الأناضول", "الأناضول"),
        ("وبحسب تقرير شينخوا، فإن الإنتاج ارتفع.", "شينخوا", "شينخوا"),
        ("جدة (واس) - أعلنت الوزارة أن الموسم بدأ.", "واس", "واس"),
        ("وأفادت وكالة الأنباء القطرية بأن الأمير غادر.", "وكالة الأنباء القطرية", "قنا"),
        ("وقال الوزير لسبوتنيك إن الاجتماع كان مثمرا.", "سبوتنيك", "سبوتنيك"),
    ],
)
def test_find_credits_marks_agencies_used_as_sources(text: str, surface: str, agency: str) -> None:
    found = find_credits(text, excluded=[])
    assert [(text[c.start : c.end], c.attrs["agency"], c.attrs["role"]) for c in found] == [
        (surface, agency, "agency")
    ]


def test_bare_mention_is_not_a_credit() -> None:
    assert find_credits("سافر الوفد عبر هضبة الأناضول إلى الشرق.", excluded=[]) == []


def test_credits_count_in_source_lines_but_not_in_read_also_appendix() -> None:
    other = "وقال رئيس النادي لوكالة رويترز إن الفريق جاهز للموسم، وإن المدرب باق."
    text = f"عنوان الخبر\n{LEAD}\nالمصدر: نوفوستي\nاقرأ أيضا:\n{other}"
    cleaning = find_boilerplate(text, title_span=(0, 11))
    agencies = [c.attrs["agency"] for c in find_credits(text, excluded=cleaning.excluded)]
    assert agencies == ["نوفوستي"]


SEED_CHECKS = [
    ("000_", date(2024, 10, 8), None, {"نوفوستي"}),
    ("001_", date(2022, 1, 24), None, {"سبوتنيك"}),
    ("002_", None, None, {"سبوتنيك", "تاس"}),
    ("003_", None, None, {"انترفاكس"}),
    ("004_", date(2022, 2, 1), date(2024, 6, 1), set()),
]


@pytest.mark.shared
@pytest.mark.parametrize(("prefix", "pub_date", "display", "agencies"), SEED_CHECKS)
def test_seed_metadata_and_boilerplate(
    shared_dir: Path, prefix: str, pub_date: date | None, display: date | None, agencies: set[str]
) -> None:
    path = next((shared_dir / "seeds").glob(prefix + "*.txt"))
    text = path.read_text(encoding="utf-8")
    first = next(i for i, line in enumerate(text.split("\n")) if line.strip())
    start = sum(len(line) + 1 for line in text.split("\n")[:first])
    cleaning = find_boilerplate(text, title_span=(start, start + len(text.split("\n")[first])))
    pub = find_pub_date(
        text,
        body=cleaning.body,
        excluded=cleaning.excluded,
        published=None,
        published_from=None,
        crawled=None,
    )
    assert (pub.value, pub.display_date) == (pub_date, display)
    named = {str(c.attrs["agency"]) for c in find_credits(text, excluded=cleaning.excluded)}
    assert agencies <= named
    body = text[cleaning.body.start : cleaning.body.end]
    excluded = " ".join(text[x.start : x.end] for x in cleaning.excluded)
    assert "اترك" not in body and "تعليقاتك" not in body and "زيلينسكي" not in body
    if prefix == "000_":
        assert "زيلينسكي" in excluded and "غروشكو" not in excluded
    if prefix in ("002_", "003_"):
        assert "اترك" in excluded
