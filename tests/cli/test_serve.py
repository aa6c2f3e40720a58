"""``akhbar serve``'s shared socket: bound for TCP so that every accepted connection gets ``TCP_NODELAY``."""

from __future__ import annotations

import asyncio
import socket

import pytest

from akhbar.cli.serve_cmd import listening_socket
from akhbar.errors import InputError


def test_connections_accepted_from_the_shared_socket_send_without_delay() -> None:
    """Without ``IPPROTO_TCP`` asyncio leaves Nagle on, and keep-alive responses waited ~40 ms."""

    async def accepted_nodelay() -> int:
        sock = listening_socket("127.0.0.1", 0)
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            peer: socket.socket = writer.get_extra_info("socket")
            seen.set_result(peer.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connect, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
            result = await asyncio.wait_for(seen, 10)
            writer.close()
        return result

    assert asyncio.run(accepted_nodelay()) != 0


def test_a_port_in_use_is_refused_with_advice() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=r"cannot listen on 127.0.0.1:\d+ .*--port"):
            listening_socket("127.0.0.1", port).close()
