"""Shared fixtures. ``../shared`` material is optional: tests marked ``shared`` skip without it."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "seeds"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason="../shared is not next to this checkout")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder (seeds, gold, data)."""
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles as bundled under ``examples/seeds`` (same bytes as ``../shared/seeds``)."""
    return EXAMPLES


# -- databases: tests that take ``db_url`` (or ``databases``) run once on SQLite and once on PostgreSQL --


def _load_pg() -> ModuleType:
    """``tests/pg.py`` (the throwaway server), loaded by path: tests/ is not a package."""
    spec = importlib.util.spec_from_file_location("akhbar_tests_pg", Path(__file__).with_name("pg.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pg = _load_pg()


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg.PostgresServer]:
    """One PostgreSQL server for the session: ``AKHBAR_TEST_POSTGRES_URL``'s, or a throwaway one started here."""
    url = os.environ.get(pg.ENV_URL)
    if url:
        server = pg.PostgresServer(url)
    else:
        bin_dir = pg.find_bin_dir()
        if bin_dir is None:
            pytest.skip(
                "no PostgreSQL binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql; `make apt-test`"
            )
        server = pg.PostgresServer.start(bin_dir)
    try:
        yield server
    finally:
        server.stop()


class Databases:
    """Fresh, empty databases of one backend as URLs; ``close()`` removes every one still there."""

    def __init__(self, backend: str, folder: Path, server: pg.PostgresServer | None) -> None:
        self.backend = backend
        self._folder = folder
        self._server = server
        self._made: list[str] = []
        self._count = 0

    def new(self, *, migrated: bool = True) -> str:
        """A new database; on PostgreSQL a copy of one migrated once (``migrated=False``: empty)."""
        self._count += 1
        if self._server is None:
            url = f"sqlite:///{self._folder}/db{self._count}.db"
        else:
            url = self._server.new_database(migrated=migrated)
        self._made.append(url)
        return url

    def drop(self, url: str) -> None:
        if self._server is not None:
            self._server.drop_database(url)
        self._made.remove(url)

    def close(self) -> None:
        for url in list(self._made):
            self.drop(url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def databases(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Databases]:
    """Makes databases of one backend; module-scoped so module-scoped fixtures can fill one and share it."""
    server = request.getfixturevalue("postgres") if request.param == "postgresql" else None
    made = Databases(request.param, tmp_path_factory.mktemp(request.param), server)
    yield made
    made.close()


@pytest.fixture
def db_url(databases: Databases) -> Iterator[str]:
    """The URL of a fresh database (a SQLite file, or a PostgreSQL database), removed afterwards."""
    url = databases.new()
    yield url
    databases.drop(url)


@pytest.fixture(scope="module")
def module_db_url(databases: Databases) -> str:
    """Like ``db_url``, shared by a module's tests (for module-scoped fixtures that fill it once)."""
    return databases.new()


@pytest.fixture
def new_db_url(databases: Databases) -> Callable[..., str]:
    """Makes more databases of the test's backend: ``new_db_url()``, or ``new_db_url(migrated=False)``."""
    return databases.new
