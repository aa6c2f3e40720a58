"""Dated events: one per sentence with a dated timex, its trigger and participants."""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.extract.events import date_rank, find_events
from akhbar.extract.timex import find_timex
from akhbar.model import Span
from akhbar.text.sentences import iter_sentences

PUB = date(2015, 7, 20)


def _events(text: str, entities: tuple[Span, ...] = (), excluded: tuple[Span, ...] = ()) -> list[Span]:
    sentences = [Span(s, e, "sentence") for s, e in iter_sentences(text)]
    timex = find_timex(text, pub_date=PUB)
    return find_events(text, sentences=sentences, timex=timex, entities=entities, excluded=excluded)


@pytest.mark.parametrize(
    ("text", "date_value", "trigger"),
    [
        ("في 12 مارس 2014، وقع الطرفان اتفاقا للتعاون.", "2014-03-12", "وقع"),
        ("زار الوزير المصنع أمس برفقة المحافظ.", "2015-07-19", "زار"),
        ("أعلنت الشركة، اليوم الاثنين، أن أرباحها تتراجع.", "2015-07-20", "أعلنت"),
        ("وتم توقيع العقد في 2013 بحضور المسؤولين.", "2013", "توقيع"),
        ("قال المتحدث الأسبوع الماضي إن المشروع تعثر عام 2010.", "2015-W29", "قال"),
    ],
)
def test_events_take_the_most_precise_date_and_nearest_trigger(
    text: str, date_value: str, trigger: str
) -> None:
    (event,) = _events(text)
    assert event.attrs["date"] == date_value
    assert event.attrs["trigger"] == trigger
    assert text[event.attrs["trigger_start"] : event.attrs["trigger_end"]] == trigger
    assert (event.start, event.end) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    ["استمرت الأزمة ثلاثة أعوام.", "تراجعت الأسعار مؤخرا.", "يجتمع المجلس سنويا."],
)
def test_events_need_a_dated_timex(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("التقى خالد بالسفير في الرياض أمس.", ["خالد بن سلمان", "الرياض"])],
)
def test_events_list_participants_by_canonical_name(text: str, names: list[str]) -> None:
    person = Span(text.index("خالد"), text.index("خالد") + 4, "PERS", {"canonical": "خالد بن سلمان"})
    place = Span(text.index("الرياض"), text.index("الرياض") + 6, "LOC")
    (event,) = _events(text, entities=(person, place))
    assert event.attrs["participants"] == names
    assert event.attrs["trigger"] == "التقى"


@pytest.mark.parametrize(("text", "cut"), [("اقرأ أيضا: وصل الوفد أمس. غادر الوزير اليوم.", 26)])
def test_events_skip_excluded_sentences(text: str, cut: int) -> None:
    events = _events(text, excluded=(Span(0, cut, "excluded"),))
    assert [e.attrs["trigger"] for e in events] == ["غادر"]


@pytest.mark.parametrize(
    ("value", "rank"),
    [
        ("2015-07-20", 4),
        ("2015-W29", 3),
        ("2015-07", 2),
        ("2015", 1),
        ("PRESENT_REF", 0),
        ("P3Y", -1),
        (None, -1),
    ],
)
def test_events_rank_dates_by_precision(value: str | None, rank: float) -> None:
    assert date_rank(value) == rank


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وكانت اللجنة قد أصدرت، نهاية عام 2014، تقريرا أوليا، وفي 14 مارس، أعلنت الحكومة نتائج التحقيق.",
            [
                ("2014", "أصدرت", "وكانت اللجنة قد أصدرت، نهاية عام 2014، تقريرا أوليا"),
                ("2015-03-14", "أعلنت", "وفي 14 مارس، أعلنت الحكومة نتائج التحقيق."),
            ],
        ),
        (
            "أعلن الوزير، اليوم الاثنين، أنه ينتظر ردودا، على الرسالة التي تم إرسالها في 14 يوليو الجاري.",
            [
                ("2015-07-20", "أعلن", "أعلن الوزير، اليوم الاثنين، أنه ينتظر ردودا"),
                ("2015-07-14", "إرسالها", "على الرسالة التي تم إرسالها في 14 يوليو الجاري."),
            ],
        ),
    ],
)
def test_a_sentence_telling_two_dated_occurrences_gives_two_events(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    events = _events(text)
    assert [(e.attrs["date"], e.attrs["trigger"], text[e.start : e.end]) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "surface"),
    [
        ("يوم الأربعاء، استقال الوزير من منصبه.", "استقال", "يوم الأربعاء"),
        ("في 26 يناير، وقع الطرفان الاتفاق.", "وقع", "26 يناير"),
    ],
)
def test_an_unresolved_date_still_gives_an_event_without_a_date(
    text: str, trigger: str, surface: str
) -> None:
    sentences = [Span(s, e, "sentence") for s, e in iter_sentences(text)]
    timex = find_timex(text, pub_date=None)
    (event,) = find_events(text, sentences=sentences, timex=timex)
    assert event.attrs["date"] is None
    assert event.attrs["trigger"] == trigger
    assert text[event.attrs["timex_start"] : event.attrs["timex_end"]].strip() == surface
