from __future__ import annotations

from datetime import date

import pytest

from akhbar.text.dates import WEEKDAYS, find_dates, find_weekdays, hijri_to_gregorian, month_number


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("وصل الوفد في 3 آذار 2021 إلى جنيف", "3 آذار 2021", date(2021, 3, 3)),
        ("(عمان / بترا - 14 حزيران 2023ء) قال", "14 حزيران 2023", date(2023, 6, 14)),
        ("جرت الانتخابات في 9 كانون الأول/ ديسمبر 2019", "9 كانون الأول/ ديسمبر 2019", date(2019, 12, 9)),
        ("اجتمعوا في 5 تشرين الثاني (نوفمبر) 2020 مساء", "5 تشرين الثاني (نوفمبر) 2020", date(2020, 11, 5)),
        ("نشر في ٧ فيفري ٢٠٢٣", "٧ فيفري ٢٠٢٣", date(2023, 2, 7)),
        ("Posted 3rd, March 2021 GMT", "3rd, March 2021", date(2021, 3, 3)),
        ("Updated September 12, 2022", "September 12, 2022", date(2022, 9, 12)),
        ("الخميس 6 أغسطس 2015م", "الخميس 6 أغسطس 2015", date(2015, 8, 6)),
        ("أخبار محلية3-4-2021 | 10:05", "3-4-2021", date(2021, 4, 3)),
        ("صدر في 2019/11/30 القرار", "2019/11/30", date(2019, 11, 30)),
        ("بتاريخ 30/11/2019 م", "30/11/2019", date(2019, 11, 30)),
        ("منذ 2018-05-17 حتى اليوم", "2018-05-17", date(2018, 5, 17)),
    ],
)
def test_find_dates_reads_written_and_numeric_dates(text: str, surface: str, value: date) -> None:
    match = find_dates(text)[0]
    assert text[match.start : match.end] == surface
    assert match.to_date() == value


@pytest.mark.parametrize(
    ("text", "surface", "fields"),
    [
        ("في 12 أيلول الماضي", "12 أيلول", (None, 9, 12)),
        ("في أبريل من العام نفسه", "أبريل", (None, 4, None)),
        ("موازنة يوليو 2016", "يوليو 2016", (2016, 7, None)),
        ("وصل في 3 رمضان 1440 هـ", "3 رمضان 1440", (1440, 9, 3)),
    ],
)
def test_find_dates_keeps_partial_dates_without_inventing_fields(
    text: str, surface: str, fields: tuple[int | None, int | None, int | None]
) -> None:
    match = find_dates(text)[0]
    assert text[match.start : match.end] == surface
    assert (match.year, match.month, match.day) == fields


@pytest.mark.parametrize(
    "text",
    [
        "مارس الضغط على الحكومة",  # a verb, not March
        "قال أب الضحية إنه ينتظر",  # father, not August
        "فازوا بنتيجة 38-0 أمس",  # a score
        "سجل 31 فبراير 2021",  # no such day
        "وصل عند 21:14",  # a time
    ],
)
def test_find_dates_ignores_words_and_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "calendar", "value"),
    [
        ("الرياض 26 شوال 1436 هـ", "hijri", date(2015, 8, 11)),  # SPA: «26 شوال 1436 الموافق 11 أغسطس 2015»
        ("الموافق 6-10-1436هـ", "hijri", date(2015, 7, 22)),
        ("11 أغسطس 2015 م", "gregorian", date(2015, 8, 11)),
    ],
)
def test_hijri_dates_convert_with_the_umm_al_qura_calendar(text: str, calendar: str, value: date) -> None:
    match = find_dates(text)[0]
    assert match.calendar == calendar
    assert match.to_date() == value


def test_era_mark_stays_outside_the_match() -> None:
    text = "في 4 مايو 2019ء"
    match = find_dates(text)[0]
    assert text[match.start : match.end] == "4 مايو 2019"


def test_weekday_in_front_of_a_date_is_kept_as_written() -> None:
    text = "الأحد، 2 يناير 2022"
    match = find_dates(text)[0]
    assert (match.weekday, WEEKDAYS[match.weekday or 0]) == (6, "الأحد")
    assert match.to_date() == date(2022, 1, 2)


@pytest.mark.parametrize(
    ("text", "surface", "weekday"),
    [
        ("قال اليوم (الأربعاء) إن", "الأربعاء", 2),
        ("أعلن اليوم الإثنين", "الإثنين", 0),
        ("وصل مساء السبت", "السبت", 5),
    ],
)
def test_find_weekdays_reports_original_offsets(text: str, surface: str, weekday: int) -> None:
    match = find_weekdays(text)[0]
    assert (text[match.start : match.end], match.weekday) == (surface, weekday)


def test_find_dates_honours_the_range_and_keeps_text_offsets() -> None:
    text = "عنوان 1 يناير 2020\nنص 2 فبراير 2021"
    start = text.index("\n")
    match = find_dates(text, start)[0]
    assert text[match.start : match.end] == "2 فبراير 2021"


@pytest.mark.parametrize(("name", "expected"), [("آب", (8, "gregorian")), ("ربيع الآخر", (4, "hijri"))])
def test_month_number_knows_every_spelling(name: str, expected: tuple[int, str]) -> None:
    assert month_number(name) == expected


@pytest.mark.parametrize(
    ("hijri", "expected"),
    [((1436, 9, 1), date(2015, 6, 18)), ((1445, 9, 1), date(2024, 3, 11)), ((1436, 13, 1), None)],
)
def test_hijri_to_gregorian(hijri: tuple[int, int, int], expected: date | None) -> None:
    assert hijri_to_gregorian(*hijri) == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "value"),
    [
        (1436, 1, 30, None),  # Muharram 1436 had 29 days in Umm al-Qura
        (1300, 1, 1, date(1882, 11, 12)),  # before the tables: the arithmetic calendar
        (1436, 13, 1, None),
    ],
)
def test_hijri_conversion_refuses_impossible_days_and_falls_back_outside_the_tables(
    year: int, month: int, day: int, value: date | None
) -> None:
    assert hijri_to_gregorian(year, month, day) == value
