"""Messages of k-anonymous pseudonymised exports (issue 11), Dutch and English."""

MESSAGES_KANON: dict[str, dict[str, str]] = {}
