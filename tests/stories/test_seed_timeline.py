"""Integration: the timeline and summary of the five bundled seed articles (one story, see seeds_story.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.api.facade import Akhbar, IngestOptions
from akhbar.stories.conflicts import date_interval
from akhbar.stories.summary import summarise
from akhbar.stories.timeline import build_timeline

if TYPE_CHECKING:
    from pathlib import Path

    from akhbar.model import Article, TimelineRow

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> list[Article]:
    with Akhbar.open(":memory:") as ak:
        ak.ingest([seeds_dir], options=IngestOptions(build_stories=False))
        return ak.articles()


@pytest.fixture(scope="module")
def rows(seeds: list[Article]) -> tuple[TimelineRow, ...]:
    return build_timeline(seeds)


def _seed(seeds: list[Article], article_id: str) -> str:
    """The seed number of an article: ``000`` … ``004``."""
    return next(a.source.rsplit("/", 1)[-1][:3] for a in seeds if a.id == article_id)


def _find(rows: tuple[TimelineRow, ...], date: str, word: str) -> TimelineRow:
    return next(r for r in rows if r.date.startswith(date) and any(word in c.text for c in r.citations))


def test_written_answers_of_26_january_are_one_row_from_four_seeds(seeds: list[Article], rows: tuple) -> None:
    row = _find(rows, "2022-01-26", "مكتوبة")
    assert not row.conflict
    assert {_seed(seeds, c.article_id) for c in row.citations} >= {"000", "002", "003", "004"}
    assert {c.date for c in row.citations} == {"2022-01-26"}


@pytest.mark.parametrize(
    ("date", "word", "seeds_citing"),
    [
        ("2022-01-21", "جنيف", {"001"}),
        ("2022-01-28", "ماكرون", {"004"}),
        ("2021-12", "مسودة", {"000", "001", "002", "004"}),
    ],
)
def test_the_story_s_dated_events_are_rows(
    seeds: list[Article], rows: tuple, date: str, word: str, seeds_citing: set[str]
) -> None:
    row = _find(rows, date, word)
    assert {_seed(seeds, c.article_id) for c in row.citations} >= seeds_citing


def test_rows_are_in_date_order(rows: tuple) -> None:
    starts = [span[0] for r in rows if (span := date_interval(r.date))]
    assert len(starts) == len(rows) and starts == sorted(starts)


def test_the_date_of_lavrov_s_letter_is_one_conflict_citing_both_seeds(
    seeds: list[Article], rows: tuple
) -> None:
    (row,) = [r for r in rows if r.conflict]
    (conflict,) = row.conflicts
    assert conflict.kind == "date"
    versions = {
        value: {_seed(seeds, row.citations[i].article_id) for i in ix} for value, ix in conflict.versions
    }
    assert versions == {"2022-01-26": {"000"}, "2022-02-01": {"004"}}
    assert all("رسالة" in c.text or "الرسالة" in c.text for c in row.citations)


def test_the_seed_summary_is_cited_and_outside_excluded_regions(seeds: list[Article]) -> None:
    by_id = {a.id: a for a in seeds}
    summary = summarise(seeds)
    assert 3 <= len(summary) <= 5
    assert len({c.article_id for c in summary}) >= 3
    for c in summary:
        art = by_id[c.article_id]
        assert art.text[c.start : c.end] == c.text
        assert not any(c.start < x.end and x.start < c.end for x in art.excluded)
