"""The REST API and the pages, through FastAPI's test client over a database the test fills.

Every test runs on SQLite and on PostgreSQL (see ``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.server.app import create_app

PAGE = """رئيس الوزراء يزور مصنعا جديدا في الدمام

الدمام - الثلاثاء 4 أبريل 2023

زار رئيس الوزراء خالد العتيبي اليوم الثلاثاء مصنعا جديدا للألواح الشمسية في الدمام.
وقال العتيبي إن المصنع سيوفر ألف وظيفة بحلول نهاية العام.
<script>alert("x")</script>
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, module_db_url: str) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("server")
    (root / "pages").mkdir()
    (root / "pages" / "visit.txt").write_text(PAGE, encoding="utf-8")
    db = module_db_url
    with Akhbar.open(db) as ak:
        ak.ingest([root / "pages"])
    with TestClient(create_app(Settings.resolve(db=db))) as c:
        yield c


def _article_id(client: TestClient) -> str:
    items = client.get("/api/articles").json()["items"]
    assert len(items) == 1
    return str(items[0]["id"])


def test_article_api_returns_text_and_every_layer(client: TestClient) -> None:
    body = client.get(f"/api/articles/{_article_id(client)}").json()
    assert body["ok"] is True
    for layer in ("entities", "quotes", "timex", "events", "sentences"):
        assert body["spans"][layer], layer
    for span in body["spans"]["quotes"]:
        assert 0 <= span["start"] < span["end"] <= len(body["text"])


def test_missing_article_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/articles/ffffffffffffffff")
    assert response.status_code == 404
    assert response.json()["ok"] is False
    assert "ffffffffffffffff" in response.json()["error"]


def test_bad_query_parameters_are_a_json_error(client: TestClient) -> None:
    response = client.get("/api/articles", params={"limit": "many"})
    assert response.status_code == 422
    assert response.json()["ok"] is False
    assert "limit" in response.json()["error"]
    missing = client.get("/api/nowhere")
    assert (missing.status_code, missing.json()["ok"]) == (404, False)
    assert client.get("/api/search", params={"q": "' OR 1=1 --"}).status_code == 200
    assert client.get("/api/search", params={"q": 'NEAR("x" *'}).status_code in {200, 400}


def test_article_page_lists_findings_and_escapes_html(client: TestClient) -> None:
    html = client.get(f"/articles/{_article_id(client)}").text
    assert 'dir="rtl"' in html
    for heading in ("الأسماء", "الاقتباسات", "التواريخ", "الأحداث المؤرخة"):
        assert heading in html
    assert "خالد العتيبي" in html
    assert "2023-04-04" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_openapi_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/stories", "/api/search"} <= set(paths)


@pytest.mark.parametrize("path", ["/api/articles/{article_id}", "/api/stories/{story_id}", "/api/search"])
def test_json_reads_encoded_by_the_route_are_still_documented_as_objects(
    client: TestClient, path: str
) -> None:
    """The read routes return encoded responses (no second thread-pool trip); the schema stays."""
    ok = client.get("/openapi.json").json()["paths"][path]["get"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["type"] == "object"


def test_story_page_shows_summary_speakers_and_articles(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    assert len(stories) == 1
    html = client.get(f"/stories/{stories[0]['id']}").text
    assert "الملخص" in html
    assert "من قال ماذا" in html
    assert "خالد العتيبي" in html  # the speaker of the quotation
    assert 'href="/articles/' in html


def test_story_page_shows_both_sides_of_a_conflict(db_url: str) -> None:
    from akhbar.model import Citation, Conflict, Story, TimelineRow

    db = db_url
    cites = (
        Citation("a1", 0, 20, "الوكالة الأولى", "وصل الوفد يوم الثلاثاء", "2023-05-02"),
        Citation("a2", 0, 20, "الصحيفة الثانية", "وصل الوفد يوم الخميس", "2023-05-04"),
    )
    row = TimelineRow(
        "2023-05-02",
        "وصول الوفد",
        cites,
        outlets=("الوكالة الأولى", "الصحيفة الثانية"),
        conflict=True,
        sources=("الوكالة الأولى", "الصحيفة الثانية"),
        conflicts=(Conflict("date", (("2023-05-02", (0,)), ("2023-05-04", (1,)))),),
    )
    with Akhbar.open(db) as ak:
        ak.store.replace_stories([Story("s1", "زيارة الوفد", (), timeline=(row,))])
    with TestClient(create_app(Settings.resolve(db=db))) as c:
        html = c.get("/stories/s1").text
        listing = c.get("/api/stories").json()["items"][0]
    assert "تعارض بين المصادر" in html
    assert "وصل الوفد يوم الثلاثاء" in html
    assert "وصل الوفد يوم الخميس" in html
    assert listing["conflicts"] == 1
