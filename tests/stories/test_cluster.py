from __future__ import annotations

from datetime import date

import pytest

from akhbar.model import Article
from akhbar.stories.cluster import ClusterOptions, cluster


def _article(text: str, day: date | None, source: str) -> Article:
    title, _, _ = text.partition("\n")
    return Article.from_text(text, source=source, title=title, pub_date=day)


MATCH_A = [
    "الهلال يفوز على النصر بثلاثة أهداف\nفاز فريق الهلال على النصر بثلاثة أهداف مقابل هدف في ملعب الملك فهد في الرياض ضمن الدوري.",
    "ثلاثية هلالية في مرمى النصر\nحقق الهلال فوزا كبيرا على النصر بثلاثة أهداف لهدف في الدوري على ملعب الملك فهد بالرياض.",
]
FLOOD = [
    "أمطار غزيرة تغرق شوارع جدة\nغمرت مياه الأمطار الغزيرة شوارع جدة وأعلن الدفاع المدني إغلاق الأنفاق وإجلاء السكان.",
    "الدفاع المدني يجلي سكان أحياء في جدة بعد السيول\nأجلى الدفاع المدني عشرات الأسر في جدة بعد أن غمرت السيول والأمطار الأنفاق والشوارع.",
]


def test_articles_on_one_event_from_two_outlets_form_one_story() -> None:
    arts = [_article(t, date(2015, 8, 1), f"a{i}") for i, t in enumerate(MATCH_A + FLOOD)]
    groups = sorted(sorted(g) for g in cluster(arts, [frozenset({date(2015, 8, 1)})] * 4))
    assert groups == [[0, 1], [2, 3]]


def test_same_actors_months_apart_stay_apart() -> None:
    arts = [_article(MATCH_A[0], date(2015, 1, 5), "x"), _article(MATCH_A[1], date(2015, 8, 20), "y")]
    dates = [frozenset({date(2015, 1, 5)}), frozenset({date(2015, 8, 20)})]
    assert len(cluster(arts, dates, options=ClusterOptions(window_days=10))) == 2


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_corpora_cluster_without_error(n: int) -> None:
    arts = [_article(FLOOD[0], None, "z")][:n]
    assert cluster(arts, [frozenset()] * n) == ([[0]] if n else [])
