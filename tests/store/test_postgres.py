"""The same store on PostgreSQL; runs only when AKHBAR_TEST_POSTGRES_URL names a throwaway database.

Example: ``AKHBAR_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:55432/akhbar``. Every
table is dropped first, so never point it at a database that matters.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, text

from akhbar.errors import NotFound
from akhbar.model import Article, Citation, Span, Story, TimelineRow
from akhbar.store.repository import Store

if TYPE_CHECKING:
    from collections.abc import Iterator

URL = os.environ.get("AKHBAR_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="AKHBAR_TEST_POSTGRES_URL is not set")


@pytest.fixture
def store() -> Iterator[Store]:
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    with Store.open(URL) as s:
        yield s


TEXT = "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن المحادثات صريحة. اقرأ أيضا: خبر"


@pytest.mark.parametrize(
    ("query", "surface"), [("ولافروف", "لافروف"), ("لافْرُوف", "لافروف"), ("المحادثة", "المحادثات")]
)
def test_postgres_round_trips_and_searches_with_the_fallback(store: Store, query: str, surface: str) -> None:
    art = Article.from_text(
        TEXT,
        source="a.txt",
        title="لافروف",
        outlet="أ",
        pub_date=date(2022, 1, 24),
        pub_date_range=(date(2022, 1, 23), date(2022, 1, 24)),
    ).with_spans("entities", [Span(32, 38, "PERS", {"canonical": "سيرغي لافروف", "n": [1, 2.5, None]})])
    assert store.add_articles([art, art], content_keys={art.id: "k"}).added == 1
    assert store.article(art.id).to_dict() == art.to_dict()
    assert store.first_with_content("k") == art.id
    (hit,) = store.search(query, outlet="أ", date_from=date(2022, 1, 1))
    assert [TEXT[s:e] for s, e in hit.match_spans] == [surface]
    assert store.search("' OR 1=1 --") == []
    row = TimelineRow("2022-01-24", "وصف", (Citation(art.id, 0, 10, "أ", "قال"),), ("أ",), conflict=True)
    story = Story("s1", "قصة", (art.id,), ("أ",), date(2022, 1, 24), date(2022, 1, 24), (row,))
    store.replace_stories([story])
    store.replace_stories([story])
    assert store.story("s1") == story
    assert store.stories_of(art.id) == ["s1"]
    store.add_rejections([("x.html", "empty")])
    assert store.stats() == {"articles": 1, "stories": 1, "outlets": 1, "rejected": 1, "spans": 1}
    with pytest.raises(NotFound):
        store.article("nope")
