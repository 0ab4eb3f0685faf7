"""abcd-tui: map the assets of a neighbourhood the ABCD way, in the terminal."""

__version__ = "0.1.0"
