"""Every CLI command, sub-commands included, is documented in docs/cli.md and has help (sqlite-utils' test_docs.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main

from akhbar.cli import app

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")


def _walk(group: Any, prefix: str = "") -> dict[str, Any]:
    """Every command by its full name (``eval ner``), groups (``eval``) included.

    Typer builds its commands on its own copy of click, so a group is recognised by its ``commands``.
    """
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        found[full] = command
        if hasattr(command, "commands"):
            found |= _walk(command, f"{full} ")
    return found


COMMANDS = _walk(typer.main.get_command(app))


def test_sub_commands_are_seen() -> None:
    assert {"eval ner", "eval extract", "train ner"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_documented(name: str) -> None:
    assert f"`akhbar {name}" in DOCS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name: str) -> None:
    command = COMMANDS[name]
    assert command.help and len(command.help) > 20


@pytest.mark.parametrize("option", ["--db", "--encoding", "--max-bytes"])
def test_a_shared_option_says_the_same_on_every_command(option: str) -> None:
    # ``demo`` has its own database, created for it
    helps = {
        name: param.help
        for name, command in COMMANDS.items()
        if name != "demo"
        for param in getattr(command, "params", ())
        if option in param.opts
    }
    assert len(helps) >= 2
    assert len(set(helps.values())) == 1, helps
