"""Run the benchmarks, print one table, write ``benchmarks/results/`` and check the figures against their floors.

Usage: ``python bench/run.py [NAME ...] [--quick] [--pin [--allow-regression]] [--saved] [--all]``.

Each benchmark is a module ``bench/<name>.py`` with ``run() -> dict`` (``run(quick=True)`` where it has
a smaller mode); ``python bench/<name>.py`` runs one alone. Results go to ``benchmarks/results/<name>.json``
(``<name>.quick.json`` with ``--quick``) and every run updates ``benchmarks/results/summary.json``.

``bench/floors.json`` pins figures: for each, which way is better (``higher``/``lower``), the floor
(for a ``lower`` figure, a ceiling), the ``target`` the issues ask for, a relative ``slack`` (how far
a noisy timing may fall short of its floor before the run fails; 0 for exact figures) and ``data``,
the hash of the input files it was measured on. A figure measured on other data is not checked
against that floor. A run that misses a floor exits 1 and lists the misses; targets are shown, not
enforced. ``--pin`` raises floors to this run's figures (and pins figures with no floor yet) but
never lowers one, unless ``--allow-regression`` is given too, as trafilatura's eval gate does.
``--quick`` runs the benchmarks that have a quick mode on a tenth of SaudiNewsNet, against their own
floors (``<name>.quick`` in floors.json). ``--saved`` checks (or pins) the last saved results
instead of running again: the full SaudiNewsNet runs take many minutes.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import data_hash, machine  # noqa: E402

RESULTS = HERE.parent / "benchmarks" / "results"  # where the issue (#8) asks for them
SUMMARY = RESULTS / "summary.json"
FLOORS = HERE / "floors.json"
# ingest_snn first: it builds the database search_snn, cluster_growth and api_load read
BENCHMARKS = (
    "ingest_snn",
    "search_snn",
    "cluster_growth",
    "api_load",
    "ner_cv",
    "extract_seeds",
    "similarity_semeval",
    "dedup_snn",
    "stories_snn",
)

__all__ = ["BENCHMARKS", "check", "data_hash", "main", "pin"]


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", HERE / f"{name}.py")
    if spec is None or spec.loader is None or not (HERE / f"{name}.py").exists():
        raise SystemExit(f"bench/{name}.py not found; benchmarks: {', '.join(BENCHMARKS)}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def has_quick(module: Any) -> bool:
    return "quick" in inspect.signature(module.run).parameters


def result_path(name: str, quick: bool) -> Path:
    return RESULTS / (f"{name}.quick.json" if quick else f"{name}.json")


def floor_key(name: str, quick: bool) -> str:
    return f"{name}.quick" if quick else name


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def verdict(rule: dict[str, Any], value: Any, data: str | None) -> tuple[str, bool | None]:
    """``(why, passed)`` of one figure against its floor; ``passed`` is ``None`` when it does not apply."""
    floor = rule.get("floor")
    if not _number(value):
        return "no figure", None
    if floor is None:
        return "not pinned", None
    if rule.get("data") and data and rule["data"] != data:
        return "other data", None
    slack = float(rule.get("slack", 0.0))
    if rule["better"] == "higher":
        limit = floor - abs(floor) * slack
        return f"floor {floor} (-{slack:.0%})", value >= limit
    limit = floor + abs(floor) * slack
    return f"ceiling {floor} (+{slack:.0%})", value <= limit


def target_met(rule: dict[str, Any], value: Any) -> bool | None:
    target = rule.get("target")
    if target is None or not _number(value):
        return None
    return bool(value >= target) if rule["better"] == "higher" else bool(value <= target)


def check(name: str, figures: dict[str, Any], rules: dict[str, Any]) -> list[str]:
    """The floors ``figures`` miss, as messages."""
    failures = []
    for key, rule in rules.items():
        value = figures.get(key)
        why, passed = verdict(rule, value, figures.get("data_hash"))
        if passed is False:
            failures.append(f"{name}.{key} = {value}: misses its {why}")
    return failures


def pin(name: str, figures: dict[str, Any], rules: dict[str, Any], *, allow_regression: bool) -> list[str]:
    """Raise (or set) each floor to this run's figure; lower one only with ``allow_regression``.

    Returns the figures whose floor was kept because the new figure is worse.
    """
    kept = []
    data = figures.get("data_hash")
    for key, rule in rules.items():
        value = figures.get(key)
        if not _number(value):
            continue
        floor = rule.get("floor")
        better = (
            floor is None
            or (rule["better"] == "higher" and value >= floor)
            or (rule["better"] == "lower" and value <= floor)
        )
        if better or allow_regression:
            rule["floor"] = value
            rule["data"] = data
            rule["pinned"] = datetime.now(UTC).strftime("%Y-%m-%d")
        else:
            note = " (measured on other data)" if rule.get("data") and rule["data"] != data else ""
            kept.append(
                f"{name}.{key}: floor {floor} kept, {value} is worse{note}; --allow-regression lowers it"
            )
    return kept


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 100 else f"{value:,.1f}"
    return str(value)


def _mark(ok: bool | None) -> str:
    return {True: "[green]yes[/]", False: "[red]NO[/]", None: "–"}[ok]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all): {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true", help="the quick mode (a tenth of SaudiNewsNet)")
    parser.add_argument("--pin", action="store_true", help="raise floors to this run's figures")
    parser.add_argument("--allow-regression", action="store_true", help="with --pin, allow lowering a floor")
    parser.add_argument("--saved", action="store_true", help="check the saved results instead of running")
    parser.add_argument("--all", action="store_true", help="print every figure, not only the pinned ones")
    args = parser.parse_args(argv)
    if args.allow_regression and not args.pin:
        parser.error("--allow-regression only makes sense with --pin")
    RESULTS.mkdir(parents=True, exist_ok=True)
    floors: dict[str, Any] = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    summary: dict[str, Any] = json.loads(SUMMARY.read_text()) if SUMMARY.exists() else {}
    console = Console(width=None if sys.stdout.isatty() else 150)
    names = args.names or [n for n in BENCHMARKS if not args.quick or has_quick(_load(n))]
    failures: list[str] = []
    kept: list[str] = []
    table = Table(title="akhbar benchmarks" + (" (quick)" if args.quick else ""))
    for col in ("benchmark", "figure", "measured", "target", "floor", "pass", "target met"):
        table.add_column(
            col,
            justify="right" if col in ("measured", "target", "floor") else "left",
            no_wrap=col == "figure",
        )
    for name in names:
        module = _load(name)
        quick = args.quick and has_quick(module)
        if args.quick and not quick:
            console.print(f"[yellow]{name}[/] has no quick mode: full run")
        path = result_path(name, quick)
        if args.saved:
            if not path.exists():
                console.print(f"[red]{name}[/]: no saved result {path}")
                continue
            figures = json.loads(path.read_text())
        else:
            console.print(f"[bold]{name}[/] …")
            started = time.perf_counter()
            figures = module.run(quick=True) if quick else module.run()
            figures["wall_s"] = round(time.perf_counter() - started, 1)
            figures.setdefault("loadavg", machine()["loadavg"])
            figures["run_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        if "error" in figures or "skipped" in figures:
            console.print(f"[red]{name}[/]: {figures.get('error') or figures.get('skipped')}")
            if "error" in figures:
                failures.append(f"{name}: failed to run")
        rules = floors.setdefault(floor_key(name, quick), {})
        if args.pin:
            kept += pin(name, figures, rules, allow_regression=args.allow_regression)
        failures += check(name, figures, rules)
        entry: dict[str, Any] = {
            "result": str(path.relative_to(HERE.parent)),
            "run_at": figures.get("run_at"),
            "data_hash": figures.get("data_hash"),
            "loadavg": figures.get("loadavg"),
            "wall_s": figures.get("wall_s"),
            "figures": {},
        }
        shown = list(rules) + ([k for k in figures if k not in rules] if args.all else [])
        for key in shown:
            value = figures.get(key)
            rule = rules.get(key, {})
            why, passed = verdict(rule, value, figures.get("data_hash")) if rule else ("", None)
            met = target_met(rule, value) if rule else None
            table.add_row(
                name,
                key,
                _fmt(value) if not isinstance(value, list | dict) else json.dumps(value, ensure_ascii=False),
                _fmt(rule.get("target")),
                _fmt(rule.get("floor")),
                _mark(passed) if why not in ("other data", "not pinned") else why,
                _mark(met),
            )
            if rule:
                entry["figures"][key] = {
                    "measured": value,
                    "better": rule.get("better"),
                    "target": rule.get("target"),
                    "floor": rule.get("floor"),
                    "pass": passed,
                    "target_met": met,
                }
        summary[floor_key(name, quick)] = entry
    console.print(table)
    if args.pin:
        FLOORS.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n")
    summary["_last_run"] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "names": names,
        "quick": args.quick,
        "failures": failures,
        **machine(),
    }
    SUMMARY.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    for message in kept:
        console.print(f"[yellow]KEPT[/] {message}")
    for failure in failures:
        console.print(f"[red]FLOOR[/] {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
