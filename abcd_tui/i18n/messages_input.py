"""Messages of bad files, full disks and damaged databases (issue 11), Dutch and English."""

MESSAGES_INPUT: dict[str, dict[str, str]] = {}
