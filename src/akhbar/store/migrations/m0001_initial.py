"""Version 1: articles with span layers, search documents (+ SQLite FTS5), stories, rejections.

Frozen: these table definitions are a copy of ``store/schema.py`` as it was at version 1 and must not
follow later edits of that module; a later change is a new migration module.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

VERSION = 1

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("title", Text),
    Column("author", Text),
    Column("language", String, nullable=False),
    Column("pub_date", Date, index=True),
    Column("pub_date_source", String),
    Column("pub_date_range_start", Date),
    Column("pub_date_range_end", Date),
    Column("pub_date_note", Text),
    Column("display_date", Date),
    Column("crawl_date", Date),
    Column("copy_of", String),
    Column("content_key", String, index=True),
    Column("layer_names", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)

spans = Table(
    "spans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("layer", String, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("attrs", JSON),
    Index("ix_spans_article_layer", "article_id", "layer"),
)

search_docs = Table(
    "search_docs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "article_id",
        String,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    Column("title", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("first_date", Date),
    Column("last_date", Date),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", String, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
)

timeline_rows = Table(
    "timeline_rows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", String, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("date", String, nullable=False),
    Column("description", Text, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("conflict", Boolean, nullable=False),
)

citations = Table(
    "citations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("row_id", Integer, ForeignKey("timeline_rows.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("article_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("outlet", Text),
    Column("text", Text, nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)


# FTS5 over the keyed (folded, clitic-stripped) title and body; external content so the keyed text
# is stored once, in search_docs, and triggers keep the index in step with it.
_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, content='search_docs', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
    "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
)


def upgrade(connection: Connection) -> None:
    """Create every version-1 table; on SQLite also the FTS5 index and its triggers."""
    metadata.create_all(connection)
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_FTS:
            connection.exec_driver_sql(statement)
