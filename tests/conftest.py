"""Shared fixtures. ``../shared`` material is optional: tests marked ``shared`` skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "seeds"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason="../shared is not next to this checkout")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder (seeds, gold, data)."""
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles as bundled under ``examples/seeds`` (same bytes as ``../shared/seeds``)."""
    return EXAMPLES
