"""REST routes that change the database: upload and ingest, delete an article, rebuild the stories.

Every one needs the token the server was started with (``AKHBAR_TOKEN``), sent as
``Authorization: Bearer <token>`` or ``X-Akhbar-Token: <token>`` and compared in constant time. A
missing or wrong token is 401; a server started without a token refuses every write with 403, so a
forgotten setting never leaves the database open. Both security schemes appear in the OpenAPI document.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.errors import AuthError, Forbidden
from akhbar.server.uploads import UPLOAD_BODY, read_upload

TOKEN_HEADER = "X-Akhbar-Token"

_bearer = HTTPBearer(auto_error=False, description="The server's AKHBAR_TOKEN as a bearer token.")
_header = APIKeyHeader(name=TOKEN_HEADER, auto_error=False, description="The server's AKHBAR_TOKEN.")


def require_token(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    header: Annotated[str | None, Security(_header)],
) -> None:
    """Let the request through only with the configured token; 403 when none is configured, else 401."""
    settings: Settings = request.app.state.settings
    if not settings.token:
        raise Forbidden(
            "this server accepts no writes: it was started without a token. "
            "Set AKHBAR_TOKEN=<a long random secret> in its environment and restart it"
        )
    given = bearer.credentials if bearer else header
    expected = settings.token.encode("utf-8", "surrogateescape")
    # header values arrive as latin-1 text: encoding them back gives the bytes sent, so a UTF-8 token matches
    if not given or not secrets.compare_digest(given.encode("latin-1", "replace"), expected):
        raise AuthError(
            f"{'wrong' if given else 'missing'} token: send the server's AKHBAR_TOKEN as the header "
            f"`Authorization: Bearer <token>` (or `{TOKEN_HEADER}: <token>`)"
        )


router = APIRouter(prefix="/api", tags=["write"], dependencies=[Depends(require_token)])


def _ak(request: Request) -> Akhbar:
    ak: Akhbar = request.app.state.akhbar
    return ak


@router.post("/ingest", openapi_extra={"requestBody": UPLOAD_BODY})
async def ingest(request: Request, filename: str | None = None) -> dict[str, Any]:
    """Ingest uploaded files (.txt .html .warc(.gz) .jsonl(.gz) feeds; not URL lists), then rebuild stories.

    Send them as multipart/form-data fields named `files`, or one file as the raw body with
    `?filename=` giving its name (the suffix picks the reader). Returns the ingest summary: counts and
    every rejected input with its reason.
    """
    files = await read_upload(request, filename)
    report = await run_in_threadpool(_ak(request).ingest_files, files)
    return {"ok": True, **report.to_dict()}


@router.delete("/articles/{article_id}")
def delete_article(request: Request, article_id: str) -> dict[str, Any]:
    """Delete one article with its spans, search entry and story memberships; stories are rebuilt."""
    return {"ok": True, **_ak(request).delete_article(article_id)}


@router.post("/stories/rebuild")
def rebuild_stories(request: Request) -> dict[str, Any]:
    """Cluster every stored article into stories again, replacing the stored stories."""
    return {"ok": True, "stories": len(_ak(request).rebuild_stories())}
