"""Ingest's batched store checks give what one check an article gave: duplicates skipped, copies marked;
so does ``add_built``, the Spark loader's way in, which screens its articles the same way.

Tests taking ``db_url`` run on SQLite and on PostgreSQL (see ``tests/conftest.py``).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from akhbar.api.facade import Akhbar, IngestOptions, IngestProgress
from akhbar.ingest.document import Rejected
from akhbar.model import Article

TEXT = """اجتماع وزاري عربي في الرياض

أعلنت وزارة الخارجية السعودية اليوم الاثنين أن الرياض تستضيف اجتماعا وزاريا عربيا يوم الخميس المقبل.
"""


@pytest.mark.parametrize("batch_size", [1, 200])
def test_ingest_marks_each_copy_of_the_first_original(tmp_path: Path, db_url: str, batch_size: int) -> None:
    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):  # three sources, one text: three articles, two copies
        paths.append(tmp_path / name)
        paths[-1].write_text(TEXT, encoding="utf-8")
    with Akhbar.open(db_url) as ak:
        first = ak.ingest(paths[:1], options=IngestOptions(batch_size=batch_size, build_stories=False))
        rest = ak.ingest(paths[1:], options=IngestOptions(batch_size=batch_size, build_stories=False))
        stored = {Path(a.source).name: a for a in ak.articles()}
    assert (first.copies, rest.copies) == (0, 2)
    original = stored[paths[0].name]
    assert original.copy_of is None
    assert stored["b.txt"].copy_of == original.id
    # as before the checks were batched, an earlier article of the same batch is taken before the
    # stored original: c.txt is a copy of b.txt when they share a batch
    expected = original.id if batch_size == 1 else stored["b.txt"].id
    assert stored["c.txt"].copy_of == expected


@pytest.mark.parametrize("batch_size", [1, 200])
def test_ingest_marks_a_copy_within_one_batch(tmp_path: Path, db_url: str, batch_size: int) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in paths:
        path.write_text(TEXT, encoding="utf-8")
    with Akhbar.open(db_url) as ak:
        report = ak.ingest(paths, options=IngestOptions(batch_size=batch_size, build_stories=False))
        stored = {Path(a.source).name: a for a in ak.articles()}
    assert (report.ingested, report.copies) == (2, 1)
    assert stored[paths[1].name].copy_of == stored[paths[0].name].id


@pytest.mark.parametrize("batch_size", [1, 200])
def test_ingest_counts_an_input_met_twice_once(tmp_path: Path, db_url: str, batch_size: int) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    with Akhbar.open(db_url) as ak:
        # the second mention of the file comes after the first is stored (batch_size 1) or while it waits
        report = ak.ingest([path, path], options=IngestOptions(batch_size=batch_size, build_stories=False))
        assert (report.seen, report.ingested, report.duplicates) == (2, 1, 1)
        again = ak.ingest([path], options=IngestOptions(batch_size=batch_size, build_stories=False))
    assert (again.ingested, again.duplicates) == (0, 1)


def _built(source: str, text: str = TEXT) -> Article:
    return Article.from_text(text, source=source)


@pytest.mark.parametrize("batch_size", [1, 200])
def test_add_built_counts_like_ingest_and_its_last_progress_call_is_exact(
    db_url: str, batch_size: int
) -> None:
    first, other = _built("a.txt"), _built("b.txt", TEXT.replace("الخميس", "الجمعة"))
    items = [first, Rejected("bad.txt", "not UTF-8"), first, other]
    told: list[IngestProgress] = []
    with Akhbar.open(db_url) as ak:
        options = IngestOptions(batch_size=batch_size, build_stories=False)
        report = ak.add_built(items, options=options, progress=told.append)
        stored = sorted(Path(a.source).name for a in ak.articles())
    assert (report.seen, report.ingested, report.duplicates, len(report.rejected)) == (4, 2, 1, 1)
    assert stored == ["a.txt", "b.txt"]
    # the last call is made after the last batch is stored and carries the report's counts
    assert told[-1] == IngestProgress(4, 2, 1, 1, "")
    # before it the counts are a snapshot: never past the final ones, and never going back
    for before, after in itertools.pairwise(told):
        assert before.seen <= after.seen <= 4
        assert before.ingested <= after.ingested <= 2


def test_add_built_twice_adds_nothing_and_records_a_rejection_once(db_url: str) -> None:
    items = [_built("a.txt"), Rejected("bad.txt", "not UTF-8")]
    with Akhbar.open(db_url) as ak:
        options = IngestOptions(build_stories=False)
        ak.add_built(items, options=options)
        again = ak.add_built(items, options=options)
        rejections = [(source, reason) for source, reason, _at in ak.store.rejections()]
    assert (again.seen, again.ingested, again.duplicates) == (2, 0, 1)
    assert rejections == [("bad.txt", "not UTF-8")]
