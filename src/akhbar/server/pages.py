"""Web UI pages (RTL Arabic): stories list, story, article, search, entities. Templates get plain dicts."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from akhbar.api.facade import Akhbar
from akhbar.errors import InputError
from akhbar.model import Article
from akhbar.server.timeline_plot import timeline_plot

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any]) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context)


def _ak(request: Request) -> Akhbar:
    ak: Akhbar = request.app.state.akhbar
    return ak


#: Arabic names of the entity types, for pages.
ENTITY_TYPES = {"PERS": "شخص", "LOC": "مكان", "ORG": "منظمة", "MISC": "أخرى"}
_ENTITY_PAGE = 50
_ENTITY_CHOICES = 100
_STORY_ARTICLES = 60  # articles listed (and read for quotes) on a story page
# what the story page shows of each member: its listing fields, credits, and quotes by speaker
_STORY_LAYERS = ("body", "excluded", "credits", "entities", "quotes")
_STORY_PAGE = 100  # a page of stories; loading every story's timeline at once took seconds on 2,000


@router.get("/", response_class=HTMLResponse)
def index(
    request: Request,
    outlet: str = "",
    date_from: Annotated[str, Query(alias="from")] = "",
    date_to: Annotated[str, Query(alias="to")] = "",
    entity: str = "",
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """The stories, a page at a time, filtered by the form on the page (empty fields are no filter)."""
    ak = _ak(request)
    start, end = _form_date(date_from, "from"), _form_date(date_to, "to")
    found = ak.story_headlines(
        limit=_STORY_PAGE,
        offset=offset,
        outlet=outlet or None,
        date_from=start,
        date_to=end,
        entity=entity or None,
    )
    choices = [e.to_dict() for e in ak.entities(limit=_ENTITY_CHOICES)]
    if entity and all(c["id"] != entity for c in choices):
        choices.insert(0, ak.entity(entity).entity.to_dict())
    context = {
        "stories": [s.summary_dict() for s in found],
        "stats": ak.stats(with_spans=False),
        "outlets": [{"name": name, "articles": n} for name, n in ak.outlets()],
        "entities": choices,
        "filters": {"outlet": outlet, "from": date_from, "to": date_to, "entity": entity},
        "offset": offset,
        "page": _STORY_PAGE,
    }
    return _render(request, "stories.html", context)


def _form_date(value: str, name: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{name}={value!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-01-26") from None


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str = "", label: str = "", offset: int = 0) -> Response:
    """Canonical entities, most mentioned first; ``q`` any spelling, ``label`` a type."""
    items = _ak(request).entities(q=q or None, label=label or None, limit=_ENTITY_PAGE, offset=max(offset, 0))
    context = {
        "entities": [e.to_dict() for e in items],
        "q": q,
        "label": label,
        "types": ENTITY_TYPES,
        "offset": max(offset, 0),
        "page": _ENTITY_PAGE,
    }
    return _render(request, "entities.html", context)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> Response:
    """One entity: spellings, roles, its stories and what it said, each quotation cited."""
    detail = _ak(request).entity(entity_id).to_dict()
    return _render(request, "entity.html", {"entity": detail, "types": ENTITY_TYPES})


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Response:
    ak = _ak(request)
    story = ak.story(story_id)
    # a story of hundreds of articles (a daily market report) made a megabyte page: list the first ones
    articles = ak.articles_by_id(story.article_ids[:_STORY_ARTICLES], layers=_STORY_LAYERS)
    context = {
        "story": story.to_dict(),
        "articles": [a.summary_dict() for a in articles],
        "more_articles": len(story.article_ids) - len(articles),
        "speakers": quotes_by_speaker(articles),
        "plot": timeline_plot(story.timeline),
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
                "id": span.attrs.get("entity_id"),
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
    ids: dict[str, str] = {}
    for art in articles:
        for e in art.spans("entities"):
            if e.attrs.get("canonical") and e.attrs.get("entity_id"):
                ids.setdefault(str(e.attrs["canonical"]), str(e.attrs["entity_id"]))
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
    return [{"speaker": name or None, "entity": ids.get(name), "quotes": items} for name, items in ordered]


def segments(article: Article) -> list[dict[str, Any]]:
    """The text cut into runs, each tagged excluded or not and with the entity/timex label it carries.

    A run inside a name carries its ``entity`` id, so the page links the highlight to the entity page.
    """
    marks: list[tuple[int, int, str]] = [(x.start, x.end, "excluded") for x in article.excluded]
    for layer in ("entities", "timex", "quotes"):
        marks += [(s.start, s.end, f"{layer} {s.label}") for s in article.spans(layer)]
    anchors = {s.start for layer in ("sentences", "quotes") for s in article.spans(layer)}
    cuts = sorted({0, len(article.text), *(m[0] for m in marks), *(m[1] for m in marks), *anchors})
    named = [(s.start, s.end, s.attrs.get("entity_id")) for s in article.spans("entities")]
    out = []
    for start, end in itertools.pairwise(cuts):
        classes = sorted({cls for s, e, cls in marks if s <= start and end <= e})
        anchor = f"c{start}" if start in anchors else None
        entity = next((eid for s, e, eid in named if eid and s <= start and end <= e), None)
        out.append(
            {
                "text": article.text[start:end],
                "classes": " ".join(classes),
                "anchor": anchor,
                "entity": entity,
            }
        )
    return out
