"""Build ``snn_dev10.jsonl``: the tenth blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates10.py`` (seed 20250304) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of sets 1-9
(``make_silver.py`` … ``make_silver9.py``, README.md), before any akhbar output on them was seen.
The hint classes (``E``, ``T``, ``Q``), the builder with all its checks (``build``) and the writer
come from ``silver_tools.py``, as in ``make_silver9.py``; this script holds the annotations and
refuses any article that sets 1-9 already use.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver10.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import ISIS, SPA, USA
from make_silver3 import AFP
from make_silver4 import CARTER
from make_silver6 import SHARQ, SYRIA
from make_silver8 import ADEN, GREECE
from make_silver9 import MED, TAIZ
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev10.jsonl")
ID_PREFIX = "snn-dev10-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
ASSAD = "بشار الأسد"
ABADI = "حيدر العبادي"
DAMASCUS = "دمشق"
BAGHDAD = "بغداد"
IRAQI_OFFICIAL = "مسؤول أمني عراقي"
IRAQI_LEADERSHIP = "القيادة العراقية"
ALEPPO = "حلب"
SOHR = "المرصد السوري لحقوق الإنسان"
RAMI = "رامي عبد الرحمن"
ELSA = "إلسا غونزاليس"
TVE = "تي في اي"
PENTAGON = "وزارة الدفاع الأمريكية"
QAEDA = "القاعدة"
FADHLI = "محسن الفضلي"
HOUTHI_LEADER = "عبد الملك الحوثي"
HOUTHI = "جماعة الحوثي"
RESISTANCE_SOURCE = "مصدر في المقاومة الشعبية اليمنية"
OMAR = "محمد عمر"
KARACHI = "كراتشي"
AFGHANISTAN = "أفغانستان"
OKAZ = "عكاظ"
OKAZ_SOURCES = "مصادر عكاظ"
TALIBAN = "طالبان"
WHITE_HOUSE = "البيت الأبيض"
RUSSIA = "روسيا"
NATO = "حلف شمال الأطلسي"
KREMLIN = "الكرملين"
BLACK_SEA = "البحر الأسود"
ATLANTIC = "المحيط الأطلسي"
MOSCOW = "موسكو"
ROGOZIN = "ديمتري روغوزين"
RU_AGENCIES = "وكالات الأنباء الروسية"
PUTIN = "فلاديمير بوتين"
IATA = "الاتحاد الدولي للنقل الجوي"
REUTERS = "رويترز"
TAYLER = "توني تايلر"
OPEC = "أوبك"
GULF_DELEGATE = "مندوب خليجي في أوبك"
API = "معهد البترول الأمريكي"
MOURINHO = "جوزيه مورينيو"
CHELSEA = "تشيلسي"
HAZARD = "إدين هازارد"
SWANSEA = "سوانزي سيتي"
COURTOIS = "تيبو كورتوا"
QATIF_CORNICHE = "كورنيش القطيف"
SADIQ = "حبيب الصادق"
TAROUTI = "حسين التاروتي"
MAGHRABEL = "زياد مغربل"
EID = "عيد الفطر"
ASIR = "عسير"
HAJRI = "سعد بن سعيد الحجري"
LIBYA = "ليبيا"
BENGHAZI = "بنغازي"
SABRI = "الصابري"
HASI = "ناصر الحاسي"
BENINA_SOURCE = "مصدر عسكري بقاعدة بنينا الجوية"

ARTICLES: list[dict] = [
    # 00 — Al-Riyadh (agencies; the byline is not in the text): Assad's speech on the army. A headline
    # attribution, `اكد ان`, `مشيرا الى "…"` (a marked word inside an indirect claim), direct quotes after
    # `ان` (`قال`, `اضاف`, `شدد على ان`, `اشار الى ان`), `مؤكدا "…"` with a marked noun phrase, `اعترف بأن`,
    # `أكد على` + noun phrase, two `الاسد` spellings.
    {
        "index": 12201,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("الأسد", "PERS", ASSAD, "all"),
            E("بشار الاسد", "PERS", ASSAD),
            E("الاسد", "PERS", ASSAD, [2, 3]),
            E("قصر الشعب", "LOC", "قصر الشعب"),
            E("التلفزيون السوري", "ORG", "التلفزيون السوري"),
        ],
        "quotes": [
            Q("indirect", "الجيش قادر على الانتصار", "في حربه", "اكد", ASSAD),
            Q("indirect", '"نقص" في الطاقة', "البشرية لديه", "مشيرا", ASSAD),
            Q("direct", "طاقة الجيش هي", "اكثر من لدينا", "قال", ASSAD),
            Q("direct", "كل شيء متوفر", "نقصا في الطاقة البشرية", "اضاف", ASSAD),
            Q("indirect", "نسبة الالتحاق في الجيش", "الشهرين الماضيين", "مؤكدا", ASSAD),
            Q("direct", "القوات المسلحة قادرة", "قادرة وبراحة", "شدد", ASSAD),
            Q("direct", "العقبة التي تقف", "والهزيمة شيء اخر", "اشار", ASSAD),
            Q("direct", "امتلاك الارادة", "والثقة بالانتصار", "مؤكدا", ASSAD),
            Q("direct", "بعض المناطق حمل", "وبأقل الخسائر", "قال", ASSAD),
            Q("direct", "الحرب ليست حرب", "حرب كل الوطن", "مشيرا", ASSAD),
            Q("indirect", "قواته لا تستطيع", "في كافة المعارك", "اعترف", ASSAD),
            Q("indirect", "أولوية الحفاظ", "حياة الجنود", "أكد", ASSAD),
            Q("indirect", "يؤيد أي حوار", "محدودا على حل الأزمة", "قال", ASSAD),
            Q("indirect", "الحديث عن حل سياسي للأزمة", "وعديم المعنى", "أشار", ASSAD),
            Q("indirect", "أي طرح سياسي", "لا أثر له على الأرض", "أكد", ASSAD),
        ],
        "timex": [
            T("أمس الاحد", "DATE", None),
            T("الشهرين الماضيين", "DURATION", "P2M"),
            T("الشهور الماضية", "DURATION", "PXM"),
        ],
    },
    # 01 — Asharq al-Awsat: the Iraqi envoy's visit to Assad; an unnamed security official
    # `لـ«الشرق الأوسط»` (via the paper for all his statements), direct quotes after `أن`/`إن`, one with no
    # speech verb of its own (`وبينما لم يكشف … فإن «…»`), a body's statement inside his quote.
    {
        "index": 13165,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("العبادي", "PERS", ABADI),
            E("الأسد", "PERS", ASSAD),
            E("الشرق الأوسط", "ORG", SHARQ),
            E("بشار الأسد", "PERS", ASSAD, "all"),
            E("حيدر العبادي", "PERS", ABADI),
            E("فالح الفياض", "PERS", "فالح الفياض"),
            E("دمشق", "LOC", DAMASCUS, "all"),
            E("آشتون كارتر", "PERS", CARTER),
            E("بغداد", "LOC", BAGHDAD, "all"),
            E("داعش", "ORG", ISIS, "all"),
            E("الوليد", "LOC", "الوليد"),
            E("التنف", "LOC", "التنف"),
            E("كتائب أبو الفضل العباس", "ORG", "كتائب أبو الفضل العباس"),
        ],
        "quotes": [
            Q("direct", "اللقاء الذي جمع", "ثلاث رسائل مهمة", "كشف", IRAQI_OFFICIAL, SHARQ),
            Q("direct", "الرسالة الأولى هي", "إلى القيادة السورية", "قال", IRAQI_OFFICIAL, SHARQ),
            Q("direct", "المسألة الثانية", "مثل الوليد والتنف", "يكشف", IRAQI_OFFICIAL, SHARQ),
            Q("direct", "الرئيس السوري بشار الأسد كان", "وأخرى تمسك الأرض", "أوضح", IRAQI_OFFICIAL, SHARQ),
            Q(
                "indirect",
                "ستتوقف عن ذلك",
                "المناطق العراقية من تنظيم داعش",
                "أوضحت",
                IRAQI_LEADERSHIP,
                SHARQ,
            ),
        ],
        "timex": [
            T("أمس", "DATE", None),
        ],
    },
    # 02 — Al-Madina: a rocket on Aleppo, missing Spanish journalists, a Pentagon strike. `بحسب ما ذكر`
    # after the content, a director to AFP, a body's president named after her statement, a statement to a TV
    # station, the Pentagon and its spokesman `في بيان:` + `إن`, a stray closing mark.
    {
        "index": 3445,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("سوريا", "LOC", SYRIA, "all"),
            E("حلب", "LOC", ALEPPO, [1, 2, 4]),
            E("المرصد السوري لحقوق الإنسان", "ORG", SOHR),
            E("رامي عبدالرحمن", "PERS", RAMI),
            E("فرانس برس", "ORG", AFP),
            E("المغاير", "LOC", "المغاير"),
            E("حلب القديمة", "LOC", "حلب القديمة"),
            E("اتحاد جمعيات الصحافيين الإسبان", "ORG", "اتحاد جمعيات الصحافيين الإسبان"),
            E("السا غونزاليس", "PERS", ELSA),
            E("تي في اي", "ORG", TVE),
            E("وزارة الدفاع الأمريكية", "ORG", PENTAGON),
            E("البنتاجون", "ORG", PENTAGON, "all"),
            E("القاعدة", "ORG", QAEDA, "all"),
            E("جماعة خراسان", "ORG", "جماعة خراسان"),
            E("محسن الفضلي", "PERS", FADHLI),
            E("سرمدا", "LOC", "سرمدا"),
            E("جيف ديفيس", "PERS", "جيف ديفيس"),
            E("الفضلي", "PERS", FADHLI, 2),
        ],
        "quotes": [
            Q("indirect", "قتل 18 شخصًا", "في شمال سوريا", "بحسب", SOHR, cue_after=True),
            Q("direct", "سقط الصاروخ", "ووقوع عشرات الجرحى", "قال", RAMI, AFP),
            Q("indirect", "ثلاثة من الصحافيين", "منذ نحو عشرة أيام", "أعلنت", ELSA),
            Q("direct", "في الوقت الحاضر", "التحدث عن اختفاء", "قالت", ELSA, TVE),
            Q("indirect", "لا اخبار عن", "منذ 12 يوليو", "موضحة", ELSA, TVE),
            Q("indirect", "العضو البارز", "في الثامن من يوليو", "قالت", PENTAGON),
            Q("indirect", "الفضلي كان ضمن", "11 سبتمبر عام 2001", "قال", "جيف ديفيس"),
        ],
        "timex": [
            T("أمس الثلاثاء", "DATE", None),
            T("الثلاثاء", "DATE", None, 2),
            T("نحو عشرة أيام", "DURATION", "P10D"),
            T("الوقت الحاضر", "DATE", "PRESENT_REF"),
            T("12 يوليو", "DATE", None),
            T("أمس", "DATE", None, 2),
            T("الثامن من يوليو", "DATE", None),
            T("11 سبتمبر عام 2001", "DATE", "2001-09-11"),
        ],
    },
    # 03 — Al-Yaum: the Houthi leader explains the loss of Aden. A headline attribution with a participle,
    # `برر … إلى أن`, `قال:` + marks, `اعترف … بأن`, `مضيفا إنه` opening a sentence, an unnamed source of the
    # resistance (`أفاد`, `ذكر`, `أضاف`, `تابع أن "…"`), `الحوثي` as the leader and as the movement.
    {
        "index": 18615,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("الحوثي", "PERS", HOUTHI_LEADER, [1, 3, 4]),
            E("عدن", "LOC", ADEN, "all"),
            E("عبدالملك الحوثي", "PERS", HOUTHI_LEADER),
            E("عيد الفطر", "MISC", EID, "all"),
            E("خالد بحاح", "PERS", "خالد بحاح"),
            E("الحوثي", "ORG", HOUTHI, 5),
            E("جماعة الحوثي", "ORG", HOUTHI),
            E("تعز", "LOC", TAIZ, "all"),
            E("شارع الستين", "LOC", "شارع الستين"),
            E("باب المندب", "LOC", "باب المندب"),
        ],
        "quotes": [
            Q("indirect", "الجنود كانوا في زيارة", "خلال إجازة عيد الفطر", "برر", HOUTHI_LEADER),
            Q("direct", "جاء تحقيق تلك الخطوة", "أهاليهم خلال عيد الفطر", "قال", HOUTHI_LEADER),
            Q("indirect", "التطورات الأخيرة التي حدثت", 'بـ "الانتصار" للتحالف', "اعترف", HOUTHI_LEADER),
            Q("indirect", "ورغم كل ما حدث", "إلى حسم المعركة", "مضيفا", HOUTHI_LEADER),
            Q("indirect", "18 من مسلحي", "مدينة تعز وسط البلاد", "أفاد", RESISTANCE_SOURCE),
            Q("indirect", "قتلى من الحوثيين", "شارع الستين بمدينة تعز", "ذكر", RESISTANCE_SOURCE),
            Q("indirect", "مسلحي المقاومة تمكنوا", "خلال هذه المواجهات", "أضاف", RESISTANCE_SOURCE),
            Q("direct", "المواجهات مازالت", "تقدم واضح للمقاومة", "تابع", RESISTANCE_SOURCE),
        ],
        "timex": [
            T("مساء أمس الأحد", "DATE", None),
            T("أمس الأول", "DATE", None),
            T("عدة ساعات", "DURATION", "PXH"),
            T("مساء أمس", "DATE", None, [2, 3]),
            T("الـ 24 ساعة الماضية", "DURATION", "PT24H"),
        ],
    },
    # 04 — Okaz: where Mullah Omar died. A spokesman's `أكد … أن`, the Taliban's spokesman to VOA
    # (`موضحا أنه`), the paper's own sources (`حسب مصادر «عكاظ»`, `أشارت المصادر`, `توضح مصادر «عكاظ»`),
    # a body after `تؤكدها`, an unnamed spokesman, the White House's `اعتبر أن` and its deputy spokesman's
    # direct quote; Eastern Arabic digits in years.
    {
        "index": 14677,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("عمر", "PERS", OMAR, "all"),
            E("كراتشي", "LOC", KARACHI, "all"),
            E("أفغانستان", "LOC", AFGHANISTAN, "all"),
            E("عكاظ", "ORG", OKAZ, "all"),
            E("مكتب الأمن القومي الأفغاني", "ORG", "مكتب الأمن القومي الأفغاني"),
            E("عبدالحسيب صديقي", "PERS", "عبد الحسيب صديقي"),
            E("طالبان", "ORG", TALIBAN, "all"),
            E("صوت أمريكا", "ORG", "صوت أمريكا"),
            E("يعقوب", "PERS", "محمد يعقوب"),
            E("باكستان", "LOC", "باكستان"),
            E("أشرف غني", "PERS", "أشرف غني"),
            E("الولايات المتحدة", "LOC", USA),
            E("كابل", "LOC", "كابل"),
            E("البيت الأبيض", "ORG", WHITE_HOUSE, "all"),
            E("إريك شولتز", "PERS", "إريك شولتز"),
        ],
        "quotes": [
            Q("indirect", "الملا عمر توفي", "(باكستانية أفغانية)", "أكد", "عبد الحسيب صديقي"),
            Q("indirect", "لا توجد تأكيدات", "حول وفاته", "موضحا", "المتحدث باسم طالبان", "صوت أمريكا"),
            Q("indirect", "الملا عمر قتل في معارك", "ستة أشهر شرق أفغانستان", "حسب", OKAZ_SOURCES, OKAZ),
            Q("indirect", "الملا يعقوب ابن", "قبيل دفنه", "أشارت", OKAZ_SOURCES, OKAZ),
            Q("indirect", "الملا عمر قتل داخل", "وليس في كراتشي", "تؤكدها", "الاستخبارات الباكستانية"),
            Q("indirect", "ثمة تنسيقا", "مزيد من المعلومات", "توضح", OKAZ_SOURCES, OKAZ),
            Q("indirect", "المحادثات ستمضي", "حسب الجدولة", "قال", "المتحدث باسم الرئيس الأفغاني أشرف غني"),
            Q("indirect", "المعلومات التي أعلنتها", "تتصف بـ«الصدقية»", "اعتبر", WHITE_HOUSE),
            Q("direct", "اطلعنا على المعلومات", "تتصف بالصدقية", "قال", "إريك شولتز"),
        ],
        "timex": [
            T("أبريل من العام ٢٠١٣", "DATE", "2013-04"),
            T("ستة أشهر", "DURATION", "P6M"),
            T("أكثر من سنة", "DURATION", "P1Y"),
            T("٢٠٠١", "DATE", "2001", exact=True),
        ],
    },
    # 05 — Asharq al-Awsat: Russia's new naval doctrine. A document as the source (`بحسب وثيقة للكرملين`
    # after the content, `الوثيقة … تشير الى "…"`, `تنص على "…"`), a deputy premier `بحسب ما نقلت عنه وكالات
    # الانباء الروسية` with `حسب قوله` after the content, `اعلن` + noun phrase, `اعتبره قرارا "خطرا"`, a
    # think tank in brackets after the content; `للحلف` (لل stripped), `أواخر 2014`, `منتصف يونيو`.
    {
        "index": 11511,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("روسيا", "LOC", RUSSIA, "all"),
            E("حلف شمال الاطلسي", "ORG", NATO),
            E("البحر الاسود", "LOC", BLACK_SEA, "all"),
            E("المحيط الاطلسي", "LOC", ATLANTIC, "all"),
            E("البحر المتوسط", "LOC", MED, "all"),
            E("كرملين", "ORG", KREMLIN),
            E("موسكو", "LOC", MOSCOW, "all"),
            E("الحلف الاطلسي", "ORG", NATO, "all"),
            E("حلف الاطلسي", "ORG", NATO, "all"),
            E("اوروبا الوسطى", "LOC", "أوروبا الوسطى"),
            E("الحرب الباردة", "MISC", "الحرب الباردة"),
            E("القرم", "LOC", "القرم"),
            E("ديمتري روغوزين", "PERS", ROGOZIN),
            E("القطب المتجمد الشمالي", "LOC", "القطب المتجمد الشمالي"),
            E("فلاديمبر بوتين", "PERS", PUTIN),
            E("الولايات المتحدة", "LOC", USA),
            E("بوتين", "PERS", PUTIN, 2),
            E("اوروبا الشرقية", "LOC", "أوروبا الشرقية"),
            E("الحلف الأطلسي", "ORG", NATO),
            E("غايدار", "ORG", "معهد غايدار"),
        ],
        "quotes": [
            Q("indirect", "عدلت روسيا عقيدتها", "الاطلسي والبحر المتوسط", "بحسب", KREMLIN, cue_after=True),
            Q("direct", "الطابع غير المقبول", "الاطلسي الى حدودها", "تشير", KREMLIN),
            Q("direct", "اعادة ارساء سريعة", "ودعم السلام والاستقرار", "تنص", KREMLIN),
            Q("direct", "التركيز على المحيط الاطلسي", "والقطب المتجمد الشمالي", "قال", ROGOZIN, RU_AGENCIES),
            Q("direct", "اهتمامنا بالمنطقة", "توسع الحلف الاطلسي شرقا", "مشيرا", ROGOZIN, RU_AGENCIES),
            Q("direct", "ضمان وجود عسكري", "لروسيا في المنطقة", "تنص", KREMLIN),
            Q(
                "indirect",
                "والأمر نفسه ينطبق",
                'البحرية الروسية "بصورة دائمة"',
                "حسب",
                ROGOZIN,
                RU_AGENCIES,
                cue_after=True,
            ),
            Q(
                "indirect",
                "توسع الحلف الاطلسي، التي",
                "تهديدا اساسيا لأمن روسيا",
                "تنص",
                "العقيدة العسكرية الروسية",
            ),
            Q("indirect", "تعزيز قوة الردع", "النووية الروسية", "اعلن", PUTIN),
            Q("direct", "خطرا", None, "اعتبره", NATO),
            Q("indirect", "عززت موسكو مؤخرا", "في العام 2010", "بحسب", "معهد غايدار", cue_after=True),
        ],
        "timex": [
            T("يوم أمس (الاحد)", "DATE", None),
            T("بضعة أشهر", "DURATION", "PXM"),
            T("2014", "DATE", "2014", "all", exact=True),
            T("يونيو (حزيران) الفائت", "DATE", None),
            T("مؤخرا", "DATE", "PAST_REF"),
            T("العام 2010", "DATE", "2010"),
        ],
    },
    # 06 — Al-Madina (Reuters copy; the byline is not in the text): clashes in Benghazi. Unnamed speakers
    # (`مصادر طبية`, `مصدر عسكري … في تصريحات صحفية`, `المصدر نفسه`, `مسؤولون عسكريون`, critics with
    # `يقولون إن`), a marked part after a clause that cannot stand alone (`كشف … أن … «…»`), two named
    # officers' direct quotes with no `إن` or colon (`وهو قائد ميداني «…»`, `وأضاف قائلا «…»`).
    {
        "index": 9063,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("ليبيا", "LOC", LIBYA, "all"),
            E("بنغازي", "LOC", BENGHAZI, "all"),
            E("قاعدة بنينا", "LOC", "قاعدة بنينا"),
            E("الصابري", "LOC", SABRI, "all"),
            E("شارع الشريف", "LOC", "شارع الشريف"),
            E("معمر القذافي", "PERS", "معمر القذافي"),
            E("فرج اقعيم", "PERS", "فرج اقعيم"),
            E("ناصر الحاسي", "PERS", HASI),
            E("طرابلس", "LOC", "طرابلس", "all"),
            E("داعش", "ORG", ISIS),
        ],
        "quotes": [
            Q("indirect", "شخصين قتلا", "ومقاتلين إسلاميين", "قالت", "مصادر طبية"),
            Q("indirect", "الطائرات الحربية استهدفت", "وشارع الشريف", "قال", BENINA_SOURCE),
            Q("direct", "ذخيرة هجومية جديدة", "عالية على التدمير", "كشف", BENINA_SOURCE),
            Q("indirect", "استخدامها للطائرات", "تقدم كبير على الأرض", "يقولون", "منتقدين"),
            Q("indirect", "القوات الحكومية قامت", "مواقع لجماعات إسلامية", "قال", "مسؤولون عسكريون"),
            Q("direct", "الجيش أحرز تقدما", "واستخدمنا الأسلحة الثقيلة", "قال", "فرج اقعيم"),
            Q("direct", "سلاح الجو قام بقصف", "الإرهابية في محور الصابري", "قال", HASI),
            Q("direct", "قام سلاح الجو بتفجير", "الإرهابية في الصابري", "أضاف", HASI),
        ],
        "timex": [
            T("أمس الأول الخميس", "DATE", None),
            T("الخميس", "DATE", None, 2),
            T("أكثر من عام", "DURATION", "P1Y"),
            T("2011", "DATE", "2011", exact=True),
            T("العام الماضي", "DATE", None),
            T("يوم الخميس", "DATE", None),
            T("الخريف الماضي", "DATE", None),
        ],
    },
    # 07 — Asharq al-Awsat (Reuters copy): IATA's June figures. A headline attribution, a body named in
    # full with its acronym in brackets, `وبحسب «رويترز»، أضاف` (via Reuters from there on), `وكان … قال`,
    # the director general `في بيان:`; months without a year, `أول من أمس`, `شهر رمضان`.
    {
        "index": 23698,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("أياتا", "ORG", IATA, "all"),
            E("الاتحاد الدولي للنقل الجوي", "ORG", IATA, "all"),
            E("آسيا والمحيط الهادي", "LOC", "آسيا والمحيط الهادي"),
            E("اليونان", "LOC", GREECE),
            E("رويترز", "ORG", REUTERS),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط"),
            E("لوفتهانزا", "ORG", "لوفتهانزا"),
            E("الصين", "LOC", "الصين"),
            E("توني تايلر", "PERS", TAYLER),
        ],
        "quotes": [
            Q("indirect", "الطلب العالمي على رحلات", "أزمة ديون اليونان", "قال", IATA),
            Q("indirect", "حركة النقل الجوي زادت", "في مايو (أيار) الماضي", "أضاف", IATA, REUTERS),
            Q("indirect", "بيانات يونيو الماضي تأثرت", "على السفر في الشرق الأوسط", "أضاف", IATA, REUTERS),
            Q("indirect", "الطلب على الشحن", "عن حجم الطلب", "قال", IATA, REUTERS),
            Q("indirect", "الطلب ارتفع 1.2", "5.3 في المائة متجاوزة الطلب", "قال", IATA, REUTERS),
            Q("direct", "هناك دلالات متباينة", "التصدير تبدو ضعيفة", "قال", TAYLER, REUTERS),
        ],
        "timex": [
            T("يونيو", "DATE", None, [1, 2, 6]),
            T("أمس الخميس", "DATE", None),
            T("يونيو (حزيران) الماضي", "DATE", None),
            T("مايو (أيار) الماضي", "DATE", None),
            T("يونيو الماضي", "DATE", None, "all"),
            T("شهر رمضان", "DATE", None),
            T("أول من أمس", "DATE", None),
            T("مايو", "DATE", None, 2),
            T("الأسبوع الماضي", "DATE", None),
            T("الفترة المتبقية من العام", "DATE", None),
        ],
    },
    # 08 — Al-Riyadh (Reuters copy): OPEC delegates on prices. A headline attribution, a joint plural speaker,
    # an unnamed delegate's two direct quotes (`وأضاف "…"` with no `إن`), an analyst's direct quote whose
    # closing mark is missing (to the end of the paragraph); data that `أظهرت` and analysts who `توقع` a
    # noun are not quotes.
    {
        "index": 5639,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("أوبك", "ORG", OPEC, "all"),
            E("معهد البترول الأميركي", "ORG", API),
            E("الولايات المتحدة", "LOC", USA),
            E("تاماس فارجا", "PERS", "تاماس فارجا"),
            E("بي.في.ام أويل", "ORG", "بي.في.ام أويل"),
            E("لندن", "LOC", "لندن"),
            E("معهد البترول الأمريكي", "ORG", API),
        ],
        "quotes": [
            Q(
                "indirect",
                "من المرجح أن يكون",
                "لحماية حصتها في السوق",
                "قال",
                "مندوبان خليجيان في أوبك ومندوبون من دول أخرى",
            ),
            Q("direct", "لا أظن ذلك", "بالنسبة لأوبك", "قال", GULF_DELEGATE),
            Q("direct", "سيزيد الطلب", "قرب 60 دولاراً", "أضاف", GULF_DELEGATE),
            Q("direct", "تأثرت الأسعار", "مخزون الخام الأميركي.", "قال", "تاماس فارجا"),
        ],
        "timex": [
            T("هذا الشهر", "DATE", None),
            T("النصف الأول (من العام)", "DATE", None),
            T("امس", "DATE", None),
            T("الاسبوع الماضي", "DATE", None, "all"),
            T("العام الماضي", "DATE", None),
            T("يوم الثلاثاء", "DATE", None),
            T("الليلة الماضية", "DATE", None),
        ],
    },
    # 09 — Al-Eqtisadiya (dpa): Mourinho criticises Chelsea's medical staff. `انتقد`/`رفض` + noun (not
    # quotes), four direct quotes after `قال`, `أضاف`, `أشار` and `مشيرا` with no `إن` or colon; a first
    # name alone inside a quote.
    {
        "index": 26563,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("مورينيو", "PERS", MOURINHO, [1, 3, 4]),
            E("تشيلسي", "ORG", CHELSEA, "all"),
            E("هازارد", "PERS", HAZARD, [1, 3]),
            E("جوزيه مورينيو", "PERS", MOURINHO),
            E("الدوري الإنجليزي الممتاز", "MISC", "الدوري الإنجليزي الممتاز"),
            E("ادين هازارد", "PERS", HAZARD),
            E("سوانزي سيتي", "ORG", SWANSEA, "all"),
            E("تيبو كورتوا", "PERS", COURTOIS),
            E("ادين", "PERS", HAZARD, 2),
            E("كورتوا", "PERS", COURTOIS, 2),
            E("بافيتيمبي جوميز", "PERS", "بافيتيمبي جوميز"),
        ],
        "quotes": [
            Q("direct", "لم أكن سعيدا", "التسرع والسذاجة", "قال", MOURINHO),
            Q("direct", "إذا كنت عضوا", "أصول اللعبة", "أضاف", MOURINHO),
            Q("direct", "إذا كان هناك نقصا", "كان يشعر بالارهاق", "أشار", MOURINHO),
            Q("direct", "لا أريد الحديث", "عن هذا الأمر", "مشيرا", MOURINHO),
        ],
        "timex": [
            T("أمس السبت", "DATE", None),
        ],
    },
    # 10 — Al-Yaum: cleaners and citizens on litter at the Qatif corniche. A plural unnamed speaker
    # (`مؤكدين أن`), speakers tagged `"عامل"`/`"مواطن"` in marks (not quotes), `قال … :` + `ان`, `معتبرا ان`,
    # `مشددا على ضرورة`, `لافتا الى ان`, a municipal head's `أوضح … ان` and `وقال: إن`; complaints and
    # appeals (`اشتكى من`, `مطالبا بضرورة`, `منتقدا`) are not quotes.
    {
        "index": 11180,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("كورنيش القطيف", "LOC", QATIF_CORNICHE, "all"),
            E("محمد غلام", "PERS", "محمد غلام"),
            E("حبيب الصادق", "PERS", SADIQ),
            E("حسين التاروتي", "PERS", TAROUTI),
            E("بلدية محافظة القطيف", "ORG", "بلدية محافظة القطيف"),
            E("زياد مغربل", "PERS", MAGHRABEL),
            E("عيد الفطر", "MISC", EID),
        ],
        "quotes": [
            Q("indirect", "اهمال بعض الأسر", "خلال ساعات العمل", "مؤكدين", "عمال النظافة في كورنيش القطيف"),
            Q("indirect", "هذه الظاهرة في اوقات", "العطل الاسبوعية طوال العام", "معتبرا", "محمد غلام"),
            Q("indirect", "الكورنيش من الأماكن", "وعلى نظافته", "قال", SADIQ),
            Q("indirect", "عامل النظافة تتمحور", "وراء مخلفات الآخرين", "مشيرا", SADIQ),
            Q("indirect", "انتشار النفايات", "مكان نظيف هناك", "اوضح", TAROUTI),
            Q("indirect", "ضرورة ابداء نوع", "والمحافظة على المرافق العامة", "مشددا", TAROUTI),
            Q("indirect", "حاويات النفايات", "تخريبا للمواقع العامة", "لافتا", TAROUTI),
            Q("indirect", "البلدية أعدّت", "الأهالي خلال العيد", "أوضح", MAGHRABEL),
            Q("indirect", "خطة أعمال النظافة", "خلال فترة العيد", "قال", MAGHRABEL),
        ],
        "timex": [
            T("8 ساعات", "DURATION", "PT8H"),
        ],
    },
    # 11 — SPA: the Asir governor receives the head of the Ifta branch. Hijri dateline, `اليوم` dated by it,
    # `أوضح … أن` and `مؤكداً أن` by the cleric (via SPA), condolences (not a quote), the clock line.
    {
        "index": 29303,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("عسير", "LOC", ASIR, "all"),
            E("أبها", "LOC", "أبها"),
            E("واس", "ORG", SPA),
            E("فيصل بن خالد عبدالعزيز", "PERS", "فيصل بن خالد بن عبدالعزيز"),
            E("سعد بن سعيد الحجري", "PERS", HAJRI),
            E("الحجري", "PERS", HAJRI, 2),
            E("سلمان بن عبدالعزيز آل سعود", "PERS", "سلمان بن عبد العزيز"),
            E("قوة الطوارئ الخاصة", "ORG", "قوات الطوارئ الخاصة"),
        ],
        "quotes": [
            Q("indirect", "هذا الفكر لم يراعِ", "الانتحار وقتل نفسه", "أوضح", HAJRI, SPA),
            Q("indirect", "هذا دليل واضح", "بتفجيرهم للركع السجود", "مؤكداً", HAJRI, SPA),
        ],
        "timex": [
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 أغسطس 2015", "DATE", "2015-08-10"),
            T("اليوم", "DATE", "2015-08-10"),
            T("14:23 ت م", "TIME", "2015-08-10T14:23"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(9),
            earlier_name="sets 1-9",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
