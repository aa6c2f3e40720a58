from __future__ import annotations

import pytest

from akhbar.text.sentences import iter_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. وبدأت المحادثات!", ["وصل الوفد.", "وبدأت المحادثات!"]),
        ("هل انتهى الاجتماع؟ نعم", ["هل انتهى الاجتماع؟", "نعم"]),
        ("ارتفع المؤشر 3.5 بالمئة اليوم.", ["ارتفع المؤشر 3.5 بالمئة اليوم."]),
        ("قال: «لن نتراجع.» ثم غادر.", ["قال: «لن نتراجع.»", "ثم غادر."]),
        ("سطر أول\n\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("التقى J. Smith الوزير.", ["التقى J. Smith الوزير."]),
    ],
)
def test_sentences_break_at_stops_and_lines(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in iter_sentences(text)] == expected


def test_sentences_respect_a_window_in_original_offsets() -> None:
    text = "عنوان\nجملة أولى. جملة ثانية."
    spans = list(iter_sentences(text, 6, len(text)))
    assert [text[s:e] for s, e in spans] == ["جملة أولى.", "جملة ثانية."]
    assert spans[0][0] == 6
