"""Reader of the gold annotation format (``shared/gold/GUIDELINES.md``): one article per JSONL line.

Every annotation repeats its ``surface`` so a file can be checked mechanically: a line whose offsets
do not give that surface, or that lacks a field, raises ``InputError`` naming the file, the line and
the field, because scoring against misaligned gold would report numbers that mean nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from akhbar.errors import InputError
from akhbar.model import Span

if TYPE_CHECKING:
    from pathlib import Path

_LAYERS = ("entities", "quotes", "timex")
_LABEL_FIELD = {"entities": "type", "quotes": "kind", "timex": "type"}


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold article: its text and the annotated spans (label = type or kind; the rest in attrs)."""

    id: str
    text: str
    source: str | None = None
    outlet: str | None = None
    pub_date: date | None = None
    entities: tuple[Span, ...] = ()
    quotes: tuple[Span, ...] = ()
    timex: tuple[Span, ...] = ()
    events: tuple[dict[str, Any], ...] = ()


def read_gold(path: Path) -> list[GoldRecord]:
    """Every record of a gold JSONL file, in file order; blank lines are skipped.

    Raises ``InputError`` for a line that is not JSON, lacks ``id``/``text`` or an annotation field,
    or whose annotation ``surface`` differs from ``text[start:end]``.
    """
    records: list[GoldRecord] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                records.append(_record(line, f"{path}:{number}"))
    return records


def parse_object(line: str, where: str) -> dict[str, Any]:
    """One JSON Lines line that must be an object; ``InputError`` naming ``where`` otherwise."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: not a JSON object ({exc.msg} at column {exc.colno}); fix the line"
        ) from exc
    if not isinstance(raw, dict):
        raise InputError(f"{where}: not a JSON object but a {type(raw).__name__}; a gold line is one object")
    return raw


def _record(line: str, where: str) -> GoldRecord:
    raw = parse_object(line, where)
    for key in ("id", "text"):
        if not isinstance(raw.get(key), str):
            raise InputError(f"{where}: field {key!r} is missing or not a string; every record needs it")
    text: str = raw["text"]
    layers = {name: tuple(_span(text, a, f"{where}: {name}[{k}]", name) for k, a in enumerate(raw.get(name) or []))
              for name in _LAYERS}  # fmt: skip
    return GoldRecord(
        id=raw["id"],
        text=text,
        source=raw.get("source"),
        outlet=raw.get("outlet"),
        pub_date=_date(raw.get("pub_date"), where),
        events=tuple(raw.get("events") or ()),
        **layers,
    )


def _span(text: str, ann: Any, where: str, layer: str) -> Span:
    if not isinstance(ann, dict):
        raise InputError(f"{where}: an annotation must be a JSON object")
    for key in ("start", "end", "surface", _LABEL_FIELD[layer]):
        if key not in ann:
            raise InputError(f"{where}: field {key!r} is missing; see GUIDELINES.md for the {layer} fields")
    start, end = ann["start"], ann["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise InputError(
            f"{where}: start/end ({start}, {end}) are not offsets into a {len(text)}-character text"
        )
    if text[start:end] != ann["surface"]:
        raise InputError(
            f"{where}: field 'surface' is {ann['surface']!r} but text[{start}:{end}] is {text[start:end]!r}; "
            "recompute the offsets on the record's text (Python string indices, end exclusive)"
        )
    attrs = {k: v for k, v in ann.items() if k not in ("start", "end", _LABEL_FIELD[layer])}
    return Span(start, end, str(ann[_LABEL_FIELD[layer]]), attrs)


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise InputError(f"{where}: field 'pub_date' is {value!r}, not YYYY-MM-DD or null") from exc
