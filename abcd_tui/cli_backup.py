"""`abcd` commands for backup and restore."""

from __future__ import annotations

import argparse


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `abcd` parser."""


COMMANDS: dict = {}
