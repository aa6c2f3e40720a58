"""Store round trips: articles with every layer, idempotence, atomic batches, rejections, stories.

Every test taking ``db_url`` runs on SQLite and on PostgreSQL (see ``tests/conftest.py``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from akhbar.errors import NotFound, SpanError, StoreError
from akhbar.model import Article, Citation, Span, Story, TimelineRow
from akhbar.store import articles as article_rows
from akhbar.store.repository import Store

if TYPE_CHECKING:
    from collections.abc import Iterator

TEXT = "موسكو - قال وزير الخارجية الروسي سيرغي لافروف اليوم الإثنين إن المحادثات «بناءة». اقرأ أيضا: خبر آخر"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s


def full_article() -> Article:
    art = Article.from_text(
        TEXT,
        source="pages/a.html",
        url="https://example.com/a",
        outlet="وكالة المثال",
        title="لافروف: المحادثات بناءة",
        author="مراسل",
        language="ar",
        pub_date=date(2022, 1, 24),
        pub_date_source="dateline",
        pub_date_range=(date(2022, 1, 23), date(2022, 1, 24)),
        pub_date_note="من سطر التاريخ",
        display_date=date(2022, 1, 25),
        crawl_date=date(2022, 1, 26),
        copy_of="0123456789abcdef",
    )
    start = TEXT.index("لافروف")
    excl = TEXT.index("اقرأ")
    return (
        art.with_spans("body", [Span(0, excl, "body")])
        .with_spans("excluded", [Span(excl, len(TEXT), "read-also", {"reason": "read-also"})])
        .with_spans(
            "entities",
            [
                Span(start - 5, start + 6, "PERS", {"canonical": "سيرغي لافروف", "score": 0.875}),
                Span(0, 5, "LOC", {"ids": [1, 2], "nested": {"a": None, "b": True}}),
            ],
        )
        .with_spans("timex", [Span(start + 7, start + 20, "DATE", {"value": "2022-01-24"})])
        .with_spans("quotes", [])
    )


@pytest.mark.parametrize("layer", ["body", "excluded", "entities", "timex", "quotes"])
def test_article_round_trips_every_field_and_layer(store: Store, layer: str) -> None:
    art = full_article()
    store.add_articles([art], content_keys={art.id: "key-1"})
    back = store.article(art.id)
    assert back == art
    assert back.to_dict() == art.to_dict()
    assert [s.to_dict() for s in back.spans(layer)] == [s.to_dict() for s in art.spans(layer)]
    assert list(back.layers) == list(art.layers)


def test_listing_without_spans_has_no_layers_but_same_fields(store: Store) -> None:
    art = full_article()
    store.add_articles([art])
    (listed,) = store.articles()
    assert listed.layers == {}
    assert listed == art  # every field but the layers
    assert listed.text == art.text


@pytest.mark.parametrize("repeat", [1, 2])
def test_add_is_idempotent_by_id(store: Store, repeat: int) -> None:
    art = full_article()
    first = store.add_articles([art] * repeat)
    again = store.add_articles([art.with_meta(title="عنوان آخر")])
    assert (first.added, first.existing) == (1, repeat - 1)
    assert (again.added, again.existing) == (0, 1)
    assert store.article(art.id).title == "لافروف: المحادثات بناءة"


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (Article(id="bad1", text="نص قصير", source=None), StoreError),  # type: ignore[arg-type]
        (
            Article(id="bad2", text="نص", source="b.txt", layers={"entities": (Span(0, 99, "PERS"),)}),
            SpanError,
        ),
    ],
)
def test_failing_second_article_leaves_nothing_of_the_batch(store: Store, bad: Article, error: type) -> None:
    good = Article.from_text("قال الرئيس إن الاجتماع انتهى", source="good.txt")
    with pytest.raises(error):
        store.add_articles([good, bad, Article.from_text("نص ثالث", source="c.txt")])
    assert not store.has_article(good.id)
    assert store.stats() == {"articles": 0, "stories": 0, "outlets": 0, "rejected": 0, "spans": 0}
    assert store.search("الاجتماع") == []


def test_article_not_found_names_the_id_and_the_listing_command(store: Store) -> None:
    with pytest.raises(NotFound, match=r"no article 'abc'.*akhbar articles"):
        store.article("abc")


@pytest.mark.parametrize(
    ("key", "expected"),
    [("same", "orig"), ("other", None)],
)
def test_first_with_content_prefers_the_stored_original(store: Store, key: str, expected: str | None) -> None:
    original = Article(id="orig", text="خبر منقول", source="a.txt")
    copy = Article(id="aaa-copy", text="خبر منقول", source="b.txt", copy_of="orig")
    store.add_articles([copy, original], content_keys={"orig": "same", "aaa-copy": "same"})
    assert store.first_with_content(key) == expected


def test_articles_are_listed_by_date_unknown_last_and_filtered(store: Store) -> None:
    store.add_articles(
        [
            Article(id="c", text="ج", source="c", outlet="ب", pub_date=None),
            Article(id="b", text="ب", source="b", outlet="أ", pub_date=date(2022, 1, 2)),
            Article(id="a", text="أ", source="a", outlet="أ", pub_date=date(2022, 1, 3)),
        ]
    )
    assert [a.id for a in store.articles()] == ["b", "a", "c"]
    assert [a.id for a in store.articles(limit=1, offset=1)] == ["a"]
    assert [a.id for a in store.articles(outlet="أ", date_from=date(2022, 1, 3))] == ["a"]
    assert [a.id for a in store.articles(date_to=date(2022, 1, 2))] == ["b"]
    assert store.outlets() == [("أ", 2), ("ب", 1)]
    assert store.count_articles() == 3


@pytest.mark.parametrize(("source", "reason"), [("pages/x.html", "not UTF-8, UTF-16 or cp1256")])
def test_rejections_are_kept_newest_first(store: Store, source: str, reason: str) -> None:
    store.add_rejections([("old.txt", "empty")])
    store.add_rejections([(source, reason)])
    rows = store.rejections()
    assert [(s, r) for s, r, _ in rows] == [(source, reason), ("old.txt", "empty")]
    assert rows[0][2].tzinfo is not None
    assert [(s, r) for s, r, _ in store.rejections(limit=1)] == [(source, reason)]
    assert store.stats()["rejected"] == 2


def make_stories() -> list[Story]:
    row = TimelineRow(
        "2022-01-24",
        "لافروف يصف المحادثات بأنها بناءة",
        (Citation("a", 10, 40, "وكالة أ", "قال لافروف …"), Citation("b", 0, 5, None, "")),
        ("وكالة أ",),
        conflict=True,
    )
    return [
        Story("s-small", "قصة صغيرة", ("c",), ("ب",), date(2022, 1, 5), date(2022, 1, 5)),
        Story("s-big", "المحادثات", ("b", "a"), ("أ", "ب"), date(2022, 1, 1), date(2022, 1, 3), (row, row)),
    ]


def test_stories_round_trip_with_timeline_and_citations(store: Store) -> None:
    store.add_articles([Article(id=i, text="نص", source=i) for i in "abc"])
    stories = make_stories()
    store.replace_stories(stories)
    assert [s.to_dict() for s in store.stories()] == [stories[1].to_dict(), stories[0].to_dict()]
    assert store.story("s-big") == stories[1]
    assert store.story("s-big").timeline[0].citations == stories[1].timeline[0].citations
    assert store.stories_of("a") == ["s-big"]
    assert [s.id for s in store.stories(limit=1, offset=1)] == ["s-small"]


def test_story_headlines_list_what_the_full_stories_list(store: Store) -> None:
    """A listing reads headlines (counts, no timeline): the same fields and order as whole stories."""
    store.add_articles([Article(id=i, text="نص", source=i) for i in "abc"])
    stories = make_stories()
    store.replace_stories(stories)
    heads = store.story_headlines()
    assert [h.summary_dict() for h in heads] == [s.summary_dict() for s in store.stories()]
    assert [(h.id, h.size, h.conflicts) for h in heads] == [("s-big", 2, 2), ("s-small", 1, 0)]
    assert heads[0] == stories[1].headline()
    assert [h.id for h in store.story_headlines(limit=1, offset=1)] == ["s-small"]
    assert [h.id for h in store.story_headlines(date_from=date(2022, 1, 4))] == ["s-small"]


def test_stats_can_leave_out_the_span_count(store: Store) -> None:
    store.add_articles([full_article()])
    assert store.stats() == {"articles": 1, "stories": 0, "outlets": 1, "rejected": 0, "spans": 5}
    assert store.stats(with_spans=False) == {"articles": 1, "stories": 0, "outlets": 1, "rejected": 0}


def test_replace_stories_replaces_everything(store: Store) -> None:
    store.add_articles([Article(id=i, text="نص", source=i) for i in "abc"])
    store.replace_stories(make_stories())
    store.replace_stories([Story("s-new", "جديدة", ("a",))])
    assert [s.id for s in store.stories()] == ["s-new"]
    assert store.stories_of("b") == []
    with pytest.raises(NotFound, match="akhbar stories"):
        store.story("s-big")


def test_replacing_stories_with_the_same_stories_keeps_one_copy(store: Store) -> None:
    store.add_articles([Article(id=i, text="نص", source=i) for i in "abc"])
    stories = make_stories()
    store.replace_stories(stories)
    store.replace_stories(stories)  # timeline row ids are numbered again from 1 on every backend
    assert store.story("s-big") == stories[1]
    assert store.stats()["stories"] == 2


@pytest.mark.parametrize("attrs", [{"n": [1, 2.5, None], "s": "«لافروف»", "b": False, "o": {}}])
def test_span_attrs_round_trip_as_json(store: Store, attrs: dict[str, object]) -> None:
    art = Article.from_text("قال لافروف", source="a.txt").with_spans("entities", [Span(4, 10, "PERS", attrs)])
    store.add_articles([art])
    assert store.article(art.id).spans("entities")[0].attrs == attrs


@pytest.mark.parametrize("text", ["قال لافروف إن موسكو ترحب، وقال بلينكن إن واشنطن تدرس الرد"])
def test_spans_come_back_in_the_order_they_were_added_in_every_layer(store: Store, text: str) -> None:
    """Spans are read as one aggregate per article, whose order the database does not promise."""
    words = [(i, i + 3) for i in range(0, len(text) - 3, 4)]
    art = (
        Article.from_text(text, source="order.txt")
        .with_spans("sentences", [Span(0, len(text), "sentence")])
        .with_spans("entities", [Span(s, e, "PERS", {"n": i}) for i, (s, e) in enumerate(reversed(words))])
        .with_spans("timex", [Span(s, e, "DATE") for s, e in words[::3]])
    )
    store.add_articles([art])
    for back in (store.article(art.id), store.articles_by_id([art.id])[art.id]):
        assert list(back.layers) == ["sentences", "entities", "timex"]
        assert [(s.start, s.attrs["n"]) for s in back.spans("entities")] == [
            (s.start, s.attrs["n"]) for s in art.spans("entities")
        ]
        assert back.spans("timex") == art.spans("timex")
    with store._db.read() as conn:  # the row-by-row reader, kept for databases without JSON aggregates
        assert article_rows._load_layers_by_row(conn, [art.id]) == article_rows._load_layers(conn, [art.id])


def test_database_keeps_data_across_opens(db_url: str) -> None:
    art = full_article()
    with Store.open(db_url) as store:
        store.add_articles([art])
    with Store.open(db_url) as store:
        assert store.article(art.id).to_dict() == art.to_dict()
        assert store.stats()["spans"] == 5


def test_layers_can_be_loaded_selectively_and_streamed(db_url: str) -> None:
    from akhbar.model import Article, Span
    from akhbar.store.repository import Store

    arts = [
        Article.from_text(f"نص رقم {i}", source=f"s{i}")
        .with_spans("entities", [Span(0, 2, "ORG")])
        .with_spans("sentences", [Span(0, 7, "sentence")])
        for i in range(5)
    ]
    with Store.open(db_url) as store:
        store.add_articles(arts)
        streamed = list(store.iter_articles(layers=["entities"], page=2))
        assert sorted(a.id for a in streamed) == sorted(a.id for a in arts)
        assert all(set(a.layers) == {"entities"} for a in streamed)
        by_id = store.articles_by_id([arts[0].id, "missing"])
        assert list(by_id) == [arts[0].id]
        assert by_id[arts[0].id].spans("sentences") == arts[0].spans("sentences")


def test_every_committed_write_and_only_that_changes_the_generation(store: Store) -> None:
    """What the server's response cache relies on: reads leave it, each committed write moves it."""
    start = store.generation()
    store.stats()
    store.search("نص")
    assert store.generation() == start
    store.add_articles([Article(id="g", text="نص", source="g")])
    after_add = store.generation()
    assert after_add > start
    bad = Article(id="h", text="نص", source="h", layers={"entities": (Span(0, 99, "PERS"),)})
    with pytest.raises(SpanError):
        store.add_articles([Article(id="i", text="نص آخر", source="i"), bad])
    assert store.generation() == after_add  # rolled back with the failed batch
    store.delete_articles(["g"])
    assert store.generation() > after_add


def test_deleting_an_original_hands_its_copies_to_the_earliest_remaining_one(store: Store) -> None:
    keys = {"orig": "same", "copy-1": "same", "copy-2": "same", "other": "else"}
    store.add_articles([Article(id="orig", text="خبر منقول", source="a.txt")], content_keys=keys)
    store.add_articles(
        [Article(id="copy-1", text="خبر منقول", source="b.txt", copy_of="orig")], content_keys=keys
    )
    store.add_articles(
        [
            Article(id="copy-2", text="خبر منقول", source="c.txt", copy_of="orig"),
            Article(id="other", text="خبر آخر", source="d.txt"),
        ],
        content_keys=keys,
    )
    assert store.delete_articles(["orig"]) == 1
    assert [store.article(i).copy_of for i in ("copy-1", "copy-2", "other")] == [None, "copy-1", None]
    assert store.first_with_content("same") == "copy-1"


def test_deleting_an_original_with_all_its_copies_leaves_no_mark_behind(store: Store) -> None:
    store.add_articles(
        [
            Article(id="orig", text="خبر منقول", source="a.txt"),
            Article(id="copy", text="خبر منقول", source="b.txt", copy_of="orig"),
        ]
    )
    assert store.delete_articles(["orig", "copy"]) == 2
    assert store.count_articles() == 0


def test_the_generation_sees_other_writers_at_once_and_outlives_a_dropped_connection(db_url: str) -> None:
    """The generation is read on a kept driver connection: each read sees the latest commit of any
    connection, and a kept connection that died (a restarted server) is replaced on the next read."""
    with Store.open(db_url) as store, Store.open(db_url) as other:
        start = store.generation()
        other.add_articles([Article(id="w1", text="نص أول", source="w1")])
        seen = store.generation()
        assert seen > start
        held = store._db._held._conn
        assert held is not None and held.driver_connection is not None
        held.driver_connection.close()
        other.add_articles([Article(id="w2", text="نص ثان", source="w2")])
        assert store.generation() > seen


def test_an_in_memory_database_reads_its_generation_on_its_one_connection() -> None:
    with Store.open("sqlite://") as store:
        start = store.generation()
        store.add_articles([Article(id="m", text="نص", source="m")])
        assert store.generation() > start
        assert store._db._held._conn is None
        assert store.article("m").text == "نص"
