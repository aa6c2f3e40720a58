"""Layout of the story page's timeline plot: dates to x on a right-to-left, broken time axis."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from akhbar.model import Citation, Conflict, TimelineRow
from akhbar.server.timeline_plot import TICK_GAP, WIDTH, parse_value, timeline_plot


def _row(value: str, text: str = "اجتمع الوزيران في جنيف", **kw: Any) -> TimelineRow:
    cite = Citation("a1", 0, len(text), "وكالة الأنباء", text, value)
    return TimelineRow(value, text, (cite,), **kw)


def _plot(rows: list[TimelineRow]) -> dict[str, Any]:
    plot = timeline_plot(rows)
    assert plot is not None
    return plot


def _cx(plot: dict[str, Any], index: int) -> list[float]:
    (row,) = (r for r in plot["rows"] if r["index"] == index)
    return [m["cx"] for m in row["marks"]]


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2022-01-26", date(2022, 1, 26), date(2022, 1, 26), "day"),
        ("2022-02", date(2022, 2, 1), date(2022, 2, 28), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2021-12", date(2021, 12, 1), date(2021, 12, 31), "month"),
        ("1997", date(1997, 1, 1), date(1997, 12, 31), "year"),
    ],
)
def test_calendar_values_cover_their_days(value: str, first: date, last: date, precision: str) -> None:
    interval = parse_value(value)
    assert interval is not None
    assert (date.fromordinal(interval.lo), date.fromordinal(interval.hi)) == (first, last)
    assert interval.precision == precision


@pytest.mark.parametrize(
    "value", ["2022-W05", "PRESENT_REF", "2022-13", "2022-02-30", "XXXX-01-26", "", None]
)
def test_values_the_axis_cannot_place_are_refused(value: str | None) -> None:
    assert parse_value(value) is None


@pytest.mark.parametrize(("early", "late"), [("2022-01-21", "2022-01-26")])
def test_earlier_events_sit_to_the_right(early: str, late: str) -> None:
    plot = _plot([_row(late), _row(early)])
    assert _cx(plot, 1)[0] > _cx(plot, 0)[0]


@pytest.mark.parametrize(("a", "b", "c"), [("2022-01-20", "2022-01-21", "2022-01-30")])
def test_distance_within_a_stretch_is_proportional_to_days(a: str, b: str, c: str) -> None:
    plot = _plot([_row(a), _row(b), _row(c)])
    (xa,), (xb,), (xc,) = (_cx(plot, i) for i in range(3))
    assert xa - xb == pytest.approx((xb - xc) / 9, abs=0.2)
    assert plot["breaks"] == []


@pytest.mark.parametrize(("old", "recent"), [("1997", "2022-01-26")])
def test_a_long_gap_becomes_a_break_between_stretches(old: str, recent: str) -> None:
    plot = _plot([_row(old), _row(recent)])
    (x_old,), (x_recent,) = _cx(plot, 0), _cx(plot, 1)
    (mark,) = plot["breaks"]
    assert x_recent < mark < x_old
    assert [t["year"] for t in sorted(plot["ticks"], key=lambda t: -t["x"])] == [1997, 2022]


@pytest.mark.parametrize(("first", "second"), [("2022-01-26", "2022-02-01")])
def test_a_date_conflict_marks_both_versions_joined_by_a_line(first: str, second: str) -> None:
    cites = (
        Citation("a1", 0, 10, "صحيفة المرصد الليبية", "في 26 يناير أرسل لافروف رسالة", first),
        Citation("a2", 5, 15, "دار الهلال", "الرسالة التي تم إرسالها اليوم", second),
    )
    conflict = Conflict("date", ((first, (0,)), (second, (1,))))
    row = TimelineRow(first, "أرسل لافروف رسالة", cites, conflict=True, conflicts=(conflict,))
    plot = _plot([row])
    (shape,) = plot["rows"]
    assert [m["value"] for m in shape["marks"]] == [first, second]
    x_first, x_second = _cx(plot, 0)
    assert x_first > x_second
    assert shape["link"] == {"x1": x_second, "x2": x_first}
    assert shape["conflict"] is True


@pytest.mark.parametrize("month", ["2022-02"])
def test_a_month_is_drawn_as_a_bar_across_it(month: str) -> None:
    plot = _plot([_row("2022-01-26"), _row(month)])
    (bar,) = plot["rows"][1]["marks"]
    assert bar["x1"] < bar["cx"] < bar["x2"]
    (day,) = _cx(plot, 0)
    assert day > bar["x2"]


@pytest.mark.parametrize("days", [["2022-01-24", "2022-01-25", "2022-01-25", "2022-01-26"]])
def test_points_that_would_overlap_are_stacked_in_lanes_above_the_axis(days: list[str]) -> None:
    plot = _plot([_row(d) for d in days])
    radius = plot["radius"]
    for a, b in itertools.combinations(plot["rows"], 2):
        apart = abs(a["marks"][0]["cx"] - b["marks"][0]["cx"]) >= 2 * radius or a["y"] != b["y"]
        assert apart, (a, b)
    assert all(0 < r["y"] < plot["axis_y"] for r in plot["rows"])
    assert all(0 <= m["cx"] <= WIDTH for r in plot["rows"] for m in r["marks"])


@pytest.mark.parametrize(
    "days", [["2021-12-17", "2022-01-21", "2022-01-24", "2022-01-26", "2022-01-28", "2022-02-01", "2022-02"]]
)
def test_tick_labels_never_crowd_each_other(days: list[str]) -> None:
    ticks = _plot([_row(d) for d in days])["ticks"]
    assert {(t["year"], t["month"], t["kind"]) for t in ticks} >= {(2022, 1, "month"), (2022, 2, "month")}
    for a, b in itertools.combinations(ticks, 2):
        assert abs(a["x"] - b["x"]) >= TICK_GAP


@pytest.mark.parametrize("years", [[str(y) for y in range(1950, 2030, 2)]])
def test_many_scattered_years_still_fit_the_view_box(years: list[str]) -> None:
    plot = _plot([_row(y) for y in years])
    xs = [m[k] for r in plot["rows"] for m in r["marks"] for k in ("x1", "x2")]
    assert 0 <= min(xs) < max(xs) <= WIDTH
    assert _cx(plot, 0)[0] > _cx(plot, len(years) - 1)[0]


def test_rows_without_a_placeable_date_are_left_off_but_keep_their_index() -> None:
    plot = _plot([_row("PRESENT_REF"), _row("2022-01-26")])
    assert [r["index"] for r in plot["rows"]] == [1]
    assert (plot["first"], plot["last"]) == ("2022-01-26", "2022-01-26")
    assert timeline_plot([_row("PRESENT_REF")]) is None
    assert timeline_plot([]) is None
