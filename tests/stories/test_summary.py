"""The story summary: 3–5 of the articles' own sentences, central, not repeating, cited where they stand."""

from __future__ import annotations

import pytest

from akhbar.model import Article, Span
from akhbar.stories.summary import summarise

FLOOD_A = (
    "غمرت السيول أحياء واسعة في مدينة جدة بعد أمطار غزيرة استمرت ساعات. "
    "وأعلن الدفاع المدني في جدة إجلاء مئات الأسر من الأحياء المنخفضة إلى مراكز الإيواء. "
    "وأغلقت السلطات الأنفاق الرئيسية في جدة أمام حركة السير حتى انحسار المياه. "
    "وقالت الأرصاد إن الأمطار الغزيرة قد تعود إلى جدة ومكة خلال الأيام المقبلة."
)
FLOOD_B = (
    "أجلت فرق الدفاع المدني مئات الأسر في جدة بعد أن غمرت السيول الشوارع والأنفاق. "
    "وعلقت المدارس في جدة الدراسة الحضورية يوما واحدا بسبب الأمطار الغزيرة والسيول. "
    "وتوقعت الأرصاد استمرار هطول الأمطار الغزيرة على جدة ومكة حتى نهاية الأسبوع."
)
FLOOD_C = (
    "نشر سكان في جدة صورا لسيارات جرفتها السيول في الشوارع بعد الأمطار الغزيرة. "
    "وقال مسؤول في أمانة جدة إن فرق الصيانة تعمل على سحب المياه من الأنفاق والشوارع."
)
READ_ALSO = " اقرأ أيضا: السيول تغمر أحياء جدة والدفاع المدني يجلي مئات الأسر من الأحياء المنخفضة في جدة."


def _article(text: str, source: str, *, copy_of: str | None = None, excluded: str = "") -> Article:
    art = Article.from_text(text + excluded, source=source, outlet=source.split(".")[0], copy_of=copy_of)
    if excluded:
        art = art.with_spans(
            "excluded", [Span(len(text), len(art.text), "excluded", {"reason": "read-also"})]
        )
    return art


@pytest.mark.parametrize("texts", [[FLOOD_A, FLOOD_B, FLOOD_C]])
def test_summary_is_three_to_five_cited_sentences_of_the_articles(texts: list[str]) -> None:
    arts = {a.id: a for a in (_article(t, f"outlet{i}.txt") for i, t in enumerate(texts))}
    summary = summarise(list(arts.values()))
    assert 3 <= len(summary) <= 5
    for c in summary:
        art = arts[c.article_id]
        assert art.text[c.start : c.end] == c.text
        assert c.outlet == art.outlet
        assert c.text.endswith(".")


@pytest.mark.parametrize(("texts", "size"), [([FLOOD_A, FLOOD_B, FLOOD_C], 3)])
def test_summary_hears_more_than_one_outlet(texts: list[str], size: int) -> None:
    arts = [_article(t, f"outlet{i}.txt") for i, t in enumerate(texts)]
    summary = summarise(arts, size=size)
    assert len({c.outlet for c in summary}) >= 2


@pytest.mark.parametrize("text", [FLOOD_A])
def test_summary_does_not_say_the_same_thing_twice(text: str) -> None:
    a = _article(text, "a.txt")
    b = _article(text.replace("واسعة", "كثيرة"), "b.txt")  # nearly the same wire text elsewhere
    summary = summarise([a, b], size=5)
    texts = [" ".join(c.text.split()[1:]) for c in summary]
    assert len(texts) == len(set(texts))
    assert len(summary) <= len(list(filter(None, text.split(". "))))


@pytest.mark.parametrize(("text", "excluded"), [(FLOOD_C, READ_ALSO)])
def test_summary_leaves_out_excluded_regions(text: str, excluded: str) -> None:
    kept = _article(text, "a.txt", excluded=excluded)
    whole = _article(text + excluded, "a.txt")
    assert any(c.end > len(text) for c in summarise([whole], size=5))
    assert all(c.end <= len(text) for c in summarise([kept], size=5))


@pytest.mark.parametrize("text", [FLOOD_B])
def test_a_copy_adds_nothing_when_its_original_is_there(text: str) -> None:
    original = _article(text, "a.txt")
    copy = _article(text, "b.txt", copy_of=original.id)
    assert {c.article_id for c in summarise([original, copy])} == {original.id}


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "(جدة - وكالة الخليج) أعلن الدفاع المدني في جدة إجلاء مئات الأسر من الأحياء المنخفضة.",
            "أعلن الدفاع المدني في جدة إجلاء مئات الأسر من الأحياء المنخفضة.",
        )
    ],
)
def test_a_leading_dateline_is_left_out_of_the_cited_span(text: str, cited: str) -> None:
    (c,) = summarise([_article(text, "a.txt")])
    assert c.text == cited
