"""Messages of the printable list for the next walk (issue 12), Dutch and English."""

MESSAGES_ASK: dict[str, dict[str, str]] = {}
