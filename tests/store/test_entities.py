"""Entities in the store: mentions written with their article, recounted on removal, backfilled by migration 3."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from akhbar.errors import InputError, NotFound
from akhbar.extract.entity_keys import entity_id
from akhbar.model import Article, Span, Story
from akhbar.store.articles import insert_articles
from akhbar.store.engine import open_database
from akhbar.store.mentions import recount
from akhbar.store.migrations import latest_version, m0001_initial, m0002_timeline_sources
from akhbar.store.repository import Store

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

LAVROV = "سيرغي لافروف"
LAVROV_ID = entity_id("PERS", LAVROV)
ROLE = "وزير الخارجية الروسي"


def _name(text: str, surface: str, label: str, canonical: str, *, nth: int = 0, **attrs: Any) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    linked = {"canonical": canonical, "entity_id": entity_id(label, canonical), "role": None} | attrs
    return Span(start, start + len(surface), label, linked)


def _quote(text: str, words: str, speaker: Span | None, canonical: str | None) -> Span:
    start = text.index(words)
    attrs = {
        "speaker": canonical,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "via": None,
    }
    return Span(start, start + len(words), "indirect", attrs)


def article_a() -> Article:
    text = f"قال {ROLE} سيرغي لافروف إن الرد سلبي."
    name = _name(text, LAVROV, "PERS", LAVROV, role=ROLE)
    art = Article.from_text(text, source="a.txt", outlet="الأهرام", pub_date=date(2022, 1, 24))
    return art.with_spans("entities", [name]).with_spans("quotes", [_quote(text, "الرد سلبي", name, LAVROV)])


def article_b() -> Article:
    text = "وأكد سيرجي لافروف أن موسكو تنتظر. وأضاف لافروف أن الحوار ممكن."
    full = _name(text, "سيرجي لافروف", "PERS", LAVROV)
    short = _name(text, "لافروف", "PERS", LAVROV, nth=1)
    city = _name(text, "موسكو", "LOC", "موسكو")
    art = Article.from_text(text, source="b.txt", outlet="سبوتنيك", pub_date=date(2022, 2, 1))
    # the second quotation's speaker is reached through «لافروف»: its canonical name decides
    quotes = [_quote(text, "موسكو تنتظر", full, LAVROV), _quote(text, "الحوار ممكن", None, LAVROV)]
    return art.with_spans("entities", [full, city, short]).with_spans("quotes", quotes)


def article_c() -> Article:
    text = "أعلنت موسكو أن الاجتماع سيعقد في جنيف."
    spans = [_name(text, "موسكو", "LOC", "موسكو"), Span(text.index("جنيف"), text.index("جنيف") + 4, "LOC")]
    art = Article.from_text(text, source="c.txt", outlet="الأهرام", pub_date=date(2022, 3, 5))
    return art.with_spans("entities", spans)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A fresh database, SQLite and then PostgreSQL (``db_url`` in tests/conftest.py)."""
    with Store.open(db_url) as s:
        yield s


def _summary(store: Store) -> dict[str, tuple[Any, ...]]:
    return {e.canonical: (e.label, e.mentions, e.articles, e.variants, e.roles) for e in store.entities()}


def test_adding_articles_writes_mentions_and_merges_spellings(store: Store) -> None:
    store.add_articles([article_a(), article_b()])
    lavrov = store.entity(LAVROV_ID).entity
    assert (lavrov.canonical, lavrov.label, lavrov.mentions, lavrov.articles) == (LAVROV, "PERS", 3, 2)
    assert dict(lavrov.variants) == {"سيرغي لافروف": 1, "سيرجي لافروف": 1, "لافروف": 1}
    assert lavrov.roles == ((ROLE, 1),)


def test_entities_come_most_mentioned_first(store: Store) -> None:
    store.add_articles([article_a(), article_b(), article_c()])
    assert [e.canonical for e in store.entities()] == [LAVROV, "موسكو", "جنيف"]
    assert [e.canonical for e in store.entities(limit=1, offset=1)] == ["موسكو"]


def test_a_span_without_entity_id_takes_the_linker_id_of_its_surface(store: Store) -> None:
    store.add_articles([article_c()])
    geneva = store.entities(q="جنيف")[0]
    assert (geneva.id, geneva.canonical) == (entity_id("LOC", "جنيف"), "جنيف")


def test_quotations_are_attributed_by_speaker_span_or_canonical_name(store: Store) -> None:
    store.add_articles([article_a(), article_b()])
    detail = store.entity(LAVROV_ID)
    assert [(q.text, q.outlet, q.pub_date) for q in detail.quotes] == [
        ("الرد سلبي", "الأهرام", date(2022, 1, 24)),
        ("موسكو تنتظر", "سبوتنيك", date(2022, 2, 1)),
        ("الحوار ممكن", "سبوتنيك", date(2022, 2, 1)),
    ]
    assert detail.quote_count == 3
    quote = detail.quotes[0]
    assert article_a().text[quote.start : quote.end] == quote.text


def test_re_adding_the_same_articles_changes_no_count(store: Store) -> None:
    store.add_articles([article_a(), article_b()])
    before = _summary(store)
    result = store.add_articles([article_b(), article_a(), article_c()])
    assert (result.added, result.existing) == (1, 2)
    after = _summary(store)
    assert after.pop("جنيف")[1:3] == (1, 1)
    assert after[LAVROV] == before[LAVROV]
    assert after["موسكو"][1:3] == (2, 2)


def test_summaries_added_batch_by_batch_equal_a_full_recount(store: Store, db_url: str) -> None:
    for article in (article_b(), article_c(), article_a()):  # the full name's spellings come in turns
        store.add_articles([article])
    added = [e.to_dict() for e in store.entities()]
    database = open_database(db_url)
    with database.write() as conn:
        recount(conn, [e["id"] for e in added])
    database.engine.dispose()
    assert [e.to_dict() for e in store.entities()] == added
    assert added[0]["canonical"] == LAVROV


def test_deleting_an_article_removes_its_mentions_and_recounts(store: Store) -> None:
    store.add_articles([article_a(), article_b(), article_c()])
    assert store.delete_articles([article_b().id, "missing"]) == 1
    lavrov = store.entity(LAVROV_ID)
    assert (lavrov.entity.mentions, lavrov.entity.variants) == (1, (("سيرغي لافروف", 1),))
    assert [q.text for q in lavrov.quotes] == ["الرد سلبي"]
    assert store.entities(q="موسكو")[0].articles == 1
    store.delete_articles([article_a().id])
    with pytest.raises(NotFound, match=r"no entity .*akhbar entities"):
        store.entity(LAVROV_ID)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("لافروف", LAVROV),  # a partial name, anywhere in a spelling
        ("لافْرُوف", LAVROV),  # diacritics folded
        ("سيرجي", LAVROV),  # a spelling only one article used
        ("سيرقي لافروف", LAVROV),  # another transliteration: the variant key, as whole words
        ("موسكو", "موسكو"),
    ],
)
def test_q_matches_any_folded_spelling(store: Store, query: str, found: str) -> None:
    store.add_articles([article_a(), article_b()])
    assert [e.canonical for e in store.entities(q=query)] == [found]


def test_q_without_letters_or_with_like_wildcards_matches_nothing(store: Store) -> None:
    store.add_articles([article_a(), article_b()])
    assert store.entities(q="«»") == []
    assert store.entities(q="%") == []
    assert store.entities(q="_") == []


def test_label_filters_and_unknown_label_says_which_exist(store: Store) -> None:
    store.add_articles([article_a(), article_b()])
    assert [e.canonical for e in store.entities(label="LOC")] == ["موسكو"]
    with pytest.raises(InputError, match="PERS, LOC, ORG, MISC"):
        store.entities(label="PERSON")


def _stories() -> list[Story]:
    a, b, c = article_a(), article_b(), article_c()
    return [
        Story(
            "s1", "لافروف والرد", (a.id, b.id), ("الأهرام", "سبوتنيك"), date(2022, 1, 24), date(2022, 2, 1)
        ),
        Story("s2", "اجتماع جنيف", (c.id,), ("الأهرام",), date(2022, 3, 5), date(2022, 3, 5)),
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"entity": LAVROV_ID}, ["s1"]),
        ({"entity": entity_id("LOC", "موسكو")}, ["s1", "s2"]),
        ({"entity": "000000000000"}, []),
        ({"outlet": "سبوتنيك"}, ["s1"]),
        ({"outlet": "الأهرام"}, ["s1", "s2"]),
        ({"date_from": date(2022, 2, 1)}, ["s1", "s2"]),  # s1 runs until 1 February
        ({"date_from": date(2022, 2, 2)}, ["s2"]),
        ({"date_to": date(2022, 1, 31)}, ["s1"]),
        ({"outlet": "الأهرام", "date_from": date(2022, 3, 1), "entity": entity_id("LOC", "موسكو")}, ["s2"]),
    ],
)
def test_stories_filter_by_entity_outlet_and_dates(
    store: Store, filters: dict[str, Any], expected: list[str]
) -> None:
    store.add_articles([article_a(), article_b(), article_c()])
    store.replace_stories(_stories())
    assert sorted(s.id for s in store.stories(**filters)) == expected


def test_entity_lists_its_stories_and_follows_a_story_rebuild(store: Store) -> None:
    store.add_articles([article_a(), article_b(), article_c()])
    store.replace_stories(_stories())
    assert [s.id for s in store.entity(LAVROV_ID).stories] == ["s1"]
    counts = _summary(store)
    a, b, c = article_a(), article_b(), article_c()
    store.replace_stories([Story("t1", "ب", (b.id, c.id)), Story("t2", "أ", (a.id,))])
    detail = store.entity(LAVROV_ID)
    assert ([s.id for s in detail.stories], detail.story_count) == (["t1", "t2"], 2)
    assert _summary(store) == counts


def test_search_keeps_only_articles_naming_the_entity(store: Store) -> None:
    store.add_articles([article_a(), article_b(), article_c()])
    everywhere = {h.article_id for h in store.search("موسكو")}
    assert everywhere == {article_b().id, article_c().id}
    only = {h.article_id for h in store.search("موسكو", entity=LAVROV_ID)}
    assert only == {article_b().id}


def test_migration_backfills_a_version_2_database(new_db_url: Callable[..., str]) -> None:
    old = new_db_url(migrated=False)
    Store.open(old, migrations=(m0001_initial, m0002_timeline_sources)).close()
    database = open_database(old)
    with database.write() as conn:  # what version-2 code stored: articles, spans, search documents
        insert_articles(conn, [article_a(), article_b(), article_c()], {})
    database.engine.dispose()
    with Store.open(old) as upgraded, Store.open(new_db_url()) as fresh:
        assert upgraded.schema_version == latest_version()
        fresh.add_articles([article_a(), article_b(), article_c()])
        assert [e.to_dict() for e in upgraded.entities()] == [e.to_dict() for e in fresh.entities()]
        assert upgraded.entity(LAVROV_ID).to_dict() == fresh.entity(LAVROV_ID).to_dict()
        assert [q.text for q in upgraded.entity(LAVROV_ID).quotes] == [
            "الرد سلبي",
            "موسكو تنتظر",
            "الحوار ممكن",
        ]
