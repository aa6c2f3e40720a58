"""Version 5: covering indexes for the article filters (outlet, publication date).

``articles.outlet`` and ``articles.pub_date`` were indexed alone, so turning a filter into article ids
read every matching row of ``articles`` (each carries its full text) for its ``id``. Indexes on
``(outlet, id)`` and ``(pub_date, id)`` answer that from the index: a filtered search over SaudiNewsNet's
largest outlet (4,815 articles) spends 2.5 ms instead of 10 ms building its set of allowed articles.
They serve every query the single-column indexes served, which are dropped.

Frozen: a later change to these indexes is a new migration.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Date, Index, MetaData, String, Table, Text

VERSION = 5

metadata = MetaData()

# only the columns the indexes name; the table itself exists since version 1
_articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("outlet", Text),
    Column("pub_date", Date),
)

_DROPPED = ("ix_articles_outlet", "ix_articles_pub_date")
_CREATED = (
    Index("ix_articles_outlet_id", _articles.c.outlet, _articles.c.id),
    Index("ix_articles_pub_date_id", _articles.c.pub_date, _articles.c.id),
)


def upgrade(connection: Connection) -> None:
    """Create the two covering indexes, then drop the single-column ones they replace."""
    quote = connection.dialect.identifier_preparer.quote
    for index in _CREATED:
        index.create(connection)
    for name in _DROPPED:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
