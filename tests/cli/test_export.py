"""``akhbar export``: the facade's export text on stdout or in a file; an unknown format lists the formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from akhbar.api.facade import Akhbar
from akhbar.cli import app
from akhbar.model import Article, Citation, Story, TimelineRow

TEXT = "افتتح وزير الصحة يوم السبت 3 يونيو 2023 مستشفى جديدا في حمص."

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "c.db")
    art = Article.from_text(TEXT, source="h.txt", outlet="صحيفة الوطن")
    row = TimelineRow("2023-06-03", "افتتاح المستشفى", (Citation(art.id, 0, len(TEXT), art.outlet, TEXT),))
    with Akhbar.open(path) as ak:
        ak.store.add_articles([art])
        ak.store.replace_stories([Story("h1", "مستشفى حمص", (art.id,), timeline=(row,))])
    return path


@pytest.mark.parametrize("fmt", ["json", "csv", "timelinejs", "md"])
def test_export_prints_what_the_facade_exports(db: str, fmt: str) -> None:
    result = runner.invoke(app, ["export", "h1", "--format", fmt, "--db", db])
    assert result.exit_code == 0, result.output
    with Akhbar.open(db) as ak:
        assert result.stdout_bytes == ak.export("h1", fmt).encode()  # stdout folds \r\n; the bytes do not
    assert "افتتاح المستشفى" in result.stdout


@pytest.mark.parametrize("fmt", ["csv"])
def test_export_writes_the_file_given_by_out(db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "story.csv"
    result = runner.invoke(app, ["export", "h1", "-f", fmt, "--out", str(target), "--db", db])
    assert (result.exit_code, result.stdout) == (0, "")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "مستشفى" not in data.decode("utf-8-sig").splitlines()[0]  # the header row
    assert "افتتاح المستشفى" in data.decode("utf-8-sig")
    assert b"\r\n" in data and b"\r\r\n" not in data  # CSV line ends written as they are


@pytest.mark.parametrize(("args", "code", "message"), [(["--format", "pdf"], 2, "json, csv, timelinejs, md")])
def test_an_unknown_format_exits_2_listing_the_formats(
    db: str, args: list[str], code: int, message: str
) -> None:
    result = runner.invoke(app, ["export", "h1", *args, "--db", db])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert message in str(result.exception)
    assert getattr(result.exception, "exit_code", None) == code
