"""Speakers of constructions met in unannotated news: resumptives, issuers of statements, groups and pairs.

Mentions are given by hand (the tagger is not run); each case checks the speaker of every quotation
found, in text order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a resumptive pronoun after the cue: the subject follows it
            "ويأتي ذلك في وقت قال فيه مسؤول أمني إن الجيش سيتسلم التأمين.",
            [],
            ["مسؤول أمني"],
        ),
        (
            "وهو الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل يوم الأحد، إنه صعب.",
            [("أنجيلا ميركل", "PERS")],
            ["أنجيلا ميركل"],
        ),
        (  # an indefinite plural with the place it belongs to
            "قال عاملون في خطوط الطيران، إن مدن الخليج مطلوبة.",
            [],
            ["عاملون في خطوط الطيران"],
        ),
        (  # an honorific after the one spoken to
            'وأوضح لـ"الاقتصادية" الدكتور أنور أبوعباة مدير الإدارة أن الأندية نافعة.',
            [("الاقتصادية", "ORG"), ("أنور أبوعباة", "PERS")],
            ["أنور أبوعباة"],
        ),
        (  # «أصدرت الوزارة بيانا … وأكد البيان»: the subject of the verb that issued it
            "أصدرت وزارة الداخلية أمس بيانًا بشأن تنفيذ الحكم. وأكد البيان أنه تم القبض على المهرب.",
            [("وزارة الداخلية", "ORG")],
            ["وزارة الداخلية"],
        ),
        (  # an indefinite source opening a clause before its verb
            "يذكر أن مصادر قالت لـ«الشرق الأوسط» قبل أيام بأن الإدارة كثفت جهودها.",
            [("الشرق الأوسط", "ORG")],
            ["مصادر"],
        ),
        (  # «وقال سموه» first in the article: the title that opened the sentence before resolves to him
            "رأس نائب رئيس المجلس صاحب السمو الأمير فهد بن سالم اجتماعا مع القادة. "
            "ونقل نائب رئيس المجلس في بداية الاجتماع تعازي الملك سعيد بن زايد للأسر. "
            'وقال سموه: "إن هذه الحوادث لن تثني عزائمنا".',
            [("فهد بن سالم", "PERS"), ("سعيد بن زايد", "PERS")],
            ["فهد بن سالم"],
        ),
        (  # a participle after indirect words goes on from their reporter, not from a name in them
            "طالب الكاتب سامي حداد، وزير الإسكان ماجد الحقيل؛ بسرعة إقرار الآليات، لافتاً إلى أن القرار مهم.",
            [("سامي حداد", "PERS"), ("ماجد الحقيل", "PERS")],
            ["سامي حداد"],
        ),
    ],
)
def test_resumptives_issuers_topics_and_embedded_cues_found_in_unannotated_articles(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a plural noun right before a plural cue is its subject
            "واستعادت قوات الجيش بعض الأراضي، لكن منتقدين يقولون إن الغارات ألحقت أضرارا.",
            [("قوات الجيش", "ORG")],
            ["منتقدين"],
        ),
        (
            "وكان مسؤولون أميركيون أكدوا أن الأصول تربو على مائة مليار.",
            [],
            ["مسؤولون أميركيون"],
        ),
        (  # «عدد من …» is a group, and the plural cue after it goes on from it
            'وقال عدد من الطلاب المتضررين لـ "الرياض" إن المشكلة قائمة، ويقولون: "زدنا حيرة".',
            [("الرياض", "ORG")],
            ["عدد من الطلاب", "عدد من الطلاب"],
        ),
        (  # a plural cue is never the one person quoted before
            "وقال الوزير سامي حداد إن الميزانية جاهزة. وقالوا إن الموعد لم يتحدد.",
            [("سامي حداد", "PERS")],
            ["سامي حداد", None],
        ),
        (  # a participle after two people joined by «و»: both
            "ويعارض السيناتور مارك روبيو والسيناتور جيب بوش هذا التقارب معتبرين أنه يشكل مكافأة.",
            [("مارك روبيو", "PERS"), ("جيب بوش", "PERS")],
            ["مارك روبيو وجيب بوش"],
        ),
        (
            "إلى ذلك، اتهم آخرون صالح بأنه يعاني من النرجسية.",
            [("صالح", "PERS")],
            ["آخرون"],
        ),
        (  # a plural subject after a singular verb: the coordinated participle goes with it
            "وهبطت طائرة الأسرة بجوار المطار، واستغرب الخبراء سلوك قائد الطائرة، لافتين إلى أن الطائرة ارتفعت.",
            [],
            ["الخبراء"],
        ),
    ],
)
def test_plural_and_dual_cues_speak_for_groups_and_pairs(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «في بيان» after a cue: the statement is how the cue's subject spoke
            "أوضحت وزارة الصحة في بيان مشترك، أنه تم تسجيل حالات. وذكر البيان أنه ظهرت الأعراض. "
            "وبين أنه اتضح أن المريض مخالط.",
            [("وزارة الصحة", "ORG")],
            ["وزارة الصحة", "وزارة الصحة", "وزارة الصحة"],
        ),
        (  # the name in brackets after the body's head word
            "وأضاف التقرير الصادر عن شركة (آسيا كابيتال) الاستثمارية، أمس، أن الموانئ مزدحمة.",
            [],
            ["آسيا كابيتال"],
        ),
        (  # a title after the one spoken to, then an honorific and the name
            "أكد لـ«عكاظ» شيخ الجالية بالمملكة الشيخ أبو الشمع، أن الإطاحة بالخلايا يقظة.",
            [("عكاظ", "ORG"), ("أبو الشمع", "PERS")],
            ["أبو الشمع"],
        ),
    ],
)
def test_statements_issued_by_a_subject_and_named_bodies(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «فيما أوضح فلان» opens a clause of its own even where the quotation before runs on over it
            "كما أفاد جون كيري بأن البلدين اتفقا على بحث التعاون، فيما أوضح سامح شكري أن البلدين اتفقا على "
            "مضاعفة الجهود. مشيرا إلى أهمية الحوار.",
            [("جون كيري", "PERS"), ("سامح شكري", "PERS")],
            ["جون كيري", "سامح شكري", "سامح شكري"],
        ),
        (  # «وخاصة» opens no coordinated verb, and a place is no subject of a masculine participle
            "ودعا الأمين العام المساعد سامي حداد الدول الكبرى، وخاصة الولايات المتحدة بأن تتحمل مسؤولياتها، "
            "مشددا على أن الجامعة لن تقف مكتوفة الأيدي.",
            [("سامي حداد", "PERS"), ("الولايات المتحدة", "LOC")],
            ["سامي حداد"],
        ),
        (  # a name starting with «ل» that the tagger cut: another mention spells it whole, it is no «لـ»
            "قال فينسن لابرون رئيس النادي إن المدرب سيتولى الفريق. "
            "وأبلغ لابرون موقع النادي «قررت إعطاء المسؤولية لمساعده.»",
            [("فينسن لابرون", "PERS"), ("ابرون", "PERS")],
            ["فينسن لابرون", "ابرون"],
        ),
    ],
)
def test_connectors_adverbs_and_places_open_no_clause_of_a_speaker(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # an indefinite description in construct, closed by the name right before the content
            "وقال مشرف العمل المسرحي بالقرية متعب آل ثواب إن القرية قدمت عروضا.",
            [("متعب آل ثواب", "PERS")],
            ["متعب آل ثواب"],
        ),
        (
            "وأوضح منسق عام اللجنة محمد الزهراني أنه سيتم التدريب.",
            [("محمد الزهراني", "PERS")],
            ["محمد الزهراني"],
        ),
        (  # the one spoken to is no description of the speaker
            "وجاء تصريح الشيخ محمد بن زايد، الذي أكد لوزير الخارجية عادل الجبير أن السعودية حجر الزاوية.",
            [("محمد بن زايد", "PERS"), ("عادل الجبير", "PERS")],
            ["محمد بن زايد"],
        ),
        (  # an indefinite plural right before the content, and a plural in construct
            "قال منظمون إن أكثر من ثلاثة ملايين زائر حضروا.",
            [],
            ["منظمون"],
        ),
        (
            "وقال مسؤولو عمليات الطوارئ إن الأشجار سقطت.",
            [],
            ["مسؤولو عمليات"],
        ),
    ],
)
def test_descriptions_in_construct_and_indefinite_plurals(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers
