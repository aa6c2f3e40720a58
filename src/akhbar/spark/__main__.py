"""Entry point for ``spark-submit`` (and ``python -m akhbar.spark``): the job without the Typer CLI.

spark-submit runs a Python *file* as the driver, so this file is what a cluster submits::

    spark-submit --master yarn "$(python -c 'import akhbar.spark.__main__ as m; print(m.__file__)')" \\
        ingest hdfs-mounted/dumps/ --out /shared/akhbar-out

It takes the options of ``akhbar spark ingest`` and ``akhbar load`` and prints the report as JSON.
The Spark session is spark-submit's (``--master`` here only applies when run with plain Python).
"""

from __future__ import annotations

import argparse
import json
import sys

from akhbar.errors import AkhbarError
from akhbar.ingest.readers import ReadOptions
from akhbar.spark.job import JobOptions, run_job


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ingest":
            options = JobOptions(
                read=ReadOptions(encoding=args.encoding, max_bytes=args.max_bytes),
                master=args.master,
                partitions=args.partitions,
                block_lines=args.block_lines,
                overwrite=args.overwrite,
            )
            report = run_job(args.paths, args.out, options=options).to_dict()
        else:
            report = _load(args.directory, args.db, args.master)
    except AkhbarError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 2 if report["rejected"] else 0


def _load(directory: str, db: str | None, master: str | None) -> dict[str, object]:
    from akhbar.api.facade import Akhbar
    from akhbar.spark.load import LoadOptions, load_tables

    with Akhbar.open(db) as ak:
        return load_tables(ak, directory, options=LoadOptions(master=master)).to_dict()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akhbar.spark",
        description="akhbar Spark job: ingest inputs to Parquet, or load Parquet into a database.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="run the job: inputs in, Parquet tables under --out")
    ingest.add_argument("paths", nargs="+", help="files, folders or quoted globs every executor can read")
    ingest.add_argument("--out", required=True, help="folder for the Parquet tables (a path or a URI)")
    ingest.add_argument("--master", help="Spark master when not under spark-submit (default local[*])")
    ingest.add_argument("--partitions", type=int, help="partitions to group the tasks into")
    ingest.add_argument("--block-lines", type=int, default=JobOptions().block_lines)
    ingest.add_argument("--encoding")
    ingest.add_argument("--max-bytes", type=int, default=ReadOptions().max_bytes)
    ingest.add_argument("--overwrite", action="store_true")
    load = commands.add_parser("load", help="load the tables under DIRECTORY into --db")
    load.add_argument("directory")
    load.add_argument("--db", help="SQLite path or database URL (default $AKHBAR_DB or ./akhbar.db)")
    load.add_argument("--master", help="Spark master when not under spark-submit (default local[*])")
    return parser


if __name__ == "__main__":
    sys.exit(main())
