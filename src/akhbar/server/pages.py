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
    articles = [ak.article(aid) for aid in story.article_ids]
    context = {
        "story": story.to_dict(),
        "articles": [a.summary_dict() for a in articles],
        "speakers": quotes_by_speaker(articles),
    }
    return _render(request, "story.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    art = _ak(request).article(article_id)
    context = {"article": art.summary_dict(), "segments": segments(art), **findings(art)}
    return _render(request, "article.html", context)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> Response:
    hits = [h.to_dict() for h in _ak(request).search(q)] if q.strip() else []
    return _render(request, "search.html", {"q": q, "hits": hits})


def findings(article: Article) -> dict[str, list[dict[str, Any]]]:
    """What extraction found, as lists for the article page: entities, quotes, dates, events.

    Entities are grouped by canonical entity (mentions counted, spellings and roles listed), so the
    page reads like a journalist's notes: who, what they said and through whom, when.
    """
    text = article.text
    people: dict[str, dict[str, Any]] = {}
    for span in article.spans("entities"):
        canonical = str(span.attrs.get("canonical") or text[span.start : span.end])
        entry = people.setdefault(
            canonical,
            {
                "name": canonical,
                "type": span.label,
                "mentions": 0,
                "spellings": [],
                "roles": [],
                "first": span.start,
            },
        )
        entry["mentions"] += 1
        surface = text[span.start : span.end]
        if surface not in entry["spellings"]:
            entry["spellings"].append(surface)
        role = span.attrs.get("role")
        if role and role not in entry["roles"]:
            entry["roles"].append(role)
    quotes = [
        {
            "start": q.start,
            "kind": q.label,
            "text": text[q.start : q.end],
            "speaker": q.attrs.get("speaker"),
            "via": q.attrs.get("via"),
            "cue": q.attrs.get("cue"),
        }
        for q in article.spans("quotes")
    ]
    dates = [
        {"start": t.start, "text": text[t.start : t.end], "type": t.label, "value": t.attrs.get("value")}
        for t in article.spans("timex")
    ]
    events = [
        {
            "start": e.start,
            "date": e.attrs.get("date"),
            "trigger": e.attrs.get("trigger"),
            "participants": list(e.attrs.get("participants") or ()),
            "sentence": text[e.start : e.end],
        }
        for e in article.spans("events")
    ]
    entities = sorted(people.values(), key=lambda e: (-e["mentions"], e["first"]))
    return {"entities": entities, "quotes": quotes, "dates": dates, "events": events}


def quotes_by_speaker(articles: list[Article]) -> list[dict[str, Any]]:
    """The story's quotations grouped by speaker, most quoted first; unattributed ones last."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for art in articles:
        for q in art.spans("quotes"):
            speaker = str(q.attrs.get("speaker") or "")
            groups.setdefault(speaker, []).append(
                {
                    "article_id": art.id,
                    "start": q.start,
                    "outlet": art.outlet,
                    "via": q.attrs.get("via"),
                    "kind": q.label,
                    "text": art.text[q.start : q.end],
                }
            )
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1]), kv[0]))
    return [{"speaker": name or None, "quotes": items} for name, items in ordered]


def segments(article: Article) -> list[dict[str, Any]]:
    """The text cut into runs, each tagged excluded or not and with the entity/timex label it carries."""
    marks: list[tuple[int, int, str]] = [(x.start, x.end, "excluded") for x in article.excluded]
    for layer in ("entities", "timex", "quotes"):
        marks += [(s.start, s.end, f"{layer} {s.label}") for s in article.spans(layer)]
    anchors = {s.start for layer in ("sentences", "quotes") for s in article.spans(layer)}
    cuts = sorted({0, len(article.text), *(m[0] for m in marks), *(m[1] for m in marks), *anchors})
    out = []
    for start, end in itertools.pairwise(cuts):
        classes = sorted({cls for s, e, cls in marks if s <= start and end <= e})
        anchor = f"c{start}" if start in anchors else None
        out.append({"text": article.text[start:end], "classes": " ".join(classes), "anchor": anchor})
    return out
