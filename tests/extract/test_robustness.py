"""The extraction steps never raise, whatever the text: mixed scripts, marks, huge or empty input."""

from __future__ import annotations

from datetime import date
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.extract.pipeline import Extractor
from akhbar.model import Article

ARABICISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(' \n.،:«»"“”()-/0123456789قال إن أن يناير أمس اليوم الاثنين')),
        st.characters(),
    ),
    max_size=400,
)


@cache
def _extractor() -> Extractor:
    return Extractor.load()


def _check(text: str, pub: date | None) -> None:
    article = _extractor()(Article.from_text(text, source="fuzz", pub_date=pub))
    for layer in ("sentences", "entities", "quotes", "timex", "events"):
        for span in article.spans(layer):
            assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABICISH, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
def test_extraction_survives_arbitrary_text(text: str, pub: date | None) -> None:
    _check(text, pub)


def test_extraction_survives_empty_and_huge_texts() -> None:
    _check("", date(2022, 1, 1))
    sentence = (
        "وقال الوزير سيرغي لافروف يوم الجمعة الماضي إن «الرد سلبي» وأضاف أن الاتفاق وقع في 26 يناير 2022. "
    )
    _check(sentence * 400, date(2022, 2, 1))
    _check("ا" * 20000, None)
