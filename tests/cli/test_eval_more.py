"""`akhbar eval similarity`, `akhbar eval dedup` and `akhbar train similarity` on small handwritten files."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from akhbar.cli import app, main

if TYPE_CHECKING:
    from pathlib import Path

runner = CliRunner()

TEXTS = {
    "floods": "أغلقت السيول التي اجتاحت مدينة جدة أمس عددا من الطرق، وأنقذ الدفاع المدني 40 شخصا احتجزتهم المياه.",
    "floods2": "أنقذت فرق الدفاع المدني 40 شخصا احتجزتهم مياه السيول في جدة بعد أمطار غزيرة أغلقت الطرق.",
    "match": "فاز الهلال على النصر بهدفين نظيفين في الدوري، وسجل سالم الدوسري الهدفين في ملعب الملك فهد بالرياض.",
    "match2": "سجل سالم الدوسري هدفين قاد بهما الهلال إلى الفوز على النصر في الدوري على ملعب الملك فهد.",
    "books": "افتتح وزير الثقافة معرض الكتاب الدولي في الرياض بمشاركة مئات دور النشر من عشرين دولة.",
}
SAME = [("floods", "floods2"), ("match", "match2")]


@pytest.fixture
def pairs(tmp_path: Path) -> Path:
    """Ten pairs over five texts: the two same-event pairs twice each (1), the rest 4."""
    names = list(TEXTS)
    rows = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            rows.append((f"{a}-{b}", TEXTS[a], TEXTS[b], "1" if (a, b) in SAME else "4"))
    path = tmp_path / "pairs.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pair_id", "text1", "text2", "overall"])
        writer.writerows(rows)
    return path


@pytest.fixture
def dedup_files(tmp_path: Path) -> tuple[Path, Path]:
    wire = TEXTS["floods"] + " " + TEXTS["match"] + " " + TEXTS["books"]
    rows = [
        {"id": "a", "source": "wire", "url": "https://wire.example/a", "date_extracted": "2015-08-01", "content": wire},
        {"id": "b", "source": "paper", "url": "https://paper.example/b", "date_extracted": "2015-08-02", "content": wire},
        {"id": "c", "source": "paper", "url": "https://paper.example/c", "date_extracted": "2015-08-02",
         "content": TEXTS["floods2"]},
    ]  # fmt: skip
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    labels = tmp_path / "dedup.csv"
    labels.write_text("id1,id2,label\na,b,duplicate\na,c,different\n", encoding="utf-8")
    return labels, articles


def test_train_similarity_writes_a_model_that_eval_similarity_uses(pairs: Path, tmp_path: Path) -> None:
    model = tmp_path / "similarity.json"
    trained = runner.invoke(
        app, ["train", "similarity", "--pairs", str(pairs), "--out", str(model), "--json"]
    )
    assert trained.exit_code == 0, trained.output
    report = json.loads(trained.stdout)
    assert (report["pairs"], report["model"]) == (10, str(model))
    assert json.loads(model.read_text(encoding="utf-8"))["kind"] == "linear"
    scored = runner.invoke(
        app, ["eval", "similarity", "--pairs", str(pairs), "--model", str(model), "--json"]
    )
    assert scored.exit_code == 0, scored.output
    scores = json.loads(scored.stdout)
    assert scores.keys() == {"pearson", "n"}
    assert scores["n"] == 10
    assert scores["pearson"] > 0.5


def test_eval_dedup_json_scores_the_copy_class(dedup_files: tuple[Path, Path]) -> None:
    labels, articles = dedup_files
    result = runner.invoke(
        app, ["eval", "dedup", "--pairs", str(labels), "--articles", str(articles), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)
    assert scores["per_label"]["different"] == {"pairs": 1, "predicted_copy": 0.0}


def test_eval_dedup_prints_a_table_per_label(dedup_files: tuple[Path, Path]) -> None:
    labels, articles = dedup_files
    result = runner.invoke(app, ["eval", "dedup", "--pairs", str(labels), "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "predicted copy" in result.stdout
    assert "duplicate" in result.stdout


def test_train_similarity_without_the_pairs_file_says_which_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "500")
    with pytest.raises(SystemExit) as exit_info:
        main(
            ["train", "similarity", "--pairs", str(tmp_path / "none.csv"), "--out", str(tmp_path / "m.json")]
        )
    assert exit_info.value.code not in (0, None)
    err = capsys.readouterr().err
    assert err.startswith("error:")
    assert "--pairs" in err
    assert not (tmp_path / "m.json").exists()
