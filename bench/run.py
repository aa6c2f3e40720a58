"""Run the benchmarks, print one table, write ``bench/results/<name>.json`` and check the floors.

Usage: ``python bench/run.py [NAME ...] [--pin] [--allow-regression]``. Each benchmark is a module
``bench/<name>.py`` with ``run() -> dict[str, float | int | str]``. ``bench/floors.json`` pins a floor
(or ceiling, for costs) per figure together with a hash of the data it was measured on; a run below a
floor fails, and ``--pin`` raises floors to the new figures but never lowers one without
``--allow-regression`` (as trafilatura's eval gate does).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
FLOORS = HERE / "floors.json"
BENCHMARKS = ("ingest_snn", "ner_cv", "extract_seeds", "similarity_semeval", "dedup_snn")


def data_hash(paths: list[Path]) -> str:
    """A short hash of the data files a figure was measured on (size + first MiB), to pin floors to data."""
    h = hashlib.sha1()
    for path in paths:
        if path.exists():
            h.update(str(path.stat().st_size).encode())
            with path.open("rb") as f:
                h.update(f.read(1 << 20))
    return h.hexdigest()[:12]


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"bench/{name}.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(name: str, figures: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    failures = []
    for key, rule in floors.get(name, {}).items():
        value = figures.get(key)
        if not isinstance(value, int | float):
            continue
        if rule.get("data") and figures.get("data_hash") and rule["data"] != figures["data_hash"]:
            continue  # measured on other data: the floor does not apply
        if "min" in rule and value < rule["min"]:
            failures.append(f"{name}.{key} = {value} is below its floor {rule['min']}")
        if "max" in rule and value > rule["max"]:
            failures.append(f"{name}.{key} = {value} is above its ceiling {rule['max']}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", default=list(BENCHMARKS))
    parser.add_argument("--pin", action="store_true", help="raise floors to this run's figures")
    parser.add_argument("--allow-regression", action="store_true", help="with --pin, allow lowering a floor")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    console = Console()
    table = Table(title="akhbar benchmarks")
    for col in ("benchmark", "figure", "value"):
        table.add_column(col)
    failures: list[str] = []
    for name in args.names:
        started = time.perf_counter()
        figures = _load(name).run()
        figures["wall_s"] = round(time.perf_counter() - started, 1)
        (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        for key, value in figures.items():
            table.add_row(name, key, str(value))
        failures += _check(name, figures, floors)
        if args.pin:
            _pin(name, figures, floors, allow_regression=args.allow_regression)
    console.print(table)
    if args.pin:
        FLOORS.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n")
    for failure in failures:
        console.print(f"[red]FLOOR[/] {failure}")
    return 1 if failures and not args.pin else 0


def _pin(name: str, figures: dict[str, Any], floors: dict[str, Any], *, allow_regression: bool) -> None:
    for key, rule in floors.get(name, {}).items():
        value = figures.get(key)
        if not isinstance(value, int | float):
            continue
        rule["data"] = figures.get("data_hash", rule.get("data"))
        if "min" in rule and (value > rule["min"] or allow_regression):
            rule["min"] = value
        if "max" in rule and (value < rule["max"] or allow_regression):
            rule["max"] = value


if __name__ == "__main__":
    sys.exit(main())
