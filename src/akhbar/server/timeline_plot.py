"""Layout of the story page's timeline plot: where each dated row sits on a right-to-left time axis.

The page draws it as inline SVG from the plain dict :func:`timeline_plot` returns, so the plot needs
no JavaScript library, no CDN and no network. Stories mix a few old background dates (1997, 2016)
with a dense run of recent days, so the axis is *broken*: dates closer than :data:`GAP_DAYS` share one
linear stretch, and each longer gap becomes a fixed-width break mark. Within a stretch the distance
between two points is proportional to the days between them. Earliest is on the right, as the page
reads. A row whose sources disagree on its date gets one mark per version, joined by a dashed line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from akhbar.model import TimelineRow

WIDTH = 640
MARGIN = 24
BREAK = 28
MIN_STRETCH = 52
PAD = 14
RADIUS = 8
LANE = 26
TICK_GAP = 64
GAP_DAYS = 45

_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class _Interval:
    """The days a TIMEX3 value covers: one day, a whole month or a whole year (ordinals, inclusive)."""

    lo: int
    hi: int
    precision: str
    value: str


def parse_value(value: str | None) -> _Interval | None:
    """The days covered by a calendar value (``2022-01-26``, ``2022-02``, ``1997``); ``None`` otherwise.

    Values the axis cannot place (``2022-W05``, ``PRESENT_REF``, an impossible date) give ``None``:
    the row stays in the table under the plot, just not on it.
    """
    m = _VALUE.fullmatch(value or "")
    if m is None:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day is not None and month is not None:
            one = date(year, int(month), int(day)).toordinal()
            return _Interval(one, one, "day", m[0])
        if month is not None:
            first = date(year, int(month), 1)
            after = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return _Interval(first.toordinal(), after.toordinal() - 1, "month", m[0])
        return _Interval(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal(), "year", m[0])
    except ValueError:
        return None


def _marks(row: TimelineRow) -> list[_Interval]:
    """One mark per date the sources give (a date conflict's versions), else the row's own date."""
    values = [v for c in row.conflicts if c.kind == "date" for v, _ in c.versions]
    marks = {iv for iv in map(parse_value, values) if iv is not None}
    if not marks:
        marks = {iv for iv in (parse_value(row.date),) if iv is not None}
    return sorted(marks, key=lambda m: (m.lo, m.hi))


def _stretches(intervals: list[_Interval]) -> list[list[_Interval]]:
    """Intervals grouped into runs with no gap longer than ``GAP_DAYS`` inside."""
    runs: list[list[_Interval]] = []
    for iv in sorted(intervals, key=lambda i: (i.lo, i.hi)):
        if runs and iv.lo - max(i.hi for i in runs[-1]) <= GAP_DAYS:
            runs[-1].append(iv)
        else:
            runs.append([iv])
    return runs


class _Axis:
    """Maps a day ordinal to an x coordinate: piecewise linear, mirrored so earliest is on the right."""

    def __init__(self, runs: list[list[_Interval]]) -> None:
        spans = [(min(i.lo for i in run), max(i.hi for i in run)) for run in runs]
        # many scattered years: breaks and stretches shrink so the axis still fits the view box
        usable = WIDTH - 2 * MARGIN
        gap = min(BREAK, usable / (3 * len(runs)))
        floor = min(MIN_STRETCH, (usable - gap * (len(runs) - 1)) / len(runs))
        spare = usable - gap * (len(runs) - 1) - floor * len(runs)
        # a stretch that covers time grows with the square of its marks, so the dense run of recent
        # days gets the room it needs to separate them; a single day stays narrow
        weights = [len(run) ** 2 if hi > lo else 0 for run, (lo, hi) in zip(runs, spans, strict=True)]
        if not any(weights):
            weights = [1] * len(runs)
        self.segments: list[tuple[int, int, float, float]] = []
        self.breaks: list[float] = []
        left = float(MARGIN)
        for (lo, hi), weight in zip(spans, weights, strict=True):
            width = floor + spare * weight / sum(weights)
            self.segments.append((lo, hi, left, left + width))
            left += width + gap
            self.breaks.append(left - gap / 2)
        self.breaks.pop()

    def x(self, ordinal: float) -> float:
        for lo, hi, x0, x1 in self.segments:
            if lo <= ordinal <= hi:
                pad = min(PAD, (x1 - x0) / 4)
                ltr = (
                    (x0 + x1) / 2 if hi == lo else x0 + pad + (x1 - x0 - 2 * pad) * (ordinal - lo) / (hi - lo)
                )
                return round(WIDTH - ltr, 1)
        raise ValueError(f"day {ordinal} is outside every stretch of the axis")


def _ticks(runs: list[list[_Interval]], axis: _Axis) -> list[dict[str, Any]]:
    """Labelled ticks: a run's one date or years, else its first day and the months starting inside it.

    A tick closer than ``TICK_GAP`` to one already kept is dropped so labels never overlap.
    """
    ticks: list[dict[str, Any]] = []
    for run in runs:
        lo, hi = min(i.lo for i in run), max(i.hi for i in run)
        distinct = sorted({(i.lo, i.hi, i.precision) for i in run})
        if len(distinct) == 1 or all(p == "year" for _, _, p in distinct):
            candidates = [((a + b) / 2, date.fromordinal(a), p) for a, b, p in distinct]
        else:
            # month starts first: when one crowds the run's first day, the month label wins
            first = date.fromordinal(lo)
            candidates = []
            day = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            while day.toordinal() <= hi:
                candidates.append((float(day.toordinal()), day, "month"))
                day = (day + timedelta(days=32)).replace(day=1)
            candidates.append((float(lo), first, "month" if first.day == 1 else "day"))
        kept: list[float] = []
        for ordinal, when, kind in candidates:
            x = axis.x(ordinal)
            if all(abs(x - k) >= TICK_GAP for k in kept):
                kept.append(x)
                ticks.append({"x": x, "kind": kind, "year": when.year, "month": when.month, "day": when.day})
    return ticks


def _lanes(extents: list[tuple[float, float]]) -> list[int]:
    """Greedy lane per row so that no two rows' marks overlap; lane 0 sits on the axis."""
    ends: list[float] = []
    lanes = [0] * len(extents)
    for i in sorted(range(len(extents)), key=lambda i: extents[i]):
        lo, hi = extents[i]
        lane = next((k for k, end in enumerate(ends) if end < lo), len(ends))
        if lane == len(ends):
            ends.append(hi)
        ends[lane] = hi
        lanes[i] = lane
    return lanes


def _shape(
    index: int, row: TimelineRow, marks: list[_Interval], axis: _Axis
) -> tuple[dict[str, Any], float, float]:
    """A row's marks in x (a bar for a month or year), with the row's leftmost and rightmost x."""
    spans: list[dict[str, Any]] = []
    for m in marks:
        x1, x2 = sorted((axis.x(m.lo), axis.x(m.hi)))
        spans.append({"x1": x1, "x2": x2, "cx": round((x1 + x2) / 2, 1), "value": m.value})
    centres = [float(s["cx"]) for s in spans]
    shape = {
        "index": index,
        "date": row.date,
        "conflict": row.conflict,
        "marks": spans,
        "link": {"x1": min(centres), "x2": max(centres)} if len(centres) > 1 else None,
    }
    return shape, min(float(s["x1"]) for s in spans), max(float(s["x2"]) for s in spans)


def timeline_plot(rows: Sequence[TimelineRow]) -> dict[str, Any] | None:
    """The plot of a story's timeline as a plain dict for the template; ``None`` when no row has a date.

    Each plotted row keeps ``index``, its position in ``rows``, so the page ties the point to the
    table row and tooltip that cite the same sources. Coordinates are SVG user units in a
    ``WIDTH``-wide view box; the SVG scales to the page width.
    """
    marked = [(i, row, marks) for i, row in enumerate(rows) if (marks := _marks(row))]
    if not marked:
        return None
    runs = _stretches([m for _, _, marks in marked for m in marks])
    axis = _Axis(runs)
    shapes = [_shape(index, row, marks, axis) for index, row, marks in marked]
    # room between neighbours in a lane, so phones can draw larger dots (akhbar.css) without touching
    lanes = _lanes([(left - RADIUS - 6, right + RADIUS + 6) for _, left, right in shapes])
    axis_y = 20 + (max(lanes) + 1) * LANE
    for (shape, _, _), lane in zip(shapes, lanes, strict=True):
        shape["y"] = axis_y - LANE / 2 - lane * LANE - 4
    return {
        "width": WIDTH,
        "height": axis_y + 44,
        "axis_y": axis_y,
        "radius": RADIUS,
        "axis": [{"x1": round(WIDTH - x1, 1), "x2": round(WIDTH - x0, 1)} for _, _, x0, x1 in axis.segments],
        "breaks": [round(WIDTH - b, 1) for b in axis.breaks],
        "ticks": _ticks(runs, axis),
        "rows": [shape for shape, _, _ in shapes],
        "first": min((m for _, _, marks in marked for m in marks), key=lambda m: m.lo).value,
        "last": max((m for _, _, marks in marked for m in marks), key=lambda m: m.hi).value,
    }
