"""The lead check of story clustering: two occurrences of one day that share only their background."""

from __future__ import annotations

import math
from datetime import date

from akhbar.model import Article
from akhbar.stories.cluster import ClusterOptions, cluster
from akhbar.stories.recurrence import LEAD_CHARS
from akhbar.stories.similarity import Profiler, article_terms, cosine, lead_split
from akhbar.stories.terms import terms

BACKGROUND = (
    "وتشهد سوريا منذ أربع سنوات نزاعا داميا أودى بحياة أكثر من مئتين وثلاثين ألف شخص وشرد ملايين "
    "السوريين داخل البلاد وخارجها، فيما تتواصل المعارك بين قوات النظام وفصائل المعارضة المسلحة في "
    "ريف دمشق وحلب وإدلب ودرعا وحمص وحماة. ويقول المرصد السوري لحقوق الإنسان إن وتيرة القصف "
    "بالبراميل المتفجرة ارتفعت خلال الأسابيع الأخيرة، وإن المدنيين يدفعون الثمن الأكبر، بينما تعثرت "
    "جهود المبعوث الأممي ستيفان دي ميستورا لجمع الأطراف على طاولة المفاوضات في جنيف. وتسيطر "
    "فصائل المعارضة على مساحات واسعة من الشمال، في حين يتمدد تنظيم داعش في البادية والشرق."
)
STRIKES = (
    "طيران التحالف يقصف مواقع داعش قرب الرقة\n"
    "نفذت طائرات التحالف الدولي بقيادة الولايات المتحدة ثماني عشرة غارة جوية على مواقع تنظيم داعش "
    "قرب مدينة الرقة ومحيطها خلال الساعات الماضية، ودمرت مخازن للسلاح ومركبات وعددا من نقاط "
    "التفتيش، بحسب بيان للقيادة المركزية الأمريكية صدر اليوم. وأوضح البيان أن الغارات استهدفت أيضا "
    "حقلا نفطيا يستخدمه التنظيم لتمويل عملياته وأن الطائرات عادت إلى قواعدها سالمة."
)
SHELLING = (
    "مقتل عشرين مدنيا بقذائف على أحياء الزبداني\n"
    "قتل عشرون مدنيا بينهم أطفال ونساء وأصيب العشرات اليوم بسقوط قذائف هاون وصواريخ على أحياء "
    "مدينة الزبداني المحاصرة في ريف دمشق الغربي، وقال ناشطون إن القصف تركز على السوق الرئيسي "
    "ومحيط المستشفى الميداني الوحيد في المدينة. وأضافوا أن فرق الإسعاف عجزت عن انتشال الجثث من "
    "تحت الأنقاض بسبب استمرار القصف حتى ساعات المساء."
)
SHELLING_AGAIN = (
    "قذائف على الزبداني تقتل عشرين مدنيا\n"
    "ارتفعت إلى عشرين حصيلة المدنيين الذين قتلوا بقذائف الهاون والصواريخ التي سقطت على الزبداني "
    "المحاصرة، وبينهم أطفال ونساء، في حين لا يزال عشرات الجرحى بلا علاج كاف بعد أن طال القصف محيط "
    "المستشفى الميداني، وفق ما أفاد ناشطون من داخل المدينة في ريف دمشق الغربي مساء اليوم، مؤكدين "
    "أن الأهالي يعيشون بلا كهرباء ولا مياه منذ أسابيع."
)


def _article(lead: str, source: str) -> Article:
    title = lead.partition("\n")[0]
    return Article.from_text(f"{lead}\n{BACKGROUND}", source=source, title=title, pub_date=date(2015, 7, 22))


def _groups(articles: list[Article], options: ClusterOptions | None = None) -> list[list[str]]:
    return sorted(sorted(articles[i].source for i in g) for g in cluster(articles, options=options))


def test_the_lead_is_the_title_and_the_first_characters_of_the_body() -> None:
    art = _article(STRIKES, "x")
    assert art.body.end - art.body.start > LEAD_CHARS
    lead_pieces, rest = lead_split(art)
    assert LEAD_CHARS - 20 < len("".join(lead_pieces)) <= LEAD_CHARS
    assert rest[0][0].isspace()  # cut at a space: the terms of both parts are the body's
    assert [k for p in lead_pieces + rest for k in terms(p)] == article_terms(art)
    lead = Profiler()(art).lead
    assert set(terms("الرقة التحالف")) <= lead.keys()
    assert not set(terms("ميستورا البادية")) & lead.keys()  # the background lies past LEAD_CHARS
    assert math.isclose(sum(w * w for w in lead.values()), 1.0)


def test_two_occurrences_of_one_day_sharing_only_their_background_stay_apart() -> None:
    arts = [_article(STRIKES, "strikes"), _article(SHELLING, "shelling")]
    profiler = Profiler()
    strikes, shelling = (profiler(a) for a in arts)
    assert cosine(strikes.words, shelling.words) >= 0.4  # the bodies alone would join them
    assert _groups(arts, ClusterOptions(min_lead=0)) == [["shelling", "strikes"]]
    assert _groups(arts) == [["shelling"], ["strikes"]]


def test_a_second_report_of_the_same_occurrence_joins_through_its_lead() -> None:
    arts = [_article(STRIKES, "strikes"), _article(SHELLING, "shelling"), _article(SHELLING_AGAIN, "again")]
    assert _groups(arts) == [["again", "shelling"], ["strikes"]]
