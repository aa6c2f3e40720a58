from __future__ import annotations

from datetime import date

import pytest

from akhbar.model import Article
from akhbar.stories.dedup import compare, find_copies, group_copies, shingles

WIRE = (
    "أعلنت وزارة الصحة اليوم تسجيل انخفاض كبير في عدد الإصابات الجديدة بالفيروس خلال الأسبوع الماضي، "
    "وقال المتحدث باسم الوزارة إن الفرق الطبية تواصل حملات التطعيم في جميع المناطق، وأضاف أن المستشفيات "
    "جاهزة لاستقبال الحالات وأن المخزون من الأدوية يكفي لثلاثة أشهر على الأقل."
)
BACKGROUND = (
    " وكانت الوزارة قد أطلقت في مطلع العام حملة توعية واسعة شملت المدارس والجامعات والأسواق ومراكز التسوق "
    "بهدف الحد من انتشار العدوى بين السكان."
)
OTHER = (
    "افتتح أمير المنطقة معرض الكتاب الدولي بمشاركة مئات دور النشر من عشرين دولة، ويستمر المعرض عشرة أيام "
    "تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال والشباب في قاعات المعرض."
)


def _art(text: str, source: str, day: int) -> Article:
    return Article.from_text(text, source=source, pub_date=date(2015, 8, day), title="")


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        (WIRE.replace("اليوم", "اليوم الأحد"), "duplicate"),
        (WIRE + BACKGROUND, "syndicated"),
    ],
)
def test_edited_wire_copies_are_found_with_their_kind(second: str, kind: str) -> None:
    arts = [_art(WIRE, "wire", 1), _art(second, "paper", 2), _art(OTHER, "other", 2)]
    pairs = find_copies(arts)
    assert [(p.first, p.second, p.kind) for p in pairs] == [(arts[0].id, arts[1].id, kind)]


def test_groups_name_the_earliest_copy() -> None:
    arts = [_art(WIRE + BACKGROUND, "late", 3), _art(WIRE, "early", 1), _art(WIRE, "mid", 2)]
    groups = group_copies(arts, find_copies(arts))
    assert len(groups) == 1
    assert groups[0].earliest == arts[1].id
    assert sorted(groups[0].members) == sorted(a.id for a in arts)


def test_diacritics_and_hamza_do_not_hide_a_copy() -> None:
    a, b = (
        shingles("أعلنت الوزارةُ إطلاق الحملة الوطنية للتطعيم"),
        shingles("اعلنت الوزارة اطلاق الحملة الوطنية للتطعيم"),
    )
    assert compare(a, b) == (1.0, 1.0)
