"""Property-based API test: schemathesis sends what the OpenAPI document allows, and no answer is a 5xx.

Every operation of ``/openapi.json`` (reads, and writes with the token) runs against a small
database built from handwritten Arabic articles. Odd Unicode, huge offsets, FTS syntax, random
uploads: each must end in a 2xx or a JSON 4xx, never a server error.
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import ignored_auth, unsupported_method

from akhbar.api.facade import Akhbar
from akhbar.config import Settings
from akhbar.server.app import create_app

pytestmark = pytest.mark.slow

TOKEN = "schemathesis-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
#: no 5xx anywhere; a write that succeeds with the token fails without it or with another one; an
#: undeclared method is a 405 with its `Allow` header
CHECKS = [not_a_server_error, ignored_auth, unsupported_method]

PAGES = {
    "visit.txt": """رئيس الوزراء يزور مصنعا جديدا في الدمام

الدمام - الثلاثاء 4 أبريل 2023

زار رئيس الوزراء خالد العتيبي اليوم الثلاثاء مصنعا جديدا للألواح الشمسية في الدمام.
وقال العتيبي إن المصنع سيوفر ألف وظيفة بحلول نهاية العام.
""",
    "visit-2.txt": """العتيبي يفتتح مصنع الألواح الشمسية

الرياض - الأربعاء 5 أبريل 2023

افتتح رئيس الوزراء خالد العتيبي أمس الثلاثاء مصنعا للألواح الشمسية في الدمام بحضور وزير الطاقة.
""",
}


# The schema is the app's own OpenAPI document, which needs no database; the requests go to an app
# over a database built in a fixture (``schemathesis.pytest.from_fixture`` fails under pytest 9).
schema = schemathesis.openapi.from_dict(create_app(Settings()).openapi())


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[FastAPI, dict[str, str]]:
    """The app over a small database, and one stored id for each kind of path parameter."""
    root = tmp_path_factory.mktemp("schemathesis")
    (root / "pages").mkdir()
    for name, text in PAGES.items():
        (root / "pages" / name).write_text(text, encoding="utf-8")
    db = str(root / "api.db")
    with Akhbar.open(db) as ak:
        ak.ingest([root / "pages"])
        ids = {
            "article_id": ak.articles(limit=1)[0].id,
            "story_id": ak.stories(limit=1)[0].id,
            "entity_id": ak.entities(limit=1)[0].id,
        }
    return create_app(Settings.resolve(db=db, token=TOKEN, environ={})), ids


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_no_request_the_schema_allows_ends_in_a_server_error(
    served: tuple[FastAPI, dict[str, str]], case: schemathesis.Case
) -> None:
    app, ids = served
    # the schema came from a dict: point it, and so the requests and the auth probes, at this app
    case.operation.schema.app = case.operation.app = app
    case.call_and_validate(headers=AUTH, checks=CHECKS)
    if case.path_parameters and case.method != "DELETE":
        # random ids only meet 404s: send the same query again against a stored article, story, entity
        stored = case.derive()
        stored.path_parameters.update((name, ids[name]) for name in stored.path_parameters if name in ids)
        stored.call_and_validate(headers=AUTH, checks=CHECKS)
