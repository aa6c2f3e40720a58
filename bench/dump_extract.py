"""Dump the full extraction of SaudiNewsNet articles to JSON, or check a run against such a dump.

A speed change must not change any output: this writes every span layer (entities, quotes, timex,
events, sentences: offsets, labels and attributes) of the first ``--articles`` SaudiNewsNet articles,
built as ingest builds them and extracted in order by one ``Extractor`` (its entity index learns as
articles stream in, as in ingest), so a dump taken before a change and one taken after must be equal.

Usage: ``PYTHONPATH=src python bench/dump_extract.py OUT.json [--check BEFORE.json] [--articles 500]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from akhbar.extract.pipeline import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_seeds import snn_articles


def dump(count: int) -> list[dict[str, Any]]:
    """Every article's id and span layers after extraction, as ``Article.to_dict`` writes them."""
    extractor = Extractor.load()
    out = []
    for article in snn_articles(count):
        done = extractor(article)
        out.append({"id": done.id, "spans": done.to_dict()["spans"]})
    return out


def differences(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """One line per article and layer whose spans differ (empty when the dumps are equal)."""
    lines = [] if len(before) == len(after) else [f"{len(before)} articles before, {len(after)} after"]
    for old, new in zip(before, after, strict=False):
        for layer in sorted(set(old["spans"]) | set(new["spans"])):
            a, b = old["spans"].get(layer), new["spans"].get(layer)
            if a != b:
                lines.append(f"{old['id']} {layer}: {len(a or [])} spans before, {len(b or [])} after")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", type=Path, help="a dump to compare with; exit 1 on any difference")
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    data = dump(args.articles)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    if args.check is None:
        return 0
    # compare through JSON so tuples and lists read alike
    before = json.loads(args.check.read_text(encoding="utf-8"))
    lines = differences(before, json.loads(args.out.read_text(encoding="utf-8")))
    print("\n".join(lines[:50]) or f"identical: {len(data)} articles")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
