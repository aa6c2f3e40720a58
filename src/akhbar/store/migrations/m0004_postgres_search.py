"""Version 4: full-text search on PostgreSQL, over the same keyed text as SQLite's FTS5 index.

``search_docs`` gains ``vector``, a stored generated ``tsvector``: the keyed title at weight A and the
keyed body at weight D, parsed with the ``simple`` configuration (no stemming and no stop words: the
keys are already folded and lightly stemmed by ``store.search_keys``), with a GIN index over it. Being
generated, it can never disagree with ``title``/``body``, and rows stored before this version get
theirs when the column is added. ``store.search`` ranks with ``ts_rank_cd``. SQLite has had its FTS5
index since version 1, so there this migration changes nothing.

Frozen: a later change to the index is a new migration.
"""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 4

_POSTGRES = (
    "ALTER TABLE search_docs ADD COLUMN vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, title), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, body), 'D')) STORED",
    "CREATE INDEX ix_search_docs_vector ON search_docs USING gin (vector)",
)


def upgrade(connection: Connection) -> None:
    """On PostgreSQL add the generated ``tsvector`` column and its GIN index; elsewhere do nothing."""
    if connection.dialect.name == "postgresql":
        for statement in _POSTGRES:
            connection.exec_driver_sql(statement)
