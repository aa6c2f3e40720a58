"""The evidence against a copy that shared shingles cannot see: figures, where the shared text starts, templates."""

from __future__ import annotations

from datetime import date

import pytest

from akhbar.model import Article
from akhbar.stories.copy_evidence import (
    CopyText,
    carried_share,
    copy_tokens,
    figures_differ,
    intro_share,
    lead_gap,
    template_shingles,
)
from akhbar.stories.dedup import compare, find_copies

PRICES = (
    "ارتفع سعر برميل النفط الخام في التعاملات الصباحية إلى {a} دولارا بعد أن سجل أمس {b} دولارا، "
    "وقال متعاملون في السوق إن الطلب على الوقود زاد مع بداية موسم السفر وإن المخزونات الأمريكية "
    "تراجعت خلال الأسبوع الماضي بأكثر مما توقعه المحللون، فيما صعد سعر أوقية الذهب إلى {c} دولار "
    "وارتفع سعر الفضة إلى {d} دولار للأوقية في المعاملات الفورية."
)
STORY = (
    "افتتح وزير النقل الطريق الدائري الجديد الذي يربط الأحياء الشمالية بالمطار بطول أربعين كيلومترا، "
    "وأوضح في كلمته أن المشروع سيخفف الزحام عن وسط المدينة ويختصر زمن الرحلة إلى النصف، وأشار إلى أن "
    "العمل بدأ قبل ثلاث سنوات بمشاركة شركات محلية ودولية وأن تكلفته بلغت مليار ريال."
)
OWN = (
    "شهدت المدينة أمس سلسلة من الفعاليات الثقافية والرياضية التي نظمتها الجمعيات الأهلية في الحدائق العامة "
    "والساحات، وحضرها آلاف الزوار من المواطنين والمقيمين، وتضمنت عروضا مسرحية ومسابقات للأطفال ومعارض "
    "للحرف اليدوية والمأكولات الشعبية، واستمرت حتى ساعة متأخرة من الليل وسط إقبال كبير."
)


def _art(text: str, source: str, day: int) -> Article:
    return Article.from_text(text, source=source, pub_date=date(2016, 3, day), title="")


def test_copy_tokens_ignore_honorifics_clitics_and_number_separators() -> None:
    assert copy_tokens("وصرح معالي الوزير أن العدد بلغ 1,200") == copy_tokens("وصرح الوزير ان العدد بلغ 1200")


def test_another_days_figures_make_another_report() -> None:
    today = PRICES.format(a=48, b=47, c=1230, d=15)
    tomorrow = PRICES.format(a=49, b=48, c=1241, d=16)
    assert figures_differ(copy_tokens(today), copy_tokens(tomorrow))
    corrected = today.replace("47", "46")  # one figure corrected
    assert not figures_differ(copy_tokens(today), copy_tokens(corrected))
    assert find_copies([_art(today, "a", 1), _art(tomorrow, "b", 2)]) == []


@pytest.mark.parametrize(("hours_later", "gap"), [(PRICES.format(a=49, b=47, c=1236, d=15), 0)])
def test_a_report_updated_with_new_figures_the_same_day_is_still_a_copy(hours_later: str, gap: int) -> None:
    today = PRICES.format(a=48, b=47, c=1230, d=15)
    assert figures_differ(copy_tokens(today), copy_tokens(hours_later))
    arts = [_art(today, "wire", 1), _art(hours_later, "paper", 1 + gap)]
    assert [p.kind for p in find_copies(arts)] == ["syndicated"]


def test_a_copy_starts_where_its_source_starts() -> None:
    story = CopyText.of(STORY)
    digest = CopyText.of(OWN + " " + STORY)
    assert lead_gap(story, digest.shingle_set) == 0
    assert lead_gap(digest, story.shingle_set) > 30
    assert lead_gap(CopyText.of(OWN), story.shingle_set) == len(CopyText.of(OWN).shingles)


@pytest.mark.parametrize(
    ("intro", "about"),
    [
        # the outlet's own intro retells the story's lead: minister, ring road, airport, the time halved
        ("وزير النقل يفتتح الدائري الجديد إلى المطار: نصف زمن الرحلة بمليار ريال. ", True),
        # a story of its own before the carried text
        (OWN + " ", False),
    ],
)
def test_an_intro_that_retells_the_story_shares_its_words(intro: str, about: bool) -> None:
    text = CopyText.of(intro + STORY)
    lead = lead_gap(text, CopyText.of(STORY).shingle_set)
    assert (intro_share(text, lead, CopyText.of(STORY), frozenset()) > 0.5) is about


def test_text_shared_with_other_days_is_a_template() -> None:
    shared = frozenset({1, 2, 3, 4})
    others = [
        (date(2016, 3, 1), frozenset({1, 2})),
        (date(2016, 3, 9), frozenset({3})),
        (None, frozenset({4})),
    ]
    # the article of 1 March is within 3 days of 3 March; the one of 9 March is not; an undated one never counts
    assert template_shingles(shared, others, date(2016, 3, 3), date(2016, 3, 4), 3) == {3}


def test_the_same_template_on_several_days_is_not_a_copy_but_a_wire_copy_still_is() -> None:
    template = "أعلنت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس المتوقعة ليوم غد أن "
    days = [
        template
        + "الأجواء ستكون غائمة جزئيا على مرتفعات الجنوب مع فرصة لهطول أمطار رعدية على جازان وعسير والباحة.",
        template
        + "رياحا نشطة مثيرة للأتربة والغبار ستهب على المنطقة الشرقية وتحد من مدى الرؤية الأفقية على الطرق.",
        template
        + "درجات الحرارة ستنخفض على شمال المملكة وتكون الأجواء باردة في الصباح الباكر على تبوك والجوف وحائل.",
    ]
    arts = [_art(text, "wire", day) for text, day in zip(days, (1, 8, 15), strict=True)]
    arts.append(_art(STORY, "wire", 20))
    arts.append(_art("الرياض - واس: " + STORY, "paper", 21))
    assert [(p.first, p.second) for p in find_copies(arts)] == [(arts[3].id, arts[4].id)]


RELEASE = (
    "استقبل وزير الصحة الدكتور خالد الفالح في مكتبه بالرياض أمس وفد منظمة الصحة العالمية برئاسة المدير الإقليمي "
    "علاء علوان. وبحث الجانبان خلال اللقاء سبل تعزيز التعاون في مكافحة الأمراض المعدية وتطوير برامج التطعيم في "
    "المناطق النائية. وحضر اللقاء وكيل الوزارة للصحة العامة الدكتور عبدالله عسيري ومدير عام الطب الوقائي الدكتور "
    "عبدالعزيز الحمد. وأكد الوزير في ختام اللقاء حرص المملكة على دعم برامج المنظمة في الإقليم وتبادل الخبرات مع "
    "الدول الأعضاء."
)
# the same release copy-edited: every name after its title instead of before, clauses moved to the front
REORDERED = (
    "استقبل الدكتور خالد الفالح وزير الصحة أمس في مكتبه بالرياض وفد منظمة الصحة العالمية برئاسة علاء علوان "
    "المدير الإقليمي. وجرى خلال اللقاء بحث سبل تعزيز التعاون في مكافحة الأمراض المعدية وتطوير برامج التطعيم في "
    "المناطق النائية. وحضر اللقاء الدكتور عبدالله عسيري وكيل الوزارة للصحة العامة والدكتور عبدالعزيز الحمد مدير "
    "عام الطب الوقائي. وفي ختام اللقاء أكد الوزير حرص المملكة على دعم برامج المنظمة في الإقليم وتبادل الخبرات مع "
    "الدول الأعضاء."
)
INTERVIEW = (
    "أكد وزير الصحة في تصريح خاص أن الوزارة ستطلق برنامجا جديدا للتطعيم في المناطق النائية الشهر المقبل بتكلفة "
    "كبيرة. وقال الوزير إن التعاون مع منظمة الصحة العالمية في مكافحة الأمراض المعدية حقق نتائج ملموسة خلال العام "
    "الماضي رغم الصعوبات. وأضاف أن فرق الطب الوقائي تعمل في جميع المناطق على مدار الساعة لرصد الحالات الجديدة "
    "ومتابعتها في المستشفيات والمراكز."
)
# the interview's phrases, each sentence finished with words of its own: another write-up, not a copy
REWRITE = (
    "برنامجا جديدا للتطعيم في المناطق النائية الشهر المقبل بتكلفة كبيرة يتبناه مجلس الشورى ولجانه المختصة. "
    "التعاون مع منظمة الصحة العالمية في مكافحة الأمراض المعدية حقق نتائج ملموسة خلال العام الماضي حسب مسؤولي "
    "الجامعة. فرق الطب الوقائي تعمل في جميع المناطق على مدار الساعة لرصد الحالات الجديدة بحسب تقرير الديوان."
)


@pytest.mark.parametrize(
    ("wire", "usual"),
    [
        ("بلغت الإيرادات 8ر15 مليون", "بلغت الإيرادات 15.8 مليون"),  # the fraction written first
        ("بتكلفة 750ر480ر12 ريالا", "بتكلفة 12,480,750 ريالا"),  # thousands groups, last first
    ],
)
def test_wire_style_numbers_read_as_the_same_number(wire: str, usual: str) -> None:
    assert copy_tokens(wire) == copy_tokens(usual)


def test_a_converted_figure_added_beside_the_original_is_not_another_figure() -> None:
    riyals = "بلغت القروض 45 مليار ريال، وبلغ الإنفاق نحو 12 مليار ريال، وارتفعت الأصول إلى 615 مليار ريال"
    dollars = (
        "بلغت القروض 12 مليار دولار (45 مليار ريال)، وبلغ الإنفاق نحو 3 مليارات دولار (12 مليار ريال)، "
        "وارتفعت الأصول إلى 164 مليار دولار (615 مليار ريال)"
    )
    next_year = "بلغت القروض 47 مليار ريال، وبلغ الإنفاق نحو 14 مليار ريال، وارتفعت الأصول إلى 630 مليار ريال"
    assert not figures_differ(copy_tokens(riyals), copy_tokens(dollars))
    assert figures_differ(copy_tokens(riyals), copy_tokens(next_year))


def test_sentences_carried_whatever_their_word_order() -> None:
    release, edited = CopyText.of(RELEASE), CopyText.of(REORDERED)
    assert compare(release.shingle_set, edited.shingle_set)[1] < 0.6  # the reordering breaks shingles
    assert carried_share(release, edited) == carried_share(edited, release) == 1.0
    assert carried_share(CopyText.of(REWRITE), CopyText.of(INTERVIEW)) == 0.0
    assert carried_share(CopyText.of("قال الوزير"), edited) is None


@pytest.mark.parametrize("exact_candidates", [150, 0])
def test_a_reordered_release_is_a_copy(monkeypatch: pytest.MonkeyPatch, exact_candidates: int) -> None:
    """Found by exact containments and by LSH alike: LSH proposes candidates well below 0.45."""
    import akhbar.stories.dedup as dedup

    monkeypatch.setattr(dedup, "EXACT_CANDIDATES", exact_candidates)
    arts = [_art(RELEASE, "wire", 1), _art(REORDERED, "paper", 2), _art(OWN, "other", 2)]
    assert [(p.first, p.second, p.kind) for p in find_copies(arts)] == [
        (arts[0].id, arts[1].id, "syndicated")
    ]


def test_shared_phrases_in_rewritten_sentences_are_not_a_copy() -> None:
    rewrite, interview = CopyText.of(REWRITE), CopyText.of(INTERVIEW)
    assert compare(rewrite.shingle_set, interview.shingle_set)[1] >= 0.6
    assert find_copies([_art(INTERVIEW, "paper", 1), _art(REWRITE, "other", 1)]) == []
