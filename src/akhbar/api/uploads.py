"""Uploaded files (name, bytes) written to a folder so ``Akhbar.ingest`` reads them like any other input.

Each upload is saved under a safe version of its own file name: the name is the article ``source``
and, for documents without a URL, their identity, so uploading the same file twice adds nothing.
Only the last path component is kept, characters other than letters, digits, ``.``, ``-`` and ``_``
become ``_``, and a repeated name gets a counter. A URL list is refused: ingesting it would make the
server fetch whatever addresses a client sent (use ``akhbar ingest`` for URL lists).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath

from akhbar.ingest.document import Rejected
from akhbar.ingest.readers import reader_for
from akhbar.ingest.urls import read_urls

_UNSAFE = re.compile(r"[^\w.\-]+")
_MAX_NAME = 120


def safe_name(name: str, index: int) -> str:
    """A file name that stays inside the upload folder and is valid on any file system.

    >>> safe_name("../../etc/passwd", 0), safe_name("C:\\\\news\\\\خبر عاجل.txt", 1), safe_name("..", 2)
    ('passwd', 'خبر_عاجل.txt', 'upload-3')
    """
    base = PureWindowsPath(PurePosixPath(name).name).name
    cleaned = _UNSAFE.sub("_", base).strip("._")[-_MAX_NAME:]
    return cleaned or f"upload-{index + 1}"


def save_uploads(files: Sequence[tuple[str, bytes]], folder: Path) -> tuple[list[Path], list[Rejected]]:
    """Write ``files`` into ``folder``; return the paths to ingest and the uploads refused with a reason."""
    paths: list[Path] = []
    refused: list[Rejected] = []
    taken: set[str] = set()
    for index, (name, data) in enumerate(files):
        base = safe_name(name, index)
        unique, counter = base, 1
        while unique.lower() in taken:
            counter += 1
            unique = f"{counter}-{base}"
        taken.add(unique.lower())
        path = folder / unique
        path.write_bytes(data)
        if reader_for(path) is read_urls:
            refused.append(
                Rejected(
                    unique,
                    "a URL list is not accepted over the API (the server would fetch the addresses); "
                    "ingest it with `akhbar ingest FILE` on the server",
                )
            )
            path.unlink()
        else:
            paths.append(path)
    return paths, refused
