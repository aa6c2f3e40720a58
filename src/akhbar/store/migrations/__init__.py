"""Versioned schema: an ordered tuple of migration modules, each with ``VERSION`` and ``upgrade(connection)``.

The ``schema_version`` table holds one row per applied migration; the database's version is the
highest. Opening a database runs, in one write transaction, every migration above that version, so an
old database is upgraded in place and a half-applied upgrade never remains. A database newer than
this code is refused (``StoreError``): writing to it could lose what the newer version stores.

To change the schema, add ``mNNNN_what.py`` with ``VERSION = N`` and ``upgrade(connection)`` (portable
SQLAlchemy Core; dialect-specific DDL behind ``connection.dialect.name``), append it to
``MIGRATIONS`` and edit ``store/schema.py`` to match.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Connection, func, inspect, select

from akhbar.errors import StoreError
from akhbar.store.migrations import (
    m0001_initial,
    m0002_timeline_sources,
    m0003_entities,
    m0004_postgres_search,
    m0005_covering_filters,
    m0006_write_generation,
)
from akhbar.store.schema import schema_version

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.store.engine import Database

log = logging.getLogger(__name__)


class Migration(Protocol):
    """What a migration module provides (a module object satisfies this protocol)."""

    VERSION: int

    def upgrade(self, connection: Connection) -> None: ...


MIGRATIONS: tuple[Migration, ...] = (
    m0001_initial,
    m0002_timeline_sources,
    m0003_entities,
    m0004_postgres_search,
    m0005_covering_filters,
    m0006_write_generation,
)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The schema version this code writes (0 when there are no migrations)."""
    return max((m.VERSION for m in migrations), default=0)


def read_version(conn: Connection) -> int:
    """The database's schema version: 0 for an empty database.

    Raises ``StoreError`` (via the caller's translation) for a database that holds other tables but no
    ``schema_version``: that is someone else's database and akhbar must not write into it.
    """
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        if tables:
            shown = ", ".join(sorted(tables)[:5])
            raise StoreError(
                f"not an akhbar database (it holds other tables: {shown}). "
                "Pass --db with another path or move the file away."
            )
        return 0
    return int(conn.execute(select(func.max(schema_version.c.version))).scalar_one_or_none() or 0)


def migrate(database: Database, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring ``database`` up to the latest version; return the version it is at afterwards.

    Reads the version first without a write lock, so opening an up-to-date database never waits for
    a running ingest; only when migrations are pending does it take the write lock and re-check.
    """
    ordered = _checked(migrations)
    latest = latest_version(ordered)
    with database.read() as conn:
        version = _read(conn, database.where)
    _refuse_newer(database.where, version, latest)
    if version == latest:
        return version
    with database.write() as conn:
        version = _read(conn, database.where)
        _refuse_newer(database.where, version, latest)
        for migration in ordered:
            if version >= migration.VERSION:
                continue
            log.info("%s: upgrading schema to version %d", database.where, migration.VERSION)
            migration.upgrade(conn)
            conn.execute(
                schema_version.insert().values(
                    version=migration.VERSION, applied_at=datetime.now(UTC).replace(tzinfo=None)
                )
            )
            version = migration.VERSION
    return version


def _read(conn: Connection, where: str) -> int:
    try:
        return read_version(conn)
    except StoreError as exc:
        raise StoreError(f"{where}: {exc}") from exc


def _refuse_newer(where: str, version: int, latest: int) -> None:
    if version > latest:
        raise StoreError(
            f"{where}: the database has schema version {version}, newer than this akhbar supports "
            f"({latest}). Upgrade akhbar (pip install -U akhbar) or pass --db with another path."
        )


def _checked(migrations: Sequence[Migration]) -> tuple[Migration, ...]:
    versions = [m.VERSION for m in migrations]
    if versions != sorted(set(versions)) or (versions and versions[0] < 1):
        raise StoreError(
            f"migrations must have increasing versions from 1, got {versions}; this is a bug in akhbar"
        )
    return tuple(migrations)
