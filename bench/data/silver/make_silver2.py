"""Build ``snn_dev2.jsonl``: the second blind silver development set for ``akhbar eval extract``.

Twelve more SaudiNewsNet articles, drawn with ``draw_candidates2.py`` (seed 20151101) and annotated
by hand (one annotator) following ``shared/gold/GUIDELINES.md``, with the conventions of the first
set (``make_silver.py``, README.md). The hint classes (``E``, ``T``, ``Q``), the builder with all
its checks (``build``) and the writer come from
``silver_tools.py``; this script holds the
annotations and refuses any article the first set already uses.

Occurrence hints (``n``, ``exact``, ``anchor``, quote ``head`` … ``tail``, ``cue_after``) are described in
``silver_tools.py``.

Run: ``python bench/data/silver/make_silver2.py [--review]``.
"""

from __future__ import annotations

from pathlib import Path

from make_silver import GCC, ISIS, SPA, USA
from silver_tools import E, Q, T, build, earlier_articles, write

OUT = Path(__file__).with_name("snn_dev2.jsonl")
ID_PREFIX = "snn-dev2-"

# Canonical names used more than once (the first set's spellings where it has them).
KERRY = "جون كيري"
ATTIYAH = "خالد العطية"
ERDOGAN = "رجب طيب أردوغان"
PUTIN = "فلاديمير بوتين"
ASSAD = "بشار الأسد"
ZARIF = "محمد جواد ظريف"
IRNA = "إيرنا"
SISI = "عبد الفتاح السيسي"
DAVUTOGLU = "أحمد داود أوغلو"
PKK = "حزب العمال الكردستاني"
AKP = "حزب العدالة والتنمية"
BAHAH = "خالد بحاح"
HADI = "عبدربه منصور هادي"
OKAZ = "عكاظ"
SABIC = "الشركة السعودية للصناعات الأساسية"
TADAWUL = "تداول"
FAO = "منظمة الأمم المتحدة للأغذية والزراعة"
MOURINHO = "جوزيه مورينيو"
CHELSEA = "تشيلسي"
PREMIER = "الدوري الإنجليزي الممتاز"
LEAGUE_CUP = "كأس رابطة الأندية المحترفة"
SAHLI = "خالد بن مساعد السهلي"
RED_CRESCENT = "هيئة الهلال الأحمر السعودي"
QURAINI = "عبد الله القريني"
SHABAB = "الشباب"
GRAPE_FEST = "مهرجان العنب"
MEN_SOURCE = "مصدر مسؤول في الحكومة اليمنية"
JAMAL = "أحمد جمال"
IRANIAN_MEDIA = "الإعلام الإيراني"
TURKISH_PRESS = "الصحف التركية"

ARTICLES: list[dict] = [
    # 00 — Okaz: Kerry meets the GCC foreign ministers in Doha (wire copy; byline «وكالات» not in text).
    {
        "index": 20145,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("كيري", "PERS", KERRY, [1, 3, 4, 5]),
            E("الخليج", "LOC", "الخليج", "all"),
            E("طهران", "LOC", "طهران"),
            E("جون كيري", "PERS", KERRY),
            E("مجلس التعاون", "ORG", GCC),
            E("قطر", "LOC", "قطر", "all"),
            E("إيران", "LOC", "إيران", "all"),
            E("خالد العطية", "PERS", ATTIYAH),
            E("اتفاق كامب ديفيد", "MISC", "اتفاق كامب ديفيد"),
            E("اليمن", "LOC", "اليمن", "all"),
            E("العراق", "LOC", "العراق"),
            E("سورية", "LOC", "سوريا"),
            E("العطية", "PERS", ATTIYAH, [2, 3]),
            E("واشنطن", "LOC", "واشنطن"),
            E("سوريا", "LOC", "سوريا", "all"),
            E("حزب الله", "ORG", "حزب الله"),
            E("سيرغي لافروف", "PERS", "سيرغي لافروف"),
            E("عادل الجبير", "PERS", "عادل الجبير"),
            E("الخارجية الأميركية", "ORG", "وزارة الخارجية الأمريكية"),
        ],
        "quotes": [
            Q(
                "indirect",
                "الاتفاق النووي مع إيران يجب",
                "الشؤون الداخلية للدول",
                "أبلغت",
                "دول الخليج العربية",
            ),
            Q("indirect", "كيري أطلع نظراءه", "والعسكرية والأمنية", "أفصح", ATTIYAH),
            Q("indirect", "الاجتماع المشترك تطرق", "مواقف متطابقة حيالها", "مشيرا", ATTIYAH),
            Q("indirect", "وقاية المنطقة", "طبقا للقواعد الدولية", "أكد", ATTIYAH),
            Q("direct", "نتطلع بأمل", "الاستقرار في المنطقة", "أضاف", ATTIYAH),
            Q("indirect", "أهمية التعاون مع إيران", "المنازعات بالطرق السلمية", "مؤكدا", ATTIYAH),
            Q("indirect", "واشنطن ملتزمة", "في أمن الخليج", "أكد", KERRY),
            Q("indirect", "أجرى مع الوزراء الخليجيين", "وإحلال السلام في المنطقة", "لافتا", KERRY),
            Q("indirect", "تم الاتفاق على تسريع", "التحديات الحقيقية", "أفاد", KERRY),
            Q("direct", "إنه تم الاتفاق على تقاسم", "أمن المنطقة واستقرارها", "قال", KERRY),
            Q("indirect", "لا يوجد حل عسكري", "القوى المعتدلة في سوريا", "مشددا", KERRY),
            Q("direct", "الاتفاق النووي لم يشتمل", "أن تغير إيران سلوكها", "قال", KERRY),
            Q(
                "indirect",
                "عقد الوزير الأمريكي اجتماعا ثلاثيا",
                "الأوضاع في سوريا واليمن",
                "ذكر",
                "دبلوماسي في الخارجية الأميركية",
                cue_after=True,
            ),
        ],
        "timex": [
            T("أمس", "DATE", None, "all"),
            T("الماضي", "DATE", "PAST_REF"),
        ],
    },
    # 01 — Al-Eqtisadiya: Erdogan says Putin is moving towards dropping Assad (AFP copy; byline not in text).
    {
        "index": 17841,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("أردوغان", "PERS", ERDOGAN),
            E("بوتين", "PERS", PUTIN, [1, 3, 4]),
            E("الأسد", "PERS", ASSAD),
            E("أسد", "PERS", ASSAD, 2, exact=True),
            E("رجب طيب اردوغان", "PERS", ERDOGAN),
            E("فلاديمير بوتين", "PERS", PUTIN),
            E("بشار الاسد", "PERS", ASSAD),
            E("اردوغان", "PERS", ERDOGAN, [2, 3, 4, 5]),
            E("الصين", "LOC", "الصين"),
            E("اندونيسيا", "LOC", "إندونيسيا"),
            E("سوريا", "LOC", "سوريا", "all"),
            E("الاسد", "PERS", ASSAD, 2),
            E("الالعاب الاوروبية", "MISC", "الألعاب الأوروبية"),
            E("باكو", "LOC", "باكو", "all"),
            E("اذربيجان", "LOC", "أذربيجان"),
            E("روسيا", "LOC", "روسيا"),
            E("حزب العمال الكردستاني", "ORG", PKK, "all"),
            E("داعش", "ORG", ISIS, "all"),
            E("تركيا", "LOC", "تركيا"),
        ],
        "quotes": [
            Q("direct", "التخلي", None, "اعتبر", ERDOGAN, TURKISH_PRESS, anchor='يتجه الى "'),
            Q("direct", "لم يعد يشاطر", "يتجه الى التخلي عن الاسد", "صرح", ERDOGAN, TURKISH_PRESS),
            Q("direct", "لقاءنا في باكو", "انه يبدل موقفه", "تابع", ERDOGAN, TURKISH_PRESS),
            Q("indirect", "عزمه على المضي", 'شملت تنظيم "داعش"', "تاكيد", ERDOGAN, TURKISH_PRESS),
            Q("direct", "الذين يقولون ذلك", "طالما تعتبرها ضرورية", "اكد", ERDOGAN, TURKISH_PRESS),
            Q("direct", "مصلحتهما واحدة", None, "اتهم", ERDOGAN, TURKISH_PRESS),
        ],
        "timex": [
            T("الاثنين", "DATE", None),
            T("حزيران/يونيو", "DATE", None),
            T("الان", "DATE", "PRESENT_REF"),
        ],
    },
    # 02 — Al-Riyadh: Zarif begins his Gulf tour in Kuwait; Iraqi MFA on his Baghdad visit.
    {
        "index": 12197,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("ظريف", "PERS", ZARIF, [1, 2, 3, 4]),
            E("الكويت", "LOC", "الكويت", "all"),
            E("قطر", "LOC", "قطر", "all"),
            E("العراق", "LOC", "العراق"),
            E("ايران", "LOC", "إيران", "all"),
            E("صباح الأحمد الجابر الصباح", "PERS", "صباح الأحمد الجابر الصباح"),
            E("صباح", "PERS", "صباح الأحمد الجابر الصباح", 2),
            E("حسن روحاني", "PERS", "حسن روحاني"),
            E("وكالة الانباء الايرانية الرسمية", "ORG", IRNA),
            E("الدوحة", "LOC", "الدوحة"),
            E("تميم بن حمد ال ثاني", "PERS", "تميم بن حمد آل ثاني"),
            E("خالد العطية", "PERS", ATTIYAH),
            E("مجلس الوزراء", "ORG", "مجلس الوزراء الكويتي"),
            E("صباح خالد الحمد الصباح", "PERS", "صباح خالد الحمد الصباح"),
            E("وزارة الخارجية العراقية", "ORG", "وزارة الخارجية العراقية"),
            E("احمد جمال", "PERS", JAMAL),
            E("محمد جواد ظريف", "PERS", ZARIF),
            E("بغداد", "LOC", "بغداد", "all"),
            E("جمال", "PERS", JAMAL, 1, anchor="وذكر "),
            E("طهران", "LOC", "طهران"),
        ],
        "quotes": [
            Q(
                "indirect",
                "تأتي لتقديم ايضاحات",
                "الكفيلة للتصدي للارهاب",
                "صرح",
                "المسؤولون الايرانيون",
            ),
            Q("indirect", "سلمه رسالة من الرئيس", "حسن روحاني", "حسب", IRNA, cue_after=True),
            Q("indirect", "زيارة دولة الكويت كأول", "والمصالح المشتركة", "قال", ZARIF),
            Q("direct", "للاعلان عن نوايا", None, "قال", ZARIF),
            Q("indirect", "ايران مقتنعة", "مشتركة في المنطقة", "اضاف", ZARIF),
            Q("indirect", "ضرورة الاستفادة", "ومواجهة التحديات والاخطار", "مشددا", ZARIF),
            Q("direct", "اوسع واكبر", "يمكن ان تفرقنا", "اكد", ZARIF),
            Q("direct", "واحدا منا هي", "اخطار على الجميع", "موضحا", ZARIF),
            Q(
                "direct",
                "زيارة وزير الخارجية الايرانی محمد",
                "للاتفاق النووی الايرانی",
                "قال",
                JAMAL,
                IRANIAN_MEDIA,
            ),
            Q(
                "direct",
                "زيارة وزير الخارجية الايرانی لبغداد",
                "بالملف النووي الايراني",
                "ذكر",
                JAMAL,
                IRANIAN_MEDIA,
            ),
            Q("direct", "الزيارة ستبحث التنسيق", "قضايا المنطقة والعالم", "اضاف", JAMAL, IRANIAN_MEDIA),
        ],
        "timex": [
            T("أمس", "DATE", None, "all"),
            T("اليوم الاثنين", "DATE", None),
            T("يوم الاثنين", "DATE", None),
        ],
    },
    # 03 — Al-Jazirah: al-Sisi at the military academies' graduation.
    {
        "index": 13548,
        "outlet": "الجزيرة",
        "pub_date": None,
        "entities": [
            E("السيسي", "PERS", SISI),
            E("مصر", "LOC", "مصر", "all"),
            E("عبد الفتاح السيسى", "PERS", SISI),
            E("الكلية الحربية", "ORG", "الكلية الحربية"),
            E("السيسى", "PERS", SISI, [2, 3]),
            E("قناة السويس الجديدة", "LOC", "قناة السويس الجديدة"),
            E("قناة السويس", "LOC", "قناة السويس", 2),
            E("مشروع المليون فدان", "MISC", "مشروع المليون فدان"),
        ],
        "quotes": [
            Q(
                "indirect",
                "مصر سيكون لها برلمان جديد قبل نهاية العام الجارى",
                "والمساواة للجميع",
                "أكد",
                SISI,
            ),
            Q("indirect", "قوة الدولة", "ويد تعمر", "أوضح", SISI),
            Q("indirect", "مصر سوف تحتفل", "وشعبها إلى العالم", "قال", SISI),
            Q("indirect", "المرحلة المقبلة سوف", "والمتجددة والكهرباء", "أوضح", SISI),
        ],
        "timex": [
            T("نهاية العام", "DATE", None, 1),
            T("نهاية العام الجارى", "DATE", None),
            T("أمس", "DATE", None),
            T("أيام قليلة", "DURATION", "PXD"),
            T("المرحلة المقبلة", "DATE", "FUTURE_REF"),
        ],
    },
    # 04 — Al-Watan: Davutoglu on the attack on the AKP office; PKK toll (Anadolu/Reuters byline not in text).
    {
        "index": 28701,
        "outlet": "الوطن",
        "pub_date": None,
        "entities": [
            E("أوغلو", "PERS", DAVUTOGLU, [1, 3]),
            E("تركيا", "LOC", "تركيا", "all"),
            E("أحمد داود أوغلو", "PERS", DAVUTOGLU),
            E("حزب العدالة والتنمية", "ORG", AKP, "all"),
            E("إسطنبول", "LOC", "إسطنبول", "all"),
            E("باي أوغلو", "LOC", "باي أوغلو"),
            E("حزب العمال الكردستاني", "ORG", PKK),
            E("حزب العمال", "ORG", PKK, [2, 3, 4]),
            E("مديات", "LOC", "مديات"),
            E("ماردين", "LOC", "ماردين"),
            E("الأناضول", "ORG", "الأناضول"),
            E("العراق", "LOC", "العراق"),
            E("داعش", "ORG", ISIS, "all"),
            E("صلاح الدين دمرتاش", "PERS", "صلاح الدين دمرتاش"),
        ],
        "quotes": [
            Q("indirect", "لن تتمكن المنظمات", "أمن واستقرار تركيا", "أعلن", DAVUTOGLU),
            Q("indirect", "السلطات ستفتح", "وتقديمهم للعدالة", "أشار", DAVUTOGLU),
            Q("indirect", "لن يتمكن أحد", "خلال هذه الأعمال", "أضاف", DAVUTOGLU),
            Q("indirect", "اتخاذ بلاده", "لمواجهة الإرهاب", "مؤكدا", DAVUTOGLU),
            Q("indirect", "جهود تشكيل الحكومة", "بهجمات كهذه", "مشيرا", DAVUTOGLU),
            Q("indirect", "مقاتلي حزب العمال", "مقتل شرطي", "قال", "مسؤولون ومصادر أمنية"),
            Q("indirect", "نحو 390 مقاتلا", "في شمال العراق", "ذكرت", "الأناضول"),
            Q("indirect", "أربعة من قادة الحزب", "في الغارات التركية", "قالت", "الأناضول"),
        ],
        "timex": [
            T("مساء أول من أمس", "DATE", None),
            T("صباح أمس", "DATE", None),
            T("مساء السبت", "DATE", None),
            T("أمس", "DATE", None, [3, 4]),
            T("الليلة قبل الماضية", "DATE", None),
            T("أسبوعين", "DURATION", "P2W"),
            T("24 يوليو الماضي", "DATE", None),
            T("أول من أمس", "DATE", None, 2),
        ],
    },
    # 05 — Okaz: Yemen's PM Bahah arrives in Aden; statements to Okaz.
    {
        "index": 17433,
        "outlet": "عكاظ",
        "pub_date": None,
        "entities": [
            E("بحاح", "PERS", BAHAH, [1, 3, 4, 6, 7]),
            E("عدن", "LOC", "عدن", [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13]),
            E("التحالف العربي", "ORG", "التحالف العربي"),
            E("اليمن", "LOC", "اليمن", "all"),
            E("خالد بحاح", "PERS", BAHAH, "all"),
            E("السهم الذهبي", "MISC", "عملية السهم الذهبي"),
            E("بدر باسلمة", "PERS", "بدر باسلمة"),
            E("أبو ظبي", "LOC", "أبوظبي"),
            E("عبد ربه منصور هادي", "PERS", HADI),
            E("عز الدين الأصبحي", "PERS", "عز الدين الأصبحي"),
            # Corrected after scoring, on re-reading GUIDELINES ("multi-word organisation names keep
            # their adjectives"): the span first stopped before الحكومية.
            E("مؤسسة الإذاعة والتلفزيون الحكومية", "ORG", "المؤسسة العامة للإذاعة والتلفزيون اليمنية"),
            E("عبده الحذيفي", "PERS", "عبده الحذيفي"),
            E("عكاظ", "ORG", OKAZ, "all"),
            E("مطار عدن", "LOC", "مطار عدن"),
            E("ميناء الزيت", "LOC", "ميناء الزيت"),
            E("كريتر", "LOC", "كريتر"),
            E("الحوثي", "ORG", "جماعة الحوثي"),
            E("الرياض", "LOC", "الرياض"),
            E("وزارة الإعلام", "ORG", "وزارة الإعلام اليمنية"),
            E("مأرب", "LOC", "مأرب", "all"),
            E("حضرموت", "LOC", "حضرموت"),
            E("سقطرى", "LOC", "سقطرى", "all"),
        ],
        "quotes": [
            Q("indirect", "عودته جزء من تحرير عدن", "وتطبيع الحياة فيها", "قال", BAHAH),
            Q("direct", "زيارتي ليست مفاجئة", "لممارسة العمل السياسي", "مضيفا", BAHAH),
            Q("indirect", "أولويات نائب الرئيس", "نسقها الطبيعي في المدينة", "أوضح", "بدر باسلمة"),
            Q("direct", "في أي وقت", None, "أفاد", "المتحدث باسم خالد بحاح"),
            Q(
                "indirect",
                "وصل مسؤولون آخرون",
                "وفتح المؤسسات العامة",
                "وفق",
                "عز الدين الأصبحي",
                cue_after=True,
            ),
            Q("indirect", "من المفترض أن تستأنف", "برامجها من عدن", "قال", "عز الدين الأصبحي"),
            Q("direct", "وصل نائب رئيس الجمهورية", "دمرت منازلهم", "قال", "عبده الحذيفي", OKAZ),
            Q("indirect", "مدينة عدن أصبحت", "تتقهقر في بعض المواقع", "أوضح", "عبده الحذيفي", OKAZ),
            Q("indirect", "بقاءه أو عودته", "مرتبط بالشأن الأمني", "مبينا", "عبده الحذيفي", OKAZ),
            Q(
                "indirect",
                "رئيس الوزراء خالد بحاح سيغادر",
                "بقية الحكومة في الداخل",
                "أوضح",
                MEN_SOURCE,
                OKAZ,
            ),
            Q("indirect", "رئيس الوزراء دشن", "الحكومة في عدن أمس", "مؤكدا", MEN_SOURCE, OKAZ),
            Q("indirect", "رئيس الوزراء رافقه", "والأحياء في عدن", "قال", MEN_SOURCE, OKAZ),
            Q("direct", "هناك فريق آخر", "هيئة الأركان إلى مأرب", "أضاف", MEN_SOURCE, OKAZ),
            Q("indirect", "هذه الخطوة تأتي", "مع الشعب اليمني", "مؤكدا", MEN_SOURCE, OKAZ),
        ],
        "timex": [
            T("أمس", "DATE", None, "all"),
            T("أسبوعين", "DURATION", "P2W"),
            T("ساعات", "DURATION", "PXH"),
        ],
    },
    # 06 — Al-Eqtisadiya: SABIC half-year results and dividend (SPA byline not in text).
    {
        "index": 10207,
        "outlet": "الاقتصادية",
        "pub_date": None,
        "entities": [
            E("سابك", "ORG", SABIC, "all"),
            E("الشركة السعودية للصناعات الأساسية", "ORG", SABIC),
            E("تداول", "ORG", TADAWUL, [1, 2]),
            E("مركز إيداع الأوراق المالية", "ORG", "مركز إيداع الأوراق المالية"),
        ],
        "quotes": [
            Q("indirect", "صافي أرباح الربع الثاني", "العام الحالي 3.37 ريال", "قالت", SABIC, TADAWUL),
            Q("indirect", "بالرغم من إنخفاض", "وبالفترة المماثلة", "قال", SABIC, TADAWUL),
            Q("indirect", "قرار مجلس إدارتها", "القيمة الأسمية للسهم", "أعلنت", SABIC, TADAWUL),
            Q("indirect", "أحقية الأرباح", "20 / 8 / 2015م", "قالت", SABIC, TADAWUL),
        ],
        "timex": [
            T("6 أشهر", "DURATION", "P6M"),
            T("النصف الأول من العام الحالي", "DATE", None, "all"),
            T("ذات الفترة من العام الماضي", "DATE", None),
            T("اليوم", "DATE", None),
            T("الربع الثاني من العام الحالي", "DATE", None),
            T("الربع المماثل من العام السابق", "DATE", None),
            T("الربع السابق", "DATE", None),
            T("الستة أشهر الأولى من العام الحالي", "DATE", None),
            T("ربع الحالي", "DATE", None, exact=True),
            T("الربع المماثل العام السابق", "DATE", None),
            T("الفترة المماثلة", "DATE", None),
            T("يوم الخميس 5 / 11 / 1436", "DATE", "2015-08-20"),
            T("20 / 8 / 2015", "DATE", "2015-08-20", exact=True),
        ],
    },
    # 07 — Al-Riyadh: FAO food price index for July (Reuters copy; byline not in text).
    {
        "index": 25692,
        "outlet": "الرياض",
        "pub_date": None,
        "entities": [
            E("منظمة الأمم المتحدة للأغذية والزراعة", "ORG", FAO),
            E("الفاو", "ORG", FAO, "all"),
            E("روما", "LOC", "روما"),
            E("عبدالرضا عباسيان", "PERS", "عبدالرضا عباسيان"),
            E("الصين", "LOC", "الصين", "all"),
            E("الولايات المتحدة", "LOC", USA),
            E("تومسون رويترز سي.آر.بي", "MISC", "مؤشر تومسون رويترز سي.آر.بي"),
            E("الشرق الأوسط", "LOC", "الشرق الأوسط"),
            E("شمال أفريقيا", "LOC", "شمال أفريقيا"),
            E("الاتحاد الأوروبي", "ORG", "الاتحاد الأوروبي"),
            E("جنوب شرق آسيا", "LOC", "جنوب شرق آسيا"),
            E("ماليزيا", "LOC", "ماليزيا"),
            E("أمريكا الجنوبية", "LOC", "أمريكا الجنوبية"),
            E("أمريكا الشمالية", "LOC", "أمريكا الشمالية"),
            E("أوروبا", "LOC", "أوروبا"),
            E("البرازيل", "LOC", "البرازيل"),
        ],
        "quotes": [
            Q("indirect", "أسعار الغذاء العالمية هبطت", "أسعار السكر والحبوب", "قالت", FAO),
            Q("indirect", "قراءة يوليو للمؤشر", "وضعف الطلب", "قال", "عبدالرضا عباسيان"),
        ],
        "timex": [
            T("يوليو", "DATE", None, [1, 2, 3, 4, 9]),
            T("ست سنوات", "DURATION", "P6Y", 1),
            T("نحو ست سنوات", "DURATION", "P6Y"),
            T("يونيو", "DATE", None, [1, 2, 3]),
            T("سبتمبر 2009", "DATE", "2009-09"),
            T("ما يزيد عن عام", "DURATION", "P1Y"),
            T("بداية أغسطس", "DATE", None),
            T("2003", "DATE", "2003"),
            T("يوليو تموز", "DATE", None, "all"),
            T("الشهر الذي سبقه", "DATE", None, "all"),
            T("يوليو 2009", "DATE", "2009-07"),
            T("2015", "DATE", "2015", 1),
            T("2016", "DATE", "2016"),
            T("يوليو من العام الماضي", "DATE", None),
            T("يونيو 2015", "DATE", "2015-06"),
        ],
    },
    # 08 — Al-Yaum: Chelsea extend Mourinho's contract to 2019 (wire copy).
    {
        "index": 27467,
        "outlet": "اليوم",
        "pub_date": None,
        "entities": [
            E("مورينيو", "PERS", MOURINHO, [1, 3, 4, 5, 6, 7, 8]),
            E("تشيلسي", "ORG", CHELSEA, "all"),
            E("الدوري الإنجليزي الممتاز", "MISC", PREMIER),
            E("جوزيه مورينيو", "PERS", MOURINHO),
            E("البلوز", "ORG", CHELSEA, "all"),
            E("ستامفورد بريدج", "LOC", "ستامفورد بريدج", "all"),
            E("البريميير ليج", "MISC", PREMIER, "all"),
            E("ريال مدريد", "ORG", "ريال مدريد"),
            E("انتر ميلانو", "ORG", "إنتر ميلانو"),
            E("البريمير ليج", "MISC", PREMIER),
            E("لندن", "LOC", "لندن"),
            E("كأس رابطة الأندية المحترفة", "MISC", LEAGUE_CUP, "all"),
            E("توتنهام", "ORG", "توتنهام"),
            E("ويمبلي", "LOC", "ملعب ويمبلي"),
            E("كأس انجلترا", "MISC", "كأس إنجلترا"),
            E("مارينا جرانوفسكايا", "PERS", "مارينا جرانوفسكايا"),
        ],
        "quotes": [
            Q("indirect", "تمديد عقد مدربه", "حتى عام 2019", "أعلن", CHELSEA),
            Q("indirect", "ينوي قيادة مشروع", "طويل الأمد", "أكد", MOURINHO),
            Q("direct", "عندما عدت إلى هنا", "سأظل لوقت طويل", "قال", MOURINHO),
            Q("indirect", "أكن مشاعر خاصة", "لهذا النادي", "قلت", MOURINHO),
            Q("direct", "إذا كان النادي سعيدا", "وللاعبين وللنادي", "أضاف", MOURINHO),
            Q("indirect", "مورينيو فاز بـ70%", "القيادة الفنية للفريق", "أكد", CHELSEA),
            Q("direct", "نحن سعداء", "لأربعة مواسم أخرى", "قالت", "مارينا جرانوفسكايا"),
            Q("direct", "منذ وصوله قبل عامين", "الأعوام الأربعة المقبلة", "أضافت", "مارينا جرانوفسكايا"),
        ],
        "timex": [
            T("2019", "DATE", "2019", 1),
            T("عام 2019", "DATE", "2019"),
            T("2004", "DATE", "2004"),
            T("2007", "DATE", "2007"),
            T("يونيو 2013", "DATE", "2013-06"),
            T("الموسم الماضي", "DATE", "PAST_REF"),
            T("خمسة أعوام", "DURATION", "P5Y"),
            T("52 عاما", "DURATION", "P52Y"),
            T("عامين", "DURATION", "P2Y", "all"),
            T("أربعة مواسم", "DURATION", "P4Y", 1),
            T("2013", "DATE", "2013", 2),
            T("المستقبل", "DATE", "FUTURE_REF"),
            T("مارس الماضي", "DATE", None),
            T("أربعة مواسم أخرى", "DURATION", "P4Y"),
            T("الأعوام الأربعة المقبلة", "DURATION", "P4Y"),
        ],
    },
    # 09 — Sabq (society): two road accidents in Yanbu and al-Ais; Red Crescent statement.
    {
        "index": 15028,
        "outlet": "سبق",
        "pub_date": None,
        "entities": [
            E("ينبع", "LOC", "ينبع", [1, 2, 3, 6]),
            E("العيص", "LOC", "العيص", [1, 2, 3, 4]),
            E("ماجد الرفاعي", "PERS", "ماجد الرفاعي"),
            E("سبق", "ORG", "سبق"),
            E("ينبع النخل", "LOC", "ينبع النخل", "all"),
            E("ينبع البحر", "LOC", "ينبع البحر"),
            E("المربع", "LOC", "المربع", [1, 2]),
            E("هيئة الهلال الأحمر السعودي", "ORG", RED_CRESCENT),
            E("المدينة المنورة", "LOC", "المدينة المنورة"),
            E("خالد بن مساعد السهلي", "PERS", SAHLI),
            E("العقدة", "LOC", "العقدة"),
            E("مستشفى ينبع العام", "ORG", "مستشفى ينبع العام"),
            E("الهلال الأحمر", "ORG", RED_CRESCENT, 2),
            E("مستوصف المربع", "ORG", "مستوصف المربع", "all"),
            E("مركز إسعاف العيص", "ORG", "مركز إسعاف العيص"),
            E("مستشفى العيص", "ORG", "مستشفى العيص"),
            E("السهلي", "PERS", SAHLI, 2),
        ],
        "quotes": [
            Q("indirect", "عمليات الهيئة بالمنطقة", "إلى مستشفى ينبع العام", "أوضح", SAHLI),
            Q("direct", "تَلَقّت عمليات الهلال الأحمر", "إلى مستشفى العيص", "أضاف", SAHLI),
            Q("indirect", "الحالات تم نقلها", "المصابين للمستشفى", "أشار", SAHLI),
        ],
        "timex": [
            T("مساء أمس", "DATE", None, [1, 3]),
            T("الساعة 11:05 من مساء أمس", "TIME", "T23:05"),
        ],
    },
    # 10 — Al-Sharq al-Awsat (sports): al-Quraini stands for al-Shabab's presidency; Hijri and relative dates.
    {
        "index": 26542,
        "outlet": "الشرق الأوسط",
        "pub_date": None,
        "entities": [
            E("القريني", "PERS", QURAINI, [1, 3, 5]),
            E("الشباب", "ORG", SHABAB, "all"),
            E("عبد الله القريني", "PERS", QURAINI, "all"),
            E("خالد بن سلطان بن عبد العزيز", "PERS", "خالد بن سلطان بن عبد العزيز"),
            E("خالد بن سلطان", "PERS", "خالد بن سلطان بن عبد العزيز", 2),
            E("الكويت", "LOC", "الكويت"),
            E("القادسية", "ORG", "القادسية"),
            E("سيف الحشان", "PERS", "سيف الحشان", "all"),
            E("ألفارو غوتيريز", "PERS", "ألفارو غوتيريز"),
            E("طارق خطاب", "PERS", "طارق خطاب"),
            E("الرياض", "LOC", "الرياض"),
            E("ميريلو", "LOC", "ميريلو"),
        ],
        "quotes": [
            Q("indirect", "ترشحه لرئاسة الشباب", None, "يعلن", QURAINI),
            Q("indirect", "ترشحه لرئاسة مجلس الإدارة", "في الدورة المقبلة", "أعلن", QURAINI),
            Q("direct", "الشباب خلال مسيرة", "إنجازات النادي في المجالات", "قال", QURAINI),
        ],
        "timex": [
            T("الدورة المقبلة", "DATE", "FUTURE_REF"),
            T("الآن", "DATE", "PRESENT_REF"),
            T("أسبوعين", "DURATION", "P2W"),
            T("العاشر من شوال الحالي", "DATE", None),
            T("يوم غد الاثنين", "DATE", None),
            T("ثلاثة مواسم", "DURATION", "P3Y"),
            T("نوفمبر (تشرين الثاني) الماضي", "DATE", None),
            T("ظهر اليوم الأحد", "DATE", None),
            T("ثلاثة أسابيع", "DURATION", "P3W"),
        ],
    },
    # 11 — SPA (economy): Balqarn grape festival opens. Dated by its dateline.
    {
        "index": 30976,
        "outlet": "واس",
        "pub_date": "2015-08-11",
        "entities": [
            E("مهرجان العنب", "MISC", GRAPE_FEST, "all"),
            E("بلقرن", "LOC", "بلقرن", "all"),
            E("بيشة", "LOC", "بيشة", "all"),
            E("واس", "ORG", SPA),
            E("إدارة الزراعة", "ORG", "إدارة الزراعة في بلقرن", "all"),
            E("فايز العلياني", "PERS", "فايز العلياني", "all"),
            E("سالم القرني", "PERS", "سالم القرني", "all"),
            E("هيئة السياحة والآثار", "ORG", "الهيئة العامة للسياحة والآثار"),
            E("محمد بن ربيعان المشوط", "PERS", "محمد بن ربيعان المشوط"),
            E("محمد بن منصور القرني", "PERS", "محمد بن منصور القرني"),
            E("فرع الزراعة", "ORG", "إدارة الزراعة في بلقرن"),
            E("المديرية العامة للزراعة", "ORG", "المديرية العامة للزراعة في بيشة"),
            E("بالقرن", "LOC", "بلقرن", exact=True),
        ],
        "quotes": [
            Q(
                "indirect",
                "أكثر من 4000 مزرعة",
                "بشكل ومواصفات عالمية ومميزة",
                "مشيراً",
                "محمد بن منصور القرني",
                SPA,
            ),
            Q(
                "indirect",
                "المديرية العامة للزراعة",
                "لتسويق منتج العنب",
                "مبيناً",
                "محمد بن منصور القرني",
                SPA,
            ),
            Q("indirect", "مهرجان العنب يعد", "المختصة بالعنب", "بين", "سالم القرني", SPA),
            Q("indirect", "محافظة بلقرن تنتج", "وبشكل فعال", "مبيناً", "سالم القرني", SPA),
            Q("indirect", "أهمية إيجاد نقاط", "متخصصة في التسويق", "مبيناً", "سالم القرني", SPA),
            Q("indirect", "سيتم العمل", "وبشكل أفضل", "قال", "سالم القرني", SPA),
        ],
        "timex": [
            T("26 شوال 1436", "DATE", "2015-08-11"),
            T("11 أغسطس 2015", "DATE", "2015-08-11"),
            T("أمس", "DATE", "2015-08-10"),
            T("أربعة أشهر", "DURATION", "P4M"),
            T("16:27 ت م", "TIME", "2015-08-11T16:27"),
        ],
    },
]


def main() -> None:
    """Build, check and write the file (refusing an article an earlier set holds); --review prints it all."""
    write(build(ARTICLES, ID_PREFIX, earlier=earlier_articles(1), earlier_name="the first set"), OUT)


if __name__ == "__main__":
    main()
