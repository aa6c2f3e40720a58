"""Opening databases: pragmas, and every failure a user can meet is a StoreError saying what to do."""

from __future__ import annotations

import socket
import sqlite3
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import make_url, text

from akhbar.errors import StoreError
from akhbar.model import Article
from akhbar.store.engine import open_database
from akhbar.store.repository import Store

if TYPE_CHECKING:
    from pathlib import Path


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path}/news.db", busy_timeout=2.5)
    with database.read() as conn:
        pragmas = {
            p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 2500, "synchronous": 1}


def write_garbage(path: Path) -> None:
    path.write_text("قائمة مشتريات، وليست قاعدة بيانات\n" * 50, encoding="utf-8")


def corrupt(path: Path) -> None:
    Store.open(f"sqlite:///{path}").close()
    data = bytearray(path.read_bytes())
    data[100:108] = b"\xff" * 8  # the header of the schema page
    path.write_bytes(data)


def foreign_tables(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (write_garbage, r"news\.db: not an akhbar database \(file is not a database\)\. Pass --db"),
        (corrupt, r"news\.db: the database is corrupt .*Restore it from a backup"),
        (foreign_tables, r"news\.db: not an akhbar database \(it holds other tables: recipes\)"),
    ],
)
def test_unusable_file_is_a_store_error_naming_the_path(
    tmp_path: Path, prepare: object, message: str
) -> None:
    path = tmp_path / "news.db"
    prepare(path)  # type: ignore[operator]
    with pytest.raises(StoreError, match=message):
        Store.open(f"sqlite:///{path}")


def test_missing_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"missing/news\.db: directory .*missing does not exist\. Create it"):
        Store.open(f"sqlite:///{tmp_path}/missing/news.db")
    assert not (tmp_path / "missing").exists()


def test_locked_database_is_a_store_error_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with Store.open(f"sqlite:///{path}", busy_timeout=0.05) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match=r"news\.db: the database is locked .*Wait for the other"):
                store.add_articles([Article.from_text("نص", source="a.txt")])
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.add_articles([Article.from_text("نص", source="a.txt")]).added == 1


@pytest.mark.parametrize("url", ["nosuchdb://x/y", "not a url"])
def test_unusable_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError, match="--db"):
        Store.open(url)


def test_in_memory_database_is_shared_by_every_connection() -> None:
    database = open_database("sqlite://")
    with database.write() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    with database.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0


def test_a_writer_waits_for_another_then_fails_with_advice(db_url: str) -> None:
    art = Article.from_text("نص", source="a.txt")
    with Store.open(db_url) as holder, Store.open(db_url, busy_timeout=0.05) as waiter:
        with holder._db.write():
            assert waiter.count_articles() == 0  # readers never wait for a writer
            with pytest.raises(StoreError, match=r"locked by another .*[Ww]ait"):
                waiter.add_articles([art])
        assert waiter.add_articles([art]).added == 1


@pytest.mark.parametrize(
    ("database", "message"),
    [
        ("nope", r"/nope: no such database on the server .*createdb"),
        (None, r"cannot reach the database server .*Check that it is running"),
    ],
)
def test_unusable_postgres_url_is_a_store_error_saying_what_to_check(
    postgres: Any, database: str | None, message: str
) -> None:
    server = make_url(postgres.url)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    url = server.set(database=database) if database else server.set(port=closed_port)
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(url.render_as_string(hide_password=False))
    assert "Traceback" not in str(caught.value)


def test_bare_postgresql_url_uses_psycopg_3(postgres: Any) -> None:
    url = make_url(postgres.url).set(drivername="postgresql")
    with Store.open(url.render_as_string(hide_password=False)) as store:
        assert store.count_articles() >= 0


def test_nul_characters_are_kept_by_sqlite_and_refused_by_postgres_with_advice(db_url: str) -> None:
    art = Article.from_text("قال\x00لافروف", source="a.txt")
    with Store.open(db_url) as store:
        if db_url.startswith("sqlite"):
            store.add_articles([art])
            assert store.article(art.id).text == art.text
            return
        with pytest.raises(StoreError, match=r"NUL character, which PostgreSQL cannot store .*Remove"):
            store.add_articles([art])
        assert store.count_articles() == 0
