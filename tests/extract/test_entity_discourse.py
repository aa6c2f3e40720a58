"""One sense per discourse: a name the article tagged is tagged again at its other mentions."""

from __future__ import annotations

import pytest

from akhbar.extract.entity_discourse import spread_names
from akhbar.extract.ner_features import NerResources
from akhbar.extract.words import tokenise
from akhbar.model import Span


def _spread(text: str, tagged: list[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """What ``spread_names`` adds to the mentions ``(surface, type, occurrence)`` tagged by hand."""
    given = []
    for surface, label, nth in tagged:
        at = -1
        for _ in range(nth + 1):
            at = text.index(surface, at + 1)
        given.append(Span(at, at + len(surface), label))
    spans = spread_names(tokenise(text), [(0, len(text))], given, rank=NerResources.load().rank)
    return [(text[s.start : s.end], s.label) for s in spans if s not in given]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "زار الوفد مدينة بلقرن صباحا. وتقع بلقرن جنوب المنطقة",
            [("بلقرن", "LOC", 0)],
            [("بلقرن", "LOC")],
        ),
        (  # a proclitic stays outside the span, the article inside
            "وصل المبعوث إلى صرواح أمس، وقال إن الوضع في صرواح هادئ وإن القتال بصرواح توقف",
            [("صرواح", "LOC", 0)],
            [("صرواح", "LOC"), ("صرواح", "LOC")],
        ),
        (  # «لل» goes whole, as the tagger's spans and GUIDELINES have it
            "أعلنت شركة طيران ناس رحلات جديدة، وقال متحدث لطيران ناس إن الحجوزات بدأت",
            [("طيران ناس", "ORG", 0)],
            [("طيران ناس", "ORG")],
        ),
        (  # a common word tagged twice alone is the article's usage
            "قال الرئيس إن صالح يتحمل المسؤولية. وأضاف أن صالح رفض الحوار، وأن قوات موالية لصالح هاجمت المدينة",
            [("صالح", "PERS", 0), ("صالح", "PERS", 1)],
            [("صالح", "PERS")],
        ),
        (  # a common word tagged once is the surname of the person the article names in full
            "دعا الوزير إلى رحيل بشار الأسد. وقال إن الأسد فقد شرعيته، وإن نظام الأسد انتهى",
            [("بشار الأسد", "PERS", 0), ("الأسد", "PERS", 1)],
            [("الأسد", "PERS")],
        ),
    ],
)
def test_spread_tags_other_mentions_of_a_tagged_name(
    text: str, tagged: list[tuple[str, str, int]], expected: list[tuple[str, str]]
) -> None:
    assert _spread(text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # a frequent word tagged once may be the tagger's slip: «صالح» (valid) stays untagged
        ("قال الرئيس إن صالح يتحمل المسؤولية. والعقد صالح لمدة عام", [("صالح", "PERS", 0)]),
        # a nisba agreeing with the noun before it is an adjective, not the country
        ("وصل الوفد إلى السعودية أمس، ووقعت الشركة السعودية العقد", [("السعودية", "LOC", 0)]),
        # the word is part of a longer name here: the next word is a tagged name
        ("سيطر الجيش على ريف إدلب، ثم تقدم في ريف حلب", [("ريف", "LOC", 0), ("حلب", "LOC", 0)]),
        # a name the article types two ways is left alone
        (
            "فاز برشلونة على إشبيلية. وتقع برشلونة في إسبانيا، وعاد برشلونة إلى التدريب",
            [("برشلونة", "ORG", 0), ("برشلونة", "LOC", 1)],
        ),
        # MISC is not spread: «السيلفي» is a product's common noun
        ("منعت الحديقة عصا السيلفي. وقال الحارس إن عصا السيلفي خطرة", [("السيلفي", "MISC", 0)]),
        # tagged once among three untagged: the tagger's slip, not a name
        (
            "جاء كومبيوتر جديد. ثم كومبيوتر آخر، وبيع كومبيوتر ثالث، ووصل كومبيوتر رابع",
            [("كومبيوتر", "ORG", 0)],
        ),
        # a currency is a unit
        ("دفع المشتري ألف ريال، ثم مئة ريال أخرى", [("ريال", "ORG", 0)]),
    ],
)
def test_spread_leaves_common_words_adjectives_and_longer_names(
    text: str, tagged: list[tuple[str, str, int]]
) -> None:
    assert _spread(text, tagged) == []
