"""Messages of showing hostile text literally (issue 11), Dutch and English."""

MESSAGES_TEXT: dict[str, dict[str, str]] = {}
