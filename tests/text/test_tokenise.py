from __future__ import annotations

import pytest

from akhbar.text.tokenise import iter_tokens, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الوزير: نعم", ["وقال", "الوزير", ":", "نعم"]),
        ("ارتفع بنسبة 12.5%", ["ارتفع", "بنسبة", "12.5", "%"]),
        ("عامَ ٢٠٢٢", ["عامَ", "٢٠٢٢"]),
        ("حلف “الناتو”", ["حلف", "“", "الناتو", "”"]),
        ("مـــصـــر", ["مـــصـــر"]),
    ],
)
def test_tokens_keep_words_numbers_and_marks(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_token_offsets_index_the_original_text() -> None:
    text = "قال لافروف"
    assert [text[s:e] for s, e in iter_tokens(text)] == ["قال", "لافروف"]
