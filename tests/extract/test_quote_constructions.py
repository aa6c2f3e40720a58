"""Quotation constructions beyond «قال X إن …»: attribution after the content, colon speech, unbalanced
and multi-paragraph quote marks, quoted words inside reported content, and the cues that report nothing.

Sentences are handwritten; mentions are given by hand (the tagger is not run).
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import spans_of

_NADER = [("نادر سليم", "PERS")]


def _quotes(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, ...]]:
    found = find_quotes(text, entities=spans_of(text, names))
    return [(text[q.start : q.end], q.label, q.attrs["cue"], q.attrs["speaker"]) for q in found]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "الوضع الأمني تحت السيطرة، وفق وزير الداخلية نادر سليم.",
            _NADER,
            ("الوضع الأمني تحت السيطرة", "indirect", "وفق", "نادر سليم"),
        ),
        (
            "الطرق مفتوحة أمام الشاحنات، بحسب ما قاله المتحدث باسم الشرطة نادر سليم.",
            _NADER,
            ("الطرق مفتوحة أمام الشاحنات", "indirect", "قاله", "نادر سليم"),
        ),
        (
            "المفاوضات ستستأنف الشهر المقبل، حسب ما أفاد به مصدر دبلوماسي.",
            [],
            ("المفاوضات ستستأنف الشهر المقبل", "indirect", "أفاد", "مصدر دبلوماسي"),
        ),
        (
            "الأسعار ستنخفض قبل نهاية العام، على حد تعبير الوزير نادر سليم.",
            _NADER,
            ("الأسعار ستنخفض قبل نهاية العام", "indirect", "تعبير", "نادر سليم"),
        ),
        (
            "المحادثات كانت صريحة ومفيدة، قال نادر سليم.",
            _NADER,
            ("المحادثات كانت صريحة ومفيدة", "indirect", "قال", "نادر سليم"),
        ),
        (
            "الإصلاحات ستشمل كل القطاعات، كما ذكر مسؤول في وزارة المالية.",
            [],
            ("الإصلاحات ستشمل كل القطاعات", "indirect", "ذكر", "مسؤول"),  # an anonymous source
        ),
    ],
)
def test_attribution_after_the_content_takes_the_speaker_after_the_cue(
    text: str, names: list[tuple[str, str]], expected: tuple[str, ...]
) -> None:
    assert _quotes(text, names) == [expected]


def test_a_hedge_with_a_pronoun_takes_the_speaker_before_it() -> None:
    text = "قال نادر سليم إن الحدود آمنة. والمعابر ستفتح الأسبوع المقبل، على حد قوله."
    assert _quotes(text, _NADER)[1] == ("والمعابر ستفتح الأسبوع المقبل", "indirect", "قوله", "نادر سليم")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("وقال نادر سليم إن العمل مستمر، بحسب وكالة الأنباء الرسمية.", ["قال"]),  # the sentence's own cue
        ("وقال نادر سليم إن الوضع مستقر، كما أكد المتحدث باسم الوزارة.", ["قال"]),
        ("وسيجري توزيع المساعدات وفقا للخطة المعلنة.", []),  # a plan, not a source
        ("وأكد، بحسب مكتبه الإعلامي، أن الزيارة ستتم في موعدها.", ["أكد"]),  # a source inside the clause
    ],
)
def test_an_attribution_inside_another_statement_or_to_a_rule_is_no_second_quote(
    text: str, cues: list[str]
) -> None:
    assert [q[2] for q in _quotes(text, _NADER if "نادر" in text else [])] == cues


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "وقال وزير الخارجية نادر سليم: نحن ملتزمون بالاتفاق حتى النهاية.",
            _NADER,
            [("نحن ملتزمون بالاتفاق حتى النهاية", "indirect", "قال", "نادر سليم")],
        ),
        (  # the speech goes on in the first person, then the narration takes over
            "وقال نادر سليم: نحن ملتزمون بالاتفاق. لن نتراجع عن تعهداتنا. وانتهى الاجتماع مساء.",
            _NADER,
            [("نحن ملتزمون بالاتفاق. لن نتراجع عن تعهداتنا", "indirect", "قال", "نادر سليم")],
        ),
        (  # «وأضاف:» with no subject: the one speaking before
            "تحدث نادر سليم عن الأزمة أمام الصحفيين. وأضاف: الحل يبدأ بالحوار.",
            _NADER,
            [("الحل يبدأ بالحوار", "indirect", "أضاف", "نادر سليم")],
        ),
        (  # a long subject and circumstance before the colon
            "أعلن رئيس الحكومة المكلف، نادر سليم، في تعليق على الهجوم الذي استهدف مقر الحزب في العاصمة مساء "
            "أول من أمس: لن تنال هذه الهجمات من استقرار البلاد.",
            _NADER,
            [("لن تنال هذه الهجمات من استقرار البلاد", "indirect", "أعلن", "نادر سليم")],
        ),
    ],
)
def test_colon_speech_without_quote_marks(
    text: str, names: list[tuple[str, str]], expected: list[tuple[str, ...]]
) -> None:
    assert _quotes(text, names) == expected


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("سليم: لن نتراجع", []),  # a headline attribution has no cue (GUIDELINES)
        ("وأعلنت الوزارة أسماء الفائزين وهم: خالد وسعيد ومنى.", []),  # a colon that opens a list
        (  # a colon inside a URL
            "وأعلنت الجامعة عن فتح باب القبول عبر موقعها http://example.org/news حتى نهاية الشهر.",
            ["فتح باب القبول عبر موقعها http://example.org/news حتى نهاية الشهر"],
        ),
    ],
)
def test_colons_that_open_no_speech(text: str, contents: list[str]) -> None:
    assert [q[0] for q in _quotes(text, [])] == contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # unclosed: the quotation stops at the paragraph end, the next paragraph is narration
            "وقال نادر سليم: «نحن ملتزمون بالاتفاق ولن نتراجع عنه.\nوفي سياق آخر ارتفعت أسعار الوقود.",
            ["نحن ملتزمون بالاتفاق ولن نتراجع عنه."],
        ),
        (  # unclosed in a paragraph that goes on: stop where the narration has its own cue
            "وقال نادر سليم: «نحن ملتزمون بالاتفاق. كما التقى الوزير نظيره وبحثا الأوضاع، حسبما ذكرت الصحيفة.",
            ["نحن ملتزمون بالاتفاق", "كما التقى الوزير نظيره وبحثا الأوضاع"],
        ),
        (  # a straight mark reopened after a colon: the first quotation ends before that sentence
            'وقال نادر سليم: "نحن ملتزمون بالاتفاق. وأضاف: "سنواصل العمل مع شركائنا".',
            ["نحن ملتزمون بالاتفاق", "سنواصل العمل مع شركائنا"],
        ),
    ],
)
def test_unbalanced_quote_marks_neither_swallow_the_article_nor_vanish(
    text: str, expected: list[str]
) -> None:
    assert [q[0] for q in _quotes(text, _NADER)] == expected


def test_a_quotation_over_several_paragraphs_reopens_the_mark_under_one_cue() -> None:
    text = (
        "وقال نادر سليم: «نحن ملتزمون بالاتفاق مع الشركاء.\n"
        "«ولن نقبل بأي شروط جديدة تفرض علينا.\n"
        "«وسنواصل الحوار حتى النهاية».\n"
        "وفي سياق آخر ارتفعت أسعار الوقود."
    )
    assert _quotes(text, _NADER) == [
        ("نحن ملتزمون بالاتفاق مع الشركاء.", "direct", "قال", "نادر سليم"),
        ("ولن نقبل بأي شروط جديدة تفرض علينا.", "direct", "قال", "نادر سليم"),
        ("وسنواصل الحوار حتى النهاية", "direct", "قال", "نادر سليم"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # quoted words inside the reported clause are the quotation
            "وقال نادر سليم إن الزيارة جاءت «للإعلان عن نوايا» الحكومة الجديدة.",
            ("للإعلان عن نوايا", "direct", "قال", "نادر سليم"),
        ),
        (  # an appeal carries the words between the marks
            "ودعا نادر سليم إلى «تعاون أكبر» مع الجيران في مكافحة التهريب.",
            ("تعاون أكبر", "direct", "دعا", "نادر سليم"),
        ),
    ],
)
def test_quoted_words_inside_reported_content_or_after_an_appeal(
    text: str, expected: tuple[str, ...]
) -> None:
    assert _quotes(text, _NADER) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وقال نادر سليم إن الحملة التي تحمل اسم «الأرض الطيبة» بدأت.",  # a name in quote marks
        "ودعا نادر سليم إلى الهدوء.",  # an appeal with no quoted words
        "إيران تدعو إلى «تمتين» العلاقات مع جيرانها",  # one quoted word after an appeal is a term
    ],
)
def test_names_and_appeals_without_quoted_words_are_no_direct_quote(text: str) -> None:
    assert all(q[1] != "direct" for q in _quotes(text, _NADER if "نادر" in text else []))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a two-word term in marks that the reported clause runs on past
            "وقال نادر سليم إن بعض «التفاصيل الأولية» بدأت تظهر في المحادثات.",
            ("بعض «التفاصيل الأولية» بدأت تظهر في المحادثات", "indirect", "قال", "نادر سليم"),
        ),
        (
            "وأكد نادر سليم أن صدور «إعلان الرياض» سيعزز التعاون بين البلدين.",
            ("صدور «إعلان الرياض» سيعزز التعاون بين البلدين", "indirect", "أكد", "نادر سليم"),
        ),
    ],
)
def test_a_short_term_in_marks_inside_the_reported_clause_leaves_it_indirect(
    text: str, expected: tuple[str, ...]
) -> None:
    assert _quotes(text, _NADER) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأكد نادر سليم في بيان رسمي أصدره مكتبه مساء أمس على أهمية التنسيق بين الوزارات.", "أهمية التنسيق"),
        ("وشدد نادر سليم على مضي الحكومة في خطتها.", "مضي الحكومة في خطتها"),
        ("وأعلن نادر سليم ترشحه لرئاسة النادي.", "ترشحه لرئاسة النادي"),
    ],
)
def test_claims_in_a_noun_phrase(text: str, content: str) -> None:
    (quote,) = _quotes(text, _NADER)
    assert quote[0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "وأكد نادر سليم على اعتزازه بهذه الثقة.",  # a feeling, not a claim
        "ولم يعلن الجيش سوى عن ثلاث غارات على مواقع المسلحين.",  # a negated announcement
        "وهو ما يؤكد خطورة الوضع في المنطقة.",  # a fact confirming another, nobody speaking
        "والتزام الدول بالميثاق الذي يؤكد على احترام السيادة.",  # a document in a relative clause
        "وبحث الجانبان العلاقات بين البلدين قبل أن يغادر الوزير.",  # «بين» the preposition
        "وقال إن الذين يقولون ذلك يريدون أن تتوقف العمليات.",  # «يقولون ذلك»: no clause after the cue
        "وعند وصول الفرق تبين وجود حريق في الطابق الأول.",  # «تبين»: it turned out
        "وشددت الوزارة على كافة المعلمين بالتقيد بالمواعيد.",  # people urged, not a claim
    ],
)
def test_cues_that_report_nobodys_claim(text: str) -> None:
    found = find_quotes(text, entities=[])
    assert all(q.attrs["cue"] not in {"أكد", "يعلن", "يؤكد", "بين", "يقولون", "تبين", "شددت"} for q in found)


def test_a_full_stop_glued_to_the_next_word_ends_the_reported_clause() -> None:
    text = "وقال نادر سليم إن المملكة تراقب الوضع عن كثب.وشدد على حرص المملكة على سلامة اليمن."
    assert [q[0] for q in _quotes(text, _NADER)] == [
        "المملكة تراقب الوضع عن كثب",
        "حرص المملكة على سلامة اليمن",
    ]


def test_a_dotted_abbreviation_stays_inside_the_clause() -> None:
    text = "ذكر تقرير لشركة جيه.إل.إل للاستشارات اليوم إن مبيعات المنازل هبطت."
    (quote,) = find_quotes(text, entities=[])
    assert text[quote.start : quote.end] == "مبيعات المنازل هبطت"
    assert "جيه.إل.إل" in str(quote.attrs["speaker"])


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (  # a participle with no comma opens a new statement
            "وأضاف أن البلاد مقتنعة بوجود مصالح مشتركة في المنطقة مشددا على ضرورة تعميق التعاون.",
            ["البلاد مقتنعة بوجود مصالح مشتركة في المنطقة", "ضرورة تعميق التعاون"],
        ),
        (  # so does «وأضاف» with no comma, and «وقال إنه يتوقع أن» is one statement
            "وقال نادر سليم إنه يتوقع أن يتحسن الاقتصاد العام المقبل وأضاف أن البطالة ستتراجع.",
            ["يتوقع أن يتحسن الاقتصاد العام المقبل", "البطالة ستتراجع"],
        ),
    ],
)
def test_a_reported_clause_ends_where_a_new_statement_starts(text: str, contents: list[str]) -> None:
    assert [q[0] for q in _quotes(text, _NADER if "نادر" in text else [])] == contents


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # after a colon, «إن» is not part of the words
            "وقالت الوزارة في بيان: إن المدارس تفتح أبوابها غدا.",
            [],
            ("المدارس تفتح أبوابها غدا", "indirect", "قالت", "الوزارة"),
        ),
        (  # «أبان» is a speech verb like «بين»
            "وأبان نادر سليم أن الطرق مفتوحة.",
            _NADER,
            ("الطرق مفتوحة", "indirect", "أبان", "نادر سليم"),
        ),
        (  # words in marks after «طلب» are the request in the speaker's words
            "وطلب نادر سليم “إعادة النظر في القرار” قبل نهاية الشهر.",
            _NADER,
            ("إعادة النظر في القرار", "direct", "طلب", "نادر سليم"),
        ),
    ],
)
def test_colon_complementisers_and_request_verbs(
    text: str, names: list[tuple[str, str]], expected: tuple[str | None, ...]
) -> None:
    assert _quotes(text, names) == [expected]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "وأعلنت الهيئة إمكان تمديد التسجيل أسبوعا آخر.",
            [],
            ("إمكان تمديد التسجيل أسبوعا آخر", "indirect", "أعلنت", "الهيئة"),
        ),
        (
            "وأشار نادر سليم إلى اعتزام البلدية افتتاح حديقتين.",
            _NADER,
            ("اعتزام البلدية افتتاح حديقتين", "indirect", "أشار", "نادر سليم"),
        ),
    ],
)
def test_claims_in_a_noun_phrase_after_announce_and_point_out(
    text: str, names: list[tuple[str, str]], expected: tuple[str | None, ...]
) -> None:
    assert _quotes(text, names) == [expected]
