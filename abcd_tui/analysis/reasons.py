"""Reasons: why an entry is on a list, as a message code and its parameters.

The analysis speaks no language: a `Reason` is looked up in the message catalogue at
the edge (`reason.<code>` in abcd_tui/i18n/messages_analysis.py), as domain problems
are. A parameter that is itself a word to translate (a tie kind, a group kind) is a
`Term` holding its message code.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    """A parameter value that is a message code (e.g. 'tie.friend'), not literal text."""

    code: str


@dataclass(frozen=True)
class Reason:
    """One plain-language reason: `reason.<code>` filled with `params`."""

    code: str
    params: dict[str, str | int | Term] = field(default_factory=dict)


def name_list(names: list[str], shown: int = 4) -> tuple[str, int]:
    """The first `shown` names joined with commas, and how many more there are."""
    return ", ".join(names[:shown]), max(0, len(names) - shown)
