from __future__ import annotations

import re
from datetime import date

import pytest

from akhbar.model import Article, Span
from akhbar.stories.similarity import (
    Profiler,
    SimilarityOptions,
    article_similarity,
    entity_weights,
    name_clash,
    time_anchors,
)
from akhbar.stories.terms import TermFrequencies

VISIT = (
    "الصفدي يبحث في دمشق عودة اللاجئين السوريين\n"
    "التقى وزير الخارجية الأردني أيمن الصفدي في دمشق اليوم الرئيس السوري بشار الأسد، وبحث معه خطة "
    "لعودة اللاجئين السوريين من الأردن وتأمين الحدود ومكافحة تهريب المخدرات."
)
VISIT_OTHER_OUTLET = (
    "زيارة الصفدي إلى دمشق تفتح ملف اللاجئين\n"
    "قالت مصادر أردنية إن زيارة أيمن الصفدي إلى دمشق ولقاءه بشار الأسد ركزت على عودة اللاجئين "
    "السوريين من الأردن، إضافة إلى تهريب المخدرات عبر الحدود بين البلدين."
)
MATCH = (
    "الهلال يفوز على النصر بهدفين\n"
    "فاز الهلال على النصر بهدفين نظيفين في الدوري، وسجل سالم الدوسري الهدفين في ملعب الملك فهد "
    "بالرياض أمام جمهور كبير."
)
NEXT_MATCH = (
    "الهلال يتعادل مع الاتحاد في جدة\n"
    "تعادل الهلال مع الاتحاد بهدف لمثله في الدوري على ملعب الجوهرة بجدة، وسجل سالم الدوسري هدف "
    "الهلال أمام جمهور كبير."
)


def _article(text: str, day: date | None, names: tuple[str, ...], source: str = "x") -> Article:
    """First line as title; an ``entities`` span (canonical = itself) on each occurrence of ``names``."""
    art = Article.from_text(text, source=source, title=text.partition("\n")[0], pub_date=day)
    spans = [Span(m.start(), m.end(), "PERS", {"canonical": n}) for n in names for m in re.finditer(n, text)]
    return art.with_spans("entities", sorted(spans, key=lambda s: s.start))


VISIT_NAMES = ("أيمن الصفدي", "بشار الأسد", "دمشق", "الأردن")
MATCH_NAMES = ("الهلال", "النصر", "الاتحاد", "سالم الدوسري", "الرياض", "جدة")


def test_same_visit_reported_by_two_outlets_scores_above_the_join_threshold() -> None:
    a = _article(VISIT, date(2023, 5, 1), VISIT_NAMES)
    b = _article(VISIT_OTHER_OUTLET, date(2023, 5, 2), VISIT_NAMES)
    assert article_similarity(a, b) >= SimilarityOptions().join_threshold


def test_two_matches_of_one_club_a_week_apart_score_below_the_join_threshold() -> None:
    a = _article(MATCH, date(2023, 3, 3), MATCH_NAMES)
    b = _article(NEXT_MATCH, date(2023, 3, 10), MATCH_NAMES)
    assert article_similarity(a, b) < SimilarityOptions().join_threshold


def test_the_day_gap_lowers_the_score_of_the_same_pair() -> None:
    same_day = article_similarity(
        _article(MATCH, date(2023, 3, 3), MATCH_NAMES), _article(NEXT_MATCH, date(2023, 3, 3), MATCH_NAMES)
    )
    week_apart = article_similarity(
        _article(MATCH, date(2023, 3, 3), MATCH_NAMES), _article(NEXT_MATCH, date(2023, 3, 10), MATCH_NAMES)
    )
    assert week_apart < same_day


def test_a_read_also_appendix_adds_nothing_to_the_words_compared() -> None:
    plain = _article(MATCH, date(2023, 3, 3), ())
    tail = f"\nاقرأ أيضا:\n{VISIT}"
    with_tail = Article.from_text(
        MATCH + tail, source="y", title=MATCH.partition("\n")[0], pub_date=date(2023, 3, 3)
    )
    with_tail = with_tail.with_spans(
        "excluded", [Span(len(MATCH) + 1, len(MATCH) + len(tail), "excluded", {"reason": "read-also"})]
    )
    profiler = Profiler(TermFrequencies.load(), learn=False)
    assert profiler(with_tail).words == profiler(plain).words


def test_rare_name_words_weigh_more_than_common_ones() -> None:
    art = _article("وصل أيمن الصفدي إلى الرياض اليوم.", None, ("أيمن الصفدي", "الرياض"))
    weights = entity_weights(art, TermFrequencies.load())
    assert weights["صفد"] > weights["رياض"]


@pytest.mark.parametrize(
    ("mine", "theirs", "clash"),
    [
        ({"قصيم": 5.0, "الل": 1.5}, {"احساء": 5.0, "الل": 1.5}, 1.0),  # same template, other town
        ({"قصيم": 5.0, "رشيد": 6.0}, {"قصيم": 5.0}, 0.0),
        ({"الل": 1.5}, {"احساء": 5.0}, 0.0),  # nothing specific on one side: no clash
    ],
)
def test_name_clash_is_how_far_specific_names_miss(
    mine: dict[str, float], theirs: dict[str, float], clash: float
) -> None:
    assert name_clash(mine, theirs, specific=3.0) == clash


@pytest.mark.parametrize(
    ("pub", "crawl", "values", "anchors"),
    [
        (date(2024, 10, 8), None, ["2022-01-26", "2021"], {date(2024, 10, 8), date(2022, 1, 26)}),
        (None, date(2015, 8, 6), ["2015-08"], {date(2015, 8, 6), date(2015, 8, 15)}),
        (None, None, ["PRESENT_REF"], set()),
    ],
)
def test_time_anchors_are_the_own_date_and_the_dates_named(
    pub: date | None, crawl: date | None, values: list[str], anchors: set[date]
) -> None:
    text = "نص الخبر " * len(values)
    art = Article.from_text(text, source="t", pub_date=pub, crawl_date=crawl)
    art = art.with_spans(
        "timex", [Span(9 * i, 9 * i + 8, "DATE", {"value": v}) for i, v in enumerate(values)]
    )
    assert time_anchors(art) == anchors


def test_idf_pools_background_and_observed_documents() -> None:
    freq = TermFrequencies(background={"مملك": 90}, background_docs=100)
    before = freq.idf("لافروف")
    for _ in range(50):
        freq.observe(["لافروف"])
    assert freq.idf("مملك") < freq.idf("لافروف") < before
