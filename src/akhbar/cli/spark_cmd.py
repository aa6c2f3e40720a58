"""``akhbar spark ingest`` (the PySpark batch job) and ``akhbar load`` (its Parquet tables into a database).

Thin over ``akhbar.spark``: parse, one library call, render. PySpark and Java are checked by the
library when the command runs (a ``ConfigError`` naming what to install), so the rest of the CLI works
without them. ``register`` adds the ``spark`` group and the top-level ``load`` command to the app.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from akhbar.api.facade import Akhbar
from akhbar.cli import render
from akhbar.cli.options import MAX_BYTES, Db, Encoding, MaxBytes
from akhbar.ingest.readers import ReadOptions
from akhbar.spark.job import JobOptions, JobReport, run_job
from akhbar.spark.load import LoadOptions, load_tables

out = Console()
err = Console(stderr=True)

spark_app = typer.Typer(
    name="spark",
    help="Run ingest's per-article pipeline as a PySpark batch job writing Parquet (needs akhbar\\[spark] and Java).",
    no_args_is_help=True,
)

Master = Annotated[
    str | None,
    typer.Option(help="Spark master, e.g. local[2] (default local[*]; ignored under spark-submit)."),
]
Json = Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")]


@spark_app.command("ingest")
def spark_ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or quoted globs every executor can read (.jsonl(.gz), .warc(.gz), …)."
        ),
    ],
    out_dir: Annotated[str, typer.Option("--out", help="Folder for the Parquet tables (a path or a URI).")],
    master: Master = None,
    partitions: Annotated[
        int | None,
        typer.Option(min=1, help="Spark partitions to group the tasks into (default: one per task)."),
    ] = None,
    block_lines: Annotated[
        int, typer.Option(min=1, help="JSON Lines records per task: a bigger file is read by several tasks.")
    ] = JobOptions().block_lines,
    encoding: Encoding = None,
    max_bytes: MaxBytes = MAX_BYTES,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace tables already under --out.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Read, clean, date and extract articles on Spark; write Parquet tables (articles, spans, quotes, events, rejections). Exit code 2 if anything was rejected."""
    options = JobOptions(
        read=ReadOptions(encoding=encoding, max_bytes=max_bytes),
        master=master,
        partitions=partitions,
        block_lines=block_lines,
        overwrite=overwrite,
    )
    with err.status("running the Spark job…", spinner="dots") if not as_json else nullcontext():
        report = run_job(paths, out_dir, options=options)
    if as_json:
        render.print_json(out, report.to_dict())
    else:
        _job_table(report)
    if report.counts.get("rejections"):
        raise typer.Exit(2)


def load(
    directory: Annotated[str, typer.Argument(help="The --out folder of `akhbar spark ingest`.")],
    db: Db = None,
    master: Master = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per transaction.")
    ] = LoadOptions().batch_size,
    no_stories: Annotated[
        bool, typer.Option("--no-stories", help="Do not rebuild stories after loading.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as `akhbar ingest --json` does.")
    ] = False,
) -> None:
    """Load the Parquet tables of `akhbar spark ingest` into a database and rebuild stories; loading twice adds nothing. Exit code 2 if the job rejected anything."""
    options = LoadOptions(batch_size=batch_size, build_stories=not no_stories, master=master)
    with Akhbar.open(db) as ak, err.status("loading…", spinner="dots") if not as_json else nullcontext():
        report = load_tables(ak, directory, options=options)
    if as_json:
        render.print_json(out, report.to_dict())
    else:
        render.ingest_report(out, report)
    if report.rejected:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.add_typer(spark_app)
    app.command("load")(load)


def _job_table(report: JobReport) -> None:
    table = Table(title=f"Spark job → {escape(report.out)}", show_header=True)
    for col in ("tasks", "partitions", *report.counts, "seconds"):
        table.add_column(col, justify="right")
    table.add_row(
        str(report.tasks),
        str(report.partitions),
        *(str(n) for n in report.counts.values()),
        f"{report.seconds:.1f}",
    )
    out.print(table)
    render.rejected_table(out, report.rejected)
