from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.readers import ReadOptions, read_paths
from akhbar.ingest.text import read_text

from .conftest import ARTICLE, ENCODINGS, TITLE

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_text_file_is_one_document_with_the_decoded_text_whole(formats_dir: Path, name: str) -> None:
    [doc] = read_text(formats_dir / name, ReadOptions(), name=f"formats/{name}")
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE
    assert doc.identity == f"formats/{name}"
    assert doc.text[doc.title_span[0] : doc.title_span[1]] == TITLE  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("\n\n  عاجل: انقطاع الكهرباء في العاصمة  \r\nتفاصيل الخبر.", "عاجل: انقطاع الكهرباء في العاصمة"),
        ("عنوان وحيد", "عنوان وحيد"),
    ],
)
def test_title_span_is_the_first_non_blank_line_without_its_blanks(
    tmp_path: Path, text: str, title: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = read_text(path, ReadOptions())
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.text[doc.title_span[0] : doc.title_span[1]] == title  # type: ignore[index]


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t"])
def test_empty_text_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert list(read_text(path, ReadOptions())) == [Rejected("empty.txt", "empty file")]


@pytest.mark.parametrize("limit", [20_000_000])
def test_file_over_max_bytes_is_rejected_without_reading_it_all(huge_file: Path, limit: int) -> None:
    [item] = read_text(huge_file, ReadOptions(max_bytes=limit))
    assert isinstance(item, Rejected)
    assert "--max-bytes 20,000,000" in item.reason


@pytest.mark.parametrize("folder", ["corpus"])
def test_identity_is_relative_to_the_ingested_folder_so_moving_it_keeps_ids(
    tmp_path: Path, folder: str
) -> None:
    first = tmp_path / "a" / folder
    (first / "2024").mkdir(parents=True)
    (first / "2024" / "page.txt").write_text(ARTICLE, encoding="utf-8")
    moved = tmp_path / "b" / "deeper" / folder
    shutil.copytree(first, moved)
    ids = [[d.identity for d in read_paths([root]) if isinstance(d, Document)] for root in (first, moved)]
    assert ids == [[f"{folder}/2024/page.txt"], [f"{folder}/2024/page.txt"]]


@pytest.mark.shared
def test_seeds_read_back_exactly(shared_dir: Path) -> None:
    docs = list(read_paths([shared_dir / "seeds"]))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.source for d in docs] == [
        f"seeds/{p.name}" for p in sorted((shared_dir / "seeds").glob("*.txt"))
    ]
    for doc in docs:
        assert isinstance(doc, Document)
        assert doc.text == (shared_dir / doc.source).read_bytes().decode("utf-8")
        assert doc.title_span is not None and doc.title_span[0] == 0
