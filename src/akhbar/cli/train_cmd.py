"""``akhbar train …``: build the trained models akhbar ships, one sub-command per model.

``train ner`` is a thin face over ``akhbar.extract.train.train_ner`` and ``train similarity`` over
``akhbar.eval.similarity.train_similarity``. The training data is always named on the command line
(``make train`` passes the development copies); the package itself never looks for data files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from akhbar.cli import render
from akhbar.errors import InputError
from akhbar.eval.similarity import train_similarity
from akhbar.extract.ner import DEFAULT_MODEL
from akhbar.extract.train import NerTrainOptions, train_ner
from akhbar.resources import path as resource_path
from akhbar.stories.pair_model import MODEL as SIMILARITY_MODEL

train_app = typer.Typer(
    name="train",
    help="Train the models akhbar ships (the CRF named-entity tagger) from annotated data.",
    no_args_is_help=True,
)
out = Console()

_DEFAULTS = NerTrainOptions()

Json = Annotated[bool, typer.Option("--json", help="Print the training report as one JSON object.")]


@train_app.command("ner")
def ner(
    train: Annotated[
        Path,
        typer.Option(
            dir_okay=False,
            help="CoNLL `token TAG` training file, such as ANERcorp's train.txt.",
        ),
    ],
    model_out: Annotated[
        Path | None,
        typer.Option("--out", dir_okay=False, help="Where to write the model (default: the shipped model)."),
    ] = None,
    c1: Annotated[float, typer.Option(min=0.0, help="L1 penalty (prunes features).")] = _DEFAULTS.c1,
    c2: Annotated[float, typer.Option(min=0.0, help="L2 penalty.")] = _DEFAULTS.c2,
    max_iterations: Annotated[int, typer.Option(min=1, help="L-BFGS iterations.")] = _DEFAULTS.max_iterations,
    min_freq: Annotated[
        int, typer.Option(min=1, help="Drop features seen fewer times.")
    ] = _DEFAULTS.min_freq,
    as_json: Json = False,
) -> None:
    """Train the CRF named-entity tagger on a CoNLL file and write the model (the shipped one by default)."""
    options = NerTrainOptions(c1=c1, c2=c2, max_iterations=max_iterations, min_freq=min_freq)
    report = train_ner(
        _existing(train, "--train", "a CoNLL file of `token TAG` lines such as ANERcorp's train.txt"),
        model_out or resource_path(DEFAULT_MODEL),
        options=options,
    )
    if as_json:
        render.print_json(out, report.to_dict())
        return
    out.print(
        f"[bold green]trained[/] on {report.sentences} sentences ({report.tokens} tokens) "
        f"in {report.seconds:.1f}s: {report.features} features, {report.model_bytes} bytes → {report.model}",
        highlight=False,
    )


@train_app.command("similarity")
def similarity(
    pairs: Annotated[
        Path,
        typer.Option(
            dir_okay=False,
            help="CSV of gold pairs pair_id,text1,text2,overall, such as SemEval-2022 Task 8's train_pairs.csv.",
        ),
    ],
    model_out: Annotated[
        Path | None,
        typer.Option("--out", dir_okay=False, help="Where to write the model (default: the shipped model)."),
    ] = None,
    as_json: Json = False,
) -> None:
    """Fit the article-pair similarity model (signed average of pair features), cross-validate it and write it."""
    report = train_similarity(
        _existing(
            pairs, "--pairs", "a CSV of pair_id,text1,text2,overall such as SemEval-2022 Task 8's pairs"
        ),
        model_out or resource_path(SIMILARITY_MODEL),
    )
    if as_json:
        render.print_json(out, report.to_dict())
        return
    out.print(
        f"[bold green]trained[/] on {report.pairs} pairs in {report.seconds:.1f}s: cross-validated Pearson "
        f"{report.cv_pearson:.3f} ± {report.cv_pearson_std:.3f} → {report.model}",
        highlight=False,
    )


def _existing(path: Path, option: str, what: str) -> Path:
    """``path`` when it is a file; otherwise an ``InputError`` naming the option and what to pass."""
    if not path.is_file():
        raise InputError(f"{option} {path}: no such file. Pass {what}.")
    return path
