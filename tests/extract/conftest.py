"""Fixtures of the extraction tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.extract.quotes import find_quotes
from akhbar.model import spans_of

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture
def speakers_in() -> Callable[[str, list[tuple[str, str]]], list[str | None]]:
    """The speaker of every quotation found in a text, in text order.

    Mentions are given by hand (``(surface, label)`` pairs located by ``spans_of``), not tagged, so a
    case tests the quote and speaker rules whatever the NER model does with its names.
    """

    def speakers(text: str, names: list[tuple[str, str]]) -> list[str | None]:
        return [q.attrs["speaker"] for q in find_quotes(text, entities=spans_of(text, names))]

    return speakers
