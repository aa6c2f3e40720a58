"""Version 6: a write generation, one number that every committed write transaction increments.

A server caches rendered responses by (generation, request). Reading one row tells it whether any
process (the server itself, an ``akhbar ingest`` beside it, a ``spark load``) has committed since, on
SQLite and PostgreSQL alike; SQLite's ``PRAGMA data_version`` would only see other connections, and
PostgreSQL has nothing like it.

Frozen: a later change is a new migration.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Integer, MetaData, Table

VERSION = 6

metadata = MetaData()

write_generation = Table(
    "write_generation",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", Integer, nullable=False),
)


def upgrade(connection: Connection) -> None:
    """Create the table with its single row at 0."""
    write_generation.create(connection)
    connection.execute(write_generation.insert().values(id=1, value=0))
