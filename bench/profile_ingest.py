"""Where the CPU time of an ingest goes: CPU seconds per pipeline stage, and the top functions.

Runs ``Akhbar.ingest`` in one process (``workers=1``, stories not built) and then
``Akhbar.rebuild_stories`` over a corpus (default: the quick SaudiNewsNet sample that ``ingest_snn
--quick`` reads) into a fresh temporary SQLite database. Each stage's function is wrapped in a timer
(``time.process_time``) where the pipeline calls it, and the time is exclusive: a stage called inside
another (the NER features inside NER decoding) is charged to itself only, so the rows add up to the
total and ``other`` is what no stage covers (the facade's loops, batching, the profiler's own calls).

With ``--cprofile N`` the run is made a second time under ``cProfile`` and its top ``N`` functions by
own time are printed; cProfile's overhead (about 2×, most on small Python calls) distorts the shares,
which is why the stage table comes from the first, un-profiled run.

Usage: ``PYTHONPATH=src python bench/profile_ingest.py [--corpus PATH] [--cprofile 30]``.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
QUICK = HERE / ".cache" / "snn-quick.jsonl.gz"

#: (stage, module, attribute): the attribute is replaced where the pipeline looks it up.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("read", "akhbar.api.facade", "read_paths"),
    ("duplicate check", "akhbar.store.repository", "Store.has_article"),
    ("duplicate check", "akhbar.store.repository", "Store.existing_ids"),
    ("build_article", "akhbar.api.workers", "build_article"),
    ("sentences", "akhbar.extract.pipeline", "add_sentences"),
    ("rule tokens", "akhbar.extract.pipeline", "sentence_tokens"),
    ("NER tokens + span rules", "akhbar.extract.pipeline", "find_entities"),
    ("NER features (new word types)", "akhbar.extract.ner_decoder", "LinearDecoder._add_types"),
    ("NER decode: emissions, document features", "akhbar.extract.ner", "NerModel.tag_chunks"),
    ("NER decode: Viterbi", "akhbar.extract.ner_decoder", "LinearDecoder._viterbi"),
    ("NER complete_mentions", "akhbar.extract.pipeline", "complete_mentions"),
    ("linking", "akhbar.extract.pipeline", "link_entities"),
    ("linking", "akhbar.extract.entity_index", "EntityIndex.add_spans"),
    ("quotes", "akhbar.extract.pipeline", "find_quotes"),
    ("timex", "akhbar.extract.pipeline", "find_timex"),
    ("events", "akhbar.extract.pipeline", "find_events"),
    ("copy check", "akhbar.api.batches", "content_key"),
    ("copy check", "akhbar.store.repository", "Store.first_with_contents"),
    ("copy check", "akhbar.api.facade", "content_key"),  # before the checks were batched
    ("copy check", "akhbar.store.repository", "Store.first_with_content"),
    ("store: articles, spans, search", "akhbar.store.articles", "insert_articles"),
    ("store: search document", "akhbar.store.articles", "search_document"),
    ("store: entity index", "akhbar.store.repository", "mention_rows.insert_entities"),
    ("store: batch", "akhbar.store.repository", "Store.add_articles"),
    ("stories: load articles", "akhbar.store.repository", "Store.articles"),
    ("stories: load articles", "akhbar.store.repository", "Store.articles_by_id"),
    ("stories: profiles", "akhbar.stories", "Profiler.__call__"),
    ("stories: clustering", "akhbar.stories", "cluster_profiles"),
    ("stories: copies", "akhbar.stories", "mark_copies"),
    ("stories: timelines", "akhbar.stories", "build_timeline"),
    ("stories: summaries", "akhbar.stories", "summarise"),
    ("stories: store", "akhbar.store.repository", "Store.replace_stories"),
)


class Clock:
    """Exclusive CPU seconds per stage: a stage's time excludes the stages called inside it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._stack: list[list[Any]] = []  # [stage, started, seconds of nested stages]

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        frame: list[Any] = [name, time.process_time(), 0.0]
        self._stack.append(frame)
        try:
            yield
        finally:
            self._stack.pop()
            took = time.process_time() - frame[1]
            self.spent[name] = self.spent.get(name, 0.0) + took - frame[2]
            if self._stack:
                self._stack[-1][2] += took

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def generator(*args: Any, **kwargs: Any) -> Iterator[Any]:
            items = func(*args, **kwargs)
            while True:
                with self.stage(name):
                    try:
                        item = next(items)
                    except StopIteration:
                        return
                yield item

        def plain(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return func(*args, **kwargs)

        is_generator = func.__code__.co_flags & 0x20 if hasattr(func, "__code__") else False
        return functools.wraps(func)(generator if is_generator else plain)


@contextmanager
def instrumented(clock: Clock) -> Iterator[None]:
    """Every ``STAGES`` attribute wrapped by ``clock`` for the duration; the originals put back after."""
    undo: list[tuple[Any, str, Any]] = []
    try:
        for name, module_name, attr in STAGES:
            try:  # a stage this version of the code does not have (profiling an older commit) is left out
                owner: Any = importlib.import_module(module_name)
                *path, leaf = attr.split(".")
                for part in path:
                    owner = getattr(owner, part)
                original = owner.__dict__[leaf] if isinstance(owner, type) else getattr(owner, leaf)
            except (ImportError, AttributeError, KeyError):
                continue
            undo.append((owner, leaf, original))
            setattr(owner, leaf, clock.wrap(name, original))
        yield
    finally:
        for owner, leaf, original in reversed(undo):
            setattr(owner, leaf, original)


def run_pipeline(corpus: Path, db: Path) -> tuple[int, int]:
    """Ingest ``corpus`` into ``db`` in one process, then build the stories: (articles, stories)."""
    from akhbar.api.facade import Akhbar, IngestOptions

    with Akhbar.open(str(db)) as ak:
        report = ak.ingest([corpus], options=IngestOptions(build_stories=False, workers=1))
        stories = len(ak.rebuild_stories())
    return report.ingested, stories


def stage_table(corpus: Path) -> str:
    clock = Clock()
    with tempfile.TemporaryDirectory(prefix="akhbar-profile-") as tmp, instrumented(clock):
        started = time.process_time()
        with clock.stage("other"):
            articles, stories = run_pipeline(corpus, Path(tmp) / "profile.db")
        total = time.process_time() - started
    lines = [
        f"{articles} articles, {stories} stories, {total:.1f} CPU s, {articles / total:.1f} articles per CPU-second",
        "",
        "| stage | CPU s | share | ms/article |",
        "|---|---:|---:|---:|",
    ]
    for name, seconds in sorted(clock.spent.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {name} | {seconds:.2f} | {seconds / total:.1%} | {1000 * seconds / articles:.2f} |")
    return "\n".join(lines)


def top_functions(corpus: Path, count: int) -> str:
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="akhbar-profile-") as tmp:
        profile.runcall(run_pipeline, corpus, Path(tmp) / "profile.db")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(count)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=QUICK, help="input file (default: %(default)s)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the top N functions")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} not found: run `python bench/run.py ingest_snn --quick` to make it")
    print(stage_table(args.corpus))
    if args.cprofile:
        print(top_functions(args.corpus, args.cprofile))


if __name__ == "__main__":
    main()
