"""Build ``snn_dev3.jsonl``: the third blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates3.py`` (seed 20160315) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of the first
two sets (``make_silver.py``, ``make_silver2.py``, README.md). The hint classes (``E``, ``T``,
``Q``), the builder with all its checks (``build``) and the writer come from
``silver_tools.py``, as
in ``make_silver2.py``; this script holds the annotations and refuses any article that the first or
second set already uses.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver3.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import GCC, KSA, SALMAN, SEF, SPA, UN, USA
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev3.jsonl")
ID_PREFIX = "snn-dev3-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
MOA = "وزارة الآثار المصرية"
ALI_AHMED = "علي أحمد"
EG_MFA = "وزارة الخارجية المصرية"
UNESCO = "منظمة الأمم المتحدة للتربية والعلم والثقافة"
UNESCO_1970 = "اتفاقية اليونسكو لسنة 1970"
BOYCHENKO = "يوري بويتشينكو"
FRIMPONG = "إيمانويل فريمبونج"
FIFA = "الاتحاد الدولي لكرة القدم"
RFU = "الاتحاد الروسي لكرة القدم"
WORLD_CUP = "كأس العالم لكرة القدم"
ERNEST = "جوش إرنست"
WHITE_HOUSE = "البيت الأبيض"
GITMO = "سجن غوانتانامو"
PENTAGON = "وزارة الدفاع الأمريكية"
OBAMA = "باراك أوباما"
LAVROV = "سيرغي لافروف"
HAMAS = "حماس"
MESHAL = "خالد مشعل"
HAMAS_SOURCE = "مصدر قيادي كبير في حركة حماس"
GAZA = "قطاع غزة"
HADI = "عبدربه منصور هادي"
ENVOY = "إسماعيل ولد الشيخ أحمد"
BAHAH = "خالد بحاح"
SALEH = "علي عبد الله صالح"
ARAB_LEAGUE = "جامعة الدول العربية"
BEN_HELLI = "أحمد بن حلي"
HOUTHI = "جماعة الحوثي"
COALITION = "التحالف العربي"
MBN = "محمد بن نايف"
SECURITY_LEADERS = "قيادات أمنية"
HAMZI = "إبراهيم بن محمد الحمزي"
BALAWI = "عواد بن عيد البلوي"
JABRI = "بدر بن حمدي الجابري"
BORDER_GUARD = "حرس الحدود"
TWITTER = "تويتر"
ZAATARI = "ياسر الزعاترة"
FAMILIES = "ذوو الشهداء"
AFP = "وكالة الصحافة الفرنسية"
BBC = "بي بي سي"
YASIN = "رياض ياسين"
SKY = "سكاي نيوز"
MUNAYA = "ناصر بن سليمان المنيع"
NAJRAN_EDU = "الإدارة العامة للتعليم بمنطقة نجران"
INSTITUTE = "معهد تعليم اللغة العربية للناطقين بغيرها"
BANAEMAH = "عادل بن أحمد باناعمة"
OKAZ_FAIR = "سوق عكاظ"
LABID = "لبيد بن ربيعة"
BAQNA = "فطيس بقنة"

ARTICLES: list[dict] = [
    # 00 — Al-Riyadh: Egypt fails to recover the Sekhemka statue sold in London (Reuters copy; byline
    # not in text). Nested report: Ahmed quotes the Egyptian MFA.
    {
        "index": 17071,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("وزارة الآثار المصرية", "ORG", MOA),
            E("لندن", "LOC", "لندن", "all"),
            E("بريطانيا", "LOC", "بريطانيا", "all"),
            E("وزارة الآثار", "ORG", MOA, 2),
            E("كريستي", "ORG", "كريستيز"),
            E("سخم كا", "PERS", "سخم كا"),
            E("المجلس الدولي للمتاحف", "ORG", "المجلس الدولي للمتاحف"),
            E("آيكوم", "ORG", "المجلس الدولي للمتاحف"),
            E("متحف نورثهامبتون", "ORG", "متحف نورثهامبتون"),
            E("علي أحمد", "PERS", ALI_AHMED),
            E("إدارة الآثار المستردة", "ORG", "إدارة الآثار المستردة"),
            E("مصر", "LOC", "مصر"),
            E("اتفاقية منظمة الأمم المتحدة للتربية والعلم والثقافة", "MISC", UNESCO_1970),
            E("يونسكو", "ORG", UNESCO),
            E("اتفاقية اليونسكو", "MISC", UNESCO_1970),
            E("أحمد", "PERS", ALI_AHMED, [2, 3]),
            E("مجلس إنجلترا للفنون", "ORG", "مجلس إنجلترا للفنون"),
            E("وزارة الخارجية المصرية", "ORG", EG_MFA),
        ],
        "quotes": [
            Q("direct", "وقف تصديره", None, "طلبت", MOA),
            Q("indirect", "خاطبت المجلس الدولي للمتاحف", "أواخر القرن الثامن عشر", "قالت", MOA),
            Q("indirect", "التمثال خرج من مصر عام 1849", None, "قال", ALI_AHMED),
            Q("direct", "ولم يكن هناك كيان", "لا تطبق بأثر رجعي", "قال", ALI_AHMED),
            Q("indirect", "المجسم بيع بمبلغ 15.6 مليون جنيه إسترليني", None, "قال", ALI_AHMED),
            Q("direct", "لشخصية غير معروفة على ما يبدو ولكن", "رفضت الإفادة بهذا الشأن", "قال", ALI_AHMED),
            Q("direct", "غير أخلاقي وإن كان قانونيا", None, "معتبرا", ALI_AHMED),
            Q("direct", "الأثرياء المصريين في لندن", "ولم يتقدم أحد", "أضاف", ALI_AHMED),
            Q("indirect", "وزير الثقافة البريطاني اتخذ قرارا في مارس الماضي", None, "أضاف", ALI_AHMED),
            # Unclosed quote mark: the direct span runs to the end of the paragraph (GUIDELINES).
            Q("direct", "بوقف إصدار رخصة", "لشراء المجسم.", "أضاف", ALI_AHMED),
            # Ahmed reports what the MFA said; the MFA's own words (in marks) are a nested direct quote.
            Q("indirect", "وزارة الخارجية المصرية أفادت", "الأربعة أشهر الماضية", "قال", ALI_AHMED),
            Q("direct", "يمكن اللجوء إليه", "الأربعة أشهر الماضية", "أفادت", EG_MFA),
            Q("direct", "في العالم يشترون", "إلى المتاحف الوطنية", "أضاف", ALI_AHMED),
        ],
        "timex": [
            T("4400 عام", "DURATION", "P4400Y"),
            T("نحو 4400 سنة", "DURATION", "P4400Y"),
            T("يوليو 2014", "DATE", "2014-07"),
            T("عام 2012", "DATE", "2012"),
            T("أواخر القرن الثامن عشر", "DATE", "17"),
            T("2494", "DATE", "BC2494"),
            T("2345", "DATE", "BC2345"),
            T("عام 1849", "DATE", "1849"),
            T("سنة 1970", "DATE", "1970"),
            T("عام 1970", "DATE", "1970"),
            T("مارس الماضي", "DATE", None),
            T("يوم 29 يوليو 2015", "DATE", "2015-07-29"),
            T("مارس 2016", "DATE", "2016-03"),
            T("الأربعة أشهر الماضية", "DURATION", "P4M"),
        ],
    },
    # 01 — Al-Eqtisadiya (sports): UN official on racism in Russian football (Reuters copy; byline
    # not in text). Many direct quotes, a cue after its content (وفقا), FIFA in quote marks.
    {
        "index": 7252,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("الأمم المتحدة", "ORG", UN, "all"),
            E("روسيا", "LOC", "روسيا", "all"),
            E("كأس العالم", "MISC", WORLD_CUP, "all"),
            E("اتحاد الكرة الروسي", "ORG", RFU),
            E("إيمانويل فريمبونج", "PERS", FRIMPONG),
            E("أوفا", "ORG", "أوفا"),
            E("سبارتاك موسكو", "ORG", "سبارتاك موسكو"),
            E("سبارتاك", "ORG", "سبارتاك موسكو", 2),
            E("الدوري الممتاز", "MISC", "الدوري الروسي الممتاز"),
            E("يوري بويتشينكو", "PERS", BOYCHENKO),
            E("اتحاد الدولي لكرة القدم", "ORG", FIFA),
            E("فيفا", "ORG", FIFA, "all"),
            E("بويتشينكو", "PERS", BOYCHENKO, [2, 3]),
            E("قسم مكافحة التمييز", "ORG", "قسم مكافحة التمييز"),
            E("مكتب حقوق الإنسان", "ORG", "مفوضية الأمم المتحدة السامية لحقوق الإنسان"),
            E("أمم المتحدة", "ORG", UN, 1, exact=True, anchor="التابع لل"),
            E("مركز سوفا", "ORG", "مركز سوفا"),
            E("موسكو", "LOC", "موسكو", 2),
            E("بيارا باور", "PERS", "بيارا باور"),
            E("كرة القدم ضد العنصرية في أوروبا", "ORG", "شبكة كرة القدم ضد العنصرية في أوروبا"),
            E("اتحاد غانا لكرة القدم", "ORG", "اتحاد غانا لكرة القدم"),
            E("فريمبونج", "PERS", FRIMPONG, 2),
            E("فيدريكو اديتشي", "PERS", "فيدريكو اديتشي"),
            E("الاتحاد الروسي", "ORG", RFU),
        ],
        "quotes": [
            # «مسؤول في الأمم المتحدة» is the official named below (he heads the UN's anti-discrimination section).
            Q("indirect", "مسؤولي كرة القدم في روسيا", "لم يفهموا ما تعنيه", "قال", BOYCHENKO),
            Q("indirect", "تعرض لإهانة عنصرية من جانب", "جماهير سبارتاك موسكو", "ادعاءات", FRIMPONG),
            Q("indirect", "تعرض لإهانة عنصرية بعد أن", "الجمعة الماضي", "قال", FRIMPONG),
            Q("indirect", "ردا على الإهانة", None, "حسبما يقول", FRIMPONG, cue_after=True),
            Q("direct", "لا أعتقد أن هناك إنكارا", "من جانب المسؤولين في روسيا", "قال", BOYCHENKO),
            Q("direct", "يجب على المسؤولين القيام", "للتصدي لها (العنصرية)", "أضاف", BOYCHENKO),
            Q("direct", "في كثير من الأحيان", "ورؤية الأمر من وجهة نظره", "تابع", BOYCHENKO),
            Q("indirect", "يعتقد أن المسؤولين بدأوا", "بوجود مشكلة", "أشار", BOYCHENKO),
            Q("direct", "أعتقد أن الاعتراف قادم", "لمعنى العنصرية", "قال", BOYCHENKO),
            Q("direct", "الأمر ليس مجرد", "واللغة وهكذا", "أضاف", BOYCHENKO),
            Q("indirect", "ارتكبت الجماهير الروسية", "وحتى 2014", "وفقا", "مركز سوفا", cue_after=True),
            Q("indirect", "يعتقد أن الفرق الإفريقية", "خلال المباريات", "قال", "بيارا باور"),
            Q("indirect", "اللاعب تعرض لإهانات", "لا يصدق أنه عوقب", "قال", "اتحاد غانا لكرة القدم"),
            Q("indirect", "استخدام نظام جديد", "تصفيات كأس العالم 2018", "أعلن", FIFA),
            Q("direct", "إذا كان الاتحاد الروسي", "تقديم الدعم", "قال", "فيدريكو اديتشي"),
            Q("direct", "سيكون من السذاجة", "تحت مسؤوليتنا", "مضيفا", "فيدريكو اديتشي"),
        ],
        "timex": [
            T("الآن", "DATE", "PRESENT_REF"),
            T("الأربعاء الماضي", "DATE", None),
            T("2018", "DATE", "2018", "all"),
            T("الجمعة الماضي", "DATE", None),
            T("2012", "DATE", "2012"),
            T("2014", "DATE", "2014"),
            T("أخيرا", "DATE", "PAST_REF"),
            T("العام الماضي", "DATE", None),
            T("أيار (مايو) الماضي", "DATE", None),
        ],
    },
    # 02 — Al-Sharq al-Awsat: White House in the last stages of the Guantanamo closure plan.
    {
        "index": 7120,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("واشنطن", "LOC", "واشنطن", "all"),
            E("غوانتانامو", "LOC", GITMO, 1),
            E("البيت الأبيض", "ORG", WHITE_HOUSE, "all"),
            E("جوش إرنست", "PERS", ERNEST),
            E("إرنست", "PERS", ERNEST, [2, 3]),
            E("سجن غوانتانامو", "LOC", GITMO, "all"),
            E("كوبا", "LOC", "كوبا", "all"),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("الكونغرس", "ORG", "الكونغرس الأمريكي", "all"),
            E("باراك أوباما", "PERS", OBAMA),
            E("أوباما", "PERS", OBAMA, 2),
            E("مجلسي النواب والشيوخ", "ORG", "مجلسا النواب والشيوخ الأمريكيان"),
            E("وزارة الدفاع", "ORG", PENTAGON),
            E("البنتاغون", "ORG", PENTAGON),
            E("كازاخستان", "LOC", "كازاخستان"),
            E("أوروغواي", "LOC", "أوروغواي"),
            E("جورجيا", "LOC", "جورجيا"),
            E("سلوفاكيا", "LOC", "سلوفاكيا"),
            E("مجلس الشيوخ الأميركي", "ORG", "مجلس الشيوخ الأمريكي"),
            E("سلطنة عمان", "LOC", "سلطنة عمان"),
            E("آشتون كارتر", "PERS", "آشتون كارتر"),
            E("نيويورك تايمز", "ORG", "نيويورك تايمز"),
        ],
        "quotes": [
            Q("indirect", "البيت الأبيض في المراحل الأخيرة", "العسكري في كوبا", "كشف", ERNEST),
            Q("direct", "الإدارة الأميركية في المراحل", "وعرضها على الكونغرس", "أعلن", ERNEST),
            Q("direct", "إنها أولوية", "باراك أوباما", "تابع", ERNEST),
            Q("direct", "لقد أحرزنا", "من 127 إلى 116", "قال", ERNEST),
            Q("direct", "إبقاء هذا السجن", "مجديا للضرائب", "أضاف", ERNEST),
            Q("direct", "الجماعات المتشددة", "للقتال في الولايات المتحدة", "يقول", WHITE_HOUSE),
            Q("indirect", "اللجوء إلى هذا الخيار", "إغلاق المعسكر", "بحسب", "المراقبين"),
            Q("indirect", "إمكان الإفراج عن 52 معتقلا", "الأدلة ضدهم", "أعلنت", "السلطات"),
            Q(
                "indirect",
                "عمليات النقل تبدو",
                "وزير الدفاع آشتون كارتر",
                "بحسب",
                "نيويورك تايمز",
                cue_after=True,
            ),
        ],
        "timex": [
            T("أول من أمس", "DATE", None),
            T("يناير (كانون الثاني) 2009", "DATE", "2009-01"),
            T("2014", "DATE", "2014"),
            T("سنويًا", "SET", "P1Y"),
            T("11 يناير 2002", "DATE", "2002-01-11"),
            T("أربعة أشهر تقريبا", "DURATION", "P4M"),
            T("11 سبتمبر (أيلول) 2001", "DATE", "2001-09-11"),
            T("2003", "DATE", "2003"),
            T("11 سبتمبر 2001", "DATE", "2001-09-11"),
            T("2010", "DATE", "2010"),
            T("13 يونيو (حزيران) الماضي", "DATE", None),
            T("الآن", "DATE", "PRESENT_REF"),
        ],
    },
    # 03 — Al-Jazirah: Lavrov meets Meshal in Doha; a Hamas source and a Hamas statement.
    {
        "index": 21093,
        "outlet": "الجزيرة",
        "pub_date": None,
        "entities": [
            E("لافروف", "PERS", LAVROV, [1, 4, 5, 6]),
            E("حماس", "ORG", HAMAS, "all"),
            E("موسكو", "LOC", "موسكو", "all"),
            E("روسيا", "LOC", "روسيا", "all"),
            E("سيرغي لافروف", "PERS", LAVROV, "all"),
            E("قطر", "LOC", "قطر", "all"),
            E("الائتلاف السوري", "ORG", "الائتلاف الوطني السوري"),
            E("معاذ الخطيب", "PERS", "معاذ الخطيب"),
            E("خالد مشعل", "PERS", MESHAL, "all"),
            E("حركة المقاومة الإسلامية الفلسطينية", "ORG", HAMAS),
            E("الدوحة", "LOC", "الدوحة", "all"),
            E("مشعل", "PERS", MESHAL, [3, 4]),
            E("إسرائيل", "LOC", "إسرائيل", "all"),
            E("غزة", "LOC", GAZA, [1, 2, 3, 4]),
            E("قطاع غزة", "LOC", GAZA),
            E("الضفة", "LOC", "الضفة الغربية", "all"),
            E("القدس", "LOC", "القدس", "all"),
            E("توني بلير", "PERS", "توني بلير"),
            E("الخارجية الروسية", "ORG", "وزارة الخارجية الروسية"),
            E("تميم بن حمد آل ثاني", "PERS", "تميم بن حمد آل ثاني"),
        ],
        "quotes": [
            Q("direct", "وطن دائم لكل الفلسطينيين", None, "أكد", LAVROV),
            Q("indirect", "لقاء رئيس المكتب السياسي للحركة", "تناول 3 ملفات هامة", "كشف", HAMAS_SOURCE),
            Q("indirect", "اللقاء بين مشعل ولافروف", "ملف اعادة إعمار غزة", "أوضح", HAMAS_SOURCE),
            Q("direct", "تحدث مشعل بوضوح", "انفجار محتمل ضد إسرائيل", "أضاف", HAMAS_SOURCE),
            # Meshal's words reported inside the source's quote.
            Q("indirect", "أهمية وضرورة رفع الحصار", "سيكون سيد الموقف", "تحدث", MESHAL),
            Q("indirect", "اللقاء مع الروس", "انفجار محتمل ضد إسرائيل", "مشيراً", MESHAL),
            Q("indirect", "الأطراف الدولية، باتت", "آليات التعامل معها", "أكد", HAMAS_SOURCE),
            Q("indirect", "حماس، لن تسمح", "الحصار على غزة", "محذراً", HAMAS_SOURCE),
            Q("indirect", "لافروف وجه الدعوة", "لزيارة موسكو", "قالت", HAMAS),
            Q("indirect", "الحركة قبلت الدعوة", "موعد الزيارة لاحقاً", "مضيفة", HAMAS),
            Q("indirect", "وفد الحركة استعرض", "المسيحية في القدس", "أشار", HAMAS),
        ],
        "timex": [
            T("الاثنين", "DATE", None),
            T("مساء الأحد", "DATE", None),
        ],
    },
    # 04 — Al-Yaum: Hadi meets the UN envoy before the truce; Arab League's Ben Helli (colon speech).
    {
        "index": 12622,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("عبدربه منصور هادي", "PERS", HADI),
            E("إسماعيل ولد الشيخ أحمد", "PERS", ENVOY),
            E("هادي", "PERS", HADI, [2, 3, 4, 5, 6, 7, 8]),
            E("الجامعة العربية", "ORG", ARAB_LEAGUE, "all"),
            E("التحالف لدعم الشرعية في اليمن", "ORG", COALITION),
            E("أمم المتحدة", "ORG", UN, 1, exact=True, anchor="العام لل"),
            E("خالد محفوظ بحاح", "PERS", BAHAH),
            E("ولد الشيخ أحمد", "PERS", ENVOY, 2),
            E("الرياض", "LOC", "الرياض"),
            E("فيسبوك", "ORG", "فيسبوك"),
            E("بحاح", "PERS", BAHAH, 2),
            E("مجلس التعاون لدول الخليج العربي", "ORG", GCC),
            E("علي عبد الله صالح", "PERS", SALEH),
            E("رويترز", "ORG", "رويترز"),
            E("صالح", "PERS", SALEH, [2, 3]),
            E("الولايات المتحدة", "LOC", USA),
            E("بريطانيا", "LOC", "بريطانيا"),
            E("الإمارات", "LOC", "الإمارات العربية المتحدة"),
            E("مجلس الأمن الدولي", "ORG", "مجلس الأمن الدولي"),
            E("ولد أحمد", "PERS", ENVOY),
            E("عدن", "LOC", "عدن", "all"),
            E("اليمن", "LOC", "اليمن", [2, 3, 4]),
            E("جامعة الدول العربية", "ORG", ARAB_LEAGUE),
            E("جماعة الحوثيين", "ORG", HOUTHI, "all"),
            E("أحمد بن حلي", "PERS", BEN_HELLI),
            E("جامعة العربية", "ORG", ARAB_LEAGUE, "all"),
            E("يمن", "LOC", "اليمن", "all"),
            E("ابن حلي", "PERS", BEN_HELLI),
        ],
        "quotes": [
            Q("indirect", "الدعوة للهدنة كانت", "حاجة اليمنيين للمساعدات", "ذكر", HADI),
            Q("indirect", "هدنة لمدة خمسة أيام", "من ليلة الأحد", "أعلنت", COALITION),
            Q("indirect", "سيتوجه إلى الرياض", "السياسية السلمية والشاملة", "قال", ENVOY),
            Q("indirect", "سيجري لقاءات", "لدول الخليج العربي", "أضاف", ENVOY, "فيسبوك"),
            Q(
                "indirect",
                "ممثلين لصالح يجرون",
                "أربعة أشهر بالبلاد",
                "قال",
                "عضو بحزب علي عبد الله صالح",
                "رويترز",
            ),
            Q("indirect", "مدينة عدن بعد تحريرها", "الشقيقة والصديقة", "ذكر", HADI),
            Q("indirect", "الدعوة لهدنة أخرى", "غير عدن المحررة", "أشار", HADI),
            Q("indirect", "نحن في الجامعة العربية", "معاناة مريرة", "قال", BEN_HELLI),
            Q("indirect", "الواجب الوطني والقومي", "المأساة الأليمة", "شدد", BEN_HELLI),
            Q("indirect", "أملنا ودعوتنا", "والاستقرار لليمن", "قال", BEN_HELLI),
        ],
        "timex": [
            T("منتصف ليل الأحد- الاثنين", "DATE", None),
            T("خمسة أيام", "DURATION", "P5D"),
            T("ليلة الأحد", "DATE", None),
            T("السبت", "DATE", None),
            T("الخميس", "DATE", None),
            T("أربعة أشهر", "DURATION", "P4M"),
            T("القريب العاجل", "DATE", "FUTURE_REF"),
            T("أمس", "DATE", None),
        ],
    },
    # 05 — Okaz: security chiefs on Mohammed bin Nayef's words after the Asir mosque bombing.
    {
        "index": 29022,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("محمد بن نايف بن عبدالعزيز", "PERS", MBN, "all"),
            E("إبراهيم بن محمد الحمزي", "PERS", HAMZI),
            E("عواد بن عيد البلوي", "PERS", BALAWI),
            E("حرس الحدود", "ORG", BORDER_GUARD, "all"),
            E("بدر بن حمدي الجابري", "PERS", JABRI),
        ],
        "quotes": [
            Q("indirect", "الإرهاب لن يثنينا", "الوطن والمواطن", "تأكيد", MBN),
            Q("indirect", "كلمات سموه تشكل", "ومقدساته ومكتسباته", "أكدوا", SECURITY_LEADERS),
            Q("direct", "سنظل سدا منيعا أمام أي محاولة", "واقتلاعه من جذوره", "مضيفين", SECURITY_LEADERS),
            Q("direct", "إننا كرجال أمن", "حماة لهم", "قال", HAMZI),
            Q("direct", "جميع رجال الأمن يعملون", "الضالة والمنحرفة", "أضاف", HAMZI),
            Q("indirect", "كلمات نائب خادم الحرمين", "من القلب إلى القلب", "أكد", BALAWI),
            Q("direct", "كافة القيادات ورجال الأمن", "لحماية الوطن ومكتسباته", "مضيفا", BALAWI),
            Q("direct", "جميع رجال الأمن في كافة القوات", "فداء للوطن", "قال", JABRI),
            Q("indirect", "موقفهم الثابت من الإرهاب", None, "شدد", JABRI),
            Q("indirect", "ما يقوم به هؤلاء الحاقدون", "واستئصالهم من جذورهم", "مؤكدا", JABRI),
        ],
        "timex": [
            T("مساء أمس الأول", "DATE", None),
            T("يوم أمس الأول", "DATE", None),
        ],
    },
    # 06 — Sabq: Yemenis welcome Bahah's return to Aden; byline in text; direct quotes, tweets.
    {
        "index": 16306,
        "outlet": "سبق",
        "pub_date": None,
        "entities": [
            E("عدن", "LOC", "عدن", "all"),
            E("عبدالحكيم شار", "PERS", "عبدالحكيم شار"),
            E("سبق", "ORG", "سبق"),
            E("خالد بحاح", "PERS", BAHAH, "all"),
            E("علي صالح", "PERS", SALEH),
            E("تعز", "LOC", "تعز", "all"),
            E("الجزيرة مباشر", "ORG", "الجزيرة مباشر"),
            E("بحاح", "PERS", BAHAH, [2, 3, 4, 7]),
            E("السهم الذهبي", "MISC", "عملية السهم الذهبي"),
            E("محمد عبدالله", "PERS", "محمد عبدالله"),
            E("عبداللطيف سعيد", "PERS", "عبداللطيف سعيد"),
            E("هادي", "PERS", HADI),
            E("اليمن", "LOC", "اليمن"),
            E("حورية مشهور", "PERS", "حورية مشهور"),
            E("إبراهيم آل مرعي", "PERS", "إبراهيم آل مرعي"),
            E("تويتر", "ORG", TWITTER, "all"),
            E("ياسر الزعاترة", "PERS", ZAATARI),
        ],
        "quotes": [
            Q("direct", "هذه الخطوة ستدعم", "المخلوع علي صالح", "قال", "المواطنون اليمنيون"),
            Q("direct", "نبارك عودة", "البنية التحتية", "قال", "محمد عبدالله"),
            Q("direct", "اعتبر ذلك نصراً", "في المدن اليمنية", "قال", "عبداللطيف سعيد"),
            Q("indirect", 'وصول "بحاح" إلى عدن هو', 'الرئيس "هادي إليها', "رأى", "محللون سياسيون"),
            Q("direct", "وصول نائب الرئيس إلى عدن له", "بعون الله وتوفيقه", "قائلة", "حورية مشهور"),
            Q("direct", "وصول دولة نائب الرئيس", "والأدب عدن", "قال", "إبراهيم آل مرعي", TWITTER),
            Q("direct", "وصول خالد بحاح نائب الرئيس", "مزيداً من الدافعية", "قال", ZAATARI),
            Q("direct", "وصول بحاح وستة وزراء", "في اتجاه أفضل", "قال", ZAATARI, TWITTER),
        ],
        "timex": [
            T("اليوم", "DATE", None, 1),
            T("اليوم السبت", "DATE", None),
        ],
    },
    # 07 — Al-Madina (SPA copy; byline not in text): Mohammed bin Nayef receives the families of the
    # Asir bombing victims. One paragraph; reversed and misplaced quote marks.
    {
        "index": 29870,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("محمد بن نايف بن عبدالعزيز آل سعود", "PERS", MBN),
            E("قوة الطوارئ الخاصة", "ORG", SEF, "all"),
            E("عسير", "LOC", "عسير", "all"),
            E("سلمان بن عبدالعزيز آل سعود", "PERS", SALMAN),
            E("فيصل بن خالد بن عبدالعزيز", "PERS", "فيصل بن خالد بن عبدالعزيز"),
            E("تركي بن محمد بن فهد بن عبدالعزيز", "PERS", "تركي بن محمد بن فهد بن عبدالعزيز"),
            E("عبدالعزيز بن سعود بن نايف بن عبدالعزيز", "PERS", "عبدالعزيز بن سعود بن نايف بن عبدالعزيز"),
        ],
        "quotes": [
            # The opening mark is never closed; third-person narration with a new cue follows
            # (وأكد سموه), so the direct span ends with the first-person sentence.
            Q("direct", "أوكلني خادم الحرمين", "فسيح جناته", "قال", MBN),
            Q("direct", "إن كل من يحاول العبث", "من يحاول ذلك عمليا", "قائلا", MBN),
            Q("indirect", "هذا هو ديدن القيادة الرشيدة", None, "مؤكدين", FAMILIES),
            Q("direct", "إن أرواح ذويهم", "كيد الكائدين", "قالوا", FAMILIES),
            Q("indirect", "هذه الإصابات لن تثنيهم", "عن الوطن وأهله", "أكد", "المصابون"),
        ],
        "timex": [
            T("مساء أمس", "DATE", None),
        ],
    },
    # 08 — Al-Watan: more of Saleh's family leave Sanaa; Yemen's FM Yasin on Sky News.
    {
        "index": 28647,
        "outlet": "الوطن",
        "pub_date": None,
        "entities": [
            E("اليمن", "LOC", "اليمن", "all"),
            E("علي عبدالله صالح", "PERS", SALEH),
            E("صنعاء", "LOC", "صنعاء", [1, 3]),
            E("مطار صنعاء", "LOC", "مطار صنعاء"),
            E("وكالة الأنباء الفرنسية", "ORG", AFP),
            E("مسقط", "LOC", "مسقط", "all"),
            E("جماعة الحوثي", "ORG", HOUTHI),
            E("طارق محمد عبدالله صالح", "PERS", "طارق محمد عبدالله صالح"),
            E("صالح", "PERS", SALEH, [3, 4, 5, 6, 7, 8]),
            E("هيئة الإذاعة البريطانية", "ORG", BBC),
            E("بي بي سي", "ORG", BBC),
            E("رياض ياسين", "PERS", YASIN),
            E("ياسين", "PERS", YASIN, [2, 3]),
            E("التحالف العربي", "ORG", COALITION),
            E("الأمم المتحدة", "ORG", UN, "all"),
            E("سكاي نيوز", "ORG", "سكاي نيوز عربية"),
            E("الحوثي", "ORG", HOUTHI, 2),
            E("الحوار الوطني", "MISC", "مؤتمر الحوار الوطني اليمني", "all"),
            E("المبادرة الخليجية", "MISC", "المبادرة الخليجية", "all"),
        ],
        "quotes": [
            Q("indirect", "طائرة عمانية غادرت", "وقائد حرسه الخاص", "ذكرت", AFP),
            Q("indirect", "هم أفراد لصيقون", "ومقربون منه جدا", "مكتفيا بالقول", "المصدر"),
            Q("indirect", "اتفاق سياسي قريب", "مقدمة لسفر صالح", "تحدثت", BBC),
            Q("indirect", "المفاوضات التي تجري", "على الأرض داخل اليمن", "أكد", YASIN),
            Q("indirect", "الأمم المتحدة تسعى", "القرار 2216", "مشيرا", YASIN),
            Q("indirect", "كان على ميليشيات الحوثي", "ويلات الحرب والدمار والخراب", "قال", YASIN, SKY),
            Q("indirect", "الشعب اليمني أو الدول", "على الحكم", "مشددا", YASIN, SKY),
            Q("indirect", "الهزيمة المنكرة", "الأراضي اليمنية", "أضاف", YASIN, SKY),
            Q("indirect", "تمسكهم بتنفيذ", "والمبادرة الخليجية", "أكد", YASIN, SKY),
            Q("indirect", "ذلك سيسمح بالعودة", "الطوائف اليمنية", "مضيفا", YASIN, SKY),
            Q("indirect", "يتوجب على الحوثيين", "وليس قوة مسلحة", "أوضح", YASIN, SKY),
        ],
        "timex": [
            T("أمس", "DATE", None, [1, 3, 4]),
            T("أول من أمس السبت", "DATE", None),
            T("السبت", "DATE", None, 2),
        ],
    },
    # 09 — SPA: Najran schools open on time; e-learning for unsafe schools. Dated by its dateline.
    {
        "index": 29339,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("نجران", "LOC", "نجران", [1, 2, 3, 4, 6]),
            E("واس", "ORG", SPA),
            E("ناصر بن سليمان المنيع", "PERS", MUNAYA),
            E("المنيع", "PERS", MUNAYA, 2),
            E("إدارة تعليم المنطقة", "ORG", NAJRAN_EDU),
            E("إدارة تعليم نجران", "ORG", NAJRAN_EDU),
            E("وزارة التعليم", "ORG", "وزارة التعليم السعودية"),
            E("شركة تطوير", "ORG", "شركة تطوير"),
            E("الإدارة العامة للتعليم", "ORG", NAJRAN_EDU),
        ],
        "quotes": [
            Q("indirect", "الدراسة ستنطلق", "سلامة منسوبي التعليم", "أكد", MUNAYA, SPA),
            Q("indirect", "إدارة تعليم نجران ستبذل", "بيئة تعليمية آمنة", "أبان", MUNAYA, SPA),
            Q("indirect", "البدائل التقنية سيتم", "العام الدراسي الجديد", "أفاد", MUNAYA, SPA),
        ],
        "timex": [
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 أغسطس 2015", "DATE", "2015-08-10"),
            T("اليوم", "DATE", "2015-08-10"),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("الأسبوع القادم", "DATE", "2015-W34"),
            T("العام الدراسي الجديد", "DATE", "FUTURE_REF"),
            T("16:30 ت م", "TIME", "2015-08-10T16:30"),
        ],
    },
    # 10 — SPA: Umm al-Qura's Arabic institute summer course. Dated by its dateline; Hijri end date.
    {
        "index": 30868,
        "outlet": "واس",
        "pub_date": "2015-08-11",
        "entities": [
            E(INSTITUTE, "ORG", INSTITUTE, "all"),
            E("مكة المكرمة", "LOC", "مكة المكرمة"),
            E("واس", "ORG", SPA),
            E("جامعة أم القرى", "ORG", "جامعة أم القرى"),
            E("إندونيسيا", "LOC", "إندونيسيا", "all"),
            E("السنغال", "LOC", "السنغال", "all"),
            E("الطائف", "LOC", "الطائف"),
            E("حديبة", "LOC", "الحديبية"),
            E("متحف عمارة الحرمين", "ORG", "متحف عمارة الحرمين الشريفين"),
            E("عادل بن أحمد باناعمة", "PERS", BANAEMAH),
            E("المملكة العربية للسعودية", "LOC", KSA),
            E("حرمين الشريفين", "LOC", "الحرمين الشريفين"),
            E("باناعمة", "PERS", BANAEMAH, 2),
            E("غينيا كوناكري", "LOC", "غينيا"),
            E("جامعة الفاتح", "ORG", "جامعة الفاتح"),
            E("ماليزيا", "LOC", "ماليزيا"),
            E("باكستان", "LOC", "باكستان"),
        ],
        "quotes": [
            Q("indirect", "الهدف من البرنامج الثقافي", "العالم الإسلامي كافة", "أوضح", BANAEMAH, SPA),
            Q("indirect", "هذه الدورة تستمر", "وغينيا كوناكري", "أفاد", BANAEMAH, SPA),
            Q("indirect", "اعتزام المعهد تنظيم", "في ماليزيا وباكستان", "مشيرا", BANAEMAH, SPA),
        ],
        "timex": [
            T("26 شوال 1436", "DATE", "2015-08-11"),
            T("11 اغسطس 2015", "DATE", "2015-08-11"),
            T("40 يومًا", "DURATION", "P40D"),
            T("20 / 11 / 1436", "DATE", "2015-09-04", 1, exact=True),
            T("سنويًا", "SET", "P1Y"),
            T("13:15 ت م", "TIME", "2015-08-11T13:15"),
        ],
    },
    # 11 — SPA (culture): Souk Okaz opens with a play about Labid ibn Rabi'a. Dated by its dateline.
    {
        "index": 30914,
        "outlet": "واس",
        "pub_date": "2015-08-11",
        "entities": [
            E("عكاظ", "MISC", OKAZ_FAIR, 1),
            E("لبُيد بن ربيعة", "PERS", LABID, [1, 3]),
            E("الطائف", "LOC", "الطائف", "all"),
            E("واس", "ORG", SPA),
            E("سوق عكاظ", "MISC", OKAZ_FAIR),
            E("لبُيد بن ربيعة العامري", "PERS", LABID),
            E("سراة الشعر والكهولة", "MISC", "سراة الشعر والكهولة"),
            E("صالح زمانان", "PERS", "صالح زمانان"),
            E("فطيس بقنة", "PERS", BAQNA),
            E("لبيد بن ربيعة", "PERS", LABID),
            E("منذر الرياحنة", "PERS", "منذر الرياحنة"),
            E("إبراهيم الحساوي", "PERS", "إبراهيم الحساوي"),
            E("تركي اليوسف", "PERS", "تركي اليوسف"),
            E("نايف خلف", "PERS", "نايف خلف"),
            E("خالد الصقر", "PERS", "خالد الصقر"),
            E("شجاع الشباطي", "PERS", "شجاع الشباطي"),
        ],
        "quotes": [
            Q("indirect", "مسرحية هذا العام ستكون", "الفني والتوثيقي", "رأى", BAQNA, SPA),
            Q("indirect", "وقت عرض المسرحية يستغرق", "الإضاءة والصوت", "أفاد", BAQNA, SPA),
            Q("indirect", "شخصية لبيد بن ربيعة", "وشجاع الشباطي", "بين", BAQNA, SPA),
            Q("indirect", "حفل الافتتاح سيستغرق", "وفقرة التكريم", "كشف", BAQNA, SPA),
        ],
        "timex": [
            T("40 دقيقة", "DURATION", "PT40M", "all"),
            T("26 شوال 1436", "DATE", "2015-08-11"),
            T("11 أغسطس 2015", "DATE", "2015-08-11"),
            T("مساء يوم غد", "DATE", "2015-08-12"),
            T("هذا العام", "DATE", "2015"),
            T("الأعوام الماضية", "DURATION", "PXY"),
            T("80 دقيقة", "DURATION", "PT80M"),
            T("10:05 ت م", "TIME", "2015-08-11T10:05"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(2),
            earlier_name="the first or second set",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
