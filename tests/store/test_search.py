"""Arabic-aware search: keyed terms, literal queries, filters, ranking and original-offset highlights.

Tests taking a store run on SQLite (FTS5) and on PostgreSQL (tsvector), see ``tests/conftest.py``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.model import Article, Span
from akhbar.store.highlights import matched_words
from akhbar.store.repository import Store
from akhbar.store.search import SearchFilter, run_search
from akhbar.store.search_keys import iter_keyed_words, search_document, search_key, search_terms

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy import Connection

LAVROV = Article(
    id="lavrov",
    text="قال وزير الخارجية الروسي سيرغي لافروف اليوم إن المحادثات مع الولايات المتحدة كانت صريحة.",
    source="a.txt",
    title="لافروف: محادثات صريحة",
    outlet="وكالة أ",
    pub_date=date(2022, 1, 24),
)
SCHOOLS = Article(
    id="schools",
    text="افتتحت الحكومة ثلاث مدارس جديدة للفتيات في المدينة، وقال المسؤولون إن المدرسة الأولى جاهزة.",
    source="b.txt",
    title="مدارس جديدة",
    outlet="صحيفة ب",
    pub_date=date(2022, 2, 1),
)
BOILERPLATE = Article(
    id="boiler",
    text="ارتفعت أسعار القمح في الأسواق. اقرأ أيضا: لافروف يزور بكين",
    source="c.txt",
    title="أسعار القمح",
    outlet="صحيفة ب",
    layers={"excluded": (Span(31, 58, "read-also", {"reason": "read-also"}),)},
)


@pytest.fixture(scope="module")
def store(module_db_url: str) -> Iterator[Store]:
    with Store.open(module_db_url) as s:
        s.add_articles([LAVROV, SCHOOLS, BOILERPLATE])
        yield s


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("لافْرُوف", "لافروف"),  # diacritics
        ("لافروڤ", "لافروف"),  # Persian veh
        ("ولافروف", "لافروف"),  # conjunction
        ("بلافروف", "لافروف"),  # preposition
        ("الأمريكية", "امريكيه"),  # article, hamza, ta marbuta
        ("إيران", "ايران"),
        ("للمدرسة", "مدرسة"),
        ("المفاوضات", "مفاوضات"),
        ("مفاوضاتها", "مفاوضات"),
        ("الفلسطينيون", "فلسطيني"),
        ("وقتهم", "وقت"),
        ("والتي", "التي"),
        ("لعام", "عام"),
        ("وبالحكومة", "حكومة"),
        ("اليونانيون", "اليونان"),
        ("Reuters", "reuters"),
    ],
)
def test_search_key_folds_variants_together(variant: str, plain: str) -> None:
    assert search_key(variant) == search_key(plain)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("اليونان", "إلى"),
        ("التهاني", "التي"),
        ("اللون", "الله"),
        ("الذات", "الذي"),
        ("بعيد", "عيد"),
        ("كانت", "انت"),
    ],
)
def test_search_key_keeps_distinct_words_apart(word: str, other: str) -> None:
    assert search_key(word) != search_key(other)


@pytest.mark.parametrize(
    ("short", "kept"), [("قال", "قال"), ("ولد", "ولد"), ("بيت", "بيت"), ("2022", "2022")]
)
def test_search_key_keeps_short_words_whole(short: str, kept: str) -> None:
    assert search_key(short) == kept


@pytest.mark.parametrize(
    ("text", "terms"),
    [("قال: «نعم»!", [search_key("قال"), search_key("نعم")]), ("", []), ("؟ … —", [])],
)
def test_search_terms_skip_punctuation(text: str, terms: list[str]) -> None:
    assert search_terms(text) == terms


@pytest.mark.parametrize(
    ("query", "surface"),
    [
        ("لافروف", "لافروف"),
        ("لافْرُوف", "لافروف"),
        ("لافروڤ", "لافروف"),
        ("ولافروف", "لافروف"),
        ("بلافروف", "لافروف"),
        ("للولايات المتحدة", "الولايات"),
        ("أمريكية الولايات", None),
    ],
)
def test_variants_find_the_article_and_highlight_original_words(
    store: Store, query: str, surface: str | None
) -> None:
    hits = store.search(query)
    if surface is None:
        assert hits == []
        return
    assert [h.article_id for h in hits] == ["lavrov"]
    assert surface in [LAVROV.text[s:e] for s, e in hits[0].match_spans]


def test_plural_and_feminine_forms_match_and_highlight_each_word(store: Store) -> None:
    (hit,) = store.search("المدارس")
    assert hit.article_id == "schools"
    assert [SCHOOLS.text[s:e] for s, e in hit.match_spans] == ["مدارس"]
    (hit,) = store.search("مدرسة")
    assert [SCHOOLS.text[s:e] for s, e in hit.match_spans] == ["المدرسة"]


@pytest.mark.parametrize(
    "query", ['"', "*", "لافروف*", "(لافروف", "OR", "' OR 1=1 --", "NEAR(a b)", "-لافروف", "^", ""]
)
def test_query_syntax_is_literal_and_never_an_error(store: Store, query: str) -> None:
    hits = store.search(query)
    assert all(h.article_id == "lavrov" for h in hits)


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("لافروف & !محادثات", ["lavrov"]),  # tsquery's AND/NOT are not operators
        ("لافروف -محادثات", ["lavrov"]),  # nor is websearch's exclusion
        ("لافروف OR بكين", []),  # nor OR: every word must occur
        ("لافروف:*", ["lavrov"]),
        ("لافر:*", []),  # no prefix matching
        ("محادثات <-> لافروف", ["lavrov"]),
        ("'; DROP TABLE articles; --", []),
        ("%لافروف_", ["lavrov"]),
    ],
)
def test_query_operators_are_plain_words(store: Store, query: str, ids: list[str]) -> None:
    assert [h.article_id for h in store.search(query)] == ids
    assert store.count_articles() == 3


def test_excluded_boilerplate_is_not_searched(store: Store) -> None:
    assert [h.article_id for h in store.search("لافروف بكين")] == []
    assert [h.article_id for h in store.search("القمح")] == ["boiler"]


@pytest.mark.parametrize(
    ("kwargs", "ids"),
    [
        ({"outlet": "صحيفة ب"}, ["schools"]),
        ({"outlet": "وكالة أ"}, []),
        ({"date_from": date(2022, 1, 25)}, ["schools"]),
        ({"date_to": date(2022, 1, 31)}, []),
        ({"outlet": "صحيفة ب", "date_from": date(2022, 1, 25)}, ["schools"]),
        ({"outlet": "صحيفة ب", "date_to": date(2022, 1, 31)}, []),
        ({"outlet": "no such outlet"}, []),
    ],
)
def test_filters_restrict_hits(store: Store, kwargs: dict[str, object], ids: list[str]) -> None:
    assert [h.article_id for h in store.search("المدارس", **kwargs)] == ids  # type: ignore[arg-type]


def test_title_matches_rank_first_and_paging_is_stable(db_url: str) -> None:
    extra = Article(id="mention", text="ذكر التقرير أن لافروف سافر، ثم عاد لافروف إلى موسكو.", source="d.txt")
    with Store.open(db_url) as s:
        s.add_articles([LAVROV, extra])
        hits = s.search("لافروف")
        assert [h.article_id for h in hits] == ["lavrov", "mention"]
        assert hits[0].score > hits[1].score
        assert [h.article_id for h in s.search("لافروف", limit=1, offset=1)] == ["mention"]


@pytest.mark.parametrize(("once", "thrice"), [("a-once", "b-thrice")])
def test_more_occurrences_rank_higher(db_url: str, once: str, thrice: str) -> None:
    with Store.open(db_url) as s:
        s.add_articles(
            [
                Article(id=once, text="وصل الوفد إلى بيروت مساء أمس.", source="o.txt"),
                Article(
                    id=thrice,
                    text="بيروت تستقبل الوفد، وفي بيروت قال المتحدث إن بيروت جاهزة.",
                    source="t.txt",
                ),
            ]
        )
        hits = s.search("بيروت")
    assert [h.article_id for h in hits] == [thrice, once]
    assert hits[0].score > hits[1].score


def test_snippet_is_an_original_window_around_the_first_match(db_url: str) -> None:
    text = "مقدمة طويلة " * 20 + "ثم قال لافروف إن المحادثات انتهت. " + "خاتمة " * 40
    art = Article(id="long", text=text, source="e.txt")
    with Store.open(db_url) as s:
        s.add_articles([art])
        (hit,) = s.search("لافروف")
    start, end = hit.match_spans[0]
    assert text[start:end] == "لافروف"
    assert text[hit.snippet_start : hit.snippet_start + len(hit.snippet)] == hit.snippet
    assert hit.snippet_start < start and end < hit.snippet_start + len(hit.snippet) < len(text)
    assert not hit.snippet.startswith(" ")
    assert hit.to_dict()["match_spans"] == [[start, end]]


@pytest.mark.parametrize(
    ("query", "ids"), [("لافروف", ["lavrov"]), ("بالمدارس", ["schools"]), ("OR 1=1", [])]
)
def test_portable_fallback_finds_the_same_articles(store: Store, query: str, ids: list[str]) -> None:
    conn: Connection
    with store._db.read() as conn:  # the PostgreSQL path, run on SQLite
        hits = run_search(conn, query, limit=10, offset=0, where=SearchFilter(), use_fts=False)
    assert [h.article_id for h in hits] == ids


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="وفبلكالتيهنمس ،.«»ًٌُـ12٣ABc", max_size=60),
    cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=3),
)
def test_index_and_highlight_see_the_same_words(text: str, cuts: list[tuple[int, int]]) -> None:
    excluded = [Span(min(s, len(text)), min(s + n, len(text))) for s, n in cuts]
    indexed = search_document(None, text, excluded)["body"].split()
    assert indexed == [key for _, _, key in iter_keyed_words(text, excluded)]
    for s, e, key in iter_keyed_words(text, excluded):
        assert search_key(text[s:e]) == key
        assert not any(x.start <= s and e <= x.end and x.start < x.end for x in excluded)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="وفبلكالتيهنمسأإىةیڤ \u200c ،.«»ًٌُـ12٣,ABc\ufefb", max_size=80),
    cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=3),
    picks=st.lists(st.integers(0, 100), min_size=1, max_size=3),
    extra=st.sampled_from(["", "بيت", "لا", "1,2"]),
)
def test_matched_words_are_the_words_whose_key_is_a_term(
    text: str, cuts: list[tuple[int, int]], picks: list[int], extra: str
) -> None:
    """The regex prefilter finds exactly the words that keying every word finds (presentation forms too)."""
    excluded = [Span(min(s, len(text)), min(s + n, len(text))) for s, n in cuts]
    keys = [key for _, _, key in iter_keyed_words(text)]
    terms = frozenset([keys[i % len(keys)] for i in picks] if keys else []) | {search_key(extra) or "x"}
    slow = tuple((s, e) for s, e, key in iter_keyed_words(text, excluded) if key in terms)
    assert matched_words(text, excluded, terms) == slow


@pytest.mark.parametrize(
    ("text", "query", "words"),
    [
        ("قال لافْرُوف إن لافـروڤ وبلافروف التقى", "لافروف", ["لافْرُوف", "لافـروڤ", "وبلافروف"]),
        ("مدرسة للمدرسة والمدرسة ومدرسها", "مدرسة", ["مدرسة", "للمدرسة", "والمدرسة", "ومدرسها"]),
        ("بلغ العدد 1,500 شخص و١٬٥٠٠ آخرين", "1,500", ["1,500", "١٬٥٠٠"]),
        ("NATO and Nato and nato", "nato", ["NATO", "Nato", "nato"]),
    ],
)
def test_matched_words_find_every_spelling(text: str, query: str, words: list[str]) -> None:
    found = matched_words(text, (), frozenset(search_terms(query)))
    assert [text[s:e] for s, e in found] == words
