"""Messages that cross screens."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class RegisterChanged(Message):
    """The register was written (a save, an undo, a redo): views reload what they show."""
