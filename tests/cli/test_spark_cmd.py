"""`akhbar load` and `akhbar spark ingest` refuse what they cannot use before starting Spark, saying what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.cli import main

if TYPE_CHECKING:
    from pathlib import Path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Exit code and the error message with Rich's line wrapping undone."""
    with pytest.raises(SystemExit) as stop:
        main(args)
    return int(stop.value.code or 0), " ".join(capsys.readouterr().err.split())


@pytest.mark.parametrize(
    ("present", "named"),
    [
        ([], "no articles, spans, quotes, events, rejections tables"),
        (["articles", "spans"], "no quotes, events"),
    ],
)
def test_load_refuses_a_folder_without_the_job_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], present: list[str], named: str
) -> None:
    for name in present:
        (tmp_path / "out" / name).mkdir(parents=True)
    code, message = _run(["load", str(tmp_path / "out"), "--db", str(tmp_path / "x.db")], capsys)
    assert code == 2
    assert named in message
    assert "give the --out folder of a finished `akhbar spark ingest` run" in message


def test_spark_ingest_refuses_to_overwrite_a_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out" / "articles").mkdir(parents=True)
    code, message = _run(["spark", "ingest", str(tmp_path), "--out", str(tmp_path / "out")], capsys)
    assert code == 2
    assert "already holds job output (articles); choose another --out or pass --overwrite" in message
