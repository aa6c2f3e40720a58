"""Build ``snn_dev6.jsonl``: the sixth blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates6.py`` (seed 20180517) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of sets 1-5
(``make_silver.py`` … ``make_silver5.py``, README.md). The hint classes (``E``, ``T``, ``Q``), the
builder with all its checks (``build``) and the writer come from ``silver_tools.py``, as in
``make_silver5.py``; this script holds the annotations and refuses any article that sets 1-5
already use.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver6.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import ISIS, KSA, SPA, USA
from make_silver2 import ASSAD, SISI, ZARIF
from make_silver3 import COALITION, SALEH
from make_silver4 import JUBEIR, SHOUKRY
from make_silver5 import ABADI, OKAZ, STATE_OF_LAW, WEEAM
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev6.jsonl")
ID_PREFIX = "snn-dev6-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
IRAN = "إيران"
YEMEN = "اليمن"
EGYPT = "مصر"
SYRIA = "سوريا"
IRAQ = "العراق"
UAE = "الإمارات العربية المتحدة"
EU = "الاتحاد الأوروبي"
MOGHERINI = "فيدريكا موجيريني"
GARGASH = "أنور قرقاش"
KHAMENEI = "علي خامنئي"
GUARDIAN = "الجارديان"
TWITTER = "تويتر"
GULF = "الخليج"
GULF_STATES = "دول الخليج العربية"
ARAGHCHI = "عباس عراقجي"
IAEA = "الوكالة الدولية للطاقة الذرية"
CAVUSOGLU = "مولود جاويش أوغلو"
ANADOLU = "الأناضول"
INCIRLIK = "قاعدة إنجيرليك"
AMISOM = "بعثة الاتحاد الأفريقي في الصومال"
AU = "الاتحاد الأفريقي"
SHABAB = "حركة الشباب المجاهدين"
ABSHIROW = "عبد الله أبشروا"
DEMPSEY = "مارتن ديمبسي"
IRAQI_OFFICIAL = "مسؤول عراقي رفيع المستوى"
ISLAMIC_STATE = ISIS
PMF = "الحشد الشعبي"
ANBAR = "الأنبار"
RABIAH = "عبد الله بن عبد العزيز الربيعة"
KSRELIEF = "مركز الملك سلمان للإغاثة والأعمال الإنسانية"
SABBAGH = "رأفت الصباغ"
WORLD_BANK = "البنك الدولي"
DEVARAJAN = "شانتا ديفيرجان"
SHARQ = "الشرق الأوسط"
CBE = "البنك المركزي المصري"
IQT = "الاقتصادية"
BUDGET_OFFICIAL = "مسؤول في شركة بدجت لتأجير السيارات"
IHSAN = "نايف إحسان"
AHMARI = "أحمد الأحمري"
BAYERN = "بايرن ميونيخ"
MULLER = "توماس مولر"
MAN_UTD = "مانشستر يونايتد"
VAN_GAAL = "لويس فان غال"
RUMMENIGGE = "كارل هاينتس رومنيغيه"
DPA = "وكالة الأنباء الألمانية"
SSC = "العيادات التخصصية السعودية"
ZAATARI = "الزعتري"
ISMAIL = "محمد إسماعيل"
CAMPAIGN = "الحملة الوطنية السعودية لنصرة الأشقاء في سوريا"
SAMHAN = "بدر عبد الرحمن السمحان"

ARTICLES: list[dict] = [
    # 00 — Al-Madina: al-Jubeir and Shoukry in Jeddah. A headline attribution, noun-phrase claims
    # (`شدد على أن`, `مشيراً إلى أهمية`, `أكد التزام`), partial direct quotes after a noun and a clause.
    {
        "index": 7491,
        "outlet": "المدينة",
        "pub_date": None,
        "entities": [
            E("الجبير", "PERS", JUBEIR, [1, 3, 4]),
            E("عادل الجبير", "PERS", JUBEIR),
            E("إيران", "LOC", IRAN, "all"),
            E("المملكة العربية السعودية", "LOC", KSA),
            E("السعودية", "LOC", KSA, 2),
            E("الرياض", "LOC", "الرياض"),
            E("القاهرة", "LOC", "القاهرة", "all"),
            E("اليمن", "LOC", YEMEN, "all"),
            E("مصر", "LOC", EGYPT, "all"),
            E("عدن", "LOC", "عدن"),
            E("جدة", "LOC", "جدة"),
            E("سامح شكري", "PERS", SHOUKRY),
            E("شكري", "PERS", SHOUKRY, 2),
            E("سوريا", "LOC", SYRIA, "all"),
            E("جنيف1", "MISC", "جنيف 1"),
            E("بشار الأسد", "PERS", ASSAD),
            E("حماس", "ORG", "حماس"),
            E("التحالف العربي", "ORG", COALITION),
            E("علي عبدالله صالح", "PERS", SALEH),
            E("عبدالفتاح السيسي", "PERS", SISI),
        ],
        "quotes": [
            Q("indirect", "المملكة العربية السعودية ترحب", "دعم الإرهاب في المنطقة", "أكد", JUBEIR),
            Q("indirect", "الرياض على علم", "القاهرة حول اليمن", "أوضح", JUBEIR),
            Q("direct", "لا نشك بموقف مصر", None, "مؤكداً", JUBEIR),
            Q("indirect", "مصر جزء أساسي", "عسكرياً وسياسياً", "أشار", JUBEIR),
            Q("indirect", "عودة السفير السعودي", "بالوضع الأمني", "لافتاً", JUBEIR),
            Q("indirect", "مواقف السعودية ثابتة", "تجاه اليمن وسوريا", "شدد", JUBEIR),
            Q("indirect", "أهمية إيجاد حل", "رحيل بشار الأسد", "مشيراً", JUBEIR),
            Q("direct", "إن زيارة الوفد", "زيارة رسمية", "قال", JUBEIR),
            Q("indirect", "التزام مصر في التحالف", "الاستقرار في اليمن", "أكد", SHOUKRY),
            Q("indirect", "استقبال القاهرة", "لحل الصراع في اليمن", "مشيراً", SHOUKRY),
            Q("direct", "تدعيم أواصر العلاقة الإستراتيجية والأخوة", "والتضامن مع", "أكد", SHOUKRY),
            Q("indirect", "زيارته إلى المملكة", "عبدالفتاح السيسي", "مشيراً", SHOUKRY),
            Q("direct", "على تدعيم أواصر", "والشعبين الشقيقين", "مشيراً", SHOUKRY),
        ],
        "timex": [
            T("أمس", "DATE", None),
        ],
    },
    # 01 — Ain Alyoum (Reuters copy): the UAE criticises Mogherini's opening to Iran. Byline in the
    # text, an op-ed and a tweet as channels (via), an unnamed official resolved to Gargash, Khamenei.
    {
        "index": 12965,
        "outlet": "عين اليوم",
        "pub_date": None,
        "entities": [
            E("الإمارات", "LOC", UAE, "all"),
            E("الاتحاد الأوروبي", "ORG", EU, "all"),
            E("إيران", "LOC", IRAN, "all"),
            E("عين اليوم", "ORG", "عين اليوم"),
            E("دبي", "LOC", "دبي"),
            E("طهران", "LOC", "طهران", "all"),
            E("فيدريكا موجيريني", "PERS", MOGHERINI),
            E("موجيريني", "PERS", MOGHERINI, [2, 3, 4, 5]),
            E("الجارديان", "ORG", GUARDIAN, "all"),
            E("الخليج", "LOC", GULF, "all"),
            E("واشنطن", "LOC", "واشنطن", "all"),
            E("سوريا", "LOC", SYRIA, "all"),
            E("اليمن", "LOC", YEMEN, "all"),
            E("العراق", "LOC", IRAQ, "all"),
            E("فلسطين", "LOC", "فلسطين"),
            E("البحرين", "LOC", "البحرين"),
            E("لبنان", "LOC", "لبنان"),
            E("أنور قرقاش", "PERS", GARGASH),
            E("قرقاش", "PERS", GARGASH, 2),
            E("تويتر", "ORG", TWITTER),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط", "all"),
            E("علي خامنئي", "PERS", KHAMENEI),
            E("خامنئي", "PERS", KHAMENEI, 2),
        ],
        "quotes": [
            Q("indirect", "سياسة طهران", "بين دول المنطقة", "قالت", UAE),
            # «مسؤول إماراتي كبير»: the same words are Gargash's two paragraphs below.
            Q("indirect", "فيدريكا موجيريني مفوضة", "بدت في غير محلها", "قال", GARGASH),
            Q(
                "indirect",
                "وزراء خارجية الاتحاد الأوروبي فوضوها",
                "طهران والقوى الدولية",
                "قالت",
                MOGHERINI,
                GUARDIAN,
            ),
            Q("indirect", "قوة شيعية توسعية", None, "تقول", GULF_STATES),
            Q("direct", "التعاون بين إيران وجيرانها", "سوريا واليمن والعراق.", "كتبت", MOGHERINI, GUARDIAN),
            Q("indirect", "موجيريني لم تدرك", "السياسة الإيرانية", "قال", GARGASH),
            Q("indirect", "إشادتها بمسؤولين", "لم تكن في محلها", "أشار", GARGASH),
            Q("indirect", "الافتتاحية التي كتبتها", "للاستقطاب في الشرق الأوسط", "قال", GARGASH, TWITTER),
            Q("indirect", "مهمتها في تحقيق", "وإذكاء الاستقطاب", "أضاف", GARGASH, TWITTER),
            Q("indirect", "الاتفاق لن يحدث", "علاقتها مع واشنطن", "قال", KHAMENEI),
            Q("direct", "الأصدقاء في المنطقة", "والبحرين ولبنان.", "وعد", KHAMENEI),
            Q("indirect", "إثارة القلاقل", "في تلك البلدان", "تتهم", "دول سنية عديدة في الخليج"),
        ],
        "timex": [
            T("اليوم الأربعاء", "DATE", None),
            T("أمس الثلاثاء", "DATE", None),
            T("18 يوليو", "DATE", None),
            T("الأيام الماضية", "DURATION", "PXD"),
        ],
    },
    # 02 — Al-Riyadh: Zarif on Twitter, Araghchi before a parliamentary committee. Direct quotes after
    # `قال إن "…"`, a stray closing mark with no opening one, a subhead attribution, the IAEA.
    {
        "index": 13796,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("ظريف", "PERS", ZARIF, [1, 3]),
            E("محمد جواد ظريف", "PERS", ZARIF),
            E("إيران", "LOC", IRAN, "all"),
            E("جمهورية الإسلامية الإيرانية", "LOC", IRAN, "all"),
            E("تويتر", "ORG", TWITTER),
            E("الكويت", "LOC", "الكويت", "all"),
            E("قطر", "LOC", "قطر", "all"),
            E("العراق", "LOC", IRAQ, "all"),
            E("طهران", "LOC", "طهران"),
            E("عباس عراقجي", "PERS", ARAGHCHI),
            E("عراقجي", "PERS", ARAGHCHI, [2, 3, 4, 5]),
            E("لجنة السياسة الخارجية والأمن القومي", "ORG", "لجنة السياسة الخارجية والأمن القومي"),
            E("برنامج العمل المشترك الشامل", "MISC", "برنامج العمل المشترك الشامل"),
            E("منظمة الطاقة الذرية الإيرانية", "ORG", "منظمة الطاقة الذرية الإيرانية"),
            E("علي اكبر صالحي", "PERS", "علي أكبر صالحي"),
            E("وكالة الدولية للطاقة الذرية", "ORG", IAEA),
            E("الوكالة الدولية للطاقة الذرية", "ORG", IAEA, "all"),
            E("يوكيا امانو", "PERS", "يوكيا أمانو"),
            E("خارطة الطريق للتعاون", "MISC", "خارطة الطريق للتعاون"),
        ],
        "quotes": [
            Q("indirect", "بلاده تولي أهمية خاصة", "مع دول الجوار", "أكد", ZARIF),
            Q("direct", "دول الجوار تعتبر أولوية بالنسبة للجمهورية", "الإسلامية الإيرانية", "قال", ZARIF),
            Q("indirect", "أجرى محادثات ايجابية", "في البلدان الثلاثة", "شدد", ZARIF, TWITTER),
            Q("indirect", "دول الجوار تعتبر أولوية وواحدة", "بالنسبة لطهران", "أكد", ZARIF, TWITTER),
            Q("direct", "لقد أجريت محادثات ممتازة", "وقطر والعراق", "قال", ZARIF, TWITTER),
            Q("indirect", "الاتفاق النووي الذي توصلت", "أي وثيقة سرية", "أكد", ARAGHCHI),
            Q("direct", "الاتفاق النووي لا يتضمن", "الشامل وملاحقها", "قال", ARAGHCHI),
            Q("indirect", "هذا التفاهم والوثائق", "سرية هذه الوثائق", "قال", ARAGHCHI),
            Q("direct", "باعتقادي انه", "العسكرية والحساسة", "قال", ARAGHCHI),
            Q("direct", "هذا الأمر لا يعني", "بإرسال عدد منهم إلى إيران", "أوضح", ARAGHCHI),
            Q("indirect", "ذُكر في الاتفاق", "المجيء إلى إيران", "أكد", ARAGHCHI),
        ],
        "timex": [
            T("أمس الخميس", "DATE", None),
        ],
    },
    # 03 — Al-Eqtisadiya (dpa copy): Cavusoglu on Incirlik and ISIS. Colon speech in marks, Anadolu
    # as the channel from `نقلت … عنه القول` on (an unclosed mark), `خلال فترة قريبة`.
    {
        "index": 20774,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("داعش", "ORG", ISIS, "all"),
            E("مولود جاويش أوغلو", "PERS", CAVUSOGLU),
            E("قاعدة إنجيرليك", "LOC", INCIRLIK, "all"),
            E("الأناضول", "ORG", ANADOLU),
            E("أضنة", "LOC", "أضنة"),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("تركيا", "LOC", "تركيا"),
            E("الأسد", "PERS", ASSAD),
            E("سورية", "LOC", SYRIA),
        ],
        "quotes": [
            Q("indirect", "الطائرات الأمريكية بدأت", "إنجيرليك التركية", "قال", CAVUSOGLU),
            Q("direct", "سنبدأ معا", "شاملة ضد داعش", "مضيفا", CAVUSOGLU),
            Q("direct", "فتح قاعدة إنجيرليك", "مع الولايات المتحدة.", "القول", CAVUSOGLU, ANADOLU),
            Q("direct", "الأراضي المحررة", "مكانا لها", "أفاد", CAVUSOGLU, ANADOLU),
            Q("indirect", "بلاده ، في حال", "العودة إلى بلادهم", "موضحا", CAVUSOGLU, ANADOLU),
            Q("indirect", "تركيا والولايات المتحدة تقومان", "السورية المعتدلة", "قائلا", CAVUSOGLU, ANADOLU),
            Q("direct", "سنبدأ خلال فترة قصيرة", "في محاربة داعش", "مضيفا", CAVUSOGLU, ANADOLU),
            Q("indirect", "أهمية الإقدام", "في سورية", "أكد", CAVUSOGLU, ANADOLU),
            Q("indirect", "المباحثات في هذا الشأن مستمرة", None, "موضحا", CAVUSOGLU, ANADOLU),
        ],
        "timex": [
            T("فترة قريبة", "DATE", "FUTURE_REF"),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("فترة قصيرة جدا", "DATE", "FUTURE_REF"),
        ],
    },
    # 04 — Al-Jazirah (dpa copy): the AU mission in Somalia denies killing civilians. Unnamed sources
    # and officials as speakers, a statement by a body, `وصفها بأنها «…»`, al-Shabab named three ways.
    {
        "index": 5424,
        "outlet": "الجزيرة",
        "pub_date": None,
        "entities": [
            E("بعثة الاتحاد الإفريقي بالصومال", "ORG", AMISOM),
            E("بعثة الاتحاد الإفريقي في الصومال", "ORG", AMISOM, "all"),
            E("مركة", "LOC", "مركة"),
            E("عبد الغني هشي", "PERS", "عبد الغني هشي"),
            E("حركة الشباب", "ORG", SHABAB, "all"),
            E("الشباب", "ORG", SHABAB, anchor="مسلحي"),
            E("محمد ظاهر", "PERS", "محمد ظاهر"),
            E("عبد الله أبشروا", "PERS", ABSHIROW),
            E("الاتحاد الإفريقي", "ORG", AU, [4, 5]),
            E("اتحاد الإفريقي", "ORG", AU),
            E("الصومال", "LOC", "الصومال", [4, 5]),
        ],
        "quotes": [
            Q("indirect", "القوات قتلت المدنيين", "الساحلية الجنوبية", "قالت", "مصادر طبية ومصدر برلماني"),
            Q("indirect", "الحادثة أسفرت", "عشرة مدنيين", "قالت", "مصادر"),
            Q("indirect", "تم نقل 18 شخصا", "وحالة عدد منهم حرجة", "قال", "عبد الغني هشي"),
            Q("indirect", "قواتها اكتشفت", "المتشددة في المنطقة", "أوضحت", AMISOM),
            Q("direct", "خلال المواجهة", "القيادي محمد ظاهر", "قالت", AMISOM),
            Q("direct", "نعتقد أن بعض", "مدنيين أبرياء", "قال", "مسؤول محلي"),
            # «نائب عن المنطقة»: the MP named in the next sentence.
            Q("direct", "عمل إجرامي", None, "وصفها", ABSHIROW),
            Q("direct", "تكليف قوات", "من الهجمات الإرهابية", "قال", ABSHIROW),
            Q("indirect", "احتمال أن يكون", "تابع للاتحاد الإفريقي", "أشار", "مصدر أمني"),
        ],
        "timex": [
            T("أمس الأربعاء", "DATE", None),
            T("أمس", "DATE", None, 2),
            T("الليلة الماضية", "DATE", None),
        ],
    },
    # 05 — Okaz: Dempsey in Baghdad, reported by an Iraqi official to Okaz. A report inside a
    # report, `وفقا لما كشفه لـ(عكاظ) مسؤول` after the content, accusations with a noun claim.
    {
        "index": 2434,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("ديمبسي", "PERS", DEMPSEY, [1, 3, 4]),
            E("مارتن ديمبسي", "PERS", DEMPSEY),
            E("العبادي", "PERS", ABADI, [1, 3]),
            E("حيدر العبادي", "PERS", ABADI),
            E("إيران", "LOC", IRAN),
            E("بغداد", "LOC", "بغداد", "all"),
            E("واشنطن", "LOC", "واشنطن", "all"),
            E("خالد العبيدي", "PERS", "خالد العبيدي"),
            E("عكاظ", "ORG", OKAZ),
            E("الولايات المتحدة", "LOC", USA),
            E("العراق", "LOC", IRAQ, "all"),
            E("طهران", "LOC", "طهران"),
            E("تنظيم الدولة", "ORG", ISLAMIC_STATE, "all"),
            E("مجلس النواب العراقي", "ORG", "مجلس النواب العراقي"),
            E("سليم الجبوي", "PERS", "سليم الجبوري"),
            E("الحشد الشعبي", "ORG", PMF, "all"),
            E("الفلوجة", "LOC", "الفلوجة"),
            E("الرمادي", "LOC", "الرمادي"),
            E("داعش", "ORG", ISIS),
            E("دولة القانون", "ORG", STATE_OF_LAW),
            E("ائتلاف الوطنية", "ORG", "ائتلاف الوطنية"),
            E("الأنبار", "LOC", ANBAR, "all"),
        ],
        "quotes": [
            Q("indirect", "خرق الاتفاق الأمني", "قطعتها بغداد لواشنطن", "اتهم", DEMPSEY),
            Q(
                "indirect",
                "جاء اتهام الجنرال",
                "ووزير الدفاع خالد العبيدي",
                "وفقا",
                IRAQI_OFFICIAL,
                OKAZ,
                cue_after=True,
            ),
            Q("indirect", "رئيس الأركان الأمريكي طالب", "دون علم واشنطن", "قال", IRAQI_OFFICIAL, OKAZ),
            Q("indirect", "النفوذ الإيراني داخل العراق", "بكل عناية", "أكد", DEMPSEY, OKAZ),
            Q("indirect", "الجنرال ديمبسي أبلغ", "يسيطر عليها تنظيم الدولة", "أكد", IRAQI_OFFICIAL, OKAZ),
            Q("indirect", "واشنطن سترسل", "يسيطر عليها تنظيم الدولة", "أبلغ", DEMPSEY, OKAZ),
            Q("indirect", "استغلال الفتن الطائفية", "من براثن (داعش)", "متهمة", "الكتل البرلمانية"),
            Q(
                "indirect",
                "وجود مساع",
                "معارك تحرير محافظة الأنبار",
                "اعتبرت",
                "ائتلاف دولة القانون وائتلاف الوطنية",
            ),
            Q(
                "indirect",
                "هناك جهات سياسية",
                "معارك تحرير محافظة الأنبار",
                "ركزت",
                "ائتلاف دولة القانون وائتلاف الوطنية",
            ),
            Q("indirect", "جميع دول الجوار", "لخدمة مصالحها", "مبينة", "ائتلاف دولة القانون وائتلاف الوطنية"),
        ],
        "timex": [
            T("السبت الماضي", "DATE", None),
        ],
    },
    # 06 — Sabq (SPA copy, `واس - الرياض :` in the text): Yemeni officials at the KSrelief centre.
    # The spokesman reports al-Rabiah (nested), praise and thanks that are not cues, `لليمن` ×3.
    {
        "index": 12782,
        "outlet": "سبق",
        "pub_date": None,
        "entities": [
            E("واس", "ORG", SPA),
            E("الرياض", "LOC", "الرياض"),
            E("يمن", "LOC", YEMEN, "all"),
            E("اليمن", "LOC", YEMEN, "all"),
            E("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG", KSRELIEF),
            E("الديوان الملكي", "ORG", "الديوان الملكي"),
            E("عبدالله بن عبدالعزيز الربيعة", "PERS", RABIAH),
            E("عبدالله الربيعة", "PERS", RABIAH, "all"),
            E("الربيعة", "PERS", RABIAH, 4),
            E("رأفت الصباغ", "PERS", SABBAGH),
            E("الصباغ", "PERS", SABBAGH, 2),
            E("صنعاء", "LOC", "صنعاء"),
            E("عبدالقوي أحمد عباد شريف", "PERS", "عبد القوي أحمد عباد شريف"),
            E("الضالع", "LOC", "الضالع"),
            E("فضل محمد حسين الجعدي", "PERS", "فضل محمد حسين الجعدي"),
            E("فارس قاسم صالح", "PERS", "فارس قاسم صالح"),
        ],
        "quotes": [
            Q(
                "indirect",
                "المشرف العام على المركز الدكتور عبدالله الربيعة استقبل",
                "إلى مستحقيها",
                "أوضح",
                SABBAGH,
                SPA,
            ),
            Q("indirect", "الدكتور الربيعة أكد", "بين المملكة واليمن", "بين", SABBAGH, SPA),
            Q("indirect", "استمرار المساعدات الإغاثية", "اليمن الشقيقة", "أكد", RABIAH, SPA),
            Q("indirect", "توالي وصول المساعدات", "بين المملكة واليمن", "مشيراً", RABIAH, SPA),
        ],
        "timex": [
            T("الآن", "DATE", "PRESENT_REF"),
            T("اليوم", "DATE", None, "all"),
        ],
    },
    # 07 — Asharq al-Awsat: the World Bank's chief economist for the Middle East, in an interview with
    # the publishing paper (via from its mention on), an expectation with a clause, partial quotes.
    {
        "index": 29442,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("البنك الدولي", "ORG", WORLD_BANK, "all"),
            E("طهران", "LOC", "طهران", "all"),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط", 1),
            E("الشرق الأوسط", "ORG", SHARQ, 2),
            E("شانتا ديفيرجان", "PERS", DEVARAJAN),
            E("ديفيرجان", "PERS", DEVARAJAN, [2, 3]),
            E("إيران", "LOC", IRAN, "all"),
        ],
        "quotes": [
            Q("indirect", "يسهم رفع الحظر", "10 دولارات في 2016", "توقع", DEVARAJAN),
            Q("indirect", "اقتصاد طهران سينمو", "الأموال المجمدة", "قال", DEVARAJAN, SHARQ),
            Q("direct", "ليس بإمكانك", "من دون الشفافية", "قال", DEVARAJAN, SHARQ),
            Q("indirect", "رفع العقوبات سيكون", "العالمية إلى التجارة", "أوضح", DEVARAJAN, SHARQ),
            Q("indirect", "تتجه إيران إلى الأسواق الغربية", None, "توقع", DEVARAJAN, SHARQ),
            Q("direct", "لأنها بحاجة", "إلى سرعته السابقة", "توقع", DEVARAJAN, SHARQ),
            Q("indirect", "طهران ستواجه 3 تحديات", "هو البنية التحتية", "أكد", DEVARAJAN, SHARQ),
            Q("direct", "مستوى البنية التحتية", "الاتصالات، والنقل", "قال", DEVARAJAN, SHARQ),
            Q("direct", "سينطوي على تحديات كبيرة", None, "مشيرا", DEVARAJAN, SHARQ),
            Q("direct", "ينبغي أن يكون", "أجندة طهران", "قال", DEVARAJAN, SHARQ),
        ],
        "timex": [
            T("2016", "DATE", "2016"),
            T("يوميا", "SET", "P1D"),
        ],
    },
    # 08 — Al-Riyadh: the Central Bank of Egypt on inflation and growth. The bank as speaker, months
    # with and without a year, a fiscal-year quarter `2014 / 2015`, anaphoric periods.
    {
        "index": 15702,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("المركزي المصري", "ORG", CBE, 1),
            E("البنك المركزي المصري", "ORG", CBE, "all"),
            E("منطقة اليورو", "LOC", "منطقة اليورو"),
            E("لجنة السياسات", "ORG", "لجنة السياسات"),
            E("مصر", "LOC", EGYPT),
        ],
        "quotes": [
            Q("indirect", "المعدل السنوي للتضخم العام", "في معدلات التضخم", "أعلن", CBE),
            Q("indirect", "معدل التضخم الأساسي تراجع", "8.07 بالمئة في يونيو الماضي", "قال", CBE),
            Q("indirect", "الانخفاض في الأسعار العالمية", "في السوق المحلية", "أشار", CBE),
            Q("indirect", "معدل نمو الناتج المحلي الإجمالي حقق", "في الربع الأول", "لافتا", CBE),
            Q("indirect", "هذا النمو تحقق", "نمو الناتج المحلي الإجمالي", "لفت", CBE),
            Q("indirect", "نمو الاستثمارات ساهم", "تحسين معدلات النمو", "معتبرا", CBE),
            Q("indirect", "تساهم الاستثمارات", "الاقتصادات الناشئة", "توقع", CBE),
        ],
        "timex": [
            T("يونيو 2015", "DATE", "2015-06"),
            T("مايو الذي سبقه", "DATE", None),
            T("أمس الجمعة", "DATE", None),
            T("شهر يونيو الماضي", "DATE", None),
            T("مايو السابق عليه", "DATE", None),
            T("يونيو الماضي", "DATE", None, 2),
            T("الربع الثاني من العام 2014 / 2015", "DATE", "2014"),
            T("النصف الأول من العام المالي الماضي", "DATE", None),
            T("الربع الأول", "DATE", None),
            T("أمس", "DATE", None, 2),
            T("شهر الرابع", "DURATION", "P4M"),
            T("مؤخرا", "DATE", "PAST_REF"),
        ],
    },
    # 09 — Al-Eqtisadiya: car rentals after Eid al-Fitr. Statements to the paper (via), unnamed and
    # named speakers, Hijri days without a year (`28 رمضان`, `اليوم الرابع من شوال`), per-day rates.
    {
        "index": 5175,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("عيد الفطر", "MISC", "عيد الفطر"),
            E("الاقتصادية", "ORG", IQT, [1, 2, 3]),
            E("بدجت", "ORG", "بدجت"),
            E("نايف إحسان", "PERS", IHSAN),
            E("شركة المتحدة لتأجير السيارات", "ORG", "شركة المتحدة لتأجير السيارات"),
            E("أحمد عمر", "PERS", "أحمد عمر"),
            E("أحمد الأحمري", "PERS", AHMARI),
            E("الأحمري", "PERS", AHMARI, 2),
        ],
        "quotes": [
            Q(
                "indirect",
                "عديدا من الشركات والمكاتب",
                "خلال إجازة العيد",
                "قال",
                "مختصون في شركات تأجير السيارات",
                IQT,
            ),
            Q("indirect", "حركة تأجير السيارات في هذه الفترة", "أي اختلاف يذكر", "أكد", BUDGET_OFFICIAL, IQT),
            Q("indirect", "عديدا من الشركات ومكاتب", "وذلك حتى أمس", "أضاف", BUDGET_OFFICIAL, IQT),
            Q("indirect", "متوسط الأسعار حاليا", "ويتجاوز ذلك", "مشيرا", BUDGET_OFFICIAL, IQT),
            Q("indirect", "نسبة التشغيل منذ 28 رمضان", "أي سيارة شاغرة", "أوضح", IHSAN),
            Q("indirect", "نسبة التشغيل العالية", "منذ مطلع العام", "أشار", IHSAN),
            Q("indirect", "أسعار السيارات تختلف", "ورفاهية السيارة", "أوضح", "أحمد عمر", IQT),
            Q("indirect", "الأسعار حاليا تبدأ", "500 ريال", "أوضح", AHMARI),
            Q("indirect", "أغلب المواطنين", "في استهلاك الوقود", "أضاف", AHMARI),
            Q("indirect", "أسعار المحروقات", "زيادة المعدلات", "موضحا", AHMARI),
        ],
        "timex": [
            T("هذا العام", "DATE", None),
            T("ثلاثة أعوام", "DURATION", "P3Y"),
            T("يومين", "DURATION", "P2D"),
            T("أمس", "DATE", None),
            T("حاليا", "DATE", "PRESENT_REF", "all"),
            T("يوم الواحد", "SET", "P1D"),
            T("اليوم", "SET", "P1D", [1, 3]),
            T("28 رمضان", "DATE", None),
            T("اليوم الرابع من شوال", "DATE", None),
            T("بداية شهر رمضان", "DATE", None),
            T("مطلع العام", "DATE", None),
        ],
    },
    # 10 — Al-Weeam (dpa copy): Man United, Van Gaal and Bayern's Müller. Names spelt three ways,
    # `وفقا للالمانية` as the channel of Rummenigge's words, dates without a year, the paper's tag line.
    {
        "index": 2058,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("بايرن", "ORG", BAYERN, [1, 3, 4, 6]),
            E("بايرن ميونيخ", "ORG", BAYERN, "all"),
            E("توماس مولر", "PERS", MULLER, "all"),
            E("مولر", "PERS", MULLER, 4),
            E("مانستشر يونايتد", "ORG", MAN_UTD),
            E("مانشتسر يونايتد", "ORG", MAN_UTD),
            E("مانشستر يونايتد", "ORG", MAN_UTD),
            E("يونايتد", "ORG", MAN_UTD, [4, 5]),
            E("لويس فان خال", "PERS", VAN_GAAL, "all"),
            E("فان خال", "PERS", VAN_GAAL, [3, 4]),
            E("فان غال", "PERS", VAN_GAAL),
            E("الولايات المتحدة", "LOC", USA),
            E("انكلترا", "LOC", "إنجلترا"),
            E("كارل هاينتس رومنيغيه", "PERS", RUMMENIGGE),
            E("أولدترافورد", "LOC", "أولد ترافورد"),
            E("برشلونة", "ORG", "برشلونة"),
            E("بدرو رودريغيز", "PERS", "بدرو رودريغيز"),
            E("الوئام", "ORG", WEEAM),
        ],
        "quotes": [
            Q("indirect", "سعي النادي لضم", "مهاجم جديد للفريق", "أكد", VAN_GAAL),
            Q("indirect", "رفض التخلي", "إلى مانشستر يونايتد", "أكد", RUMMENIGGE, DPA),
            Q("indirect", "يونايتد يسعى خلف لاعب", "الى “أولدترافورد”", "أكد", VAN_GAAL),
            Q("direct", "نحن في طور", "علينا الانتظار", "قال", VAN_GAAL),
        ],
        "timex": [
            T("مؤخرا", "DATE", "PAST_REF"),
            T("يوم الجمعة الماضي", "DATE", None),
            T("الأيام الاخيرة", "DURATION", "PXD"),
            T("الأيام الأخيرة", "DURATION", "PXD"),
            T("31 آب/أغسطس", "DATE", None),
            T("الأول من أيلول/سبتمبر", "DATE", None),
        ],
    },
    # 11 — SPA: the Saudi clinics in Zaatari treat 932 refugees. Hijri dateline (pub_date fixed),
    # `للعيادات`/`للحملة` stripped, `شدد على ضرورة`, a direct quote with spaces inside the marks, clock line.
    {
        "index": 30889,
        "outlet": "واس",
        "pub_date": "2015-08-11",
        "entities": [
            E("العيادات التخصصية السعودية", "ORG", SSC, "all"),
            E("عيادات التخصصية السعودية", "ORG", SSC, "all"),
            E("الزعتري", "LOC", ZAATARI, "all"),
            E("عمان", "LOC", "عمّان"),
            E("واس", "ORG", SPA),
            E("محمد إسماعيل", "PERS", ISMAIL),
            E("إسماعيل", "PERS", ISMAIL, 2),
            E("حملة الوطنية السعودية لنصرة الأشقاء في سوريا", "ORG", CAMPAIGN),
            E("بدر عبد الرحمن السمحان", "PERS", SAMHAN),
            E("السمحان", "PERS", SAMHAN, 2),
            E("الحملة الوطنية السعودية", "ORG", CAMPAIGN),
            E("العيادات السعودية", "ORG", SSC),
        ],
        "quotes": [
            Q("indirect", "عيادة الجلدية سجلت", "اجتاحت المنطقة", "أوضح", ISMAIL, SPA),
            Q("indirect", "تم التعامل مع الحالات", "العلاجات المناسبة", "مؤكدا", ISMAIL, SPA),
            Q("indirect", "عيادة الجلدية تعتمد", "بأذن الله", "بين", ISMAIL, SPA),
            Q("indirect", "الحملة الوطنية السعودية تركز", "التخصصية السعودية المتعددة", "أوضح", SAMHAN, SPA),
            Q("indirect", "ضرورة اتخاذ التدابير", "بيئة المخيم الصحراوية", "شدد", SAMHAN, SPA),
            Q("direct", "إن هذا هو ما تعمل", "لأكثر من ثلاث سنوات", "قال", SAMHAN, SPA),
        ],
        "timex": [
            T("26 شوال 1436", "DATE", "2015-08-11"),
            T("11 أغسطس 2015", "DATE", "2015-08-11"),
            T("الأسبوعين الماضيين", "DURATION", "P2W"),
            T("أكثر من ثلاث سنوات", "DURATION", "P3Y"),
            T("سنوات", "DURATION", "PXY", 2),
            T("11:57 ت م", "TIME", "2015-08-11T11:57"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(5),
            earlier_name="sets 1-5",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
