from __future__ import annotations

import codecs

import pytest

from akhbar.errors import InputError
from akhbar.ingest.encoding import decode

from .conftest import ARTICLE, ENCODINGS


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8.txt", "utf-8"),
        ("utf8-bom.txt", "utf-8-sig"),
        ("utf16le-bom.txt", "utf-16-le"),
        ("utf16be-bom.txt", "utf-16-be"),
        ("utf16le.txt", "utf-16-le"),
        ("cp1256.txt", "cp1256"),
    ],
)
def test_decode_finds_each_encoding_and_drops_the_bom(name: str, encoding: str) -> None:
    assert decode(ENCODINGS[name], source=name) == (ARTICLE, encoding)


@pytest.mark.parametrize(
    "text", ["سطر أول\r\nسطر ثان\r\n", "  نص بمسافات في أوله وآخره  \n\n", "\u200fخبر عاجل"]
)
def test_decode_keeps_the_text_exactly_as_written(text: str) -> None:
    assert decode(text.encode("utf-8"), source="a.txt")[0] == text
    assert decode(text.encode("cp1256"), source="a.txt")[0] == text


@pytest.mark.parametrize("text", ["وزير الصحة يزور المستشفى", "\ufeffخبر"])
def test_forced_encoding_is_used_even_when_detection_would_differ(text: str) -> None:
    data = text.encode("cp1256", errors="ignore")
    assert decode(data, source="a.txt", forced="windows-1256") == (text.removeprefix("\ufeff"), "cp1256")


@pytest.mark.parametrize(
    ("data", "forced", "message"),
    [
        (
            "Le ministre a annoncé une réforme.".encode("latin-1"),
            None,
            "pages/x.html: not UTF-8, UTF-16 or cp1256 (bad byte at 20). "
            "Re-save it as UTF-8 or pass --encoding cp1256.",
        ),
        (
            "خبر".encode("cp1256"),
            "utf-8",
            "pages/x.html: not valid utf-8 (bad byte at 0) although --encoding utf-8",
        ),
        (b"abc", "no-such-codec", "--encoding 'no-such-codec' is not an encoding Python knows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "pages/x.html: binary data (NUL byte at 8)"),
        (b"\x01\x02\x03\x04abc\x05\x06\x07", None, "pages/x.html: binary data (mostly control characters)"),
        (
            codecs.BOM_UTF8 + b"\xff\xfe",
            None,
            "pages/x.html: starts with a UTF-8 byte-order mark but is not valid UTF-8 (bad byte at 3)",
        ),
    ],
)
def test_decode_errors_say_what_where_and_what_to_do(data: bytes, forced: str | None, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, source="pages/x.html", forced=forced)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(("declared", "text"), [("iso-8859-1", "Le ministre a annoncé une réforme.")])
def test_declared_charset_is_the_last_resort(declared: str, text: str) -> None:
    assert decode(text.encode(declared), source="a.html", declared=declared) == (text, "iso8859-1")


@pytest.mark.parametrize("text", ["قال الوزير إن الخطة جاهزة"])
def test_declared_charset_does_not_override_arabic_cp1256(text: str) -> None:
    assert decode(text.encode("cp1256"), source="a.html", declared="iso-8859-1") == (text, "cp1256")
