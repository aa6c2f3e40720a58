"""Fixtures of the extraction tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.extract.entity_rules import refine_runs
from akhbar.extract.ner_features import NerResources
from akhbar.extract.quotes import find_quotes
from akhbar.model import spans_of
from akhbar.text.normalise import fold

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


@pytest.fixture
def refined() -> Callable[[str, list[tuple[str, str]] | None], set[tuple[str, str]]]:
    """The runs ``refine_runs`` leaves over a text's whitespace words, as ``(surface, label)`` pairs.

    The tagger is not run: ``tagged`` gives the runs it might produce (none by default), each located as
    the first run of words equal to its surface, so a case tests the boundary rules alone.
    """

    def refine(text: str, tagged: list[tuple[str, str]] | None = None) -> set[tuple[str, str]]:
        words = text.split()
        runs = []
        for surface, label in tagged or []:
            size = len(surface.split())
            first = next(i for i in range(len(words)) if " ".join(words[i : i + size]) == surface)
            runs.append((first, first + size, label))
        found = refine_runs([fold(w) for w in words], runs, NerResources.load())
        return {(" ".join(words[first:last]), label) for first, last, label in found}

    return refine
