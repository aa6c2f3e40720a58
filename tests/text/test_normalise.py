from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.text.normalise import fold, normalise


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("أحمد وإبراهيم وآمنة", "احمد وابراهيم وامنه"),
        ("مستشفى", "مستشفي"),
        ("فارسی", "فارسي"),
        ("مؤتمر القائد", "موتمر القايد"),
        ("مـــصـــر", "مصر"),
        ("سَلامٌ عَلَيْكُمْ", "سلام عليكم"),
        ("عام ٢٠٢٢ و۱۴۰۱", "عام 2022 و1401"),
        ("«نعم» – “لا”", '"نعم" - "لا"'),
        ("لافروڤ", "لافروف"),
        ("\u200fنص\u200e", "نص"),
        ("ﻻ", "لا"),
        ("﴿آية﴾", "﴿ايه﴾"),
        ("NATO", "nato"),
    ],
)
def test_fold_joins_spelling_variants(original: str, folded: str) -> None:
    assert fold(original) == folded
    assert normalise(original).text == folded


@pytest.mark.parametrize(
    ("text", "needle", "surface"),
    [
        ("قال لافْرُوف اليوم", "لافروف", "لافْرُوف"),
        ("وصل إلى مـــصـــر أمس", "مصر", "مـــصـــر"),
        ("في عام ٢٠٢٢م", "2022", "٢٠٢٢"),
        ("كلمة ﻻ تكفي", "لا", "ﻻ"),
    ],
)
def test_view_hits_map_back_to_original_surface(text: str, needle: str, surface: str) -> None:
    view = normalise(text)
    s = view.text.index(needle)
    start, end = view.to_original(s, s + len(needle))
    assert text[start:end] == surface


def test_trailing_diacritic_stays_inside_the_mapped_span() -> None:
    text = "كتابٌ جديد"
    view = normalise(text)
    start, end = view.to_original(0, 4)
    assert text[start:end] == "كتابٌ"


arabicish = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
        st.sampled_from(list(" \n\t.،«»“”\u200f\u200eABCxyz0123")),
        st.characters(),
    ),
    max_size=200,
)


@given(arabicish)
def test_offset_map_is_monotone_and_covers_the_text(text: str) -> None:
    view = normalise(text)
    starts, ends = view.map.starts, view.map.ends
    assert len(starts) == len(view.text) + 1
    assert starts[-1] == len(text)
    assert list(starts) == sorted(starts)
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends, strict=False))
    assert view.text == fold(text)


@given(arabicish, st.data())
def test_every_view_range_maps_to_a_valid_original_range(text: str, data: st.DataObject) -> None:
    view = normalise(text)
    n = len(view.text)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    start, end = view.to_original(s, e)
    assert 0 <= start <= end <= len(text)
    # round trip: folding the original range gives back the view range
    if s < e:
        assert fold(text[start:end]).startswith(view.text[s:e]) or view.text[s:e] in fold(text[start:end])


def _reference_normalise(original: str) -> tuple[str, list[int], list[int]]:
    """The map built the slow, obvious way: one character at a time, ends stretched over drops."""
    from akhbar.text.normalise import _fold_char

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        folded = _fold_char(ch)
        pieces.append(folded)
        starts.extend([i] * len(folded))
        ends.extend([i + 1] * len(folded))
    for k in range(len(ends) - 1):
        if starts[k + 1] != starts[k]:
            ends[k] = starts[k + 1]
    if ends:
        ends[-1] = len(original)
    return "".join(pieces), [*starts, len(original)], ends


@given(arabicish)
def test_fast_map_equals_the_character_by_character_map(text: str) -> None:
    view = normalise(text)
    folded, starts, ends = _reference_normalise(text)
    assert view.text == folded
    assert list(view.map.starts) == starts
    assert list(view.map.ends) == ends
