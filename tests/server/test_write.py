"""Write endpoints: upload-and-ingest, delete an article, rebuild stories — only with the server's token."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.server.app import create_app

TOKEN = "s3cret-توكن-token"  # non-ASCII: the comparison must work on the bytes sent
AUTH = {"Authorization": f"Bearer {TOKEN}".encode()}

VISIT = """رئيس الوزراء يزور مصنعا جديدا في الدمام

الدمام - الثلاثاء 4 أبريل 2023

زار رئيس الوزراء خالد العتيبي اليوم الثلاثاء مصنعا جديدا للألواح الشمسية في الدمام.
وقال العتيبي إن المصنع سيوفر ألف وظيفة بحلول نهاية العام.
"""

HARBOUR = """افتتاح ميناء جديد في ينبع

ينبع - الأربعاء 5 أبريل 2023

افتتح وزير النقل اليوم الأربعاء ميناء جديدا لتصدير الفوسفات في ينبع.
"""

RECORD = {
    "title": "مهرجان التمور في بريدة",
    "text": "انطلق في بريدة اليوم الخميس مهرجان التمور السنوي بمشاركة مئات المزارعين.",
    "url": "https://example.com/dates-festival",
    "date_published": "2023-04-06",
}

WRITES = [
    ("post", "/api/ingest?filename=harbour.txt"),
    ("delete", "/api/articles/ffffffffffffffff"),
    ("post", "/api/stories/rebuild"),
]


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one ingested article (built once, copied for each test)."""
    root = tmp_path_factory.mktemp("write")
    (root / "pages").mkdir()
    (root / "pages" / "visit.txt").write_text(VISIT, encoding="utf-8")
    with Akhbar.open(str(root / "t.db")) as ak:
        ak.ingest([root / "pages"])
    return root / "t.db"


def _client(template_db: Path, tmp_path: Path, token: str | None) -> TestClient:
    db = tmp_path / "w.db"
    for suffix in ("", "-wal"):
        if Path(f"{template_db}{suffix}").exists():
            shutil.copy(f"{template_db}{suffix}", f"{db}{suffix}")
    return TestClient(create_app(Settings.resolve(db=str(db), token=token, environ={})))


@pytest.fixture
def client(template_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    with _client(template_db, tmp_path, TOKEN) as c:
        yield c


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_a_write_without_a_token_is_401_saying_which_header_to_send(
    client: TestClient, method: str, path: str
) -> None:
    response = client.request(method.upper(), path, content=HARBOUR.encode())
    body = response.json()
    assert (response.status_code, body["ok"], body["status"]) == (401, False, 401)
    assert "Authorization: Bearer" in body["error"]
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "headers",
    [{"Authorization": "Bearer wrong"}, {"X-Akhbar-Token": "wrong"}, {"Authorization": "Basic czNjcmV0"}],
)
@pytest.mark.parametrize(("method", "path"), WRITES)
def test_a_write_with_a_wrong_token_is_401(
    client: TestClient, method: str, path: str, headers: dict[str, str]
) -> None:
    response = client.request(method.upper(), path, headers=headers, content=HARBOUR.encode())
    assert response.status_code == 401
    assert response.json()["status"] == 401


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_a_server_without_a_token_refuses_every_write_with_403(
    template_db: Path, tmp_path: Path, method: str, path: str
) -> None:
    with _client(template_db, tmp_path, None) as c:
        response = c.request(method.upper(), path, headers=AUTH, content=HARBOUR.encode())
    assert (response.status_code, response.json()["status"]) == (403, 403)
    assert "AKHBAR_TOKEN" in response.json()["error"]


def test_rebuild_with_the_token_answers_with_the_story_count(client: TestClient) -> None:
    response = client.post("/api/stories/rebuild", headers={"X-Akhbar-Token": TOKEN.encode()})
    assert response.status_code == 200
    assert response.json() == {"ok": True, "stories": 1}


def test_multipart_upload_ingests_every_file_and_rebuilds_stories(client: TestClient) -> None:
    files = [
        ("files", ("ميناء.txt", HARBOUR.encode(), "text/plain")),
        (
            "files",
            ("festival.jsonl", json.dumps(RECORD, ensure_ascii=False).encode(), "application/x-ndjson"),
        ),
    ]
    response = client.post("/api/ingest", headers=AUTH, files=files)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["ok"], report["ingested"], report["rejected"]) == (True, 2, [])
    assert report["stories"] >= 2
    sources = {a["source"] for a in client.get("/api/articles").json()["items"]}
    assert {"ميناء.txt", "festival.jsonl#1"} <= sources  # a record is known by file#line
    hits = client.get("/api/search", params={"q": "الفوسفات"}).json()["items"]
    assert [h["title"] for h in hits] == ["افتتاح ميناء جديد في ينبع"]
    again = client.post("/api/ingest", headers=AUTH, files=files).json()
    assert (again["ingested"], again["duplicates"]) == (0, 2)  # the file name is the identity


def test_a_raw_body_is_one_file_named_by_the_filename_parameter(client: TestClient) -> None:
    response = client.post("/api/ingest?filename=harbour.txt", headers=AUTH, content=HARBOUR.encode())
    assert (response.status_code, response.json()["ingested"]) == (200, 1)
    assert "harbour.txt" in {a["source"] for a in client.get("/api/articles").json()["items"]}


def test_a_url_list_is_refused_and_never_fetched(client: TestClient) -> None:
    body = b"https://127.0.0.1:9/one\nhttps://127.0.0.1:9/two\n"
    report = client.post("/api/ingest?filename=links.urls", headers=AUTH, content=body).json()
    assert (report["ingested"], report["seen"]) == (0, 1)
    assert report["rejected"][0]["source"] == "links.urls"
    assert "URL list" in report["rejected"][0]["reason"]


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        ("text/plain", b"", "no file"),
        (
            "multipart/form-data; boundary=xyz",
            b"--xyz\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--xyz--",
            "no file part",
        ),
        ("multipart/form-data; boundary=x; a*", b"--x--", "cannot be read"),  # email raised IndexError
    ],
)
def test_an_upload_without_a_file_is_a_400_naming_the_field(
    client: TestClient, content_type: str, body: bytes, message: str
) -> None:
    response = client.post("/api/ingest", headers={**AUTH, "Content-Type": content_type}, content=body)
    assert (response.status_code, response.json()["ok"]) == (400, False)
    assert message in response.json()["error"]
    assert "files" in response.json()["error"]


def test_delete_removes_the_article_from_listing_search_and_stories(client: TestClient) -> None:
    (item,) = client.get("/api/articles").json()["items"]
    (story,) = client.get("/api/stories").json()["items"]
    assert client.get("/api/search", params={"q": "العتيبي"}).json()["items"]
    response = client.delete(f"/api/articles/{item['id']}", headers=AUTH)
    assert response.status_code == 200
    assert response.json() == {"ok": True, "deleted": item["id"], "stories": 0}
    assert client.get("/api/articles").json()["items"] == []
    assert client.get(f"/api/articles/{item['id']}").status_code == 404
    assert client.get("/api/search", params={"q": "العتيبي"}).json()["items"] == []
    assert client.get(f"/api/stories/{story['id']}").status_code == 404
    again = client.delete(f"/api/articles/{item['id']}", headers=AUTH)
    assert (again.status_code, again.json()["status"]) == (404, 404)


def test_openapi_documents_the_token_schemes_on_write_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["HTTPBearer"]["scheme"] == "bearer"
    assert schemes["APIKeyHeader"]["name"] == "X-Akhbar-Token"
    for path, method in [("/api/ingest", "post"), ("/api/articles/{article_id}", "delete")]:
        assert {"HTTPBearer": []} in spec["paths"][path][method]["security"]
    assert "security" not in spec["paths"]["/api/articles"]["get"]
    assert "multipart/form-data" in spec["paths"]["/api/ingest"]["post"]["requestBody"]["content"]


@pytest.mark.parametrize(("method", "path", "allowed"), [("PUT", "/api/ingest", "POST")])
def test_a_wrong_method_is_a_json_405_with_the_allow_header(
    client: TestClient, method: str, path: str, allowed: str
) -> None:
    response = client.request(method, path, headers=AUTH)
    assert (response.status_code, response.json()["status"]) == (405, 405)
    assert response.headers["allow"] == allowed
