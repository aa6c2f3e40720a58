"""``akhbar serve``: the REST API and web UI under uvicorn, in one or several worker processes.

The app is named by import string, not imported: the server is a sibling interface of the CLI, not
a dependency. ``demo`` serves through ``serve_app`` too. ``register`` adds the command to the
top-level app.

Several workers share a file of rendered responses (``server/shared_cache.py``), made in a temporary
folder for the run, and one listening socket that this module binds itself. uvicorn (0.54) binds it
with ``proto=0``; the sockets accepted from it then have ``proto=0`` too, and asyncio only sets
``TCP_NODELAY`` on sockets whose ``proto`` is ``IPPROTO_TCP``, so every keep-alive response waited
~40 ms for the client's delayed ACK (Kludex/uvicorn#3149). Binding with ``IPPROTO_TCP`` avoids it.
"""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from akhbar.cli.options import Db
from akhbar.errors import InputError

out = Console()
APP = "akhbar.server.app:create_app"


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes; one per core uses the whole machine.")
    ] = 1,
) -> None:
    """Serve the REST API and the Arabic web UI."""
    serve_app(db, host, port, workers=workers)


def serve_app(db: str | None, host: str, port: int, *, workers: int = 1) -> None:
    """Run the server until Ctrl+C; ``db`` reaches the app through ``AKHBAR_DB``, as any setting does."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    if db:
        os.environ["AKHBAR_DB"] = db  # the app factory resolves settings from the environment, like any edge
    out.print(
        f"\n[bold green]Web UI:[/] http://{host}:{port}/  ·  API docs: http://{host}:{port}/docs  (Ctrl+C to stop)"
    )
    if workers == 1:
        uvicorn.run(APP, factory=True, host=host, port=port, log_level="warning")
        return
    config = uvicorn.Config(APP, factory=True, host=host, port=port, workers=workers, log_level="warning")
    sock = listening_socket(host, port)
    with tempfile.TemporaryDirectory(prefix="akhbar-serve-") as folder:
        # the workers find each other's rendered responses here instead of each rendering its own
        os.environ.setdefault("AKHBAR_SHARED_CACHE", str(Path(folder) / "responses.db"))
        Multiprocess(config, sockets=[sock]).run()


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket the workers share; ``proto=IPPROTO_TCP`` so accepted sockets get ``TCP_NODELAY``."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InputError(
            f"cannot listen on {host}:{port} ({exc.strerror}); pass another --port or --host"
        ) from exc
    sock.set_inheritable(True)
    return sock
