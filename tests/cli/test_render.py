"""The Rich renderings shared by several commands: JSON with readable Arabic, the rejected-inputs table."""

from __future__ import annotations

from datetime import date

import pytest
from rich.console import Console

from akhbar.api.ingest_report import IngestReport
from akhbar.cli import render
from akhbar.ingest.document import Rejected


def _console() -> Console:
    return Console(record=True, width=120, color_system=None)


def test_print_json_keeps_arabic_readable_and_dates_as_strings() -> None:
    out = _console()
    render.print_json(out, {"title": "قمة الرياض", "date": date(2015, 8, 6)})
    shown = out.export_text()
    assert '"قمة الرياض"' in shown
    assert '"2015-08-06"' in shown


@pytest.mark.parametrize(
    ("rejected", "listed"),
    [
        ([Rejected("ahram-0412.html", "not UTF-8 or cp1256")], True),
        ([], False),
    ],
)
def test_an_ingest_report_lists_its_rejections_with_their_reasons(
    rejected: list[Rejected], listed: bool
) -> None:
    out = _console()
    render.ingest_report(out, IngestReport(seen=2, ingested=2 - len(rejected), rejected=rejected))
    shown = out.export_text()
    assert ("Rejected inputs" in shown) is listed
    assert all(r.source in shown and r.reason in shown for r in rejected)
