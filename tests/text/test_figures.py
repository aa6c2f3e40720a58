"""Wire-style numbers («29ر0») read in the usual order, at the same length."""

from __future__ import annotations

import pytest

from akhbar.text.figures import read_wire_numbers, wire_number
from akhbar.text.normalise import fold


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("5ر2", "2.5"),  # one «ر»: a decimal point, the fraction first
        ("75ر0", "0.75"),
        ("125ر14", "14.125"),
        ("000ر45", "45,000"),  # after «000» it separates thousands
        ("500ر200ر3", "3,200,500"),  # two or more: thousands, the groups last first
        ("000ر000ر1", "1,000,000"),
    ],
)
def test_wire_number_reads_the_groups_in_reading_order(written: str, read: str) -> None:
    assert wire_number(written) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ارتفع المؤشر ٢٥ر٠ بالمئة إلى 40ر6120 نقطة", "ارتفع المؤشر 0.25 بالمئة إلى 6120.40 نقطة"),
        ("وصل 300 حاج يوم 12 رجب و5 رجال", "وصل 300 حاج يوم 12 رجب و5 رجال"),  # «ر» after a space is a word
        ("سعر البرميل 2.5 دولار", "سعر البرميل 2.5 دولار"),
    ],
)
def test_read_wire_numbers_keeps_the_rest_of_the_text_and_its_length(text: str, read: str) -> None:
    assert read_wire_numbers(fold(text)) == fold(read)
    assert len(read_wire_numbers(fold(text))) == len(fold(text))
