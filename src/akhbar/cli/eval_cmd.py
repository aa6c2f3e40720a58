"""``akhbar eval …``: score akhbar against gold files, one sub-command per scorer in ``akhbar.eval``.

Each command parses its options, makes one ``akhbar.eval`` call and renders the result: a Rich table,
or with ``--json`` the scorer's dict as it is. A new scorer (``eval similarity``, ``eval stories``…)
is one more ``@eval_app.command()`` here; ``prf_table`` draws any ``{name: {precision, recall, f1…}}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from akhbar.cli import render
from akhbar.eval.dedup import evaluate_dedup
from akhbar.eval.extract import evaluate_extract
from akhbar.eval.ner import evaluate_ner
from akhbar.eval.similarity import evaluate_similarity
from akhbar.eval.stories import evaluate_stories

eval_app = typer.Typer(
    name="eval",
    help="Score the extraction against gold annotations: precision, recall and F1 per layer.",
    no_args_is_help=True,
)
out = Console()

Json = Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")]


def prf_table(title: str, rows: Mapping[str, Mapping[str, Any]], first: str = "layer") -> Table:
    """A table of score rows; columns are the union of the rows' keys, in first-seen order."""
    columns = list(dict.fromkeys(key for row in rows.values() for key in row))
    table = Table(title=title)
    table.add_column(first)
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right")
    for name, row in rows.items():
        table.add_row(name, *(_cell(row.get(column)) for column in columns))
    return table


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)


GoldFile = Annotated[
    Path,
    typer.Option(
        "--gold", exists=True, dir_okay=False, readable=True, help="The gold file to score against."
    ),
]


@eval_app.command("ner")
def ner(
    gold: GoldFile,
    model: Annotated[
        Path | None,
        typer.Option(
            exists=True, dir_okay=False, readable=True, help="A trained .crfsuite file (default: shipped)."
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Score the NER tagger on a CoNLL file of `token TAG` lines: exact-span P/R/F1, overall and per type."""
    scores = evaluate_ner(gold, model_path=model)
    if as_json:
        render.print_json(out, scores)
        return
    rows = {"all": {k: scores[k] for k in ("precision", "recall", "f1")}} | scores["per_type"]
    out.print(prf_table(f"NER on {gold}", rows, first="type"))


@eval_app.command("extract")
def extract(gold: GoldFile, as_json: Json = False) -> None:
    """Run the extraction over a gold JSONL file and score entities, quotations and temporal expressions."""
    scores = evaluate_extract(gold)
    if as_json:
        render.print_json(out, scores)
    else:
        out.print(prf_table(f"Extraction on {gold}", scores))


@eval_app.command("stories")
def stories(
    gold: GoldFile,
    articles: Annotated[
        Path,
        typer.Option(
            exists=True,
            dir_okay=False,
            readable=True,
            help="JSONL(.gz) articles whose `id` fields the gold names.",
        ),
    ],
    distractors: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            readable=True,
            help="Ids of more articles to cluster along (one a line).",
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Cluster the gold (and distractor) articles in a temporary database; B³ precision/recall/F1 and ARI."""
    scores = evaluate_stories(gold, articles, distractors)
    if as_json:
        render.print_json(out, scores)
    else:
        out.print(prf_table(f"Stories on {gold}", {"stories": scores}, first=""))


PairsFile = Annotated[
    Path,
    typer.Option("--pairs", exists=True, dir_okay=False, readable=True, help="The CSV file of gold pairs."),
]


@eval_app.command("similarity")
def similarity(
    pairs: PairsFile,
    model: Annotated[
        Path | None,
        typer.Option(
            exists=True, dir_okay=False, readable=True, help="A similarity model JSON (default: shipped)."
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Predict the 1-4 SemEval-2022 Task 8 score of each pair (pair_id,text1,text2,overall); Pearson with gold."""
    scores = evaluate_similarity(pairs, model_path=model)
    if as_json:
        render.print_json(out, scores)
    else:
        out.print(prf_table(f"Similarity on {pairs}", {"similarity": scores}, first=""))


@eval_app.command("dedup")
def dedup(
    pairs: PairsFile,
    articles: Annotated[
        Path,
        typer.Option(
            exists=True,
            dir_okay=False,
            readable=True,
            help="JSONL(.gz) articles whose `id` fields the pairs name.",
        ),
    ],
    as_json: Json = False,
) -> None:
    """Find copies among the articles the pairs (id1,id2,label) name; precision/recall/F1 of the copy class."""
    scores = evaluate_dedup(pairs, articles)
    if as_json:
        render.print_json(out, scores)
        return
    copies = {"copy": {k: scores[k] for k in ("precision", "recall", "f1", "pairs", "missing")}}
    out.print(prf_table(f"Copies on {pairs}", copies, first="class"))
    out.print(prf_table("Predicted copy by gold label", scores["per_label"], first="label"))
