"""The Spark job's tasks: which file (or which block of lines of a big JSON Lines dump) each one reads.

The driver only lists inputs, with the same walk and names as ``akhbar ingest`` (``ingest.readers``),
and never reads an article: a JSON Lines file is cut into blocks of lines by a first, cheap Spark stage
(``line_blocks`` runs on the executors), every other file is one task. Tasks are numbered in input
order; a document's ``ordinal`` (task number, then its place within the task) sorts the job's rows
as a direct ingest would read them, which is what the loader needs to mark copies the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from akhbar.ingest.document import Rejected
from akhbar.ingest.jsonl import LineBlock, read_jsonl
from akhbar.ingest.readers import list_inputs, read_path, reader_for

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from akhbar.ingest.document import Document
    from akhbar.ingest.readers import ReadOptions

#: A document's place in the task: ordinals are ``task << ORDINAL_BITS | item``.
ORDINAL_BITS = 32
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read, named as ``akhbar ingest`` names it; ``jsonl`` when it may be cut into blocks."""

    path: str
    name: str
    jsonl: bool = False


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work: a whole file, a block of a JSON Lines file, or a path that does not exist."""

    index: int
    path: str
    name: str
    block: LineBlock | None = None
    missing: str | None = None

    def read(self, options: ReadOptions) -> Iterator[Document | Rejected]:
        """The documents of this task, exactly as ``read_paths`` yields them for the same lines."""
        if self.missing is not None:
            yield Rejected(self.name, self.missing)
            return
        reader = partial(read_jsonl, block=self.block) if self.block is not None else None
        yield from read_path(Path(self.path), options, name=self.name, reader=reader)

    def ordinal(self, item: int) -> int:
        return (self.index << ORDINAL_BITS) | item


def list_files(paths: Sequence[str]) -> list[InputFile | Rejected]:
    """Every input file under ``paths`` in ``akhbar ingest`` order; a quoted glob (``'dumps/*.jsonl.gz'``,
    as spark-submit passes it untouched) is expanded, sorted. A path that does not exist is a ``Rejected``."""
    expanded: list[Path] = []
    for raw in paths:
        pattern = Path(raw)
        matches = _glob(pattern) if _GLOB_CHARS & set(raw) and not pattern.exists() else []
        expanded.extend(matches or [pattern])
    out: list[InputFile | Rejected] = []
    for item in list_inputs(expanded):
        if isinstance(item, Rejected):
            out.append(item)
        else:
            path, name = item
            out.append(InputFile(str(path), name, jsonl=_is_jsonl(path)))
    return out


def plan_tasks(
    files: Iterable[InputFile | Rejected], blocks: Callable[[list[str]], list[list[LineBlock]]]
) -> list[Task]:
    """Number the tasks in input order; ``blocks`` cuts the JSON Lines files (paths in, blocks out)."""
    listed = list(files)
    jsonl = [f.path for f in listed if isinstance(f, InputFile) and f.jsonl]
    cuts = dict(zip(jsonl, blocks(jsonl) if jsonl else [], strict=True))
    tasks: list[Task] = []
    for item in listed:
        if isinstance(item, Rejected):
            tasks.append(Task(len(tasks), item.source, item.source, missing=item.reason))
            continue
        parts: list[LineBlock | None] = list(cuts.get(item.path, [])) if item.jsonl else []
        if len(parts) <= 1:
            parts = [None]  # one block: read the file whole, as the reader always does
        first = len(tasks)
        tasks.extend(Task(first + i, item.path, item.name, block=b) for i, b in enumerate(parts))
    return tasks


def _glob(pattern: Path) -> list[Path]:
    root = Path(pattern.anchor) if pattern.is_absolute() else Path()
    return sorted(root.glob(str(pattern.relative_to(root))))


def _is_jsonl(path: Path) -> bool:
    try:
        return reader_for(path) is read_jsonl
    except OSError:
        return False  # unreadable: the task's read reports it
