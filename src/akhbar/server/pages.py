"""Web UI pages (RTL Arabic): stories list, story, article, search. Templates get plain dicts."""

from __future__ import annotations

import itertools
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from akhbar.api.facade import Akhbar
from akhbar.model import Article

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any]) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context)


def _ak(request: Request) -> Akhbar:
    ak: Akhbar = request.app.state.akhbar
    return ak


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> Response:
    ak = _ak(request)
    return _render(
        request, "stories.html", {"stories": [s.summary_dict() for s in ak.stories()], "stats": ak.stats()}
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Response:
    ak = _ak(request)
    story = ak.story(story_id)
    members = [ak.article(aid).summary_dict() for aid in story.article_ids]
    return _render(request, "story.html", {"story": story.to_dict(), "articles": members})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    art = _ak(request).article(article_id)
    return _render(request, "article.html", {"article": art.summary_dict(), "segments": segments(art)})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> Response:
    hits = [h.to_dict() for h in _ak(request).search(q)] if q.strip() else []
    return _render(request, "search.html", {"q": q, "hits": hits})


def segments(article: Article) -> list[dict[str, Any]]:
    """The text cut into runs, each tagged excluded or not and with the entity/timex label it carries."""
    marks: list[tuple[int, int, str]] = [(x.start, x.end, "excluded") for x in article.excluded]
    for layer in ("entities", "timex", "quotes"):
        marks += [(s.start, s.end, f"{layer} {s.label}") for s in article.spans(layer)]
    cuts = sorted({0, len(article.text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for start, end in itertools.pairwise(cuts):
        classes = sorted({cls for s, e, cls in marks if s <= start and end <= e})
        out.append({"text": article.text[start:end], "classes": " ".join(classes)})
    return out
