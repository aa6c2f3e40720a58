from __future__ import annotations

from datetime import date

import pytest

from akhbar.model import Article, Span
from akhbar.stories.dedup import CopyPair, compare, find_copies, find_copy_groups, group_copies, shingles

WIRE = (
    "أعلنت وزارة الصحة اليوم تسجيل انخفاض كبير في عدد الإصابات الجديدة بالفيروس خلال الأسبوع الماضي، "
    "وقال المتحدث باسم الوزارة إن الفرق الطبية تواصل حملات التطعيم في جميع المناطق، وأضاف أن المستشفيات "
    "جاهزة لاستقبال الحالات وأن المخزون من الأدوية يكفي لثلاثة أشهر على الأقل."
)
BACKGROUND = (
    " وكانت الوزارة قد أطلقت في مطلع العام حملة توعية واسعة شملت المدارس والجامعات والأسواق ومراكز التسوق "
    "بهدف الحد من انتشار العدوى بين السكان."
)
OTHER = (
    "افتتح أمير المنطقة معرض الكتاب الدولي بمشاركة مئات دور النشر من عشرين دولة، ويستمر المعرض عشرة أيام "
    "تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال والشباب في قاعات المعرض."
)


def _art(text: str, source: str, day: int) -> Article:
    return Article.from_text(text, source=source, pub_date=date(2015, 8, day), title="")


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        (WIRE.replace("اليوم", "اليوم الأحد"), "duplicate"),
        (WIRE + BACKGROUND, "syndicated"),
    ],
)
def test_edited_wire_copies_are_found_with_their_kind(second: str, kind: str) -> None:
    arts = [_art(WIRE, "wire", 1), _art(second, "paper", 2), _art(OTHER, "other", 2)]
    pairs = find_copies(arts)
    assert [(p.first, p.second, p.kind) for p in pairs] == [(arts[0].id, arts[1].id, kind)]


def test_groups_name_the_earliest_copy() -> None:
    arts = [_art(WIRE + BACKGROUND, "late", 3), _art(WIRE, "early", 1), _art(WIRE, "mid", 2)]
    groups = group_copies(arts, find_copies(arts))
    assert len(groups) == 1
    assert groups[0].earliest == arts[1].id
    assert sorted(groups[0].members) == sorted(a.id for a in arts)


def test_diacritics_and_hamza_do_not_hide_a_copy() -> None:
    a, b = (
        shingles("أعلنت الوزارةُ إطلاق الحملة الوطنية للتطعيم"),
        shingles("اعلنت الوزارة اطلاق الحملة الوطنية للتطعيم"),
    )
    assert compare(a, b) == (1.0, 1.0)


LONG_WIRE = (
    "أعلنت وزارة الصحة اليوم تسجيل انخفاض كبير في عدد الإصابات الجديدة بالفيروس خلال الأسبوع الماضي. "
    "وقال المتحدث باسم الوزارة إن الفرق الطبية تواصل حملات التطعيم في جميع المناطق دون توقف. "
    "وأضاف أن المستشفيات جاهزة لاستقبال الحالات وأن المخزون من الأدوية يكفي لثلاثة أشهر على الأقل. "
    "وأشار إلى أن الوزارة ستعلن الأسبوع المقبل خطة جديدة لتوسيع مراكز الفحص في القرى والمدن الصغيرة. "
    "ودعا المواطنين إلى الالتزام بالإرشادات الصحية وارتداء الكمامات في الأماكن المزدحمة."
)


CABLE = (
    "بعث خادم الحرمين الشريفين برقية تهنئة لرئيس جمهورية كولومبيا بمناسبة ذكرى استقلال بلاده، وأعرب فيها "
    "عن أطيب التهاني وأصدق التمنيات بموفور الصحة والسعادة لفخامته ولحكومة وشعب كولومبيا الصديق المزيد من "
    "التقدم والازدهار."
)


def _credited(text: str, source: str, day: int, agency: str) -> Article:
    start = text.index(agency)
    credit = Span(start, start + len(agency), "credit", {"agency": agency})
    return _art(text, source, day).with_spans("credits", [credit])


@pytest.mark.parametrize(
    ("edited", "kind"),
    [
        # another intro line, «اليوم» turned into «أمس» and the last sentence trimmed
        ("الرياض - واس: " + LONG_WIRE.replace("اليوم", "أمس").rsplit(" ودعا", 1)[0], "syndicated"),
        # the agency's name swapped for the outlet's and a closing line added: still nearly the same text
        ("جدة - صحيفة المدينة: " + LONG_WIRE + " رابط الخبر على موقع الصحيفة.", "duplicate"),
        # a paragraph of background added and the closing call cut
        (LONG_WIRE.rsplit(" ودعا", 1)[0] + BACKGROUND + OTHER, "syndicated"),
    ],
)
def test_lightly_edited_wire_copy_is_found(edited: str, kind: str) -> None:
    arts = [_art("واس: " + LONG_WIRE, "wire", 1), _art(edited, "paper", 2)]
    assert [(p.first, p.kind) for p in find_copies(arts)] == [(arts[0].id, kind)]


@pytest.mark.parametrize(
    ("first", "second", "gap"),
    [
        # one template, filled in for two countries on two days a week apart
        (CABLE, CABLE.replace("كولومبيا", "تونس").replace("استقلال بلاده", "إعلان الجمهورية"), 7),
        # a digest that quotes one wire item among many others
        (WIRE, " ".join([OTHER, WIRE, BACKGROUND, LONG_WIRE.replace("الصحة", "التعليم"), CABLE]), 0),
    ],
)
def test_template_and_digest_are_not_copies(first: str, second: str, gap: int) -> None:
    arts = [_art(first, "a", 1), _art(second, "b", 1 + gap)]
    assert find_copies(arts) == []


def test_copy_group_names_the_earliest_copy_and_its_agency() -> None:
    arts = [
        _credited("نقلا عن واس: " + LONG_WIRE, "paper", 3, "واس"),
        _credited("رويترز: " + LONG_WIRE, "wire", 1, "رويترز"),
        _art(OTHER, "other", 1),
    ]
    groups = find_copy_groups(arts)
    assert [(g.earliest, sorted(g.members), g.agency) for g in groups] == [
        (arts[1].id, sorted([arts[0].id, arts[1].id]), "رويترز")
    ]
    assert groups[0].to_dict()["agencies"] == ["رويترز", "واس"]


@pytest.mark.parametrize("spacing", ["  ", "\n"])
def test_equal_folded_bodies_are_duplicates(spacing: str) -> None:
    other = LONG_WIRE.replace(" ", spacing).replace("أعلنت", "اعلنت")
    arts = [_art(LONG_WIRE, "a", 1), _art(other, "b", 9)]
    assert [(p.kind, p.jaccard) for p in find_copies(arts)] == [("duplicate", 1.0)]


def test_exact_candidates_find_what_lsh_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Story-sized groups skip the LSH index (its set-up costs more than comparing every pair)."""
    import akhbar.stories.dedup as dedup

    arts = [
        _art("واس: " + LONG_WIRE, "wire", 1),
        _art("الرياض - واس: " + LONG_WIRE.replace("اليوم", "أمس").rsplit(" ودعا", 1)[0], "paper", 2),
        _art(LONG_WIRE.rsplit(" ودعا", 1)[0] + BACKGROUND + OTHER, "site", 2),
        _art(WIRE, "other", 1),
        _art(CABLE, "cable", 3),
    ]
    exact = find_copies(arts)
    monkeypatch.setattr(dedup, "EXACT_CANDIDATES", 0)
    assert find_copies(arts) == exact
    # the wire, its trimmed copy, its copy with background and the short version of the same release
    assert [sorted(g.members) for g in group_copies(arts, exact)] == [sorted(a.id for a in arts[:4])]


# LONG_WIRE copy-edited: «اليوم» → «أمس», two sentences recast with their clauses moved, the last one's
# phrases swapped: under 0.6 of its shingles shared, yet every sentence keeps its words in place
COPY_EDITED = (
    "أعلنت وزارة الصحة أمس تسجيل انخفاض كبير في عدد الإصابات الجديدة بالفيروس خلال الأسبوع الماضي. "
    "وتواصل الفرق الطبية في جميع المناطق ودون توقف حملات التطعيم، كما قال المتحدث باسم الوزارة. "
    "أما المخزون من الأدوية فيكفي لثلاثة أشهر على الأقل، والمستشفيات جاهزة لاستقبال الحالات، بحسب المتحدث. "
    "وأشار إلى أن الوزارة ستعلن الأسبوع المقبل خطة جديدة لتوسيع مراكز الفحص في القرى والمدن الصغيرة. "
    "ودعا المواطنين إلى ارتداء الكمامات في الأماكن المزدحمة والالتزام بالإرشادات الصحية."
)


@pytest.mark.parametrize(("original", "edited"), [(LONG_WIRE, COPY_EDITED)])
def test_release_copy_edited_sentence_by_sentence_is_a_copy(original: str, edited: str) -> None:
    assert compare(shingles(original), shingles(edited))[1] < 0.6
    arts = [_art(original, "wire", 1), _art(edited, "paper", 1)]
    assert [(p.first, p.kind) for p in find_copies(arts)] == [(arts[0].id, "syndicated")]


# WIRE carried at the head of a report four times its size that goes on to other items
REPORT = " ".join(
    [WIRE, BACKGROUND, OTHER, CABLE, LONG_WIRE.replace("الصحة", "التعليم").replace("الفيروس", "الطلاب")]
)


@pytest.mark.parametrize(
    ("headline", "copied"),
    [
        # the report is headed about the release it carries: the release's own event
        ("وزارة الصحة: انخفاض كبير في الإصابات الجديدة بالفيروس", True),
        # a digest of items, headed about none of them
        ("موجز أخبار", False),
    ],
)
def test_short_release_inside_a_long_report_is_a_copy_when_the_report_is_headed_about_it(
    headline: str, copied: bool
) -> None:
    arts = [
        Article.from_text(WIRE, source="wire", pub_date=date(2015, 8, 1), title="انخفاض الإصابات"),
        Article.from_text(REPORT, source="paper", pub_date=date(2015, 8, 1), title=headline),
    ]
    assert len(shingles(WIRE)) < 0.3 * len(shingles(REPORT))
    assert bool(find_copies(arts)) is copied


def _pair(first: Article, second: Article) -> CopyPair:
    return CopyPair(first.id, second.id, "syndicated", 0.5, 0.7)


@pytest.mark.parametrize(
    ("links", "grouped"),
    [
        # both later articles copy the original: one group
        (((0, 1), (0, 2)), [[0, 1, 2]]),
        # the third copies only the second (another outlet's rewrite of the copy): no original of its
        # own keeps it, so it joins the group of the copy it matches rather than being dropped
        (((0, 1), (1, 2)), [[0, 1, 2]]),
        # two groups, each around its own original, with one pair between their copies (a template
        # filled in again): the pair does not chain them into one
        (((0, 1), (2, 3), (1, 3)), [[0, 1], [2, 3]]),
    ],
)
def test_a_copy_joins_a_group_by_matching_its_original_or_else_the_copy_it_matches(
    links: tuple[tuple[int, int], ...], grouped: list[list[int]]
) -> None:
    arts = [
        _art(WIRE, "wire", 1),
        _art(WIRE + BACKGROUND, "paper", 2),
        _art(CABLE, "site", 3),
        _art(CABLE + BACKGROUND, "other", 4),
    ]
    groups = group_copies(arts, [_pair(arts[i], arts[j]) for i, j in links])
    assert sorted(sorted(g.members) for g in groups) == sorted(
        sorted(arts[k].id for k in group) for group in grouped
    )
    assert sorted(g.earliest for g in groups) == sorted(arts[group[0]].id for group in grouped)


# A relief-flight release, and its re-run by another outlet: «اليوم» → «أمس», the last two sentences cut
FLIGHT = (
    "وصلت إلى مطار عدن الدولي اليوم الطائرة الإغاثية الرابعة محملة بـ 10 أطنان من الأدوية والمستلزمات "
    "الطبية المقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية. وأوضح المتحدث باسم المركز أن الشحنة "
    "تضم أدوية لعلاج الأمراض المزمنة وأجهزة غسيل الكلى ومحاليل طبية للمستشفيات الحكومية في المدينة. "
    "وأضاف أن فرق المركز سلمت الشحنة إلى لجنة الإغاثة المحلية التي تتولى توزيعها على المستشفيات والمراكز "
    "الصحية في المحافظات المحررة. وبيّن أن المركز نسّق مع قيادة قوات التحالف لتأمين هبوط الطائرة وتفريغ "
    "حمولتها في وقت قياسي، وأن فريقا طبيا رافق الشحنة للتأكد من سلامة الأدوية وصلاحيتها. ولفت إلى أن المركز "
    "يعد حاليا قافلة برية تحمل مواد غذائية وخياما للأسر النازحة في المناطق الجبلية. وأشار إلى أن الجسر الجوي "
    "مستمر حتى تصل المساعدات إلى جميع المحتاجين."
)
RERUN = FLIGHT.replace("اليوم", "أمس").rsplit(" ولفت", 1)[0]


@pytest.mark.parametrize(
    ("later", "gap", "copied"),
    [
        # the same release run again five days later: every sentence carried, nothing of its own
        (RERUN, 5, True),
        # ... but not a week and more later
        (RERUN, 9, False),
        # the next flight's release five days later: the same text with its own number and tonnage
        (RERUN.replace("الرابعة", "الخامسة").replace("10 أطنان", "12 طنا"), 5, False),
    ],
)
def test_a_release_run_again_days_later_is_a_copy_but_the_next_fill_of_its_template_is_not(
    later: str, gap: int, copied: bool
) -> None:
    arts = [_art(FLIGHT, "wire", 1), _art(later, "paper", 1 + gap)]
    assert bool(find_copies(arts)) is copied


@pytest.mark.parametrize(
    "other",
    [
        # the same congratulation cable filled in for another president and country five days later: a
        # text of a few lines is too short to tell a re-run from its template's next fill
        CABLE.replace("لرئيس جمهورية كولومبيا", "للرئيس إدريس ديبي رئيس جمهورية تشاد").replace(
            "كولومبيا", "تشاد"
        ),
    ],
)
def test_a_cable_to_another_president_days_later_is_not_a_copy(other: str) -> None:
    arts = [_art(CABLE, "a", 1), _art(other, "b", 6)]
    assert find_copies(arts) == []


# an outlet's own paragraph (over 30 copy tokens) put before a release four times as long
INTRO = (
    "في خطوة تعكس حرص الجهات المعنية على طمأنة السكان بعد أسابيع من القلق الذي عاشته الأسر في المدن والقرى، "
    "وبعد أن تداولت حسابات التواصل الاجتماعي شائعات كثيرة عن نقص الأدوية وإغلاق العيادات، خرجت الجهات "
    "الرسمية ببيان مفصل يرسم صورة الوضع الراهن ويجيب عن أسئلة المواطنين والمقيمين. "
)
OWN_LEAD = (
    "أكد مسؤولون في القطاع الصحي خلال لقاءات صحفية متفرقة مع عدد من وسائل الإعلام المحلية والدولية أن "
    "الوضع تحت السيطرة وأن الأرقام تدعو إلى التفاؤل الحذر. "
)
RELEASE = " ".join([LONG_WIRE + BACKGROUND, OTHER, CABLE.replace("كولومبيا", "البرازيل")])


@pytest.mark.parametrize(
    ("first", "second", "copied"),
    [
        # the release whole after one outlet's own intro: a re-led copy
        (RELEASE, INTRO + RELEASE, True),
        # two outlets' write-ups, each opening with words of its own before the release
        (INTRO + RELEASE, OWN_LEAD + RELEASE, False),
        # the release reached only after a story of its own longer than a third of it: a digest
        (RELEASE, INTRO + OWN_LEAD + RELEASE, False),
    ],
)
def test_an_intro_before_the_release_is_allowed_when_short_beside_it(
    first: str, second: str, copied: bool
) -> None:
    arts = [_art(first, "wire", 1), _art(second, "paper", 2)]
    assert bool(find_copies(arts)) is copied


# an outlet's own intro (over 30 copy tokens, more than a third of the release) that retells the release's lead
# in words of its own (no run of the release's phrases)
RETOLD = (
    "الفيروس يتراجع في البلاد: انخفاض كبير للإصابات الجديدة بحسب أرقام وزارة الصحة الأسبوعية، والتطعيم "
    "مستمر عبر حملات الفرق الطبية في كل المناطق، والأدوية في المخزون تكفي لأشهر ثلاثة، ومراكز الفحص "
    "ستتوسع في القرى الصغيرة والمدن، والمستشفيات جاهزة لكل الحالات، والكمامات مطلوبة في الزحام. "
)


@pytest.mark.parametrize(
    ("first", "second", "copied"),
    [
        # a long intro of the larger that retells the release it carries: a re-led copy
        (LONG_WIRE, RETOLD + LONG_WIRE, True),
        # an intro as long about something else: the release reached after a story of its own
        (LONG_WIRE, INTRO + LONG_WIRE, False),
        # the smaller re-led with an intro of its own, the larger opening with the release
        (LONG_WIRE + BACKGROUND + OTHER + CABLE, INTRO + LONG_WIRE + BACKGROUND, True),
        # both opening with words of their own: two write-ups
        (OWN_LEAD + LONG_WIRE + BACKGROUND + OTHER + CABLE, INTRO + LONG_WIRE + BACKGROUND, False),
    ],
)
def test_one_intro_is_allowed_when_short_or_about_the_release(first: str, second: str, copied: bool) -> None:
    arts = [_art(first, "wire", 1), _art(second, "paper", 2)]
    assert bool(find_copies(arts)) is copied


EXECUTION = (
    "أصدرت وزارة الداخلية بيانا بشأن تنفيذ حكم القتل قصاصا بأحد الجناة في منطقة {place}، "
    "وجاء في البيان أن المدعو {name} سعودي الجنسية أقدم على قتل {victim} بإطلاق النار عليه إثر خلاف بينهما، "
    "وبفضل من الله تمكنت الجهات الأمنية من القبض على الجاني وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته، "
    "وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه والحكم عليه بالقتل قصاصا، "
    "وصدق الحكم من محكمة الاستئناف ومن المحكمة العليا وصدر أمر ملكي بإنفاذ ما تقرر شرعا، "
    "وقد تم تنفيذ الحكم بالجاني أمس في {town} بمنطقة {place}."
)
FILLS = [
    {
        "place": "عسير",
        "name": "محمد بن علي الشهري",
        "victim": "مواطن يدعى سعيد القحطاني",
        "town": "محافظة بيشة",
    },
    {"place": "تبوك", "name": "خالد بن عيد البلوي", "victim": "ابن عمه سلمان البلوي", "town": "محافظة تيماء"},
    {
        "place": "الجوف",
        "name": "نايف بن حمد الرويلي",
        "victim": "مواطن يدعى عواد الشمري",
        "town": "مدينة سكاكا",
    },
]
CONVICT = {
    "place": "القصيم",
    "name": "فهد بن سالم العتيبي",
    "victim": "شقيقيه عبدالله وناصر",
    "town": "مدينة بريدة",
}


@pytest.mark.parametrize(
    ("second", "copied"),
    [
        # the same statement copy-edited (its opening reworded, the last sentence cut), its names and places kept
        (
            "أصدرت وزارة الداخلية أمس بيانا عن تنفيذ حكم القتل قصاصا بالجاني فهد بن سالم العتيبي سعودي الجنسية "
            "في مدينة بريدة بمنطقة القصيم، إثر خلاف مع شقيقيه عبدالله وناصر أقدم على قتلهما بإطلاق النار عليهما، "
            + EXECUTION.split("، ", 2)[2].rsplit("، ", 1)[0]
            + ".",
            True,
        ),
        # the statement on another convict the next day: the template filled in for another event
        (
            EXECUTION.format(
                place="القصيم",
                name="سعد بن فهد المطيري",
                victim="مواطن يدعى ماجد الحربي",
                town="محافظة عنيزة",
            ),
            False,
        ),
    ],
)
def test_a_copy_edited_fill_of_a_template_keeps_the_words_of_its_event(second: str, copied: bool) -> None:
    # the statement's template is in the batch on other days, for other convicts
    arts = [
        _art(EXECUTION.format(**fill), "agency", day) for fill, day in zip(FILLS, (1, 3, 20), strict=True)
    ]
    arts += [_art(EXECUTION.format(**CONVICT), "wire", 12), _art(second, "paper", 13)]
    assert [(p.first, p.second) for p in find_copies(arts)] == ([(arts[3].id, arts[4].id)] if copied else [])
