"""What ``Akhbar.ingest`` takes and reports: its options, the progress callback's argument, the report.

Apart from the facade so that readers of a report (the CLI renderer, the Spark loader) need not
import the facade's dependencies, and so the facade stays one screenful of entry points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from akhbar.ingest.document import Rejected
from akhbar.ingest.readers import ReadOptions

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read and ingest inputs; the reader options pass through to ``ingest.readers``."""

    read: ReadOptions = field(default_factory=ReadOptions)
    batch_size: int = 200
    build_stories: bool = True
    workers: int = 1  # processes for cleaning and extraction; 0 = one per core


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """What a progress callback is told after each input item.

    The counts are those of the run so far, and are final only in the last call (``source`` empty),
    made after the last batch is stored. Before it they are a snapshot: ``ingested`` grows a batch at a
    time, when the batch is stored, while ``seen`` counts inputs as they are screened, and the store is
    asked about ``SCREEN_CHUNK`` inputs at once (``api.batches.screen``) while the workers of a parallel
    ingest build ahead of what is stored.
    """

    seen: int
    ingested: int
    duplicates: int
    rejected: int
    source: str


@dataclass(slots=True)
class IngestReport:
    """The outcome of one ``ingest`` call: counts, copies found, and every rejection with its reason."""

    seen: int = 0
    ingested: int = 0
    duplicates: int = 0
    copies: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    stories: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "copies": self.copies,
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
            "stories": self.stories,
        }


def teller(report: IngestReport, progress: Callable[[IngestProgress], None] | None) -> Callable[[str], None]:
    """The function a run calls after each input (and once at the end with ``""``): ``progress``, told the
    counts of ``report`` so far and the input's source; nothing without a callback."""

    def tell(source: str) -> None:
        if progress is not None:
            progress(
                IngestProgress(report.seen, report.ingested, report.duplicates, len(report.rejected), source)
            )

    return tell
