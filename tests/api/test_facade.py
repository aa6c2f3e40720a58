"""The library entry point end to end: ingest a folder, read back annotated articles, stay idempotent.

Tests taking ``db_url`` run on SQLite and on PostgreSQL (see ``tests/conftest.py``).
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from akhbar.api.facade import Akhbar, IngestOptions, IngestProgress
from akhbar.errors import NotFound
from akhbar.model import Article, Span

TEXT_A = """وزير الخارجية المصري يلتقي نظيره الأردني في عمّان

عمّان - الأحد 12 مارس 2023

التقى وزير الخارجية المصري سامح شكري اليوم الأحد نظيره الأردني أيمن الصفدي في عمّان.
وقال شكري إن البلدين يتفقان على ضرورة وقف التصعيد في المنطقة.
وأضاف الصفدي أن الاجتماع المقبل سيعقد في القاهرة الشهر المقبل.
"""

TEXT_B = """اجتماع وزاري عربي في الرياض

الرياض - الاثنين 13 مارس 2023

أعلنت وزارة الخارجية السعودية اليوم الاثنين أن الرياض تستضيف اجتماعا وزاريا عربيا يوم الخميس المقبل.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_ingest_annotates_and_stores_every_layer(corpus: Path, db_url: str) -> None:
    with Akhbar.open(db_url) as ak:
        report = ak.ingest([corpus])
        assert (report.ingested, len(report.rejected)) == (2, 1)
        assert "empty" in report.rejected[0].reason
        art = next(a for a in ak.articles() if "شكري" in a.text)
        stored = ak.article(art.id)
    for layer in ("sentences", "entities", "quotes", "timex", "events"):
        assert stored.spans(layer), layer
    names = {stored.surface(s) for s in stored.spans("entities")}
    assert "سامح شكري" in names
    quote = next(q for q in stored.spans("quotes") if "وقف التصعيد" in stored.surface(q))
    assert quote.attrs["speaker"] == "سامح شكري"
    assert {t.attrs["value"] for t in stored.spans("timex")} >= {"2023-03-12", "2023-04"}
    # the JSON shape carries every span with its offsets into the original text
    shape = json.loads(json.dumps(stored.to_dict(), ensure_ascii=False, default=str))
    for span in shape["spans"]["entities"]:
        assert shape["text"][span["start"] : span["end"]] == stored.text[span["start"] : span["end"]]


def test_reingest_adds_nothing_and_progress_counts_everything(corpus: Path, db_url: str) -> None:
    seen: list[IngestProgress] = []
    with Akhbar.open(db_url) as ak:
        first = ak.ingest([corpus], progress=seen.append)
        again = ak.ingest([corpus])
        assert (again.ingested, again.duplicates) == (0, 2)
        assert ak.stats()["articles"] == 2
    # the last call, after the last batch is stored, carries the report's final counts
    assert seen[-1] == IngestProgress(3, first.ingested, first.duplicates, len(first.rejected), "")
    assert seen[-1].ingested + seen[-1].rejected == 3


def test_parallel_ingest_gives_the_same_articles(corpus: Path, tmp_path: Path) -> None:
    # about the worker processes, not the database: SQLite only, so it does not double the suite's slowest test
    with Akhbar.open(str(tmp_path / "one.db")) as one, Akhbar.open(str(tmp_path / "two.db")) as two:
        one.ingest([corpus], options=IngestOptions(workers=1))
        report = two.ingest([corpus], options=IngestOptions(workers=2))
        assert report.ingested == 2
        serial = {a.id: a for a in one.articles()}
        parallel = {a.id: a for a in two.articles()}
    assert serial.keys() == parallel.keys()
    for aid, art in serial.items():
        for layer in ("entities", "quotes", "timex"):
            assert [(s.start, s.end, s.label) for s in art.spans(layer)] == [
                (s.start, s.end, s.label) for s in parallel[aid].spans(layer)
            ]


def test_unknown_article_is_not_found(db_url: str) -> None:
    with Akhbar.open(db_url) as ak, pytest.raises(NotFound):
        ak.article("0000000000000000")


def test_articles_survive_pickling_for_worker_processes() -> None:
    art = Article.from_text("قال لافروف", source="x").with_spans("entities", [Span(4, 10, "PERS", {"a": 1})])
    back = pickle.loads(pickle.dumps(art))
    assert back == art
    assert back.spans("entities")[0].attrs["a"] == 1


def test_streamed_story_building_equals_building_from_all_articles(seeds_dir: Path, db_url: str) -> None:
    from akhbar.stories import build_stories

    with Akhbar.open(db_url) as ak:
        ak.ingest([seeds_dir], options=IngestOptions(build_stories=False))
        streamed = ak.rebuild_stories()
        whole = build_stories(ak.articles())
    assert [s.to_dict() for s in streamed] == [s.to_dict() for s in whole]


def test_articles_by_id_keep_the_order_given_and_skip_unknown_ids(corpus: Path, db_url: str) -> None:
    with Akhbar.open(db_url) as ak:
        ak.ingest([corpus])
        ids = [a.id for a in ak.articles()]
        got = ak.articles_by_id([ids[1], "no-such-id", ids[0]], layers=("quotes",))
        whole = [ak.article(ids[1]), ak.article(ids[0])]
    assert [a.id for a in got] == [ids[1], ids[0]]
    assert [a.layers.keys() <= {"quotes"} for a in got] == [True, True]
    assert [a.spans("quotes") for a in got] == [a.spans("quotes") for a in whole]


WIRE = """افتتاح مستشفى جديد في جدة

جدة - الأحد 12 مارس 2023

افتتح وزير الصحة اليوم الأحد مستشفى جديدا في جدة بسعة خمسمئة سرير يخدم أحياء جنوب المحافظة.
وقال الوزير إن المستشفى يضم أقساما للطوارئ والعناية المركزة وجراحة القلب ومركزا لعلاج الأورام.
وأضاف أن الوزارة ستفتتح خلال العام الجاري ثلاثة مستشفيات أخرى في المنطقة الغربية لتخفيف الضغط.
وأشار إلى أن المشروع نفذته شركات وطنية وأن العمل فيه استمر ثلاث سنوات بتكلفة بلغت مليار ريال.
"""


def test_story_building_marks_a_lightly_edited_wire_copy(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    # another outlet, a day later: «اليوم الأحد» became «أمس», the agency credited, the last sentence cut
    copy = WIRE.replace("الأحد 12", "الاثنين 13").replace("اليوم الأحد", "أمس").rsplit("وأشار", 1)[0]
    (folder / "b.txt").write_text(copy.replace("افتتح وزير", "(واس) - افتتح وزير"), encoding="utf-8")
    (folder / "c.txt").write_text(TEXT_B, encoding="utf-8")
    with Akhbar.open(db_url) as ak:
        ak.ingest([folder])
        by_text = {("أمس" in a.text, "مستشفى" in a.text): a for a in ak.articles()}
        original, copied = by_text[False, True], by_text[True, True]
        assert (original.copy_of, copied.copy_of, by_text[False, False].copy_of) == (None, original.id, None)
        story = next(s for s in ak.stories() if copied.id in s.article_ids)
        assert set(story.article_ids) == {original.id, copied.id}
        ak.rebuild_stories()  # marks only ever add up
        assert ak.article(copied.id).copy_of == original.id
