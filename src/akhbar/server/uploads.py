"""Reading an upload request: ``multipart/form-data`` files, or one file sent as the raw body.

Starlette parses forms only with the python-multipart package, which akhbar does not depend on. A
multipart body is a MIME document, so the standard library's ``email`` parser reads it (the way the
``cgi`` module's removal notes point to): file parts come back byte for byte, and their names may be
plain UTF-8 (browsers, httpx) or RFC 2231 encoded (``filename*=``). The body is read up to
``MAX_UPLOAD_BYTES``; a larger one is refused with 413 before anything is parsed or stored.
"""

from __future__ import annotations

from email.errors import MessageError
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING

from akhbar.errors import InputError, TooLarge

if TYPE_CHECKING:
    from fastapi import Request

MAX_UPLOAD_BYTES = 64 * 1024 * 1024

#: What ``POST /api/ingest`` takes, for the OpenAPI document.
UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                "required": ["files"],
            }
        },
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
    },
}


async def read_upload(request: Request, filename: str | None) -> list[tuple[str, bytes]]:
    """The uploaded files as ``(name, bytes)``: every file part of a multipart body, else the body itself.

    A raw body is named ``filename`` (its suffix picks the reader; without one the content is
    sniffed). Raises ``InputError`` when there is no file and ``TooLarge`` past ``MAX_UPLOAD_BYTES``.
    """
    body = await _read_capped(request)
    content_type = request.headers.get("content-type", "")
    if content_type.lower().startswith("multipart/"):
        return multipart_files(content_type, body)
    if not body:
        raise InputError(
            "the request carries no file: send files as multipart/form-data fields named `files`, "
            "or one file as the request body with ?filename=NAME.jsonl"
        )
    return [(filename or "upload", body)]


async def _read_capped(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large() -> TooLarge:
    return TooLarge(
        f"the upload is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MiB; split it into several "
        "requests, or copy the files to the server and run `akhbar ingest` there"
    )


def multipart_files(content_type: str, body: bytes) -> list[tuple[str, bytes]]:
    """The file parts of a ``multipart/form-data`` body as ``(file name, bytes)``, in order.

    Parts without a file name (plain form fields) are skipped; ``InputError`` when no file part is left.
    """
    header = b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
    try:
        files = _file_parts(BytesParser(policy=HTTP).parsebytes(header + body))
    except (MessageError, LookupError, ValueError) as exc:
        # the email package parses headers lazily and a malformed one can raise (an IndexError on
        # a Content-Type ending in "; ", for one): that is a bad request, not a server fault
        raise InputError(
            f"the multipart body cannot be read ({type(exc).__name__}); send each file as a `files` "
            "field of a well-formed multipart/form-data body (curl -F files=@news.jsonl …)"
        ) from None
    if not files:
        raise InputError(
            "the multipart body has no file part: send each file as a `files` field with a file name "
            "(curl -F files=@news.jsonl …)"
        )
    return files


def _file_parts(message: object) -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    if isinstance(message, EmailMessage) and message.is_multipart():
        for part in message.iter_parts():
            name = part.get_filename()
            payload = part.get_payload(decode=True)
            if name is not None and isinstance(payload, bytes):
                files.append((_readable(name), payload))
    return files


def _readable(name: str) -> str:
    """A file name sent as raw UTF-8 bytes comes back from ``email`` with surrogate escapes; decode it."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
