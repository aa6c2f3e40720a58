"""``akhbar train …``: build the trained models akhbar ships, one sub-command per model.

``train ner`` is a thin face over ``akhbar.extract.train.train_ner``. The training file defaults to
ANERcorp's ``train.txt`` in the ``shared/data`` folder that sits next to a development checkout; a
user's clone has none, so there ``--train`` is required and its absence is a clear error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

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

_ANERCORP = Path("shared/data/anercorp/train.txt")
_DEFAULTS = NerTrainOptions()

Json = Annotated[bool, typer.Option("--json", help="Print the training report as one JSON object.")]


@train_app.command("ner")
def ner(
    train: Annotated[
        Path | None,
        typer.Option(
            dir_okay=False, help="CoNLL `token TAG` training file (default: ../shared ANERcorp train.txt)."
        ),
    ] = None,
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
    report = train_ner(_training_file(train), model_out or resource_path(DEFAULT_MODEL), options=options)
    if as_json:
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    out.print(
        f"[bold green]trained[/] on {report.sentences} sentences ({report.tokens} tokens) "
        f"in {report.seconds:.1f}s: {report.features} features, {report.model_bytes} bytes → {report.model}",
        highlight=False,
    )


def _training_file(given: Path | None) -> Path:
    return _data_file(
        given, "--train", _ANERCORP, "a CoNLL file of `token TAG` lines such as ANERcorp's train.txt"
    )


def _data_file(given: Path | None, option: str, default: Path, what: str) -> Path:
    """``given``, else ``default`` under ``../`` of a development checkout; ``InputError`` saying what to pass."""
    if given is not None:
        if not given.is_file():
            raise InputError(f"{option} {given}: no such file. Pass {what}.")
        return given
    repo = Path(__file__).resolve().parents[3]
    if (repo.parent / default).is_file():
        return repo.parent / default
    raise InputError(
        f"no training file: ../{default} is not next to this checkout. Pass {option} FILE, {what}."
    )


_SEMEVAL = Path("shared/data/semeval2022_ar/train_pairs.csv")


@train_app.command("similarity")
def similarity(
    pairs: Annotated[
        Path | None,
        typer.Option(
            dir_okay=False,
            help="CSV of gold pairs pair_id,text1,text2,overall (default: ../shared SemEval train_pairs.csv).",
        ),
    ] = None,
    model_out: Annotated[
        Path | None,
        typer.Option("--out", dir_okay=False, help="Where to write the model (default: the shipped model)."),
    ] = None,
    alpha: Annotated[float, typer.Option(min=0.0, help="Ridge penalty.")] = 3.0,
    as_json: Json = False,
) -> None:
    """Fit the article-pair similarity model (ridge over pair features), cross-validate it and write it."""
    report = train_similarity(_pairs_file(pairs), model_out or resource_path(SIMILARITY_MODEL), alpha=alpha)
    if as_json:
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    out.print(
        f"[bold green]trained[/] on {report.pairs} pairs in {report.seconds:.1f}s: cross-validated Pearson "
        f"{report.cv_pearson:.3f} ± {report.cv_pearson_std:.3f} → {report.model}",
        highlight=False,
    )


def _pairs_file(given: Path | None) -> Path:
    return _data_file(
        given, "--pairs", _SEMEVAL, "a CSV of pair_id,text1,text2,overall such as SemEval-2022 Task 8's pairs"
    )
