"""Temporal expressions: spans without prepositions, values resolved against the publication date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from akhbar.extract.timex import find_timex
from akhbar.model import Span

MON = date(2015, 7, 20)  # a Monday
TUE = date(2022, 2, 1)  # a Tuesday


def _found(text: str, pub: date | None) -> dict[str, tuple[str, str | None]]:
    return {text[s.start : s.end]: (s.label, s.attrs["value"]) for s in find_timex(text, pub_date=pub)}


def _check(text: str, pub: date | None, surface: str, value: str | None) -> None:
    found = _found(text, pub)
    assert surface in found, f"{surface!r} not among {found}"
    assert found[surface][1] == value


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        ("وقعت الحكومة الاتفاق في 14 مارس 2019 بالرياض", None, "14 مارس 2019", "2019-03-14"),
        ("بدأت المحادثات في 3 شباط 2020 في جنيف", None, "3 شباط 2020", "2020-02-03"),
        ("جرت الانتخابات في 9 أيار/ مايو 2021 وسط إقبال", None, "9 أيار/ مايو 2021", "2021-05-09"),
        (
            "افتتح المعرض في 5 تشرين الأول (أكتوبر) 2018م أمام الزوار",
            None,
            "5 تشرين الأول (أكتوبر) 2018",
            "2018-10-05",
        ),
        ("صدر القرار بتاريخ 12-3-2017 عن الوزارة", None, "12-3-2017", "2017-03-12"),
        ("صدر القرار بتاريخ 2016/11/30 عن الوزارة", None, "2016/11/30", "2016-11-30"),
        ("تأسست الشركة في يونيو 2009 برأس مال صغير", None, "يونيو 2009", "2009-06"),
        ("تأسست الجمعية عام 1998 في جدة", None, "عام 1998", "1998"),
        ("تعمل المدرسة منذ عام 2005 دون توقف", None, "عام 2005", "2005"),
        ("تراجعت الأسعار نهاية عام 2017 بشكل حاد", None, "نهاية عام 2017", "2017"),
        ("ارتفعت المبيعات في 2014م بنسبة كبيرة", None, "2014", "2014"),
        ("صدر النظام في 1 رمضان 1436هـ بعد دراسة", None, "1 رمضان 1436", "2015-06-18"),
        ("افتتح المسجد عام 1425هـ في المدينة", None, "عام 1425", "2004"),
        ("ازدهرت المدينة في الثمانينيات من القرن الماضي", None, "الثمانينيات من القرن الماضي", "198"),
    ],
)
def test_timex_reads_absolute_dates(text: str, pub: date | None, surface: str, value: str) -> None:
    _check(text, pub, surface, value)


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        ("قال المتحدث اليوم إن الوفد وصل", MON, "اليوم", "2015-07-20"),
        ("وصل الوزير أمس إلى القاهرة", MON, "أمس", "2015-07-19"),
        ("غادر الوفد أول أمس متجها إلى عمان", MON, "أول أمس", "2015-07-18"),
        ("يصل الرئيس غدا إلى الرياض", MON, "غدا", "2015-07-21"),
        ("أكد الناطق اليوم الإثنين أن الهدنة صامدة", MON, "اليوم الإثنين", "2015-07-20"),
        ("صرح الوزير اليوم (الاثنين) بأن المفاوضات مستمرة", MON, "اليوم (الاثنين)", "2015-07-20"),
        ("التقى الأمير نظيره يوم الجمعة الماضي في جدة", MON, "يوم الجمعة الماضي", "2015-07-17"),
        ("تنطلق البطولة الخميس المقبل في الدمام", MON, "الخميس المقبل", "2015-07-23"),
        ("وأعلنت الشرطة الأحد، القبض على المتهمين", MON, "الأحد", "2015-07-19"),
        ("وسيزور الوزير الرياض الأربعاء لبحث الملف", MON, "الأربعاء", "2015-07-22"),
        ("هاجم المسلحون القرية صباح الخميس وفروا", MON, "صباح الخميس", "2015-07-16"),
        ("ارتفعت الأسهم الأسبوع الماضي بنسبة طفيفة", MON, "الأسبوع الماضي", "2015-W29"),
        ("تراجع التضخم الشهر الماضي إلى مستوى قياسي", MON, "الشهر الماضي", "2015-06"),
        ("يكتمل المشروع خلال الشهر الجاري حسب الخطة", MON, "الشهر الجاري", "2015-07"),
        ("بلغت الصادرات العام الماضي مستوى قياسيا", MON, "العام الماضي", "2014"),
        ("تتوقع الوزارة نموا أكبر العام المقبل", MON, "العام المقبل", "2016"),
        ("أغلق المصنع في نهاية العام الفائت لأسباب فنية", MON, "نهاية العام الفائت", "2014"),
        ("وصلت الشحنة في الخامس من يوليو الجاري", MON, "الخامس من يوليو الجاري", "2015-07-05"),
        ("وقع الحادث في 3 يونيو قرب الحدود", MON, "3 يونيو", "2015-06-03"),
        ("وقع الحادث في 3 مارس قرب الحدود", MON, "3 مارس", "2015-03-03"),
        ("يبدأ المهرجان في 3 أغسطس قرب الحدود", MON, "3 أغسطس", "2015-08-03"),
        ("وقع الحادث في 3 ديسمبر قرب الحدود", MON, "3 ديسمبر", "2014-12-03"),
        (
            "عاد السفير في ديسمبر (كانون الأول) الماضي إلى بلاده",
            MON,
            "ديسمبر (كانون الأول) الماضي",
            "2014-12",
        ),
        ("بدأ البناء في 2011، وفي 4 مايو تعثر المقاول", MON, "4 مايو", "2011-05-04"),
        ("تأخر التسليم أواخر عام 2012، وفي 10 مارس تسلم المالك المفاتيح", MON, "10 مارس", "2013-03-10"),
        ("تأسس النادي في 2010، وفي أبريل من العام نفسه فاز بالكأس", MON, "أبريل من العام نفسه", "2010-04"),
        (
            "وقعت الاتفاقية في 8 يناير 2013، وفي مارس من نفس العام دخلت حيز التنفيذ",
            MON,
            "مارس من نفس العام",
            "2013-03",
        ),
        ("اندلع الحريق الساعة 10 صباحا في المستودع", MON, "الساعة 10 صباحا", "T10:00"),
        ("انطلقت المسيرة الساعة الرابعة عصرا من الميدان", MON, "الساعة الرابعة عصرا", "T16:00"),
        ("انفجرت العبوة الساعة 7:30 مساء أمس في السوق", MON, "الساعة 7:30 مساء أمس", "2015-07-19T19:30"),
    ],
)
def test_timex_resolves_relative_expressions_against_pub_date(
    text: str, pub: date, surface: str, value: str
) -> None:
    _check(text, pub, surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("وصل الوزير أمس إلى القاهرة", "أمس", None),
        ("صرح الوزير اليوم (الاثنين) بأن المفاوضات مستمرة", "اليوم (الاثنين)", None),
        ("التقى الأمير نظيره يوم الخميس في جدة", "يوم الخميس", None),
        ("تراجع التضخم الشهر الماضي إلى مستوى قياسي", "الشهر الماضي", None),
        ("وقع الحادث في 3 يونيو قرب الحدود", "3 يونيو", None),
        ("يعمل الفريق حاليا على التقرير", "حاليا", "PRESENT_REF"),
        ("لم يصدر أي رد حتى الآن", "الآن", "PRESENT_REF"),
        ("وقعت الحكومة الاتفاق في 14 مارس 2019 بالرياض", "14 مارس 2019", "2019-03-14"),
        ("انطلقت المسيرة الساعة الرابعة عصرا من الميدان", "الساعة الرابعة عصرا", "T16:00"),
    ],
)
def test_timex_leaves_relative_values_null_without_pub_date(
    text: str, surface: str, value: str | None
) -> None:
    _check(text, None, surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "label", "value"),
    [
        ("استمرت الأزمة ثلاثة أعوام كاملة", "ثلاثة أعوام", "DURATION", "P3Y"),
        ("لم يلتق الطرفان منذ أكثر من عامين", "أكثر من عامين", "DURATION", "P2Y"),
        ("تستغرق الصيانة أسبوعين فقط", "أسبوعين", "DURATION", "P2W"),
        ("توفي الشاعر عن 30 عاما بعد مرض", "30 عاما", "DURATION", "P30Y"),
        ("انتظر السكان لأسابيع دون ماء", "أسابيع", "DURATION", "PXW"),
        ("تحسن الأداء في الأشهر الأخيرة بشكل لافت", "الأشهر الأخيرة", "DURATION", "PXM"),
        ("بقي المريض في المستشفى 5 أيام", "5 أيام", "DURATION", "P5D"),
        ("استمر الاجتماع ساعتين", "ساعتين", "DURATION", "PT2H"),
        ("يقام المهرجان سنويا في الطائف", "سنويا", "SET", "P1Y"),
        ("يجتمع المجلس كل عام في الرياض", "كل عام", "SET", "P1Y"),
        ("تصدر النشرة كل أسبوعين", "كل أسبوعين", "SET", "P2W"),
        ("تراجعت الأسعار مؤخرا في السوق", "مؤخرا", "DATE", "PAST_REF"),
        ("نتطلع إلى المستقبل بثقة", "المستقبل", "DATE", "FUTURE_REF"),
    ],
)
def test_timex_reads_durations_sets_and_references(text: str, surface: str, label: str, value: str) -> None:
    found = _found(text, MON)
    assert found.get(surface) == (label, value), found


@pytest.mark.parametrize(
    "text",
    [
        "وكان الوزير قد صرح في وقت سابق بذلك",
        "سيعود الفريق في وقت لاحق إلى الملعب",
        "استغرق الأمر بعض الوقت",
        "انتظر الناس وقتا طويلا",
        "قال لصحيفة «اليوم» إن الموسم ناجح",
        "احتفلت المملكة باليوم الوطني",
        "أدى المصلون صلاة الجمعة في الجامع",
        "التقى زعيم تيار المستقبل بالسفير",
        "ألقى الأمين العام كلمة أمام الرأي العام",
    ],
)
def test_timex_ignores_non_temporal_uses(text: str) -> None:
    assert _found(text, MON) == {}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("عاد الوفد في العام الماضي", "العام الماضي"),
        ("لم يتغير شيء منذ أسبوعين", "أسبوعين"),
        ("استمر القتال حتى 5 مايو 2016 تقريبا", "5 مايو 2016"),
        ("وقعت الحادثة قبل عام 1990 بقليل", "عام 1990"),
        ("بدأ التنفيذ خلال الأسبوع المقبل", "الأسبوع المقبل"),
        ("ارتفع الإنتاج بنهاية العام الماضي", "نهاية العام الماضي"),
        ("تراجع المؤشر للعام الثاني", ""),
    ],
)
def test_timex_span_leaves_out_prepositions_and_clitics(text: str, surface: str) -> None:
    assert [text[s.start : s.end] for s in find_timex(text, pub_date=MON)] == ([surface] if surface else [])


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("ـ قال الوزيـر أمـسِ إنّ اللقاءَ تمَّ في ٢٦ يناير ٢٠٢٢", "٢٦ يناير ٢٠٢٢", "2022-01-26")],
)
def test_timex_maps_folded_matches_back_to_original_offsets(text: str, surface: str, value: str) -> None:
    _check(text, TUE, surface, value)
    _check(text, TUE, "أمـسِ", "2022-01-31")


@pytest.mark.parametrize(("text", "window"), [("أمس وصل الوفد. اليوم غادر.", (15, 27))])
def test_timex_honours_window_and_excluded_regions(text: str, window: tuple[int, int]) -> None:
    spans = find_timex(text, pub_date=TUE, start=window[0], end=window[1])
    assert [text[s.start : s.end] for s in spans] == ["اليوم"]
    assert find_timex(text, pub_date=TUE, excluded=[Span(0, 14, "excluded")])[0].start == 15


@pytest.mark.shared
def test_timex_finds_most_gold_seed_expressions(shared_dir: object) -> None:
    from pathlib import Path

    gold = Path(str(shared_dir)) / "gold" / "seeds.jsonl"
    hits = total = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        pub = date.fromisoformat(record["pub_date"]) if record["pub_date"] else None
        spans = find_timex(record["text"], pub_date=pub)
        for g in record["timex"]:
            total += 1
            hits += any(s.start < g["end"] and g["start"] < s.end for s in spans)
    assert hits / total >= 0.8


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        ("وأعلنت الشركة أرباح النصف الأول من 2019 أمس.", date(2019, 8, 1), "النصف الأول من 2019", "2019"),
        (
            "ويتوقع أن تتحسن المبيعات في الربع الأخير من العام.",
            date(2019, 8, 1),
            "الربع الأخير من العام",
            "2019",
        ),
        ("ويستعد الفريق لمباراة الغد أمام منافسه.", date(2019, 8, 1), "الغد", "2019-08-02"),
        ("وسافر الوزير هذا الصيف إلى أوروبا.", date(2019, 8, 1), "هذا الصيف", "2019"),
        ("وكان قد زار البلاد الشتاء الماضي.", date(2019, 8, 1), "الشتاء الماضي", "2018"),
        (
            "وعقد الاجتماع يوم الاثنين الموافق 5 / 11 / 1440هـ في جدة.",
            None,
            "يوم الاثنين الموافق 5 / 11 / 1440",
            "2019-07-08",
        ),
        ("وصل الوفد يوم الثلاثاء 9 / 7 / 2019 إلى الرياض.", None, "يوم الثلاثاء 9 / 7 / 2019", "2019-07-09"),
    ],
)
def test_timex_reads_parts_of_years_seasons_and_dated_weekdays(
    text: str, pub: date | None, surface: str, value: str
) -> None:
    _check(text, pub, surface, value)


def test_clock_time_before_a_mecca_time_mark() -> None:
    text = "الرياض 09:40 ت م"
    assert _found(text, date(2019, 8, 1)).get("09:40 ت م") == ("TIME", "T09:40")


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        ("تراجعت أرباح الشركة في الربع الثالث 2014 بسبب الصيانة", None, "الربع الثالث 2014", "2014"),
        ("ارتفعت المبيعات خلال النصف الثاني للعام 2013 بنسبة كبيرة", None, "النصف الثاني للعام 2013", "2013"),
        ("ارتفعت المبيعات خلال الربع الأول للعام مقارنة بالسابق", MON, "الربع الأول للعام", "2015"),
        ("يستمر الغبار حتى نهاية الأسبوع في المنطقة الشرقية", MON, "نهاية الأسبوع", "2015-W30"),
        ("ينضم اللاعب نهاية الأسبوع الأول من سبتمبر", MON, "الأسبوع الأول من سبتمبر", "2015-09"),
        ("تبدأ الدورة الصيفية غرة شهر شوال", MON, "غرة شهر شوال", "2015-07-17"),
        ("تقام البطولة في الفترة من 3 وحتى 9 مارس المقبل", MON, "3 وحتى 9 مارس المقبل", "2016-03"),
        ("يحتاج القطاع نصف مليون عامل خلال السنوات الـ10 المقبلة", MON, "السنوات الـ10 المقبلة", "P10Y"),
        ("قدم الفريق مستويات جيدة هذا الموسم رغم الإصابات", MON, "هذا الموسم", "PRESENT_REF"),
        ("يستعد النادي للمشاركة في الموسم الجديد بقوة", MON, "الموسم الجديد", "FUTURE_REF"),
    ],
)
def test_timex_reads_quarters_without_of_weekends_ranges_to_and_counted_seasons(
    text: str, pub: date | None, surface: str, value: str
) -> None:
    _check(text, pub, surface, value)


@pytest.mark.parametrize(
    ("text", "pub", "surface", "value"),
    [
        ("وكان مسؤول في الشركة قال الخميس لوكالة الأنباء إن العمل مستمر", None, "الخميس", None),
        ("وكانت الوزارة أعلنت الأحد أن المدارس تفتح", TUE, "الأحد", "2022-01-30"),
        (
            "ستطلق المدارس برامج جديدة مع بداية العام الدراسي الجديد",
            TUE,
            "العام الدراسي الجديد",
            "FUTURE_REF",
        ),
        ("يأمل الوفد أن تنتهي المفاوضات في القريب العاجل", TUE, "القريب العاجل", "FUTURE_REF"),
    ],
)
def test_timex_reads_weekdays_after_speech_verbs_and_school_years(
    text: str, pub: date | None, surface: str, value: str | None
) -> None:
    _check(text, pub, surface, value)


def test_timex_does_not_read_the_school_year_as_the_calendar_year() -> None:
    assert "بداية العام" not in _found("تبدأ الدروس مع بداية العام الدراسي", TUE)
