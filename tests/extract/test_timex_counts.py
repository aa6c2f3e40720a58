"""Temporal expressions that count or place vaguely: counts in a row, compound and large lengths, rates,
vague references, bare parts of a year, bare years, BC years and clock times after a written date."""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.extract.timex import find_timex

MON = date(2015, 8, 10)  # a Monday


def _found(text: str, pub: date | None) -> dict[str, tuple[str, str | None]]:
    return {text[s.start : s.end]: (s.label, s.attrs["value"]) for s in find_timex(text, pub_date=pub)}


@pytest.mark.parametrize(
    ("text", "surface", "label", "value"),
    [
        ("واصل العمال إضرابهم لليوم الثالث على التوالي أمام المصنع", "ليوم الثالث", "DURATION", "P3D"),
        ("ثبت البنك الفائدة للشهر السادس على التوالي", "لشهر السادس", "DURATION", "P6M"),
        ("حصد الفريق اللقب للموسم الثاني على التوالي", "لموسم الثاني", "DURATION", "P2Y"),
        ("بقي المنصب شاغرا نحو سنة وشهرين كاملين", "نحو سنة وشهرين", "DURATION", "P1Y2M"),
        ("عثر على تمثال عمره 3200 عام في الصحراء", "3200 عام", "DURATION", "P3200Y"),
        ("أرجئ المؤتمر لعام واحد بسبب الظروف", "عام واحد", "DURATION", "P1Y"),
        ("عاش أجداده في الوادي عشرات السنين قبل الهجرة", "عشرات السنين", "DURATION", "PXY"),
        ("انتظر المسافرون ساعات قبل الإقلاع", "ساعات", "DURATION", "PXH"),
        ("تؤجر القاعة بألف ريال لليوم الواحد طوال الصيف", "ليوم الواحد", "SET", "P1D"),
        ("ستطرح الوزارة المشروع قريبا على المستثمرين", "قريبا", "DATE", "FUTURE_REF"),
        ("تصاعدت الهجمات في الآونة الأخيرة على الحدود", "الآونة الأخيرة", "DATE", "PAST_REF"),
        ("نأمل أن نلتقي في وقت قريب لبحث الملف", "وقت قريب", "DATE", "FUTURE_REF"),
        ("يستعد النادي للموسم المقبل بمعسكر في النمسا", "لموسم المقبل", "DATE", "FUTURE_REF"),
        ("بنى القلعة في أواخر القرن السابع عشر أحد الحكام", "القرن السابع عشر", "DATE", "16"),
    ],
)
def test_timex_reads_counts_lengths_rates_and_references(
    text: str, surface: str, label: str, value: str
) -> None:
    assert _found(text, None).get(surface) == (label, value), _found(text, None)


@pytest.mark.parametrize(
    "text", ["يقع المخيم قريبا من الحدود الشمالية", "ستأهل المنتخبات العشرة الأولى على التوالي في الترتيب"]
)
def test_timex_ignores_near_and_ranks(text: str) -> None:
    assert _found(text, MON) == {}


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        ("تراجعت مبيعات الشركة خلال الربع الثالث بنسبة كبيرة", MON, "الربع الثالث", "2015"),
        ("تراجعت مبيعات الشركة خلال الربع الثالث بنسبة كبيرة", None, "الربع الثالث", None),
        ("حقق المصرف أرباحا في النصف الأول لعام 2014 فاقت التوقعات", None, "النصف الأول لعام 2014", "2014"),
        ("زادت الأرباح قياسا بنفس الفترة من عام 2013 بوضوح", None, "نفس الفترة من عام 2013", "2013"),
        ("يستعد المنتخب لنهائيات كأس العالم 2022 في قطر", None, "2022", "2022"),
        ("أقيمت المدينة نحو 1750-1700 قبل الميلاد على النهر", None, "1750", "BC1750"),
        ("أقيمت المدينة نحو 1750-1700 قبل الميلاد على النهر", None, "1700", "BC1700"),
        (
            "يبدأ التسجيل يوم الأحد القادم الموافق 2 / 11 / 1436هـ في جميع المدارس",
            None,
            "يوم الأحد القادم الموافق 2 / 11 / 1436",
            "2015-08-17",
        ),
        (
            "وقع الحادث يوم الثلاثاء 4 أغسطس 2015 الساعة 9:30 مساء قرب الميناء",
            None,
            "الساعة 9:30 مساء",
            "2015-08-04T21:30",
        ),
        ("نقل الوزير للصحفيين هذا الصباح أن المحادثات مستمرة", MON, "هذا الصباح", "2015-08-10"),
        ("يستقبل المكتب الطلبات من 2 إلى 9 / 11 / 1436هـ في مقره", None, "2", "2015-08-17"),
        ("يستقبل المكتب الطلبات من 2 إلى 9 / 11 / 1436هـ في مقره", None, "9 / 11 / 1436", "2015-08-24"),
    ],
)
def test_timex_dates_parts_bare_years_and_clock_times(
    text: str, pub: date | None, surface: str, value: str | None
) -> None:
    assert _found(text, pub).get(surface, ("", "missing"))[1] == value, _found(text, pub)


@pytest.mark.parametrize(
    "text",
    [
        "سجل اللاعب في الربع الأول من المباراة 20 نقطة",
        "أرسلت القوات 2015 مقاتلا إلى الجبهة",
        "صرف 2000 دولار",
    ],
)
def test_timex_leaves_match_quarters_and_counted_numbers(text: str) -> None:
    assert _found(text, MON) == {}
