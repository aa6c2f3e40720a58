"""Build ``snn_dev4.jsonl``: the fourth blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates4.py`` (seed 20161201) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of the first
three sets (``make_silver.py``, ``make_silver2.py``, ``make_silver3.py``, README.md). The hint
classes (``E``, ``T``, ``Q``), the builder with all its checks (``build``) and the writer come from
``silver_tools.py``, as in ``make_silver3.py``; this script holds the annotations and refuses any
article that the first, second or third set already uses.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver4.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import ISIS, KSA, SALMAN, SPA, UN, USA
from make_silver3 import AFP, HOUTHI, LAVROV, PENTAGON
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev4.jsonl")
ID_PREFIX = "snn-dev4-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
JUBEIR = "عادل الجبير"
SHOUKRY = "سامح شكري"
SISI = "عبد الفتاح السيسي"
MBS = "محمد بن سلمان"
CAIRO_DECL = "إعلان القاهرة"
ASSAD = "بشار الأسد"
CARTER = "آشتون كارتر"
BARZANI = "مسعود بارزاني"
ABBAS = "محمود عباس"
DUMAIRI = "عدنان الضميري"
NETANYAHU = "بنيامين نتنياهو"
GPC = "المؤتمر الشعبي العام"
MAISARI = "أحمد الميسري"
OKAZ = "عكاظ"
COALITION = "التحالف العربي"
ISR_MEDIA = "وسائل إعلام إسرائيلية"
ISR_RADIO = "الإذاعة الإسرائيلية"
PPS = "نادي الأسير الفلسطيني"
SAADAT = "أحمد سعدات"
NAFHA = "سجن نفحة"
IPS = "مصلحة السجون الإسرائيلية"
CONCACAF = "الكونكاكاف"
CFU = "اتحاد الكاريبي لكرة القدم"
PLATINI = "ميشيل بلاتيني"
BLATTER = "سيب بلاتر"
DERRICK = "جوردون ديريك"
FIFA = "الاتحاد الدولي لكرة القدم"
REUTERS = "رويترز"
ANRE = "وكالة الطاقة والموارد الطبيعية اليابانية"
OMAIR = "علي العمير"
OPEC = "أوبك"
IDEMITSU = "اديميتسو كوزان"
MOBILY = "موبايلي"
ZAIN = "زين السعودية"
CMA = "هيئة السوق المالية"
TADAWUL = "تداول"
SAMA_READING = "الطائف سما للقراءة"
HAZM = "حزم وعزم"
RIMI = "سليمان الريمي"
HAIL_EDU = "الإدارة العامة للتعليم بمنطقة حائل"
THUWAINI = "يوسف بن محمد الثويني"
CIVIL_DEFENCE = "الدفاع المدني"
NAMAR_DAM = "سد وادي نمار"
HAMMADI = "محمد الحمادي"
RED_CRESCENT = "هيئة الهلال الأحمر السعودي"

ARTICLES: list[dict] = [
    # 00 — Al-Riyadh: al-Jubeir and Shoukry in Cairo after the "Cairo Declaration". Direct quotes
    # after titles, a nested report (Shoukry reports al-Sisi), a stray closing mark.
    {
        "index": 13785,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("الجبير", "PERS", JUBEIR, [1, 4, 5]),
            E("عادل الجبير", "PERS", JUBEIR, "all"),
            E("سامح شكري", "PERS", SHOUKRY),
            E("شكري", "PERS", SHOUKRY, [2, 3, 4, 5]),
            E("إعلان القاهرة", "MISC", CAIRO_DECL, "all"),
            E("مصر", "LOC", "مصر", "all"),
            E("عبدالفتاح السيسي", "PERS", SISI),
            E("السيسي", "PERS", SISI, 2),
            E("مجلس الوزراء", "ORG", "مجلس الوزراء السعودي"),
            E("محمد بن سلمان", "PERS", MBS, "all"),
            E("سلمان بن عبدالعزيز", "PERS", SALMAN),
        ],
        "quotes": [
            Q("indirect", 'صدور "إعلان القاهرة"', "جناحي الأمة العربية والإسلامية", "أكد", SHOUKRY),
            Q("indirect", "في تضامن البلدين", "والمصير المشترك", "شدد", SHOUKRY),
            Q("direct", "إن زيارة وزير خارجية المملكة", "بين البلدين", "قال", SHOUKRY),
            Q("indirect", "المشاورات الثنائية بين مصر", "الدولية والإقليمية", "مشيرا", SHOUKRY),
            Q("indirect", "الرئيس السيسي أكد ضرورة", "الأمن القومي للأمة العربية", "أضاف", SHOUKRY),
            # Shoukry reports what al-Sisi said: a quote inside a quote, with its own speaker.
            Q("indirect", "ضرورة أن يكون البلدان", "الأمن القومي للأمة العربية", "أكد", SISI),
            Q("indirect", "المرحلة المقبلة ستشهد", "تحقيق المصالح المشتركة", "أشار", SHOUKRY),
            Q("direct", "إن هناك رغبة", "والإستراتيجية والتاريخية", "قال", JUBEIR),
            Q("indirect", "الاجتماع الذي عقد أمس", "بتطوير العلاقات المشتركة", "مشيرا", JUBEIR),
            Q("direct", "سنبذل كل ما في وسعنا", "بين مصر والمملكة", "أضاف", JUBEIR),
            Q("indirect", "تم وضع آلية", "القيادة العربية المشتركة", "مشيرا", JUBEIR),
            # No opening mark: indirect after «إن»; the stray closing mark stays outside the span.
            Q("indirect", "مصر والمملكة جناحا", "وأمن الأمة واستقرارها", "قال", JUBEIR),
        ],
        "timex": [
            T("المرحلة المقبلة", "DATE", "FUTURE_REF"),
            T("الفترة القادمة", "DATE", "FUTURE_REF"),
            T("أمس الخميس", "DATE", None),
        ],
    },
    # 01 — Al-Weeam (Reuters copy; byline not in text): al-Jubeir and Lavrov in Moscow disagree on
    # Assad. Joint speakers, an unclosed quote running on into a second marked paragraph.
    {
        "index": 30462,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("روسيا", "LOC", "روسيا", "all"),
            E("الأسد", "PERS", ASSAD, [1, 3, 4, 5, 6, 7]),
            E("بشار الأسد", "PERS", ASSAD),
            E("الاسد", "PERS", ASSAD),
            E("أسد", "PERS", ASSAD, 1, exact=True, anchor="مكان لل"),
            E("السعودية", "LOC", KSA, "all"),
            E("موسكو", "LOC", "موسكو", "all"),
            E("الدولة الإسلامية", "ORG", ISIS),
            E("سوريا", "LOC", "سوريا", "all"),
            E("عادل الجبير", "PERS", JUBEIR),
            E("الجبير", "PERS", JUBEIR, [2, 3, 4]),
            E("الرياض", "LOC", "الرياض"),
            E("سيرجي لافروف", "PERS", LAVROV),
            E("لافروف", "PERS", LAVROV, [2, 3, 4, 5]),
            E("داعش", "ORG", ISIS, "all"),
            E("الائتلاف الوطني السوري", "ORG", "الائتلاف الوطني السوري"),
            E("الاتحاد الديمقراطي الكردي السوري", "ORG", "حزب الاتحاد الديمقراطي"),
            E("دمشق", "LOC", "دمشق"),
            E("الوئام", "ORG", "الوئام"),
        ],
        "quotes": [
            Q("indirect", "موقف الرياض هو ضرورة تنحي الأسد", None, "أكد", JUBEIR),
            Q("indirect", "من بين الأسباب الرئيسية", "وليس ضد داعش", "قال", JUBEIR),
            Q("indirect", "الأسد جزء من المشكلة", "حل الازمة السورية", "أضاف", JUBEIR),
            Q("indirect", "لا يوجد مكان للأسد", "في مستقبل سوريا", "قائلا", JUBEIR),
            Q("indirect", "ناقشا التقريب", "بشأن حل الصراع", "قال", f"{JUBEIR} و{LAVROV}"),
            # Unclosed mark: runs to the end of the paragraph; the next paragraph is a new marked quote.
            Q("direct", "المحادثات تتعلق", "إلى وقت لاحق.", "قال", LAVROV),
            Q("direct", "زيادة تنسيق الجهود", "بلوغ هذا الهدف.", "قال", LAVROV),
            Q("indirect", "هذا يشمل الجيشين", "المعارضة السورية المسلحة", "أضاف", LAVROV),
            Q("indirect", "القوات المناهضة لتنظيم داعش", "بدعم دولي واسع", "قال", LAVROV),
            Q("indirect", "أي تحالف مع الأسد", None, "استبعد", JUBEIR),
            Q("indirect", "بعض “التفاصيل الأولية”", "بموجب الاقتراح الروسي", "قال", LAVROV),
            Q("indirect", "موسكو ستجري محادثات", "في الايام المقبلة", "قال", LAVROV),
        ],
        "timex": [
            T("اليوم الثلاثاء", "DATE", None),
            T("الايام المقبلة", "DURATION", "PXD"),
        ],
    },
    # 02 — Asharq al-Awsat: Ashton Carter arrives in Erbil. Partial direct quotes after «إن», the
    # Pentagon as a speaker, relative dates with a null pub_date.
    {
        "index": 7161,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("أربيل", "LOC", "أربيل", "all"),
            E("بارزاني", "PERS", BARZANI, [1, 3]),
            E("مسعود بارزاني", "PERS", BARZANI),
            E("اشتون كارتر", "PERS", CARTER),
            E("كارتر", "PERS", CARTER, [2, 3, 4]),
            E("كردستان العراق", "LOC", "كردستان العراق"),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("داعش", "ORG", ISIS, "all"),
            E("خالد العبيدي", "PERS", "خالد العبيدي"),
            E("بغداد", "LOC", "بغداد"),
            E("البشمركة", "ORG", "البشمركة", "all"),
            E("وزارة الدفاع الاميركية", "ORG", PENTAGON),
            E("البنتاغون", "ORG", PENTAGON, "all"),
            E("العراق", "LOC", "العراق", [2, 3, 4]),
            E("صدام حسين", "PERS", "صدام حسين"),
            E("الكونغرس", "ORG", "الكونغرس الأمريكي"),
            E("رمادي", "LOC", "الرمادي", 1, exact=True, anchor="العراقي لل"),
        ],
        "quotes": [
            Q("direct", "قوات برية قوية وناجحة", None, "قال", CARTER),
            Q("indirect", "يتطلع إلى لقاء بارزاني", None, "صرح", CARTER),
            Q("direct", "الاكراد نموذج لما نبحث عنه", "والحفاظ عليها", "قال", CARTER),
            Q("indirect", "يدرس مطالب الاكراد", "للألغام الارضية", "أفاد", PENTAGON),
        ],
        "timex": [
            T("اليوم (الجمعة)", "DATE", None),
            T("أمس", "DATE", None),
            T("اليوم", "DATE", None, [2, 3]),
            T("العام الماضي", "DATE", None),
            T("عشرات السنين", "DURATION", "PXY"),
            T("الشهر", "DATE", None),
            T("الصيف الماضي", "DATE", None),
        ],
    },
    # 03 — Al-Jazirah (agencies): Abbas asks that settler groups be listed as terrorist; the security
    # services' spokesman to AFP. One paragraph, reversed opening marks (»…»).
    {
        "index": 15469,
        "outlet": "الجزيرة",
        "pub_date": None,
        "entities": [
            E("عباس", "PERS", ABBAS, [1, 3]),
            E("محمود عباس", "PERS", ABBAS),
            E("رام الله", "LOC", "رام الله"),
            E("الأمم المتحدة", "ORG", UN),
            E("أميركا", "LOC", USA),
            E("الضفة الغربية", "LOC", "الضفة الغربية"),
            E("عدنان الضميري", "PERS", DUMAIRI),
            E("فرانس برس", "ORG", AFP),
            E("دوابشة", "PERS", "دوابشة"),
            E("نابلس", "LOC", "نابلس"),
            E("الضميري", "PERS", DUMAIRI, 2),
            E("إسرائيل", "LOC", "إسرائيل"),
            E("بنيامين نتانياهو", "PERS", NETANYAHU),
        ],
        "quotes": [
            Q("direct", "نطالب المجتمع الدولي", "أكثر سوءا", "قال", ABBAS),
            Q("direct", "منذ عام 2004", "القذرة الوحشية", "أضاف", ABBAS),
            Q(
                "indirect",
                "عزمها على «ملاحقة» المستوطنين",
                "هجمات على فلسطينيين",
                "أعلنت",
                "الأجهزة الأمنية الفلسطينية",
            ),
            Q("direct", "ارتكبوا جرائم إرهابية", "للأمن الفلسطيني", "قال", DUMAIRI, AFP),
            Q("direct", "ستتم ملاحقتهم", "وممتلكاته", "أضاف", DUMAIRI, AFP),
            Q("direct", "ليس لدينا ثقة", "بعد ساعات", "تابع", DUMAIRI, AFP),
            Q("direct", "العمل الإرهابي", None, "وصف", NETANYAHU),
            Q("direct", "امتصاص نقمة العالم", "على هذه الجريمة", "قال", DUMAIRI, AFP),
        ],
        "timex": [
            T("مساء امس الجمعة", "DATE", None),
            T("عام 2004", "DATE", "2004"),
            T("ساعات", "DURATION", "PXH", "all"),
            T("مساء الجمعة", "DATE", None),
            T("الجمعة", "DATE", None, 3),
            T("الآن", "DATE", "PRESENT_REF"),
        ],
    },
    # 04 — Okaz: Ahmed al-Maisari on the resistance moving on Shabwa; statements to Okaz (the
    # publishing outlet as via), a marked quote running over a line break.
    {
        "index": 26298,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("المؤتمر الشعبي", "ORG", GPC, 1),
            E("المؤتمر الشعبي العام", "ORG", GPC),
            E("شبوة", "LOC", "شبوة", "all"),
            E("أحمد الميسري", "PERS", MAISARI),
            E("الميسري", "PERS", MAISARI, 2),
            E("جماعة الحوثي", "ORG", HOUTHI, "all"),
            E("أبين", "LOC", "أبين"),
            E("زنجبار", "LOC", "زنجبار"),
            E("عكاظ", "ORG", OKAZ),
            E("قاعدة العند", "LOC", "قاعدة العند"),
            E("عدن", "LOC", "عدن"),
            E("التحالف العربي", "ORG", COALITION),
            E("اليمن", "LOC", "اليمن", "all"),
        ],
        "quotes": [
            Q("indirect", "تحرك قوات المقاومة", "من العناصر الحوثية", "أكد", MAISARI),
            Q("indirect", "سقوط قاعدة العند", "أمام قوات المقاومة", "أوضح", MAISARI, OKAZ),
            Q("indirect", "بعد تحرير محافظة عدن", "لمدينتهم", "لافتا", MAISARI, OKAZ),
            Q("direct", "لولا الله", "لسنوات طويلة", "أضاف", MAISARI, OKAZ),
            Q("indirect", "ضرورة ملاحقة الميليشيات", "معظم محافظات الجنوب", "شدد", MAISARI, OKAZ),
            Q("direct", "يجب دحر جماعة الحوثي", "من كل مناطق اليمن", "قائلا", MAISARI, OKAZ),
            Q("indirect", "ممارسات الحوثيين في اليمن", "من هذه الجماعة", "مضيفا", MAISARI, OKAZ),
        ],
        "timex": [
            T("سنوات طويلة", "DURATION", "PXY"),
        ],
    },
    # 05 — Al-Yaum: Israel puts Jewish extremists in administrative detention; Palestinian Prisoners'
    # Club and Ahmed Saadat on the hunger strike. Media as speakers, partial direct quotes.
    {
        "index": 28974,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("إسرائيل", "LOC", "إسرائيل", "all"),
            E("الضفة الغربية", "LOC", "الضفة الغربية", "all"),
            E("مائير ايتنجر", "PERS", "مائير إيتنجر"),
            E("ابيتار سلونيم", "PERS", "أفيتار سلونيم"),
            E(
                "وحدة التحقيق في الجرائم القومية المتطرفة",
                "ORG",
                "وحدة التحقيق في الجرائم القومية المتطرفة",
            ),
            E("نادي الأسير الفلسطيني", "ORG", PPS),
            E("نادي الأسير", "ORG", PPS, [2, 3]),
            E("نفحة", "LOC", NAFHA),
            E("ريمون", "LOC", "سجن ريمون"),
            E("نفحه", "LOC", NAFHA, "all"),
            E("أحمد سعدات", "PERS", SAADAT),
            E("سعدات", "PERS", SAADAT, 2),
            E("جبهة الشعبية", "ORG", "الجبهة الشعبية لتحرير فلسطين", 1, exact=True, anchor="العام لل"),
            E("مصلحة سجون الاحتلال", "ORG", IPS),
            E("مصلحة السجون", "ORG", IPS),
        ],
        "quotes": [
            Q("indirect", "تم تحويل اثنين", "إلى الاعتقال الإداري", "أفادت", ISR_MEDIA),
            Q("indirect", "مائير ايتنجر", "لمدة ستة أشهر", "أضافت", ISR_MEDIA),
            Q("indirect", "أفراد وحدة التحقيق", "واعتقلت عشرة يهود", "أفادت", ISR_RADIO),
            Q("direct", "للاشتباه فيهم", "وقعت مؤخرا في الضفة الغربية", "أفادت", ISR_RADIO),
            Q("indirect", "من المتوقع أن يصادق", "إداري بحق", "أضافت", ISR_RADIO),
            Q("direct", "عدد من نشطاء اليمين", "أعمال إرهابية ضد فلسطينيين", "أضافت", ISR_RADIO),
            Q("indirect", "عدد الأسرى المضربين", "ارتفع إلى 148 أسيرا", "أكد", PPS),
            Q("indirect", "من بين الأسرى المضربين", "انضموا إلى الإضراب، الأحد", "أوضح", PPS),
            Q("indirect", "دائرة الإضراب المفتوح", "تتسع", "أكد", SAADAT),
            Q("indirect", "عدّة أقسام في السجون", 'في سجن "نفحه"', "موضحاً", SAADAT),
            Q("indirect", "عنوان هذا التصعيد", "للتضييق على الأسرى", "أشار", SAADAT),
            Q("indirect", "عملية تنقلات تعسفية", "إلى (148) أسيراً", "ذكر", PPS),
            Q("indirect", "العدد يزداد", None, "لافتاً", PPS),
        ],
        "timex": [
            T("ستة أشهر", "DURATION", "P6M"),
            T("صباح أمس", "DATE", None),
            T("مؤخرا", "DATE", "PAST_REF"),
            T("الأيام القادمة", "DURATION", "PXD"),
            T("الأحد", "DATE", None, "all"),
            T("يوم الخامس", "DURATION", "P5D", 1, exact=True, anchor="مضربون لل"),
            T("الآونة الأخيرة", "DATE", "PAST_REF"),
            T("مؤخراً", "DATE", "PAST_REF"),
            T("الخامس من آب الجاري", "DATE", None),
        ],
    },
    # 06 — Ain Alyoum (sports, Reuters interview): CONCACAF has not formally backed Platini. Byline in
    # text, a report inside a report, statements to Reuters, tag line at the end.
    {
        "index": 13002,
        "outlet": "عين اليوم",
        "pub_date": None,
        "entities": [
            E("الكونكاكاف", "ORG", CONCACAF, "all"),
            E("كونكاكاف", "ORG", CONCACAF, 1, exact=True, anchor="مؤقتة لل"),
            E("الكونكاف", "ORG", CONCACAF),
            E("بلاتيني", "PERS", PLATINI, [1, 3, 4, 5, 6]),
            E("ميشيل بلاتيني", "PERS", PLATINI),
            E("عين اليوم", "ORG", "عين اليوم"),
            E("زوريخ", "LOC", "زوريخ"),
            E("اتحاد الكاريبي لكرة القدم", "ORG", CFU),
            E("اتحاد الكاريبي", "ORG", CFU, [2, 3]),
            E("الفيفا", "ORG", FIFA, "all"),
            E("أمريكا الشمالية", "LOC", "أمريكا الشمالية"),
            E("الكاريبي", "LOC", "الكاريبي", 2),
            E("سيب بلاتر", "PERS", BLATTER),
            E("بلاتر", "PERS", BLATTER, [2, 3]),
            E("جوردون ديريك", "PERS", DERRICK),
            E("ديريك", "PERS", DERRICK, [2, 3, 4, 5]),
            E("رويترز", "ORG", REUTERS),
            E("انتيجوا", "LOC", "أنتيغوا"),
            E("فرنسا", "LOC", "فرنسا"),
            E("جيفري ويب", "PERS", "جيفري ويب"),
            E("انجلترا", "LOC", "إنجلترا"),
            E("ايطاليا", "LOC", "إيطاليا"),
            E("المانيا", "LOC", "ألمانيا"),
            E("تشونج مونج جون", "PERS", "تشونج مونج جون"),
            E("زيكو", "PERS", "زيكو"),
            E("الاتحاد الليبيري لكرة القدم", "ORG", "الاتحاد الليبيري لكرة القدم"),
            E("موسى بيليتي", "PERS", "موسى بيليتي"),
            E("علي بن الحسين", "PERS", "علي بن الحسين"),
        ],
        "quotes": [
            # «رئيس اتحاد الكاريبي لكرة القدم» is Gordon Derrick, named in the next paragraph.
            Q("indirect", "ميشيل بلاتيني المرشح", "والكاريبي حتى الان", "قال", DERRICK),
            Q("indirect", "الكونكاكاف أعلن دعمه لبلاتيني", None, "ذكرت", "بعض التقارير"),
            Q("indirect", "دعمه لبلاتيني", None, "أعلن", CONCACAF),
            Q("indirect", "لم يحدث رسميا حتى الان", None, "أبلغ", DERRICK, REUTERS),
            Q("direct", "ما أعرفه انه", "وعودا لاي شخص.", "قال", DERRICK, REUTERS),
            Q("indirect", "لاعب منتخب فرنسا السابق", "ستة اتحادات قارية", "ألمحت", "مصادر قريبة من بلاتيني"),
            Q("direct", "اعتقد انها مجرد مناورات", "في صالحهم بعد ذلك.", "قال", DERRICK, REUTERS),
            Q("indirect", "مع وجود قيادة مؤقتة", "مجرد تكهنات", "قال", DERRICK, REUTERS),
            Q("direct", "لم يتحدث اي شخص بشكل رسمي", "اعلان اي شيء.", "تابع", DERRICK, REUTERS),
            Q("indirect", "اعضاء اتحاده سيحتاجون", "اكتوبر تشرين الاول", "قال", DERRICK, REUTERS),
            Q("direct", "اعتقد انه لن يتم", "وما هي برامجهم.", "اوضح", DERRICK, REUTERS),
        ],
        "timex": [
            T("الآن", "DATE", "PRESENT_REF"),
            T("الان", "DATE", "PRESENT_REF", "all"),
            T("فبراير شباط المقبل", "DATE", None),
            T("الاسبوع الماضي", "DATE", None),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("مايو ايار", "DATE", None),
            T("اكتوبر تشرين الاول", "DATE", None),
            T("26 اكتوبر", "DATE", None),
        ],
    },
    # 07 — Al-Eqtisadiya (economic): Kuwaiti crude exports to Japan; the oil minister al-Omair.
    # A report as speaker, unmarked first-person speech, many rates «يوميا».
    {
        "index": 15269,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("اليابان", "LOC", "اليابان", "all"),
            E("وكالة الطاقة والموارد الطبيعية اليابانية", "ORG", ANRE),
            E("الكويت", "LOC", "الكويت", "all"),
            E("الإمارات", "LOC", "الإمارات العربية المتحدة"),
            E("السعودية", "LOC", KSA),
            E("روسيا", "LOC", "روسيا"),
            E("قطر", "LOC", "قطر"),
            E("الولايات المتحدة", "LOC", USA),
            E("الصين", "LOC", "الصين"),
            E("علي العمير", "PERS", OMAIR),
            E("العمير", "PERS", OMAIR, [2, 3, 4]),
            E("أوبك", "ORG", OPEC, "all"),
            E("إيران", "LOC", "إيران"),
            E("اديميتسو كوزان", "ORG", IDEMITSU),
            E("رويال داتش شل", "ORG", "رويال داتش شل"),
            E("شوا شيل سيكيو", "ORG", "شوا شيل سيكيو"),
        ],
        "quotes": [
            Q("indirect", "الكويت التي تعد", "واردات اليابان النفطية", "ذكرت", ANRE),
            Q("indirect", "تراجع إجمالي واردات", "من العام الماضي", "أشار", ANRE),
            Q("indirect", "هناك ارتياحا", "نمو الاقتصاد العالمي", "أكد", OMAIR),
            Q("indirect", "نحن لا ننظر", "خلال المرحلة المقبلة", "أضاف", OMAIR),
            Q("indirect", "نحن مطمئنون", "إلى 4 ملايين برميل", "قال", OMAIR),
            Q("indirect", "الكويت قادرة على الحفاظ", "الآسيوية والأوروبية وغيرها", "أشار", OMAIR),
            Q("indirect", "تأثر حصة بلاده", "مع القوى الكبرى", "استبعد", OMAIR),
            Q("indirect", "تكلفة المشاريع النفطية", "60 مليار دولار", "أضاف", OMAIR),
            Q("indirect", "وافقت على شراء", "بقيمة 1.4 مليار دولار", "أعلنت", IDEMITSU),
        ],
        "timex": [
            T("شهر حزيران (يونيو) الماضي", "DATE", None),
            T("عام", "DURATION", "P1Y", 1),
            T("يوميا", "SET", "P1D", "all"),
            T("الفترة نفسها من العام الماضي", "DATE", None),
            T("الفترة المقبلة", "DATE", "FUTURE_REF"),
            T("المرحلة المقبلة", "DATE", "FUTURE_REF"),
            T("2020", "DATE", "2020"),
            T("السنوات الخمس المقبلة", "DURATION", "P5Y"),
        ],
    },
    # 08 — Al-Riyadh (economic): Mobily's half-year loss; the CMA lifts the trading suspension.
    # Company and regulator as speakers, many periods, absolute dates with glued era marks.
    {
        "index": 16972,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("موبايلي", "ORG", MOBILY, [1, 2]),
            E("اتحاد الاتصالات", "ORG", MOBILY),
            E("زين", "ORG", ZAIN, [1, 3, 4]),
            E("زين السعودية", "ORG", ZAIN),
            E("هيئة السوق المالية السعودية", "ORG", CMA),
            E("اتحاد اتصالات – موبايلي", "ORG", MOBILY),
            E("السوق المالية السعودية", "ORG", TADAWUL, 2),
            E("تداول", "ORG", TADAWUL),
        ],
        "quotes": [
            Q("indirect", "نتائج النصف الأول لعام 2015", "في نفس الربع من العام الماضي", "أعلنت", MOBILY),
            Q("indirect", "سبب تسجيل خسائر خلال الفترة الحالية", "58 مليون ريال", "أرجعت", MOBILY),
            Q("indirect", "سبب تسجيل خسائر خلال الربع الحالي", "بعض الفترات", "أرجعت", MOBILY),
            Q("indirect", "رفع تعليق التداول", "3 أغسطس 2015", "أعلنت", CMA),
            Q("indirect", "ستعلن تطورات", "عند الانتهاء منه", "موضحة", CMA),
            Q("indirect", "رفع التعليق جاء", "السوق المالية السعودية (تداول)", "قالت", CMA),
        ],
        "timex": [
            T("النصف الأول", "DATE", None, 1),
            T("النصف الأول لعام 2015", "DATE", "2015"),
            T("نفس الفترة من عام 2014", "DATE", "2014"),
            T("الربع الثاني", "DATE", None),
            T("نفس الربع من العام الماضي", "DATE", None),
            T("الفترة الحالية", "DATE", None),
            T("الفترة المماثلة من العام السابق", "DATE", None),
            T("الربع الحالي", "DATE", None),
            T("الربع المماثل من العام السابق", "DATE", None),
            T("يوم الاثنين 3 أغسطس 2015", "DATE", "2015-08-03"),
            T("30 يوليو 2015", "DATE", "2015-07-30"),
            T("عام 2014", "DATE", "2014", 2, exact=True),
            T("ربع الأول من 2015", "DATE", "2015", 1, exact=True),
        ],
    },
    # 09 — SPA (culture): the Taif reading contest's finals next Thursday. Dated by its dateline
    # (Monday 10 August 2015): «يوم الخميس المقبل» is 13 August, «يوم الجمعة المقبلة» 14 August.
    {
        "index": 29334,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("قارئ اليوم .. قائد الغد", "MISC", SAMA_READING, "all"),
            E("الطائف", "LOC", "الطائف", [1, 6]),
            E("واس", "ORG", SPA),
            E("سما للقراءة", "MISC", SAMA_READING, 1),
            E("حزم وعزم", "MISC", HAZM),
            E("شركة الطائف للاستثمار والسياحة", "ORG", "شركة الطائف للاستثمار والسياحة"),
            E("النادي الأدبي الثقافي", "ORG", "نادي الطائف الأدبي الثقافي"),
            E("جامعة الطائف", "ORG", "جامعة الطائف"),
            E("الإدارة العامة للتعليم", "ORG", "الإدارة العامة للتعليم بمحافظة الطائف"),
            E("سليمان الريمي", "PERS", RIMI),
            E("زيد الفضيل", "PERS", "زيد الفضيل"),
            E("أمل القثامي", "PERS", "أمل القثامي"),
            E("محمد السحيمي", "PERS", "محمد السحيمي"),
            E("فاضل العماني", "PERS", "فاضل العماني"),
            E("الطائف سما للقراءة", "MISC", SAMA_READING),
            E("فهد بن عبد العزيز بن معمر", "PERS", "فهد بن عبد العزيز بن معمر"),
            E("الطائف سما", "MISC", "الطائف سما", 2),
            E("عزم وحزم", "MISC", HAZM),
            E("منتجع الكر", "LOC", "منتجع الكر"),
        ],
        "quotes": [
            Q("indirect", "عدد المشاركين في المسابقة", "لجنة الفرز", "أوضح", RIMI, SPA),
            Q("indirect", "المتسابقون المتأهلون", "وفاضل العماني", "مبيناً", RIMI, SPA),
        ],
        "timex": [
            T("الخميس المقبل", "DATE", "2015-08-13", 1),
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 أغسطس 2015", "DATE", "2015-08-10"),
            T("يوم الخميس المقبل", "DATE", "2015-08-13"),
            T("يوم الجمعة المقبلة", "DATE", "2015-08-14"),
            T("16:38 ت م", "TIME", "2015-08-10T16:38"),
        ],
    },
    # 10 — SPA (education): Hail's education department launches an attendance programme. Dated by
    # its dateline (11 August 2015), so «أمس» is 10 August; two «انتهى» lines and a clock line.
    {
        "index": 30880,
        "outlet": "واس",
        "pub_date": "2015-08-11",
        "entities": [
            E("تعليم حائل", "ORG", HAIL_EDU),
            E("كن مواظباً", "MISC", "كن مواظباً", "all"),
            E("حائل", "LOC", "حائل", [2, 3, 4]),
            E("واس", "ORG", SPA),
            E("الإدارة العامة للتعليم", "ORG", HAIL_EDU, "all"),
            E("يوسف بن محمد الثويني", "PERS", THUWAINI),
            E("الثويني", "PERS", THUWAINI, 2),
            E("إدارة الإشراف التربوي", "ORG", "إدارة الإشراف التربوي"),
            E("يحيى العماري", "PERS", "يحيى العماري"),
            E("فوزية الجنيدي", "PERS", "فوزية الجنيدي"),
            E("نور", "MISC", "نظام نور"),
        ],
        "quotes": [
            Q("indirect", "البداية الجادة للمدارس", "ظاهرة الغياب", "شدد", THUWAINI, SPA),
        ],
        "timex": [
            T("26 شوال 1436", "DATE", "2015-08-11"),
            T("11 أغسطس 2015", "DATE", "2015-08-11"),
            T("أمس", "DATE", "2015-08-10"),
            T("12:42 ت م", "TIME", "2015-08-11T12:42"),
        ],
    },
    # 11 — Okaz (society / security): Civil Defence recovers a drowned man from the Wadi Namar dam.
    # Numeric Hijri date with weekday (11/10/1436 = Monday 27 July 2015) and a clock time.
    {
        "index": 14716,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("وادي نمار", "LOC", "وادي نمار", 1),
            E("الدفاع المدني", "ORG", CIVIL_DEFENCE, "all"),
            E("دفاع المدني", "ORG", CIVIL_DEFENCE, 1, exact=True, anchor="الرسمي لل"),
            E("الرياض", "LOC", "الرياض", [1, 2]),
            E("سد وادي نمار", "LOC", NAMAR_DAM, "all"),
            E("محمد الحمادي", "PERS", HAMMADI),
            E("هيئة العليا لتطوير مدينة الرياض", "ORG", "الهيئة العليا لتطوير مدينة الرياض"),
            E("فريق غوث للبحث والإنقاذ التطوعي", "ORG", "فريق غوث للبحث والإنقاذ التطوعي"),
            E("الهلال الأحمر", "ORG", RED_CRESCENT),
        ],
        "quotes": [
            Q("indirect", "فرق الدفاع المدني انتشلت", "8:15 صباحا", "أوضح", HAMMADI),
            Q("indirect", "واصلت فرق البحث", "العثور على الجثة", "أضاف", HAMMADI),
            Q("indirect", "شاركت فرق الدفاع المدني", "المدني والهلال الأحمر", "أضاف", HAMMADI),
        ],
        "timex": [
            T("صباح أمس الأربعاء", "DATE", None),
            T("يوم الاثنين الموافق 11/10/1436", "DATE", "2015-07-27", 1, exact=True),
            T("الساعة 8:15 صباحا", "TIME", "2015-07-27T08:15"),
            T("أمس", "DATE", None, 2),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(3),
            earlier_name="the first, second or third set",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
