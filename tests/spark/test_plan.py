"""The job's tasks read exactly what a direct read reads, and its rows turn back into the same articles.

No Spark here: planning, block reading and row conversion are plain Python, so they are checked fast.
"""

from __future__ import annotations

import gzip
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from akhbar.errors import ConfigError
from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.jsonl import line_blocks
from akhbar.ingest.readers import ReadOptions, read_paths
from akhbar.model import Article, Span
from akhbar.spark import rows
from akhbar.spark.plan import InputFile, Task, list_files, plan_tasks
from akhbar.spark.session import require_spark

TEXTS = ["قال الوزير إن المشروع اكتمل.", "أعلنت الشركة أرباحها اليوم.", "هطلت أمطار على المدينة."]


def _dump(path: Path, lines: list[str]) -> Path:
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def _lines(n: int) -> list[str]:
    out = []
    for i in range(1, n + 1):
        record = {"id": f"r-{i}", "title": f"خبر {i}", "content": TEXTS[i % 3]}
        out.append("not json" if i == 4 else "" if i == 6 else json.dumps(record, ensure_ascii=False))
    return out


def _seen(items: list[Document | Rejected]) -> list[tuple[str, str]]:
    return [(i.source, i.text if isinstance(i, Document) else i.reason) for i in items]


def _tasks(paths: list[str], size: int) -> list[Task]:
    return plan_tasks(list_files(paths), lambda ps: [line_blocks(Path(p), size) for p in ps])


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
@pytest.mark.parametrize("size", [1, 2, 3, 50])
def test_blocks_read_what_a_whole_read_reads(tmp_path: Path, name: str, size: int) -> None:
    path = _dump(tmp_path / name, _lines(7))
    whole = list(read_paths([path]))
    tasks = _tasks([str(path)], size)
    assert len(tasks) == {1: 7, 2: 4, 3: 3, 50: 1}[size]
    assert _seen([d for t in tasks for d in t.read(ReadOptions())]) == _seen(whole)


def test_a_broken_gzip_is_reported_once_by_the_last_block(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    full = gzip.compress(("\n".join(_lines(7)) + "\n").encode() * 40)
    path.write_bytes(full[: len(full) // 2])
    whole = _seen(list(read_paths([path])))
    split = _seen([d for t in _tasks([str(path)], 3) for d in t.read(ReadOptions())])
    assert split == whole
    assert sum("compressed stream broken" in reason for _s, reason in split) == 1


def test_tasks_follow_the_order_and_names_of_a_direct_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "b.txt").write_text(TEXTS[0], encoding="utf-8")
    _dump(folder / "a.jsonl", _lines(3))
    tasks = _tasks([str(folder), str(tmp_path / "missing.txt")], 2)
    assert [(t.name, t.block.first if t.block else None) for t in tasks] == [
        ("in/a.jsonl", 1),
        ("in/a.jsonl", 3),
        ("in/b.txt", None),
        (str(tmp_path / "missing.txt"), None),
    ]
    assert [t.index for t in tasks] == [0, 1, 2, 3]
    assert tasks[1].ordinal(5) > tasks[0].ordinal(10**6)


def test_a_quoted_glob_is_expanded_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text(TEXTS[0], encoding="utf-8")
    found = list_files([str(tmp_path / "*.txt")])
    assert [f.name for f in found if isinstance(f, InputFile)] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        (
            "قال وزير الخارجية سيرغي لافروف إن الرد سلبي.",
            {
                "body": [Span(0, 44, "body")],
                "excluded": [],
                "entities": [Span(18, 30, "PERS", {"canonical": "سيرغي لافروف", "role": None})],
                "quotes": [
                    Span(
                        31,
                        43,
                        "indirect",
                        {"cue": "قال", "cue_start": 0, "cue_end": 3, "speaker": "سيرغي لافروف"},
                    )
                ],
                "events": [Span(0, 44, "event", {"date": "2022-01-24", "participants": ["سيرغي لافروف"]})],
            },
        )
    ],
)
def test_rows_turn_back_into_the_same_article(text: str, layers: dict[str, list[Span]]) -> None:
    article = Article.from_text(
        text,
        source="x.txt",
        pub_date=date(2022, 1, 24),
        pub_date_range=(date(2022, 1, 20), date(2022, 1, 24)),
    )
    for name, spans in layers.items():
        article = article.with_spans(name, spans)
    row = dict(zip(rows.ARTICLE_COLUMNS, rows.article_row(7, article), strict=True))
    spans = [dict(zip(rows.SPAN_COLUMNS, r, strict=True)) for r in rows.span_rows(7, article)]
    back = rows.article_from_row(row, reversed(spans))
    assert back == article
    assert list(back.layers) == list(article.layers)  # the empty "excluded" layer survives
    assert {n: [(s, dict(s.attrs)) for s in v] for n, v in back.layers.items()} == {
        n: [(s, dict(s.attrs)) for s in v] for n, v in article.layers.items()
    }
    quote = dict(zip(rows.QUOTE_COLUMNS, next(rows.quote_rows(7, article)), strict=True))
    assert (quote["text"], quote["speaker"], quote["cue"]) == ("إن الرد سلبي", "سيرغي لافروف", "قال")
    event = dict(zip(rows.EVENT_COLUMNS, next(rows.event_rows(7, article)), strict=True))
    assert (event["date"], event["participants"]) == ("2022-01-24", ["سيرغي لافروف"])


def test_missing_java_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "")
    with pytest.raises(ConfigError, match="apt-get install default-jre-headless"):
        require_spark()


def test_missing_pyspark_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # makes `import pyspark` fail
    with pytest.raises(ConfigError, match=r"pip install 'akhbar\[spark\]'"):
        require_spark()
