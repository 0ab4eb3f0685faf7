"""Messages of backups, restore, file permissions and staging folders (issue 11), Dutch and English."""

MESSAGES_BACKUP: dict[str, dict[str, str]] = {}
