"""Every CLI command is documented in docs/cli.md and has help text (sqlite-utils' test_docs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from akhbar.cli import app

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    assert f"`akhbar {name}" in DOCS


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help and len(command.help) > 20
