"""The documentation keeps up with the CLI: every command and option is described in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from eventwire.cli import main

CLI_DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _commands() -> list[tuple[str, click.Command]]:
    return sorted(main.commands.items())


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_docs_cli_describes_every_command(name):
    assert f"## eventwire {name}" in CLI_DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name, option",
    [
        (name, option)
        for name, command in _commands()
        for parameter in command.params
        if isinstance(parameter, click.Option)
        for option in parameter.opts
    ],
)
def test_docs_cli_describes_every_option(name, option):
    text = CLI_DOC.read_text(encoding="utf-8")
    section = text.split(f"## eventwire {name}", 1)[1].split("\n## ", 1)[0]
    assert f"`{option}" in section, f"{option} of 'eventwire {name}' is not in docs/cli.md"
