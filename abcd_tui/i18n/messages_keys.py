"""Messages of keys that stay in fields, the tie dialog (issue 12), Dutch and English."""

MESSAGES_KEYS: dict[str, dict[str, str]] = {}
