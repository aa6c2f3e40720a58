from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.readers import READERS, ReadOptions, read_paths, reader_for

from .conftest import BAD_INPUTS

if TYPE_CHECKING:
    from collections.abc import Iterator


def test_folder_of_bad_inputs_yields_a_reason_for_each_and_never_raises(bad_dir: Path) -> None:
    items = list(read_paths([bad_dir]))
    rejected: dict[str, str] = {}
    for item in items:
        if isinstance(item, Rejected):
            name = item.source.split("#")[0].removeprefix(f"{bad_dir.name}/")
            rejected[name] = f"{rejected.get(name, '')} | {item.reason}"
    for name, words in BAD_INPUTS.items():
        assert words in rejected[name], name
    docs = [d.source.removeprefix(f"{bad_dir.name}/") for d in items if isinstance(d, Document)]
    assert "good.txt" in docs
    assert not any(s.startswith((".hidden", "README")) for s in [*docs, *rejected])


def test_good_files_still_read_after_bad_ones(formats_dir: Path, bad_dir: Path) -> None:
    items = list(read_paths([bad_dir, Path("/no/such/place"), formats_dir]))
    assert Rejected("/no/such/place", "no such file or folder; check the path") in items
    assert (
        sum(1 for i in items if isinstance(i, Document) and i.source.startswith(f"{formats_dir.name}/")) >= 12
    )


def test_huge_file_in_a_folder_is_rejected_with_the_option_to_change(huge_file: Path) -> None:
    [item] = read_paths([huge_file.parent])
    assert isinstance(item, Rejected) and "--max-bytes" in item.reason


def test_a_reader_that_fails_becomes_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
        yield Document(source="a.boom#1", text="نص", identity="a.boom#1")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(READERS, ".boom", boom)
    (tmp_path / "a.boom").write_text("x", encoding="utf-8")
    items = list(read_paths([tmp_path / "a.boom"]))
    assert items[1] == Rejected("a.boom", "could not be read (RuntimeError: disk on fire)")


@pytest.mark.parametrize(
    ("name", "content", "reader"),
    [
        ("page", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "read_html"),
        ("dump", b'{"content": "x"}\n', "read_jsonl"),
        ("feed.dat", b'<?xml version="1.0"?><rss version="2.0"></rss>', "read_feed"),
        ("crawl.bin", b"WARC/1.0\r\n", "read_warc"),
        ("list", b"# pages\nhttps://a.example/1\n", "read_urls"),
        ("notes", "خبر قصير".encode(), "read_text"),
        ("x.warc.gz", b"", "read_warc"),
        ("x.urls.txt", b"", "read_urls"),
    ],
)
def test_reader_by_longest_suffix_else_by_content(
    tmp_path: Path, name: str, content: bytes, reader: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    found = reader_for(path)
    assert found is not None and found.__name__ == reader  # type: ignore[attr-defined]
