from __future__ import annotations

import importlib
import re
from datetime import date
from typing import TYPE_CHECKING

import pytest

from akhbar.model import Article, Span
from akhbar.stories.cluster import ClusterOptions, cluster, cluster_profiles
from akhbar.stories.similarity import Profiler

if TYPE_CHECKING:
    from pathlib import Path

VISIT = [
    "الصفدي يبحث في دمشق عودة اللاجئين السوريين\n"
    "التقى وزير الخارجية الأردني أيمن الصفدي في دمشق اليوم الرئيس السوري بشار الأسد، وبحث معه خطة "
    "لعودة اللاجئين السوريين من الأردن وتأمين الحدود ومكافحة تهريب المخدرات.",
    "زيارة الصفدي إلى دمشق تفتح ملف اللاجئين\n"
    "قالت مصادر أردنية إن زيارة أيمن الصفدي إلى دمشق ولقاءه بشار الأسد ركزت على عودة اللاجئين "
    "السوريين من الأردن، إضافة إلى تهريب المخدرات عبر الحدود بين البلدين.",
    "الأسد يستقبل الصفدي ويبحثان ملف اللاجئين والحدود\n"
    "استقبل الرئيس السوري بشار الأسد وزير الخارجية الأردني أيمن الصفدي، وتناول اللقاء عودة "
    "اللاجئين السوريين من الأردن ومكافحة تهريب المخدرات على الحدود.",
]
VISIT_NAMES = ("أيمن الصفدي", "بشار الأسد", "دمشق", "الأردن")
MATCH = [
    "الهلال يفوز على النصر بهدفين\n"
    "فاز الهلال على النصر بهدفين نظيفين في الدوري، وسجل سالم الدوسري الهدفين في ملعب الملك فهد "
    "بالرياض أمام جمهور كبير.",
    "ثنائية الدوسري تمنح الهلال الفوز على النصر\n"
    "قاد سالم الدوسري الهلال إلى الفوز على النصر بهدفين دون رد في الدوري على ملعب الملك فهد "
    "بالرياض، وسجل الهدفين في الشوط الثاني.",
]
NEXT_MATCH = (
    "الهلال يتعادل مع الاتحاد في جدة\n"
    "تعادل الهلال مع الاتحاد بهدف لمثله في الدوري على ملعب الجوهرة بجدة، وسجل سالم الدوسري هدف "
    "الهلال أمام جمهور كبير."
)
MATCH_NAMES = ("الهلال", "النصر", "الاتحاد", "سالم الدوسري", "الرياض", "جدة")
SEIZURE = [
    "الداخلية: ضبط 300 كيلوغرام من الحشيش في جازان\n"
    "أعلن المتحدث الأمني بوزارة الداخلية أن حرس الحدود في قطاع الداير بمنطقة جازان أحبط تهريب 300 "
    "كيلوغرام من الحشيش، وقبض على ثلاثة مهربين يمنيين، وأحيلوا إلى النيابة العامة.",
    "الداخلية: ضبط مليون قرص إمفيتامين في ميناء ضباء\n"
    "أعلن المتحدث الأمني بوزارة الداخلية أن رجال الجمارك في ميناء ضباء بمنطقة تبوك أحبطوا تهريب مليون "
    "قرص إمفيتامين مخبأة في شحنة فواكه، وقبض على مستقبليها، وأحيلوا إلى النيابة العامة.",
]
SEIZURE_NAMES = ("وزارة الداخلية", "الداير", "جازان", "ضباء", "تبوك", "النيابة العامة")


def _article(
    text: str, day: date | None, names: tuple[str, ...], source: str, appendix: str | None = None
) -> Article:
    """First line as title; an entity span on each occurrence of ``names`` in ``text``; an optional
    "read also" appendix after it, marked excluded as cleaning would."""
    full = text if appendix is None else f"{text}\nاقرأ أيضا:\n{appendix}"
    art = Article.from_text(full, source=source, title=text.partition("\n")[0], pub_date=day)
    spans = [Span(m.start(), m.end(), "PERS", {"canonical": n}) for n in names for m in re.finditer(n, text)]
    art = art.with_spans("entities", sorted(spans, key=lambda s: s.start))
    if appendix is not None:
        art = art.with_spans(
            "excluded", [Span(len(text) + 1, len(full), "excluded", {"reason": "read-also"})]
        )
    return art


def _groups(articles: list[Article]) -> list[list[str]]:
    return sorted(sorted(articles[i].source for i in g) for g in cluster(articles))


def test_one_visit_reported_by_three_outlets_forms_one_story() -> None:
    arts = [_article(t, date(2023, 5, 1 + i), VISIT_NAMES, f"visit{i}") for i, t in enumerate(VISIT)]
    arts.append(_article(MATCH[0], date(2023, 5, 2), MATCH_NAMES, "match"))
    assert _groups(arts) == [["match"], ["visit0", "visit1", "visit2"]]


def test_two_matches_of_one_club_a_week_apart_stay_apart() -> None:
    arts = [
        _article(MATCH[0], date(2023, 3, 3), MATCH_NAMES, "first"),
        _article(MATCH[1], date(2023, 3, 3), MATCH_NAMES, "first-other-outlet"),
        _article(NEXT_MATCH, date(2023, 3, 10), MATCH_NAMES, "second"),
    ]
    assert _groups(arts) == [["first", "first-other-outlet"], ["second"]]


def test_two_statements_of_one_ministry_days_apart_stay_apart() -> None:
    arts = [
        _article(SEIZURE[0], date(2023, 6, 1), SEIZURE_NAMES, "jazan"),
        _article(SEIZURE[1], date(2023, 6, 5), SEIZURE_NAMES, "tabuk"),
    ]
    assert _groups(arts) == [["jazan"], ["tabuk"]]


def test_a_read_also_appendix_does_not_pull_an_article_into_the_appended_story() -> None:
    arts = [_article(t, date(2023, 3, 3), VISIT_NAMES, f"visit{i}") for i, t in enumerate(VISIT)]
    arts.append(_article(MATCH[0], date(2023, 3, 3), MATCH_NAMES, "match"))
    arts.append(
        _article(MATCH[1], date(2023, 3, 3), MATCH_NAMES, "match+appendix", appendix="\n".join(VISIT))
    )
    assert _groups(arts) == [["match", "match+appendix"], ["visit0", "visit1", "visit2"]]


def test_a_republication_years_later_joins_the_story_whose_dates_it_names() -> None:
    arts = [_article(t, date(2023, 5, 1), VISIT_NAMES, f"visit{i}") for i, t in enumerate(VISIT[:2])]
    late = _article(VISIT[2], date(2025, 9, 1), VISIT_NAMES, "republished")
    late = late.with_spans("timex", [Span(0, 5, "DATE", {"value": "2023-05-01"})])
    assert _groups([*arts, late]) == [["republished", "visit0", "visit1"]]


def test_same_story_months_apart_stays_apart() -> None:
    arts = [
        _article(MATCH[0], date(2015, 1, 5), MATCH_NAMES, "january"),
        _article(MATCH[1], date(2015, 8, 20), MATCH_NAMES, "august"),
    ]
    assert len(cluster(arts, options=ClusterOptions(window_days=10))) == 2


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_corpora_cluster_without_error(n: int) -> None:
    arts = [_article(MATCH[0], None, (), "z")][:n]
    assert cluster(arts) == ([[0]] if n else [])


@pytest.mark.slow
def test_the_five_bundled_seed_articles_form_one_story(seeds_dir: Path) -> None:
    from akhbar.api.facade import Akhbar

    with Akhbar.open(":memory:") as ak:
        ak.ingest([seeds_dir])
        stories = ak.stories()
    assert [s.size for s in stories] == [5]


def test_dropping_cached_story_profiles_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Old stories' cached profiles are dropped to bound memory; rebuilt ones give the same clusters."""
    cluster_module = importlib.import_module(
        "akhbar.stories.cluster"
    )  # the package re-exports a function by that name

    make = Profiler()
    texts = [
        "افتتح وزير الصحة مستشفى جديدا في جدة بسعة خمسمئة سرير",
        "وزير الصحة يفتتح مستشفى جدة الجديد بسعة خمسمئة سرير",
        "ارتفع مؤشر السوق السعودية في ختام تعاملات الأسبوع",
        "المؤشر العام للسوق يرتفع في ختام تعاملات الأسبوع",
        "هطول أمطار غزيرة على منطقة عسير وجريان السيول في الأودية",
    ]
    profiles = [
        make(Article.from_text(t, source=f"t{i}", pub_date=date(2015, 8, 1))) for i, t in enumerate(texts)
    ]
    kept = cluster_profiles(profiles)
    monkeypatch.setattr(cluster_module, "CACHED_PROFILES", 0)
    assert cluster_profiles(profiles) == kept
