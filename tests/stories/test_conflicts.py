"""Conflicts: one event told with dates (or figures) that cannot all be true is one flagged row."""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.extract.pipeline import add_events, add_sentences, add_timex
from akhbar.model import Article, Conflict, Span
from akhbar.stories.conflicts import compatible, date_conflict, figures, number_conflicts, trigger_key
from akhbar.stories.timeline import build_timeline

NAMES = {
    "سامي العلي": ("PERS", "سامي العلي"),
    "العلي": ("PERS", "سامي العلي"),
    "خالد الحسن": ("PERS", "خالد الحسن"),
    "عمان": ("LOC", "عمان"),
    "القاهرة": ("LOC", "القاهرة"),
    "الموصل": ("LOC", "الموصل"),
}


def _article(text: str, source: str, *, pub: date | None = None) -> Article:
    """Sentences, timex and events by the rule-based steps; entities by hand from ``NAMES``."""
    art = Article.from_text(text, source=source, pub_date=pub, outlet=source.split(".")[0])
    entities: list[Span] = []
    for name, (label, canonical) in NAMES.items():
        at = text.find(name)
        while at >= 0:
            span = Span(at, at + len(name), label, {"canonical": canonical})
            if not any(span.overlaps(e) for e in entities):
                entities.append(span)
            at = text.find(name, at + 1)
    art = add_sentences(art).with_spans("entities", sorted(entities, key=lambda s: s.start))
    return add_events(add_timex(art))


LETTER_EARLY = (
    "في 10 أبريل 2023، أرسل وزير الخارجية سامي العلي رسالة إلى نظرائه العرب بشأن أزمة المياه، "
    "ودعاهم إلى اجتماع طارئ."
)
LETTER_LATE = (
    "أعلن وزير الخارجية سامي العلي، اليوم الخميس، أنه ينتظر ردودا سريعة، "
    "على الرسالة التي تم إرسالها في 14 أبريل الجاري بشأن أزمة المياه."
)
MEETING_EARLY = "التقى وزير الخارجية سامي العلي نظيره خالد الحسن في عمان يوم 3 مايو 2023."
MEETING_LATE = "التقى وزير الخارجية سامي العلي نظيره خالد الحسن في القاهرة يوم 17 مايو 2023."
TALKS_EARLY = "اجتمع سامي العلي وخالد الحسن في 3 مايو 2023."
TALKS_LATE = "اجتمع سامي العلي وخالد الحسن في 17 مايو 2023 لبحث ملف اللاجئين."


@pytest.mark.parametrize(("early", "late"), [(LETTER_EARLY, LETTER_LATE)])
def test_one_letter_sent_on_two_dates_is_one_conflict_row_citing_both(early: str, late: str) -> None:
    a = _article(early, "أ.txt", pub=date(2023, 4, 20))
    b = _article(late, "ب.txt", pub=date(2023, 4, 20))  # a Thursday
    (row,) = [r for r in build_timeline([a, b]) if r.conflict]
    assert row.date == "2023-04-10"
    assert [(c.article_id, c.date) for c in row.citations] == [(a.id, "2023-04-10"), (b.id, "2023-04-14")]
    assert "رسالة" in row.citations[0].text and "الرسالة" in row.citations[1].text
    assert row.conflicts == (Conflict("date", (("2023-04-10", (0,)), ("2023-04-14", (1,)))),)


@pytest.mark.parametrize(("early", "late"), [(MEETING_EARLY, MEETING_LATE), (TALKS_EARLY, TALKS_LATE)])
def test_two_meetings_of_the_same_people_are_two_rows_not_a_conflict(early: str, late: str) -> None:
    rows = build_timeline([_article(early, "أ.txt"), _article(late, "ب.txt")])
    assert [(r.date, r.conflict) for r in rows] == [("2023-05-03", False), ("2023-05-17", False)]


@pytest.mark.parametrize(
    "text",
    [
        "في 10 أبريل 2023، أرسل سامي العلي رسالة إلى نظرائه بشأن أزمة المياه. "
        "وفي 20 أبريل 2023، أرسل سامي العلي رسالة ثانية إلى نظرائه بشأن أزمة المياه."
    ],
)
def test_one_article_telling_two_dates_is_two_events_not_a_conflict(text: str) -> None:
    rows = build_timeline([_article(text, "أ.txt")])
    assert [(r.date, r.conflict) for r in rows] == [("2023-04-10", False), ("2023-04-20", False)]


@pytest.mark.parametrize(
    ("first", "second", "about", "values"),
    [
        (
            "قتل 5 أشخاص في انفجار سيارة مفخخة في الموصل يوم 4 مايو 2023.",
            "قتل 7 أشخاص في انفجار سيارة مفخخة في الموصل يوم 4 مايو 2023.",
            "اشخاص",
            ("5", "7"),
        ),
        (
            "أسفر انفجار سيارة مفخخة في الموصل يوم 4 مايو 2023 عن مقتل خمسة أشخاص.",
            "أسفر انفجار سيارة مفخخة في الموصل يوم 4 مايو 2023 عن مقتل سبعة أشخاص.",
            "اشخاص",
            ("5", "7"),
        ),
    ],
)
def test_different_figures_for_one_event_are_a_number_conflict(
    first: str, second: str, about: str, values: tuple[str, str]
) -> None:
    a, b = _article(first, "أ.txt"), _article(second, "ب.txt")
    (row,) = build_timeline([a, b])
    assert row.conflict and row.date == "2023-05-04"
    (conflict,) = row.conflicts
    assert (conflict.kind, conflict.about) == ("number", about)
    assert [(v, [row.citations[i].article_id for i in ix]) for v, ix in conflict.versions] == [
        (values[0], [a.id]),
        (values[1], [b.id]),
    ]


@pytest.mark.parametrize("text", ["قتل 5 أشخاص في انفجار سيارة مفخخة في الموصل يوم 4 مايو 2023."])
def test_the_same_figure_twice_is_no_conflict(text: str) -> None:
    (row,) = build_timeline([_article(text, "أ.txt"), _article(text.replace("قتل", "وقتل"), "ب.txt")])
    assert not row.conflict and len(row.citations) == 2


@pytest.mark.parametrize(
    ("dates", "origins", "versions"),
    [
        (["2022-01-26", "2022-02-01"], ["a", "b"], [("2022-01-26", (0,)), ("2022-02-01", (1,))]),
        (["2022-01-26", "2022-01", "2022"], ["a", "b", "c"], None),
        (["2022-01-26", "2022-02-01"], ["a", "a"], None),  # a copy carries its original's origin
        (["2022-01-26", "2022-02-01", "2022"], ["a", "a", "b"], None),  # a coarse date contradicts neither
        (
            ["2022-02-01", None, "2022-01-26", "2022-02"],
            ["a", "b", "c", "d"],
            [("2022-01-26", (2,)), ("2022-02-01", (0, 3))],
        ),
    ],
)
def test_date_conflict_versions_are_the_narrowest_dates_that_exclude_each_other(
    dates: list[str | None], origins: list[str], versions: list[tuple[str, tuple[int, ...]]] | None
) -> None:
    found = date_conflict(dates, origins)
    assert (list(found.versions) if found else None) == versions


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2022-01", "2022-01-26", True),
        ("2021", "2021-12-17", True),
        ("2022-01-26", "2022-02-01", False),
        ("2022-W04", "2022-01-26", True),
        ("2021", "2022-01", False),
        ("PRESENT_REF", "2022-01-26", False),
    ],
)
def test_dates_are_compatible_when_one_can_contain_the_other(a: str, b: str, expected: bool) -> None:
    assert compatible(a, b) is expected


@pytest.mark.parametrize(
    ("verb", "noun", "same"),
    [("أرسل", "إرسالها", True), ("قدمت", "تقديم", True), ("أعلنت", "إعلان", True), ("نشرت", "أرسل", False)],
)
def test_a_verb_and_its_verbal_noun_share_a_trigger_key(verb: str, noun: str, same: bool) -> None:
    assert (trigger_key(verb) == trigger_key(noun)) is same


@pytest.mark.parametrize(
    ("first", "second"),
    [("أصيب 12 شخصا ومات 3 في الحادث", "أصيب 12 شخصا ومات 3 في الحادث")],
)
def test_one_source_giving_two_counts_is_not_a_conflict_with_itself(first: str, second: str) -> None:
    cited = [figures(first, 0, len(first)), figures(second, 0, len(second))]
    assert number_conflicts(cited, ["a", "b"]) == []
    assert number_conflicts([figures(first, 0, len(first))] * 2, ["a", "a"]) == []


@pytest.mark.parametrize(
    ("wire", "usual"),
    [("ارتفعت نسبة البطالة إلى 5ر11 بالمئة", "ارتفعت نسبة البطالة إلى 11.5 بالمئة")],
)
def test_a_wire_style_figure_is_the_number_another_outlet_prints(wire: str, usual: str) -> None:
    cited = [figures(wire, 0, len(wire)), figures(usual, 0, len(usual))]
    assert cited[0] == cited[1] == {"ميه": {"11.5"}}  # filed under «المئة», read as 11.5 in both
    assert number_conflicts(cited, ["a", "b"]) == []
