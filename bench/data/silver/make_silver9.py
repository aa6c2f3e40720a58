"""Build ``snn_dev9.jsonl``: the ninth blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates9.py`` (seed 20240612) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of sets 1-8
(``make_silver.py`` … ``make_silver8.py``, README.md), before any akhbar output on them was seen.
The hint classes (``E``, ``T``, ``Q``), the builder with all its checks (``build``) and the writer
come from ``silver_tools.py``, as in ``make_silver8.py``; this script holds the annotations and
refuses any article that sets 1-8 already use.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver9.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import ISIS, SPA, UN, USA
from make_silver2 import KERRY, PKK, PREMIER, QURAINI
from make_silver2 import SHABAB as SHABAB_CLUB
from make_silver3 import AFP, SALEH
from make_silver4 import CARTER
from make_silver5 import WATAN, WEEAM
from make_silver6 import AU, EU, SHARQ, SYRIA
from make_silver7 import IRAQ, TURKEY
from make_silver8 import ADEN, ANBAR, GREECE, ITALY, KUWAIT, REAL
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev9.jsonl")
ID_PREFIX = "snn-dev9-"

# Canonical names used more than once (the earlier sets' spellings where they have them).
PESHMERGA = "البشمركة"
MOSUL = "الموصل"
KURDISTAN = "إقليم كردستان"
KRG = "حكومة إقليم كردستان"
KRG_PRESIDENCY = "رئاسة إقليم كردستان"
SAYYID_QADIR = "مصطفى سيد قادر"
BAGHDAD = "بغداد"
INTL_COALITION = "التحالف الدولي"
RUDAW = "روداو"
ERBIL = "أربيل"
WASHINGTON = "واشنطن"
INCIRLIK = "قاعدة إنجيرليك"
BILGIC = "تانجو بيليتش"
SINIRLIOGLU = "فريدون سينيرلي أوغلو"
TR_PM_OFFICIAL = "مسؤول في مكتب رئيس الوزراء التركي"
BADI = "راجح بادي"
ABYAN = "أبين"
LAHJ = "لحج"
TAIZ = "تعز"
RIYADH = "الرياض"
RAMADI = "الرمادي"
RT = "روسيا اليوم"
SALAHUDDIN = "صلاح الدين"
FED_POLICE = "الشرطة الاتحادية"
JAWDAT = "رائد شاكر جودت"
ARIF = "عارف عبد الرزاق"
BURUNDI = "بوروندي"
US_STATE = "وزارة الخارجية الأمريكية"
NKURUNZIZA = "بيير نكورونزيزا"
SADIQ_MOSQUE = "مسجد الإمام الصادق"
SABQ = "سبق"
SALEH_MP = "خليل الصالح"
EUROPE = "أوروبا"
MED = "البحر الأبيض المتوسط"
UNHCR = "مفوضية الأمم المتحدة السامية لشؤون اللاجئين"
SPINDLER = "وليام سبيندلر"
IOM = "المنظمة الدولية للهجرة"
CRAFT = "جيم كرافت"
KHALID_BIN_SAAD = "خالد بن سعد"
ANWAR = "فؤاد أنور"
KANAAN = "كنعان الكنعان"
BENZEMA = "كريم بنزيما"
ARSENAL = "آرسنال"
GIULIANELLI = "إيمانويل جوليانيلي"
HENRY = "تيري هنري"
UK_ES_REPORTS = "تقارير صحفية إنجليزية وإسبانية"
BATTAL = "بتال العتيبي"
IVANOV = "جورج إيفانوف"
HAMDAN = "وسام حمدان"
UMLUJ_COLLEGE = "كلية التميز بأملج"

ARTICLES: list[dict] = [
    # 00 — Asharq al-Awsat: the Peshmerga minister on the coming battle for Mosul, from an interview with
    # Rudaw (via Rudaw from its mention on). A lead with `أكد أن` and `مشيرا إلى أن`, five direct quotes
    # after `:` (`وتابع:`, `مكتفيا بالقول:`, `أجاب … قائلا:`), three statements reported inside his quotes;
    # `للعراق` and `للبيشمركة` (لل stripped), `الآن` inside a quote.
    {
        "index": 11565,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("البيشمركة", "ORG", PESHMERGA, [1, 3, 4]),
            E("بيشمركة", "ORG", PESHMERGA),
            E("الموصل", "LOC", MOSUL, "all"),
            E("إقليم كردستان", "LOC", KURDISTAN, "all"),
            E("مصطفى سيد قادر", "PERS", SAYYID_QADIR),
            E("سيد قادر", "PERS", SAYYID_QADIR, [2, 3, 4, 5]),
            E("داعش", "ORG", ISIS, "all"),
            E("بغداد", "LOC", BAGHDAD, "all"),
            E("التحالف الدولي", "ORG", INTL_COALITION),
            E("روداو", "ORG", RUDAW),
            E("عراق", "LOC", IRAQ),
            E("العراق", "LOC", IRAQ),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("آشتون كارتر", "PERS", CARTER),
            E("أربيل", "LOC", ERBIL),
            E("غرب كردستان", "LOC", "غرب كردستان"),
            E("سوريا", "LOC", SYRIA),
        ],
        "quotes": [
            Q("indirect", "القوات الكردية ستشارك", "من سيطرة تنظيم داعش", "أكد", SAYYID_QADIR),
            Q("indirect", "حكومة إقليم كردستان تبحث", "وقوات بقية دول التحالف الدولي", "مشيرا", SAYYID_QADIR),
            Q("direct", "من المؤكد مشاركة", "بالطريقة التي نريدها", "أضاف", SAYYID_QADIR, RUDAW),
            Q("direct", "تحرير الموصل مهم", "لتطهير العراق منه", "تابع", SAYYID_QADIR, RUDAW),
            Q("direct", "نحن الآن نبحث", "نتحرى خطة لتحرير الموصل", "أوضح", SAYYID_QADIR, RUDAW),
            Q("direct", "سنتحرك عندما يكون", "من الأفضل أن نؤخرها", "القول", SAYYID_QADIR, RUDAW),
            Q("direct", "الزيارة في حد ذاتها", "الدعم العسكري للبيشمركة", "أوضح", SAYYID_QADIR, RUDAW),
            Q("indirect", "ستواصل تقديم الدعم", "الدعم العسكري للبيشمركة", "أكدت", USA, RUDAW),
            Q("direct", "نعم. تسليح الأكراد", "الأسلحة التي يقدمونها", "قائلا", SAYYID_QADIR, RUDAW),
            Q("indirect", "نفضل أن نتلقى", "السلاح مباشرة", "أوضحت", KRG, RUDAW),
            Q("indirect", "سنتسلم الأسلحة", "التي يقدمونها", "أكدوا", USA, RUDAW),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("الآن", "DATE", "PRESENT_REF"),
            T("الأسبوع الماضي", "DATE", None),
        ],
    },
    # 01 — Asharq al-Awsat: Turkey opens Incirlik to the US-led coalition. A ministry spokesman's direct quote
    # after `إن` and his `وأكد أنه`, an unnamed official `لـ«الشرق الأوسط»` (indirect + `متحدثا عن «…»`), a
    # deputy minister's words relayed `حسب بيان لرئاسة إقليم كردستان`, a government's `وصفتها بأنها «…»`, a
    # PKK-umbrella official `لـ«الشرق الأوسط»`; `{العمال الكردستاني}` in braces, `حتى الآن`.
    {
        "index": 13157,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("تركيا", "LOC", TURKEY, "all"),
            E("واشنطن", "LOC", WASHINGTON),
            E("داعش", "ORG", ISIS, "all"),
            E("إنجرليك", "LOC", INCIRLIK),
            E("قاعدة إنجرليك", "LOC", INCIRLIK, "all"),
            E("الولايات المتحدة", "LOC", USA, "all"),
            E("الخارجية التركية", "ORG", "وزارة الخارجية التركية"),
            E("تانجو بيليتش", "PERS", BILGIC),
            E("سوريا", "LOC", SYRIA),
            E("التحالف الدولي", "ORG", INTL_COALITION),
            E("الشرق الأوسط", "ORG", SHARQ, "all"),
            E("فريدون سينيرلي", "PERS", SINIRLIOGLU),
            E("أربيل", "LOC", ERBIL),
            E("إقليم كردستان", "LOC", KURDISTAN, "all"),
            E("مسعود بارزاني", "PERS", "مسعود بارزاني"),
            E("أنقرة", "LOC", "أنقرة"),
            E("حزب العمال الكردستاني", "ORG", PKK, "all"),
            E("العراق", "LOC", IRAQ, "all"),
            E("العمال الكردستاني", "ORG", PKK, exact=True, anchor="{"),
            E("دليل آمد", "PERS", "دليل آمد"),
            E("منظومة المجتمع الديمقراطي الكردستاني", "ORG", "منظومة المجتمع الديمقراطي الكردستاني"),
        ],
        "quotes": [
            Q("direct", "الاتفاق يختص فقط", "الأكراد في شمال سوريا", "قال", BILGIC),
            Q("indirect", "يمكن لقوات التحالف", "العسكرية في أي لحظة", "أكد", BILGIC),
            Q(
                "indirect",
                "الاتفاق مع الولايات المتحدة",
                "أقر بخطوطه العريضة",
                "أوضح",
                TR_PM_OFFICIAL,
                SHARQ,
            ),
            Q("direct", "تفاصيل يتم البحث", "للقيادة السياسية", "متحدثا", TR_PM_OFFICIAL, SHARQ),
            Q("indirect", "أهداف تركيا تتعلق", "بعيدا عن منطق السلاح", "أكد", SINIRLIOGLU, KRG_PRESIDENCY),
            Q("direct", "تصعيد خطير", "على السيادة العراقية", "وصفتها", "الحكومة العراقية"),
            Q("direct", "الحزب لم يبدأ", "ستنشب في تركيا", "قال", "دليل آمد", SHARQ),
        ],
        "timex": [
            T("أمس", "DATE", None, "all"),
            T("الآن", "DATE", "PRESENT_REF"),
        ],
    },
    # 02 — Asharq al-Awsat: the Yemeni government's spokesman, by phone to the paper, on the UN's principles
    # for talks and on Aden and the triangle around it. Nine statements of one speaker, all via the paper
    # (`لـ«الشرق الأوسط»` in the first sentence); `وأشار المتحدث باسم الحكومة اليمنية` and `وذكر بادي`, two
    # direct quotes after `وأضاف:`; a headline attribution; `للأمم المتحدة` (لل stripped), `حاليا`/`حاليًا`,
    # `الساعات المقبلة`, `فترة زمنية قصيرة`.
    {
        "index": 17791,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("بادي", "PERS", BADI, [1, 4]),
            E("الشرق الأوسط", "ORG", SHARQ, "all"),
            E("الأمم المتحدة", "ORG", UN, "all"),
            E("أمم المتحدة", "ORG", UN),
            E("راجح بادي", "PERS", BADI, "all"),
            E("علي عبد الله صالح", "PERS", SALEH),
            E("عدن", "LOC", ADEN, "all"),
            E("أبين", "LOC", ABYAN, "all"),
            E("لحج", "LOC", LAHJ, "all"),
            E("تعز", "LOC", TAIZ, "all"),
            E("الرياض", "LOC", RIYADH),
            E("قاعدة العند", "LOC", "قاعدة العند"),
        ],
        "quotes": [
            Q("indirect", "الحكومة الشرعية لم تتسلم", "والموالين لهما", "قال", BADI, SHARQ),
            Q("indirect", "مدينة عدن تحت إدارة", "مثلث أبين ولحج وتعز", "أكد", BADI, SHARQ),
            Q("indirect", "الحكومة اليمنية لم تبلغ", "الحكومة الشرعية مع المتمردين", "أوضح", BADI, SHARQ),
            Q("indirect", "الحكومة اليمنية علمت", "عبر بعض القوى السياسية", "مشيرًا", BADI, SHARQ),
            Q("direct", "الحكومة اليمنية تبلغ", "بالقرار الأممي 2216", "أضاف", BADI, SHARQ),
            Q(
                "indirect",
                "مدينة عدن تحت إدارة",
                "وهي محررة بالكامل",
                "أشار",
                BADI,
                SHARQ,
                anchor="وأشار المتحدث",
            ),
            Q("indirect", "لا مجال للخوض", "مسألة تأمين عدن وتحريرها", "مؤكدًا", BADI, SHARQ),
            Q("indirect", "العمل يجري حاليا", "في الأركان الثلاثة", "ذكر", BADI, SHARQ),
            Q("indirect", "مدينة لحج تعتبر", "سوى مساحة بسيطة", "مشيرًا", BADI, SHARQ),
            Q("indirect", "الساعات المقبلة ستشهد", "والمقاومة والجيش الوطني", "أكد", BADI, SHARQ),
            Q("direct", "هناك تقدم للمقاومة", "وتطهيرهما، ثم تأمينهما", "أضاف", BADI, SHARQ),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("الأسبوع الماضي", "DATE", None),
            T("حاليًا", "DATE", "PRESENT_REF"),
            T("حاليا", "DATE", "PRESENT_REF"),
            T("الساعات المقبلة", "DURATION", "PXH"),
            T("فترة زمنية قصيرة", "DATE", "FUTURE_REF"),
        ],
    },
    # 03 — Al-Weeam: Iraqi forces advance in Ramadi. A TV channel's correspondent (`مراسل RT`), the
    # federal police commander (`أكد أن … حسب تصريحاته`, `وأضاف … بأن`, `مشيرا إلى أنه`), a district council
    # head's `أعلن مقتل …` (a noun-phrase claim) and the defence ministry; places with descriptors (`ناحية`,
    # `قضاء`, `منطقة`), `للرمادي` (لل stripped), a nickname with an honorific; the paper's tag line.
    {
        "index": 14464,
        "outlet": "الوئام",
        "pub_date": None,
        "entities": [
            E("الرمادي", "LOC", RAMADI, "all"),
            E("رمادي", "LOC", RAMADI),
            E("داعش", "ORG", ISIS, "all"),
            E("RT", "ORG", RT),
            E("العراق", "LOC", IRAQ),
            E("تل مشيهيدة", "LOC", "تل مشيهيدة", "all"),
            E("الأنبار", "LOC", ANBAR, "all"),
            E("صلاح الدين", "LOC", SALAHUDDIN, "all"),
            E("الشرطة الاتحادية", "ORG", FED_POLICE, "all"),
            E("رائد شاكر جودت", "PERS", JAWDAT),
            E("شاكر جودت", "PERS", JAWDAT, 2),
            E("المضيق", "LOC", "المضيق"),
            E("مجلس قضاء الخالدية", "ORG", "مجلس قضاء الخالدية"),
            E("علي داوود", "PERS", "علي داوود"),
            E("الصقلاوية", "LOC", "الصقلاوية", "all"),
            E("عارف عبد الرزاق", "PERS", ARIF),
            E("عارف", "PERS", ARIF, 2),
            E("التحالف الدولي", "ORG", INTL_COALITION, "all"),
            E("جزيرة الخالدية", "LOC", "جزيرة الخالدية"),
            E("وزارة الدفاع", "ORG", "وزارة الدفاع العراقية"),
            E("بيجي", "LOC", "بيجي"),
            E("الوئام", "ORG", WEEAM),
        ],
        "quotes": [
            Q("indirect", "القوات العسكرية العراقية", "450 عبوة ناسفة", "قال", "مراسل RT في العراق", RT),
            Q("indirect", "القوات الأمنية استطاعت", "خسائر مادية وبشرية كبيرة", "أكد", JAWDAT),
            Q("indirect", "القوات الأمنية تمكنت", "المحور الشرقي للرمادي", "أضاف", JAWDAT),
            Q("indirect", "تمت تصفية 12 عنصرا", "منطقة المضيق شرق الرمادي", "مشيرا", JAWDAT),
            Q("indirect", "مقتل “والي الصقلاوية”", "جزيرة الخالدية شرقي الرمادي", "أعلن", "علي داوود"),
            Q("indirect", "طيران التحالف الدولي قصف", "مقتل أحد قادته", "أعلنت", "وزارة الدفاع العراقية"),
        ],
        "timex": [
            T("أمس الخميس", "DATE", None),
            T("الخميس", "DATE", None, 2),
        ],
    },
    # 04 — Al-Riyadh (Reuters copy): Kerry calls Burundi's election "deeply flawed". A headline with a verb
    # and marked words, the State Department reporting Kerry's words (nested direct quotes, `حث … "…"`),
    # `يتهم … بمخالفة …`, a party chief's two marked parts after `إن`, two bodies as one speaker, neighbours'
    # clause + marked part, `أشارت إلى مشاكل …`; weekdays, `أمس الاول`, `يوم 29 يونيو حزيران` without a year.
    {
        "index": 10780,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("أميركا", "LOC", USA),
            E("بوروندي", "LOC", BURUNDI, "all"),
            E("وزارة الخارجية الأميركية", "ORG", US_STATE),
            E("جون كيري", "PERS", KERRY),
            E("كيري", "PERS", KERRY, 2),
            E("بيير نكورونزيزا", "PERS", NKURUNZIZA),
            E("نكورونزيزا", "PERS", NKURUNZIZA, [2, 3, 4]),
            E(
                "المجلس الوطني للدفاع عن الديمقراطية-قوات الدفاع عن الديمقراطية",
                "ORG",
                "المجلس الوطني للدفاع عن الديمقراطية - قوات الدفاع عن الديمقراطية",
            ),
            E("باسكال نيابيندا", "PERS", "باسكال نيابيندا"),
            E("أجاثون رواسا", "PERS", "أجاثون رواسا"),
            E("الاتحاد الأوروبي", "ORG", EU),
            E("الاتحاد الافريقي", "ORG", AU),
            E("شرق افريقيا", "LOC", "شرق أفريقيا"),
        ],
        "quotes": [
            Q("direct", "معيبة للغاية", None, "تعتبر", USA),
            Q("indirect", "وزير الخارجية جون كيري وصف", "مع المعارضة", "قالت", US_STATE),
            Q("direct", "معيبة للغاية", None, "وصف", KERRY, US_STATE, anchor="قالت وزارة"),
            Q("direct", "هادف وجاد", None, "حث", KERRY, US_STATE),
            Q("indirect", "مخالفة الدستور", "أخرى في المنصب", "يتهم", "معارضون"),
            Q("indirect", "الرئيس حصل على", "من الأصوات", "قالت", "لجنة الانتخابات في بوروندي"),
            Q("direct", "معيبة للغاية", None, "وصف", KERRY, anchor="أمس الاول"),
            Q("direct", "من الضروري أن", "سبل المضي قدما.", "قال", KERRY),
            Q("direct", "سلبية ومتشائمة", None, "قال", "باسكال نيابيندا"),
            Q("direct", "شعب بوروندي لا يمكنه", "أن يحكم نفسه.", "قال", "باسكال نيابيندا"),
            Q("indirect", "العملية برمتها", "لم تكن تتحلى بالمصداقية", "قالا", f"{EU} و{AU}"),
            Q(
                "indirect",
                "التصويت كان هادئا",
                "بشكل عام يوم الثلاثاء",
                "قالت",
                "دول مجاورة في منطقة شرق افريقيا",
            ),
            Q("direct", "افتقرت إلى مبادئ", "تتحلى بالمصداقية.", "قالت", "دول مجاورة في منطقة شرق افريقيا"),
            Q(
                "indirect",
                "مشاكل مثل حوادث عنف",
                "أحزاب المعارضة للانتخابات",
                "أشارت",
                "دول مجاورة في منطقة شرق افريقيا",
            ),
        ],
        "timex": [
            T("يوم الثلاثاء", "DATE", None, "all"),
            T("خمس سنوات", "DURATION", "P5Y"),
            T("الجمعة", "DATE", None),
            T("عام 2005", "DATE", "2005"),
            T("أسابيع", "DURATION", "PXW", 1),
            T("أمس الاول", "DATE", None),
            T("عدة أسابيع", "DURATION", "PXW"),
            T("يوم 29 يونيو حزيران", "DATE", None),
        ],
    },
    # 05 — Sabq: Kuwait's criminal court to try the suspects of the Imam al-Sadiq mosque bombing. Sabq's
    # byline in the text, unnamed speakers (`الأنباء`, `مصدر أمني كويتي`, `أحد الشهود`), a ministry after the
    # content (`حسب بيانات …`), an MP (`وأضاف "الصالح" بأن`, `ومضى قائلا إنه`), `أعلنت البلاد الحداد`; one
    # mosque under two names, the country and its capital, `غداً`, `مؤخرا`, an age range, `لمدة يوم`.
    {
        "index": 18975,
        "outlet": "سبق",
        "pub_date": None,
        "entities": [
            E("جامع الإمام الصادق", "LOC", SADIQ_MOSQUE),
            E("الكويت", "LOC", KUWAIT, [1, 2, 3, 5]),
            E("عبدالله السالم", "PERS", "عبد الله السالم"),
            E("سبق", "ORG", SABQ),
            E("الدمام", "LOC", "الدمام"),
            E("مسجد الإمام الصادق", "LOC", SADIQ_MOSQUE, "all"),
            E("وزارة الصحة الكويتية", "ORG", "وزارة الصحة الكويتية"),
            E("الصوابر", "LOC", "الصوابر"),
            E("الكويت", "LOC", "مدينة الكويت", 4),
            E("خليل الصالح", "PERS", SALEH_MP),
            E("الصالح", "PERS", SALEH_MP, 2),
            E("صباح الأحمد الصباح", "PERS", "صباح الأحمد الجابر الصباح"),
        ],
        "quotes": [
            Q("indirect", "المحاكمة ربما تكون سرية", "الجمهور من الحضور", "قالت", "الأنباء"),
            Q(
                "indirect",
                "ذهب ضحيته 27 قتيلا",
                "جرح 227 آخرون",
                "حسب",
                "وزارة الصحة الكويتية",
                cue_after=True,
            ),
            Q("indirect", "السلطات اعتقلت", "الذي قام بالتفجير", "قال", "مصدر أمني كويتي"),
            Q("indirect", "كان في المسجد نحو 2000", "خلال صلاة الجمعة", "قال", "أحد الشهود"),
            Q("indirect", "المصلين كانوا في وضع", "جدران وسقف المسجد", "قال", SALEH_MP),
            Q("indirect", "انتحاريا يبدو في", "سجودا وفجر نفسه", "أضاف", SALEH_MP),
            Q("indirect", "شاهد عددا من أجساد", "وملقاة على الأرض", "قائلا", SALEH_MP),
            Q("indirect", "الحداد لمدة يوم", None, "أعلنت", KUWAIT),
        ],
        "timex": [
            T("غداً", "DATE", None, "all"),
            T("مؤخرا", "DATE", "PAST_REF"),
            T("العشرينيات من عمره", "DURATION", "PXY"),
            T("يوم", "DURATION", "P1D", anchor="الحداد لمدة"),
        ],
    },
    # 06 — Al-Yaum (AFP copy): 224,000 migrants reached Europe across the Mediterranean since January. A UN
    # agency by its full and short names (`المفوضية` alone is not an entity), its figures told `في بريد
    # الكتروني لوكالة فرانس برس` (via AFP from there on), `بحسب المفوضية` after the content, its spokesman's
    # three direct quotes (after `قال`, `أضاف أن`, `تابع … ان`), the IOM's `أعلنت أنه` and `ذكرت … بانه`; days
    # and months without a year, `نهاية يوليو`, `الأشهر السبعة الأولى من هذا العام`, `الفترة نفسها من 2014`.
    {
        "index": 23057,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("أوروبا", "LOC", EUROPE, "all"),
            E("المتوسط", "LOC", MED, [1, 4, 5]),
            E("المفوضية العليا لشؤون اللاجئين", "ORG", UNHCR),
            E("البحر الأبيض المتوسط", "LOC", MED),
            E("فرانس برس", "ORG", AFP),
            E("ايطاليا", "LOC", ITALY),
            E("اليونان", "LOC", GREECE),
            E("البحر المتوسط", "LOC", MED),
            E("ليبيا", "LOC", "ليبيا", "all"),
            E("باليرمو", "LOC", "باليرمو"),
            E("صقلية", "LOC", "صقلية"),
            E("وليام سبيندلر", "PERS", SPINDLER),
            E("مفوضية اللاجئين", "ORG", UNHCR),
            E("سبيندلر", "PERS", SPINDLER, 2),
            E("المنظمة الدولية للهجرة", "ORG", "المنظمة الدولية للهجرة"),
        ],
        "quotes": [
            Q("indirect", "نحو 224 الف لاجىء", "منذ يناير الماضي", "أعلنت", UNHCR),
            Q("indirect", "احصت 98 الف مهاجر", "و124 الفا في اليونان", "قالت", UNHCR, AFP),
            Q(
                "indirect",
                "شهدت الفترة ذاتها",
                "شخص في البحر المتوسط",
                "بحسب",
                UNHCR,
                AFP,
                cue_after=True,
            ),
            Q("direct", "لدينا أزمة لاجئين", "مهاجرين لأسباب اقتصادية", "قال", SPINDLER),
            Q("direct", "سبب حصول أزمة", "هذا الأمر بشكل منسق", "أضاف", SPINDLER),
            Q("direct", "على الدول الأوروبية", "تتبادل توجيه الاتهامات", "تابع", SPINDLER),
            Q("indirect", "عدد المهاجرين في الأشهر", "طوال العام الفائت", "أكدت", UNHCR, AFP),
            Q("indirect", "سيتم قريبا تجاوز", "عتبة المئتي الف مهاجر", "أعلنت", IOM),
            Q("indirect", "خلال الفترة نفسها من 2014", "مهاجرا مدى العام", "ذكرت", IOM),
        ],
        "timex": [
            T("يناير", "DATE", None),
            T("الخميس", "DATE", None),
            T("يناير الماضي", "DATE", None),
            T("يوليو", "DATE", None, anchor="حدثت ارقامها في نهاية"),
            T("الفترة ذاتها", "DATE", None),
            T("الأربعاء", "DATE", None, "all"),
            T("ظهر الخميس", "DATE", None),
            T("الأشهر السبعة الأولى من هذا العام", "DATE", None),
            T("العام الفائت", "DATE", None),
            T("العام 2014", "DATE", "2014"),
            T("الثلاثاء", "DATE", None),
            T("قريبا", "DATE", "FUTURE_REF"),
            T("الفترة نفسها من 2014", "DATE", "2014"),
        ],
    },
    # 07 — Al-Jazirah (Reuters copy): a gunman kills two in a Louisiana cinema. A police force, `السلطات`
    # (twice, one description), the police chief's clause + marked part (`أن … «ووضعه ليس جيداً»`), a
    # sentence-initial `مضيفاً بأن`, witnesses, the governor's `وقال في مؤتمر صحفي:`; a film title in brackets,
    # an age in brackets, `مساء الخميس`, `بعد ثلاث سنوات تقريباً`, `الشهرين الأخيرين`.
    {
        "index": 8797,
        "outlet": "الجزيرة",
        "pub_date": None,
        "entities": [
            E("أمريكا", "LOC", USA),
            E("لويزيانا", "LOC", "لويزيانا", "all"),
            E("لافايت", "LOC", "لافايت", "all"),
            E("ترين ريك", "MISC", "ترين ريك"),
            E("أورورا", "LOC", "أورورا"),
            E("كولورادو", "LOC", "كولورادو"),
            E("جيم كرافت", "PERS", CRAFT),
            E("كرافت", "PERS", CRAFT, [2, 3]),
            E("بوبي جيندال", "PERS", "بوبي جيندال"),
            E("الولايات المتحدة", "LOC", USA),
        ],
        "quotes": [
            Q("indirect", "مسلحاً فتح النار", "قبل أن ينتحر", "أعلنت", "الشرطة الأمريكية"),
            Q("indirect", "شخصين قُتلا", "إلى المكان بعد وقت قصير", "قال", CRAFT),
            Q("indirect", "سبعة أشخاص أُصيبوا", "حالاتهم خطرة", "قالت", "السلطات المعنية"),
            Q("indirect", "أحد الجرحى خضع للجراحة", None, "أوضح", CRAFT),
            Q("direct", "ووضعه ليس جيداً", None, "أوضح", CRAFT),
            Q("indirect", "تعرفت على هوية المسلح", "المبكرة من التحقيق", "قالت", "السلطات المعنية"),
            Q("direct", "الرجل مات.", "لن نعرف أبداً", "قال", CRAFT),
            Q("indirect", "الرجل لديه", "لكنه قديم للغاية", "مضيفاً", CRAFT),
            Q("indirect", "المسلح وقف وسط", "وبدأ بإطلاق النار", "قال", "شهود"),
            Q("direct", "كحاكم وأب وزوج", "والحزن في آن واحد", "قال", "بوبي جيندال"),
        ],
        "timex": [
            T("مساء الخميس", "DATE", None),
            T("ثلاث سنوات", "DURATION", "P3Y"),
            T("58 عاماً", "DURATION", "P58Y"),
            T("عشرين دقيقة", "DURATION", "PT20M"),
            T("الشهرين الأخيرين", "DURATION", "P2M"),
        ],
    },
    # 08 — Al-Watan: Al-Shabab signs a marketing deal with a German company. Unnamed sources `لـ"الوطن"`
    # (`كشفت … أن`, `أشارت المصادر إلى أن`), the paper's own `وعلمت "الوطن" أن` (twice, not a cue), a club source
    # (`نفى وجود خلاف` not counted, then `مشيرا`, `أكد`, `مبينا`, `وأشار إلى أن`); a school named after a
    # prince, `للرياض` (لل stripped), `أول من أمس`, `مساء اليوم`, `للموسم الجديد`.
    {
        "index": 22403,
        "outlet": "الوطن",
        "pub_date": None,
        "entities": [
            E("الشباب", "ORG", SHABAB_CLUB, "all"),
            E("الوطن", "ORG", WATAN, "all"),
            E("عبدالله القريني", "PERS", QURAINI),
            E("يو إف إي سبورت فينشرس", "ORG", "يو إف إي سبورت فينشرس"),
            E("خالد بن سعد", "PERS", KHALID_BIN_SAAD, [1, 2]),
            E("رياض", "LOC", RIYADH),
            E("فؤاد أنور", "PERS", ANWAR, "all"),
            E("مدرسة الأمير خالد بن سعد النموذجية", "ORG", "مدرسة الأمير خالد بن سعد النموذجية"),
            E("كنعان الكنعان", "PERS", KANAAN, "all"),
            E("الكنعان", "PERS", KANAAN, [2, 3]),
            E("أنور", "PERS", ANWAR, [2, 3]),
            E("ميولر", "LOC", "ميولر"),
            E("الريان", "ORG", "الريان"),
        ],
        "quotes": [
            Q("indirect", "إدارة نادي الشباب", "الشركة للرياض للتوقيع", "كشفت", "مصادر مطلعة", WATAN),
            Q("indirect", "النسبة كانت تفوق", "الـ20%", "أشارت", "مصادر مطلعة", WATAN),
            Q("indirect", "غياب النجم الدولي", "بسبب تمتعه بإجازته", "مشيرا", "مصدر شبابي"),
            Q("indirect", "الكنعان سيكون عضوا", "مع صلاحية أنور", "أكد", "مصدر شبابي"),
            Q("indirect", "أنور لم يكن عضوا", "سيكون عضوا في مجلس الإدارة", "مبينا", "مصدر شبابي"),
            Q("indirect", "الثنائي سيعملان", "كل في مجاله", "أشار", "مصدر شبابي"),
        ],
        "timex": [
            T("أول من أمس", "DATE", None),
            T("الشهر الماضي", "DATE", None),
            T("الأيام الماضية", "DURATION", "PXD"),
            T("الفترة المقبلة", "DATE", "FUTURE_REF"),
            T("مساء اليوم", "DATE", None),
            T("موسم الجديد", "DATE", "FUTURE_REF"),
        ],
    },
    # 09 — Al-Eqtisadiya (agencies): Arsenal and a £70m price for Benzema. Press reports as speakers (English
    # and Spanish reports, two papers by name after `بحسب ما أكدت`, `تلك التقارير`, earlier reports, media),
    # an Italian journalist (`أكد … على أن`, `وأضاف الصحفي أن`), Thierry Henry's `يؤمن بأن` and a direct quote
    # opening on `إن` inside the marks with a nickname in marks; seasons as years, `في وقت سابق من هذا الأسبوع`.
    {
        "index": 27982,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("بنزيما", "PERS", BENZEMA, [1, 3, 7]),
            E("آرسنال", "ORG", ARSENAL, "all"),
            E("أرسين فينجر", "PERS", "أرسين فينجر"),
            E("كريم بنزيما", "PERS", BENZEMA, "all"),
            E("ريال مدريد", "ORG", REAL, "all"),
            E("ميل أون صنداي", "ORG", "ميل أون صنداي"),
            E("أس", "ORG", "أس"),
            E("مدريد", "LOC", "مدريد", 4),
            E("إيمانويل جوليانيلي", "PERS", GIULIANELLI),
            E("ليون", "ORG", "أولمبيك ليون"),
            E("تيري هنري", "PERS", HENRY),
            E("البريميرليج", "MISC", PREMIER),
            E("هنري", "PERS", HENRY, 2),
            E("جيرو", "PERS", "أوليفييه جيرو"),
            E("الجنرز", "ORG", ARSENAL),
        ],
        "quotes": [
            Q("indirect", "إدارة نادي آرسنال", "الإسباني لكرة القدم", "أكدت", UK_ES_REPORTS),
            Q("indirect", "الفريق الإنجليزي سيضم", "بأي ثمن ممكن", "بحسب", "ميل أون صنداي وأس"),
            Q("indirect", "ريال مدريد طلب", "عن المهاجم الفرنسي", "ذكرت", UK_ES_REPORTS),
            Q("indirect", "ريال مدريد غير مستعد", "إلا بشروط محددة", "أكدت", "تقارير صحفية سابقة"),
            Q("indirect", "مندوبين من النادي", "على ضم بنزيما", "أكدت", "تقارير إعلامية"),
            Q("indirect", "مهاجم النادي الملكي", "حتى أربعة مواسم", "أكد", GIULIANELLI),
            Q("indirect", "مسؤولي نادي آرسنال", "على إتمام الصفقة", "أضاف", GIULIANELLI),
            Q("indirect", "وجود المهاجم الفرنسي", "منذ أكثر من عشرة مواسم", "يؤمن", HENRY),
            Q("direct", "إن وجود بنزيما", "الكبيرة في السنوات الماضية", "قال", HENRY),
        ],
        "timex": [
            T("أمس", "DATE", None),
            T("هذا الأسبوع", "DATE", None),
            T("أربعة مواسم", "DURATION", "P4Y"),
            T("27 عاماً", "DURATION", "P27Y"),
            T("عام 2009", "DATE", "2009"),
            T("2019", "DATE", "2019"),
            T("الموسم المقبل", "DATE", "FUTURE_REF"),
            T("أكثر من عشرة مواسم", "DURATION", "P10Y"),
            T("السنوات الماضية", "DURATION", "PXY"),
        ],
    },
    # 10 — Al-Riyadiyah: the Saudi youth volleyball team meets Tunisia in Rabat. Four direct quotes after
    # `وقال:`/`وأضاف:` from a manager, a coach and a player, `أكد … ان` and a noun-phrase claim (`أكد … جدارة
    # "الأخضر" …`), `وصافاً … بالصعبة` (no marks, no clause: not a cue), sub-heads that are headline attributions
    # (`-جورج : …`); a team named by its country, a team nickname in marks, `ظهر يوم (الأثنين)`, `اليوم`.
    {
        "index": 30681,
        "outlet": "الرياضية",
        "pub_date": None,
        "entities": [
            E("الرباط", "LOC", "الرباط", "all"),
            E("تونس", "LOC", "تونس", "all"),
            E("بتال", "PERS", BATTAL, [1, 4]),
            E("بتال العتيبي", "PERS", BATTAL, "all"),
            E("خالد مطر", "PERS", "خالد مطر"),
            E("جورج", "PERS", IVANOV),
            E("جورج ايفانوف", "PERS", IVANOV),
            E("وسام", "PERS", HAMDAN),
            E("وسام حمدان", "PERS", HAMDAN),
        ],
        "quotes": [
            Q("direct", "جهود رئيس البعثة", "وتحفيزه المستمر للفريق", "قال", "خالد مطر"),
            Q("indirect", "المنتخب لديه أفضل", "في المباريات الماضية", "أكد", IVANOV),
            Q("direct", "المنتخب التونسي من أقوى", "متى ماتواصل الدعم والاهتمام", "قال", IVANOV),
            Q("indirect", 'جدارة "الأخضر"', "بصدارة المجموعة الحديدية", "أكد", HAMDAN),
            Q("direct", "لن نتخلى عن الصدارة", "ارتكبنها في المباريات الماضية", "قال", HAMDAN),
            Q("direct", "بتال لم يقصر", "ونعود لارض الوطن بذهب البطولة", "أضاف", HAMDAN),
        ],
        "timex": [
            T("حالياً", "DATE", "PRESENT_REF"),
            T("ظهر يوم (الأثنين)", "DATE", None),
            T("اليوم", "DATE", None, "all"),
            T("قادم الأيام", "DURATION", "PXD"),
        ],
    },
    # 11 — SPA: the College of Excellence in Umluj extends admissions to Thursday. Hijri dateline (so `pub_date`
    # is known), `يوم الخميس القادم` in the title and with its Hijri date in the body, an academic year in two
    # Hijri years with glued era marks, clock times of a daily schedule, a college's `أعلنت … عن استمرار …`
    # and its administration's `أوضحت … أن`, `يذكر أن` (no speaker); `للمؤسسة` (لل stripped); SPA clock line.
    {
        "index": 30937,
        "outlet": "واس",
        "pub_date": "2015-08-11",
        "entities": [
            E("كلية التميز", "ORG", UMLUJ_COLLEGE, "all"),
            E("أملج", "LOC", "أملج", "all"),
            E("واس", "ORG", SPA),
            E("موندراجون وينتيك", "ORG", "موندراجون وينتيك"),
            E("مؤسسة العامة للتدريب التقني والمهني", "ORG", "المؤسسة العامة للتدريب التقني والمهني"),
            E("النصبة", "LOC", "النصبة"),
            E("كليات التميز", "ORG", "كليات التميز"),
        ],
        "quotes": [
            Q("indirect", "استمرار القبول للعام", "( COE.COM.SA )", "أعلنت", UMLUJ_COLLEGE, SPA),
            Q("indirect", "التخصصات المتاحة هي", "الكهربائية وإدارة الأعمال", "أوضحت", UMLUJ_COLLEGE, SPA),
        ],
        "timex": [
            T("يوم الخميس القادم", "DATE", "2015-08-13"),
            T("26 شوال 1436", "DATE", "2015-08-11"),
            T("11 أغسطس 2015", "DATE", "2015-08-11"),
            T("عام الدراسي الجديد", "DATE", "FUTURE_REF"),
            T("1436", "DATE", "2015", 2, exact=True),
            T("1437", "DATE", "2016", exact=True),
            T("يوم الخميس القادم الموافق 28 شوال 1436", "DATE", "2015-08-13", exact=True),
            T("الساعة 8 صباحاً", "TIME", "T08:00"),
            T("2.30 ظهراً", "TIME", "T14:30"),
            T("18:22 ت م", "TIME", "2015-08-11T18:22"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(
        build(
            ARTICLES,
            ID_PREFIX,
            earlier=earlier_articles(8),
            earlier_name="sets 1-8",
        ),
        OUT,
    )


if __name__ == "__main__":
    main()
