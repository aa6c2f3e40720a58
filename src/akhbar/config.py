"""Settings, resolved once at the edge: defaults ← ``AKHBAR_*`` environment ← command-line flags.

Nothing reads the environment below this module; the resolved ``Settings`` is passed down so tests
never need to patch globals.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from akhbar.errors import ConfigError

DEFAULT_DB = "akhbar.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run of akhbar needs to know about its surroundings."""

    db_url: str = f"sqlite:///{DEFAULT_DB}"
    token: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    cache_mb: int = 64  # the server's response cache per process (AKHBAR_CACHE_MB; 0 turns it off)
    # a file the server's worker processes share rendered responses through (AKHBAR_SHARED_CACHE;
    # `akhbar serve --workers N` makes one for its run)
    shared_cache: str | None = None

    @classmethod
    def resolve(
        cls,
        *,
        db: str | None = None,
        token: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Flags win over ``AKHBAR_*`` variables, which win over defaults."""
        env = os.environ if environ is None else environ
        settings = cls()
        db_value = db or env.get("AKHBAR_DB")
        if db_value:
            settings = replace(settings, db_url=db_to_url(db_value))
        tok = token or env.get("AKHBAR_TOKEN")
        if tok:
            settings = replace(settings, token=tok)
        port = env.get("AKHBAR_PORT")
        if port:
            if not port.isdigit():
                raise ConfigError(f"AKHBAR_PORT={port!r} is not a port number; set it to e.g. 8000")
            settings = replace(settings, port=int(port))
        cache = env.get("AKHBAR_CACHE_MB")
        if cache:
            if not cache.isdigit():
                raise ConfigError(f"AKHBAR_CACHE_MB={cache!r} is not a size in MiB; set it to e.g. 64, or 0")
            settings = replace(settings, cache_mb=int(cache))
        shared = env.get("AKHBAR_SHARED_CACHE")
        if shared:
            settings = replace(settings, shared_cache=shared)
        return settings


def db_to_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path for SQLite.

    >>> db_to_url("news.db")
    'sqlite:///news.db'
    >>> db_to_url("postgresql://u@localhost/akhbar")
    'postgresql+psycopg://u@localhost/akhbar'
    >>> db_to_url(":memory:")
    'sqlite://'
    """
    if value == ":memory:":
        return "sqlite://"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    if not value.strip():
        raise ConfigError("--db is empty; give a file path such as news.db or a URL such as postgresql://…")
    return f"sqlite:///{Path(value)}"
