"""Rendered responses shared by the worker processes of one server, in a small SQLite file.

Each worker keeps its own in-memory cache (``server/cache.py``); without this file, ``--workers 2``
renders every page twice, once in each process, and after every write (which empties the caches) a
server with N workers does N times the rendering one would. A worker that misses in memory looks
here before rendering, and stores what it rendered here as well as in memory.

The file is best-effort and private to one server run: ``akhbar serve`` makes it in a temporary
folder (``AKHBAR_SHARED_CACHE``). It is keyed like the memory cache, by write generation first, so a
response stored before a write is never served after it; a worker storing a response of a newer
generation deletes the older ones. Any SQLite error (a full disk, a lock held too long) only makes
the lookup a miss or skips the store: the request is rendered as if the file were not there. Reads
and writes are single statements on an autocommit connection in WAL mode, tens of µs on the event loop;
a store that finds the other worker writing is skipped rather than waited for.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

log = logging.getLogger(__name__)

Key = tuple[int, bytes, str, bytes]  # (write generation, host, path, query string)
Headers = list[tuple[bytes, bytes]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    generation INTEGER NOT NULL, host BLOB NOT NULL, path TEXT NOT NULL, query BLOB NOT NULL,
    headers BLOB NOT NULL, body BLOB NOT NULL, PRIMARY KEY (generation, host, path, query)
)
"""
# a worker never waits for the other's write (it would hold up its event loop): it skips its own
_LOCK_WAIT_MS = 0
_TRIM_EVERY = 64  # stores between two checks of the file's size


class SharedResponses:
    """The shared file of one server run; open it in each worker process with the same ``path``."""

    def __init__(self, path: str, *, max_bytes: int) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=0)
        self._generation = -1  # the newest generation this process stored
        self._stores = 0
        self._conn.execute(f"PRAGMA busy_timeout = {_LOCK_WAIT_MS}")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = OFF")  # a lost file costs renders, never data
        self._conn.execute(_SCHEMA)

    def get(self, key: Key) -> tuple[Headers, bytes] | None:
        """The headers and body stored under ``key``, or ``None`` (also when the file fails)."""
        try:
            with self._lock:
                row = self._conn.execute(
                    "SELECT headers, body FROM responses"
                    " WHERE generation = ? AND host = ? AND path = ? AND query = ?",
                    key,
                ).fetchone()
        except sqlite3.Error as exc:
            log.warning("shared response cache %s: lookup failed (%s); rendering instead", self.path, exc)
            return None
        return (_decode_headers(row[0]), bytes(row[1])) if row else None

    def put(self, key: Key, headers: Sequence[tuple[bytes, bytes]], body: bytes) -> None:
        """Store a rendered response; older generations go first. Skipped when the file is busy or fails."""
        try:
            with self._lock:
                if key[0] > self._generation:
                    self._conn.execute("DELETE FROM responses WHERE generation < ?", (key[0],))
                    self._generation = key[0]
                self._conn.execute(
                    "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?)",
                    (*key, _encode_headers(headers), body),
                )
                self._stores += 1
                if self._stores % _TRIM_EVERY == 0:
                    self._trim()
        except sqlite3.Error as exc:
            log.info("shared response cache %s: not stored (%s)", self.path, exc)

    def _trim(self) -> None:
        """Delete the oldest stored responses while the bodies exceed ``max_bytes``."""
        total = self._conn.execute("SELECT coalesce(sum(length(body)), 0) FROM responses").fetchone()[0]
        if total <= self.max_bytes:
            return
        excess = total - self.max_bytes
        rows = self._conn.execute("SELECT rowid, length(body) FROM responses ORDER BY rowid").fetchall()
        gone: list[tuple[int]] = []
        for rowid, size in rows:
            if excess <= 0:
                break
            gone.append((rowid,))
            excess -= size
        self._conn.executemany("DELETE FROM responses WHERE rowid = ?", gone)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _encode_headers(headers: Sequence[tuple[bytes, bytes]]) -> bytes:
    # header names and values never hold CR or LF (h11 and httptools refuse them)
    return b"\r\n".join(name + b":" + value for name, value in headers)


def _decode_headers(raw: bytes) -> Headers:
    out: Headers = []
    for line in bytes(raw).split(b"\r\n"):
        if line:
            name, _, value = line.partition(b":")
            out.append((name, value))
    return out
