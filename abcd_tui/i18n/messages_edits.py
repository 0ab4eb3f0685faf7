"""Messages of concurrent edits, optimistic saves and safe undo (issue 11), Dutch and English."""

MESSAGES_EDITS: dict[str, dict[str, str]] = {}
