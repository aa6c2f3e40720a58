"""Version 2: cross-source timelines and story summaries.

Timeline rows gain ``sources`` (the outlets that are not copies) and ``conflicts`` (JSON: kind, about,
versions with the positions of the citations giving each); citations gain the ``date`` their source
gives and ``copy_of``; ``story_summaries`` holds each story's cited summary sentences in order.

Frozen: the definitions below are a copy of ``store/schema.py`` as it was at version 2. Columns are
added with ``ALTER TABLE … ADD COLUMN`` (portable: SQLite and PostgreSQL), so rows stored at version 1
keep their data and read back with empty sources and no conflict details.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Connection, ForeignKey, Integer, MetaData, String, Table, Text

VERSION = 2

metadata = MetaData()

# only what story_summaries' foreign key needs to resolve; the table itself exists since version 1
Table("stories", metadata, Column("id", String, primary_key=True))

story_summaries = Table(
    "story_summaries",
    metadata,
    Column("story_id", String, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("article_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("outlet", Text),
    Column("text", Text, nullable=False),
    Column("copy_of", String),
)

_NEW_COLUMNS = (
    ("timeline_rows", Column("sources", JSON)),
    ("timeline_rows", Column("conflicts", JSON)),
    ("citations", Column("date", String)),
    ("citations", Column("copy_of", String)),
)


def upgrade(connection: Connection) -> None:
    """Add the new nullable columns and create ``story_summaries``."""
    quote = connection.dialect.identifier_preparer.quote
    for table, column in _NEW_COLUMNS:
        kind = column.type.compile(dialect=connection.dialect)
        connection.exec_driver_sql(f"ALTER TABLE {quote(table)} ADD COLUMN {quote(column.name)} {kind}")
    story_summaries.create(connection)
