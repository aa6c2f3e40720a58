"""The file worker processes share rendered responses through: one render serves every worker."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.model import Article
from akhbar.server.app import create_app
from akhbar.server.cache import ResponseCache
from akhbar.server.shared_cache import SharedResponses

PORT = Article(
    id="port", text="افتتح وزير النقل اليوم ميناء جديدا في ينبع.", source="a.txt", title="ميناء ينبع"
)
VISIT = Article(id="visit", text="زار وزير النقل ميناء ينبع مرة أخرى.", source="b.txt", title="زيارة ثانية")


class _Worker:
    """One worker process's view: its own memory cache over a counting app, the shared file beside it."""

    def __init__(self, path: Path, generation: list[int]) -> None:
        self.renders: list[str] = []

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            self.renders.append(scope["path"])
            headers = [(b"content-type", b"text/plain; charset=utf-8")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": f"{scope['path']}@{generation[0]}".encode()})

        shared = SharedResponses(str(path), max_bytes=1 << 20)
        self.cache = ResponseCache(app, generation=lambda: generation[0], max_bytes=1 << 20, shared=shared)
        self.client = TestClient(self.cache)  # type: ignore[arg-type]  # a bare ASGI app has no lifespan


@pytest.mark.parametrize("path", ["/stories/a1", "/api/search"])
def test_a_response_rendered_by_one_worker_is_served_by_the_other(tmp_path: Path, path: str) -> None:
    generation = [1]
    first, second = _Worker(tmp_path / "r.db", generation), _Worker(tmp_path / "r.db", generation)
    rendered = first.client.get(path)
    served = second.client.get(path)
    assert (rendered.headers["x-akhbar-cache"], served.headers["x-akhbar-cache"]) == ("miss", "hit")
    assert served.content == rendered.content == f"{path}@1".encode()
    assert served.headers["content-type"] == rendered.headers["content-type"]
    assert served.headers["etag"] == rendered.headers["etag"]
    assert (first.renders, second.renders) == ([path], [])


def test_after_a_write_neither_worker_serves_the_older_render(tmp_path: Path) -> None:
    generation = [1]
    first, second = _Worker(tmp_path / "r.db", generation), _Worker(tmp_path / "r.db", generation)
    first.client.get("/p")
    generation[0] = 2  # a committed write, seen by both workers
    assert second.client.get("/p").content == b"/p@2"
    assert first.client.get("/p").headers["x-akhbar-cache"] == "hit"  # the second worker's render
    with sqlite3.connect(tmp_path / "r.db") as db:
        assert db.execute("SELECT DISTINCT generation FROM responses").fetchall() == [(2,)]


def test_a_busy_or_broken_file_only_costs_a_render(tmp_path: Path) -> None:
    shared = SharedResponses(str(tmp_path / "r.db"), max_bytes=1 << 20)
    other = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another worker holding the write lock
    shared.put((1, b"h", "/p", b""), [(b"content-type", b"text/html")], b"<p>")
    other.execute("ROLLBACK")
    assert shared.get((1, b"h", "/p", b"")) is None
    shared.close()
    assert shared.get((1, b"h", "/p", b"")) is None  # a closed connection: a miss, not an error


def test_the_file_keeps_the_newest_responses_within_its_size(tmp_path: Path) -> None:
    shared = SharedResponses(str(tmp_path / "r.db"), max_bytes=1000)
    for i in range(64):  # the size is checked every 64 stores
        shared.put((1, b"h", f"/p{i}", b""), [(b"content-type", b"text/html; charset=utf-8")], b"x" * 100)
    assert shared.get((1, b"h", "/p0", b"")) is None
    assert shared.get((1, b"h", "/p63", b"")) == (
        [(b"content-type", b"text/html; charset=utf-8")],
        b"x" * 100,
    )
    with sqlite3.connect(tmp_path / "r.db") as db:
        assert db.execute("SELECT sum(length(body)) FROM responses").fetchone()[0] == 1000


def test_the_shared_file_is_named_by_the_environment(tmp_path: Path) -> None:
    path = str(tmp_path / "r.db")
    assert Settings.resolve(environ={"AKHBAR_SHARED_CACHE": path}).shared_cache == path
    assert Settings.resolve(environ={}).shared_cache is None


def test_two_app_processes_on_one_file_render_a_page_once(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with Akhbar.open(db) as ak:
        ak.store.add_articles([PORT])
    settings = replace(Settings.resolve(db=db, environ={}), shared_cache=str(tmp_path / "r.db"))
    with TestClient(create_app(settings)) as one, TestClient(create_app(settings)) as two:
        page = one.get("/articles/port")
        again = two.get("/articles/port")
        assert (page.headers["x-akhbar-cache"], again.headers["x-akhbar-cache"]) == ("miss", "hit")
        assert again.text == page.text
        with Akhbar.open(db) as other:  # an ingest beside the server: both workers render afresh
            other.store.add_articles([VISIT])
        assert two.get("/api/articles/visit").headers["x-akhbar-cache"] == "miss"
        assert one.get("/articles/port").headers["x-akhbar-cache"] == "miss"


def test_an_unusable_shared_file_leaves_each_worker_rendering_alone(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with Akhbar.open(db) as ak:
        ak.store.add_articles([PORT])
    settings = replace(Settings.resolve(db=db, environ={}), shared_cache=str(tmp_path / "no" / "r.db"))
    with TestClient(create_app(settings)) as client:
        assert [client.get("/articles/port").headers["x-akhbar-cache"] for _ in range(2)] == ["miss", "hit"]
