"""Versioned schema: fresh databases are migrated, old ones upgraded once, newer ones refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Connection, create_engine, inspect, text

from akhbar.errors import StoreError
from akhbar.model import Article, Citation, Conflict, Story, TimelineRow
from akhbar.store.migrations import MIGRATIONS, latest_version, m0001_initial
from akhbar.store.repository import Store
from akhbar.store.schema import metadata

if TYPE_CHECKING:
    from pathlib import Path


class AddNotesColumn:
    """A stand-in for a future migration module; counts how often it ran."""

    VERSION = latest_version() + 1
    runs = 0

    @classmethod
    def upgrade(cls, connection: Connection) -> None:
        cls.runs += 1
        connection.execute(text("ALTER TABLE articles ADD COLUMN notes TEXT"))


def test_fresh_database_is_at_the_latest_version(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path}/news.db") as store:
        assert store.schema_version == latest_version() == len(MIGRATIONS)


def test_old_database_is_upgraded_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/news.db"
    Store.open(url).close()
    AddNotesColumn.runs = 0
    for _ in range(2):
        with Store.open(url, migrations=(*MIGRATIONS, AddNotesColumn)) as store:
            assert store.schema_version == AddNotesColumn.VERSION
    assert AddNotesColumn.runs == 1
    columns = {c["name"] for c in inspect(create_engine(url)).get_columns("articles")}
    assert "notes" in columns


def test_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    class Broken:
        VERSION = latest_version() + 1

        @staticmethod
        def upgrade(connection: Connection) -> None:
            connection.execute(text("CREATE TABLE half_done (x INTEGER)"))
            raise RuntimeError("boom")

    url = f"sqlite:///{tmp_path}/news.db"
    Store.open(url).close()
    with pytest.raises(RuntimeError):
        Store.open(url, migrations=(*MIGRATIONS, Broken))
    with Store.open(url) as store:
        assert store.schema_version == latest_version()
    assert "half_done" not in inspect(create_engine(url)).get_table_names()


def test_newer_database_is_refused_with_upgrade_advice(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/news.db"
    with Store.open(url, migrations=(*MIGRATIONS, AddNotesColumn)):
        pass
    with pytest.raises(StoreError, match=r"news\.db: .*schema version \d+, newer .*Upgrade akhbar"):
        Store.open(url)


def test_migrations_build_exactly_the_declared_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/news.db"
    Store.open(url).close()
    inspector = inspect(create_engine(url))
    fts = {t for t in inspector.get_table_names() if t.startswith("search_fts")}
    assert set(inspector.get_table_names()) - fts == set(metadata.tables)
    for name, table in metadata.tables.items():
        assert [c["name"] for c in inspector.get_columns(name)] == [c.name for c in table.columns], name
        declared = {tuple(i.columns.keys()) for i in table.indexes}
        assert declared <= {tuple(i["column_names"]) for i in inspector.get_indexes(name)}, name


def test_version_1_database_upgrades_to_2_keeping_its_stories(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/news.db"
    with Store.open(url, migrations=(m0001_initial,)) as store:
        assert store.schema_version == 1
        store.add_articles([Article(id="a", text="قال لافروف", source="a.txt")])
    with create_engine(url).begin() as conn:  # a story as version-1 code wrote it: no sources, no summary
        conn.execute(text("INSERT INTO stories VALUES ('s', 'قصة', 1, '[\"أ\"]', NULL, NULL)"))
        conn.execute(text("INSERT INTO story_articles VALUES ('s', 0, 'a')"))
        conn.execute(text("INSERT INTO timeline_rows VALUES (1, 's', 0, '2022-01-24', 'وصف', '[\"أ\"]', 1)"))
        conn.execute(text("INSERT INTO citations VALUES (1, 1, 0, 'a', 0, 3, 'أ', 'قال')"))
    with Store.open(url) as store:
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
