"""The gazetteer back-off: listed names the tagger missed, added only where the entry cannot be a common word."""

from __future__ import annotations

import pytest

from akhbar.extract.entity_backoff import apply_listed_names
from akhbar.extract.ner import NerModel
from akhbar.extract.words import tokenise
from akhbar.model import Span


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def _added(model: NerModel, text: str, mentions: list[Span] | None = None) -> list[tuple[str, str]]:
    """What the back-off adds to (or widens in) ``mentions``."""
    given = mentions or []
    spans = apply_listed_names(tokenise(text), [(0, len(text))], given, model=model)
    return [(text[s.start : s.end], s.label) for s in spans if s not in given]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن تنظيم داعش مسؤوليته عن الهجوم على الحاجز", [("داعش", "ORG")]),
        ("احتفل سكان القرية بعيد الفطر في الساحة الكبيرة", [("عيد الفطر", "MISC")]),
        ("وصل الوفد إلى كييف مساء الخميس", [("كييف", "LOC")]),
    ],
)
def test_backoff_adds_listed_names_the_tagger_missed(
    model: NerModel, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _added(model, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقع الطرفان الاتفاق بعد مفاوضات طويلة",  # «الاتفاق» is also a club: a common word first
        "ناقش الوزيران الأزمة السورية مطولا",  # a nisba agreeing with its noun is an adjective
        "اهتمت الصحف بالسياسة وبالرياضة السعودية",  # … also after «وب» before the article
        "رست السفينة قرب جزيرة صغيرة",  # «جزيرة» without the article is no «الجزيرة»
        "بلغت قيمة الصفقة مليار دولار",  # a currency is a unit
        "قضى الصيادون يومهم على الشاطئ قبل عودة الحوثيين",  # a plural nisba names a group, not a body
    ],
)
def test_backoff_leaves_common_words_adjectives_and_units(model: NerModel, text: str) -> None:
    assert _added(model, text) == []


def test_backoff_never_retags_a_tagged_mention(model: NerModel) -> None:
    text = "زار الأمير الرياض أمس"
    assert _added(model, text, [Span(11, 17, "LOC")]) == []


def test_backoff_takes_a_common_looking_name_from_the_article_itself(model: NerModel) -> None:
    text = "وصل الوزير إلى الطائف صباحا، ثم غادر الطائف مساء"
    tagged = Span(15, 21, "LOC")
    assert text[tagged.start : tagged.end] == "الطائف"
    assert _added(model, text, [tagged]) == [("الطائف", "LOC")]
    assert _added(model, text) == []  # alone, ANERcorp's many «الطائف» tagged O keep it out


@pytest.mark.parametrize(
    ("text", "tagged", "widened"),
    [
        ("سقطت قذائف على قطاع غزة ليلا", "غزة", ("قطاع غزة", "LOC")),
        ("عبرت الناقلة قناة السويس فجرا", "السويس", ("قناة السويس", "LOC")),
    ],
)
def test_backoff_widens_a_tagged_part_of_a_listed_name(
    model: NerModel, text: str, tagged: str, widened: tuple[str, str]
) -> None:
    at = text.index(tagged)
    part = Span(at, at + len(tagged), "ORG")
    out = apply_listed_names(tokenise(text), [(0, len(text))], [part], model=model)
    assert [(text[s.start : s.end], s.label) for s in out] == [widened]
