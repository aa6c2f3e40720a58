"""Opening a database: engine creation, SQLite pragmas, transactions and error translation.

Every database error a user can meet leaves this package as a ``StoreError`` whose message names the
database (file path, ``in-memory database`` or the URL without its password), says what went wrong
and what to do. SQLite connections run with WAL, ``foreign_keys=ON``, a busy timeout and
``synchronous=NORMAL``; transactions are explicit (``BEGIN`` / ``BEGIN IMMEDIATE`` for writes), so
a batch is all or nothing and a read followed by a write never fails half way on a lock upgrade.

PostgreSQL gets the same guarantees: a write transaction first takes a transaction-level advisory lock
(waiting at most the busy timeout, as ``lock_timeout``), so akhbar writers queue one after another as
they do on SQLite; a read runs at ``REPEATABLE READ``, so the several queries that load a story see
one snapshot, as a SQLite read transaction does. Connections are pooled and pinged before use.
"""

from __future__ import annotations

import json
import logging
import threading
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, func, make_url, select, update
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from akhbar.errors import StoreError
from akhbar.store.schema import write_generation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.engine import URL
    from sqlalchemy.pool import PoolProxiedConnection

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 5.0
_WRITE = "akhbar_write"
#: The PostgreSQL advisory lock every akhbar write transaction holds (the bytes of "akhbar").
WRITE_LOCK_KEY = int.from_bytes(b"akhbar", "big")
#: Seconds a PostgreSQL connection attempt may take before it fails with advice.
CONNECT_TIMEOUT = 10


@dataclass(frozen=True, slots=True)
class Database:
    """An open engine and the name the user knows the database by (for messages)."""

    engine: Engine
    where: str
    counts_writes: bool = False  # the schema has the write generation (version 6): writes bump it
    _held: _HeldConnection = field(default_factory=lambda: _HeldConnection(), compare=False, repr=False)

    def close(self) -> None:
        """Close the connections, the one ``generation`` keeps included."""
        self._held.close()
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def has_full_text(self) -> bool:
        """Whether search can use the database's own full-text index (SQLite FTS5, PostgreSQL tsvector)."""
        return self.engine.dialect.name in {"sqlite", "postgresql"}

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection inside one (deferred) transaction; database errors become ``StoreError``."""
        with translate_errors(self.where), self.engine.connect() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection inside one write transaction: committed on success, rolled back on any error.

        On SQLite the transaction starts with ``BEGIN IMMEDIATE`` so it waits (up to the busy
        timeout) for other writers up front instead of failing when a read turns into a write; on
        PostgreSQL it takes the akhbar write lock the same way.
        """
        with translate_errors(self.where), self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn
                if self.counts_writes:
                    conn.execute(update(write_generation).values(value=write_generation.c.value + 1))

    def generation(self) -> int:
        """The write generation: it changes whenever any process commits a write (0 before version 6).

        A server reads it for every request, cached or not, on its event loop. Through a pooled
        SQLAlchemy connection that cost ~150 µs of CPU (check-out, ``BEGIN``, the query, ``ROLLBACK``);
        one driver connection kept open in autocommit mode answers the single-row read in a few µs,
        and each read in autocommit mode sees the latest commit.
        """
        if not self.counts_writes:
            return 0
        if isinstance(self.engine.pool, StaticPool):  # in memory: the one connection is everyone's
            with translate_errors(self.where), self.engine.connect() as conn:
                return int(conn.execute(select(write_generation.c.value)).scalar_one_or_none() or 0)
        with translate_errors(self.where):
            try:
                value = self._held.scalar(self.engine, _GENERATION_SQL)
            except self.engine.dialect.loaded_dbapi.Error as exc:
                raise StoreError(describe_error(self.where, str(exc))) from exc
        return int(value or 0)


_GENERATION_SQL = f"SELECT value FROM {write_generation.name}"


class _HeldConnection:
    """One driver connection, opened on first use and kept, for reads that must cost next to nothing.

    A lock makes it safe to share between threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: PoolProxiedConnection | None = None

    def scalar(self, engine: Engine, sql: str) -> Any:
        """The first column of the first row of ``sql``, or ``None``; the driver's errors propagate.

        A kept connection that fails (a database server restarted) is replaced and the read tried
        once more; a new connection that fails raises.
        """
        with self._lock:
            while True:
                fresh = self._conn is None
                conn = self._conn = self._conn or _autocommit(engine.raw_connection())
                try:
                    cursor = conn.cursor()
                    cursor.execute(sql)
                    row = cursor.fetchone()
                    cursor.close()
                except engine.dialect.loaded_dbapi.Error:
                    self._drop()
                    if fresh:
                        raise
                    continue
                except BaseException:
                    self._drop()
                    raise
                return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with suppress(Exception):
                conn.invalidate()  # closed for good, not handed back to the pool in autocommit mode


def _autocommit(conn: PoolProxiedConnection) -> PoolProxiedConnection:
    """``conn`` with each statement its own transaction (SQLite connections already are: ``_on_connect``)."""
    driver = conn.driver_connection
    if driver is not None and hasattr(driver, "autocommit"):  # psycopg
        driver.rollback()  # a pre-ping may have opened a transaction
        driver.autocommit = True
    return conn


def open_database(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
    """Create the engine for ``url`` (``sqlite:///path``, ``sqlite://``, ``postgresql+psycopg://…``).

    Raises ``StoreError`` when the URL cannot be used or the SQLite file's directory does not exist;
    nothing is created on disk until the first connection.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"{url!r}: not a database URL ({exc}). Pass --db with a file path such as news.db "
            "or a URL such as postgresql://user@host/akhbar."
        ) from exc
    where = _describe_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(url, parsed.database, where, busy_timeout)
        elif parsed.get_backend_name() == "postgresql":
            # a bare postgresql:// would pick psycopg2, which akhbar does not install
            driver = (
                parsed.set(drivername="postgresql+psycopg") if parsed.drivername == "postgresql" else parsed
            )
            engine = _postgres_engine(driver, busy_timeout)
        else:
            engine = create_engine(url, json_serializer=_dumps, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"{where}: no driver for this database ({exc}). For PostgreSQL install akhbar[postgres]; "
            "otherwise pass --db with a SQLite file path."
        ) from exc
    return Database(engine, where)


def _sqlite_engine(url: str, database: str | None, where: str, busy_timeout: float) -> Engine:
    memory = not database or database == ":memory:"
    if not memory:
        parent = Path(str(database)).parent
        if not parent.is_dir():
            raise StoreError(
                f"{where}: directory {parent} does not exist. Create it first or pass --db with another path."
            )
    engine = create_engine(
        url,
        json_serializer=_dumps,
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
        # one shared connection, or every connection would see its own empty in-memory database
        **({"poolclass": StaticPool} if memory else {}),
    )
    timeout_ms = int(busy_timeout * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # take transaction control away from pysqlite so BEGIN is ours (and DDL is transactional)
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {timeout_ms}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgres_engine(url: URL, busy_timeout: float) -> Engine:
    """A pooled psycopg 3 engine whose write transactions queue on the akhbar advisory lock."""
    engine = create_engine(
        url,
        json_serializer=_dumps,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "akhbar"},
    )
    lock_timeout = f"{max(int(busy_timeout * 1000), 1)}ms"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_WRITE, False):
            conn.execute(select(func.set_config("lock_timeout", lock_timeout, True)))
            conn.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK_KEY)))

    return engine


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _describe_url(url: str) -> str:
    """The database as a user would name it: the file path, or the URL with its password hidden."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database if parsed.database and parsed.database != ":memory:" else "in-memory database"
    return parsed.render_as_string(hide_password=True)


@contextmanager
def translate_errors(where: str) -> Iterator[None]:
    """Turn SQLAlchemy and driver errors raised inside the block into ``StoreError`` with advice."""
    try:
        yield
    except StoreError:
        raise
    except DBAPIError as exc:
        raise StoreError(describe_error(where, str(exc.orig))) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"{where}: database error ({exc}). Run again with --debug and report it.") from exc


_ADVICE = (
    (
        "file is not a database",
        "not an akhbar database (file is not a database). Pass --db with another path or move the file away.",
    ),
    (
        "malformed",
        "the database is corrupt ({detail}). Restore it from a backup, or move it away and ingest again.",
    ),
    (
        "locked",
        "the database is locked by another process ({detail}). Wait for the other akhbar run to finish, "
        "or pass --db with another path.",
    ),
    (
        "lock timeout",
        "the database is locked by another akhbar run ({detail}). Wait for it to finish and run again.",
    ),
    (
        'fatal:  database "',
        "no such database on the server ({detail}). Create it (createdb NAME) or fix the name in the URL.",
    ),
    (
        "password authentication failed",
        "the server refused the user or password ({detail}). Fix them in the URL or in ~/.pgpass.",
    ),
    (
        'fatal:  role "',
        "no such user on the server ({detail}). Create it (createuser NAME) or fix the user in the URL.",
    ),
    (
        "nul (0x00)",
        "the text holds a NUL character, which PostgreSQL cannot store ({detail}). "
        "Remove NUL characters from the input, or store it in a SQLite database.",
    ),
    (
        "readonly",
        "the database is read-only ({detail}). Check the file's permissions or pass --db with another path.",
    ),
    (
        "unable to open",
        "cannot open the database file ({detail}). Check that the path exists and is writable, "
        "or pass --db with another path.",
    ),
    (
        "disk is full",
        "the disk is full ({detail}). Free some space and run again; the last batch was not written.",
    ),
    (
        "no such module: fts5",
        "this SQLite has no FTS5 full-text search ({detail}). Use a Python built with a recent SQLite.",
    ),
    (
        "connection",
        "cannot reach the database server ({detail}). Check that it is running and the URL is right.",
    ),
)


def describe_error(where: str, detail: str) -> str:
    """A user-facing message for a driver error ``detail`` on database ``where``.

    >>> describe_error("news.db", "database is locked")
    'news.db: the database is locked by another process (database is locked). Wait for the other akhbar run to finish, or pass --db with another path.'
    """
    detail = detail.strip().splitlines()[0] if detail.strip() else "unknown error"
    lowered = detail.lower()
    for needle, advice in _ADVICE:
        if needle in lowered:
            return f"{where}: {advice.format(detail=detail)}"
    return f"{where}: database error ({detail}). Run again with --debug and report it if it persists."
