from __future__ import annotations

import pytest

from akhbar.extract.ner_features import NerResources
from akhbar.extract.ner_spans import club_types, drop_groups, facilities, join_name_parts, named_places
from akhbar.text.normalise import fold


def _runs(text: str, tagged: list[tuple[str, str]]) -> tuple[list[str], list[tuple[int, int, str]]]:
    """Folded forms of ``text`` and runs for the given ``(words, label)`` parts, found in order."""
    words = text.split()
    runs, at = [], 0
    for part, label in tagged:
        size = len(part.split())
        while words[at : at + size] != part.split():
            at += 1
        runs.append((at, at + size, label))
        at += size
    return [fold(w) for w in words], runs


def _surfaces(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[a:b]), label) for a, b, label in runs]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "استقبل الأمير خالد بن فيصل بن عبدالعزيز آل سعود الوفد",
            [("خالد بن فيصل بن عبدالعزيز", "PERS"), ("سعود", "PERS")],
            [("خالد بن فيصل بن عبدالعزيز آل سعود", "PERS")],
        ),
        (
            "وقال الدكتور عبدالله بن محمد الغامدي إن المشروع اكتمل",
            [("عبدالله", "PERS"), ("بن محمد الغامدي", "PERS")],
            [("عبدالله بن محمد الغامدي", "PERS")],
        ),
        (
            "وحضر المهندس سعد بن ناصر الحفل",
            [("سعد", "PERS")],
            [("سعد بن ناصر", "PERS")],
        ),
        (
            "وقدم فلاح جابر آل شنان التهنئة",
            [("فلاح جابر", "PERS")],
            [("فلاح جابر آل شنان", "PERS")],
        ),
        (  # a name never ends in a linking word, even before a common word («مساعد» assistant)
            "وكرم الأمير فهد بن مساعد الفائزين",
            [("فهد بن", "PERS")],
            [("فهد بن مساعد", "PERS")],
        ),
        (
            "ونقل المراسل عن سعيد عبد ربه قوله",
            [("سعيد عبد", "PERS")],
            [("سعيد عبد ربه", "PERS")],
        ),
    ],
)
def test_a_long_name_stays_one_person_across_its_linking_words(
    text: str, tagged: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    forms, runs = _runs(text, tagged)
    assert _surfaces(text, join_name_parts(forms, runs, NerResources.load())) == expected


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("وقال بن لادن في تسجيل إن", [("بن لادن", "PERS")]),
        ("التقى محمد وزير الخارجية أمس", [("محمد", "PERS")]),
        ("زار أحمد بن الرياض", [("أحمد", "PERS"), ("الرياض", "LOC")]),
        ("وقال خالد بن ، ثم غادر", [("خالد بن", "PERS")]),  # punctuation after the link: no word to take
        ("استقبل سعد بن الوفد", [("سعد بن", "PERS"), ("الوفد", "ORG")]),  # the next word is another run
    ],
)
def test_names_without_a_linked_part_are_left_as_tagged(text: str, tagged: list[tuple[str, str]]) -> None:
    forms, runs = _runs(text, tagged)
    assert join_name_parts(forms, runs, NerResources.load()) == runs


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "وقال لاعب تشيلسي إن الفريق جاهز. وفاز تشيلسي على أرسنال",
            [("تشيلسي", "LOC"), ("تشيلسي", "PERS"), ("أرسنال", "ORG")],
            [("تشيلسي", "ORG"), ("تشيلسي", "ORG"), ("أرسنال", "ORG")],
        ),
        (
            "تعاقد نادي ليستر مع المدافع",
            [("ليستر", "LOC")],
            [("ليستر", "ORG")],
        ),
        (
            "وقال لاعب فرنسا إن المباراة صعبة في باريس",
            [("فرنسا", "LOC"), ("باريس", "LOC")],
            [("فرنسا", "LOC"), ("باريس", "LOC")],
        ),
        (
            "وصل الفريق أول سامي عنان إلى القاهرة",
            [("سامي عنان", "PERS"), ("القاهرة", "LOC")],
            [("سامي عنان", "PERS"), ("القاهرة", "LOC")],
        ),
    ],
)
def test_a_name_after_a_team_word_is_a_club_everywhere_in_the_text(
    text: str, tagged: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    forms, runs = _runs(text, tagged)
    assert _surfaces(text, club_types(forms, runs, NerResources.load())) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("وقاتل الأكراد في المدينة", [("الأكراد", "ORG")], []),  # a people, not a body
        ("وتظاهر الشيعة والسنة أمس", [("الشيعة", "ORG"), ("والسنة", "MISC")], []),
        ("وسيطر الحوثيون على المطار", [("الحوثيون", "ORG")], []),  # a plural nisba: a group described
        ("وأوقف رجل باكستاني الجنسية أمس", [("باكستاني الجنسية", "ORG")], []),  # a nationality
        (  # a body named after a people keeps its name; a person named like one stays
            "وأعلن حزب العمال الكردستاني وقال عرب إن",
            [("حزب العمال الكردستاني", "ORG"), ("عرب", "PERS")],
            [("حزب العمال الكردستاني", "ORG"), ("عرب", "PERS")],
        ),
    ],
)
def test_groups_of_people_and_nationalities_are_no_organisations(
    text: str, tagged: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    forms, runs = _runs(text, tagged)
    assert _surfaces(text, drop_groups(forms, runs)) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        (
            "وطالب بالالتزام بميثاق الأمم المتحدة",
            [("الأمم المتحدة", "ORG")],
            [("بميثاق الأمم المتحدة", "MISC")],
        ),
        ("وتوج الفريق بلقب كأس بلغاريا أمس", [("بلغاريا", "LOC")], [("كأس بلغاريا", "MISC")]),
        ("وخسر في نهائي كأس السوبر الإسباني", [("السوبر", "MISC")], [("كأس السوبر الإسباني", "MISC")]),
    ],
)
def test_a_document_or_cup_head_joins_the_tagged_name_after_it(
    text: str, tagged: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    forms, runs = _runs(text, tagged)
    assert _surfaces(text, facilities(forms, runs, NerResources.load())) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن اتفاقية الضمانات لم توقع",  # a description: no tagged name after the head
        "ورفع اللاعبون الكأس عاليا",  # the head alone
    ],
)
def test_a_document_head_without_a_tagged_name_makes_nothing(text: str) -> None:
    forms, runs = _runs(text, [])
    assert facilities(forms, runs, NerResources.load()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونقلت الأسلحة إلى ناحية القيارة جنوب المدينة", [("القيارة", "LOC")]),
        ("أقامت بلدية محافظة ثادق حفلا", [("ثادق", "LOC")]),
        ("ويقع المعرض في حي السفارات بالعاصمة", [("السفارات", "LOC")]),
    ],
)
def test_a_rare_word_after_a_place_noun_is_the_place(text: str, expected: list[tuple[str, str]]) -> None:
    forms, runs = _runs(text, [])
    assert _surfaces(text, named_places(forms, runs, NerResources.load())) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وسقطت الطائرة قرب قرية صغيرة",  # an indefinite adjective: a common word
        "وأصبحت مدينة بالحظ الجيد",  # a preposition on the next word
        "وسدد اللاعب من حدود منطقة الجزاء",  # «منطقة» is no place noun here
        "وقال إن المدينة الصناعية توسعت",  # a definite place noun is followed by its adjective
    ],
)
def test_common_words_after_a_place_noun_are_no_place(text: str) -> None:
    forms, runs = _runs(text, [])
    assert named_places(forms, runs, NerResources.load()) == []
