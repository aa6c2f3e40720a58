"""The cross-source timeline: one row per event, merged across outlets, dated, described and cited."""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.extract.pipeline import add_events, add_sentences, add_timex
from akhbar.model import Article, Span
from akhbar.stories.conflicts import Hint
from akhbar.stories.timeline import build_timeline

NAMES = {
    "مصر": ("LOC", "مصر"),
    "السودان": ("LOC", "السودان"),
    "الخرطوم": ("LOC", "الخرطوم"),
    "بغداد": ("LOC", "بغداد"),
    "سامي العلي": ("PERS", "سامي العلي"),
    "السفير الياباني": ("PERS", "السفير الياباني"),
}


def _article(
    text: str, source: str, *, pub: date | None = None, outlet: str | None = None, copy_of: str | None = None
) -> Article:
    """Sentences, timex and events by the rule-based steps; entities by hand from ``NAMES``."""
    art = Article.from_text(text, source=source, pub_date=pub, outlet=outlet or source, copy_of=copy_of)
    entities = []
    for name, (label, canonical) in NAMES.items():
        at = text.find(name)
        while at >= 0:
            entities.append(Span(at, at + len(name), label, {"canonical": canonical}))
            at = text.find(name, at + 1)
    art = add_sentences(art).with_spans("entities", sorted(entities, key=lambda s: s.start))
    return add_events(add_timex(art))


SIGNED_A = "وقعت مصر والسودان في 2 مارس 2023 اتفاقا لتقاسم مياه النيل بحضور وزيري الري."
SIGNED_B = "في 2 مارس 2023، وقعت مصر والسودان اتفاق تقاسم مياه النيل في الخرطوم."
SIGNED_MONTH = "في مارس 2023 وقعت مصر والسودان اتفاقا لتقاسم مياه النيل."
BLAST = "انفجرت سيارة مفخخة في بغداد في 2 مارس 2023 قرب سوق شعبي."


@pytest.mark.parametrize(("first", "second"), [(SIGNED_A, SIGNED_B)])
def test_one_event_from_two_outlets_is_one_row_citing_both(first: str, second: str) -> None:
    a = _article(first, "a.txt", pub=date(2023, 3, 3), outlet="وكالة الشرق")
    b = _article(second, "b.txt", pub=date(2023, 3, 4), outlet="صحيفة النيل")
    (row,) = build_timeline([a, b])
    assert row.date == "2023-03-02"
    assert row.outlets == ("وكالة الشرق", "صحيفة النيل") == row.sources
    assert [(c.article_id, c.text, c.date) for c in row.citations] == [
        (a.id, first, "2023-03-02"),
        (b.id, second, "2023-03-02"),
    ]
    assert not row.conflict


@pytest.mark.parametrize(("coarse", "fine"), [(SIGNED_MONTH, SIGNED_A)])
def test_a_coarser_date_joins_the_row_which_takes_the_narrowest(coarse: str, fine: str) -> None:
    rows = build_timeline([_article(coarse, "m.txt", pub=date(2023, 4, 1)), _article(fine, "d.txt")])
    (row,) = rows
    assert row.date == "2023-03-02"
    assert sorted(c.date for c in row.citations if c.date) == ["2023-03", "2023-03-02"]


@pytest.mark.parametrize("text", [SIGNED_A])
def test_a_copy_carries_the_event_but_does_not_confirm_it(text: str) -> None:
    original = _article(text, "a.txt", outlet="وكالة الشرق")
    copy = _article(text, "b.txt", outlet="موقع الناقل", copy_of=original.id)
    (row,) = build_timeline([original, copy])
    assert row.outlets == ("وكالة الشرق", "موقع الناقل")
    assert row.sources == ("وكالة الشرق",)
    assert [c.copy_of for c in row.citations] == [None, original.id]


@pytest.mark.parametrize(("signed", "blast"), [(SIGNED_A, BLAST)])
def test_two_events_of_one_day_stay_two_rows(signed: str, blast: str) -> None:
    rows = build_timeline([_article(signed, "a.txt"), _article(blast, "b.txt")])
    assert sorted(r.description[:6] for r in rows) == sorted([signed[:6], blast[:6]])
    assert all(r.date == "2023-03-02" and len(r.citations) == 1 for r in rows)


@pytest.mark.parametrize(
    ("undated", "given"),
    [
        ("يوم الخميس، وقعت مصر والسودان اتفاقا لتقاسم مياه النيل في الخرطوم.", "2023-03-02"),
        ("في 2 مارس، وقعت مصر والسودان اتفاقا لتقاسم مياه النيل في الخرطوم.", "2023-03-02"),
    ],
)
def test_an_undated_article_is_placed_by_what_its_date_words_fix(undated: str, given: str) -> None:
    dated = _article(SIGNED_A, "a.txt", pub=date(2023, 3, 3))
    loose = _article(undated, "b.txt")  # no publication date: its timex value is None
    assert loose.spans("events")[0].attrs["date"] is None
    (row,) = build_timeline([dated, loose])
    assert [(c.article_id, c.date) for c in row.citations] == [(dated.id, "2023-03-02"), (loose.id, given)]


@pytest.mark.parametrize(
    "undated", ["يوم السبت، وقعت مصر والسودان اتفاقا لتقاسم مياه النيل في الخرطوم."]
)  # 2 March 2023 is a Thursday
def test_a_weekday_that_does_not_fit_is_not_placed(undated: str) -> None:
    rows = build_timeline([_article(SIGNED_A, "a.txt"), _article(undated, "b.txt")])
    assert [len(r.citations) for r in rows] == [1]


@pytest.mark.parametrize(
    ("texts", "dates"),
    [
        (
            [
                "انفجرت سيارة مفخخة في بغداد في 9 مايو 2023 قرب سوق شعبي.",
                "استقبل سامي العلي السفير الياباني في 14 يناير 2022 في مكتبه.",
                SIGNED_A,
            ],
            ["2022-01-14", "2023-03-02", "2023-05-09"],
        )
    ],
)
def test_rows_are_sorted_by_date(texts: list[str], dates: list[str]) -> None:
    rows = build_timeline([_article(t, f"{i}.txt") for i, t in enumerate(texts)])
    assert [r.date for r in rows] == dates


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "(الخرطوم - وكالة الشرق - 3 مارس 2023) وقعت مصر والسودان في 2 مارس 2023 اتفاقا لتقاسم مياه النيل.",
            "وقعت مصر والسودان في 2 مارس 2023 اتفاقا لتقاسم مياه النيل",
        )
    ],
)
def test_description_is_the_sources_words_without_the_dateline(text: str, description: str) -> None:
    (row,) = build_timeline([_article(text, "a.txt")])
    assert row.description == description


@pytest.mark.parametrize(
    ("hint", "value", "expected"),
    [
        (Hint(12, 17), "2021", (True, "2021-12-17")),
        (Hint(1, 26), "2022-02", (False, None)),
        (Hint(weekday=2), "2022-01-26", (True, "2022-01-26")),
        (Hint(weekday=3), "2022-01-26", (False, "2022-01-26")),
        (Hint(weekday=3), "2022-01", (True, None)),
        (Hint(), "2022-01-26", (True, None)),
        (Hint(3), "2023", (True, "2023-03")),
    ],
)
def test_hint_fits_a_date_and_says_what_date_it_gives(
    hint: Hint, value: str, expected: tuple[bool, str | None]
) -> None:
    assert hint.place(value) == expected
