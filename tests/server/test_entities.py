"""Entity endpoints, story and search filters, and the entity pages, over a database built by hand.

The articles are built span by span (no NER), one of them with markup in a name and a quotation, so
the pages are checked to show it as text.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from akhbar.api.facade import Akhbar
from akhbar.cli import app as cli_app
from akhbar.cli import main
from akhbar.config import Settings
from akhbar.extract.entity_keys import entity_id
from akhbar.model import Article, Span, Story
from akhbar.server.app import create_app

if TYPE_CHECKING:
    from collections.abc import Iterator

LAVROV = "سيرغي لافروف"
LAVROV_ID = entity_id("PERS", LAVROV)
EVIL = "<b>نادي</b> القرصان"
EVIL_ID = entity_id("ORG", EVIL)


def _span(text: str, surface: str, label: str, canonical: str, **attrs: Any) -> Span:
    start = text.index(surface)
    linked = {"canonical": canonical, "entity_id": entity_id(label, canonical), "role": None} | attrs
    return Span(start, start + len(surface), label, linked)


def _said(text: str, words: str, speaker: Span) -> Span:
    start = text.index(words)
    attrs = {
        "speaker": speaker.attrs["canonical"],
        "speaker_start": speaker.start,
        "speaker_end": speaker.end,
    }
    return Span(start, start + len(words), "direct", attrs | {"via": None})


def _articles() -> list[Article]:
    a_text = "قال وزير الخارجية الروسي سيرغي لافروف «الرد سلبي»."
    a_name = _span(a_text, LAVROV, "PERS", LAVROV, role="وزير الخارجية الروسي")
    a = Article.from_text(a_text, source="a.txt", outlet="الأهرام", pub_date=date(2022, 1, 24))
    a = a.with_spans("entities", [a_name]).with_spans("quotes", [_said(a_text, "الرد سلبي", a_name)])
    b_text = "وأكد سيرجي لافروف أن موسكو تنتظر."
    b = Article.from_text(b_text, source="b.txt", outlet="سبوتنيك", pub_date=date(2022, 2, 1))
    b = b.with_spans(
        "entities",
        [_span(b_text, "سيرجي لافروف", "PERS", LAVROV), _span(b_text, "موسكو", "LOC", "موسكو")],
    )
    c_text = f"وقال {EVIL} «<script>alert(1)</script>» في موسكو."
    c_name = _span(c_text, EVIL, "ORG", EVIL)
    c = Article.from_text(c_text, source="c.txt", outlet="<i>مدونة</i>", pub_date=date(2022, 3, 5))
    c = c.with_spans("entities", [c_name, _span(c_text, "موسكو", "LOC", "موسكو")])
    return [a, b, c.with_spans("quotes", [_said(c_text, "<script>alert(1)</script>", c_name)])]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("entities") / "e.db")
    a, b, c = _articles()
    with Akhbar.open(path) as ak:
        ak.store.add_articles([a, b, c])
        ak.store.replace_stories(
            [
                Story(
                    "s1",
                    "لافروف والرد",
                    (a.id, b.id),
                    ("الأهرام", "سبوتنيك"),
                    date(2022, 1, 24),
                    date(2022, 2, 1),
                ),
                Story("s2", "بيان النادي", (c.id,), ("<i>مدونة</i>",), date(2022, 3, 5), date(2022, 3, 5)),
            ]
        )
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings.resolve(db=db))) as c:
        yield c


def _ids(body: dict[str, Any]) -> list[str]:
    assert body["ok"] is True
    return [item["id"] for item in body["items"]]


def test_entities_api_lists_most_mentioned_first_with_spellings(client: TestClient) -> None:
    body = client.get("/api/entities").json()
    assert _ids(body)[:2] == [LAVROV_ID, entity_id("LOC", "موسكو")]
    lavrov = body["items"][0]
    assert lavrov["variants"] == [{"text": "سيرجي لافروف", "count": 1}, {"text": "سيرغي لافروف", "count": 1}]
    assert lavrov["roles"] == [{"text": "وزير الخارجية الروسي", "count": 1}]
    assert (lavrov["mentions"], lavrov["articles"]) == (2, 2)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "سيرجي"}, [LAVROV_ID]),
        ({"label": "LOC"}, [entity_id("LOC", "موسكو")]),
        ({"limit": 1, "offset": 1}, [entity_id("LOC", "موسكو")]),
        ({"q": "لافروف", "label": "ORG"}, []),
    ],
)
def test_entities_api_filters_and_pages(
    client: TestClient, params: dict[str, Any], expected: list[str]
) -> None:
    assert _ids(client.get("/api/entities", params=params).json()) == expected


def test_entity_api_gives_stories_and_quotations(client: TestClient) -> None:
    body = client.get(f"/api/entities/{LAVROV_ID}").json()
    assert body["ok"] is True
    assert [s["id"] for s in body["stories"]] == ["s1"]
    assert [(q["text"], q["outlet"], q["pub_date"]) for q in body["quotes"]] == [
        ("الرد سلبي", "الأهرام", "2022-01-24")
    ]


@pytest.mark.parametrize(
    ("path", "status", "needle"),
    [
        ("/api/entities/ffffffffffff", 404, "ffffffffffff"),
        ("/api/entities?label=PERSON", 422, "label"),
        ("/api/entities?limit=0", 422, "limit"),
        ("/api/stories?from=yesterday", 422, "from"),
    ],
)
def test_entity_and_filter_errors_have_the_one_json_shape(
    client: TestClient, path: str, status: int, needle: str
) -> None:
    response = client.get(path)
    body = response.json()
    assert (response.status_code, body["ok"], body["status"]) == (status, False, status)
    assert needle in body["error"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"entity": LAVROV_ID}, ["s1"]),
        ({"entity": entity_id("LOC", "موسكو")}, ["s1", "s2"]),
        ({"outlet": "سبوتنيك"}, ["s1"]),
        ({"from": "2022-02-02"}, ["s2"]),
        ({"to": "2022-01-31"}, ["s1"]),
        ({"from": "2022-01-01", "to": "2022-12-31", "outlet": "<i>مدونة</i>"}, ["s2"]),
    ],
)
def test_stories_api_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert sorted(_ids(client.get("/api/stories", params=params).json())) == expected


def test_search_api_filters_by_entity(client: TestClient) -> None:
    every = client.get("/api/search", params={"q": "موسكو"}).json()["items"]
    only = client.get("/api/search", params={"q": "موسكو", "entity": LAVROV_ID}).json()["items"]
    assert len(every) == 2
    assert [h["article_id"] for h in only] == [_articles()[1].id]


def test_openapi_lists_the_entity_routes(client: TestClient) -> None:
    assert {"/api/entities", "/api/entities/{entity_id}"} <= set(client.get("/openapi.json").json()["paths"])


def test_entity_page_shows_spellings_roles_stories_and_quotes(client: TestClient) -> None:
    html = client.get(f"/entities/{LAVROV_ID}").text
    for shown in ("سيرجي لافروف", "وزير الخارجية الروسي", "لافروف والرد", "الرد سلبي", 'dir="rtl"'):
        assert shown in html
    assert 'href="/stories/s1"' in html
    a = _articles()[0]
    assert f'href="/articles/{a.id}#c{a.text.index("الرد سلبي")}"' in html


def test_entity_page_escapes_names_quotes_and_outlets(client: TestClient) -> None:
    html = client.get(f"/entities/{EVIL_ID}").text
    assert "&lt;b&gt;نادي&lt;/b&gt; القرصان" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;i&gt;مدونة&lt;/i&gt;" in html
    assert "<script>" not in html and "<b>نادي" not in html and "<i>مدونة" not in html


def test_unknown_entity_page_is_a_404_page(client: TestClient) -> None:
    response = client.get("/entities/ffffffffffff")
    assert response.status_code == 404
    assert "ffffffffffff" in response.text


def test_entities_page_lists_and_searches(client: TestClient) -> None:
    html = client.get("/entities", params={"q": "لافروف"}).text
    assert f'href="/entities/{LAVROV_ID}"' in html
    assert "موسكو" not in html.split("<table", 1)[1]
    assert "&lt;b&gt;نادي" in client.get("/entities").text


def test_article_and_story_pages_link_names_to_entity_pages(client: TestClient) -> None:
    a = _articles()[0]
    article_html = client.get(f"/articles/{a.id}").text
    assert article_html.count(f'href="/entities/{LAVROV_ID}"') == 2  # the highlight and the names table
    story_html = client.get("/stories/s1").text
    assert f'<a href="/entities/{LAVROV_ID}">{LAVROV}</a>' in story_html  # the speaker heading


def test_stories_page_filter_form_keeps_choices_and_filters(client: TestClient) -> None:
    html = client.get("/", params={"entity": LAVROV_ID, "from": "2022-01-01", "to": "", "outlet": ""}).text
    assert f'<option value="{LAVROV_ID}" selected>' in html
    assert 'value="2022-01-01"' in html
    assert 'href="/stories/s1"' in html and 'href="/stories/s2"' not in html
    assert "&lt;i&gt;مدونة&lt;/i&gt;" in client.get("/").text  # outlet choices are escaped too
    bad = client.get("/", params={"from": "2022-13-01"})
    assert bad.status_code == 400
    assert "YYYY-MM-DD" in bad.text


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (["entities", "--q", "لافروف", "--limit", "5"], "/api/entities?q=لافروف&limit=5"),
        (["entity", LAVROV_ID], f"/api/entities/{LAVROV_ID}"),
    ],
)
def test_cli_json_is_exactly_the_rest_object(client: TestClient, db: str, args: list[str], path: str) -> None:
    result = CliRunner().invoke(cli_app, [*args, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == client.get(path).json()


def test_cli_unknown_entity_exits_3_with_advice(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["entity", "ffffffffffff", "--db", db])
    assert exited.value.code == 3
    assert "akhbar entities" in " ".join(capsys.readouterr().err.split())


def test_stories_page_pages_and_keeps_its_filters(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = str(tmp_path_factory.mktemp("paging") / "p.db")
    with Akhbar.open(path) as ak:
        ak.store.replace_stories([Story(f"s{i:03}", f"قصة {i}", ()) for i in range(101)])
    with TestClient(create_app(Settings.resolve(db=path))) as c:
        first = c.get("/", params={"outlet": ""}).text
        second = c.get("/", params={"outlet": "", "offset": 100}).text
    assert first.count('class="story-card"') == 100
    assert 'rel="next" href="/?outlet=&amp;from=&amp;to=&amp;entity=&amp;offset=100"' in first
    assert 'rel="prev"' not in first
    assert second.count('class="story-card"') == 1
    assert 'rel="prev" href="/?outlet=&amp;from=&amp;to=&amp;entity=&amp;offset=0"' in second
    assert 'rel="next"' not in second
