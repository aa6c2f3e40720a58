from __future__ import annotations

import gzip
import itertools
import json
from typing import TYPE_CHECKING

import pytest

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.jsonl import read_json, read_jsonl
from akhbar.ingest.readers import ReadOptions, read_paths

from .conftest import BODY, PAGE_URL, TITLE, jsonl_records

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_records_become_documents_with_title_first(formats_dir: Path, name: str) -> None:
    first, empty, untitled = read_jsonl(formats_dir / name, ReadOptions(), name=name)
    assert isinstance(first, Document)
    assert first.text == f"{TITLE}\n\n{BODY}"
    assert (first.title, first.title_span) == (TITLE, (0, len(TITLE)))
    assert (first.source, first.identity, first.url) == (f"{name}#1", f"{PAGE_URL}-1", f"{PAGE_URL}-1")
    assert (first.outlet, first.author, first.crawled, first.published) == (
        "almithal",
        "سارة أحمد",
        "2015-07-21 02:51:32",
        None,
    )
    assert first.fields["id"] == "r-1"
    assert empty == Rejected(f"{name}#2", "record 2: empty content (title only)")
    assert isinstance(untitled, Document)
    assert (untitled.text, untitled.title_span) == (" خبر بلا عنوان يبدأ بمسافة.\n", None)
    assert untitled.identity == f"{name}#r-3"


@pytest.mark.parametrize(
    ("field_map", "record"),
    [
        (
            {"text": "article_body", "title": "headline", "published": "pub"},
            {"article_body": "نص الخبر.", "headline": "العنوان", "pub": "2024-03-15"},
        ),
        ({}, {"text": "نص الخبر.", "headline": "العنوان", "date_published": "2024-03-15"}),
    ],
)
def test_field_map_and_common_field_names(
    tmp_path: Path, field_map: dict[str, str], record: dict[str, str]
) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = read_jsonl(path, ReadOptions(field_map=field_map))
    assert isinstance(doc, Document)
    assert (doc.text, doc.published, doc.published_from) == ("العنوان\n\nنص الخبر.", "2024-03-15", "record")
    assert doc.identity == "x.jsonl#1"


def test_record_without_the_text_field_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"headline": "عنوان", "lede": "نص"}\n', encoding="utf-8")
    [item] = read_jsonl(path, ReadOptions())
    assert item == Rejected(
        "x.jsonl#1", "record 1: no 'content' field (fields: headline, lede); map the text field"
    )


@pytest.mark.parametrize("limit", [300])
def test_line_over_max_bytes_is_rejected_and_the_next_line_read(tmp_path: Path, limit: int) -> None:
    big = json.dumps({"content": "نص طويل " * 200}, ensure_ascii=False)
    small = json.dumps({"content": "نص قصير"}, ensure_ascii=False)
    path = tmp_path / "x.jsonl"
    path.write_text(f"{big}\n{small}\n", encoding="utf-8")
    rejected, doc = read_jsonl(path, ReadOptions(max_bytes=limit))
    assert (
        isinstance(rejected, Rejected)
        and rejected.source == "x.jsonl#1"
        and "--max-bytes 300" in rejected.reason
    )
    assert isinstance(doc, Document) and (doc.text, doc.source) == ("نص قصير", "x.jsonl#2")


def test_truncated_gzip_yields_the_good_lines_then_a_rejection(bad_dir: Path) -> None:
    items = list(read_jsonl(bad_dir / "truncated.jsonl.gz", ReadOptions(), name="t.jsonl.gz"))
    *docs, last = items
    assert docs and all(isinstance(d, Document) for d in docs)
    assert isinstance(last, Rejected) and last.source == "t.jsonl.gz"
    assert last.reason.startswith(f"compressed stream broken after line {len(docs)}")


@pytest.mark.parametrize("payload", [[{"content": "الخبر الأول"}, 7, {"content": "الخبر الثاني"}]])
def test_json_array_file_yields_each_object(tmp_path: Path, payload: list[object]) -> None:
    path = tmp_path / "day.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    items = list(read_json(path, ReadOptions()))
    assert [getattr(i, "text", None) for i in items] == ["الخبر الأول", None, "الخبر الثاني"]
    assert items[1] == Rejected("day.json#2", "record 2: a JSON int, not an object")


def test_gzip_is_recognised_by_its_magic_not_its_name(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(gzip.compress(json.dumps(jsonl_records()[0], ensure_ascii=False).encode()))
    [doc] = read_jsonl(path, ReadOptions())
    assert isinstance(doc, Document) and doc.text.startswith(TITLE)


@pytest.mark.shared
def test_saudinewsnet_streams_with_crawl_date_and_outlet(shared_dir: Path) -> None:
    path = shared_dir / "data" / "saudinewsnet" / "articles.jsonl.gz"
    items = list(itertools.islice(read_paths([path]), 800))
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert all(r.reason.startswith(f"record {r.source.rsplit('#', 1)[1]}: empty content") for r in rejected)
    assert all(d.crawled and d.crawled.startswith("2015-") and d.published is None for d in docs)
    assert all(d.outlet and d.identity.startswith("http") for d in docs)
    assert docs[0].source == "articles.jsonl.gz#1" and docs[0].fields["id"] == "snn-000001"


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path: Path) -> None:
    """JSON can escape half a UTF-16 pair; that text could never be stored, so it is replaced."""
    path = tmp_path / "odd.jsonl"
    path.write_text('{"title": "\\ud800عنوان", "content": "نص \\udc00 الخبر"}\n', encoding="utf-8")
    (doc,) = read_jsonl(path, ReadOptions())
    assert isinstance(doc, Document)
    assert doc.text == "\ufffdعنوان\n\nنص \ufffd الخبر"
    doc.text.encode("utf-8")
