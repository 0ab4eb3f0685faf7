"""argparse's own words ("usage:", "options", "the following arguments are required")
in the user's language.

argparse asks gettext for each of them, through the names `_` and `ngettext` it took
from the gettext module at import. While `abcd` builds and runs its parser, those two
are a translation of ours (`ArgparseWords`, a `gettext.NullTranslations` that looks the
words up with `t()`); afterwards argparse has its own back, so no other program's
parser in the same process (pytest's, say) is touched. A word argparse adds in a newer
Python, or one only a programmer sees ("conflicting option string"), stays English.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator
from contextlib import contextmanager

from abcd_tui.i18n import t

# argparse's message ids (Python 3.11-3.13) and ours for them.
WORDS = {
    "usage: ": "cli.argparse_usage",
    "positional arguments": "cli.argparse_positional",
    "options": "cli.argparse_options",
    "subcommands": "cli.commands",
    "show this help message and exit": "cli.argparse_help",
    "%(prog)s: error: %(message)s\n": "cli.argparse_error",
    "argument %(argument_name)s: %(message)s": "cli.argparse_argument",
    "the following arguments are required: %s": "cli.argparse_required",
    "one of the arguments %s is required": "cli.argparse_one_required",
    "unrecognized arguments: %s": "cli.argparse_unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse_invalid_choice",
    "invalid %(type)s value: %(value)r": "cli.argparse_invalid_value",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli.argparse_unknown_command",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse_ambiguous",
    "expected one argument": "cli.argparse_expected_one",
    "expected at most one argument": "cli.argparse_expected_at_most_one",
    "expected at least one argument": "cli.argparse_expected_at_least_one",
    "not allowed with argument %s": "cli.argparse_not_allowed_with",
    "ignored explicit argument %r": "cli.argparse_ignored",
    "unexpected option string: %s": "cli.argparse_unexpected_option",
    "can't open '%(filename)s': %(error)s": "cli.argparse_cannot_open",
}
# ngettext's (singular, plural) and ours for each form.
PLURAL_WORDS = {
    ("expected %s argument", "expected %s arguments"): (
        "cli.argparse_expected_n_one",
        "cli.argparse_expected_n",
    ),
}


class ArgparseWords(gettext.NullTranslations):
    """argparse's words through `t()`, in the language `abcd` speaks now."""

    def gettext(self, message: str) -> str:
        code = WORDS.get(message)
        return t(code) if code else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        codes = PLURAL_WORDS.get((msgid1, msgid2))
        if codes is None:
            return msgid1 if n == 1 else msgid2
        return t(codes[0] if n == 1 else codes[1])


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse says its words in the current language inside the block: build the
    parser and parse in it (it reads some words when a parser is made, the rest when it
    prints help or an error)."""
    words = ArgparseWords()
    names = vars(argparse)  # the module's own namespace, where argparse looks `_` up
    before = names["_"], names["ngettext"]
    names["_"], names["ngettext"] = words.gettext, words.ngettext
    try:
        yield
    finally:
        names["_"], names["ngettext"] = before
