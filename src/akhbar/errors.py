"""Every error a user can meet is an ``AkhbarError``.

Subclasses also inherit the matching builtin (``InputError`` is a ``ValueError``) so callers that
already catch builtins keep working. Each class carries the CLI exit code and the HTTP status that the
interfaces use; only ``cli`` turns an error into an exit code and only ``server`` into a JSON response.
A message says what happened, where, and what to do, in that order.
"""

from __future__ import annotations


class AkhbarError(Exception):
    """Base of every error akhbar raises on purpose."""

    exit_code = 1
    http_status = 500


class InputError(AkhbarError, ValueError):
    """An input (file, record, option value) cannot be used as given."""

    exit_code = 2
    http_status = 400


class NotFound(AkhbarError, LookupError):
    """An article, story or entity id that the database does not hold."""

    exit_code = 3
    http_status = 404


class SpanError(AkhbarError, ValueError):
    """A span that does not fit the text it points into."""

    exit_code = 1
    http_status = 500


class StoreError(AkhbarError, RuntimeError):
    """The database cannot be opened, read or written."""

    exit_code = 4
    http_status = 503


class ConfigError(AkhbarError, ValueError):
    """A setting (option, ``AKHBAR_*`` variable) has a value akhbar cannot use."""

    exit_code = 2
    http_status = 500


class AuthError(AkhbarError, PermissionError):
    """A write request without the right token."""

    exit_code = 5
    http_status = 401


class Forbidden(AkhbarError, PermissionError):
    """A request the server is not set up to allow (a write when no token is configured)."""

    exit_code = 5
    http_status = 403


class TooLarge(InputError):
    """An input over a size limit (an upload larger than the server accepts)."""

    http_status = 413
