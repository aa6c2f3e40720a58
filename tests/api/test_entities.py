"""Entities through the facade, end to end: ingested spellings of one person become one entity."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.api.facade import Akhbar
from akhbar.errors import NotFound

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from akhbar.store.repository import Entity

# three short pages in the seeds' shape (title, dateline, body), read in file-name order: the full name
# in two transliterations first, then the surname alone
PAGES = {
    "a.txt": """لافروف: الرد الأمريكي سلبي

موسكو - الاثنين 24 يناير 2022

قال وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين إن الرد الأمريكي على الضمانات الأمنية سلبي.
وأضاف لافروف أن موسكو ستدرس الرد بعناية.
""",
    "b.txt": """موسكو تنتظر رد الناتو

موسكو - الثلاثاء 25 يناير 2022

أكد وزير الخارجية الروسي سيرجي لافروف اليوم الثلاثاء أن موسكو تنتظر ردا مكتوبا من حلف الناتو.
""",
    "c.txt": """لقاء في جنيف

جنيف - الجمعة 28 يناير 2022

التقى لافروف نظيره الأمريكي أنتوني بلينكن في جنيف اليوم الجمعة. وقال لافروف إن اللقاء كان صريحا.
""",
}


@pytest.fixture(scope="module")
def ak(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Akhbar]:
    root = tmp_path_factory.mktemp("entities")
    pages = root / "pages"
    pages.mkdir()
    for name, text in PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    with Akhbar.open(str(root / "e.db")) as opened:
        opened.ingest([pages])
        yield opened


def _lavrov(ak: Akhbar) -> Entity:
    found = ak.entities(q="لافروف", label="PERS")
    assert len(found) == 1, [e.canonical for e in found]
    return found[0]


def test_spellings_and_surname_merge_into_one_entity_with_its_role(ak: Akhbar) -> None:
    lavrov = _lavrov(ak)
    assert lavrov.canonical == "سيرغي لافروف"
    assert {text for text, _ in lavrov.variants} == {"سيرغي لافروف", "سيرجي لافروف", "لافروف"}
    assert [role for role, _ in lavrov.roles] == ["وزير الخارجية الروسي"]
    assert lavrov.articles == 3


@pytest.mark.parametrize("query", ["سيرجي", "سيرغي لافروف", "لافْروف", "سيرقي لافروف"])
def test_any_spelling_finds_the_entity(ak: Akhbar, query: str) -> None:
    assert [e.id for e in ak.entities(q=query, label="PERS")] == [_lavrov(ak).id]


def test_entity_detail_lists_its_stories_and_quotations(ak: Akhbar) -> None:
    detail = ak.entity(_lavrov(ak).id)
    cited = {aid for story in detail.stories for aid in story.article_ids}
    assert cited == {a.id for a in ak.articles()}
    assert detail.story_count == len(detail.stories)
    said = {q.text for q in detail.quotes}
    assert {"الرد الأمريكي على الضمانات الأمنية سلبي", "اللقاء كان صريحا"} <= said
    for quote in detail.quotes:
        assert ak.article(quote.article_id).text[quote.start : quote.end] == quote.text


def test_stories_and_search_filter_by_entity(ak: Akhbar) -> None:
    blinken = ak.entities(q="بلينكن")[0]
    assert blinken.canonical == "أنتوني بلينكن"
    (story,) = ak.stories(entity=blinken.id)
    geneva = next(a.id for a in ak.articles() if "جنيف" in (a.title or ""))
    assert geneva in story.article_ids
    assert {h.article_id for h in ak.search("موسكو", entity=blinken.id)} <= set(story.article_ids)
    assert {h.article_id for h in ak.search("الناتو", entity=blinken.id)} == set()
    assert len(ak.search("الناتو", entity=_lavrov(ak).id)) == 1


def test_unknown_entity_is_not_found_with_advice(ak: Akhbar) -> None:
    with pytest.raises(NotFound, match=r"no entity 'ffffffffffff' .*akhbar entities"):
        ak.entity("ffffffffffff")


def test_a_later_ingest_links_a_surname_to_the_stored_full_name(tmp_path: Path) -> None:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "later.db")
    with Akhbar.open(db) as ak:
        ak.ingest([tmp_path / "a.txt", tmp_path / "b.txt"])
    with Akhbar.open(db) as ak:  # a new process: its extractor starts from what the database knows
        ak.ingest([tmp_path / "c.txt"])
        assert [e.canonical for e in ak.entities(q="لافروف")] == ["سيرغي لافروف"]
        assert _lavrov(ak).articles == 3
