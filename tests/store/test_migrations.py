"""Versioned schema: fresh databases are migrated, old ones upgraded once, newer ones refused.

Each test runs on SQLite and on PostgreSQL, from an empty database (``new_db_url(migrated=False)``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Connection, create_engine, inspect, text

from akhbar.errors import StoreError
from akhbar.model import Article, Citation, Conflict, Story, TimelineRow
from akhbar.store.migrations import MIGRATIONS, latest_version, m0001_initial, m0002_timeline_sources
from akhbar.store.repository import Store
from akhbar.store.schema import metadata

if TYPE_CHECKING:
    from collections.abc import Callable


class AddNotesColumn:
    """A stand-in for a future migration module; counts how often it ran."""

    VERSION = latest_version() + 1
    runs = 0

    @classmethod
    def upgrade(cls, connection: Connection) -> None:
        cls.runs += 1
        connection.execute(text("ALTER TABLE articles ADD COLUMN notes TEXT"))


def test_fresh_database_is_at_the_latest_version(new_db_url: Callable[..., str]) -> None:
    with Store.open(new_db_url(migrated=False)) as store:
        assert store.schema_version == latest_version() == len(MIGRATIONS)


def test_old_database_is_upgraded_once(new_db_url: Callable[..., str]) -> None:
    url = new_db_url(migrated=False)
    Store.open(url).close()
    AddNotesColumn.runs = 0
    for _ in range(2):
        with Store.open(url, migrations=(*MIGRATIONS, AddNotesColumn)) as store:
            assert store.schema_version == AddNotesColumn.VERSION
    assert AddNotesColumn.runs == 1
    columns = {c["name"] for c in inspect(create_engine(url)).get_columns("articles")}
    assert "notes" in columns


def test_failed_migration_leaves_the_old_version(new_db_url: Callable[..., str]) -> None:
    class Broken:
        VERSION = latest_version() + 1

        @staticmethod
        def upgrade(connection: Connection) -> None:
            connection.execute(text("CREATE TABLE half_done (x INTEGER)"))
            raise RuntimeError("boom")

    url = new_db_url(migrated=False)
    Store.open(url).close()
    with pytest.raises(RuntimeError):
        Store.open(url, migrations=(*MIGRATIONS, Broken))
    with Store.open(url) as store:
        assert store.schema_version == latest_version()
    assert "half_done" not in inspect(create_engine(url)).get_table_names()


def test_newer_database_is_refused_with_upgrade_advice(new_db_url: Callable[..., str]) -> None:
    url = new_db_url(migrated=False)
    with Store.open(url, migrations=(*MIGRATIONS, AddNotesColumn)) as store:
        where = store.where
    with pytest.raises(
        StoreError, match=rf"{re.escape(where)}: .*schema version \d+, newer .*Upgrade akhbar"
    ):
        Store.open(url)


def test_migrations_build_exactly_the_declared_schema(new_db_url: Callable[..., str]) -> None:
    url = new_db_url(migrated=False)
    Store.open(url).close()
    inspector = inspect(create_engine(url))
    fts = {t for t in inspector.get_table_names() if t.startswith("search_fts")}
    assert set(inspector.get_table_names()) - fts == set(metadata.tables)
    # PostgreSQL's search index is a generated column (migration 4), like SQLite's search_fts tables
    dialect_only = {"search_docs": ["vector"]} if url.startswith("postgresql") else {}
    for name, table in metadata.tables.items():
        expected = [c.name for c in table.columns] + dialect_only.get(name, [])
        assert [c["name"] for c in inspector.get_columns(name)] == expected, name
        declared = {tuple(i.columns.keys()) for i in table.indexes}
        assert declared <= {tuple(i["column_names"]) for i in inspector.get_indexes(name)}, name


def test_version_1_database_upgrades_to_2_keeping_its_stories(new_db_url: Callable[..., str]) -> None:
    url = new_db_url(migrated=False)
    with Store.open(url, migrations=(m0001_initial,)) as store:
        assert store.schema_version == 1
        store.add_articles([Article(id="a", text="قال لافروف", source="a.txt")])
    with create_engine(url).begin() as conn:  # a story as version-1 code wrote it: no sources, no summary
        conn.execute(text("INSERT INTO stories VALUES ('s', 'قصة', 1, '[\"أ\"]', NULL, NULL)"))
        conn.execute(text("INSERT INTO story_articles VALUES ('s', 0, 'a')"))
        conn.execute(
            text("INSERT INTO timeline_rows VALUES (1, 's', 0, '2022-01-24', 'وصف', '[\"أ\"]', TRUE)")
        )
        conn.execute(text("INSERT INTO citations VALUES (1, 1, 0, 'a', 0, 3, 'أ', 'قال')"))
    with Store.open(url, migrations=(m0001_initial, m0002_timeline_sources)) as store:
        assert store.schema_version == 2
        story = store.story("s")
        assert story.timeline == (
            TimelineRow("2022-01-24", "وصف", (Citation("a", 0, 3, "أ", "قال"),), ("أ",), conflict=True),
        )
        assert story.summary == ()
        rich = Story(
            "s",
            "قصة",
            ("a",),
            summary=(Citation("a", 0, 3, "أ", "قال", copy_of="b"),),
            timeline=(
                TimelineRow(
                    "2022-01-24",
                    "وصف",
                    (Citation("a", 0, 3, "أ", "قال", date="2022-01-24"), Citation("a", 4, 10, "ب", "لافروف")),
                    ("أ", "ب"),
                    conflict=True,
                    sources=("أ",),
                    conflicts=(Conflict("date", (("2022-01-24", (0,)), ("2022-01-26", (1,)))),),
                ),
            ),
        )
        store.replace_stories([rich])
        assert store.story("s") == rich
    columns = {c["name"] for c in inspect(create_engine(url)).get_columns("citations")}
    assert {"date", "copy_of"} <= columns


@pytest.mark.parametrize(("query", "surface"), [("ولافْرُوف", "لافروف")])
def test_articles_stored_before_version_4_are_searchable_after_it(
    new_db_url: Callable[..., str], query: str, surface: str
) -> None:
    url = new_db_url(migrated=False)
    art = Article(id="a", text="قال لافروف اليوم", source="a.txt")
    with Store.open(url, migrations=MIGRATIONS[:3]) as store:
        store.add_articles([art])
    with Store.open(url) as store:
        assert store.schema_version == latest_version()
        (hit,) = store.search(query)
    assert [art.text[s:e] for s, e in hit.match_spans] == [surface]
