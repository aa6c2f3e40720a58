"""The current database schema as SQLAlchemy Core tables; queries are written against these.

The tables are *created* by the migrations in ``store/migrations`` (each frozen at its version), not
from this module: ``tests/store/test_migrations.py`` checks that migrating an empty database gives
exactly these tables and columns, so a change here without a migration fails the suite.

Everything here is portable SQL (SQLite and PostgreSQL). The full-text index over ``search_docs`` is
dialect-specific and lives in the migrations and in ``store/search.py``: on SQLite an FTS5 table with
triggers (version 1), on PostgreSQL a generated ``tsvector`` column ``search_docs.vector`` with a GIN
index (version 4), which is why neither is declared here.

``entities`` is derived data: one row per canonical entity with its counts, spellings and roles,
recomputed from ``entity_mentions`` whenever an article that mentions it is added or removed (see
``store/entities.py``); ``names`` holds the folded canonical name and spellings for ``q`` lookups.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
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
    Column("outlet", Text),
    Column("title", Text),
    Column("author", Text),
    Column("language", String, nullable=False),
    Column("pub_date", Date),
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
    # covering: a filter's article ids come from the index, not from rows that carry the text (m0005)
    Index("ix_articles_outlet_id", "outlet", "id"),
    Index("ix_articles_pub_date_id", "pub_date", "id"),
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
    Column("sources", JSON),
    Column("conflicts", JSON),
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
    Column("date", String),
    Column("copy_of", String),
)

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

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("label", String, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("names", Text, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("variants", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Index("ix_entities_mentions", "mentions"),
    Index("ix_entities_label_mentions", "label", "mentions"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", String, nullable=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String, nullable=False),
    Column("surface", Text, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("role", Text),
    Index("ix_entity_mentions_entity_article", "entity_id", "article_id"),
)

entity_quotes = Table(
    "entity_quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", String, nullable=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("via", Text),
    Column("text", Text, nullable=False),
    Index("ix_entity_quotes_entity_article", "entity_id", "article_id"),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

# one row: bumped by every write transaction (store.engine), so a server can tell in one read whether
# anything changed since it cached a response, whichever process wrote (migration 6)
write_generation = Table(
    "write_generation",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", Integer, nullable=False),
)
