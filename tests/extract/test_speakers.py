"""Speakers: descriptions, bodies, gender agreement, relays and anonymous sources, on handwritten news.

Mentions are given by hand (the tagger is not run); each case checks the speaker (and via) of every
quotation found, in text order.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import spans_of


def _speakers(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    found = find_quotes(text, entities=spans_of(text, names))
    return [(q.attrs["speaker"], q.attrs["via"]) for q in found]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # Russian wire style: a ministry, then «الوزارة»
            "قالت وزارة الخارجية الروسية في بيان إن موسكو لن تقبل بأي شروط. وأضافت الوزارة أن الحوار ممكن.",
            [("وزارة الخارجية الروسية", "ORG"), ("موسكو", "LOC")],
            ["وزارة الخارجية الروسية", "وزارة الخارجية الروسية"],
        ),
        (  # the elliptical ministry speaks itself
            "وأكدت الخارجية التركية أن أنقرة مستعدة للوساطة.",
            [("الخارجية التركية", "ORG"), ("أنقرة", "LOC")],
            ["الخارجية التركية"],
        ),
        (  # «الحلف» before the article names the alliance: the one body named after it
            "وأكد الحلف في بيان أن قواته جاهزة. وكان الأمين العام لحلف الناتو ينس ستولتنبرغ قد قال إن الردع ضروري.",
            [("الناتو", "ORG"), ("ينس ستولتنبرغ", "PERS")],
            ["حلف شمال الأطلسي", "ينس ستولتنبرغ"],
        ),
        (  # a descriptor before the name of the body that speaks
            "أكدت منظمة العفو الدولية أن السلطات اعتقلت العشرات.",
            [("العفو الدولية", "ORG")],
            ["العفو الدولية"],
        ),
    ],
)
def test_bodies_speak_and_body_descriptions_resolve_to_them(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # Egyptian style: the role after the name is his too
            "صرح السفير أحمد أبو زيد المتحدث الرسمي باسم وزارة الخارجية بأن الوزير سيسافر غدا. "
            "وأشار المتحدث إلى أن الزيارة تستغرق يومين.",
            [("أحمد أبو زيد", "PERS"), ("وزارة الخارجية", "ORG")],
            ["أحمد أبو زيد", "أحمد أبو زيد"],
        ),
        (  # a title with a possessive, then the name in apposition
            "وقالت منظمة الصحة العالمية إن الوباء تراجع، وأضاف مديرها العام تيدروس غيبريسوس أن الخطر باق.",
            [("منظمة الصحة العالمية", "ORG"), ("تيدروس غيبريسوس", "PERS")],
            ["منظمة الصحة العالمية", "تيدروس غيبريسوس"],
        ),
        (  # a Kremlin spokesman is not the foreign minister quoted before him: unnamed, the Kremlin speaks
            "قال وزير الخارجية الروسي سيرغي لافروف إن الرد سلبي. وقال المتحدث باسم الكرملين إن الرئيس سيدرس الرد.",
            [("سيرغي لافروف", "PERS"), ("الكرملين", "ORG")],
            ["سيرغي لافروف", "الكرملين"],
        ),
        (
            "قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس سيدرس الرد. وأضاف لافروف أن الرد سلبي. "
            "وقال المتحدث باسم الكرملين إن الاتصالات مستمرة.",
            [("الكرملين", "ORG"), ("دميتري بيسكوف", "PERS"), ("لافروف", "PERS"), ("الكرملين", "ORG")],
            ["دميتري بيسكوف", "لافروف", "دميتري بيسكوف"],
        ),
    ],
)
def test_descriptions_resolve_through_the_roles_the_article_gives(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # Levantine style: a feminine cue with no subject takes the woman named before
            "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس مستعدة. والتقى ماكرون المستشارة الألمانية أنغيلا ميركل. "
            "وقالت إن أوروبا موحدة.",
            [("إيمانويل ماكرون", "PERS"), ("باريس", "LOC"), ("ماكرون", "PERS"), ("أنغيلا ميركل", "PERS")],
            ["إيمانويل ماكرون", "أنغيلا ميركل"],
        ),
        (  # Saudi style: a feminine continuation skips the man who spoke last
            "قالت الوزيرة هند الصبيحي إن الخطة جاهزة. وأكد الوزير خالد العمري أن التنفيذ بدأ. "
            "وأضافت أن الميزانية متوفرة.",
            [("هند الصبيحي", "PERS"), ("خالد العمري", "PERS")],
            ["هند الصبيحي", "خالد العمري", "هند الصبيحي"],
        ),
        (  # a feminine verb agreeing with a document, not a person: its author goes on
            'قال الوزير خالد العمري في رسالته: "الرد سلبي وسنواصل الحوار". وتابعت الوثيقة: "نحن مستعدون للتفاوض".',
            [("خالد العمري", "PERS")],
            ["خالد العمري", "خالد العمري"],
        ),
        (  # Egyptian style: the statement of a common-noun body goes on through «البيان»
            "وقالت الرئاسة المصرية في بيان إن الرئيس تلقى اتصالا. وأضاف البيان أن الجانبين بحثا الأوضاع.",
            [],
            ["الرئاسة المصرية", "الرئاسة المصرية"],
        ),
    ],
)
def test_cues_without_a_subject_agree_in_gender_with_their_speaker(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (  # wire style: the agency relays an anonymous source
            "نقلت وكالة رويترز عن مصدر مسؤول قوله إن المحادثات متعثرة.",
            [("رويترز", "ORG")],
            [("مصدر مسؤول", "رويترز")],
        ),
        (
            "ذكرت وكالة رويترز نقلا عن مصادر مطلعة أن الاتفاق بات وشيكا.",
            [("رويترز", "ORG")],
            [("مصادر مطلعة", "رويترز")],
        ),
        (  # Saudi style: a newspaper relays diplomatic sources
            "ونقلت صحيفة الشرق الأوسط عن مصادر دبلوماسية أن المفاوضات استؤنفت.",
            [("الشرق الأوسط", "ORG")],
            [("مصادر دبلوماسية", "الشرق الأوسط")],
        ),
        (  # the person named after «عن» speaks, never the agency
            "ونقلت وكالة الأنباء السعودية عن وزير الطاقة الأمير عبد العزيز بن سلمان قوله إن المملكة ملتزمة بالاتفاق.",
            [("وكالة الأنباء السعودية", "ORG"), ("عبد العزيز بن سلمان", "PERS")],
            [("عبد العزيز بن سلمان", "وكالة الأنباء السعودية")],
        ),
        (  # an agency with no source named is the speaker itself
            "ذكرت وكالة الإعلام الروسية أن الرئيس فلاديمير بوتين سيقرر الخطوة التالية.",
            [("وكالة الإعلام الروسية", "ORG"), ("فلاديمير بوتين", "PERS")],
            [("وكالة الإعلام الروسية", None)],
        ),
        (  # an anonymous source is its own description, not the ministry it works in
            "قال مصدر في وزارة الخارجية المصرية إن السفير سيعود إلى عمله.",
            [("وزارة الخارجية المصرية", "ORG")],
            [("مصدر", None)],
        ),
        (
            'بيروت - قالت مصادر مطلعة لـ"النهار" إن الحكومة ستجتمع الأسبوع المقبل.',
            [("بيروت", "LOC")],
            [("مصادر مطلعة", None)],
        ),
    ],
)
def test_relays_and_anonymous_sources(
    text: str, names: list[tuple[str, str]], expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers(text, names) == expected


def test_a_lede_without_speaker_takes_the_speaker_of_the_same_words() -> None:
    text = (
        "أرسلت دول الناتو مقترحات إلى روسيا. وقالت في موسكو إنه لا يوجد بيان إيجابي في نقطة مهمة.\n"
        "ونقلت وكالة انترفاكس عن لافروف قوله إنه لا يوجد بيان إيجابي من واشنطن بشأن أهم نقطة."
    )
    names = [("الناتو", "ORG"), ("روسيا", "LOC"), ("موسكو", "LOC"), ("انترفاكس", "ORG"), ("لافروف", "PERS")]
    assert [s for s, _ in _speakers(text, names)] == ["لافروف", "لافروف"]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # an unqualified title is the person whose role says just that, not a foreign counterpart
            "قال وزير الخارجية نبيل الحسن في مؤتمر صحفي مع وزير الخارجية الإيطالي ماركو روسي إن الحوار مثمر. "
            "ورأى وزير الخارجية أن الأزمة قابلة للحل.",
            [("نبيل الحسن", "PERS"), ("ماركو روسي", "PERS")],
            ["نبيل الحسن", "نبيل الحسن"],
        ),
        (  # a role after a name belongs to it, not to the next name in the list
            "حضر اللقاء سامي الخطيب وزير المالية، وهشام العلي وزير النقل. وقال وزير المالية إن الميزانية متوازنة.",
            [("سامي الخطيب", "PERS"), ("هشام العلي", "PERS")],
            ["سامي الخطيب"],
        ),
        (  # the subject before «قد», the addressee after the cue
            "وكان كريم ناصر قد قال للرئيس سليم داود إن الاتفاق قريب.",
            [("كريم ناصر", "PERS"), ("سليم داود", "PERS")],
            ["كريم ناصر"],
        ),
        (  # a description, then the name in apposition before the quoted words
            "وقال المتحدث باسم البعثة في عمّان، رامي حداد: «الوضع هادئ».",
            [("عمّان", "LOC"), ("رامي حداد", "PERS")],
            ["رامي حداد"],
        ),
        (  # «الناطق» and «المتحدث» name one office
            "وأكد المتحدث باسم وزارة الصحة خالد يوسف أن اللقاحات متوفرة. وجدد الناطق باسم الوزارة أن المخزون كاف.",
            [("وزارة الصحة", "ORG"), ("خالد يوسف", "PERS")],
            ["خالد يوسف", "خالد يوسف"],
        ),
        (  # a title the lede never names is the person named as the next speaker
            "قال محافظ البنك المركزي، إن التضخم سيتراجع. وقال سعيد منصور في مقابلة إن الفائدة ستبقى ثابتة.",
            [("سعيد منصور", "PERS")],
            ["سعيد منصور", "سعيد منصور"],
        ),
    ],
)
def test_descriptions_resolve_through_roles_and_nearby_names(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


def test_relay_with_the_noun_of_saying_names_the_speaker_and_the_outlet() -> None:
    text = (
        "وقال وزير الدفاع هادي سالم إن التدريبات انتهت. ونقلت وكالة «رويترز» قول وزير الدفاع إن الجيش مستعد."
    )
    names = [("هادي سالم", "PERS"), ("رويترز", "ORG")]
    assert _speakers(text, names) == [("هادي سالم", None), ("هادي سالم", "رويترز")]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a relative clause after the name: «…، وفق الوزير فلان، الذي قال إن …»
            "وصل الوفد إلى المدينة صباحا، وفق الوزير عماد حداد، الذي قال إن الرحلات ستستأنف قريبا.",
            [("عماد حداد", "PERS")],
            ["عماد حداد", "عماد حداد"],
        ),
        (  # the cue of the relative clause owns its complement; the colon belongs to the main cue
            "وقال كريم ناصر الذي أكد لدى عودته أنه ينوي البقاء طويلا: «أشعر أنني في بيتي».",
            [("كريم ناصر", "PERS")],
            ["كريم ناصر", "كريم ناصر"],
        ),
        (  # the name in apposition before the colon, not the name inside the title
            "وقالت مديرة مكتب سامي الحربي، منى عادل: «نحن سعداء بالنتيجة».",
            [("سامي الحربي", "PERS"), ("منى عادل", "PERS")],
            ["منى عادل"],
        ),
        (  # the one spoken to («لـ» + name) is not the subject; the name before the cue is
            "منى عادل أكدت لسامي الحربي أن الدعم مستمر.",
            [("منى عادل", "PERS"), ("سامي الحربي", "PERS")],
            ["منى عادل"],
        ),
        (  # «المتحدث باسمه»: the spokesman of the man named before
            "وغادر سامي الحربي إلى الرياض، وأفاد المتحدث باسمه أن الزيارة كانت ناجحة.",
            [("سامي الحربي", "PERS")],
            ["المتحدث باسم سامي الحربي"],
        ),
        (  # an indefinite title before a preposition is an anonymous source, not the minister
            "قال وزير الخارجية نادر سليم إن الرد وصل. وقال دبلوماسي في الوزارة إن الرد سلبي.",
            [("نادر سليم", "PERS")],
            ["نادر سليم", "دبلوماسي"],
        ),
    ],
)
def test_relative_clauses_apposition_addressees_and_anonymous_titles(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وذكرت الأناضول أن القتال توقف في المنطقة.", "الأناضول"),  # an agency the tagger missed
        ("وذكرت تقارير إعلامية أن الاتفاق بات وشيكا.", "تقارير إعلامية"),  # reports that name nobody
        ("وبحسب تقارير صحفية بريطانية، فإن الطائرة أقلعت متأخرة.", "تقارير صحفية بريطانية"),
        ("وفقا لتقارير صحفية بريطانية، فإن الطائرة أقلعت متأخرة.", "تقارير صحفية بريطانية"),
    ],
)
def test_agencies_and_unnamed_reports_are_their_own_speakers(text: str, speaker: str) -> None:
    assert _speakers(text, []) == [(speaker, None)]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «أضاف» with a description goes on from the person speaking, whose role fits it
            'وقال مدربه الإيطالي ماركو روسي: "الفريق جاهز للمباراة". وأضاف المدرب الإيطالي: "سنلعب من أجل الفوز".',
            [("ماركو روسي", "PERS")],
            ["ماركو روسي", "ماركو روسي"],
        ),
        (  # … or who has no role in the article
            'وقال هاني سالم إن الموسم صعب. وتابع اللاعب المصري: "لن نستسلم أبدا مهما حدث".',
            [("هاني سالم", "PERS")],
            ["هاني سالم", "هاني سالم"],
        ),
        (  # not when the role the article gives says otherwise
            "وقال وزير المالية سامي خليل إن العجز تراجع. وأضاف الرئيس الفرنسي أن أوروبا موحدة.",
            [("سامي خليل", "PERS")],
            ["سامي خليل", "الرئيس الفرنسي"],
        ),
        (  # a spokesman nobody names: the body whose spokesman he is speaks
            "صرح المتحدث الرسمي باسم هيئة الطيران المدني بأن الرحلات عادت إلى طبيعتها.",
            [("هيئة الطيران المدني", "ORG")],
            ["هيئة الطيران المدني"],
        ),
        (  # a spokesman the article names elsewhere is that person
            "وأكد المتحدث باسم هيئة الطيران المدني فهد ناصر أن المطار مفتوح. وأضاف الناطق باسم الهيئة أن الرحلات مستمرة.",
            [("هيئة الطيران المدني", "ORG"), ("فهد ناصر", "PERS")],
            ["فهد ناصر", "فهد ناصر"],
        ),
        (  # countries as a common-noun body speak as their description
            "وأبلغت دول المنطقة الوسيط أن الهدنة يجب أن تستمر.",
            [],
            ["دول المنطقة الوسيط"],
        ),
        (  # unnamed federations, coalitions and services speak as their description
            "وقال التحالف في بيان إن طائراته دمرت مخزنا للذخيرة. وأكد اتحاد الكرة أن المباراة تأجلت.",
            [],
            ["التحالف", "اتحاد الكرة"],
        ),
        (  # «لل» glued to the noun after the cue: the one spoken to, the speaker goes on
            "قال المدرب سامي خليل إن الفريق جاهز. وأكد للجهاز الفني أنه لم يتوقف عن التدريب.",
            [("سامي خليل", "PERS")],
            ["سامي خليل", "سامي خليل"],
        ),
    ],
)
def test_titles_go_on_from_the_speaker_and_unnamed_spokesmen_give_their_body(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a nominative plural after the cue is its subject: the group speaks as its description
            "وقال المزارعون المحليون: “المحصول هذا العام أفضل من العام الماضي”.",
            [],
            ["المزارعون المحليون"],
        ),
        (  # a plural cue goes on from the group that spoke, not from the person named before
            "وقال الوزير سالم العتيبي إن الموسم ناجح. وأكد المتطوعون أن العمل مستمر، مضيفين أن الحملة تتوسع.",
            [("سالم العتيبي", "PERS")],
            ["سالم العتيبي", "المتطوعون", "المتطوعون"],
        ),
        (  # a plural cue with no subject: the group subject of the sentence before
            "وقال المدير كمال ناصر إن المشروع يتقدم. ثمنت قيادات محلية دعم المشروع. وأكدوا أن النتائج واضحة.",
            [("كمال ناصر", "PERS")],
            ["كمال ناصر", "قيادات محلية"],
        ),
        (  # «ذوو …» and «من جهتهم» before the verb; the participle in the plural continues them
            "وقال المحافظ كمال ناصر إن الدولة ترعى الأسر. من جهتهم أعرب ذوو الضحايا عن شكرهم، مؤكدين أن الرعاية شملتهم.",
            [("كمال ناصر", "PERS")],
            ["كمال ناصر", "ذوو الضحايا"],
        ),
        (  # a singular cue after a group does not go on from the group
            "وقال الوزير سالم العتيبي إن الموسم ناجح. وقال المتطوعون إن العمل شاق. وأضاف أن الدعم مستمر.",
            [("سالم العتيبي", "PERS")],
            ["سالم العتيبي", "المتطوعون", "سالم العتيبي"],
        ),
    ],
)
def test_groups_speak_as_their_description_and_plural_cues_go_on_from_them(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        ("وقالت حركة «النهضة» في بيان: إن الاجتماع كان مثمرا.", [("النهضة", "ORG")], "النهضة"),
        ("وأكدت حكومة الجبالي في بيان أن الاجتماع كان مثمرا.", [("الجبالي", "PERS")], "حكومة الجبالي"),
    ],
)
def test_a_common_noun_body_before_a_name_in_marks_gives_the_name(
    text: str, names: list[tuple[str, str]], speaker: str
) -> None:
    assert [s for s, _ in _speakers(text, names)] == [speaker]


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # media named by a description, and the same description going on in its construct form
            "أفادت وسائل إعلام إسرائيلية بأنه تم اعتقال مستوطنين. وأضافت وسائل الإعلام أن سامي كوهين بينهم.",
            [("سامي كوهين", "PERS")],
            ["وسائل إعلام إسرائيلية", "وسائل إعلام إسرائيلية"],
        ),
        (  # an outlet's description with no name after it; a feminine cue without subject goes on from it
            "وفي غضون ذلك، أفادت الإذاعة الإسرائيلية بأن الشرطة داهمت منازل. وأضافت أنه من المتوقع صدور أوامر.",
            [],
            ["الإذاعة الإسرائيلية", "الإذاعة الإسرائيلية"],
        ),
        (  # the description of an outlet ends before a preposition
            "علقت مجلة فرنسية على سفر النجم خالد سالم بأنها صفقة مربحة.",
            [("خالد سالم", "PERS")],
            ["مجلة فرنسية"],
        ),
        (  # a quantifier opens the description
            "وذكرت بعض التقارير أن اللجنة ستجتمع قريبا.",
            [],
            ["بعض التقارير"],
        ),
        (  # an unnamed body in the plural
            "من جهتها أعلنت الأجهزة الأمنية الفلسطينية مساء الجمعة أنها ستلاحق المهاجمين.",
            [],
            ["الأجهزة الأمنية الفلسطينية"],
        ),
    ],
)
def test_unnamed_media_reports_and_bodies_speak_as_their_description(
    text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert [s for s, _ in _speakers(text, names)] == speakers
