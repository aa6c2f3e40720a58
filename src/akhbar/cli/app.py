"""The commands. Each is: parse, one facade call, render (``--json`` prints the REST shape)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from akhbar.api.facade import Akhbar, IngestOptions, IngestProgress
from akhbar.cli import entities_cmd, export_cmd, render, serve_cmd, spark_cmd
from akhbar.cli.eval_cmd import eval_app
from akhbar.cli.options import MAX_BYTES, Db, Encoding, Json, MaxBytes
from akhbar.cli.train_cmd import train_app
from akhbar.errors import InputError
from akhbar.ingest.readers import ReadOptions

app = typer.Typer(
    name="akhbar",
    help="Arabic news from many outlets turned into cited stories: who said what, when, according to whom.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(eval_app)
app.add_typer(train_app)
entities_cmd.register(app)
export_cmd.register(app)
spark_cmd.register(app)
serve_cmd.register(app)
out = Console()

Limit = Annotated[int | None, typer.Option("--limit", min=0, help="Show at most N items (default: all).")]


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-01-26"
        ) from None


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders: .txt .html .warc(.gz) .jsonl(.gz) feeds, URL lists."),
    ],
    db: Db = None,
    encoding: Encoding = None,
    max_bytes: MaxBytes = MAX_BYTES,
    no_stories: Annotated[
        bool, typer.Option("--no-stories", help="Do not rebuild stories after ingesting.")
    ] = False,
    workers: Annotated[
        int, typer.Option(help="Processes for cleaning and extraction (0 = one per core).")
    ] = 1,
    as_json: Json = False,
) -> None:
    """Ingest articles; prints ingested / duplicates / rejected with reasons. Exit code 2 if anything was rejected."""
    options = IngestOptions(
        read=ReadOptions(encoding=encoding, max_bytes=max_bytes),
        build_stories=not no_stories,
        workers=workers,
    )
    with Akhbar.open(db) as ak, _progress(as_json) as bar:
        task = bar.add_task("ingesting", total=None)

        def tick(p: IngestProgress) -> None:
            bar.update(
                task,
                completed=p.seen,
                description=f"ingested {p.ingested} · duplicates {p.duplicates} · rejected {p.rejected}",
            )

        report = ak.ingest(paths, options=options, progress=tick)
    if as_json:
        render.print_json(out, report.to_dict())
    else:
        render.ingest_report(out, report)
    if report.rejected:
        raise typer.Exit(2)


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet,
        transient=False,
    )


@app.command()
def articles(
    db: Db = None,
    limit: Limit = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Published on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Published on or before YYYY-MM-DD.")] = None,
    as_json: Json = False,
) -> None:
    """List articles with their dates, outlets and credits."""
    with Akhbar.open(db) as ak:
        items = ak.articles(
            limit=limit,
            outlet=outlet,
            date_from=_parse_date(date_from, "--from"),
            date_to=_parse_date(date_to, "--to"),
        )
    if as_json:
        render.print_json(out, [a.summary_dict() for a in items])
    else:
        render.articles_table(out, items)


@app.command()
def article(
    article_id: Annotated[str, typer.Argument(help="An id from `akhbar articles`.")],
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Show one article: metadata, body, excluded regions and every span found in it."""
    with Akhbar.open(db) as ak:
        item = ak.article(article_id)
    if as_json:
        render.print_json(out, item.to_dict())
    else:
        render.article_view(out, item)


@app.command()
def stories(
    db: Db = None,
    limit: Limit = None,
    outlet: Annotated[str | None, typer.Option(help="Only stories this outlet covered.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Active on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Active on or before YYYY-MM-DD.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only stories naming this entity id.")] = None,
    as_json: Json = False,
) -> None:
    """List stories: size, outlets, first and last date."""
    with Akhbar.open(db) as ak:
        items = ak.story_headlines(
            limit=limit,
            outlet=outlet,
            date_from=_parse_date(date_from, "--from"),
            date_to=_parse_date(date_to, "--to"),
            entity=entity,
        )
    if as_json:
        render.print_json(out, [s.summary_dict() for s in items])
    else:
        render.stories_table(out, items)


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="An id from `akhbar stories`.")],
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Show one story: its articles and its timeline, every row cited."""
    with Akhbar.open(db) as ak:
        item = ak.story(story_id)
        members = ak.articles_by_id(item.article_ids)
    if as_json:
        render.print_json(out, item.to_dict())
    else:
        render.story_report(out, item, members)


@app.command()
def timeline(
    story_id: Annotated[str, typer.Argument(help="An id from `akhbar stories`.")],
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Show one story's timeline: events across sources, outlets, conflicts, every row cited."""
    with Akhbar.open(db) as ak:
        item = ak.story(story_id)
    if as_json:
        render.print_json(out, {"story_id": item.id, "rows": [r.to_dict() for r in item.timeline]})
    else:
        render.timeline_table(out, item)


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(help="Words to find; diacritics, hamza forms and clitics do not matter.")
    ],
    db: Db = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most N results.")] = 20,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Published on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Published on or before YYYY-MM-DD.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity id.")] = None,
    as_json: Json = False,
) -> None:
    """Full-text search over titles and bodies, best match first."""
    with Akhbar.open(db) as ak:
        hits = ak.search(
            query,
            limit=limit,
            outlet=outlet,
            date_from=_parse_date(date_from, "--from"),
            date_to=_parse_date(date_to, "--to"),
            entity=entity,
        )
    if as_json:
        render.print_json(out, [h.to_dict() for h in hits])
    else:
        render.search_results(out, query, hits)


@app.command()
def stats(db: Db = None, as_json: Json = False) -> None:
    """Counts of articles, stories, outlets and rejected inputs."""
    with Akhbar.open(db) as ak:
        counts = ak.stats()
    if as_json:
        render.print_json(out, counts)
    else:
        render.stats_table(out, counts)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Database for the demo.")] = "akhbar-demo.db",
    corpus: Annotated[
        Path | None, typer.Option(help="Folder to ingest (default: the bundled examples/seeds).")
    ] = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the web UI afterwards.")] = True,
    port: Annotated[int, typer.Option(help="Port for the web UI.")] = 8000,
) -> None:
    """Ingest the bundled example corpus, print the story report, and serve the web UI."""
    folder = corpus or _bundled_examples()
    with Akhbar.open(db) as ak:
        report = ak.ingest([folder])
        render.ingest_report(out, report)
        for item in ak.stories():
            render.story_report(out, item, ak.articles_by_id(item.article_ids))
    if serve:
        serve_cmd.serve_app(db, "127.0.0.1", port)


def _bundled_examples() -> Path:
    for candidate in (Path("examples/seeds"), Path(__file__).resolve().parents[3] / "examples" / "seeds"):
        if candidate.is_dir():
            return candidate
    raise InputError(
        "the example corpus (examples/seeds) is not here; run from a clone of akhbar or pass --corpus DIR"
    )
