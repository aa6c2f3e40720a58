"""The REST API and the pages, through FastAPI's test client over a database the test fills."""

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
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("server")
    (root / "pages").mkdir()
    (root / "pages" / "visit.txt").write_text(PAGE, encoding="utf-8")
    db = str(root / "s.db")
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
