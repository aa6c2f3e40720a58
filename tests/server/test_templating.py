"""The templates' environment reads dict items first, with the same results as Jinja's own lookup."""

from __future__ import annotations

import jinja2
import pytest

from akhbar.server.templating import PlainDictEnvironment

ENTITY = {"name": "سيرغي لافروف", "type": "PERS", "items": "عنصر"}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ e.name }}", "سيرغي لافروف"),  # an item
        ("{{ e.missing or 'غير معروف' }}", "غير معروف"),  # no such item: undefined
        ("{{ e.items()|length }}", "3"),  # a dict method stays a method, as in Jinja
        ("{{ e['items'] }}", "عنصر"),
        ("{{ types.get('PERS') }}", "شخص"),
    ],
)
def test_dict_lookups_match_jinjas_own(source: str, expected: str) -> None:
    context = {"e": ENTITY, "types": {"PERS": "شخص"}}
    ours = PlainDictEnvironment(autoescape=True).from_string(source).render(context)
    assert ours == jinja2.Environment(autoescape=True).from_string(source).render(context) == expected
