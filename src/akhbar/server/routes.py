"""REST routes under ``/api``: each makes one facade call and returns its ``to_dict()``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from akhbar.api.facade import Akhbar

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


def _ak(request: Request) -> Akhbar:
    ak: Akhbar = request.app.state.akhbar
    return ak


@router.get("/articles")
def list_articles(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: str | None = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
) -> dict[str, Any]:
    """Articles, published first-to-last, with dates, outlets, credits and excluded regions."""
    items = _ak(request).articles(
        limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to, with_spans=True
    )
    return {"ok": True, "limit": limit, "offset": offset, "items": [a.summary_dict() for a in items]}


@router.get("/articles/{article_id}")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: original text and every span layer over it."""
    return {"ok": True, **_ak(request).article(article_id).to_dict()}


@router.get("/stories")
def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stories, largest first."""
    items = _ak(request).stories(limit=limit, offset=offset)
    return {"ok": True, "limit": limit, "offset": offset, "items": [s.summary_dict() for s in items]}


@router.get("/stories/{story_id}")
def get_story(request: Request, story_id: str) -> dict[str, Any]:
    """One story with its articles and cited timeline."""
    return {"ok": True, **_ak(request).story(story_id).to_dict()}


@router.get("/stories/{story_id}/timeline")
def get_timeline(request: Request, story_id: str) -> dict[str, Any]:
    """The story's timeline rows, each citing article ids and original offsets."""
    story = _ak(request).story(story_id)
    return {"ok": True, "story_id": story.id, "rows": [r.to_dict() for r in story.timeline]}


@router.get("/search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Limit = 20,
    offset: Offset = 0,
    outlet: str | None = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
) -> dict[str, Any]:
    """Arabic-aware full-text search (diacritics, hamza forms and clitics folded), best first."""
    hits = _ak(request).search(
        q, limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to
    )
    return {"ok": True, "query": q, "items": [h.to_dict() for h in hits]}


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    """Counts of articles, stories, outlets and rejected inputs."""
    return {"ok": True, **_ak(request).stats()}
