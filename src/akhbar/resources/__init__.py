"""Small data files shipped with the package: cue lists, gazetteers, trained model files.

Lists are plain UTF-8 text, one entry a line, ``#`` starting a comment, so linguists can review them
without reading Python. Loaders are cached: the files never change while a process runs.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """The file ``name`` (``"cues/speech_verbs.txt"``) inside the package's resources folder."""
    return Path(str(resources.files("akhbar.resources").joinpath(name)))


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of a resource list, stripped, in file order.

    >>> read_lines("cues/agencies.txt")[1]
    'نوفوستي | ريا نوفوستي | RIA Novosti'
    """
    lines = path(name).read_text(encoding="utf-8").splitlines()
    return tuple(s for s in (line.split("#", 1)[0].strip() for line in lines) if s)


@cache
def read_variants(name: str) -> tuple[tuple[str, ...], ...]:
    """A list whose lines are ``canonical | variant | variant``: each line as a tuple, canonical first.

    >>> read_variants("cues/agencies.txt")[0][:2]
    ('سبوتنيك', 'سبوتنك')
    """
    return tuple(tuple(part.strip() for part in line.split("|") if part.strip()) for line in read_lines(name))
