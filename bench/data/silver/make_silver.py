"""Build ``snn_dev.jsonl``: a silver development set for ``akhbar eval extract``.

Twelve SaudiNewsNet articles annotated by hand (one annotator) following
``shared/gold/GUIDELINES.md``. Annotations are written below as surface strings with
occurrence hints; this script finds their offsets by exact search in the text, checks
``text[start:end] == surface`` for every item, rejects overlapping or duplicate spans, and
writes the file in the gold format of ``shared/gold/seeds.jsonl``.

Occurrence hints:
- entities and timex: ``n`` counts the *token-bounded* occurrences of the surface (a match
  may be preceded by a clitic و ف ب ل ك لل and must not be glued to a following letter);
  ``n="all"`` takes every bounded occurrence; ``exact=True`` counts plain substring
  occurrences instead (for names glued to the next word); ``anchor`` starts the search
  after the first occurrence of that string.
- quotes: the span is ``head`` … ``tail`` (first ``tail`` after ``head``); the cue is the
  nearest bounded occurrence before the span (or after it with ``cue_after=True``).

Run: ``python bench/data/silver/make_silver.py [--review]``.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DATA = Path("/work/shared/data/saudinewsnet/articles.jsonl.gz")
OUT = Path(__file__).with_name("snn_dev.jsonl")

ARABIC = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0670\u0671-\u06D3]")
CLITIC_PREFIX = re.compile(r"^(?:[وف])?(?:[بلك]|لل)?$")


@dataclass
class E:
    """An entity: surface, type, canonical and occurrence hint."""

    surface: str
    type: str
    canonical: str
    n: int | str = 1
    exact: bool = False
    anchor: str | None = None


@dataclass
class T:
    """A temporal expression."""

    surface: str
    type: str
    value: str | None
    n: int | str = 1
    exact: bool = False
    anchor: str | None = None


@dataclass
class Q:
    """A quotation: span from ``head`` to the end of ``tail`` (or ``head`` alone)."""

    kind: str
    head: str
    tail: str | None
    cue: str
    speaker: str
    via: str | None = None
    anchor: str | None = None
    cue_after: bool = False
    cue_exact: bool = False


def bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole token, allowing a leading clitic."""
    if end < len(text) and ARABIC.match(text[end]):
        return False
    if start == 0 or not ARABIC.match(text[start - 1]):
        return True
    j = start
    while j > 0 and ARABIC.match(text[j - 1]):
        j -= 1
    return bool(CLITIC_PREFIX.match(text[j:start]))


def occurrences(text: str, surface: str, *, exact: bool, anchor: str | None) -> list[int]:
    """Start offsets of the surface (bounded unless exact), after the anchor if given."""
    begin = 0
    if anchor is not None:
        a = text.find(anchor)
        if a < 0:
            raise ValueError(f"anchor not found: {anchor!r}")
        begin = a + len(anchor)
    found = []
    i = text.find(surface, begin)
    while i >= 0:
        if exact or bounded(text, i, i + len(surface)):
            found.append(i)
        i = text.find(surface, i + 1)
    return found


def pick(text: str, item: E | T) -> list[tuple[int, int]]:
    """Resolve an entity or timex hint to (start, end) spans."""
    occ = occurrences(text, item.surface, exact=item.exact, anchor=item.anchor)
    if not occ:
        raise ValueError(f"not found: {item.surface!r}")
    if item.n == "all":
        starts = occ
    elif isinstance(item.n, int):
        if item.n > len(occ):
            raise ValueError(f"{item.surface!r}: occurrence {item.n} of {len(occ)}")
        starts = [occ[item.n - 1]]
    else:
        starts = [occ[k - 1] for k in item.n]  # type: ignore[union-attr]
    return [(s, s + len(item.surface)) for s in starts]


def find_quote(text: str, q: Q) -> dict:
    """Resolve a quote hint to the gold dict."""
    begin = text.find(q.anchor) + len(q.anchor) if q.anchor else 0
    start = text.find(q.head, begin)
    if start < 0:
        raise ValueError(f"quote head not found: {q.head!r}")
    if q.tail is None:
        end = start + len(q.head)
    else:
        t = text.find(q.tail, start)
        if t < 0:
            raise ValueError(f"quote tail not found: {q.tail!r}")
        end = t + len(q.tail)
    cues = occurrences(text, q.cue, exact=q.cue_exact, anchor=None)
    if q.cue_after:
        cands = [c for c in cues if c >= end]
        cue_start = cands[0] if cands else -1
    else:
        cands = [c for c in cues if c + len(q.cue) <= start]
        cue_start = cands[-1] if cands else -1
    if cue_start < 0:
        raise ValueError(f"cue {q.cue!r} not found for quote {q.head!r}")
    return {
        "kind": q.kind,
        "start": start,
        "end": end,
        "surface": text[start:end],
        "cue_start": cue_start,
        "cue_end": cue_start + len(q.cue),
        "cue": q.cue,
        "speaker": q.speaker,
        "via": q.via,
    }


# Canonical names used in more than one article.
JUBEIR = "عادل الجبير"
SALMAN = "سلمان بن عبد العزيز"
KSA = "المملكة العربية السعودية"
USA = "الولايات المتحدة"
GCC = "مجلس التعاون لدول الخليج العربية"
MOI = "وزارة الداخلية السعودية"
SEF = "قوات الطوارئ الخاصة"
UN = "الأمم المتحدة"
SPA = "واس"
ISIS = "داعش"

ARTICLES: list[dict] = [
    # 0 — Al-Madina: al-Jubeir and Steinmeier in Berlin (SPA copy; the byline is not in the text).
    {
        "index": 29873,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("الجبير", "PERS", JUBEIR, [1, 3]),
            E("إيران", "LOC", "إيران", "all"),
            E("عادل بن أحمد الجبير", "PERS", JUBEIR),
            E("سوريا", "LOC", "سوريا", "all"),
            E("العراق", "LOC", "العراق", "all"),
            E("لبنان", "LOC", "لبنان", "all"),
            E("طهران", "LOC", "طهران", "all"),
            E("بشار الأسد", "PERS", "بشار الأسد"),
            E("اليمن", "LOC", "اليمن", "all"),
            E("البحرين", "LOC", "البحرين"),
            E("فرانك فالتر شتاينماير", "PERS", "فرانك فالتر شتاينماير", [1, 2], exact=True),
            E("برلين", "LOC", "برلين", "all"),
            E("ايران", "LOC", "إيران"),
            E("منظمة برامج الطاقة النووية", "ORG", "الوكالة الدولية للطاقة الذرية"),
            E("عبدربه منصور هادي", "PERS", "عبدربه منصور هادي"),
            E("رائف بدوي", "PERS", "رائف بدوي"),
            E("المملكة العربية السعودية", "LOC", KSA),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط"),
            E("شتاينماير", "PERS", "فرانك فالتر شتاينماير", [3, 4, 5], exact=True),
            E("الرياض", "LOC", "الرياض", "all"),
            E("الخليج", "LOC", "الخليج"),
            E("موسكو", "LOC", "موسكو"),
            E("الكرملين", "ORG", "الكرملين"),
            E("أسد", "PERS", "بشار الأسد", 2, exact=True),
            E("عدن", "LOC", "عدن"),
        ],
        "quotes": [
            Q("indirect", "المملكة حريصة على", "سوريا والعراق ولبنان", "أكد", JUBEIR, cue_exact=True),
            Q("indirect", "استمرار مأساة الشعب السوري", "إضافة إلى البحرين", "عاداً", JUBEIR),
            Q("indirect", "يجب على إيران", "مع جيرانها", "قال", JUBEIR),
            Q("indirect", "امتناع ايران", "تصنيع أسلحة نووية", "رأى", JUBEIR),
            Q("indirect", "المملكة تراقب عن كثب", "بملفها النووي", "مؤكداً", JUBEIR),
            Q("indirect", "حرص المملكة على سلامة اليمن وشعبها", None, "شدد", JUBEIR),
            Q("indirect", "تدخل المملكة ودول التحالف", "عبدربه منصور هادي", "مشيراً", JUBEIR),
            Q("indirect", "للإنسان حقوقه المصانة", "منبثقة من الشريعة الإسلامية", "أكد", JUBEIR),
            Q("indirect", "أموره تسير وفق القضاء المستقل", None, "قال", JUBEIR),
            Q(
                "indirect",
                "المملكة لا تتدخل",
                "في شؤونها الداخلية",
                "لافتاً الانتباه",
                JUBEIR,
            ),
            Q(
                "indirect",
                "تفهمه قلق الرياض",
                "5 + 1 /",
                "أكد",
                "فرانك فالتر شتاينماير",
            ),
            Q(
                "indirect",
                "العقوبات الاقتصادية ضد إيران",
                "بنود الاتفاقية",
                "مبيناً",
                "فرانك فالتر شتاينماير",
            ),
            Q(
                "indirect",
                "سيزور المملكة",
                "بين برلين والرياض",
                "أعلن",
                "فرانك فالتر شتاينماير",
            ),
        ],
        "timex": [
            T("امس", "DATE", None),
            T("شهر سبتمبر", "DATE", None),
            T("اكتوبر المقبلين", "DATE", None),
        ],
    },
    # 1 — Al-Sharq al-Awsat: King Salman receives Ashton Carter in Jeddah.
    {
        "index": 5084,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("سلمان بن عبد العزيز", "PERS", SALMAN, 1),
            E("قصر السلام", "LOC", "قصر السلام"),
            E("آشتون كارتر", "PERS", "آشتون كارتر"),
            E("كارتر", "PERS", "آشتون كارتر", [2, 3, 4, 5]),
            E("باراك أوباما", "PERS", "باراك أوباما"),
            E("السعودية", "LOC", KSA, "all"),
            E("أميركا", "LOC", USA),
            E("واشنطن", "LOC", "واشنطن"),
            E("محمد بن نايف بن عبد العزيز", "PERS", "محمد بن نايف"),
            E("مجلس الوزراء", "ORG", "مجلس الوزراء السعودي", "all"),
            E("محمد بن سلمان بن عبد العزيز", "PERS", "محمد بن سلمان"),
            E("مساعد العيبان", "PERS", "مساعد العيبان"),
            E("عادل الطريفي", "PERS", "عادل الطريفي"),
            E("عادل الجبير", "PERS", JUBEIR),
            E("إريك روزينباخ", "PERS", "إريك روزينباخ"),
            E("رونالد لويس", "PERS", "رونالد لويس"),
            E("أليسا سلوتكين", "PERS", "أليسا سلوتكين"),
            E("أندرو أكسوم", "PERS", "أندرو أكسوم"),
            E("شرق الأوسط", "LOC", "الشرق الأوسط", 1, exact=True),
            E("سلمان", "PERS", SALMAN, [3, 4]),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("رويترز", "ORG", "رويترز", "all"),
            E("بارك أوباما", "PERS", "باراك أوباما"),
            E("جدة", "LOC", "جدة"),
            E("إيران", "LOC", "إيران", "all"),
            E("داعش", "ORG", ISIS),
            E("اليمن", "LOC", "اليمن"),
        ],
        "quotes": [
            Q("indirect", "حرص واشنطن على تعزيز السلام والاستقرار في المنطقة", None, "مؤكدا", "آشتون كارتر"),
            Q("indirect", "من المتوقع أن يزور", "في الخريف", "صرح", "آشتون كارتر"),
            Q(
                "indirect",
                "الرئيس الأميركي بارك أوباما",
                "المقبل في الولايات المتحدة",
                "قال",
                "آشتون كارتر",
                "رويترز",
            ),
            Q("indirect", "مباحثاته في جدة", "وقوات العمليات الخاصة", "أكد", "آشتون كارتر"),
            Q("direct", "قدرة إيران على العدوان", None, "قول", "آشتون كارتر", "رويترز"),
            Q(
                "indirect",
                "تحديان مشتركان تواجههما السعودية والولايات المتحدة",
                None,
                "صنف",
                "آشتون كارتر",
                "رويترز",
            ),
            Q("direct", "النفوذ الإيراني على الحوثيين حقيقي", None, "قائلا", "آشتون كارتر", "رويترز"),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("الخريف", "DATE", None),
            T("سبتمبر (أيلول) المقبل", "DATE", None),
        ],
    },
    # 2 — Al-Sharq al-Awsat: Rouhani and Erdogan call; PKK mine in Turkey.
    {
        "index": 23697,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("إيران", "LOC", "إيران", "all"),
            E("أنقرة", "LOC", "أنقرة", "all"),
            E("حسن روحاني", "PERS", "حسن روحاني"),
            E("رجب طيب إردوغان", "PERS", "رجب طيب أردوغان"),
            E("وكالة الأنباء الرسمية الإيرانية", "ORG", "إيرنا"),
            E("روحاني", "PERS", "حسن روحاني", 2),
            E("إردوغان", "PERS", "رجب طيب أردوغان", [2, 3]),
            E("تركيا", "LOC", "تركيا", "all"),
            E("داعش", "ORG", ISIS, "all"),
            E("إيرنا", "ORG", "إيرنا"),
            E("حرييت", "ORG", "حرييت"),
            E("حزب العمال الكردستاني", "ORG", "حزب العمال الكردستاني", "all"),
            E("العراق", "LOC", "العراق"),
        ],
        "quotes": [
            Q("direct", "تعاون أكبر", None, "دعا", "حسن روحاني", "إيرنا"),
            Q("direct", "إيران وتركيا وقفتا", "لحل قضايا المنطقة", "قال", "حسن روحاني", "إيرنا"),
            Q("direct", "تعزيز وتمتين العلاقات", None, "دعا", "حسن روحاني", "إيرنا"),
            Q(
                "direct",
                "التعاون المشترك لمكافحة الإرهاب",
                "(مجموعة داعش) الإرهابية",
                "دعا",
                "رجب طيب أردوغان",
                "إيرنا",
            ),
            Q(
                "direct",
                "يكتسي أهمية كبيرة في مواجهة هذه المجموعات الإرهابية",
                None,
                "أكد",
                "رجب طيب أردوغان",
                "إيرنا",
            ),
            Q("direct", "خطرا على العالم الإسلامي", None, "محذرا", "رجب طيب أردوغان", "إيرنا"),
            Q("indirect", "مدنيا قتل في انفجار لغم", "الأربعاء - الخميس", "ذكرت", "تقارير إعلامية"),
            Q("indirect", "هناك مزاعم بأن", "العاملة في المنطقة", "قالت", "حرييت"),
        ],
        "timex": [
            T("حاليا", "DATE", "PRESENT_REF"),
            T("أمس", "DATE", None),
            T("منتصف ليل الأربعاء - الخميس", "DATE", None),
        ],
    },
    # 3 — Al-Yaum: UN announces a new round of Libya talks in Geneva (SPA copy; byline not in text).
    {
        "index": 26205,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("الأمم المتحدة", "ORG", UN, [1, 2, 4]),
            E("ليبيا", "LOC", "ليبيا", "all"),
            E("جنيف", "LOC", "جنيف", [1, 3]),
            E("مكتب الأمم المتحدة في جنيف", "ORG", "مكتب الأمم المتحدة في جنيف"),
            E("أحمد فوزي", "PERS", "أحمد فوزي"),
            E("أمم المتحدة", "ORG", UN, 1, exact=True, anchor="للأمين العام لل"),
            E("برناردينو ليون", "PERS", "برناردينو ليون"),
            E("ليون", "PERS", "برناردينو ليون", 2),
            E("المؤتمر الوطني", "ORG", "المؤتمر الوطني العام"),
        ],
        "quotes": [
            Q("indirect", "ستعقد جولة جديدة", 'في "جنيف"', "أعلنت", UN),
            Q("indirect", "الممثل الخاص للأمين العام", "اختتام حوارهم يوم الأربعاء", "قال", "أحمد فوزي"),
            Q("indirect", "تقدماً كبيراً تم إحرازه", "في إطار عملية الحوار", "أشار", "برناردينو ليون"),
        ],
        "timex": [
            T("الاثنين المقبل", "DATE", None, 1),
            T("يوم الاثنين", "DATE", None, 1),
            T("يوم الاثنين المقبل", "DATE", None),
            T("يوم الأربعاء", "DATE", None),
            T("أمس", "DATE", None),
            T("الآن", "DATE", "PRESENT_REF"),
            T("الشهر الماضي", "DATE", None),
        ],
    },
    # 4 — Al-Sharq al-Awsat: Egypt's foreign ministry answers Khamenei's Eid speech.
    {
        "index": 3034,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("القاهرة", "LOC", "القاهرة"),
            E("طهران", "LOC", "طهران"),
            E("الخارجية المصرية", "ORG", "وزارة الخارجية المصرية", [1, 3]),
            E("إيران", "LOC", "إيران"),
            E("ميثاق الأمم المتحدة", "MISC", "ميثاق الأمم المتحدة", "all"),
            E("علي خامنئي", "PERS", "علي خامنئي"),
            E("عيد الفطر", "MISC", "عيد الفطر"),
            E("وزارة الخارجية المصرية", "ORG", "وزارة الخارجية المصرية"),
            E("بدر عبد العاطي", "PERS", "بدر عبد العاطي"),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط"),
            E("مصر", "LOC", "مصر", "all"),
            E("الخليج العربي", "LOC", "الخليج العربي"),
        ],
        "quotes": [
            Q("indirect", "أهمية أن تتسق", "الاستقرار في الشرق الأوسط", "أكد", "بدر عبد العاطي"),
            Q(
                "indirect",
                "أهمية انتهاج دول المنطقة",
                "المستويين الإقليمي والدولي",
                "مجددًا",
                "بدر عبد العاطي",
            ),
            Q("direct", "رفض مصر الكامل", "بسياسة حسن الجوار", "جدد", "بدر عبد العاطي"),
            Q("direct", "تضامن مصر مع أشقائها", "بالأمن القومي المصري", "مشددًا", "بدر عبد العاطي"),
        ],
        "timex": [
            T("أمس", "DATE", None, "all"),
        ],
    },
    # 5 — Sabq: the GCC Secretariat condemns the Asir mosque bombing (SPA dateline in the text).
    {
        "index": 23544,
        "outlet": "سبق",
        "pub_date": None,
        "entities": [
            E("مجلس التعاون", "ORG", GCC, [1, 3, 4]),
            E("عسير", "LOC", "عسير", "all"),
            E("واس", "ORG", SPA),
            E("الرياض", "LOC", "الرياض"),
            E("مجلس التعاون لدول الخليج العربية", "ORG", GCC),
            E("قوات الطوارئ الخاصة", "ORG", SEF),
            E("قوات الطوارئ", "ORG", SEF, 2),
            E("عبداللطيف بن راشد الزياني", "PERS", "عبداللطيف بن راشد الزياني"),
            E("مملكة العربية السعودية", "LOC", KSA, 1, exact=True),
            E("الزياني", "PERS", "عبداللطيف بن راشد الزياني", 2),
            E("وزارة الداخلية", "ORG", MOI),
        ],
        "quotes": [
            Q("indirect", "جريمة بشعة تتنافى", "الإسلامية والإنسانية كافة", "وصفه", GCC, SPA),
            Q(
                "indirect",
                "مضي دول مجلس التعاون",
                "وتجفيف مصادر تمويلها",
                "أكد",
                "عبداللطيف بن راشد الزياني",
                SPA,
            ),
        ],
        "timex": [
            T("اليوم", "DATE", None),
        ],
    },
    # 6 — Al-Riyadh: JLL report on Dubai home sales (Reuters copy; byline not in text).
    {
        "index": 13890,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("دبي", "LOC", "دبي", "all"),
            E("جيه.إل.إل", "ORG", "جيه.إل.إل", "all"),
            E("كريج بلمب", "PERS", "كريج بلمب"),
        ],
        "quotes": [
            Q("indirect", "مبيعات المنازل في دبي هبطت", "بقية العام", "ذكر", "جيه.إل.إل"),
            Q("indirect", "إجمالي قيمة الصفقات", "على أساس سنوي", "قالت", "جيه.إل.إل"),
            Q("indirect", "أسعار المبيعات تراجعت", "منذ يونيو 2014", "أضافت", "جيه.إل.إل"),
            Q("direct", "نتوقع أن تسجل", "في النصف الثاني من العام", "قال", "كريج بلمب"),
        ],
        "timex": [
            T("2015", "DATE", "2015", 1),
            T("اليوم الأربعاء", "DATE", None),
            T("النصف الأول من 2015", "DATE", "2015", "all"),
            T("بقية العام", "DATE", None),
            T("السنوات العشر الأخيرة", "DURATION", "P10Y"),
            T("العام الماضي", "DATE", None),
            T("2008", "DATE", "2008"),
            T("الآن", "DATE", "PRESENT_REF"),
            T("هذا العام", "DATE", None),
            T("يونيو 2014", "DATE", "2014-06"),
            T("النصف الثاني من العام", "DATE", None),
            T("الربع الثاني من 2015", "DATE", "2015"),
        ],
    },
    # 7 — Al-Eqtisadiya: Lebanon's central bank governor on bond issues (Reuters interview).
    {
        "index": 25227,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("لبنان", "LOC", "لبنان", [1, 3]),
            E("مصرف لبنان المركزي", "ORG", "مصرف لبنان"),
            E("رياض سلامة", "PERS", "رياض سلامة"),
            E("رويترز", "ORG", "رويترز"),
            E("وزارة المالية", "ORG", "وزارة المالية اللبنانية"),
            E("سلامة", "PERS", "رياض سلامة", 2),
        ],
        "quotes": [
            Q("indirect", "بلاده تخطط لإصدار", "بالدولار الأمريكي هذا العام", "قال", "رياض سلامة", "رويترز"),
            Q("direct", "أبلغتنا وزارة المالية", "السلطة القانونية لفعل ذلك", "قال", "رياض سلامة", "رويترز"),
            Q(
                "indirect",
                "سيصدرون سندات مالية قبل نهاية العام الجاري",
                None,
                "أبلغتنا",
                "وزارة المالية اللبنانية",
                "رويترز",
            ),
            Q("direct", "يمكنهم إصدار", "الحدود القانونية المتاحة لهم", "أضاف", "رياض سلامة", "رويترز"),
            Q("indirect", "يتوقع أن يصدر لبنان", "والأمني في المنطقة", "قال", "رياض سلامة", "رويترز"),
        ],
        "timex": [
            T("هذا العام", "DATE", None, "all"),
            T("أمس", "DATE", None),
            T("نهاية العام الجاري", "DATE", None),
            T("عام 2016", "DATE", "2016"),
            T("10 إلى 16 من شهر تموز (يوليو)", "DATE", None),
            T("الأسبوع نفسه", "DATE", None, 1),
            T("الأسبوع نفسه من العام الماضي", "DATE", None),
            T("بداية العام الجاري", "DATE", None),
            T("الأسبوع ذاته", "DATE", None),
        ],
    },
    # 8 — SPA (sports): Barcelona v Sevilla, UEFA Super Cup in Tbilisi. Dated by its dateline.
    {
        "index": 29214,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("برشلونة", "ORG", "برشلونة", "all"),
            E("أشبيلية", "ORG", "إشبيلية", "all"),
            E("كأس السوبر الأوروبي", "MISC", "كأس السوبر الأوروبي", "all"),
            E("تبليسي", "LOC", "تبليسي", "all"),
            E("واس", "ORG", SPA),
            E("بوريس بايشادز ستاديوم", "LOC", "بوريس بايشادز ستاديوم"),
            E("الدوري الاسباني", "MISC", "الدوري الإسباني"),
            E("كأس أسبانيا", "MISC", "كأس إسبانيا"),
            E("دوري أبطال أوروبا", "MISC", "دوري أبطال أوروبا"),
            E("أتلتيك بلباو", "ORG", "أتلتيك بلباو"),
            E("كأس السوبر الأسباني", "MISC", "كأس السوبر الإسباني", "all"),
            E("كأس العالم للأندية", "MISC", "كأس العالم للأندية"),
            E("اليابان", "LOC", "اليابان"),
            E("أليكس فيدال", "PERS", "أليكس فيدال"),
            E("آردا دوران", "PERS", "أردا توران"),
            E("فيفا", "ORG", "الاتحاد الدولي لكرة القدم"),
            E("دوجلاس", "PERS", "دوجلاس"),
            E("خوردي ألبا", "PERS", "خوردي ألبا"),
            E("داني ألفيش", "PERS", "داني ألفيش"),
            E("جيرمي ماتيو", "PERS", "جيرمي ماتيو"),
            E("نيمار دا سيلفا", "PERS", "نيمار دا سيلفا"),
            E("دانيال كاريكو", "PERS", "دانيال كاريكو"),
            E("نيكو باريخا", "PERS", "نيكو باريخا"),
            E("عادل رامي", "PERS", "عادل رامي"),
            E("تيموثي كولودتشياك", "PERS", "تيموثي كولودتشياك"),
            E("بيتو", "PERS", "بيتو"),
            E("كولو", "PERS", "كولو"),
            E("أوناي إيمري", "PERS", "أوناي إيمري"),
        ],
        "quotes": [],
        "timex": [
            T("غداً", "DATE", "2015-08-11", "all"),
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 اغسطس 2015", "DATE", "2015-08-10"),
            T("الموسم الماضي", "DATE", "PAST_REF"),
            T("عام 2009", "DATE", "2009", "all"),
            T("كانون أول/ديسمبر المقبل", "DATE", "2015-12"),
            T("الغد", "DATE", "2015-08-11", "all"),
            T("هذا الصيف", "DATE", "2015"),
            T("يناير المقبل", "DATE", "2016-01"),
            T("نحو أسبوعين", "DURATION", "P2W"),
            T("13:25 ت م", "TIME", "2015-08-10T13:25"),
        ],
    },
    # 9 — Al-Riyadh (society): flat fire in al-Naseem, Jeddah; civil defence statement.
    {
        "index": 13862,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("جدة", "LOC", "جدة", "all"),
            E("إدارة الدفاع المدني", "ORG", "إدارة الدفاع المدني بمحافظة جدة"),
            E("الهلال الأحمر", "ORG", "هيئة الهلال الأحمر السعودي"),
            E("النسيم", "LOC", "النسيم", "all"),
            E("محمد القرني", "PERS", "محمد القرني"),
            E("دفاع المدني", "ORG", "الدفاع المدني", 1, exact=True, anchor="المتحدث الرسمي لل"),
            E("مكة المكرمة", "LOC", "مكة المكرمة"),
            E("مركز التحكم والتوجيه", "ORG", "مركز التحكم والتوجيه"),
            E("الإدارة العامة للدفاع المدني", "ORG", "إدارة الدفاع المدني بمحافظة جدة"),
            E("الدفاع المدني", "ORG", "الدفاع المدني", 2),
        ],
        "quotes": [
            Q("indirect", "ورد بلاغ إلى مركز التحكم", "نتج عنهكثافة دخان عالية", "أكد", "محمد القرني"),
        ],
        "timex": [
            T("اليوم الخميس", "DATE", None),
            T("ظهر الخميس", "DATE", None),
        ],
    },
    # 10 — SPA (culture/religion): "intellectual security" seminar in Sabya. Hijri dateline.
    {
        "index": 29221,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("الشؤون الإسلامية", "ORG", "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد", 1),
            E("جازان", "LOC", "جازان", [1, 2, 4, 5]),
            E("ندوة الأمن الفكري", "MISC", "ندوة الأمن الفكري"),
            E("صبيا", "LOC", "صبيا", [1, 2]),
            E("واس", "ORG", SPA),
            E(
                "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد",
                "ORG",
                "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد",
            ),
            E("برنامج الأمن الفكري", "MISC", "برنامج الأمن الفكري"),
            E("حسن بن حسين الحازمي", "PERS", "حسن بن حسين الحازمي"),
            E("إدارة تعليم صبيا", "ORG", "إدارة تعليم صبيا"),
            E("جامعة جازان", "ORG", "جامعة جازان"),
            E("محمد بن أحمد الخضي", "PERS", "محمد بن أحمد الخضي"),
            E("إدارة الدعوة", "ORG", "إدارة الدعوة"),
            E("أحمد بن علي زريعي", "PERS", "أحمد بن علي زريعي"),
            E("أحمد بن عيسى الحازمي", "PERS", "أحمد بن عيسى الحازمي"),
            E("الحازمي", "PERS", "أحمد بن عيسى الحازمي", 3),
        ],
        "quotes": [
            Q(
                "indirect",
                "البرنامج الذي سيتم تنفيذه",
                "وطرق الوقاية والتحذير منها",
                "أوضح",
                "أحمد بن عيسى الحازمي",
                SPA,
            ),
            Q(
                "indirect",
                "أهمية تنفيذ البرنامج",
                "سلامة وأمن الوطن والمواطن",
                "مشدداً",
                "أحمد بن عيسى الحازمي",
                SPA,
            ),
        ],
        "timex": [
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 اغسطس 2015", "DATE", "2015-08-10"),
            T("مساء أمس", "DATE", "2015-08-09"),
            T("13:01 ت م", "TIME", "2015-08-10T13:01"),
        ],
    },
    # 11 — Al-Riyadh: Interior ministry names the Asir mosque bomber and the victims.
    {
        "index": 25879,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("الداخلية", "ORG", MOI, 1),
            E("قوات الطوارئ", "ORG", SEF),
            E("عسير", "LOC", "عسير", "all"),
            E("يوسف السليمان", "PERS", "يوسف بن سليمان عبدالله السليمان"),
            E("وزارة الداخلية", "ORG", MOI, "all"),
            E("قوة الطوارئ الخاصة", "ORG", SEF, "all"),
            E("يوسف بن سليمان عبدالله السليمان", "PERS", "يوسف بن سليمان عبدالله السليمان"),
            *[
                E(name, "PERS", name)
                for name in [
                    "أحمد موسى علي آل حسان الربعي",
                    "سلطان محمد أحمد الشهراني",
                    "عبدالله أحمد عبدالله آل عواض عسيري",
                    "مفرح علي أحمد آل أبو مرعي عسيري",
                    "عيد ماطر مبارك الشهراني",
                    "عبدالله عائض عبدالله آل سعد",
                    "عمر أحمد عمر أبو شوشه عسيري",
                    "عبدالعزيز عبدالله يحيى بن مشراف",
                    "فلاح جابر سعد آل شنان القحطاني",
                    "مشعل علي مغرم العسيري",
                    "ممدوح مسفر محمد المسيلي الحارثي",
                    "محمد بلال حسين محمد",
                    "أفاز الدين نور نوبي",
                    "مد جبيبون عبد الحميد",
                    "مقال مريدة",
                ]
            ],
        ],
        "quotes": [
            Q("indirect", "إلحاقاً لما سبق إعلانه", "تفجير بأحزمة ناسفة", "صرح", MOI),
            Q("indirect", "مثل هذا العمل الجبان", "هذه البلاد المباركة وأهلها", "تبين", MOI),
        ],
        "timex": [
            T("يوم الخميس الموافق 21 / 10 / 1436", "DATE", "2015-08-06", 1, exact=True),
            T("1415", "DATE", "1994", 1, exact=True),
        ],
    },
]


def load_records(indices: set[int]) -> dict[int, dict]:
    """The SaudiNewsNet records at these line indices (0-based)."""
    out = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i in indices:
                out[i] = json.loads(line)
    return out


def check_no_overlap(items: list[dict], layer: str, doc: str) -> None:
    """Spans of one layer must neither overlap nor repeat."""
    spans = sorted((a["start"], a["end"], a["surface"]) for a in items)
    for (s1, e1, t1), (s2, _e2, t2) in itertools.pairwise(spans):
        if s2 < e1:
            raise ValueError(f"{doc} {layer}: overlap {t1!r}@{s1} / {t2!r}@{s2}")


def build(articles: list[dict] | None = None, id_prefix: str = "snn-dev-") -> list[dict]:
    """Resolve every annotation of ``articles`` (this set's by default), check it, return the gold records."""
    articles = ARTICLES if articles is None else articles
    records = load_records({a["index"] for a in articles})
    docs = []
    for k, art in enumerate(articles):
        rec = records[art["index"]]
        text = rec["title"] + "\n\n" + rec["content"]
        doc_id = f"{id_prefix}{k:02d}"
        ents = []
        for e in art["entities"]:
            if e.type not in {"PERS", "LOC", "ORG", "MISC"}:
                raise ValueError(f"{doc_id}: bad type {e.type}")
            for s, t in pick(text, e):
                ents.append(
                    {"start": s, "end": t, "surface": text[s:t], "type": e.type, "canonical": e.canonical}
                )
        quotes = [find_quote(text, q) for q in art["quotes"]]
        timex = []
        for x in art["timex"]:
            if x.type not in {"DATE", "TIME", "DURATION", "SET"}:
                raise ValueError(f"{doc_id}: bad timex type {x.type}")
            for s, t in pick(text, x):
                timex.append({"start": s, "end": t, "surface": text[s:t], "type": x.type, "value": x.value})
        ents.sort(key=lambda a: a["start"])
        quotes.sort(key=lambda a: (a["start"], -a["end"]))
        timex.sort(key=lambda a: a["start"])
        check_no_overlap(ents, "entities", doc_id)
        check_no_overlap(timex, "timex", doc_id)
        keys = [(q["start"], q["end"]) for q in quotes]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{doc_id}: duplicate quote")
        for q in quotes:
            if q["cue_start"] < q["end"] and q["start"] < q["cue_end"]:
                raise ValueError(f"{doc_id}: cue inside its own quote {q['surface'][:30]!r}")
            edge = " \n\t" + ('"«»“”' if q["kind"] == "direct" else ".،,")
            if q["surface"] != q["surface"].strip(edge):
                raise ValueError(f"{doc_id}: quote span has marks/space at its edges {q['surface']!r}")
            if text[q["cue_start"] : q["cue_end"]] != q["cue"]:
                raise ValueError(f"{doc_id}: cue mismatch")
        for a in ents + quotes + timex:
            if text[a["start"] : a["end"]] != a["surface"]:
                raise ValueError(f"{doc_id}: surface mismatch {a['surface']!r}")
        docs.append(
            {
                "id": doc_id,
                "source": rec["id"],
                "outlet": art["outlet"],
                "pub_date": art["pub_date"],
                "source_start": 0,
                "source_segments": [[0, len(text)]],
                "text": text,
                "entities": ents,
                "quotes": quotes,
                "timex": timex,
                "events": [],
            }
        )
    return docs


def review(docs: list[dict]) -> None:
    """Print every annotation with context, for reading it over."""
    for d in docs:
        t = d["text"]
        print(f"===== {d['id']} {d['source']} pub_date={d['pub_date']}")
        for a in d["entities"]:
            ctx = (
                t[max(0, a["start"] - 12) : a["start"]]
                + "["
                + a["surface"]
                + "]"
                + t[a["end"] : a["end"] + 8]
            )
            print(f"E {a['type']:4} {a['canonical']:<28} | {ctx!r}")
        for q in d["quotes"]:
            print(f"Q {q['kind']:8} cue={q['cue']!r}@{q['cue_start']} sp={q['speaker']} via={q['via']}")
            print(f"    [{q['surface']}]")
        for x in d["timex"]:
            ctx = (
                t[max(0, x["start"] - 12) : x["start"]]
                + "["
                + x["surface"]
                + "]"
                + t[x["end"] : x["end"] + 8]
            )
            print(f"T {x['type']:8} {x['value']!s:<18} | {ctx!r}")


def write(docs: list[dict], out: Path) -> None:
    """Write the checked records; with --review print every annotation first."""
    if "--review" in sys.argv:
        review(docs)
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {k: sum(len(d[k]) for d in docs) for k in ("entities", "quotes", "timex")}
    print(f"wrote {out} ({len(docs)} documents, {counts})", file=sys.stderr)


def main() -> None:
    """Build, check and write the file; with --review print every annotation."""
    write(build(), OUT)


if __name__ == "__main__":
    main()
