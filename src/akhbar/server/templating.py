"""The Jinja environment of the web UI's templates.

Templates receive plain dicts (``to_dict()``), and Jinja reads ``story.title`` as an attribute first:
on a dict that raises ``AttributeError`` before the key is tried, about a microsecond each time, and a
story page of 60 articles does over a thousand such lookups. For a plain dict, every name that is not
one of the dict type's own attributes can only be an item, so it is looked up as one first: the same
value or the same undefined, without the exception. ``types.items()`` still finds the method.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

_DICT_ATTRIBUTES = frozenset(dir(dict))


class PlainDictEnvironment(jinja2.Environment):
    """A ``jinja2.Environment`` whose ``x.name`` on a plain dict reads the item without raising first."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def template_environment(folder: Path) -> PlainDictEnvironment:
    """The environment for the templates in ``folder``, autoescaped as Starlette's default is."""
    return PlainDictEnvironment(loader=jinja2.FileSystemLoader(folder), autoescape=jinja2.select_autoescape())
