"""Build ``snn_dev7.jsonl``: the seventh blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates7.py`` (seed 20190823) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of sets 1-6
(``make_silver.py`` … ``make_silver6.py``, README.md). The hint classes (``E``, ``T``, ``Q``), the
builder with all its checks (``build``) and the writer come from ``silver_tools.py``, as in
``make_silver6.py``; this script holds the annotations and refuses any article that sets 1-6
already use.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver7.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import ISIS, KSA, SALMAN, SPA, UN, USA
from make_silver2 import KERRY, PUTIN
from make_silver3 import ARAB_LEAGUE, GAZA, LAVROV, OBAMA
from make_silver4 import JUBEIR
from make_silver5 import WEEAM
from make_silver6 import EU, IRAN
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev7.jsonl")
ID_PREFIX = "snn-dev7-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
UNSC = "مجلس الأمن الدولي"
IRGC = "الحرس الثوري الإيراني"
POWER = "سامنثا باور"
CARTER = "آشتون كارتر"
JAFARI = "محمد علي جعفري"
CONGRESS = "الكونغرس الأمريكي"
KUWAIT = "الكويت"
SABAH = "محمد العبد الله الصباح"
KUNA = "وكالة الأنباء الكويتية"
KGOC = "الشركة الكويتية لنفط الخليج"
RUSSIA = "روسيا"
MOSCOW = "موسكو"
RU_MFA = "وزارة الخارجية الروسية"
RU_MFA_SOURCE = "مصدر في وزارة الخارجية الروسية"
SPUTNIK = "سبوتنيك"
MBS = "محمد بن سلمان"
AFGHANISTAN = "أفغانستان"
ALMAR = "المار"
TALIBAN = "طالبان"
BAREZ = "عبد الستار بارز"
SAIF = "سيف"
LEBANON = "لبنان"
KAHWAJI = "جان قهوجي"
ZAHRA = "أنطوان زهرا"
PALESTINE = "فلسطين"
MALIKI_PAL = "رياض المالكي"
ISRAEL = "إسرائيل"
CH_MFA = "وزارة الخارجية السويسرية"
FCA = "فيات كرايسلر"
FCA_US = "اف سي ايه يو اس ال ال سي"
CHEROKEE = "جيب شيروكي"
NHTSA = "الإدارة الوطنية لسلامة المرور على الطرق السريعة"
WTO = "منظمة التجارة العالمية"
GPS = "جي بي إس"
AZEVEDO = "روبرتو أزيفيدو"
HAJAR = "هجر"
MUSLIM = "فؤاد المسلم"
IZMIT = "أزميت"
TURKEY = "تركيا"
IRAQ = "العراق"
JOC = "قيادة العمليات المشتركة"
ASIR = "عسير"
SCTH = "الهيئة العامة للسياحة والآثار"
AMRAH = "محمد العمرة"

ARTICLES: list[dict] = [
    # 00 — Asharq al-Awsat: the Security Council endorses the nuclear deal; Power, Carter, Jafari.
    # `بحسب نص القرار`, partial direct quotes after a subject, `داعية … إلى «…»`, `مضيفا: «…»`.
    {
        "index": 42,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("مجلس الأمن", "ORG", UNSC, [1, 3]),
            E("مجلس الأمن الدولي", "ORG", UNSC),
            E("الحرس الثوري", "ORG", IRGC),
            E("الحرس الثوري الإيراني", "ORG", IRGC),
            E("إيران", "LOC", IRAN, "all"),
            E("طهران", "LOC", "طهران", "all"),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("الأمم المتحدة", "ORG", UN),
            E("سامنثا باور", "PERS", POWER),
            E("آشتون كارتر", "PERS", CARTER),
            E("إسرائيل", "LOC", ISRAEL),
            E("واشنطن", "LOC", "واشنطن"),
            E("محمد علي جعفري", "PERS", JAFARI),
        ],
        "quotes": [
            Q("indirect", "سيتم وقف العمل", "لن تطور قنبلة ذرية", "بحسب", UNSC),
            Q("direct", "لا يبدد كل قلقنا", "العالم أكثر أمانا", "قالت", POWER),
            Q("direct", "اقتناص هذه الفرصة", None, "داعية", POWER),
            Q("indirect", "الاتفاق لا يقيد", "حلفائها وأصدقائها", "أكد", CARTER),
            Q("direct", "لا يوجد أي شيء", "ما تفعله الولايات المتحدة", "مضيفا", CARTER),
            Q("direct", "بعض أجزاء المسودة", "لن نقبله أبدا", "قال", JAFARI),
        ],
        "timex": [
            T("أمس", "DATE", None, "all"),
            T("2006", "DATE", "2006"),
        ],
    },
    # 01 — Al-Riyadh: Obama on Congress and the Iran deal. `قائلا إنهم`, three direct quotes after
    # `أضاف … أن "…"`, `وأضاف "…"`, `وأكد أوباما أن "…"`; `اليوم الأربعاء` and a second `اليوم`.
    {
        "index": 21795,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("أوباما", "PERS", OBAMA, [1, 3]),
            E("باراك أوباما", "PERS", OBAMA),
            E("الكونغرس الأمريكي", "ORG", CONGRESS, "all"),
            E("إيران", "LOC", IRAN, "all"),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط"),
            E("واشنطن", "LOC", "واشنطن"),
            E("أميركا", "LOC", USA),
            E("حزب الله", "ORG", "حزب الله"),
        ],
        "quotes": [
            Q("indirect", "إيران لن تتمكن", "خلال 15 عاما", "أعلن", OBAMA),
            Q("indirect", "تحولوا إلى علماء ذرة", None, "قائلا", OBAMA),
            Q(
                "indirect",
                "رفض الكونغرس الأمريكي للاتفاق",
                "في رعاية الإرهاب",
                "مؤكدا",
                OBAMA,
                anchor="مؤكدا أن",
            ),
            Q("direct", "بعض الأشخاص يعتبرون", "ستخفض من الطرد المركزي", "أضاف", OBAMA),
            Q("direct", "علينا أن ننظر", "بعض القرارات الصعبة", "أضاف", OBAMA),
            Q("direct", "إيران أبدت استعدادا", "من عشرات السنين", "أكد", OBAMA),
        ],
        "timex": [
            T("اليوم الأربعاء", "DATE", None),
            T("15 عاما", "DURATION", "P15Y"),
            T("اليوم", "DATE", None, 2),
            T("عشرات السنين", "DURATION", "PXY"),
        ],
    },
    # 02 — Okaz (Reuters copy): Kuwait's minister on the oil-field dispute with the Kingdom. A marked
    # word inside an indirect quote, a direct part after `إنه لا يوجد`, KUNA as via from its mention on,
    # a company's `أعلنت عن تشكيل …`.
    {
        "index": 23165,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("الكويت", "LOC", KUWAIT, "all"),
            E("مجلس الوزراء", "ORG", "مجلس الوزراء الكويتي"),
            E("محمد العبد الله الصباح", "PERS", SABAH, "all"),
            E("وكالة الأنباء الكويتية", "ORG", KUNA),
            E("علي العمير", "PERS", "علي العمير"),
            E("علي النعيمي", "PERS", "علي النعيمي"),
            E("الشركة الكويتية لنفط الخليج", "ORG", KGOC),
        ],
        "quotes": [
            Q("indirect", "خلاف بلاده مع المملكة", "صفو العلاقات بين البلدين", "أكد", SABAH),
            Q("direct", "أي قضايا أو مواضيع", "العلاقات بين البلدين", "قال", SABAH, KUNA),
            Q("indirect", "تشكيل لجنة تحقيق", "المتبادلة بين الوزيرين", "أعلنت", KGOC),
            Q("indirect", "الخلاف مع المملكة بشأن", "العليا للبلدين", "أوضح", SABAH, KUNA),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("الأسبوع الماضي", "DATE", None),
        ],
    },
    # 03 — Al-Yaum (dpa copy): al-Jubeir to visit Moscow. An unnamed source in the Russian MFA,
    # `بحسب وكالة سبوتنيك` after the content, a past statement by Mohammed bin Salman, Putin's `أكد
    # قبوله …` and `مضيفا أنه`, relative dates only.
    {
        "index": 26157,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("روسيا", "LOC", RUSSIA, "all"),
            E("وزارة الخارجية الروسية", "ORG", RU_MFA),
            E("عادل الجبير", "PERS", JUBEIR),
            E("الجبير", "PERS", JUBEIR, [2, 3, 4]),
            E("موسكو", "LOC", MOSCOW, "all"),
            E("سبوتنيك", "ORG", SPUTNIK),
            E("سلمان بن عبد العزيز", "PERS", SALMAN, "all"),
            E("فلاديمير بوتين", "PERS", PUTIN),
            E("بوتين", "PERS", PUTIN, [2, 3]),
            E("محمد بن سلمان", "PERS", MBS),
            E("سانت بطرسبورج", "LOC", "سانت بطرسبورغ"),
            E("المملكة العربية السعودية", "LOC", KSA),
            E("الرياض", "LOC", "الرياض"),
            E("سيرجي لافروف", "PERS", LAVROV),
            E("جون كيري", "PERS", KERRY),
            E("الدوحة", "LOC", "الدوحة"),
        ],
        "quotes": [
            Q(
                "indirect",
                "وزير خارجية المملكة عادل الجبير سيزور",
                "يوم الثلاثاء المقبل",
                "أفاد",
                RU_MFA_SOURCE,
            ),
            Q("indirect", "من المقرر أن يجري", "الدولية والثنائية", "أضاف", RU_MFA_SOURCE, SPUTNIK),
            Q("indirect", "الملك سلمان بن عبد العزيز سيزور", "لدعوة من الرئيس الروسي", "صرح", MBS),
            Q("indirect", "قبوله الدعوة", None, "أكد", PUTIN),
            Q("indirect", "يتذكّر زيارته", "على شرفه فيها", "مضيفا", PUTIN),
        ],
        "timex": [
            T("الثلاثاء القادم", "DATE", None),
            T("يوم الثلاثاء المقبل", "DATE", None),
            T("الخريف المقبل", "DATE", None),
            T("18 من يونيو الماضي", "DATE", None),
            T("القريب العاجل", "DATE", "FUTURE_REF"),
            T("يوم الإثنين الماضي", "DATE", None),
        ],
    },
    # 04 — Okaz (agencies): a suicide attack in Faryab. `أعلن … هذا الصباح` with a bare clause,
    # `وتابع بارز «…»`, `مضيفا «أن …»` (marks around the complementiser), colon speech without marks,
    # an age range.
    {
        "index": 6177,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("أفغانستان", "LOC", AFGHANISTAN, "all"),
            E("المار", "LOC", ALMAR, "all"),
            E("فرياب", "LOC", "فرياب"),
            E("تركمانستان", "LOC", "تركمانستان"),
            E("طالبان", "ORG", TALIBAN, "all"),
            E("عبد الستار بارز", "PERS", BAREZ),
            E("بارز", "PERS", BAREZ, 2),
            E("سيف", "PERS", SAIF),
        ],
        "quotes": [
            Q("indirect", "فجر انتحاري سترته", "داخل سوق في المار", "أعلن", BAREZ),
            Q("direct", "تشير معلوماتنا", "جندي أفغاني واحد على الأقل", "تابع", BAREZ),
            Q("direct", "أن 38 شخصا", "اصيبوا بجروح", "مضيفا", BAREZ),
            Q("indirect", "بحسب المعلومات الاستخباراتية", "عربة عسكرية مدرعة", "قال", SAIF),
            Q("indirect", "منفذ الهجوم بين", "من العمر", "مضيفا", SAIF),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("13 عاما", "DURATION", "P13Y"),
            T("هذا الصباح", "DATE", None),
            T("20 والـ 25 من العمر", "DURATION", "PXY"),
        ],
    },
    # 05 — Okaz: Lebanon's army chief and the government crisis. Direct quotes after `:`,
    # `بالقول:`, `مشيرا إلى أن «…»`, `لفت إلى أن «…»` with a constitution article's `تقول إنه`
    # nested inside; `اليوم` inside quotes.
    {
        "index": 16204,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("لبنان", "LOC", LEBANON, "all"),
            E("قهوجي", "PERS", KAHWAJI),
            E("جان قهوجي", "PERS", KAHWAJI),
            E("وثيقة الوفاق الوطني", "MISC", "وثيقة الوفاق الوطني"),
            E("ريمون عريجي", "PERS", "ريمون عريجي"),
            E("حزب القوات", "ORG", "حزب القوات اللبنانية"),
            E("أنطوان زهرا", "PERS", ZAHRA),
            E("مجلس الوزراء", "ORG", "مجلس الوزراء اللبناني"),
        ],
        "quotes": [
            Q("direct", "كونوا على جهوزية", "ومسيرة السلم الأهلي", "قال", KAHWAJI),
            Q("direct", "بلغ الجيش اللبناني", "مستوى الجيوش الكبرى", "أضاف", KAHWAJI),
            Q("direct", "تصديتم لتلك", "وثيقة الوفاق الوطني", "القول", KAHWAJI),
            Q("indirect", "الحكومة تقترب", "قبل جلسة الخميس المقبل", "أكد", "ريمون عريجي"),
            Q("direct", "اليوم يتم تجاهل", "دون رئيس للجمهورية", "قال", ZAHRA),
            Q("direct", "هناك محاولات دؤوبة", "والاجتماعية والسياسية", "مشيرا", ZAHRA),
            Q("direct", "ما نحن بمواجهته", "رئيس الجمهورية إلى مجلس الوزراء", "لفت", ZAHRA),
            Q("indirect", "في حال الفراغ", "رئيس الجمهورية إلى مجلس الوزراء", "تقول", "المادة 62"),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("الخميس المقبل", "DATE", None),
            T("اليوم", "DATE", None, "all"),
            T("أكثر من سنة وشهرين", "DURATION", "P1Y2M"),
        ],
    },
    # 06 — Ain Alyoum: the Palestinian foreign minister on reports against settler violence. A headline
    # attribution, `أعلن … عن حراك …` (a noun-phrase claim), colon speech `: إنه`, `للخارجية`, a tag line.
    {
        "index": 20347,
        "outlet": "عين اليوم",
        "pub_date": None,
        "entities": [
            E("فلسطين", "LOC", PALESTINE, "all"),
            E("عين اليوم", "ORG", "عين اليوم"),
            E("القاهرة", "LOC", "القاهرة"),
            E("رياض المالكي", "PERS", MALIKI_PAL),
            E("المالكي", "PERS", MALIKI_PAL, 2),
            E("لجنة مبادرة السلام", "ORG", "لجنة مبادرة السلام العربية"),
            E("الجامعة العربية", "ORG", ARAB_LEAGUE),
            E("إسرائيل", "LOC", ISRAEL, "all"),
            E("محكمة الجنائية الدولية", "ORG", "المحكمة الجنائية الدولية"),
            E("قطاع غزة", "LOC", GAZA),
            E("وزارة الخارجية السويسرية", "ORG", CH_MFA),
            E("الخارجية الفلسطينية", "ORG", "وزارة الخارجية الفلسطينية"),
            E("خارجية السويسرية", "ORG", CH_MFA),
            E("اتفاقية جنيف", "MISC", "اتفاقية جنيف"),
        ],
        "quotes": [
            Q("indirect", "حراك دولي لفضح", "بصفة عامة", "أعلن", MALIKI_PAL, anchor="أعلن"),
            Q("indirect", "سيتم إعداد تقارير", "على المجتمع الدولي", "قال", MALIKI_PAL),
            Q("indirect", "تم تقديم تقرير", "على قطاع غزة", "مبيناً", MALIKI_PAL),
            Q("indirect", "تم الاتفاق على عقد", "على اتفاقية جنيف", "أوضح", MALIKI_PAL),
        ],
        "timex": [
            T("اليوم", "DATE", None, anchor="في تصريحات له"),
            T("قريب جدا", "DATE", "FUTURE_REF"),
            T("ديسمبر الماضي", "DATE", None),
        ],
    },
    # 07 — Al-Eqtisadiya (Reuters copy): Fiat Chrysler recalls 1.4 million vehicles. Plural unnamed
    # speakers, a body and its unnamed spokesman, a company's statement nested after the body's,
    # company names in marks, `يوم الجمعة` twice.
    {
        "index": 8746,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("فيات كرايسلر", "ORG", FCA, "all"),
            E("الولايات المتحدة", "LOC", USA),
            E("اف سي ايه يو اس ال ال سي", "ORG", FCA_US),
            E("كرايسلر جروب ال ال سي", "ORG", FCA_US),
            E("جيب شيروكي", "MISC", CHEROKEE),
            E("شيروكي", "MISC", CHEROKEE, 2),
            E("الادارة الوطنية لسلامة المرور على الطرق السريعة", "ORG", NHTSA),
            E("اف سي ايه", "ORG", FCA, [2, 3]),
        ],
        "quotes": [
            Q("indirect", "مثل هذا الاجراء", "الأول من نوعه", "قال", "مسؤولون اتحاديون"),
            Q("indirect", "ستحقق فيما إذا", "من المتسللين", "قالت", NHTSA),
            Q("indirect", "ليس لديها علم", "أي اصابات", "قالت", FCA),
            Q("indirect", "اول استدعاء", "بأمن الانترنت", "قال", NHTSA),
        ],
        "timex": [
            T("يوم الجمعة", "DATE", None, "all"),
            T("أيام", "DURATION", "PXD"),
        ],
    },
    # 08 — Ain Alyoum: the WTO deal on IT tariffs; its director-general. A mark opened after `لأن`
    # and never closed, a direct part after a subject, `رأى أن “…”`, a product name in marks twice.
    {
        "index": 10015,
        "outlet": "عين اليوم",
        "pub_date": None,
        "entities": [
            E("عين اليوم", "ORG", "عين اليوم"),
            E("منظمة التجارة العالمية", "ORG", WTO, "all"),
            E("جي بي إس", "MISC", GPS, "all"),
            E("الاتحاد الأوروبي", "ORG", EU),
            E("الولايات المتحدة", "LOC", USA),
            E("مصر", "LOC", "مصر"),
            E("المغرب", "LOC", "المغرب"),
            E("مجلس التعاون الخليجي", "ORG", "مجلس التعاون لدول الخليج العربية"),
            E("البحرين", "LOC", "البحرين"),
            E("روبرتو ازيفيدو", "PERS", AZEVEDO),
        ],
        "quotes": [
            Q("indirect", "نجحت في التوصل", "المعلومات المتطورة", "أعلنت", WTO),
            Q("indirect", "كل الدول الأعضاء في الاتفاقية ستستفيد", None, "قالت", WTO),
            Q("direct", "المشاركين في المفاوضات", "دولة المنشأ من الدول الأعضاء", "قالت", WTO),
            Q("indirect", "القيمة السنوية", "حجم التجارة العالمية", "قال", AZEVEDO),
            Q("indirect", "هذه التجارة أكبر", "والفولاذ مجتمعة", "مضيفاً", AZEVEDO),
            Q("direct", "أول اتفاق جمركي", "منذ 18 عاما", "مضيفاً", AZEVEDO),
            Q("direct", "إلغاء التعريفة", "وتحفيز النمو العالمي", "رأى", AZEVEDO),
        ],
        "timex": [
            T("أمس الجمعة", "DATE", None),
            T("18 عاما", "DURATION", "P18Y"),
        ],
    },
    # 09 — Al-Jazirah (sports): Hajar's team manager on the pre-season camp in Turkey. Clubs named like
    # countries and towns (`الكويت`, `أزميت`, `الاتفاق`), a name in marks as subject, Ramadan without a
    # year, `للعام الثاني على التوالي`.
    {
        "index": 5429,
        "outlet": "الجزيرة",
        "pub_date": None,
        "entities": [
            E("الكويت", "ORG", "نادي الكويت", "all"),
            E("أزميت", "ORG", "نادي أزميت", [1, 3]),
            E("أزميت", "LOC", IZMIT, 2),
            E("القادسية", "ORG", "القادسية", "all"),
            E("الاتفاق", "ORG", "الاتفاق", "all"),
            E("تركيا", "LOC", TURKEY, "all"),
            E("هجر", "ORG", HAJAR, "all"),
            E("فؤاد المسلم", "PERS", MUSLIM),
            E("المسلم", "PERS", MUSLIM, [2, 3]),
            E("النجوم", "ORG", "النجوم"),
            E("عيد الفطر", "MISC", "عيد الفطر"),
            E("موخيكا", "PERS", "موخيكا"),
        ],
        "quotes": [
            Q("indirect", "المرحلة الأولى من البرنامج", "من قبل الجهاز الفني", "أكَّد", MUSLIM),
            Q("indirect", "الفريق سيخوض", "والقادسية السعوديين", "أوضح", MUSLIM),
            Q("indirect", "التدريبات خلال المرحلة الثانية", "صباحية ومسائية", "أوضح", MUSLIM),
            Q("indirect", "تم اختيار جمهورية تركيا", "للفرق الرياضية", "مبيناً", MUSLIM),
            Q("indirect", "اللاعب البوليفي", "البرنامج الإعدادي في تركيا", "بيَّن", MUSLIM),
        ],
        "timex": [
            T("موسم المقبل", "DATE", "FUTURE_REF"),
            T("منتصف شهر رمضان", "DATE", None),
            T("يوم الخميس المقبل", "DATE", None),
            T("عام الثاني", "DURATION", "P2Y"),
            T("مؤخراً", "DATE", "PAST_REF"),
        ],
    },
    # 10 — SPA: ISIS fighters killed in Iraq. Hijri dateline (pub_date fixed), three bodies' statements
    # and an unnamed source, `/ داعش /` between slashes, `اليوم` resolved, SPA clock line.
    {
        "index": 29206,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("داعش", "ORG", ISIS, "all"),
            E("العراق", "LOC", IRAQ, "all"),
            E("بغداد", "LOC", "بغداد"),
            E("واس", "ORG", SPA),
            E("قيادة العمليات المشتركة", "ORG", JOC),
            E("البوشجل", "LOC", "البوشجل"),
            E("الملاحمة", "LOC", "الملاحمة"),
            E("الانبار", "LOC", "الأنبار"),
            E("خلية الإعلام الحربي العراقية", "ORG", "خلية الإعلام الحربي العراقية"),
            E("مكيشيفة", "LOC", "مكيشيفة"),
            E("سامراء", "LOC", "سامراء"),
            E("صلاح الدين", "LOC", "صلاح الدين"),
            E("قيادة عمليات بغداد", "ORG", "قيادة عمليات بغداد"),
            E("الفلوجة", "LOC", "الفلوجة"),
        ],
        "quotes": [
            Q("indirect", "7 عناصر من تنظيم", "الانبار غربي العراق", "أوضحت", JOC, SPA),
            Q(
                "indirect",
                "تم أيضا تدمير",
                "في المنطقتين المذكورتين",
                "أفاد",
                "مصدر في قيادة العمليات المشتركة",
                SPA,
            ),
            Q(
                "indirect",
                "مقتل 49 مسلحا",
                "في محافظة صلاح الدين",
                "أعلنت",
                "خلية الإعلام الحربي العراقية",
                SPA,
            ),
            Q("indirect", "مقتل 17 داعشيا", "شرقي الفلوجة", "أعلنت", "قيادة عمليات بغداد", SPA),
        ],
        "timex": [
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 أغسطس 2015", "DATE", "2015-08-10"),
            T("اليوم", "DATE", "2015-08-10"),
            T("13:44 ت م", "TIME", "2015-08-10T13:44"),
        ],
    },
    # 11 — Al-Weeam: tourist lodging in Asir at 90 %. A festival with a Hijri year, `كشف عن إلزام …`
    # (a noun-phrase claim), `مبيناً` without `أن`, the paper's tag line.
    {
        "index": 22650,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("عسير", "LOC", ASIR, "all"),
            E("مهرجان أبها يجمعنا", "MISC", "مهرجان أبها يجمعنا"),
            E("الهيئة العامة للسياحة والتراث الوطني", "ORG", SCTH),
            E("محمد العمرة", "PERS", AMRAH),
            E("إدارة التراخيص", "ORG", "إدارة التراخيص"),
            E("الوئام", "ORG", WEEAM),
        ],
        "quotes": [
            Q("indirect", "إدارة التراخيص نفذت", "في المواسم فقط", "أوضح", AMRAH),
            Q("indirect", "إلزام بعض دور الإيواء", "من قبل الهيئة", "كشف", AMRAH),
            Q("indirect", "الأسعار تُحدد", "والاشتراطات والمتطلبات", "مبيناً", AMRAH),
            Q("indirect", "متوسط أسعار الشقق", "يبلغ 300 ريال", "مشيراً", AMRAH),
        ],
        "timex": [
            T("1436", "DATE", "2015", exact=True),
            T("45 يوماً", "DURATION", "P45D"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(6),
            earlier_name="sets 1-6",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
