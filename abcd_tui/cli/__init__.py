"""The `abcd` command line: thin commands that parse, call one function of the layers
below through the `Register`, and print (`output`). `main` is the entry point."""

from abcd_tui.cli.main import main

__all__ = ["main"]
