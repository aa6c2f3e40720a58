"""Bytes to the reference text: the encoding of an input, found without guessing wildly.

Arabic news pages come as UTF-8 (most), UTF-8 with a BOM (Windows editors), UTF-16 (Word's "Unicode
text" export) and Windows-1256 (older Gulf and Egyptian sites). ``decode`` tries exactly those, in an
order where an earlier success cannot be a misreading of a later one:

1. ``forced`` (``--encoding``) when given, strictly;
2. a byte-order mark (UTF-8, UTF-16 LE/BE); the BOM is dropped, it is not text;
3. UTF-16 without a BOM, recognised by NUL bytes sitting on one parity only;
4. strict UTF-8 (cp1256 text almost never passes it by accident);
5. cp1256 when the decoded letters are mostly Arabic (Latin-1 text decoded as cp1256 is not);
6. ``declared`` (an HTML ``charset`` or HTTP header) as a last resort, since such labels are often wrong.

Anything else raises ``InputError`` naming the first bad byte. NUL bytes outside UTF-16 and a high
share of control characters mean the input is binary, which is also an ``InputError``. The decoded
text is returned whole: no strip, no Unicode normalisation, no newline rewriting.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING, BinaryIO

from akhbar.errors import InputError
from akhbar.ingest.document import Rejected

if TYPE_CHECKING:
    from pathlib import Path

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
#: Control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = frozenset(chr(c) for c in (*range(0x09), 0x0E, *range(0x0F, 0x20), 0x7F))
_SAMPLE = 64 * 1024
#: Share of NUL bytes that must sit on one parity for data without a BOM to be read as UTF-16.
_UTF16_PARITY = 0.95
#: Share of Arabic letters among all letters for a cp1256 reading to be believed.
_ARABIC_SHARE = 0.5
#: Share of control characters above which decoded data is taken for binary.
_CONTROL_SHARE = 0.05


def decode(
    data: bytes, *, source: str, forced: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """Decode ``data`` to the reference text and name the encoding used.

    Returns ``(text, encoding)`` with ``encoding`` one of ``utf-8``, ``utf-8-sig``, ``utf-16-le``,
    ``utf-16-be``, ``cp1256``, the forced or the declared codec. Raises ``InputError`` (message
    prefixed with ``source``) for binary data or bytes that no candidate decodes.

    >>> decode("خبر".encode("cp1256"), source="a.txt")
    ('خبر', 'cp1256')
    >>> decode(codecs.BOM_UTF8 + "خبر".encode(), source="a.txt")
    ('خبر', 'utf-8-sig')
    """
    if forced:
        return _decode_forced(data, source, forced)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, len(bom), codec, source), name, source)
    if b"\x00" in data:
        return _decode_utf16(data, source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError as exc:
        bad = exc.start
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _looks_arabic(text):
        return _checked(text, "cp1256", source)
    if declared and _known(declared) and codecs.lookup(declared).name not in ("utf-8", "cp1256"):
        try:
            return _checked(data.decode(declared), codecs.lookup(declared).name, source)
        except UnicodeDecodeError:
            pass
    raise InputError(
        f"{source}: not UTF-8, UTF-16 or cp1256 (bad byte at {bad}). "
        "Re-save it as UTF-8 or pass --encoding cp1256."
    )


def too_large(size: int, limit: int) -> str:
    """The rejection reason for one document over ``--max-bytes``."""
    return f"{size:,} bytes is more than --max-bytes {limit:,}; split the input or pass a larger --max-bytes"


def read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    """Read a whole stream, or return ``None`` as soon as it holds more than ``limit`` bytes."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_capped(path: Path, source: str, limit: int, *, advice: str = "") -> bytes | Rejected:
    """The bytes of a whole file, or its ``Rejected`` (with ``advice`` appended) when over ``limit``."""
    with path.open("rb") as stream:
        data = read_limited(stream, limit)
    if data is None:
        return Rejected(source, too_large(path.stat().st_size, limit) + advice)
    return data


def _decode_forced(data: bytes, source: str, forced: str) -> tuple[str, str]:
    if not _known(forced):
        raise InputError(
            f"--encoding {forced!r} is not an encoding Python knows; use e.g. utf-8, cp1256 or utf-16"
        )
    name = codecs.lookup(forced).name
    codec = "utf-8-sig" if name == "utf-8" else name
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid {forced} (bad byte at {exc.start}) although --encoding {forced} was "
            "given. Leave --encoding out to detect the encoding, or re-save the file."
        ) from None
    return _checked(text.removeprefix("\ufeff"), name, source)


def _decode_utf16(data: bytes, source: str) -> tuple[str, str]:
    """UTF-16 without a BOM: NULs are the high bytes of ASCII characters, all on one side."""
    sample = data[:_SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    total = even + odd
    codec = ""
    if len(data) % 2 == 0 and total:
        if odd / total >= _UTF16_PARITY:
            codec = "utf-16-le"
        elif even / total >= _UTF16_PARITY:
            codec = "utf-16-be"
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if not _binary(text):
                return text, codec
    raise InputError(
        f"{source}: binary data (NUL byte at {data.index(0)}), not text; akhbar reads text files"
    )


def _strict(data: bytes, skip: int, codec: str, source: str) -> str:
    """Decode what follows a byte-order mark; the BOM promised ``codec``, so no other is tried."""
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        label = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
        raise InputError(
            f"{source}: starts with a {label} byte-order mark but is not valid {label} (bad byte at "
            f"{exc.start + skip}). Re-save it as UTF-8 or pass --encoding."
        ) from None


def _checked(text: str, codec: str, source: str) -> tuple[str, str]:
    if _binary(text):
        raise InputError(
            f"{source}: binary data (mostly control characters), not text; akhbar reads text files"
        )
    return text, codec


def _binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch in _CONTROL)
    return controls / len(sample) > _CONTROL_SHARE


def _looks_arabic(text: str) -> bool:
    sample = text[:_SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return arabic / len(letters) >= _ARABIC_SHARE


def _known(codec: str) -> bool:
    try:
        codecs.lookup(codec)
    except LookupError:
        return False
    return True
