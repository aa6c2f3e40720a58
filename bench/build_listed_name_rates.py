"""Rebuild ``gazetteers/listed_name_rates.tsv``: how often ANERcorp tags each one-word gazetteer entry.

For every one-word entry of ``locations.txt``, ``organisations.txt`` and ``misc.txt`` (as its
``name_key``: folded, without clitic and article), the number of tokens of the ANERcorp train split
with that key tagged as an entity (any ``B-``/``I-`` tag) and tagged ``O``. Only entries seen at least
once are written. ``extract.entity_backoff`` reads it: a listed word the annotators mostly left ``O``
(«الاتفاق»، «الخبر»، «العربية») is a common word, not a name, so the back-off never adds it.

Usage: ``uv run python bench/build_listed_name_rates.py [--shared ../shared]``. Deterministic, a few
seconds. ANERcorp is CC BY-SA 4.0 (Benajiba et al. 2007; CAMeL Lab split), like the shipped model.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from akhbar.extract.ner_features import NerResources, name_key
from akhbar.text.normalise import fold

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "akhbar" / "resources" / "gazetteers" / "listed_name_rates.tsv"
HEADER = (
    "# One-word gazetteer entries (name_key form) seen in the ANERcorp train split: key<TAB>tokens tagged\n"
    "# as an entity<TAB>tokens tagged O. ANERcorp (CC BY-SA 4.0, Benajiba et al. 2007; CAMeL Lab split).\n"
    "# Rebuilt by bench/build_listed_name_rates.py; read by akhbar.extract.entity_backoff.\n"
)


def count_rates(train: Path, resources: NerResources) -> dict[str, tuple[int, int]]:
    """``key -> (entity tokens, O tokens)`` for the one-word entries that occur in ``train``."""
    single = {key[0] for key in resources.names if len(key) == 1}
    entity: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for line in train.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        key = name_key(fold(parts[0]), resources.rank)
        if key in single:
            (other if parts[1] == "O" else entity)[key] += 1
    return {key: (entity[key], other[key]) for key in sorted(entity.keys() | other.keys())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    rates = count_rates(args.shared / "data" / "anercorp" / "train.txt", NerResources.load())
    rows = "".join(f"{key}\t{e}\t{o}\n" for key, (e, o) in rates.items())
    OUT.write_text(HEADER + rows, encoding="utf-8")
    print(f"{OUT}: {len(rates)} entries")


if __name__ == "__main__":
    main()
