"""Reported speech that earlier rules missed: a clause opening with a number, a fact disclosed after
«كشف عن», a claim noun with the speaker's own pronoun, and an unquoted clause before quoted words.

Sentences are handwritten; mentions are given by hand (the tagger is not run).
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import spans_of

_SAMIR = [("سمير الحداد", "PERS")]


def _quotes(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, ...]]:
    found = find_quotes(text, entities=spans_of(text, [n for n in names if n[0] in text]))
    return [(text[q.start : q.end], q.label, q.attrs["cue"], q.attrs["speaker"]) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأوضحت الشرطة أن 12 شخصا أصيبوا في الحادث.",
            ("12 شخصا أصيبوا في الحادث", "indirect", "أوضحت", "الشرطة"),
        ),
        (
            "وقال سمير الحداد إن 2016 سيكون عام الإصلاحات.",
            ("2016 سيكون عام الإصلاحات", "indirect", "قال", "سمير الحداد"),
        ),
    ],
)
def test_a_reported_clause_may_open_with_a_number(text: str, expected: tuple[str, ...]) -> None:
    assert _quotes(text, _SAMIR) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وكشف سمير الحداد عن موافقة المجلس على بناء ثلاث مدارس.",
            ("موافقة المجلس على بناء ثلاث مدارس", "indirect", "كشف", "سمير الحداد"),
        ),
        (
            "وأكد سمير الحداد قبوله العرض المقدم من النادي.",
            ("قبوله العرض المقدم من النادي", "indirect", "أكد", "سمير الحداد"),
        ),
    ],
)
def test_a_disclosed_fact_and_an_accepted_offer_are_claims(text: str, expected: tuple[str, ...]) -> None:
    assert _quotes(text, _SAMIR) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وكشف الممثل عن وجهه بعد أن رفع القناع.",  # what one uncovers of oneself
        "ولم يكشف سمير الحداد عن موعد الاجتماع.",  # a negated disclosure
    ],
)
def test_uncovering_oneself_and_a_negated_disclosure_report_nothing(text: str) -> None:
    assert _quotes(text, _SAMIR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال سمير الحداد إن كل المزارعين سيستفيدون لأن “الحكومة ستلغي الرسوم على البذور”.",
            [
                ("كل المزارعين سيستفيدون", "indirect", "قال", "سمير الحداد"),
                ("الحكومة ستلغي الرسوم على البذور", "direct", "قال", "سمير الحداد"),
            ],
        ),
        (
            "وأكد سمير الحداد أن الموسم كان ناجحا بكل المقاييس، وأن هذا “أفضل موسم منذ عشر سنوات”.",
            [
                ("الموسم كان ناجحا بكل المقاييس", "indirect", "أكد", "سمير الحداد"),
                ("أفضل موسم منذ عشر سنوات", "direct", "أكد", "سمير الحداد"),
            ],
        ),
        (
            "وقال سمير الحداد إن الحدود خط أحمر «ولن نقبل بأي تجاوز عليها».",
            [
                ("الحدود خط أحمر", "indirect", "قال", "سمير الحداد"),
                ("ولن نقبل بأي تجاوز عليها", "direct", "قال", "سمير الحداد"),
            ],
        ),
        (  # quoted words that only finish the phrase: one direct quotation
            "وقال سمير الحداد إن الجولة جاءت «لتعزيز التعاون الاقتصادي» بين البلدين.",
            [("لتعزيز التعاون الاقتصادي", "direct", "قال", "سمير الحداد")],
        ),
    ],
)
def test_an_unquoted_clause_of_its_own_before_quoted_words_is_an_indirect_quotation(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert _quotes(text, _SAMIR) == expected


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        (
            "وأعلنت منظمة الأغذية والزراعة تقريرها السنوي. وقالت المنظمة الدولية إن المحاصيل تراجعت.",
            [("منظمة الأغذية والزراعة", "ORG"), ("المنظمة الدولية", "ORG")],
            "منظمة الأغذية والزراعة",
        ),
        (  # an adjective that names another body is no description of the one before
            "وأعلنت منظمة الأغذية والزراعة تقريرها السنوي. وقالت المنظمة العربية إن المحاصيل تراجعت.",
            [("منظمة الأغذية والزراعة", "ORG"), ("المنظمة العربية", "ORG")],
            "المنظمة العربية",
        ),
    ],
)
def test_a_generic_description_tagged_as_a_body_takes_up_the_one_named_before(
    text: str, names: list[tuple[str, str]], speaker: str
) -> None:
    assert [q[3] for q in _quotes(text, names)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # the one appealed to after the participle is no speaker
            "وقالت الوزيرة ليلى منصور إن الاتفاق مهم، داعية إيران إلى «التحلي بالمسؤولية الكاملة».",
            [("ليلى منصور", "PERS"), ("إيران", "LOC")],
            ["ليلى منصور", "ليلى منصور"],
        ),
        (
            "ورحب سمير الحداد بالهدنة في الجنوب، مطالبا الحكومة بتقديم «ضمانات مكتوبة للسكان».",
            _SAMIR,
            ["سمير الحداد"],
        ),
    ],
)
def test_an_appeal_in_the_participle_goes_on_from_the_clause_subject(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [q[3] for q in _quotes(text, names)] == speakers


def test_a_bare_cue_goes_on_from_the_person_the_sentence_before_was_about() -> None:
    text = (
        "وقال سمير الحداد إن الموسم كان ناجحا.\n"
        "وفي الرياض، انتقد كريم ناصر قرار اللجنة. وقال إن «القرار لم يراع مصالح الأندية الصغيرة»."
    )
    names = [("سمير الحداد", "PERS"), ("كريم ناصر", "PERS")]
    assert [q[3] for q in _quotes(text, names)] == ["سمير الحداد", "كريم ناصر"]


def test_a_bare_cue_after_a_sentence_that_quotes_someone_goes_on_from_the_speaker() -> None:
    text = (
        "وقال سمير الحداد إن الموسم كان ناجحا. وانتقد كريم ناصر قرار اللجنة، مؤكدا أنه متسرع. "
        "وأضاف أن «الأندية الصغيرة ستتضرر»."
    )
    names = [("سمير الحداد", "PERS"), ("كريم ناصر", "PERS")]
    assert [q[3] for q in _quotes(text, names)][-1] == "كريم ناصر"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        ("وقالت الهيئة الوطنية إنها ستسحب المنتج. وقال متحدث باسم الهيئة إن السحب احترازي.", [], "الهيئة"),
        ("وقال متحدث باسم الشرطة الهولندية إن التحقيق مستمر.", [], "الشرطة الهولندية"),
        (  # a name the tagger missed after the body: not the body
            "وقال الناطق باسم الوزارة فادي عزام إن التحقيق مستمر.",
            [],
            "الناطق باسم الوزارة فادي عزام",
        ),
    ],
)
def test_an_unnamed_spokesman_speaks_for_the_body(
    text: str, names: list[tuple[str, str]], speaker: str
) -> None:
    assert [q[3] for q in _quotes(text, names)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأضاف سمير الحداد نحن لا نبحث عن الأرباح السريعة.",
            ("نحن لا نبحث عن الأرباح السريعة", "indirect", "أضاف", "سمير الحداد"),
        ),
        (
            "وقال سمير الحداد، لدينا خطة واضحة للموسم.",
            ("لدينا خطة واضحة للموسم", "indirect", "قال", "سمير الحداد"),
        ),
        (
            "وقال سمير الحداد إن الموسم ناجح. وتابع، ستبدأ الفرق العمل في الحقول الشمالية.",
            ("ستبدأ الفرق العمل في الحقول الشمالية", "indirect", "تابع", "سمير الحداد"),
        ),
        (
            "وقال الوزير سمير الحداد إن الموسم ناجح. وتابع الوزير، لكن الأمطار تأخرت هذا العام.",
            ("لكن الأمطار تأخرت هذا العام", "indirect", "تابع", "سمير الحداد"),
        ),
    ],
)
def test_unmarked_speech_after_a_saying_verb(text: str, expected: tuple[str, ...]) -> None:
    assert _quotes(text, _SAMIR)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف سمير الحداد المزيد من المياه إلى الخليط.",  # no first-person words: no speech
        "وقال سمير الحداد، في حفل الافتتاح، كلمة قصيرة.",  # a circumstance after the comma
    ],
)
def test_no_unmarked_speech_without_first_person_words_or_a_clause(text: str) -> None:
    assert _quotes(text, _SAMIR) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأفاد المرصد الوطني للمياه بأن منسوب السدود ارتفع.", "المرصد الوطني للمياه"),
        ("من جانبها أعلنت خلية الإعلام الأمني أن الطريق فتح أمام المركبات.", "خلية الإعلام الأمني"),
    ],
)
def test_an_observatory_and_a_cell_speak_as_bodies(text: str, speaker: str) -> None:
    assert [q[3] for q in _quotes(text, [])] == [speaker]


def test_the_quoted_words_after_a_circumstance_are_the_only_quotation() -> None:
    text = "وأضاف سمير الحداد، ردا على سؤال الصحافيين، «الموسم كان ناجحا بكل المقاييس»."
    assert _quotes(text, _SAMIR) == [("الموسم كان ناجحا بكل المقاييس", "direct", "أضاف", "سمير الحداد")]


def test_a_cue_opening_the_next_paragraph_is_not_a_quotes_cue() -> None:
    text = (
        "وكتبت الوزيرة ليلى منصور في صحيفة محلية “التعاون بين البلدين سيفتح آفاقا جديدة للمنطقة كلها.”\n"
        "وقال سمير الحداد إن المقال لم يفهم طبيعة الخلاف."
    )
    found = _quotes(text, [("ليلى منصور", "PERS"), *_SAMIR])
    assert ("المقال لم يفهم طبيعة الخلاف", "indirect", "قال", "سمير الحداد") in found
    assert all(q[3] != "سمير الحداد" for q in found if q[1] == "direct")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ووصفت الوزارة الحادث بأنه عمل إجرامي.", "الوزارة"),
        ("واعتبرت الهيئة العامة القرار بأنه خطوة مهمة.", "الهيئة العامة"),
        ("ووصف البنك المركزي الخطوة بأنها إجراء مؤقت.", "البنك المركزي"),
    ],
)
def test_the_object_of_describe_is_not_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [q[3] for q in _quotes(text, [])] == [speaker]
