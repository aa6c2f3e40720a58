"""Speakers around titles: a name the tagger missed before its title, and the bare title that refers back.

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
        (  # an untagged name between the cue and its title, then the bare title refers back to it
            'وقال سالم بريكان المتحدث باسم بلدية المدينة إن "الأمطار أغرقت الشوارع". '
            'وأكد المتحدث أن "فرق الطوارئ تعمل طوال الليل".',
            [],
            ["سالم بريكان", "سالم بريكان"],
        ),
        (
            "قالت هانا سوبوتكوفا الناطقة باسم الحكومة إن الاجتماع تأجل.",
            [],
            ["هانا سوبوتكوفا"],
        ),
        (  # a time before the title is no name
            "وقال مساء أمس المتحدث باسم الشرطة إن الطريق أغلق.",
            [],
            [None],
        ),
        (  # nor is a clause that opens with a conjunction
            "وقال عندما بدأ الرئيس كلمته: «هذا يوم مهم».",
            [],
            [None],
        ),
    ],
)
def test_names_before_their_title(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a name in a phrase governed by «بـ» before a participle is its object, not its subject
            "وتحدث المدرب كارلوس ألبيرتو عن اجتماعه بنظيره البرازيلي جوزيه ماريا قائلا: «تبادلنا الخبرات».",
            [("كارلوس ألبيرتو", "PERS"), ("جوزيه ماريا", "PERS")],
            ["كارلوس ألبيرتو"],
        ),
        (  # a name right before the participle that is the clause's subject still speaks
            "وعلق حارس المرمى ماهر سعيد قائلا: «المباراة كانت صعبة».",
            [("ماهر سعيد", "PERS")],
            ["ماهر سعيد"],
        ),
    ],
)
def test_objects_before_a_participle(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a topic fronted with «عن»: the speaker goes on
            "وقال المدرب بيتر نيلسن «الفريق جاهز للمباراة المقبلة». وعن الحارس قال «كان رائعا طوال الموسم الماضي».",
            [("بيتر نيلسن", "PERS")],
            ["بيتر نيلسن", "بيتر نيلسن"],
        ),
        (
            "وقال المدرب بيتر نيلسن «الفريق جاهز للمباراة المقبلة». وعن يوهان كارلسن قال «كان رائعا طوال الموسم».",
            [("بيتر نيلسن", "PERS"), ("يوهان كارلسن", "PERS")],
            ["بيتر نيلسن", "بيتر نيلسن"],
        ),
        (  # an unnamed spokesman of «الوزارة» speaks for the ministry the article named
            "أعلنت وزارة الزراعة الكندية أنها حظرت الاستيراد. وقال متحدث باسم الوزارة لوكالة رويترز إن الحظر مؤقت.",
            [("وزارة الزراعة الكندية", "ORG"), ("رويترز", "ORG")],
            ["وزارة الزراعة الكندية", "وزارة الزراعة الكندية"],
        ),
        (  # the issuer of a statement «صادر عن»
            "وقال بيان صادر عن وزير المالية إريك لومبارد إن الموازنة متوازنة.",
            [("إريك لومبارد", "PERS")],
            ["إريك لومبارد"],
        ),
    ],
)
def test_topics_spokesmen_and_issuers(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «سبق لـX أن قال»: X is the subject of the cue after «أن»
            "وسبق لصحف محلية أن ذكرت أن المصنع سيغلق أبوابه نهاية العام.",
            [],
            ["صحف محلية"],
        ),
        (
            "وسبق للحكومة الكندية أن أعلنت أن الضريبة ستلغى.",
            [],
            ["الحكومة الكندية"],
        ),
        (
            "وكان قد سبق لماريو روسي أن قال إن العقد سيجدد.",
            [("ماريو روسي", "PERS")],
            ["ماريو روسي"],
        ),
        (  # a name the tagger glued to «بأن» is in the content, not the speaker
            "وقال المدرب ماريو روسي «الفريق جاهز للمباراة المقبلة». وأضاف بأن كارلو يريد الرحيل.",
            [("ماريو روسي", "PERS"), ("بأن كارلو", "PERS")],
            ["ماريو روسي", "ماريو روسي"],
        ),
    ],
)
def test_subjects_of_sabaqa_and_complementisers(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # the «لـ» genitive inside a title the name is apposed to governs nothing
            "وقال الوزير سامي داود إن «المفاوضات كانت طويلة وشاقة». "
            "بل إن الأمين العام للمنظمة الدولية هيرمان فايس قال إن «الاتفاق خطوة تاريخية للجميع».",
            [("سامي داود", "PERS"), ("هيرمان فايس", "PERS")],
            ["سامي داود", "هيرمان فايس"],
        ),
        (  # «من» after a statement noun names its author
            "وعند تلقي المجلس تقريرا من منظمة الصحة العالمية يؤكد أن الوباء انحسر ترفع القيود.",
            [("منظمة الصحة العالمية", "ORG")],
            ["منظمة الصحة العالمية"],
        ),
    ],
)
def test_names_that_are_not_governed(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers
