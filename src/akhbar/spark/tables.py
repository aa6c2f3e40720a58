"""The explicit Spark schemas of the job's Parquet tables (columns in ``rows`` order).

Imported only once a session is up (``session.require_spark`` has run): it needs PySpark.
"""

from __future__ import annotations

from pyspark.sql.types import (
    ArrayType,
    DataType,
    DateType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from akhbar.spark import rows

_STRING = StringType()
_INT = IntegerType()
_TYPES: dict[str, DataType] = {
    "ordinal": LongType(),
    "pub_date": DateType(),
    "pub_date_range_start": DateType(),
    "pub_date_range_end": DateType(),
    "display_date": DateType(),
    "crawl_date": DateType(),
    "layers": ArrayType(_STRING, containsNull=False),
    "participants": ArrayType(_STRING, containsNull=False),
    "seq": _INT,
    "start": _INT,
    "end": _INT,
    "cue_start": _INT,
    "cue_end": _INT,
    "speaker_start": _INT,
    "speaker_end": _INT,
    "timex_start": _INT,
    "timex_end": _INT,
    "trigger_start": _INT,
    "trigger_end": _INT,
}
_REQUIRED = frozenset({"ordinal", "id", "article_id", "text", "layer", "seq", "start", "end", "source"})


def _schema(columns: tuple[str, ...]) -> StructType:
    return StructType(
        [StructField(name, _TYPES.get(name, _STRING), nullable=name not in _REQUIRED) for name in columns]
    )


#: Table name → schema, in the order the job writes them.
SCHEMAS: dict[str, StructType] = {name: _schema(columns) for name, columns in rows.TABLES.items()}

#: What the job caches: the table a row belongs to, then that row in the column of its table.
TAGGED = StructType(
    [StructField("table", _STRING, nullable=False)]
    + [StructField(name, schema, nullable=True) for name, schema in SCHEMAS.items()]
)
