"""The response cache: repeated reads come from memory, and no write — from any process — is ever hidden."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import anyio
import pytest
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.model import Article
from akhbar.server.app import create_app
from akhbar.server.cache import ResponseCache

TOKEN = "cache-token"
FIRST = Article(
    id="first", text="افتتح وزير النقل اليوم ميناء جديدا في ينبع.", source="a.txt", title="ميناء ينبع"
)
SECOND = Article(id="second", text="زار وزير النقل ميناء ينبع مرة أخرى.", source="b.txt", title="زيارة ثانية")


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "c.db")
    with Akhbar.open(path) as ak:
        ak.store.add_articles([FIRST])
    return path


def _client(db: str, **changes: object) -> TestClient:
    settings = replace(Settings.resolve(db=db, token=TOKEN, environ={}), **changes)  # type: ignore[arg-type]
    return TestClient(create_app(settings))


@pytest.fixture
def client(db: str) -> Iterator[TestClient]:
    with _client(db) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/articles", "/api/search?q=ينبع", "/articles/first", "/"])
def test_a_repeated_read_is_served_from_memory_with_the_same_body(client: TestClient, path: str) -> None:
    first, second = client.get(path), client.get(path)
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.headers["x-akhbar-cache"], second.headers["x-akhbar-cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second.headers["content-type"] == first.headers["content-type"]
    assert second.headers["etag"] == first.headers["etag"]


def test_a_write_by_another_process_is_seen_at_once(client: TestClient, db: str) -> None:
    """The CLI ingesting beside a running server: the next read renders afresh."""
    before = client.get("/api/search?q=ينبع").json()["items"]
    client.get("/api/search?q=ينبع")  # cached now
    with Akhbar.open(db) as other:  # its own engine and connections, as another process would have
        other.store.add_articles([SECOND])
    after = client.get("/api/search?q=ينبع")
    assert after.headers["x-akhbar-cache"] == "miss"
    assert {h["article_id"] for h in after.json()["items"]} == {h["article_id"] for h in before} | {"second"}


def test_a_write_through_the_api_is_seen_at_once(client: TestClient) -> None:
    assert client.get("/api/articles/first").status_code == 200
    client.get("/api/articles/first")
    deleted = client.delete("/api/articles/first", headers={"Authorization": f"Bearer {TOKEN}"})
    assert deleted.status_code == 200
    assert client.get("/api/articles/first").status_code == 404


def test_an_unchanged_page_is_not_sent_again_to_a_browser_that_has_it(client: TestClient, db: str) -> None:
    etag = client.get("/articles/first").headers["etag"]
    again = client.get("/articles/first", headers={"If-None-Match": etag})
    assert (again.status_code, again.content) == (304, b"")
    with Akhbar.open(db) as other:
        other.store.add_articles([SECOND])
    changed = client.get("/articles/first", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_errors_are_not_cached(client: TestClient) -> None:
    for _ in range(2):
        missing = client.get("/api/articles/nope")
        assert (missing.status_code, missing.headers["x-akhbar-cache"]) == (404, "miss")
        assert "etag" not in missing.headers


def test_the_cache_keeps_the_most_recent_responses_within_its_size() -> None:
    """Least recently used responses go first; the byte count is what the entries hold."""
    generation = [0]

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        body = scope["path"].encode() * 100  # 300 bytes for "/p1"
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    cache = ResponseCache(app, generation=lambda: generation[0], max_bytes=1000)
    c = TestClient(cache)  # type: ignore[arg-type]  # no `with`: a bare ASGI app has no lifespan
    for path in ("/p1", "/p2", "/p3", "/p1", "/p4"):
        c.get(path)
    assert [k[2] for k in cache.entries] == ["/p3", "/p1", "/p4"]  # /p2 was the least recent
    assert cache.size == sum(len(e.body) for e in cache.entries.values()) == 900
    assert c.get("/p1").headers["x-akhbar-cache"] == "hit"
    generation[0] += 1  # a write: the next response starts the cache again
    assert c.get("/p1").headers["x-akhbar-cache"] == "miss"
    assert [k[:1] + k[2:3] for k in cache.entries] == [(1, "/p1")]


def test_size_zero_turns_the_cache_off(db: str) -> None:
    with _client(db, cache_mb=0) as c:
        assert [c.get("/api/articles").headers.get("x-akhbar-cache") for _ in range(2)] == [None, None]


def _get(path: str) -> Scope:
    return {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": [(b"host", b"h")]}


@pytest.mark.parametrize(("status", "renders"), [(200, 1), (404, 3)])
def test_requests_arriving_during_a_render_wait_for_it(status: int, renders: int) -> None:
    """Three readers ask for the same page at once: one render serves all (an error is not shared)."""
    calls: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        calls.append(scope["path"])
        await anyio.sleep(0.05)  # rendering, while the other requests arrive
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"page"})

    cache = ResponseCache(app, generation=lambda: 1, max_bytes=1000)
    answers: list[tuple[int, bytes]] = []

    async def one() -> None:
        sent: list[Message] = []

        async def send(message: Message) -> None:
            sent.append(message)

        await cache(_get("/index"), _no_body, send)
        headers = dict(sent[0]["headers"])
        answers.append((sent[0]["status"], headers.get(b"x-akhbar-cache", b"")))

    async def main() -> None:
        async with anyio.create_task_group() as tasks:
            for _ in range(3):
                tasks.start_soon(one)

    anyio.run(main)
    assert len(calls) == renders
    assert sorted(answers) == sorted(
        [(200, b"miss"), (200, b"hit"), (200, b"hit")] if status == 200 else [(404, b"miss")] * 3
    )
    assert cache.rendering == {}


async def _no_body() -> Message:
    return {"type": "http.request", "body": b""}
