"""Names completed around the tagger's runs: titled people, facilities, trailing words (``ner_spans``)."""

from __future__ import annotations

import pytest

from akhbar.extract.ner import NerModel, find_entities


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def _found(text: str, model: NerModel) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in find_entities(text, model=model)}


def test_name_before_an_apposed_title(model: NerModel) -> None:
    text = "وكان سالم الهزيمي وزير الزراعة قد زار المزرعة أمس."
    assert ("سالم الهزيمي", "PERS") in _found(text, model)


def test_name_after_an_honorific(model: NerModel) -> None:
    text = "وحضر اللقاء الدكتور مساعد الدويلعي وعدد من المسؤولين."
    assert ("مساعد الدويلعي", "PERS") in _found(text, model)


def test_an_adjective_is_no_surname(model: NerModel) -> None:
    text = "أقيم الحفل في حديقة الملك فهد المركزية مساء أمس."
    assert not any(label == "PERS" and "المركزية" in name for name, label in _found(text, model))


def test_facility_head_joins_the_place(model: NerModel) -> None:
    found = _found("ونقل المصابون إلى مستشفى عنيزة العام ثم إلى مطار الرياض.", model)
    assert ("مستشفى عنيزة العام", "ORG") in found
    assert ("مطار الرياض", "LOC") in found


def test_trailing_number_leaves_an_organisation(model: NerModel) -> None:
    found = _found("وطالب الوزير بتنفيذ قرار مجلس الأمن الدولي 2216 كاملا.", model)
    assert ("مجلس الأمن الدولي", "ORG") in found
