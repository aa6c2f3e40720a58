"""`akhbar eval ner`, `akhbar eval extract` and `akhbar train ner` on small handwritten files."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from akhbar.cli import app, main

if TYPE_CHECKING:
    from pathlib import Path

runner = CliRunner()

CONLL = """\
قال O
وزير O
الخارجية O
فيصل B-PERS
بن I-PERS
فرحان I-PERS
في O
الرياض B-LOC
. O

وأعلنت O
وزارة B-ORG
الصحة I-ORG
افتتاح O
مستشفى O
في O
أسوان B-LOC
. O
"""

PRF = {"precision", "recall", "f1"}


def _ann(text: str, surface: str, **fields: Any) -> dict[str, Any]:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "surface": surface, **fields}


def _gold_records() -> list[dict[str, Any]]:
    first = "قال وزير الخارجية السعودي فيصل بن فرحان اليوم الأحد إن المحادثات مع الجانب العماني كانت إيجابية."
    second = "وقال فرحان في مؤتمر صحفي بالرياض يوم الإثنين: «سنواصل الحوار مع الأشقاء»."
    return [
        {
            "id": "t1",
            "pub_date": "2024-03-10",
            "text": first,
            "entities": [_ann(first, "فيصل بن فرحان", type="PERS", canonical="فيصل بن فرحان")],
            "quotes": [
                _ann(
                    first,
                    "المحادثات مع الجانب العماني كانت إيجابية",
                    kind="indirect",
                    speaker="فيصل بن فرحان",
                )
            ],
            "timex": [_ann(first, "اليوم الأحد", type="DATE", value="2024-03-10")],
        },
        {
            "id": "t2",
            "pub_date": "2024-03-12",
            "text": second,
            "entities": [
                _ann(second, "فرحان", type="PERS", canonical="فيصل بن فرحان"),
                _ann(second, "الرياض", type="LOC", canonical="الرياض"),
            ],
            "quotes": [_ann(second, "سنواصل الحوار مع الأشقاء", kind="direct", speaker="فيصل بن فرحان")],
            "timex": [_ann(second, "يوم الإثنين", type="DATE", value="2024-03-11")],
        },
    ]


@pytest.fixture
def conll(tmp_path: Path) -> Path:
    path = tmp_path / "small.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in _gold_records()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide terminal, so Rich does not wrap the message being checked."""
    monkeypatch.setenv("COLUMNS", "500")


def _fails_cleanly(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the real entry point: it must exit non-zero with a one-line message and no traceback."""
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code not in (0, None)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.startswith("error:")
    return err


def test_eval_ner_json_has_exactly_the_score_keys(conll: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", "--gold", str(conll), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == PRF | {"per_type"}
    assert set(scores["per_type"]) <= {"PERS", "LOC", "ORG", "MISC"}
    assert all(set(row) == PRF for row in scores["per_type"].values())
    assert all(0.0 <= scores[k] <= 1.0 for k in PRF)


def test_eval_ner_prints_a_table_by_type(conll: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", "--gold", str(conll)])
    assert result.exit_code == 0, result.output
    assert "precision" in result.stdout
    assert "PERS" in result.stdout


def test_train_ner_writes_a_model_that_eval_ner_can_use(conll: Path, tmp_path: Path) -> None:
    model = tmp_path / "tiny.crfsuite"
    trained = runner.invoke(
        app, ["train", "ner", "--train", str(conll), "--out", str(model), "--max-iterations", "30", "--json"]
    )
    assert trained.exit_code == 0, trained.output
    report = json.loads(trained.stdout)
    assert (report["model"], report["sentences"]) == (str(model), 2)
    assert model.is_file()
    scored = runner.invoke(app, ["eval", "ner", "--gold", str(conll), "--model", str(model), "--json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["per_type"]["PERS"]["recall"] > 0.0


def test_eval_extract_json_scores_each_layer(gold: Path) -> None:
    result = runner.invoke(app, ["eval", "extract", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores.keys() == {"entities", "quotes", "timex"}
    assert set(scores["entities"]) == PRF
    assert set(scores["quotes"]) == PRF | {"speaker_accuracy"}
    assert set(scores["timex"]) == PRF | {"value_accuracy"}
    # «اليوم الأحد» on a Sunday and «يوم الإثنين» the day before a Tuesday: both found and resolved
    assert scores["timex"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "value_accuracy": 1.0}
    assert scores["quotes"]["recall"] == 1.0
    assert scores["entities"]["f1"] > 0.5


def test_eval_extract_prints_a_table(gold: Path) -> None:
    result = runner.invoke(app, ["eval", "extract", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "speaker accuracy" in result.stdout


@pytest.mark.parametrize("command", [["eval", "ner"], ["eval", "extract"]])
def test_eval_of_a_missing_file_names_the_option(command: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, [*command, "--gold", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
    # Rich wraps the message in a box as wide as the terminal: read it as one line
    message = " ".join(result.output.replace("│", " ").split())
    assert "--gold" in message
    assert "does not exist" in message


@pytest.mark.parametrize(
    ("command", "content", "message"),
    [
        (["eval", "ner"], "فيصل B-PERSON\n", "expected `token TAG`"),
        (["eval", "extract"], '{"id": "t1", "text": "قال"\n', "not a JSON object"),
        (["eval", "extract"], '{"id": "t1", "text": "قال فرحان", "entities": [{"start": 4, "end": 9, '
         '"surface": "فيصل", "type": "PERS"}]}\n', "field 'surface'"),
    ],
)  # fmt: skip
def test_eval_of_a_malformed_line_is_a_clean_error(
    command: list[str],
    content: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    wide: None,
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    err = _fails_cleanly([*command, "--gold", str(path)], capsys)
    assert f"{path}:1" in err
    assert message in err


def test_train_ner_without_the_training_file_says_which_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wide: None
) -> None:
    missing = tmp_path / "train.txt"
    err = _fails_cleanly(["train", "ner", "--train", str(missing), "--out", str(tmp_path / "m")], capsys)
    assert "--train" in err
    assert not (tmp_path / "m").exists()
