"""The FastAPI app: the REST API under ``/api`` and the Arabic web UI, both thin over ``Akhbar``.

Every error leaves as one JSON shape ``{"ok": false, "error": "...", "status": N}`` on API routes;
pages render the same message in the page template. Templates receive plain dicts (``to_dict()``),
never ORM rows, and Jinja2 autoescaping keeps article text inert.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from akhbar import __version__
from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.errors import AkhbarError
from akhbar.server import pages, routes, write_routes
from akhbar.server.cache import ResponseCache
from akhbar.server.shared_cache import SharedResponses
from akhbar.server.templating import template_environment

HERE = Path(__file__).parent
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for the database in ``settings`` (default: resolved from ``AKHBAR_*``)."""
    resolved = settings or Settings.resolve()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.akhbar = Akhbar.open(settings=resolved)
        try:
            yield
        finally:
            app.state.akhbar.close()

    app = FastAPI(
        title="akhbar",
        description="Arabic news from many outlets turned into cited stories.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = resolved
    app.add_middleware(
        ResponseCache,
        generation=lambda: app.state.akhbar.generation(),
        max_bytes=resolved.cache_mb << 20,
        version=__version__,
        shared=shared_responses(resolved),
    )
    app.state.templates = Jinja2Templates(env=template_environment(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(routes.router)
    app.include_router(write_routes.router)
    app.include_router(pages.router)

    @app.exception_handler(AkhbarError)
    async def akhbar_error(request: Request, exc: AkhbarError) -> Response:
        response = error_response(request, str(exc), exc.http_status)
        if exc.http_status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'path'))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        return error_response(request, f"invalid request: {problems}", 422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        response = error_response(request, str(exc.detail), exc.status_code)
        response.headers.update(exc.headers or {})  # e.g. `Allow` on a 405, which RFC 9110 requires
        return response

    return app


def shared_responses(settings: Settings) -> SharedResponses | None:
    """The file this server's workers share rendered responses through, when there is one to use.

    A file that cannot be opened is not a reason to refuse to serve: each worker then renders alone.
    """
    if not settings.shared_cache or settings.cache_mb <= 0:
        return None
    try:
        return SharedResponses(settings.shared_cache, max_bytes=settings.cache_mb << 20)
    except sqlite3.Error as exc:
        log.warning(
            "shared response cache %s: cannot open it (%s); each worker renders alone",
            settings.shared_cache,
            exc,
        )
        return None


def error_response(request: Request, message: str, status: int) -> Response:
    """The one error shape: JSON on ``/api``, the page template elsewhere."""
    if request.url.path.startswith("/api"):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"message": message, "status": status}, status_code=status
    )
