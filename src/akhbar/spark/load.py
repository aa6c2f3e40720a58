"""``akhbar load``: the Spark job's Parquet tables into any akhbar database, then stories.

The tables are read with Spark itself (pyarrow is not a dependency), on the local machine unless a
session already runs: each article's spans are gathered by a group-by on ``ordinal``, joined to its
row, and the articles stream to the driver in input order one partition at a time
(``toLocalIterator``), so memory holds a partition, never the batch. They are stored through
``Akhbar.add_built`` in batches, by the rules of a direct ingest: ids already stored are duplicates
(loading twice adds nothing), exact copies are marked ``copy_of`` against what the database holds,
rejections are recorded once. Stories are then rebuilt by the usual story builder, whose candidate
search is blocked by an inverted index of top terms and a date window (``stories.cluster``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from akhbar.api.ingest_report import IngestOptions, IngestProgress, IngestReport
from akhbar.errors import InputError
from akhbar.ingest.document import Rejected
from akhbar.spark import rows
from akhbar.spark.session import spark_session

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from akhbar.api.facade import Akhbar
    from akhbar.model import Article


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """``batch_size`` articles per transaction; ``master`` only when no Spark session runs yet."""

    batch_size: int = 200
    build_stories: bool = True
    master: str | None = None


def load_tables(
    ak: Akhbar,
    directory: str | Path,
    *,
    options: LoadOptions | None = None,
    spark: SparkSession | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
) -> IngestReport:
    """Store the articles, spans and rejections the job wrote under ``directory``; rebuild stories.

    ``InputError`` when ``directory`` does not hold the job's tables.
    """
    opts = options or LoadOptions()
    folder = str(directory).rstrip("/")
    _check_tables(folder)
    session = spark or spark_session(opts.master)
    ingest = IngestOptions(batch_size=opts.batch_size, build_stories=opts.build_stories)
    return ak.add_built(_items(session, folder), options=ingest, progress=progress)


def _items(session: SparkSession, folder: str) -> Iterator[Article | Rejected]:
    """Articles with their spans in input order, then the rejections in input order."""
    from pyspark.sql import functions as func

    span_fields = [c for c in rows.SPAN_COLUMNS if c not in ("ordinal", "article_id")]
    spans = (
        _table(session, folder, "spans")
        .groupBy("ordinal")
        .agg(func.collect_list(func.struct(*span_fields)).alias("spans"))
    )
    articles = _table(session, folder, "articles").join(spans, "ordinal", "left").orderBy("ordinal")
    for row in articles.toLocalIterator(prefetchPartitions=True):
        found = row["spans"] or []
        yield rows.article_from_row(row.asDict(), [s.asDict() for s in found])
    for row in _table(session, folder, "rejections").orderBy("ordinal").toLocalIterator():
        yield Rejected(row["source"], row["reason"])


def _table(session: SparkSession, folder: str, name: str) -> DataFrame:
    from akhbar.spark.tables import SCHEMAS

    return session.read.schema(SCHEMAS[name]).parquet(f"{folder}/{name}")


def _check_tables(folder: str) -> None:
    if "://" in folder and not folder.startswith("file://"):
        return  # a cluster file system: Spark reports a missing table itself
    local = Path(folder.removeprefix("file://"))
    missing = [name for name in rows.TABLES if not (local / name).is_dir()]
    if missing:
        raise InputError(
            f"{local} has no {', '.join(missing)} table{'s' if len(missing) > 1 else ''}: "
            "give the --out folder of a finished `akhbar spark ingest` run"
        )
