"""Speakers that general rules recover: authors of reports, salient bodies, embedded speech, clause subjects.

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
        (  # the body after «لـ» speaks for its report even when the tagger missed its name
            "وأوضح التقرير السنوي لهيئة الإحصاء أن البطالة تراجعت. وأكد أن الأجور ارتفعت. "
            "وأشار التقرير إلى أن الصادرات زادت. ووفقا للتقرير، تضاعف عدد الشركات.",
            [],
            ["هيئة الإحصاء", "هيئة الإحصاء", "هيئة الإحصاء", "هيئة الإحصاء"],
        ),
        (  # a tagged body in the statement's phrase, taken up again by the bare noun
            "وذكر البيان الصادر عن وزارة الزراعة أن المحصول وفير. وأضاف البيان أن الأسعار ستنخفض.",
            [("وزارة الزراعة", "ORG")],
            ["وزارة الزراعة", "وزارة الزراعة"],
        ),
    ],
)
def test_a_report_speaks_for_the_body_that_wrote_it(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «الوزارة» takes up the ministry that acted, not one named behind a preposition
            "أعلنت وزارة العمل أسماء المقبولين، ويشترط إحضار شهادة معتمدة من وزارة الصحة. "
            "وأوضحت الوزارة أن المراجعة تبدأ الأحد.",
            [("وزارة العمل", "ORG"), ("وزارة الصحة", "ORG")],
            ["وزارة العمل"],
        ),
        (
            "نشرت وزارة المالية الجدول مع مراعاة موافقة لجنة المراجعة بوزارة التجارة. "
            "وبينت الوزارة أن الدفع إلكتروني.",
            [("وزارة المالية", "ORG"), ("وزارة التجارة", "ORG")],
            ["وزارة المالية"],
        ),
    ],
)
def test_a_body_description_takes_up_the_body_named_outside_a_prepositional_phrase(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a statement reported inside another does not change who goes on speaking
            "وأضاف الوزير سامي حداد أن الرئيس كمال سليم أكد ضرورة الحوار. وأشار إلى أن القمة ستعقد قريبا.",
            [("سامي حداد", "PERS"), ("كمال سليم", "PERS")],
            ["سامي حداد", "كمال سليم", "سامي حداد"],
        ),
        (  # a cue without a subject inside reported words: the person those words are about
            "وذكر الوزير سامي حداد أن الرئيس كمال سليم كان مخطئا عندما قال إن الأزمة انتهت.",
            [("سامي حداد", "PERS"), ("كمال سليم", "PERS")],
            ["سامي حداد", "كمال سليم"],
        ),
        (  # a participle inside a direct quote goes with the subject of its clause there
            "وقال المصدر: «تحدث كمال سليم بوضوح عن الحصار، مشيرا إلى أن التصعيد قادم».",
            [("كمال سليم", "PERS")],
            ["المصدر", "كمال سليم"],
        ),
        (  # «التي قال»: the masculine verb does not agree with the relative, the place is not its subject
            "وأشار القائد سامي حداد إلى أن القوات تتقدم نحو مدينة الزهراء التي قال إن تحريرها قريب.",
            [("سامي حداد", "PERS"), ("الزهراء", "LOC")],
            ["سامي حداد", "سامي حداد"],
        ),
    ],
)
def test_speech_reported_inside_a_quotation_has_its_own_speaker(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # the quoted words after the cue are not its subject
            "وقال المدير سامي حداد في مؤتمر صحفي إن الفريق جاهز. وأضاف “نادي الزهراء سيعود قريبا.”",
            [("سامي حداد", "PERS"), ("نادي الزهراء", "ORG")],
            ["سامي حداد", "سامي حداد"],
        ),
        (  # a body's descriptor closed by its name in quote marks
            'وأكدت حركة المقاومة الشعبية "نصر"، أن الحكومة لا شرعية لها.',
            [("المقاومة الشعبية", "ORG"), ("نصر", "ORG")],
            ["نصر"],
        ),
        (  # a definite noun with a prepositional phrase, then the name in apposition
            "وأوضح المشرف على المسابقة الدكتور سامي حداد أن عدد المشاركين تجاوز المئة.",
            [("سامي حداد", "PERS")],
            ["سامي حداد"],
        ),
        (  # «كان X قد قال»: the whole noun phrase after «كان», not the body that closes it
            "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار صعب. "
            "وكان الدبلوماسي الكبير في الخارجية الأمريكية قد أوضح أن اللقاء ثنائي.",
            [("سيرغي لافروف", "PERS"), ("الخارجية الأمريكية", "ORG")],
            ["سيرغي لافروف", "الدبلوماسي الكبير في الخارجية الأمريكية"],
        ),
        (  # the only names between «اتهم» and «بأن» are the accused: the speaker goes on
            'وقال الرئيس سامي حداد إن العمليات ستستمر. كما اتهم حزب العمال وتنظيم "داعش" بأن مصلحتهما واحدة.',
            [("سامي حداد", "PERS"), ("حزب العمال", "ORG"), ("داعش", "ORG")],
            ["سامي حداد", "سامي حداد"],
        ),
        (  # a subject and an object: the first name accuses; «واشنطن» is not «و» + a name
            "واتهم لافروف واشنطن بأنها تخرق الاتفاق.",
            [("لافروف", "PERS"), ("واشنطن", "LOC")],
            ["لافروف"],
        ),
    ],
)
def test_the_subject_after_the_cue_is_told_from_quoted_words_objects_and_descriptors(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # a description tied to another country is not the minister quoted before
            "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار صعب. وقال وزير الخارجية الأمريكي إن الرد قريب.",
            [("سيرغي لافروف", "PERS")],
            ["سيرغي لافروف", "وزير الخارجية الأمريكي"],
        ),
        (  # between two presidents of federations the place decides, not the shared words
            "قال رئيس اتحاد الكاريبي لكرة القدم إن الدعم لم يحسم. وأبلغ جوردون ديريك رئيس اتحاد الكاريبي "
            "الصحفيين أنه ينتظر. ويدعمه رئيس الاتحاد الليبيري لكرة القدم موسى بيليتي.",
            [("جوردون ديريك", "PERS"), ("موسى بيليتي", "PERS")],
            ["جوردون ديريك", "جوردون ديريك"],
        ),
    ],
)
def test_descriptions_tied_to_different_places_name_different_people(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # «ودعت» and «وأضافت» share the subject of «وتحدثت», an outlet the tagger did not name
            "وتحدثت صحيفة الفجر الجديد عن «ظاهرة الرئيس» ودعت القراء الى اغتنام «الفرص التي تقدم لنا»، "
            "وأضافت: «علينا تجاوز الانقسامات».",
            [],
            ["صحيفة الفجر الجديد", "صحيفة الفجر الجديد"],
        ),
        (  # «وكان رد فعل اتحاد الزهراء … وقال»: the body the subject's noun chain ends in, not the last speaker
            "وقال المدرب سامي حداد إن الفريق جاهز. "
            "وكان رد فعل اتحاد الزهراء للكرة غاضبا تجاه القرار وقال إن العقوبة قاسية.",
            [("سامي حداد", "PERS"), ("الزهراء", "LOC")],
            ["سامي حداد", "اتحاد الزهراء"],
        ),
        (  # «وقال سموه» with nobody quoted before: the person the sentences have been about
            "حث صاحب السمو الأمير فيصل بن خالد على تضافر الجهود. "
            "ونوه سموه خلال استقباله مدير المعهد سامي حداد بما توليه الحكومة من عناية. "
            'وقال سموه: "إن الشباب مصدر فخر".',
            [("فيصل بن خالد", "PERS"), ("سامي حداد", "PERS")],
            ["فيصل بن خالد"],
        ),
    ],
)
def test_a_cue_without_a_subject_shares_the_subject_of_the_verb_before_it(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # sources speak to an outlet in marks; they are not named by it
            "وذكرت مصادر خاصة لـ«الشرق الأوسط» أن المقاومة ألقت القبض على العشرات.",
            [("الشرق الأوسط", "ORG")],
            ["مصادر خاصة"],
        ),
        (
            "ويقول خبراء السلع في بنك «غولدمان ساكس»، إن أسعار النفط ستنخفض.",
            [("غولدمان ساكس", "ORG")],
            ["خبراء السلع"],
        ),
        (  # a title in apposition after a comma opens no coordinated verb
            "يويتشي فاناباشي، رئيس مجلس الإدارة في مؤسسة مبادرة اليابان، يقول إن الإدارة تعثرت.",
            [("يويتشي فاناباشي", "PERS"), ("مبادرة اليابان", "ORG")],
            ["يويتشي فاناباشي"],
        ),
        (  # a statement published by an agency was written by the one who issued it
            "وقال المجلس المحلي في بيان نشرته وكالة الأنباء اليمنية: إن المليشيات استهدفت المخازن. "
            "وأضاف البيان: إن المليشيا استهدفت أيضا مكتب الاتصالات.",
            [("وكالة الأنباء اليمنية", "ORG")],
            ["المجلس المحلي", "المجلس المحلي"],
        ),
        (  # the subject of the coordinated verb ends before its object
            "ورفع مكتب الطقس المركزي حالة التحذير من الاعصار صباح اليوم، لكنه قال إنه ما زالت هناك فرص لهطول أمطار.",
            [],
            ["مكتب الطقس المركزي"],
        ),
        (  # cues inside the same reported words go on from each other
            "وقال المبعوث الدولي إن الحل قريب. ولفت إلى أن الحوثيين وحزب المؤتمر يؤكدون على وقف إطلاق النار، "
            "وقد أعلنوا أنه ليس لديهم مانع من التعامل مع القرار.",
            [("حزب المؤتمر", "ORG")],
            ["المبعوث الدولي", "المبعوث الدولي", "حزب المؤتمر", "حزب المؤتمر"],
        ),
    ],
)
def test_sources_titles_publishers_and_objects_are_not_taken_for_the_subject(
    speakers_in: Callable[..., list[str | None]], text: str, names: list[tuple[str, str]], speakers: list[str]
) -> None:
    assert speakers_in(text, names) == speakers


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        (  # the one spoken to stands between the cue and its subject
            "وأوضح لـ«الوئام» المتحدث الرسمي لهيئة الهلال الأحمر سامي حداد أن الحالة مستقرة.",
            [("الهلال الأحمر", "ORG"), ("سامي حداد", "PERS")],
            ["سامي حداد"],
        ),
        (
            'وأكدت لـ "الاقتصادية" مصادر خاصة أن المتجر باع الكثير.',
            [("الاقتصادية", "ORG")],
            ["مصادر خاصة"],
        ),
        (
            'من جهتها، أكدت لـ "الاقتصادية"، مشاعل الحسين منظمة الحجوزات في الشركة، أن الإقبال كبير.',
            [("مشاعل الحسين", "PERS")],
            ["مشاعل الحسين"],
        ),
        (  # with nobody after it, the one spoken to is still not the speaker
            "وأكد لداود أوغلو أن العلاقات قوية.",
            [("داود أوغلو", "PERS")],
            [None],
        ),
        (  # a title with a definite prepositional phrase, then the name
            "وأشارت المساعدة للشؤون التعليمية آمنة الغامدي إلى أن الوزارة حددت الموعد.",
            [("آمنة الغامدي", "PERS")],
            ["آمنة الغامدي"],
        ),
        (  # subject-verb order with a body: it speaks; a genitive before a participle does not
            "وتبحث الشرطة عن القطعة. لكن الشرطة تقول إنها لم تصل بعد إلى نتيجة.",
            [],
            ["الشرطة"],
        ),
        (
            "وقالت المحكمة إن التحقيقات ستكشف الأدوار، لافتا إلى توقيف مدير الشرطة مشيرا إلى أن أحدهم اعترف.",
            [],
            ["المحكمة", "المحكمة"],
        ),
        (  # an indefinite plural or dual with its relational adjective is a group
            "أكد سياسيون يمنيون أن تحرير المدينة تم بأيدي المقاومة.",
            [],
            ["سياسيون يمنيون"],
        ),
        (
            "قال مندوبان خليجيان في المنظمة إن خفض الإنتاج مستبعد.",
            [],
            ["مندوبان خليجيان"],
        ),
    ],
)
def test_subjects_after_addressees_before_the_cue_and_indefinite_groups(
    speakers_in: Callable[..., list[str | None]],
    text: str,
    names: list[tuple[str, str]],
    speakers: list[str | None],
) -> None:
    assert speakers_in(text, names) == speakers
