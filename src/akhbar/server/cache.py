"""A response cache for the read side: rendered GET responses kept per (write generation, request).

Reads far outnumber writes on a newsroom server, and a story page or a search costs 5-20 ms of CPU to
render while sending cached bytes costs well under one. Every committed write, from any process,
bumps the database's write generation (``Akhbar.generation``, migration 6); a response is cached
under the generation read *before* the route ran, so a cached response is never older than the
data it was served at, and the first request after a write renders afresh. Only complete ``200``
responses to ``GET`` are kept, at most ``max_bytes`` in all (least recently used goes first);
``/static`` has its own caching. Responses carry a weak ``ETag`` and ``If-None-Match`` gets a
``304``, so a browser re-reading an unchanged page receives no body. ``X-Akhbar-Cache`` says
``hit`` or ``miss``. With several worker processes, a response one of them rendered is found by the
others in a file they share (``server/shared_cache.py``) before they render it themselves, and a
request that arrives while the same one is being rendered waits for that render.

The generation is a single-row read on a driver connection the store keeps open for it, run on the
event loop: about 5 µs on SQLite (``Database.generation``).
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import anyio

from akhbar.errors import AkhbarError

if TYPE_CHECKING:
    from collections.abc import Callable

    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from akhbar.server.shared_cache import SharedResponses

_SKIPPED = ("/static/",)
_MAX_ENTRY = 1 << 20  # larger responses (a whole-story export) are rendered each time


@dataclass(frozen=True, slots=True)
class _Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """ASGI middleware: serve a ``GET`` from memory when nothing was written since it was rendered."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        generation: Callable[[], int],
        max_bytes: int,
        version: str = "",
        shared: SharedResponses | None = None,
    ) -> None:
        self.app = app
        self.shared = shared  # the other worker processes' renders (server/shared_cache.py)
        self.generation = generation
        self.max_bytes = max_bytes
        self.version = version  # in the ETag: a new akhbar may render the same data differently
        self.size = 0
        self.entries: OrderedDict[tuple[int, bytes, str, bytes], _Entry] = OrderedDict()
        # requests being rendered now: the same request arriving meanwhile waits for that render
        # instead of starting its own (the front page, just after a write, is asked for by everyone)
        self.rendering: dict[tuple[int, bytes, str, bytes], anyio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or self.max_bytes <= 0
            or scope["path"].startswith(_SKIPPED)
        ):
            await self.app(scope, receive, send)
            return
        try:
            generation = self.generation()
        except AkhbarError:  # the route will meet the same trouble and say what to do
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        # the Host header is part of the key: pages may render absolute links to themselves
        key = (generation, headers.get(b"host", b""), scope["path"], scope["query_string"])
        etag = self._etag(key)
        if headers.get(b"if-none-match") == etag:
            await _send(send, 304, [(b"etag", etag)], b"")
            return
        entry = self._lookup(key)
        if entry is None and (rendering := self.rendering.get(key)) is not None:
            await rendering.wait()  # the same request is being rendered: its response will do
            entry = self._lookup(key)
        if entry is not None:
            await _send(send, 200, [*entry.headers, (b"x-akhbar-cache", b"hit")], entry.body)
            return
        if key in self.rendering:  # woken by a render that kept nothing (an error): render alone
            await self._render(key, etag, scope, receive, send)
            return
        self.rendering[key] = done = anyio.Event()
        try:
            await self._render(key, etag, scope, receive, send)
        finally:
            del self.rendering[key]
            done.set()

    def _lookup(self, key: tuple[int, bytes, str, bytes]) -> _Entry | None:
        entry = self.entries.get(key)
        if entry is None and self.shared is not None and (found := self.shared.get(key)) is not None:
            entry = self._remember(key, _Entry(*found))
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    async def _render(
        self, key: tuple[int, bytes, str, bytes], etag: bytes, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Run the app, passing its messages on, and keep a complete 200 response."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
                if message["status"] == 200:
                    message["headers"] = [*message.get("headers", ()), (b"etag", etag)]
                message["headers"] = [*message.get("headers", ()), (b"x-akhbar-cache", b"miss")]
            elif message["type"] == "http.response.body" and start is not None and size <= _MAX_ENTRY:
                chunk = message.get("body", b"")
                chunks.append(chunk)
                size += len(chunk)
                if not message.get("more_body", False):
                    self._keep(key, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)

    def _keep(self, key: tuple[int, bytes, str, bytes], start: Message, body: bytes) -> None:
        if start["status"] != 200 or len(body) > _MAX_ENTRY:
            return
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"x-akhbar-cache"]
        self._remember(key, _Entry(headers, body))
        if self.shared is not None:
            self.shared.put(key, headers, body)

    def _remember(self, key: tuple[int, bytes, str, bytes], entry: _Entry) -> _Entry:
        if key[0] != next(reversed(self.entries), key)[0]:
            self._clear()  # a write happened: every older entry is unreachable
        self.entries[key] = entry
        self.size += len(entry.body)
        while self.size > self.max_bytes and self.entries:
            _, old = self.entries.popitem(last=False)
            self.size -= len(old.body)
        return entry

    def _clear(self) -> None:
        self.entries.clear()
        self.size = 0

    def _etag(self, key: tuple[int, bytes, str, bytes]) -> bytes:
        digest = zlib.crc32(b"\0".join([self.version.encode(), key[1], key[2].encode(), key[3]]))
        return f'W/"{key[0]}-{digest:08x}"'.encode()


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
