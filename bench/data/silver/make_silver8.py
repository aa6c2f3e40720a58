"""Build ``snn_dev8.jsonl``: the eighth blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates8.py`` (seed 20210311) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of sets 1-7
(``make_silver.py`` … ``make_silver7.py``, README.md), before any akhbar output on them was seen.
The hint classes (``E``, ``T``, ``Q``), the builder with all its checks (``build``) and the writer
come from ``silver_tools.py``, as in ``make_silver7.py``; this script holds the annotations and
refuses any article that sets 1-7 already use.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver8.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import GCC, ISIS, JUBEIR, KSA, SPA, UN, USA
from make_silver2 import ASSAD, ERDOGAN, OKAZ, PKK, SISI
from make_silver3 import AFP, ARAB_LEAGUE, COALITION, OBAMA
from make_silver4 import ABBAS, NETANYAHU
from make_silver5 import ITALY_FM, MALIKI, WEEAM
from make_silver6 import EU, IRAN, MAN_UTD, SYRIA, VAN_GAAL, YEMEN
from make_silver7 import IRAQ, TURKEY, UNSC
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev8.jsonl")
ID_PREFIX = "snn-dev8-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
ASIRI = "أحمد عسيري"
ADEN = "عدن"
SANAA = "صنعاء"
ANBAR = "الأنبار"
AMMASH = "عيد عماش"
EREKAT = "صائب عريقات"
PLO = "منظمة التحرير الفلسطينية"
API_COMMITTEE = "لجنة مبادرة السلام العربية"
API = "مبادرة السلام العربية"
EGYPT = "مصر"
IL_MOD = "وزارة الدفاع الإسرائيلية"
ETTINGER = "مئير إتينغر"
SLONIM = "أفيتار سلونيم"
DAWABSHEH = "علي دوابشة"
TURK_PRESS = "ترك برس"
SAIF_CB = "ولي الله سيف"
IR_TV = "التلفزيون الرسمي"
IR_MEDIA = "وسائل الإعلام الإيرانية"
CHINA = "الصين"
ITALY = "إيطاليا"
KUWAIT = "الكويت"
KHURAINEJ = "مبارك بن بنيه الخرينج"
SARIELDIN = "هاني سري الدين"
SUEZ_PROJECT = "مشروع تنمية محور قناة السويس"
SINAI = "سيناء"
GREECE = "اليونان"
ATHENS = "أثينا"
STATHAKIS = "جيورجيوس ستاثاكيس"
IMF = "صندوق النقد الدولي"
ECB = "البنك المركزي الأوروبي"
AVGI = "آفي"
EU_SOURCE = "مصدر أوروبي"
BENITEZ = "رافائيل بينيتيز"
RAMOS = "سيرخيو راموس"
REAL = "ريال مدريد"
DE_GEA = "دافيد دي خيا"
PEREZ = "فلورنتينو بيريز"
MOMRA = "وزارة الشؤون البلدية والقروية"
MUTAIRI = "عبد الله بن محمد المطيري"

ARTICLES: list[dict] = [
    # 00 — Okaz: the coalition's spokesman on returning Yemen's government to Aden, then Sanaa. Seven
    # indirect quotes of one speaker (`وأضاف`, `وأوضح`, `وقال:` without marks, `ولكن أضاف، إنهم`,
    # `مبينا`, `مؤكدا` with a noun phrase); a headline attribution; `الآن`, `الوقت الحالي`.
    {
        "index": 14774,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("عسيري", "PERS", ASIRI, [1, 3]),
            E("عدن", "LOC", ADEN, "all"),
            E("صنعاء", "LOC", SANAA, "all"),
            E("التحالف العربي", "ORG", COALITION),
            E("أحمد عسيري", "PERS", ASIRI),
            E("مجلس الأمن الدولي", "ORG", UNSC),
            E("اليمن", "LOC", YEMEN, "all"),
        ],
        "quotes": [
            Q("indirect", "التحالف الذي يقاتل", "إذا أمكن تحقيق ذلك", "قال", ASIRI),
            Q("indirect", "إذا لم يوافق الحوثيون", "في إخراجهم بالقوة", "أضاف", ASIRI),
            Q("indirect", "المهمة الأولى هي", "في الوقت الحالي", "أوضح", ASIRI),
            Q("indirect", "عدن كانت الخطوة الأولى", "الاستقرار إلى المدن", "مشيرا", ASIRI),
            Q("indirect", "التحالف يعتقد أنه", "فإن هذا سيكون مهما", "قال", ASIRI),
            Q("indirect", "إذا استمروا في السيطرة", "في إخراجهم من صنعاء", "أضاف", ASIRI),
            Q("indirect", "على الحوثيين أن ينفذوا", "التي استولت عليها", "أشار", ASIRI),
            Q("indirect", "التحالف يرحب", "الممتدة منذ أربعة أشهر", "مبينا", ASIRI),
            Q("indirect", "استعداد التحالف للتعاون", "أي تحقيق في اليمن", "مؤكدا", ASIRI),
            Q("indirect", "قرار السماح بدخول البلاد", "سيكون للحكومة اليمنية", "مشيرا", ASIRI),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("الوقت الحالي", "DATE", "PRESENT_REF"),
            T("الآن", "DATE", "PRESENT_REF"),
            T("أربعة أشهر", "DURATION", "P4M"),
        ],
    },
    # 01 — Al-Riyadh (AFP copy): ISIS destroyed 1,500 schools in Anbar. An unnamed official in the lead
    # whose words are the spokesman's below; partial direct quotes after a subject; `بحسب` with a body.
    {
        "index": 19598,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("داعش", "ORG", ISIS, "all"),
            E("الأنبار", "LOC", ANBAR, [1, 2, 4, 5]),
            E("عيد عماش", "PERS", AMMASH),
            E("مجلس محافظة الأنبار", "ORG", "مجلس محافظة الأنبار"),
            E("سوريا", "LOC", SYRIA),
            E("بغداد", "LOC", "بغداد"),
            E("أمم المتحدة", "ORG", UN),
            E("العراق", "LOC", IRAQ),
        ],
        "quotes": [
            Q("indirect", "أكثر من 1500 مدرسة دمرت «", "كبرى المحافظات العراقية", "أعلن", AMMASH),
            Q("direct", "استهدفها بشكل مباشر", None, "مشيراً", AMMASH),
            Q("direct", "الأنبار تضررت بشدة", "دمرت جزئياً أو كلياً", "قال", AMMASH),
            Q("direct", "غالبية هذه المدارس استهدفتها", "الإرهابية لداعش", "أوضح", AMMASH),
            Q("direct", "البقية هي أماكن", "تقع في مناطق قتال", "أضاف", AMMASH),
            Q("direct", "بعد أن نستعيد الأنبار", "وتأهيل هذه المدارس", "أكد", AMMASH),
            Q("indirect", "أكثر من 70%", "محرومون من التعليم", "بحسب", UN),
        ],
        "timex": [
            T("الاثنين", "DATE", None),
            T("2014", "DATE", "2014"),
            T("سنتين ونصف", "DURATION", "P30M"),
        ],
    },
    # 02 — Al-Riyadh (dpa copy): Erekat announces an emergency meeting of the Arab Peace Initiative
    # committee in Cairo. `أعلن … عن عقد اجتماع` (a noun-phrase claim), `وأضاف أنه`, `مؤكدًا` with a
    # noun phrase, two direct quotes; `للجامعة العربية` (لل stripped), a day of a month without a year.
    {
        "index": 12070,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("صائب عريقات", "PERS", EREKAT),
            E("اللجنة التنفيذية", "ORG", "اللجنة التنفيذية لمنظمة التحرير الفلسطينية"),
            E("منظمة التحرير الفلسطينية", "ORG", PLO),
            E("لجنة متابعة مبادرة السلام العربية", "ORG", API_COMMITTEE),
            E("مصر", "LOC", EGYPT, "all"),
            E("القاهرة", "LOC", "القاهرة"),
            E("القدس", "LOC", "القدس"),
            E("المسجد الأقصى", "LOC", "المسجد الأقصى"),
            E("مجلس الأمن", "ORG", UNSC, "all"),
            E("عريقات", "PERS", EREKAT, [2, 3]),
            E("نبيل العربي", "PERS", "نبيل العربي"),
            E("جامعة العربية", "ORG", ARAB_LEAGUE, "all"),
            E("محمود عباس", "PERS", ABBAS, "all"),
            E("مبادرة السلام العربية", "MISC", API, 2),
            E("فرنسا", "LOC", "فرنسا"),
            E("لوران فابيوس", "PERS", "لوران فابيوس"),
            E("الاتحاد الأوروبي", "ORG", EU),
        ],
        "quotes": [
            Q("indirect", "عقد اجتماع طارئ", "لإنهاء الاحتلال الإسرائيلي", "أعلن", EREKAT),
            Q("indirect", "هذا الاجتماع الطارئ جاء", "والأمين العام للجامعة العربية", "قال", EREKAT),
            Q("indirect", "بحث في مصر قضية", "وإتمام المصالحة الفلسطينية", "أضاف", EREKAT),
            Q("indirect", "بذل كل الجهد الآن", "حكومة وحدة وطنية فلسطينية", "مؤكدًا", EREKAT),
            Q("direct", "الجهود الفرنسية كما أعلنا", "وندعمها بشكل كامل", "قال", EREKAT),
            Q("direct", "طلبنا من الاتحاد الأوروبي", "لتدمير خيار الدولتين", "أضاف", EREKAT),
        ],
        "timex": [
            T("يوم الخامس من أغسطس المقبل", "DATE", None),
            T("اليوم الإثنين", "DATE", None),
            T("الآن", "DATE", "PRESENT_REF"),
            T("1967", "DATE", "1967"),
        ],
    },
    # 03 — Asharq al-Awsat online: Israel puts two Jewish extremists in administrative detention after the
    # Duma arson. A ministry and its unnamed spokesman (to AFP), a minister's statement with a clause before
    # the marks, `بحسب القانون`; `اليوم (الأحد)`, `31 يوليو (تموز)`, ages in brackets, `عام 1990`.
    {
        "index": 26471,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("وزارة الدفاع الإسرائيلية", "ORG", IL_MOD),
            E("وكالة الصحافة الفرنسية", "ORG", AFP),
            E("مئير اتينغر", "PERS", ETTINGER, "all"),
            E("افيتار سلونيم", "PERS", SLONIM, "all"),
            E("موشيه يعالون", "PERS", "موشيه يعلون"),
            E("مئير كاهانا", "PERS", "مئير كاهانا"),
            E("كاخ", "ORG", "حركة كاخ"),
            E("مردخاي ماير", "PERS", "مردخاي ماير"),
            E("علي دوابشة", "PERS", DAWABSHEH),
            E("سعد دوابشة", "PERS", "سعد دوابشة"),
            E("علي", "PERS", DAWABSHEH, anchor="سعد دوابشة والد"),
        ],
        "quotes": [
            Q("indirect", "تم وضع متطرفين", "قابلة للتجديد", "أعلنت", IL_MOD),
            Q("direct", "تم وضع مئير", "مع إمكان التجديد", "قال", IL_MOD, AFP),
            Q("indirect", "فرض الاعتقال الإداري", None, "أوضح", "موشيه يعلون", anchor="موشيه يعالون"),
            Q("direct", "ضد الناشطين المتطرفين", "منظمة يهودية متطرفة", "أوضح", "موشيه يعلون"),
            Q("indirect", "تستطيع السلطات العسكرية", "لفترة غير محددة", "بحسب", "القانون الإسرائيلي"),
        ],
        "timex": [
            T("اليوم (الأحد)", "DATE", None),
            T("ستة أشهر", "DURATION", "P6M", "all"),
            T("الأيام الأخيرة", "DURATION", "PXD"),
            T("عام 1990", "DATE", "1990"),
            T("الأحد", "DATE", None, anchor="معتقلين حتى"),
            T("18 سنة", "DURATION", "P18Y"),
            T("الأسبوع الماضي", "DATE", None),
            T("18 شهرا", "DURATION", "P18M"),
            T("31 يوليو (تموز)", "DATE", None),
            T("السبت", "DATE", None),
        ],
    },
    # 04 — Al-Eqtisadiya (dpa copy): Erdogan on ISIS, the PKK and the DHKP-C. `أكد … عزم بلاده` (a noun
    # phrase) then `قائلًا: "…"` with marks inside the quote, a credit to Turk Press after the content,
    # `بحسب تصريحات مسؤولين أتراك` after the content; `اليوم نفسه`, `امس الخميس`.
    {
        "index": 8647,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("أردوغان", "PERS", ERDOGAN, [1, 3, 4]),
            E("رجب طيب أردوغان", "PERS", ERDOGAN),
            E("داعش", "ORG", ISIS, "all"),
            E("حزب العمال الكردستاني", "ORG", PKK, "all"),
            E("بي كيه كيه", "ORG", PKK, "all"),
            E("حزب تحرير الشعب الثوري", "ORG", "حزب تحرير الشعب الثوري"),
            E("تركيا", "LOC", TURKEY, "all"),
            E("ترك برس", "ORG", TURK_PRESS),
            E("باراك أوباما", "PERS", OBAMA),
            E("أوباما", "PERS", OBAMA, 2),
            E("سوريا", "LOC", SYRIA),
            E("اردوغان", "PERS", ERDOGAN),
            E("سوروج", "LOC", "سوروج"),
            E("شانلي أورفة", "LOC", "شانلي أورفة"),
            E("أديامان", "LOC", "أديامان"),
            E("سورية", "LOC", SYRIA, "all"),
        ],
        "quotes": [
            Q("indirect", "عزم بلاده التحرك", "ضد التنظيمات الإرهابية", "أكد", ERDOGAN),
            Q("direct", 'تنظيم "داعش"، وتنظيم حزب', "التدابير اللازمة تجاهها", "قائلًا", ERDOGAN),
            Q("indirect", "القوات الامنية في تركيا", "للتنظيمات المعنية", "أوضح", ERDOGAN, TURK_PRESS),
            Q("direct", "أكدنا مع أوباما", 'بي كيه كيه " الإرهابيين', "قائلًا", ERDOGAN, TURK_PRESS),
            Q("direct", "عمل تنظيم حزب العمال", "أمرًا هامًا", "قائلًا", ERDOGAN, TURK_PRESS),
            Q(
                "indirect",
                "مقتل 32 شخصًا",
                "جنوب شرقي تركيا",
                "بحسب",
                "مسؤولين أتراك",
                anchor="على خلفية",
                cue_after=True,
            ),
        ],
        "timex": [
            T("اليوم", "DATE", None, anchor="أدلى بها أردوغان"),
            T("يوم الاثنين الماضي", "DATE", None),
            T("اليوم نفسه", "DATE", None),
            T("امس الخميس", "DATE", None),
        ],
    },
    # 05 — Al-Weeam (AFP copy): Iran's central bank governor on frozen assets. Relayed by state TV (a via
    # that is not an entity), curly marks, `بحسب وسائل الاعلام الايرانية` after the content, a group of
    # opponents as speaker; `تشرين الثاني/نوفمبر 2013`, `14 تموز/يوليو` without a year; al-Weeam's tag line.
    {
        "index": 10995,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("طهران", "LOC", "طهران", "all"),
            E("المصرف المركزي الإيراني", "ORG", "البنك المركزي الإيراني"),
            E("ولي الله سيف", "PERS", SAIF_CB),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("سيف", "PERS", SAIF_CB, [2, 3, 4]),
            E("الصين", "LOC", CHINA, "all"),
            E("ايران", "LOC", IRAN, "all"),
            E("جنيف", "LOC", "جنيف"),
            E("فرنسا", "LOC", "فرنسا"),
            E("بريطانيا", "LOC", "بريطانيا"),
            E("روسيا", "LOC", "روسيا"),
            E("المانيا", "LOC", "ألمانيا"),
            E("بنيامين نتانياهو", "PERS", NETANYAHU),
            E("مجلس الشيوخ الاميركي", "ORG", "مجلس الشيوخ الأمريكي"),
            E("إيران", "LOC", IRAN),
            E("حزب الله", "ORG", "حزب الله"),
            E("حماس", "ORG", "حماس"),
            E("الجهاد الاسلامي", "ORG", "حركة الجهاد الإسلامي"),
            E("بشار الاسد", "PERS", ASSAD),
            E("الوئام", "ORG", WEEAM),
        ],
        "quotes": [
            Q("indirect", "الموجودات الايرانية المجمدة", "وليس 100 مليار", "أعلن", SAIF_CB),
            Q("direct", "23 مليار دولار هي", "ما مجمله 29 مليار دولار", "اوضح", SAIF_CB, IR_TV),
            Q("direct", "رقم 100 مليار", "ضمانات في الصين", "أوضح", SAIF_CB, IR_TV),
            Q(
                "indirect",
                "منذ التوصل الى اتفاق تمهيدي",
                "المجمد ايضا في الخارج",
                "بحسب",
                IR_MEDIA,
                cue_after=True,
            ),
            Q("direct", "يمكننا استيعاب", "من الاستثمارات الاجنبية", "قال", SAIF_CB, IR_TV),
            Q(
                "indirect",
                "رفع القيود عن الاصول",
                "الرئيس السوري بشار الاسد",
                "يؤكدون",
                "معارضي الاتفاق النووي",
            ),
        ],
        "timex": [
            T("اليوم الاحد", "DATE", None),
            T("تشرين الثاني/نوفمبر 2013", "DATE", "2013-11"),
            T("14 تموز/يوليو", "DATE", None),
            T("بضعة اشهر", "DURATION", "PXM"),
        ],
    },
    # 06 — Al-Eqtisadiya: al-Jubeir and Gentiloni in Rome. Five indirect quotes of one speaker named by
    # his office (`وزير الخارجية`), all from `في تصريح صحافي لوكالة الأنباء السعودية` (via SPA); `:
    # إن`, `وأفاد … بأنه`; `أكثر من 80 عاما`, `الأشهر المقبلة`.
    {
        "index": 25253,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("الجبير", "PERS", JUBEIR, [1, 3]),
            E("روما", "LOC", "روما", "all"),
            E("عادل الجبير", "PERS", JUBEIR),
            E("باولو جينتيلوني", "PERS", ITALY_FM),
            E("وكالة الأنباء السعودية", "ORG", SPA),
            E("إيطاليا", "LOC", ITALY),
            E("مبادرة السلام العربية", "MISC", API),
            E("لبنان", "LOC", "لبنان"),
            E("سورية", "LOC", SYRIA),
            E("العراق", "LOC", IRAQ),
            E("إيران", "LOC", IRAN),
            E("اليمن", "LOC", YEMEN),
        ],
        "quotes": [
            Q("indirect", "المباحثات كانت مثمرة وبناءة", None, "قال", JUBEIR, SPA),
            Q("indirect", "العلاقات الدبلوماسية بين", "في جميع المجالات", "مشيرا", JUBEIR, SPA),
            Q("indirect", "جرى بحث موضوع", "وفقا لمبادرة السلام العربية", "أفاد", JUBEIR, SPA),
            Q("indirect", "تم بحث الأوضاع", "وغيرها من الأمور", "أضاف", JUBEIR, SPA),
            Q("indirect", "كان هناك تطابق", "في المجالات كافة", "أوضح", JUBEIR, SPA),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("أكثر من 80 عاما", "DURATION", "P80Y"),
            T("الأشهر المقبلة", "DURATION", "PXM"),
        ],
    },
    # 07 — Sabq (SPA copy, `واس - الكويت :` in the text): Kuwait's acting speaker rejects al-Maliki's
    # accusation against Saudi Arabia. `أعرب عن رفضه` and `دعا إلى` (not cues), `اتهم … بدعم …`, `رأى أن`,
    # `مشدداً على أن`; `للمملكة العربية السعودية` and `للحرمين الشريفين` (لل stripped); no timex.
    {
        "index": 6281,
        "outlet": "سبق",
        "pub_date": None,
        "entities": [
            E("الكويت", "LOC", KUWAIT, "all"),
            E("المالكي", "PERS", MALIKI),
            E("السعودية", "LOC", KSA),
            E("واس", "ORG", SPA),
            E("مجلس الأمة الكويتي", "ORG", "مجلس الأمة الكويتي"),
            E("مبارك بن بنيه الخرينج", "PERS", KHURAINEJ),
            E("نوري المالكي", "PERS", MALIKI),
            E("المملكة العربية السعودية", "LOC", KSA, "all"),
            E("الخرينج", "PERS", KHURAINEJ, [2, 3, 4]),
            E("حرمين الشريفين", "LOC", "الحرمين الشريفين"),
            E("مملكة العربية السعودية", "LOC", KSA, exact=True, anchor="التصريح المسيء"),
            E("مجلس التعاون", "ORG", GCC),
        ],
        "quotes": [
            Q("indirect", "دعم ورعاية الإرهاب", None, "اتهم", MALIKI),
            Q("indirect", "هذا التصريح المستفز", "من جميع العالم", "رأى", KHURAINEJ, SPA),
            Q("indirect", "هذا التصريح المسيء", "بدولها كافة", "أكد", KHURAINEJ, SPA),
            Q("indirect", "المملكة العربية السعودية عانت", "الإرهاب الدولي", "مشدداً", KHURAINEJ, SPA),
        ],
        "timex": [],
    },
    # 08 — Okaz: the Suez Canal zone's legal adviser on ten projects to be offered with the new canal's
    # opening. A lead before the channel is named, then `لـ «عكاظ»` (via Okaz from there on), `لافتا`,
    # `مشيرا`, `وشدد … على أن`; a named plan (MISC) in a title; `غدًا`, `غدا` without a pub_date.
    {
        "index": 23158,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("مشروع تنمية محور قناة السويس", "MISC", SUEZ_PROJECT, "all"),
            E("هاني سرى الدين", "PERS", SARIELDIN, "all"),
            E("سيناء", "LOC", SINAI),
            E("قناة السويس", "LOC", "قناة السويس", anchor="المنطقة الاقتصادية"),
            E("القاهرة", "LOC", "القاهرة"),
            E("شبه جزيرة سيناء", "LOC", SINAI),
            E("سرى الدين", "PERS", SARIELDIN, 2),
            E("عكاظ", "ORG", OKAZ),
            E("قناة السويس الجديدة", "LOC", "قناة السويس الجديدة"),
            E("عبدالفتاح السيسي", "PERS", SISI),
        ],
        "quotes": [
            Q("indirect", "المشروع الذي سيتم افتتاحه", "من خلال المناطق اللوجيستية", "قال", SARIELDIN),
            Q("indirect", "المرحلة الأولى من المشروع", "مع شبه جزيرة سيناء", "مشيرا", SARIELDIN),
            Q(
                "indirect",
                "افتتاح قناة السويس الجديدة",
                "الموانئ الجافة واللوجستيات",
                "أضاف",
                SARIELDIN,
                OKAZ,
            ),
            Q("indirect", "المخطط العام يتضمن", "45 مليار دولار", "لافتا", SARIELDIN, OKAZ),
            Q("indirect", "المشروع مقسم إلى", "450 مليون متر مربع", "مشيرا", SARIELDIN, OKAZ),
            Q("indirect", "مشروعات القناة", "بالهيئة التي تدير المنطقة", "شدد", SARIELDIN, OKAZ),
        ],
        "timex": [
            T("غدًا", "DATE", None),
            T("غدا", "DATE", None, "all"),
        ],
    },
    # 09 — Al-Riyadh (AFP copy): Greece and its creditors resume bailout talks. Two parties as one
    # speaker, a newspaper and an unnamed European source, partial direct quotes after a subject, a marked
    # term inside a clause; `لليونان` and `للبنك المركزي الأوروبي` (لل stripped); days of months
    # without a year, weekdays, `هذا الأسبوع`, `عطلة نهاية الأسبوع`.
    {
        "index": 27127,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("اليونان", "LOC", GREECE, "all"),
            E("أثينا", "LOC", ATHENS, "all"),
            E("اقليدس تساكالوتوس", "PERS", "إقليدس تساكالوتوس"),
            E("جيورجيوس ستاثاكيس", "PERS", STATHAKIS),
            E("صندوق النقد الدولي", "ORG", IMF, "all"),
            E("المفوضية الأوروبية", "ORG", "المفوضية الأوروبية"),
            E("البنك المركزي الأوروبي", "ORG", ECB),
            E("بنك المركزي الأوروبي", "ORG", ECB, exact=True, anchor="مليارات يورو"),
            E("ستاثاكيس", "PERS", STATHAKIS, 2),
            E("آفي", "ORG", AVGI),
            E("منطقة اليورو", "LOC", "منطقة اليورو"),
            E("يونان", "LOC", GREECE, exact=True, anchor="وسبق ل"),
            E("الاتحاد الأوروبي", "ORG", EU),
        ],
        "quotes": [
            Q("indirect", "صوغ شروط خطة الإنقاذ", "سينتهي في وقت قريب", "أشار", "اليونان ودائنوها"),
            Q("direct", "في المرحلة النهائية", None, "قال", STATHAKIS),
            Q("direct", "كل الدلائل تشير", "يتم التوصل إليه اليوم", "ذكرت", AVGI),
            Q("indirect", "البرلمان قد يصوت", "البرلمان في 18 أغسطس", "أضافت", AVGI),
            Q("direct", "يبذلان جهدا كبيرا", None, "قال", EU_SOURCE),
            Q("direct", "المحادثات المكثفة مع اليونان", "عطلة نهاية الأسبوع", "قال", EU_SOURCE),
        ],
        "timex": [
            T("الاحد", "DATE", None),
            T("وقت قريب", "DATE", "FUTURE_REF"),
            T("20 أغسطس", "DATE", None),
            T("السبت", "DATE", None),
            T("أكثر من ست ساعات", "DURATION", "PT6H"),
            T("الأحد", "DATE", None),
            T("اليوم", "DATE", None, anchor="ربما يتم التوصل إليه"),
            T("هذا الأسبوع", "DATE", None),
            T("الجمعة", "DATE", None),
            T("18 أغسطس", "DATE", None),
            T("عطلة نهاية الأسبوع", "DATE", None),
            T("17 أغسطس", "DATE", None),
            T("30 يونيو", "DATE", None),
            T("13 يوليو", "DATE", None),
        ],
    },
    # 10 — Al-Madina (AFP copy): Benitez says Ramos stays at Real Madrid. One name spelt two ways
    # (بينيتيز/بنيتيز), a player by first name, clubs by their cities and a nickname; four direct quotes
    # without a colon, `يؤكد اهتمامه` (a noun phrase), `ذكرت بأن` by unnamed media; weekdays, seasons.
    {
        "index": 7636,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("بينيتيز", "PERS", BENITEZ, [1, 3]),
            E("المان يونايتد", "ORG", MAN_UTD),
            E("راموس", "PERS", RAMOS, [1, 3, 4, 5, 6, 7, 8, 9]),
            E("رافايل بينيتيز", "PERS", BENITEZ),
            E("ريال مدريد", "ORG", REAL, "all"),
            E("سيرخيو راموس", "PERS", RAMOS),
            E("مانشستر يونايتد", "ORG", MAN_UTD, "all"),
            E("دافيد دي خيا", "PERS", DE_GEA),
            E("مدريد", "ORG", REAL, anchor="معاكس لراموس من"),
            E("مانشستر", "ORG", MAN_UTD, anchor="معاكس لراموس من مدريد إلى"),
            E("كيلور نافاس", "PERS", "كيلور نافاس"),
            E("دي خيا", "PERS", DE_GEA, [2, 3]),
            E("بنيتيز", "PERS", BENITEZ),
            E("ملبورن", "LOC", "ملبورن"),
            E("كأس الأبطال الدولية", "MISC", "كأس الأبطال الدولية"),
            E("سيرخيو", "PERS", RAMOS, [2, 3, 4]),
            E("لويس فان غال", "PERS", VAN_GAAL, "all"),
            E("ايكر كاسياس", "PERS", "إيكر كاسياس"),
            E("بورتو", "ORG", "بورتو"),
            E("الولايات المتحدة", "LOC", USA),
            E("الشياطين الحمر", "ORG", MAN_UTD),
            E("فلورنتينو بيريز", "PERS", PEREZ),
            E("بيريز", "PERS", PEREZ, 2),
            E("كارلو انشيلوتي", "PERS", "كارلو أنشيلوتي"),
        ],
        "quotes": [
            Q("indirect", "المدافع الدولي سيرخيو", "في صفوف الفريق", "أعلن", BENITEZ),
            Q("direct", "الأمر بسيط", "ما أقوله عنه", "قال", BENITEZ),
            Q("direct", "راموس لاعب فريقنا", "سيكون حاسمًا معنا", "قال", BENITEZ),
            Q("direct", "أجل، بالنسبة لي", "سيرخيو سيبقى معنا", "أكد", BENITEZ),
            Q("direct", "كرة القدم هي عالم غريب", "لكن سيرخيو سيبقى معنا", "أضاف", BENITEZ),
            Q("indirect", "اهتمامه بضم راموس", None, "يؤكد", VAN_GAAL),
            Q("indirect", "لم يفقد الأمل", "«الشياطين الحمر»", "أكد", VAN_GAAL),
            Q("indirect", "راموس يريد ترك", "على تمديد العقد", "ذكرت", "وسائل إعلام إسبانية"),
        ],
        "timex": [
            T("الأيام الماضية", "DURATION", "PXD"),
            T("الجمعة المقبل", "DATE", None),
            T("هذا الموسم", "DATE", None),
            T("أيام قليلة", "DURATION", "PXD"),
        ],
    },
    # 11 — SPA: the municipal minister adopts a classification scheme for contractors. Hijri dateline (so
    # `pub_date` and `اليوم` are known), Hijri dates with spaces and slashes, a deputy minister's
    # `أشار … إلى قيام …` (a noun-phrase claim) and `وأضاف أن`; SPA clock line.
    {
        "index": 29211,
        "outlet": "واس",
        "pub_date": "2015-08-10",
        "entities": [
            E("الرياض", "LOC", "الرياض"),
            E("واس", "ORG", SPA),
            E("عبد اللطيف بن عبدالملك آل الشيخ", "PERS", "عبد اللطيف بن عبد الملك آل الشيخ"),
            E("الهيئة السعودية للمهندسين", "ORG", "الهيئة السعودية للمهندسين"),
            E("وزارة الشؤون البلدية والقروية", "ORG", MOMRA),
            E("عبدالله بن محمد المطيري", "PERS", MUTAIRI),
            E("وكالة تصنيف المقاولين", "ORG", "وكالة تصنيف المقاولين"),
        ],
        "quotes": [
            Q("indirect", "قيام الوزارة ممثلة", "لاختبار البرنامج", "أشار", MUTAIRI, SPA),
            Q("indirect", "الوزارة قامت بتعميم", "ابتداءً من 1 /6 /1437هـ", "أضاف", MUTAIRI, SPA),
        ],
        "timex": [
            T("25 شوال 1436", "DATE", "2015-08-10"),
            T("10 اغسطس 2015", "DATE", "2015-08-10"),
            T("1 / 11 / 1436", "DATE", "2015-08-16"),
            T("اليوم", "DATE", "2015-08-10"),
            T("1 /11 /1436", "DATE", "2015-08-16", exact=True),
            T("6 شهور", "DURATION", "P6M"),
            T("1 /6 /1437", "DATE", "2016-03-10", exact=True),
            T("13:37 ت م", "TIME", "2015-08-10T13:37"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(7),
            earlier_name="sets 1-7",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
