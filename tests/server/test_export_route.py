"""``GET /api/stories/{id}/export``: each format with its media type, CSV as an attachment, bad formats refused."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.model import Article, Citation, Story, TimelineRow
from akhbar.server.app import create_app

TEXT = "وقّعت الحكومة والنقابة يوم الأحد 7 مايو 2023 اتفاقا لرفع الأجور | نهائيا."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = str(tmp_path_factory.mktemp("export") / "e.db")
    art = Article.from_text(TEXT, source="a.txt", outlet="وكالة الأنباء", url="https://example.com/a")
    row = TimelineRow("2023-05-07", "توقيع اتفاق الأجور", (Citation(art.id, 0, len(TEXT), art.outlet, TEXT),))
    with Akhbar.open(db) as ak:
        ak.store.add_articles([art])
        ak.store.replace_stories([Story("s-1", "اتفاق الأجور", (art.id,), timeline=(row,))])
    with TestClient(create_app(Settings.resolve(db=db, environ={}))) as c:
        yield c


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [
        ("json", "application/json"),
        ("csv", "text/csv; charset=utf-8"),
        ("timelinejs", "application/json"),
        ("md", "text/markdown; charset=utf-8"),
    ],
)
def test_each_format_is_served_with_its_media_type(client: TestClient, fmt: str, media_type: str) -> None:
    response = client.get("/api/stories/s-1/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert "اتفاق الأجور" in response.content.decode("utf-8")


def test_csv_is_an_attachment_with_a_bom_and_the_arabic(client: TestClient) -> None:
    response = client.get("/api/stories/s-1/export?format=csv")
    assert response.headers["content-disposition"] == 'attachment; filename="story-s-1.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    (row,) = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
    assert (row["event"], row["precision"]) == ("توقيع اتفاق الأجور", "day")


def test_json_is_the_default_and_matches_the_story_endpoint(client: TestClient) -> None:
    exported = json.loads(client.get("/api/stories/s-1/export").content)
    story = client.get("/api/stories/s-1").json()
    assert exported == {**{k: v for k, v in story.items() if k != "ok"}, "articles": exported["articles"]}
    assert exported["articles"][0]["outlet"] == "وكالة الأنباء"


@pytest.mark.parametrize(
    ("path", "status"), [("/api/stories/s-1/export?format=pdf", 422), ("/api/stories/nope/export", 404)]
)
def test_a_bad_format_or_story_is_a_json_error(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert (response.status_code, response.json()["ok"], response.json()["status"]) == (status, False, status)
    if status == 422:
        assert "timelinejs" in response.json()["error"]
