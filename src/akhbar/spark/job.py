"""``akhbar spark ingest``: the per-article pipeline of ``akhbar ingest`` as a Spark job writing Parquet.

The driver lists the inputs and plans tasks (``plan``); executors read, build (cleaning, metadata)
and extract each partition's documents with the very functions a direct ingest runs
(``ingest.readers``, ``api.workers.Builder``, ``extract.pipeline.Extractor``) and emit rows for every
table (``rows``). The rows are kept (memory, then disk) while the five tables are written, so each
article is extracted once. Nothing is stored in a database here: ``akhbar load`` does that, with the
same duplicate and copy rules as a direct ingest.

Per partition there is one ``BuildContext`` and one ``Extractor`` with a fresh entity index; the NER
model is loaded once per executor Python process and shared by the partitions it runs. What cleaning
and linking learn across articles (lines repeated on an outlet's pages, canonical spellings) is
learnt within a partition, as each process learns from its share with ``akhbar ingest --workers N``.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akhbar.api.workers import Builder
from akhbar.errors import InputError
from akhbar.extract.entity_index import EntityIndex
from akhbar.extract.ner import NerModel
from akhbar.extract.pipeline import Extractor
from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.jsonl import LineBlock, line_blocks
from akhbar.ingest.readers import ReadOptions
from akhbar.spark import rows
from akhbar.spark.plan import Task, list_files, plan_tasks
from akhbar.spark.session import spark_session

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from pyspark import SparkContext
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

TABLES = tuple(rows.TABLES)
_REPORTED_REJECTIONS = 1000


@dataclass(frozen=True, slots=True)
class JobOptions:
    """How the job reads and splits its inputs.

    ``block_lines``: lines of a JSON Lines file per task (a file with more is read by several tasks).
    ``partitions``: Spark partitions the tasks are grouped into, in order (default: one per task); a
    partition shares its cleaning and linking state. ``master``: used only when no session runs yet.
    """

    read: ReadOptions = field(default_factory=ReadOptions)
    master: str | None = None
    partitions: int | None = None
    block_lines: int = 1000
    overwrite: bool = False


@dataclass(slots=True)
class JobReport:
    """What the job wrote: rows per table, the tasks it ran, and the first rejections with reasons."""

    out: str
    tasks: int
    partitions: int
    counts: dict[str, int]
    rejected: list[Rejected]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": self.out,
            "tasks": self.tasks,
            "partitions": self.partitions,
            "rows": dict(self.counts),
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
            "seconds": round(self.seconds, 2),
        }


def run_job(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    options: JobOptions | None = None,
    spark: SparkSession | None = None,
) -> JobReport:
    """Read, build and extract every article under ``paths`` on Spark; write the tables under ``out``.

    ``out`` gets one Parquet folder per table (``articles``, ``spans``, ``quotes``, ``events``,
    ``rejections``). An ``out`` that already holds them is refused unless ``options.overwrite``.
    Inputs must be readable at the same path on every executor (a shared file system). Bad inputs
    become ``rejections`` rows; they never stop the job.
    """
    opts = options or JobOptions()
    if opts.block_lines < 1 or (opts.partitions is not None and opts.partitions < 1):
        raise InputError(
            "--block-lines and --partitions must be at least 1; leave --partitions out for one per task"
        )
    target = str(out)
    _check_out(target, overwrite=opts.overwrite)
    started = time.perf_counter()
    session = spark or spark_session(opts.master)
    from pyspark import StorageLevel

    from akhbar.spark.tables import TAGGED

    sc = session.sparkContext
    tasks = plan_tasks(list_files([str(p) for p in paths]), partial(_cut, sc, opts.block_lines))
    slices = max(1, min(opts.partitions or len(tasks), len(tasks)))
    built = sc.parallelize(tasks, slices).mapPartitions(partial(process_partition, read=opts.read)).map(_wide)
    # converted to Spark rows once and cached there: each table is then a filter the JVM runs alone
    frame = session.createDataFrame(built, TAGGED, verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        found = frame.groupBy("table").count().collect()
        counts = dict.fromkeys(TABLES, 0) | {str(r["table"]): int(r["count"]) for r in found}
        mode = "overwrite" if opts.overwrite else "errorifexists"
        for name in TABLES:
            table = frame.where(frame["table"] == name).select(f"{name}.*")
            table.write.mode(mode).parquet(f"{target.rstrip('/')}/{name}")
        first = (
            frame.where(frame["table"] == "rejections")
            .select("rejections.*")
            .orderBy("ordinal")
            .limit(_REPORTED_REJECTIONS)
            .collect()
        )
    finally:
        frame.unpersist()
    rejected = [Rejected(r["source"], r["reason"]) for r in first]
    return JobReport(target, len(tasks), slices, counts, rejected, time.perf_counter() - started)


def process_partition(tasks: Iterable[Task], read: ReadOptions) -> Iterator[tuple[str, rows.Row]]:
    """Read, build and extract the documents of one partition's tasks; ``(table, row)`` pairs.

    The build is ``akhbar ingest``'s own (``Builder`` with one worker), so a document that fails is a
    rejection with the same reason. The output depends only on the plan, never on which executor ran
    the partition or what it ran before.
    """
    extractor = Extractor(_ner_model(), EntityIndex())
    pending: deque[int] = deque()
    rejected: list[tuple[str, rows.Row]] = []

    def documents() -> Iterator[Document]:
        for task in tasks:
            for item, found in enumerate(task.read(read)):
                if isinstance(found, Rejected):
                    rejected.append(("rejections", rows.rejection_row(task.ordinal(item), found)))
                else:
                    pending.append(task.ordinal(item))
                    yield found

    for built in Builder(lambda: extractor).build(documents()):
        yield from rejected
        rejected.clear()
        ordinal = pending.popleft()
        if built.article is None:
            failure = Rejected(built.doc.source, built.error or "could not be processed")
            yield "rejections", rows.rejection_row(ordinal, failure)
            continue
        yield "articles", rows.article_row(ordinal, built.article)
        yield from (("spans", r) for r in rows.span_rows(ordinal, built.article))
        yield from (("quotes", r) for r in rows.quote_rows(ordinal, built.article))
        yield from (("events", r) for r in rows.event_rows(ordinal, built.article))
    yield from rejected


@cache
def _ner_model() -> NerModel:
    """The shipped NER model, loaded once per Python worker process (Spark reuses workers)."""
    return NerModel.load()


def _wide(pair: tuple[str, rows.Row]) -> rows.Row:
    """``(table, row)`` as a row of ``tables.TAGGED``: the table name, then one struct per table, all but
    the named one empty."""
    name, row = pair
    return (name, *(row if table == name else None for table in TABLES))


def _cut(sc: SparkContext, size: int, paths: list[str]) -> list[list[LineBlock]]:
    """Blocks of every JSON Lines file, counted on the executors (the driver reads no input)."""
    return sc.parallelize(paths, len(paths)).map(partial(_blocks_of, size=size)).collect()


def _blocks_of(path: str, size: int) -> list[LineBlock]:
    try:
        return line_blocks(Path(path), size)
    except OSError:
        return [LineBlock()]  # unreadable: the one task reading it reports why


def _check_out(out: str, *, overwrite: bool) -> None:
    if "://" in out and not out.startswith("file://"):
        return  # a cluster file system: Spark's own check applies
    folder = Path(out.removeprefix("file://"))
    taken = [name for name in TABLES if (folder / name).exists()]
    if taken and not overwrite:
        raise InputError(
            f"{folder} already holds job output ({', '.join(taken)}); choose another --out or pass --overwrite"
        )
