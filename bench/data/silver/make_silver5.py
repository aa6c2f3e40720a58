"""Build ``snn_dev5.jsonl``: the fifth blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates5.py`` (seed 20170402) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of sets 1-4
(``make_silver.py`` … ``make_silver4.py``, README.md). The hint classes (``E``, ``T``, ``Q``), the
builder with all its checks (``build``) and the writer come from
``silver_tools.py``, as in
``make_silver4.py``; this script holds the annotations and refuses any article that sets 1-4
already use.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver5.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import ISIS, KSA, SALMAN, SPA, USA
from make_silver3 import ARAB_LEAGUE, LAVROV
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev5.jsonl")
ID_PREFIX = "snn-dev5-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
ABBAS = "محمود عباس"
HAMAS = "حماس"
FATAH = "فتح"
BARDAWIL = "صلاح البردويل"
ABU_ZUHRI = "سامي أبو زهري"
KERRY = "جون كيري"
OBAMA = "باراك أوباما"
US_DIPLOMAT = "الدبلوماسي الكبير في الخارجية الأمريكية"
CNA = "تشانيل نيوز آسيا"
RUSSIAN_TV = "التلفزيون الروسي"
ASEAN = "رابطة دول جنوب شرق آسيا"
JUBEIR = "عادل الجبير"
QATTAN = "أحمد قطان"
SALEH = "علي عبد الله صالح"
WEEAM = "الوئام"
ABADI = "حيدر العبادي"
MALIKI = "نوري المالكي"
DAWA = "حزب الدعوة الإسلامية"
STATE_OF_LAW = "ائتلاف دولة القانون"
WATAN = "الوطن"
HADITHI = "سعد الحديثي"
RIFAI = "كامل الرفاعي"
HALFI = "جاسم الحلفي"
MUHSIN = "سعدون محسن"
ACTIVISTS = "ناشطون"
AFRICA = "أفريقيا"
KENYA = "كينيا"
KENYATTA = "أوهورو كينياتا"
US_EMBASSY = "السفارة الأمريكية"
DAILY_NATION = "ذي ديلي نيشن"
ITALY_FM = "باولو جينتيلوني"
YAFEI = "أحمد سيف محرم اليافعي"
MIL4 = "المنطقة العسكرية الرابعة"
OKAZ = "عكاظ"
ADEN = "عدن"
LAHJ = "لحج"
SAMA = "مؤسسة النقد العربي السعودي"
SARIE = "سريع"
IFI = "المعهد المصرفي والمالي"
GULF_CUP = "كأس الخليج"
GULF23 = "خليجي 23"
KUWAIT = "الكويت"
KUWAIT_FA = "الاتحاد الكويتي لكرة القدم"
PAYS = "الهيئة العامة للشباب والرياضة"
KHAZAL = "أحمد الخزعل"
HUWAIDI = "جاسم الهويدي"
JABER = "استاد جابر"
MEDINA = "المدينة المنورة"
CIVIL_DEFENCE = "الدفاع المدني"
CCC = "مركز التحكم والتوجيه"
CD_ADMIN = "إدارة الدفاع المدني"
JUHANI = "نايف الجهني"
HANAKIYAH = "الحناكية"
AIS = "العيص"
MURAMIYA = "المرامية"
NAJRAN = "نجران"
JALAWI = "جلوي بن عبد العزيز بن مساعد"
NEI = "معهد ريادة الأعمال الوطني"
MCS = "وزارة الخدمة المدنية"

ARTICLES: list[dict] = [
    # 00 — Al-Yaum: Abbas before Fatah's advisory council, Hamas answers. Pronoun and description
    # speakers («وقال:»، «وتابع الرئيس»), a body as speaker, «وصفه بـ "…"», a reported «قال» inside.
    {
        "index": 9635,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("حماس", "ORG", HAMAS, "all"),
            E("غزة", "LOC", "غزة", 1),
            E("فتح", "ORG", FATAH, "all"),
            E("المجلس الاستشاري", "ORG", "المجلس الاستشاري لحركة فتح"),
            E("رام الله", "LOC", "رام الله"),
            E("فلسطين", "LOC", "فلسطين"),
            E("محمود عباس", "PERS", ABBAS, "all"),
            E("عباس", "PERS", ABBAS, [2, 3, 4, 5, 7, 8, 9]),
            E("القاهرة", "LOC", "القاهرة"),
            E("الدوحة", "LOC", "الدوحة"),
            E("قطاع غزة", "LOC", "قطاع غزة", "all"),
            E("المؤتمر السابع", "MISC", "المؤتمر السابع لحركة فتح"),
            E("حركة المقاومة الإسلامية", "ORG", HAMAS, "all"),
            E("صلاح البردويل", "PERS", BARDAWIL),
            E("البردويل", "PERS", BARDAWIL, [2, 3]),
            E("سامي أبو زهري", "PERS", ABU_ZUHRI),
            E("منظمة التحرير", "ORG", "منظمة التحرير الفلسطينية"),
        ],
        "quotes": [
            Q("indirect", "ترحيب القيادة الفلسطينية", "لإحياء العملية التفاوضية", "أشار", ABBAS),
            Q("indirect", "الأفكار التي طرحها الجانب الفرنسي", "لإطلاق المفاوضات", "مؤكدا", ABBAS),
            Q("indirect", "الجانب الفلسطيني منفتح", "الاتفاقيات الموقعة بيننا", "قال", ABBAS),
            Q("direct", "فإننا نؤكد على", "خلال 6 أشهر", "أضاف", ABBAS),
            Q("indirect", "لكن حماس حتى الآن", "لمواجهة الوضع الراهن", "تابع", ABBAS),
            Q("indirect", "الاستعدادات جارية", "عماد المشروع الوطني", "أكد", ABBAS),
            Q("indirect", "ذلك جزءا من عملية الهروب", "الإسرائيليين والغربيين", "اعتبرت", HAMAS),
            Q("direct", "الحملة الدعائية الكاذبة", None, "وصفه", BARDAWIL),
            Q("indirect", "الرئيس محمود عباس يقودها", "ضد حماس والشعب الفلسطيني", "قال", BARDAWIL),
            Q("indirect", "من يعطل المصالحة فعلا", "الرئيس عباس نفسه", "أكد", BARDAWIL),
            Q("direct", "مهاترات عباس", None, "أسماه", BARDAWIL),
            Q("direct", "المطلوب من الكل الفلسطيني", "ضد الشعب الفلسطيني في قطاع غزة", "قال", BARDAWIL),
            Q("indirect", "عباس لا يؤمن بالوحدة", "وعطل عملية الإعمار", "أشار", BARDAWIL),
            Q("indirect", "أي حكومة يشكلها", "لن تحظى بأي شرعية", "أكدت", HAMAS),
            Q("indirect", "الحركة معنية بتشكيل", "التي يمارسها محمود عباس", "شدد", ABU_ZUHRI),
            Q("indirect", "العمل جار لتشكيل", "التحضير لانتخابات عامة", "قال", ABBAS),
        ],
        "timex": [
            T("مساء الخميس", "DATE", None),
            T("6 أشهر", "DURATION", "P6M"),
            T("الآن", "DATE", "PRESENT_REF"),
            T("29 /11 /2015", "DATE", "2015-11-29", exact=True),
            T("أمس", "DATE", None),
        ],
    },
    # 01 — Asharq al-Awsat: Lavrov after meeting Kerry. Statements via Russian TV and an interview
    # with Channel News Asia, Obama reported inside Lavrov's words, a US diplomat as description.
    {
        "index": 20521,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("لافروف", "PERS", LAVROV, [1, 3, 4, 5, 6]),
            E("سيرجي لافروف", "PERS", LAVROV),
            E("داعش", "ORG", ISIS, "all"),
            E("جون كيري", "PERS", KERRY),
            E("كيري", "PERS", KERRY, [2, 3]),
            E("روسيا", "LOC", "روسيا"),
            E("الولايات المتحدة", "LOC", USA),
            E("ماليزيا", "LOC", "ماليزيا"),
            E("باراك أوباما", "PERS", OBAMA),
            E("أوباما", "PERS", OBAMA, 2),
            E("أوروبا", "LOC", "أوروبا", "all"),
            E("إيران", "LOC", "إيران"),
            E("تشانيل نيوز اسيا", "ORG", CNA),
            E("وزارة الخارجية الروسية", "ORG", "وزارة الخارجية الروسية"),
            E("الخارجية الاميركية", "ORG", "وزارة الخارجية الأمريكية"),
            E("كوالالمبور", "LOC", "كوالالمبور"),
            E("رابطة دول جنوب شرقي آسيا", "ORG", ASEAN),
            E("آسيان", "ORG", ASEAN),
            E("الدوحة", "LOC", "الدوحة"),
            E("عادل الجبير", "PERS", JUBEIR),
            E("واشنطن", "LOC", "واشنطن"),
        ],
        "quotes": [
            Q("indirect", "روسيا والولايات المتحدة لم تتمكنا", "لتنظيم «داعش»", "صرّح", LAVROV),
            Q("direct", "نتفق جميعا", "وبأقصى فاعلية", "قائلًا", LAVROV, RUSSIAN_TV),
            Q("direct", "في الوقت الراهن لا يوجد", "المعارضة السورية المسلحة", "مضيفًا", LAVROV, RUSSIAN_TV),
            Q("indirect", "الرئيس الاميركي باراك أوباما كان يكذب", "اتفاق نووي مع إيران", "ذكر", LAVROV),
            # Obama's 2009 words, reported inside Lavrov's statement.
            Q("indirect", "لن تكون هناك حاجة لدرع", "اتفاق نووي مع إيران", "قال", OBAMA),
            Q("direct", "قال الرئيس أوباما عام 2009", "لم يكن يقول الحقيقة", "قال", LAVROV, CNA),
            Q("indirect", "إذا تم حُلّت", "لدفاع صاروخي في أوروبا", "قال", OBAMA),
            Q("direct", "كيري سيلتقي مساء اليوم", "ذات الاهتمام المشترك", "أوضح", US_DIPLOMAT),
            Q("direct", "سيكون اجتماعا ثنائيا", None, "مشيرا", US_DIPLOMAT),
            Q("direct", "نتائج عكسية", None, "اعتبر", LAVROV),
        ],
        "timex": [
            T("حاليا", "DATE", "PRESENT_REF"),
            T("أيام", "DURATION", "PXD"),
            T("الوقت الراهن", "DATE", "PRESENT_REF"),
            T("عام 2009", "DATE", "2009", "all"),
            T("مساء اليوم", "DATE", None),
            T("يوم الاثنين", "DATE", None),
        ],
    },
    # 02 — Al-Weeam: the Saudi ambassador in Cairo on Saleh and Iran. Mixed indirect + direct after
    # one cue, a description as speaker, a typo in a name («وعلى عبد الله صالح»), the title repeated.
    {
        "index": 22648,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("مصر", "LOC", "مصر", "all"),
            E("صالح", "PERS", SALEH, [1, 4]),
            E("اليمن", "LOC", "اليمن", "all"),
            E("إيران", "LOC", "إيران", "all"),
            E("أحمد قطان", "PERS", QATTAN, "all"),
            E("قطان", "PERS", QATTAN, 4),
            E("المملكة العربية السعودية", "LOC", KSA),
            E("الجامعة العربية", "ORG", ARAB_LEAGUE),
            E("علي عبد الله صالح", "PERS", SALEH),
            E("لبنان", "LOC", "لبنان"),
            E("سوريا", "LOC", "سوريا"),
            E("العراق", "LOC", "العراق"),
            E("البحرين", "LOC", "البحرين"),
            E("على عبد الله صالح", "PERS", SALEH),
            E("الوئام", "ORG", WEEAM),
        ],
        "quotes": [
            Q("direct", "علي عبد الله صالح هو الذي", "فرص الاستقرار", "قال", QATTAN),
            Q("direct", "إذا كان هناك من يتصور", "فلن نقبل بذلك", "مشيرا", QATTAN),
            Q("indirect", "اليمن خط أحمر", None, "أكد", QATTAN),
            Q("direct", "ولن نسمح لإيران", "على مواجهة ذلك", "أكد", QATTAN),
            Q("direct", "الإيرانيين يحاولون", "وحاولوا في البحرين", "قال", QATTAN),
            Q("indirect", "المملكة لم تسع", "الهدنة وليس المملكة", "أكد", QATTAN),
            Q("indirect", "إيران تسعى دائما", "وكما حاولت مع الحوثيين", "أوضح", QATTAN),
        ],
        "timex": [],
    },
    # 03 — Al-Watan: Iraq, al-Maliki and al-Abadi's reforms. Statements to al-Watan, groups and
    # analysts as speakers, subheads in the text, «للعبادي».
    {
        "index": 27207,
        "outlet": "الوطن",
        "pub_date": None,
        "entities": [
            E("المالكي", "PERS", MALIKI, [1, 3]),
            E("نوري المالكي", "PERS", MALIKI, "all"),
            E("العبادي", "PERS", ABADI, [1, 3, 4, 5, 6]),
            E("حيدر العبادي", "PERS", ABADI),
            E("مجلس الوزراء", "ORG", "مجلس الوزراء العراقي"),
            E("حزب الدعوة الإسلامية", "ORG", DAWA, "all"),
            E("عبادي", "PERS", ABADI, 1, exact=True, anchor="المكتب الإعلامي لل"),
            E("عبادي", "PERS", ABADI, 1, exact=True, anchor="مواقف داعمة لل"),
            E("سعد الحديثي", "PERS", HADITHI),
            E("الوطن", "ORG", WATAN, "all"),
            E("كامل الرفاعي", "PERS", RIFAI),
            E("الرفاعي", "PERS", RIFAI, 2),
            E("مجلس النواب", "ORG", "مجلس النواب العراقي"),
            E("التحالف الوطني", "ORG", "التحالف الوطني العراقي"),
            E("ائتلاف دولة القانون", "ORG", STATE_OF_LAW, "all"),
            E("التحالف الكردستاني", "ORG", "التحالف الكردستاني"),
            E("بغداد", "LOC", "بغداد"),
            E("بهاء الأعرجي", "PERS", "بهاء الأعرجي"),
            E("قاسم الفهداوي", "PERS", "قاسم الفهداوي"),
            E("جاسم الحلفي", "PERS", HALFI),
            E("سعدون محسن", "PERS", MUHSIN),
            E("العراق", "LOC", "العراق", "all"),
            E("قاعدة سبايكر", "LOC", "قاعدة سبايكر"),
            E("داعش", "ORG", ISIS),
        ],
        "quotes": [
            Q("indirect", "وقوفهم مع رئيس مجلس الوزراء", "استقرار الأوضاع الأمنية", "أكد", ACTIVISTS),
            Q("indirect", "تحقيق البرنامج الإصلاحي", "معظم المؤسسات الحكومية", "مستبعدين", ACTIVISTS),
            Q("indirect", "الأيام المقبلة، ستشهد", "طبقا لما ورد في الدستور", "قال", HADITHI, WATAN),
            Q("indirect", "تبني الإصلاح يتطلب", "لتلبية مطالب المتظاهرين", "مشيرا", HADITHI, WATAN),
            Q("indirect", "تشكيل الحكومة الجديدة يستوجب", "في الوقت الحاضر", "أوضح", RIFAI),
            Q("indirect", "انتماء العبادي إلى", "لقرارات حزبه وائتلافه", "مبينا", RIFAI, anchor="مبينا"),
            Q("indirect", "العبادي أمامه خيار واحد", "لتشكيل حكومة جديدة", "قال", HALFI, WATAN),
            Q("indirect", "هذا الخيار سيصدم", "طيلة السنوات الماضية", "معربا عن اعتقاده", HALFI, WATAN),
            Q("indirect", "الأحزاب التي لا تقدم", "على أراض عراقية", "قال", MUHSIN, WATAN),
            Q("indirect", "رجل الدين الذي يثرثر", "على أرض العراق", "قائلا", MUHSIN, WATAN),
        ],
        "timex": [
            T("الأيام المقبلة", "DURATION", "PXD"),
            T("الوقت الحاضر", "DATE", "PRESENT_REF"),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("أول من أمس", "DATE", None),
            T("السنوات الماضية", "DURATION", "PXY"),
        ],
    },
    # 04 — Al-Madina (AFP copy; the byline is not in the text): Obama in Kenya. Direct quotes after
    # «أكد أن «…»», the embassy and Kenyan newspapers as speakers, newspaper headlines in marks.
    {
        "index": 10590,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("أوباما", "PERS", OBAMA, "all"),
            E("كينيا", "LOC", KENYA, "all"),
            E("إفريقيا", "LOC", AFRICA),
            E("باراك اوباما", "PERS", OBAMA),
            E("اوباما", "PERS", OBAMA, 2),
            E("أفريقيا", "LOC", AFRICA, "all"),
            E("إثيوبيا", "LOC", "إثيوبيا"),
            E("الشباب المجاهدين", "ORG", "حركة الشباب المجاهدين"),
            E("جامعة غاريسا", "ORG", "جامعة غاريسا"),
            E("أوهورو كينياتا", "PERS", KENYATTA),
            E("افريقيا", "LOC", AFRICA, "all"),
            E("ذي ستاندارد", "ORG", "ذي ستاندارد"),
            E("ذي ستار", "ORG", "ذي ستار"),
            E("أوما", "PERS", "أوما أوباما"),
            E("ذي ديلي نيشن", "ORG", DAILY_NATION),
        ],
        "quotes": [
            Q("direct", "أفريقيا تسير قدمًا", None, "أكد", OBAMA),
            Q("direct", "أردت أن أكون هنا", "أكبر نمو في العالم", "قال", OBAMA),
            Q("direct", "الناس يخرجون من الفقر", "تدير بها أفريقيا أعمالها", "أضاف", OBAMA),
            Q("direct", "هدفا محتملا للإرهابيين", None, "حذرت", US_EMBASSY),
            Q("indirect", "تنظيم هذه القمة يقدم", "ترسمها وسائل الاعلام", "قال", KENYATTA),
            Q("direct", "هذا الخطاب عن اليأس", "لم يكن يومًا صحيحًا", "أكد", KENYATTA),
            Q("direct", "بينوا أن افريقيا", "ومستعدة للأعمال", "أضاف", KENYATTA),
            Q("direct", "الفرص التي تقدم لنا", "وكأمة بلا حدود", "دعت", DAILY_NATION),
            Q("direct", "إذا كان هناك شيء", "ضد بعضنا البعض", "أضافت", DAILY_NATION),
        ],
        "timex": [
            T("أمس السبت", "DATE", None),
            T("السبت", "DATE", None, 2),
            T("الأحد", "DATE", None),
            T("أبريل", "DATE", None),
            T("مساء الجمعة", "DATE", None),
        ],
    },
    # 05 — Ain Alyoum: al-Jubeir meets the Italian foreign minister in Rome; his statement to SPA
    # (named in the text), a first-person clause inside an indirect quote.
    {
        "index": 23603,
        "outlet": "عين اليوم",
        "pub_date": None,
        "entities": [
            E("عين اليوم", "ORG", "عين اليوم"),
            E("روما", "LOC", "روما", "all"),
            E("عادل بن أحمد الجبير", "PERS", JUBEIR),
            E("باولو جينتيلوني", "PERS", ITALY_FM),
            E("وكالة الأنباء السعودية", "ORG", SPA),
            E("إيطاليا", "LOC", "إيطاليا"),
            E("مبادرة السلام العربية", "MISC", "مبادرة السلام العربية"),
            E("لبنان", "LOC", "لبنان"),
            E("سوريا", "LOC", "سوريا"),
            E("العراق", "LOC", "العراق"),
            E("إيران", "LOC", "إيران"),
            E("اليمن", "LOC", "اليمن"),
        ],
        "quotes": [
            Q("indirect", "المباحثات كانت مثمرة وبناءة", None, "قال", JUBEIR, SPA),
            Q("indirect", "العلاقات الدبلوماسية بين المملكة", "في جميع المجالات", "مشيرًا", JUBEIR, SPA),
            Q("indirect", "جرى بحث موضوع", "لمبادرة السلام العربية", "أفاد", JUBEIR, SPA),
            Q("indirect", "تم بحث الأوضاع في لبنان", "وغيرها من الأمور", "أضاف", JUBEIR, SPA),
            Q("indirect", "كان هناك تطابق", "في المجالات كافة", "أوضح", JUBEIR, SPA),
        ],
        "timex": [
            T("اليوم", "DATE", None, 2),
            T("أكثر من ثمانين عامًا", "DURATION", "P80Y"),
            T("الأشهر القادمة", "DURATION", "PXM"),
        ],
    },
    # 06 — Okaz: the commander of Yemen's Fourth Military Region to Okaz. Unmarked colon speech,
    # a conditional «إن» opening the content, a report inside a relative clause.
    {
        "index": 23184,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("المنطقة العسكرية الرابعة", "ORG", MIL4),
            E("أحمد سيف محرم اليافعي", "PERS", YAFEI),
            E("عكاظ", "ORG", OKAZ),
            E("عدن", "LOC", ADEN, "all"),
            E("خالد بحاح", "PERS", "خالد بحاح"),
            E("المنطقة الرابعة", "ORG", MIL4),
            E("لحج", "LOC", LAHJ, "all"),
            E("الحوطة", "LOC", "الحوطة"),
            E("زنجبار", "LOC", "زنجبار"),
            E("أبين", "LOC", "أبين"),
            E("اليمن", "LOC", "اليمن"),
            E("التحالف العربي", "ORG", "التحالف العربي"),
        ],
        "quotes": [
            Q("indirect", "وجود أسرى إيرانيين", "الوطني بمحافظة عدن", "أكد", YAFEI, OKAZ),
            Q("indirect", "المقاومة أسرت الإيرانيين", "مع الانقلابيين", "لافتا", YAFEI, OKAZ),
            Q("indirect", "من خلال التحقيقات الأولية", "اغتيالات وتفجيرات", "موضحا", YAFEI, OKAZ),
            Q("indirect", "المقاومة أسرت كذلك", "العديد من الحوثيين", "أضاف", YAFEI, OKAZ),
            Q("indirect", "الإعلان عن الأسرى", "قوة أمنية جديدة", "مشيرا", YAFEI, OKAZ),
            Q("indirect", "زيارة نائب الرئيس", "في جميع المدن اليمنية", "اعتبر", YAFEI, OKAZ),
            Q("indirect", "هناك بعض الجيوب", "في مختلف الجبهات", "أضاف", YAFEI, OKAZ),
            Q("indirect", "ما يدور حاليا", "وصفهم بالمحتلين", "مشيرا", YAFEI, OKAZ),
            Q("indirect", "الانقلابيين لديهم قدرات", "إلى مزيد من الوقت", "أوضح", YAFEI, OKAZ),
            Q("indirect", "الجيش الوطني المدعوم", "بمحافظة أبين", "أشار", YAFEI, OKAZ),
            Q("indirect", "أخبارها ستكون مفرحة", "خلال الساعات القادمة", "قال", YAFEI, OKAZ),
            Q("indirect", "إن لم يوجد تنسيق", "فإنه سيتم قريبا", "قال", YAFEI, OKAZ),
            Q("indirect", "الجيش والمقاومة لن يقفوا", "من العناصر الانقلابية", "مؤكدا", YAFEI, OKAZ),
        ],
        "timex": [
            T("الأسبوع المقبل", "DATE", None),
            T("الأيام القادمة", "DURATION", "PXD"),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("ثلاثة أيام", "DURATION", "P3D"),
            T("الساعات القادمة", "DURATION", "PXH"),
            T("المرحلة الحالية", "DATE", "PRESENT_REF"),
            T("قريبا", "DATE", "FUTURE_REF"),
        ],
    },
    # 07 — Okaz: SAMA's 51st annual report on the «سريع» and «سداد» systems. The report as speaker,
    # many years with an era mark, «العام الماضي» with a null pub_date.
    {
        "index": 8240,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("سريع", "MISC", SARIE, "all"),
            E("مؤسسة النقد", "ORG", SAMA),
            E("سداد", "MISC", "سداد"),
            E("المعهد المصرفي والمالي", "ORG", IFI, "all"),
            E("هيئة السوق المالية", "ORG", "هيئة السوق المالية"),
            E("تداول", "ORG", "تداول"),
        ],
        "quotes": [
            Q("indirect", "توزيع عمليات نظام", "3457 مليار ريال", "أوضح", SAMA),
            Q("indirect", "نظام «سريع» يعد", "منذ بداية عمله 1997م", "أكد", SAMA),
            Q("indirect", "عدد العمليات المجمعة ارتفع", "1722 مليار ريال", "أشار", SAMA),
            Q("indirect", "عدد المفوترين", "26 مصرفا", "مبينا", SAMA),
            Q("indirect", "قام المعهد خلال", "والسوق المالي", "وفقا", SAMA),
            Q("indirect", "خلال الربع الأخير", "وتمويل الأخيرة", "مشيرا", SAMA),
            Q("indirect", "المعهد قدم خلال", "25589 مشاركا", "لفت", SAMA),
        ],
        "timex": [
            T("العام الماضي", "DATE", None, "all"),
            T("العام السابق", "DATE", None),
            T("1997", "DATE", "1997", exact=True),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("عام 2014", "DATE", "2014", [1, 2, 3], exact=True),
            T("الربع الأخير من العام 2014", "DATE", "2014", exact=True),
            T("2014", "DATE", "2014", 1, exact=True, anchor="ولفت إلى أن المعهد قدم خلال"),
        ],
    },
    # 08 — Al-Weeam (Reuters copy; the byline is not in the text): Kuwait's sports authority
    # "shocked" by the Gulf Cup postponement. Direct quotes ending in a full stop inside the marks,
    # double-named months (`ديسمبر كانون الأول`), «للكويت», the title repeated.
    {
        "index": 19915,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("هيئة الشباب والرياضة", "ORG", PAYS, [1, 3]),
            E("هيئة الشباب والرياضة الكويتية", "ORG", PAYS),
            E("الكويت", "LOC", KUWAIT, "all"),
            E("خليجي 23", "MISC", GULF23, "all"),
            E("كأس الخليج", "MISC", GULF_CUP, "all"),
            E("الاتحاد الكويتي لكرة القدم", "ORG", KUWAIT_FA),
            E("أحمد الخزعل", "PERS", KHAZAL),
            E("استاد جابر", "LOC", JABER, "all"),
            E("الاتحاد الكويتي", "ORG", KUWAIT_FA, 2),
            E("طلال الفهد", "PERS", "طلال الفهد"),
            E("العراق", "LOC", "العراق", "all"),
            E("خليجي 24", "MISC", "خليجي 24"),
            E("جاسم الهويدي", "PERS", HUWAIDI),
            E("الهيئة العامة للشباب والرياضة", "ORG", PAYS),
            E("كويت", "LOC", KUWAIT, [1, 2], exact=True, anchor="وقال جاسم الهويدي"),
            E("قطر", "LOC", "قطر"),
            E("خليجي 22", "MISC", "خليجي 22"),
            E("الرياض", "LOC", "الرياض"),
            E("السعودية", "LOC", KSA),
            E("الوئام", "ORG", WEEAM),
        ],
        "quotes": [
            Q("indirect", "الملاعب يمكنها", "بعد شهرين فقط", "قالت", PAYS),
            Q("direct", "الهيئة صدمت بقرار", "وعلى رأسها استاد جابر.", "قال", KHAZAL),
            Q("direct", "استاد جابر سيكون جاهزا", "استادات غير جاهزة.", "أضاف", KHAZAL),
            Q("indirect", "بلاده ستكون مستعدة", "يناير كانون الثاني 2017", "قال", "طلال الفهد"),
            Q("direct", "اتحاد الكرة يجب", "قبل إعلان قرار التأجيل.", "قال", HUWAIDI),
            Q("direct", "انتقال الدورة من العراق", "والتأجيل بقرار فردي.", "أضاف", HUWAIDI),
        ],
        "timex": [
            T("شهرين", "DURATION", "P2M"),
            T("اليوم الثلاثاء", "DATE", None),
            T("أكتوبر المقبل", "DATE", None),
            T("أمس الاثنين", "DATE", None),
            T("عام واحد", "DURATION", "P1Y"),
            T("ديسمبر كانون الأول المقبل", "DATE", None, 1),
            T("ديسمبر كانون الأول 2016", "DATE", "2016-12"),
            T("يناير كانون الثاني 2017", "DATE", "2017-01"),
            T("22 ديسمبر كانون الأول المقبل", "DATE", None),
            T("الرابع من يناير كانون الثاني 2016", "DATE", "2016-01-04"),
            T("فبراير شباط الماضي", "DATE", None),
            T("2003", "DATE", "2003"),
            T("العام الماضي", "DATE", None),
        ],
    },
    # 09 — Al-Watan: two drownings in open wells near Medina; the Civil Defence spokesman, its
    # control centres and departments, many relative days, Eastern Arabic digits in ages.
    {
        "index": 19825,
        "outlet": "الوطن",
        "pub_date": None,
        "entities": [
            E("المدينة", "LOC", MEDINA, 1),
            E("المدينة المنورة", "LOC", MEDINA, "all"),
            E("المرامية", "LOC", MURAMIYA),
            E("العيص", "LOC", AIS, "all"),
            E("الدفاع المدني", "ORG", CIVIL_DEFENCE, [1, 3, 5]),
            E("دفاع المدني", "ORG", CIVIL_DEFENCE, 1, exact=True, anchor="المتحدث الرسمي لل"),
            E("نايف الجهني", "PERS", JUHANI),
            E("مركز التحكم والتوجيه", "ORG", CCC, "all"),
            E("إدارة الدفاع المدني", "ORG", CD_ADMIN, "all"),
            E("الحناكية", "LOC", HANAKIYAH, "all"),
            E("الهميج", "LOC", "الهميج"),
            E("المرمية", "LOC", MURAMIYA),
        ],
        "quotes": [
            Q(
                "indirect",
                "مركز التحكم والتوجيه بإدارة الدفاع المدني بمحافظة الحناكية",
                "للتعامل مع الحادثة",
                "أوضح",
                JUHANI,
            ),
            Q("indirect", "فرق الإنقاذ أخرجت", "حسب الاختصاص", "أضاف", JUHANI),
            Q(
                "indirect",
                "مركز التحكم والتوجيه بإدارة الدفاع المدني بمحافظة العيص",
                "اللازمة إلى الموقع",
                "مشيرا",
                JUHANI,
            ),
            Q("indirect", "وعند وصول الفرق", "الإجراءات اللازمة", "أوضح", JUHANI),
        ],
        "timex": [
            T("24 ساعة", "DURATION", "PT24H"),
            T("أمس", "DATE", None, 1),
            T("أول من أمس", "DATE", None, "all"),
            T("19 عاما", "DURATION", "P19Y"),
            T("صباح أمس", "DATE", None),
            T("٣٥ عاما", "DURATION", "P35Y"),
        ],
    },
    # 10 — SPA: the Emir of Najran receives the head of the national entrepreneurship institute.
    # Hijri dateline, `اليوم`, a direct quote after «قال سموه :», the SPA clock line.
    {
        "index": 29320,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("نجران", "LOC", NAJRAN, "all"),
            E("واس", "ORG", SPA),
            E("جلوي بن عبدالعزيز بن مساعد", "PERS", JALAWI),
            E("معهد ريادة الأعمال الوطني", "ORG", NEI, "all"),
            E("صالح بن محمد آل سدران", "PERS", "صالح بن محمد آل سدران"),
            E("سلمان بن عبدالعزيز آل سعود", "PERS", SALMAN, "all"),
            E("جلوي بن عبدالعزيز", "PERS", JALAWI, 2),
            E("البنك السعودي للتسليف والادخار", "ORG", "البنك السعودي للتسليف والادخار"),
        ],
        "quotes": [
            Q("direct", "إن الشباب والفتيات", "حفظه الله ـ", "قال", JALAWI, SPA, anchor="وقال سموه"),
        ],
        "timex": [
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 اغسطس 2015", "DATE", "2015-08-10"),
            T("اليوم", "DATE", "2015-08-10"),
            T("15:37 ت م", "TIME", "2015-08-10T15:37"),
        ],
    },
    # 11 — Al-Eqtisadiya (SPA copy; the byline «الرياض : واس» is not in the text): the Civil
    # Service ministry calls 4,878 applicants. Numeric Hijri dates and a Hijri range, the
    # ministry as speaker, no pub_date.
    {
        "index": 21055,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("الخدمة المدنية", "ORG", MCS, 1),
            E("وزارة الخدمة المدنية", "ORG", MCS),
            E("جدارة", "MISC", "جدارة"),
            E("لجنة المعادلات", "ORG", "لجنة المعادلات"),
            E("وزارة التعليم", "ORG", "وزارة التعليم السعودية"),
        ],
        "quotes": [
            Q("indirect", "من لم تحضر أصول", "رغبتها في التوظيف", "أوضحت", MCS),
            Q("indirect", "هذه الدعوة للأسماء", "بعد المطابقة النهائية", "أشارت", MCS),
            Q("indirect", "تبقى (122) وظيفة", "في الدرجة العلمية", "بينت", MCS),
            Q("indirect", "وتسهيلاً على المتقدمات", "الأيام المحددة للمطابقة", "أوضحت", MCS),
        ],
        "timex": [
            T("4", "DATE", "2015-06-21", 1, exact=True, anchor="خلال الفترة من "),
            T("15 / 9 / 1436", "DATE", "2015-07-02", exact=True),
            T("يوم الأحد القادم الموافق 24 / 10 / 1436", "DATE", "2015-08-09", exact=True),
            T("يوم الثلاثاء الموافق 3 / 11 / 1436", "DATE", "2015-08-18", exact=True),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(4),
            earlier_name="sets 1-4",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
