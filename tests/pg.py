"""A throwaway PostgreSQL server for the test session, and fresh databases on it for each test.

``tests/conftest.py`` starts one server per session (``initdb`` into a temporary directory, listening on
127.0.0.1 at a free port and on a unix socket in that directory, ``fsync=off``) and stops and deletes it
at the end, failed tests or not. With ``AKHBAR_TEST_POSTGRES_URL`` set, that server is used instead
(its user needs ``CREATEDB``). Each test gets its own ``CREATE DATABASE``, dropped again afterwards, so
tests never see each other's rows: it is copied from a template database migrated once per session
(about 4 times faster than migrating each one), or made empty for tests of the migrations. Run as root (as in CI containers), the server runs as the
``postgres`` user, because ``initdb`` refuses root.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, make_url, text

from akhbar.store.repository import Store

if TYPE_CHECKING:
    from collections.abc import Sequence

ENV_URL = "AKHBAR_TEST_POSTGRES_URL"
SERVER_SETTINGS = (
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "autovacuum=off",
    "max_connections=200",
)


def find_bin_dir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``: on PATH, else Debian's newest under /usr/lib/postgresql."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One PostgreSQL server (started here, or the one ``AKHBAR_TEST_POSTGRES_URL`` names).

    ``new_database()`` returns the URL of a fresh database at the latest schema version (or an empty
    one with ``migrated=False``); ``drop_database(url)`` removes it
    (closing whatever connections a test left open); ``stop()`` stops a server started here and deletes
    its directory, and may be called more than once.
    """

    def __init__(self, url: str, *, bin_dir: Path | None = None, root: Path | None = None) -> None:
        self.url = url
        self._bin_dir = bin_dir
        self._root = root
        self._names = itertools.count(1)
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
        self._template: str | None = None

    @classmethod
    def start(cls, bin_dir: Path) -> PostgresServer:
        """``initdb`` a cluster in a temporary directory and start it; ``RuntimeError`` with its log if it fails."""
        root = Path(tempfile.mkdtemp(prefix="akhbar-pg-"))
        owner = _server_user()
        try:
            if owner is not None:
                os.chown(root, owner.pw_uid, owner.pw_gid)
            data = root / "data"
            initdb = [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ]
            _run(owner, [*initdb, "--locale=C.UTF-8", "--no-sync"], root)
            port = cls._start_on_free_port(bin_dir, owner, root)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return cls(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", bin_dir=bin_dir, root=root)

    @staticmethod
    def _start_on_free_port(bin_dir: Path, owner: pwd.struct_passwd | None, root: Path) -> int:
        settings = " ".join(f"-c {s}" for s in SERVER_SETTINGS)
        for _attempt in range(3):  # another process may take the port between free_port() and the bind
            port = free_port()
            options = f"-p {port} -c listen_addresses=127.0.0.1 -k {root} {settings}"
            command = [str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"), "-w"]
            try:
                _run(owner, [*command, "-o", options, "start"], root)
            except RuntimeError:
                continue
            return port
        log = (root / "log").read_text(errors="replace")[-2000:] if (root / "log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start in {root}:\n{log}")

    def new_database(self, *, migrated: bool = True) -> str:
        """The URL of a new database on this server: migrated to the latest version, or empty."""
        template = "template0"
        if migrated:
            if self._template is None:
                made = self.new_database(migrated=False)
                Store.open(made).close()
                self._template = made
            template = str(make_url(self._template).database)
        name = f"akhbar_test_{os.getpid()}_{next(self._names)}"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def stop(self) -> None:
        if self._template is not None:
            self.drop_database(self._template)
            self._template = None
        self._admin.dispose()
        if self._root is None or self._bin_dir is None:
            return
        root, self._root = self._root, None
        with contextlib.suppress(RuntimeError):
            stop = [str(self._bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w", "stop"]
            _run(_server_user(), stop, root)
        shutil.rmtree(root, ignore_errors=True)


def _server_user() -> pwd.struct_passwd | None:
    """The ``postgres`` account when running as root (initdb refuses root), else ``None``: run as ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError(
            "running as root, but there is no postgres user to run the test server as"
        ) from exc


def _run(owner: pwd.struct_passwd | None, command: Sequence[str], cwd: Path) -> None:
    prefix = ["runuser", "-u", owner.pw_name, "--"] if owner is not None else []
    done = subprocess.run(
        [*prefix, *command], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
