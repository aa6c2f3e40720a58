"""Ingest's batched store checks give what one check an article gave: duplicates skipped, copies marked.

Tests taking ``db_url`` run on SQLite and on PostgreSQL (see ``tests/conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.api.facade import Akhbar, IngestOptions

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
