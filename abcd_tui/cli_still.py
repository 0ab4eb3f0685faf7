"""`abcd` commands for the list for the next walk (still to ask)."""

from __future__ import annotations

import argparse


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `abcd` parser."""


COMMANDS: dict = {}
