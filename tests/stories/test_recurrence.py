from __future__ import annotations

from datetime import date

import pytest

from akhbar.model import Article, Span
from akhbar.stories.cluster import ClusterOptions, cluster
from akhbar.stories.recurrence import DaySpread, lead_figures, reported_day, same_figures
from akhbar.stories.terms import common_terms, terms

MARKET = (
    "مؤشر سوق الأسهم السعودية يغلق {move} عند {level} نقطة\n"
    "أغلق مؤشر سوق الأسهم السعودية اليوم على {move} ليغلق عند مستوى {level} نقطة بتداولات بلغت "
    "قيمتها مليارات الريالات، وسط {sector} في قطاع {sector2}."
)
COMPANY = (
    "{company} تعلن أرباحها الفصلية وسهمها يتصدر مؤشر سوق الأسهم\n"
    "أعلنت شركة {company} أرباحها للربع الثاني، وأغلق سهمها على ارتفاع في سوق الأسهم السعودية ليغلق "
    "المؤشر عند مستوى {level} نقطة بتداولات بلغت قيمتها مليارات الريالات، وسط صعود في قطاع المصارف."
)
ARSON = [
    "إحراق منزل عائلة دوابشة في قرية دوما\n"
    "أحرق مستوطنون منزل عائلة دوابشة في قرية دوما جنوب نابلس فجر اليوم، ما أدى إلى استشهاد الرضيع "
    "علي دوابشة وإصابة والديه وشقيقه بحروق خطيرة.",
    "والد الرضيع دوابشة يصارع الموت\n"
    "يصارع سعد دوابشة والد الرضيع علي الموت في مستشفى إسرائيلي بعد إصابته بحروق في هجوم المستوطنين "
    "على منزل العائلة في قرية دوما.",
    "مجلس الأمن يبحث جريمة إحراق الرضيع دوابشة\n"
    "طلبت القيادة الفلسطينية من مجلس الأمن التحقيق في إحراق منزل عائلة دوابشة في قرية دوما على يد "
    "مستوطنين، والذي أودى بحياة الرضيع علي.",
]


def _article(text: str, day: date, source: str, timex: str | None = None) -> Article:
    art = Article.from_text(text, source=source, title=text.partition("\n")[0], pub_date=day)
    if timex is not None:
        start = text.index(timex)
        art = art.with_spans("timex", [Span(start, start + len(timex), "DATE", {"value": None})])
    return art


@pytest.mark.parametrize(
    ("text", "timex", "arrival", "expected"),
    [
        ("النفط يرتفع اليوم الخميس في آسيا", "اليوم الخميس", "2015-08-07", "2015-08-06"),
        ("أغلق المؤشر جلسة أمس مرتفعا", "أمس", "2015-08-11", "2015-08-10"),
        ("تراجعت الأسهم أول من أمس", "أول من أمس", "2015-08-11", "2015-08-09"),
        ("توقعات الطقس لهذا اليوم", "هذا اليوم", "2015-08-08", "2015-08-08"),
        ("المباراة غدا الجمعة في جدة", "غدا الجمعة", "2015-08-06", "2015-08-07"),
        ("قوات الطوارئ في خدمة الحجاج", None, "2015-08-06", "2015-08-06"),
    ],
)
def test_reported_day_reads_the_lead_against_the_arrival_day(
    text: str, timex: str | None, arrival: str, expected: str
) -> None:
    art = _article(text, date.fromisoformat(arrival), "x", timex)
    assert reported_day(art, date.fromisoformat(arrival)) == date.fromisoformat(expected)


@pytest.mark.parametrize(("term", "recurs"), [("مؤشر", True), ("دوابش", False)])
def test_a_term_recurs_when_other_stories_had_it_on_two_earlier_days(term: str, recurs: bool) -> None:
    spread = DaySpread(window_days=10, min_days=2)
    for day in (1, 2, 3):
        spread.observe(["مؤشر"], date(2015, 8, day), story=day)
        spread.observe(["دوابش"], date(2015, 8, day), story=7)
    assert spread.recurrent(term, date(2015, 8, 4), 7) is recurs


def test_market_closes_of_two_days_are_two_stories_when_their_words_recur() -> None:
    companies = [
        _article(COMPANY.format(company=name, level=level), date(2015, 8, day), f"company-{day}")
        for day, name, level in ((1, "سابك", 9100), (2, "موبايلي", 8900))
    ]
    closes = [
        _article(
            MARKET.format(move=move, level=level, sector=sector, sector2=sector2),
            date(2015, 8, day),
            f"close-{day}",
            "اليوم",
        )
        for day, move, level, sector, sector2 in (
            (3, "ارتفاع", 8834, "صعود جماعي", "المصارف"),
            (4, "تراجع", 8654, "هبوط حاد", "البتروكيماويات"),
        )
    ]
    arts = [*companies, *closes]
    groups = [sorted(arts[i].source for i in g) for g in cluster(arts)]
    assert ["close-3", "close-4"] not in groups


def test_follow_ups_over_three_days_stay_one_story() -> None:
    arts = [
        _article(text, date(2015, 7, 31 + n) if n == 0 else date(2015, 8, n), f"day{n}")
        for n, text in enumerate(ARSON)
    ]
    groups = [sorted(arts[i].source for i in g) for g in cluster(arts)]
    assert groups == [["day0", "day1", "day2"]]


def test_a_term_common_in_the_background_corpus_recurs_without_any_history() -> None:
    common, rare = terms("الأسهم")[0], terms("دوابشة")[0]
    spread = DaySpread(window_days=10, min_days=2, common=common_terms(0.01))
    assert common in spread.common
    assert spread.recurrent(common, date(2015, 8, 4), 7) is True
    assert spread.recurrent(rare, date(2015, 8, 4), 7) is False


OIL = (
    "أسعار النفط {move} في التعاملات الآسيوية\n{verb} أسعار النفط {day} في التعاملات الآسيوية مع "
    "{reason}، وبلغ سعر الخام {price} دولارا للبرميل."
)


@pytest.mark.parametrize(("share", "apart"), [(ClusterOptions().common_share, True), (0.0, False)])
def test_two_oil_reports_of_a_new_stream_are_two_stories(share: float, apart: bool) -> None:
    """Both arrive on one day (a first crawl) but report on two weekdays, and no earlier days say
    that their words recur: the background table does (without it, they are one story)."""
    reports = [
        _article(OIL.format(move=m, verb=v, day=d, reason=r, price=p), date(2015, 8, 10), d, d)
        for m, v, d, r, p in (
            ("ترتفع", "ارتفعت", "اليوم الخميس", "تراجع المخزونات الأمريكية", 57),
            ("تنخفض", "انخفضت", "اليوم الأحد", "صعود الدولار", 55),
        )
    ]
    options = ClusterOptions(common_share=share)
    groups = [sorted(reports[i].source for i in g) for g in cluster(reports, options=options)]
    assert (len(groups) == 2) is apart


HEAT = (
    "موجة الحر تضرب {place}\n"
    "تواصل موجة الحر ارتفاع درجات الحرارة في {place}، وحذرت وزارة الصحة المصرية من الإجهاد الحراري "
    "وضربات الشمس، ودعت كبار السن إلى البقاء في المنازل وقت الظهيرة وشرب كميات كافية من المياه."
)
TOLL = (
    "مصر: {dead} حالة وفاة و{hurt} إصابة بسبب ارتفاع درجات الحرارة\n"
    "أعلنت وزارة الصحة المصرية اليوم وفاة {dead} حالة من كبار السن وإصابة {hurt} شخصا بالإجهاد الحراري "
    "نتيجة ارتفاع درجات الحرارة، وخرج {out} من المصابين من المستشفيات بعد تحسن حالتهم، ودعت المواطنين "
    "إلى تجنب ضربات الشمس والبقاء في المنازل وقت الظهيرة."
)


@pytest.mark.parametrize(
    ("figures", "same", "together"),
    [((21, 66, 29), True, True), ((21, 66, 29), False, False), ((25, 80, 31), True, False)],
)
def test_a_report_carried_a_day_late_joins_its_story_by_its_figures(
    figures: tuple[int, int, int], same: bool, together: bool
) -> None:
    """The heat-wave words recur (other stories said them the days before) and the late copy's
    «اليوم» puts it on the next day: only the toll's figures show it is the same report, while
    the next day's toll, with new figures, is another occasion."""
    dead, hurt, out = figures
    arts = [
        _article(HEAT.format(place="القاهرة"), date(2015, 8, 1), "heat-1"),
        _article(HEAT.format(place="الإسكندرية"), date(2015, 8, 2), "heat-2"),
        _article(TOLL.format(dead=21, hurt=66, out=29), date(2015, 8, 3), "toll", "اليوم"),
        _article(TOLL.format(dead=dead, hurt=hurt, out=out), date(2015, 8, 4), "later", "اليوم"),
    ]
    groups = [
        sorted(arts[i].source for i in g) for g in cluster(arts, options=ClusterOptions(same_figures=same))
    ]
    assert (["later", "toll"] in groups) is together


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("وفاة 21 حالة وإصابة 66 وخروج 29", "أعلنت وفاة 21 حالة و66 إصابة، وخرج 29 مصابا", True),
        ("وفاة 21 حالة وإصابة 66 وخروج 29", "وفاة 25 حالة وإصابة 66 وخروج 31", False),
        (
            "أغلق عند 8834.82 نقطة بارتفاع 45.12 نقطة بتداولات 5.6 مليار",
            "أغلق عند 8834٫82 نقطة بارتفاع 12ر45 نقطة وتداولات 5.6",
            True,
        ),
        # the wire writes the fraction first: «12ر45» is 45.12, «45ر12» is 12.45
        ("ارتفع 45.12 نقطة إلى 8834.82 بتداولات 5.6", "ارتفع 45ر12 نقطة إلى 8834.82 بتداولات 5.6", False),
        ("بلغ عدد الحجاج 1,250,000 منهم 22,000 من الداخل و900", "بلغ 000ر250ر1 حاج منهم 000ر22 و900", True),
        ("في 2015 وفي 1436 هـ يوم 3 و4", "في 2015 وفي 1436 هـ يوم 3 و4", False),
    ],
)
def test_two_leads_state_the_same_figures(a: str, b: str, same: bool) -> None:
    assert same_figures(lead_figures(a), lead_figures(b)) is same
