"""CoNLL ``token TAG`` files and BIO tag runs, shared by NER training (here) and scoring (``akhbar.eval``).

The reader lives in ``extract`` because training needs it and ``extract`` may not import ``eval``;
``akhbar.eval.conll`` re-exports it for the ``akhbar eval ner`` command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

#: Entity types of ANERcorp and of the gold (``shared/gold/GUIDELINES.md``).
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")
_VALID_TAGS = frozenset({"O"} | {f"{p}-{t}" for p in "BI" for t in ENTITY_TYPES})


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` pairs from a CoNLL file: one ``token TAG`` a line, blank between sentences.

    Spaces or tabs separate the columns (extra columns between the first and last are ignored) and
    trailing whitespace is tolerated. A line with one column or an unknown tag raises ``InputError``
    naming the file and line. An ``I-X`` that does not continue an ``X`` entity is kept as written;
    ``bio_spans`` reads it as the start of a new entity.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: cannot read it as UTF-8 text ({exc}). Pass a CoNLL file `token TAG`."
        ) from exc
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if len(parts) < 2 or parts[-1] not in _VALID_TAGS:
            raise InputError(
                f"{path}:{number}: expected `token TAG` with TAG one of O, B-/I-PERS|LOC|ORG|MISC, "
                f"got {line.strip()!r}. Fix the line or remove it."
            )
        current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity runs ``(first, last + 1, TYPE)`` over token indices of a BIO tag sequence.

    An ``I-X`` that follows ``O`` or another type starts a new entity (the usual lenient reading).

    >>> bio_spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"])
    [(0, 2, 'PERS'), (3, 4, 'LOC'), (4, 5, 'LOC'), (5, 6, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and label == kind and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and label:
            start, kind = i, label
    if start >= 0:
        spans.append((start, len(tags), kind))
    return spans
