"""REST routes under ``/api``: each makes one facade call and returns its ``to_dict()``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from akhbar.api.facade import Akhbar
from akhbar.stories.export import MEDIA_TYPES, SUFFIXES

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500)]
# the largest OFFSET SQLite and PostgreSQL accept (a signed 64-bit integer); past it the driver overflows
Offset = Annotated[int, Query(ge=0, le=2**63 - 1)]


#: What every JSON read returns, for the OpenAPI document (the routes return encoded responses).
Object = dict[str, Any]


def _json(payload: Object) -> Response:
    """``payload`` encoded here, on the request's worker thread.

    A route that returns a dict gets validated by FastAPI in a second trip through the thread pool
    and encoded on the event loop, where every other request of the process, cached ones included,
    waits for it: under load each trip is a queue of its own.
    """
    return JSONResponse(payload)


def _ak(request: Request) -> Akhbar:
    ak: Akhbar = request.app.state.akhbar
    return ak


@router.get("/articles", response_model=Object)
def list_articles(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: str | None = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
) -> Response:
    """Articles, published first-to-last, with dates, outlets, credits and excluded regions."""
    items = _ak(request).articles(
        limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to, with_spans=True
    )
    return _json({"ok": True, "limit": limit, "offset": offset, "items": [a.summary_dict() for a in items]})


@router.get("/articles/{article_id}", response_model=Object)
def get_article(request: Request, article_id: str) -> Response:
    """One article: original text and every span layer over it."""
    return _json({"ok": True, **_ak(request).article(article_id).to_dict()})


@router.get("/stories", response_model=Object)
def list_stories(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: str | None = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    entity: Annotated[str | None, Query(description="An entity id from /api/entities.")] = None,
) -> Response:
    """Stories, largest first; filtered by an outlet covering them, dates they span, an entity they name."""
    items = _ak(request).story_headlines(
        limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to, entity=entity
    )
    return _json({"ok": True, "limit": limit, "offset": offset, "items": [s.summary_dict() for s in items]})


@router.get("/stories/{story_id}", response_model=Object)
def get_story(request: Request, story_id: str) -> Response:
    """One story with its articles and cited timeline."""
    return _json({"ok": True, **_ak(request).story(story_id).to_dict()})


@router.get("/stories/{story_id}/timeline", response_model=Object)
def get_timeline(request: Request, story_id: str) -> Response:
    """The story's timeline rows, each citing article ids and original offsets."""
    story = _ak(request).story(story_id)
    return _json({"ok": True, "story_id": story.id, "rows": [r.to_dict() for r in story.timeline]})


ExportFormat = Literal["json", "csv", "timelinejs", "md"]


@router.get(
    "/stories/{story_id}/export",
    response_class=Response,
    responses={200: {"content": {media: {} for media in MEDIA_TYPES.values()}}},
)
def export_story(
    request: Request, story_id: str, fmt: Annotated[ExportFormat, Query(alias="format")] = "json"
) -> Response:
    """The story as a file: its JSON with article metadata, a CSV of the timeline, TimelineJS JSON or a
    Markdown report; every row keeps its citations (article ids and original offsets)."""
    body = _ak(request).export(story_id, fmt)
    name = "story-" + "".join(ch for ch in story_id if ch.isascii() and (ch.isalnum() or ch in "-_"))
    disposition = "attachment" if fmt == "csv" else "inline"
    headers = {"Content-Disposition": f'{disposition}; filename="{name}{SUFFIXES[fmt]}"'}
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)


@router.get("/search", response_model=Object)
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Limit = 20,
    offset: Offset = 0,
    outlet: str | None = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    entity: Annotated[str | None, Query(description="Only articles mentioning this entity id.")] = None,
) -> Response:
    """Arabic-aware full-text search (diacritics, hamza forms and clitics folded), best first."""
    hits = _ak(request).search(
        q, limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to, entity=entity
    )
    return _json({"ok": True, "query": q, "items": [h.to_dict() for h in hits]})


@router.get("/entities", response_model=Object)
def list_entities(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    q: Annotated[str | None, Query(max_length=200, description="Any spelling of the name.")] = None,
    label: Literal["PERS", "LOC", "ORG", "MISC"] | None = None,
) -> Response:
    """Canonical entities, most mentioned first, with their spellings, roles and counts."""
    items = _ak(request).entities(q=q, label=label, limit=limit, offset=offset)
    return _json({"ok": True, "limit": limit, "offset": offset, "items": [e.to_dict() for e in items]})


@router.get("/entities/{entity_id}", response_model=Object)
def get_entity(request: Request, entity_id: str) -> Response:
    """One entity: spellings, roles, the stories it appears in and the quotations it is the speaker of."""
    return _json({"ok": True, **_ak(request).entity(entity_id).to_dict()})


@router.get("/stats", response_model=Object)
def stats(request: Request) -> Response:
    """Counts of articles, stories, outlets and rejected inputs."""
    return _json({"ok": True, **_ak(request).stats()})
