"""Canonical entities: partial names, spelling variants, the cross-article index, roles and descriptions."""

from __future__ import annotations

import pytest

from akhbar.extract.entity_index import EntityIndex
from akhbar.extract.entity_keys import entity_id, variant_key
from akhbar.extract.linking import link_entities
from akhbar.extract.referents import resolve_body, resolve_description
from akhbar.extract.roles import find_roles
from akhbar.model import Span


def _spans(text: str, names: list[tuple[str, str]]) -> list[Span]:
    out, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        out.append(Span(start, start + len(name), label))
        pos = start + len(name)
    return out


@pytest.mark.parametrize(
    ("text", "names", "canonical"),
    [
        (
            "التقى ماجد الشهري بالوفد. وقال الشهري إن اللقاء مثمر.",
            [("ماجد الشهري", "PERS"), ("الشهري", "PERS")],
            ["ماجد الشهري", "ماجد الشهري"],
        ),
        (
            "وصل سيرغي لافروف. وقال سيرجي لافروف إن الزيارة مهمة.",
            [("سيرغي لافروف", "PERS"), ("سيرجي لافروف", "PERS")],
            ["سيرغي لافروف", "سيرغي لافروف"],
        ),
        (
            "أعلنت وزارة الصحة السعودية الخطة. وقالت الصحة السعودية إنها جاهزة.",
            [("وزارة الصحة السعودية", "ORG"), ("الصحة السعودية", "ORG")],
            ["وزارة الصحة السعودية", "وزارة الصحة السعودية"],
        ),
        (
            "اجتمع مجلس الناتو وروسيا. وقال الناتو إنه مستعد.",
            [("مجلس الناتو وروسيا", "ORG"), ("الناتو", "ORG")],
            ["مجلس الناتو وروسيا", "حلف شمال الأطلسي"],
        ),
        (  # «ابن» in a short mention is the «بن» of the full name
            "وصل سالم بن مرعي إلى الرياض. وقال ابن مرعي إن الزيارة مهمة.",
            [("سالم بن مرعي", "PERS"), ("ابن مرعي", "PERS")],
            ["سالم بن مرعي", "سالم بن مرعي"],
        ),
    ],
)
def test_partial_and_variant_mentions_link_to_the_fullest_name(
    text: str, names: list[tuple[str, str]], canonical: list[str]
) -> None:
    linked = link_entities(text, _spans(text, names))
    assert [s.attrs["canonical"] for s in linked] == canonical
    assert len({s.attrs["entity_id"] for s in linked}) == len(set(canonical))


@pytest.mark.parametrize(
    ("a", "b"),
    [("سيرغي لافروف", "سيرگي لافروف"), ("أنتوني بلينكين", "أنطوني بلينكن"), ("أوليغ", "أوليج")],
)
def test_variant_key_joins_transliteration_variants(a: str, b: str) -> None:
    assert variant_key(a) == variant_key(b)


def test_entity_index_gives_the_corpus_spelling_across_articles() -> None:
    index = EntityIndex()
    for _ in range(3):
        index.add("PERS", "سيرغي لافروف")
    index.add("PERS", "سيرجي لافروف")
    text = "قال سيرجي لافروف إن الرد وصل، وأضاف لافروف أنه سيدرسه."
    linked = link_entities(text, _spans(text, [("سيرجي لافروف", "PERS"), ("لافروف", "PERS")]), known=index)
    assert [s.attrs["canonical"] for s in linked] == ["سيرغي لافروف", "سيرغي لافروف"]
    assert linked[0].attrs["entity_id"] == entity_id("PERS", "سيرغي لافروف")


def test_entity_index_completes_a_partial_name_seen_alone() -> None:
    index = EntityIndex()
    index.add("PERS", "ينس ستولتنبرغ", count=2)
    text = "وقال ستولتنبرغ إن الحلف موحد."
    linked = link_entities(text, _spans(text, [("ستولتنبرغ", "PERS")]), known=index)
    assert linked[0].attrs["canonical"] == "ينس ستولتنبرغ"


@pytest.mark.parametrize(
    ("text", "names", "canonical"),
    [
        (  # a public figure the press knows by given and family name
            "استقبل وزير البترول علي بن إبراهيم النعيمي الوفد. وقال النعيمي إن السوق مستقرة.",
            [("علي بن إبراهيم النعيمي", "PERS"), ("النعيمي", "PERS")],
            "علي النعيمي",
        ),
        (  # anyone else keeps the full name the article gives
            "افتتح المحافظ سعد بن فهد المطيري المعرض. وقال المطيري إن المعرض ناجح.",
            [("سعد بن فهد المطيري", "PERS"), ("المطيري", "PERS")],
            "سعد بن فهد المطيري",
        ),
        (  # a royal chain is not cut
            "وصل الأمير خالد بن فيصل بن عبد العزيز إلى المدينة.",
            [("خالد بن فيصل بن عبد العزيز", "PERS")],
            "خالد بن فيصل بن عبد العزيز",
        ),
    ],
)
def test_a_patronymic_is_dropped_only_from_the_press_name_of_a_public_figure(
    text: str, names: list[tuple[str, str]], canonical: str
) -> None:
    linked = link_entities(text, _spans(text, names))
    assert {s.attrs["canonical"] for s in linked} == {canonical}


@pytest.mark.parametrize(
    ("text", "names", "canonical"),
    [
        (  # a transliteration variant of a public figure's name: the press spelling
            "وصل سيرجي لافروف إلى الرياض. وقال لافروف إن المحادثات بناءة.",
            [("سيرجي لافروف", "PERS"), ("لافروف", "PERS")],
            "سيرغي لافروف",
        ),
        (  # «عبد» written together with the name that follows it
            "استقبل الرئيس عبدالفتاح السيسي الوفد في القاهرة.",
            [("عبدالفتاح السيسي", "PERS")],
            "عبد الفتاح السيسي",
        ),
        (  # a short name the press uses for one body
            "وأعلن البنتاجون أمس أن الطائرات عادت إلى قواعدها.",
            [("البنتاجون", "ORG")],
            "وزارة الدفاع الأمريكية",
        ),
        (  # someone the list does not know keeps the article's spelling
            "وقال الخبير سيرجي إيفانوف إن السوق مستقرة.",
            [("سيرجي إيفانوف", "PERS")],
            "سيرجي إيفانوف",
        ),
    ],
)
def test_a_name_the_press_writes_several_ways_takes_its_one_canonical_spelling(
    text: str, names: list[tuple[str, str]], canonical: str
) -> None:
    linked = link_entities(text, _spans(text, names))
    assert {s.attrs["canonical"] for s in linked} == {canonical}


def test_entity_index_prefers_the_name_without_patronymic_when_the_corpus_uses_it_more() -> None:
    index = EntityIndex()
    index.add("PERS", "فهد بن سالم الدوسري")
    index.add("PERS", "فهد الدوسري", count=3)
    text = "وقال فهد بن سالم الدوسري إن العمل مستمر."
    linked = link_entities(text, _spans(text, [("فهد بن سالم الدوسري", "PERS")]), known=index)
    assert linked[0].attrs["canonical"] == "فهد الدوسري"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "صرح نائب وزير الخارجية الروسي ألكسندر غروشكو بأن الرد سلبي.",
            "ألكسندر غروشكو",
            "نائب وزير الخارجية الروسي",
        ),
        (
            "أعلن المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، أن الموعد تحدد.",
            "دميتري بيسكوف",
            "المتحدث باسم الرئاسة الروسية",
        ),
        (
            "وشارك ينس ستولتنبرغ، الأمين العام لحلف الناتو، في الجلسة.",
            "ينس ستولتنبرغ",
            "الأمين العام لحلف الناتو",
        ),
        (
            "وقال أوليغ بوستنيكوف، رئيس إدارة الحد من التسلح، إن العمل مستمر.",
            "أوليغ بوستنيكوف",
            "رئيس إدارة الحد من التسلح",
        ),
        (  # the verb's indefinite object after the title's definite word is no part of it
            "وعقد فيليب مارتان وزير الزراعة اجتماعا مع نظيره الألماني.",
            "فيليب مارتان",
            "وزير الزراعة",
        ),
        (
            "والتقى سامي يوسف المدير العام للهيئة في الرياض.",
            "سامي يوسف",
            "المدير العام للهيئة",
        ),
    ],
)
def test_roles_before_and_after_the_name(text: str, name: str, role: str) -> None:
    spans = _spans(text, [(name, "PERS")])
    found = find_roles(text, spans)
    assert text[found[0].start : found[0].end] == role
    linked = link_entities(text, spans)
    assert linked[0].attrs["role"] == role
    assert text[linked[0].attrs["role_start"] : linked[0].attrs["role_end"]] == role


@pytest.mark.parametrize(
    ("text", "names", "description", "expected"),
    [
        (
            "قال السفير خالد العمري إن العلاقات قوية. وأضاف الدبلوماسي أن الزيارة قريبة.",
            [("خالد العمري", "PERS")],
            "الدبلوماسي",
            "خالد العمري",
        ),
        (
            "التقى الرئيس فلاديمير بوتين وزير الخارجية سيرغي لافروف. وقال وزير خارجيته إن الرد وصل.",
            [("فلاديمير بوتين", "PERS"), ("سيرغي لافروف", "PERS")],
            "وزير خارجيته",
            "سيرغي لافروف",
        ),
        (
            "قال وزير المالية إن العجز تراجع. وأوضح وزير المالية محمد الجدعان أن الإيرادات زادت.",
            [("محمد الجدعان", "PERS")],
            "وزير المالية",
            "محمد الجدعان",
        ),
    ],
)
def test_descriptions_resolve_to_the_person_with_that_role(
    text: str, names: list[tuple[str, str]], description: str, expected: str
) -> None:
    linked = link_entities(text, _spans(text, names))
    position = text.rindex(description)
    found = resolve_description(text, position, description, linked)
    assert found is not None
    assert found.attrs["canonical"] == expected


def test_description_without_a_fitting_role_resolves_to_nothing() -> None:
    text = "قال وزير الصحة فهد الجلاجل إن الحملة بدأت. وقال المدرب إن الفريق جاهز."
    linked = link_entities(text, _spans(text, [("فهد الجلاجل", "PERS")]))
    assert resolve_description(text, text.index("المدرب"), "المدرب", linked) is None


def test_a_description_fits_the_role_given_after_the_name_too() -> None:
    text = "صرح السفير أحمد أبو زيد المتحدث الرسمي باسم الخارجية بأن الوزير سيسافر. وأشار المتحدث إلى أن …"
    linked = link_entities(text, _spans(text, [("أحمد أبو زيد", "PERS")]))
    assert linked[0].attrs["role"] == "السفير"
    assert linked[0].attrs["role_also"] == "المتحدث الرسمي باسم الخارجية"
    found = resolve_description(text, text.index("وأشار"), "المتحدث", linked)
    assert found is not None
    assert text[found.start : found.end] == "أحمد أبو زيد"


@pytest.mark.parametrize(
    ("text", "names", "head", "expected"),
    [
        (
            "أعلنت وزارة الداخلية الكويتية ضبط المتهمين. وأضافت الوزارة أن التحقيق مستمر.",
            [("وزارة الداخلية الكويتية", "ORG")],
            "وزاره",
            "وزارة الداخلية الكويتية",
        ),
        (
            "وأكد الحلف أن قواته جاهزة. وقال الأمين العام لحلف الناتو إن الردع ضروري.",
            [("الناتو", "ORG")],
            "حلف",
            "الناتو",
        ),
        (
            "قالت الخارجية الأردنية إن السفير استدعي. وأوضحت الخارجية أن المذكرة سلمت.",
            [("الخارجية الأردنية", "ORG")],
            "خارجيه",
            "الخارجية الأردنية",
        ),
        ("وأضافت الوزارة أن التحقيق مستمر في قضية مجلس الإدارة.", [], "وزاره", None),
    ],
)
def test_body_descriptions_resolve_to_the_organisation_named(
    text: str, names: list[tuple[str, str]], head: str, expected: str | None
) -> None:
    linked = link_entities(text, _spans(text, names))
    found = resolve_body(text, text.index(".") + 1, head, linked)  # the description in the second sentence
    assert (text[found.start : found.end] if found else None) == expected


def test_entity_index_completes_an_organisation_only_by_its_head_word() -> None:
    index = EntityIndex()
    index.add("ORG", "وزارة الخارجية الروسية", 5)
    assert index.canonical("ORG", "الخارجية الروسية") == "وزارة الخارجية الروسية"
    assert index.canonical("ORG", "وزارة الخارجية") is None


@pytest.mark.parametrize(
    ("text", "spans", "canonicals"),
    [
        (  # the father named inside a son's lineage is another person
            "استقبل الملك فهد بن خالد الأمير سعود بن فهد بن خالد. وقال الملك فهد إن الزيارة مهمة.",
            [(13, 24, "PERS"), (32, 51, "PERS"), (64, 67, "PERS")],
            ["فهد بن خالد", "سعود بن فهد بن خالد", "فهد بن خالد"],
        ),
        (  # a first name alone still joins the full name it opens
            "وصل سعود بن فهد بن خالد إلى المدينة. وقال سعود إن الرحلة طويلة.",
            [(4, 23, "PERS"), (42, 46, "PERS")],
            ["سعود بن فهد بن خالد", "سعود بن فهد بن خالد"],
        ),
    ],
)
def test_a_name_inside_a_lineage_is_not_a_partial_mention(
    text: str, spans: list[tuple[int, int, str]], canonicals: list[str]
) -> None:
    mentions = [Span(s, e, label) for s, e, label in spans]
    linked = link_entities(text, mentions)
    assert [m.attrs["canonical"] for m in linked] == canonicals


@pytest.mark.parametrize(("a", "b"), [("اليمن", "ألمانيا"), ("سوريا", "صور"), ("عمان", "عمون")])
def test_places_with_the_same_consonants_stay_apart(a: str, b: str) -> None:
    text = f"زار الوفد {a} ثم {b}."
    first, second = text.index(a), text.index(b)
    linked = link_entities(text, [Span(first, first + len(a), "LOC"), Span(second, second + len(b), "LOC")])
    assert [m.attrs["canonical"] for m in linked] == [a, b]
    assert linked[0].attrs["entity_id"] != linked[1].attrs["entity_id"]
