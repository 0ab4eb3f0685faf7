"""The one base for errors a user can act on.

Each carries a message code and its parameters; the CLI and the app look the code up in
the message catalogue, so the wording lives in one place and in two languages.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad file, a busy or newer database, a typo."""

    code = "error.unknown"

    def __init__(self, code: str | None = None, **params: object):
        self.code = code or self.code
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(f"{self.code} {self.params}")
