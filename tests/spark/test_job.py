"""The Spark job on ``local[2]``: its Parquet tables, loaded back, hold what a direct ingest of the same
inputs stores — the same articles, metadata, spans, copies, rejections and stories — and loading twice
adds nothing. Inputs are built here: a JSON Lines dump cut into blocks of two lines (with a repeated
record, a copy under another URL, a broken line and an empty one), two text pages and a WARC page.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from akhbar.api.facade import Akhbar, IngestReport
from akhbar.cli import main
from akhbar.spark.job import JobOptions, JobReport, run_job
from akhbar.spark.load import load_tables
from akhbar.spark.session import java_path

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pyspark.sql import SparkSession

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        java_path() is None, reason="no Java runtime for Spark: `apt-get install default-jre-headless`"
    ),
]

HOSPITAL = (
    "جدة - افتتح وزير الصحة فهد الجلاجل يوم الأحد مستشفى جديدا يضم مئتي سرير.\n"
    "وقال الجلاجل إن المستشفى سيستقبل المرضى اعتبارا من الشهر المقبل.\n"
)
RAIN = (
    "الرياض - هطلت أمطار غزيرة على الرياض مساء السبت وأعلن الدفاع المدني رفع درجة الاستعداد.\n"
    "وقال المتحدث باسم الدفاع المدني محمد الحمادي إن الفرق باشرت عشرات البلاغات.\n"
)


def _record(n: int, title: str, content: str, outlet: str = "wakala") -> str:
    record = {
        "id": f"r-{n}",
        "url": f"https://akhbar.example/{n}",
        "source": outlet,
        "title": title,
        "content": content,
        "published": "2024-03-10",
    }
    return json.dumps(record, ensure_ascii=False)


def _warc(pages: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-11T08:00:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spark") / "inputs"
    root.mkdir()
    lines = [
        _record(1, "وزير الصحة يفتتح مستشفى في جدة", HOSPITAL),
        _record(2, "أمطار غزيرة تغمر شوارع الرياض", RAIN),
        '{"id": "r-3", "content": "نص مقطوع',  # broken JSON: a rejection
        _record(1, "وزير الصحة يفتتح مستشفى في جدة", HOSPITAL),  # the same input again: a duplicate
        _record(5, "وزير الصحة يفتتح مستشفى في جدة", HOSPITAL, outlet="sahifa"),  # a copy of r-1
        _record(6, "عنوان بلا نص", "  "),  # empty content: a rejection
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "a.txt").write_text(
        "الكويت تستضيف قمة خليجية\n\nأعلنت الحكومة الكويتية يوم الإثنين أنها ستستضيف القمة الخليجية "
        "المقبلة في شهر ديسمبر، وقال وزير الإعلام عبد الرحمن المطيري إن التحضيرات بدأت.\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        "افتتاح معرض الكتاب في القاهرة\n\nافتتحت وزيرة الثقافة نيفين الكيلاني معرض القاهرة الدولي للكتاب "
        "يوم الخميس بمشاركة أكثر من ألف دار نشر.\n",
        encoding="utf-8",
    )
    page = (
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>ميناء جديد في الدوحة</title>'
        '<meta property="article:published_time" content="2024-03-11T09:00:00+03:00"></head><body>'
        "<article><h1>ميناء جديد في الدوحة</h1><p>أعلنت وزارة المواصلات القطرية يوم الإثنين افتتاح ميناء "
        "جديد في الدوحة، وقال الوزير جاسم السليطي إن الميناء سيخدم التجارة في المنطقة.</p></article>"
        "</body></html>"
    )
    (root / "crawl.warc.gz").write_bytes(_warc([("https://doha.example/port", page)]))
    return root


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    from akhbar.spark.session import spark_session

    session = spark_session("local[2]", app_name="akhbar-test")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job(
    inputs: Path, spark: SparkSession, tmp_path_factory: pytest.TempPathFactory
) -> tuple[JobReport, Path]:
    out = tmp_path_factory.mktemp("spark-out") / "tables"
    report = run_job([inputs], out, options=JobOptions(block_lines=2), spark=spark)
    return report, out


@pytest.fixture(scope="module")
def direct(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestReport, dict[str, Any]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('direct')}/direct.db"
    with Akhbar.open(url) as ak:
        report = ak.ingest([inputs])
        return report, _contents(ak)


def _contents(ak: Akhbar) -> dict[str, Any]:
    """Everything a comparison needs, as plain sorted values."""
    articles = ak.articles(with_spans=True)
    return {
        "meta": {a.id: a.summary_dict() for a in articles},
        "spans": {
            (a.id, layer): sorted(
                (s.start, s.end, s.label, json.dumps(dict(s.attrs), sort_keys=True, ensure_ascii=False))
                for s in spans
            )
            for a in articles
            for layer, spans in a.layers.items()
        },
        "rejections": sorted((r["source"], r["reason"]) for r in ak.rejections()),
        "stories": sorted(s.article_ids for s in ak.stories()),
        "stats": ak.stats(),
    }


def test_job_splits_the_dump_and_writes_every_table(job: tuple[JobReport, Path]) -> None:
    report, out = job
    assert report.tasks == 3 + 3  # dump.jsonl in three blocks of two lines, two pages, one WARC
    assert report.counts["articles"] == 7  # the repeated record is still read twice
    assert {(r.source, r.reason.split(" (")[0]) for r in report.rejected} == {
        ("inputs/dump.jsonl#3", "line 3: not valid JSON"),
        ("inputs/dump.jsonl#6", "record 6: empty content"),
    }
    assert all((out / name).is_dir() for name in ("articles", "spans", "quotes", "events", "rejections"))


def test_loaded_output_equals_a_direct_ingest(
    job: tuple[JobReport, Path],
    direct: tuple[IngestReport, dict[str, Any]],
    spark: SparkSession,
    db_url: str,
) -> None:
    direct_report, expected = direct
    with Akhbar.open(db_url) as ak:
        report = load_tables(ak, job[1], spark=spark)
        got = _contents(ak)
    assert sorted(got["meta"]) == sorted(expected["meta"])
    assert got["meta"] == expected["meta"]  # every metadata field, copy_of and credits included
    assert got["spans"] == expected["spans"]
    assert got["rejections"] == expected["rejections"]
    assert got["stories"] == expected["stories"]
    counts = ("ingested", "duplicates", "copies", "stories")
    assert {k: getattr(report, k) for k in counts} == {k: getattr(direct_report, k) for k in counts}


def test_copy_under_another_url_is_marked_as_in_direct_ingest(
    direct: tuple[IngestReport, dict[str, Any]],
) -> None:
    meta = direct[1]["meta"].values()
    by_source = {m["source"]: m for m in meta}
    assert by_source["inputs/dump.jsonl#5"]["copy_of"] == by_source["inputs/dump.jsonl#1"]["id"]


def test_loading_twice_adds_nothing(job: tuple[JobReport, Path], spark: SparkSession, tmp_path: Path) -> None:
    with Akhbar.open(str(tmp_path / "twice.db")) as ak:
        load_tables(ak, job[1], spark=spark)
        before = ak.stats()
        again = load_tables(ak, job[1], spark=spark)
        assert (again.ingested, again.duplicates) == (0, 7)
        assert ak.stats() == before


def test_cli_runs_the_job_and_loads_it(
    inputs: Path, spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`akhbar spark ingest` then `akhbar load` (on the running session): JSON reports, exit code 2
    because two records were rejected."""
    out, db = tmp_path / "out", tmp_path / "cli.db"
    printed = []
    for args in (
        ["spark", "ingest", str(inputs), "--out", str(out), "--block-lines", "2", "--json"],
        ["load", str(out), "--db", str(db), "--json"],
    ):
        with pytest.raises(SystemExit) as stop:
            main(args)
        assert stop.value.code == 2
        printed.append(json.loads(capsys.readouterr().out))
    job_report, load_report = printed
    assert (job_report["tasks"], job_report["rows"]["articles"], len(job_report["rejected"])) == (6, 7, 2)
    assert (load_report["ingested"], load_report["duplicates"], load_report["copies"]) == (6, 1, 1)
