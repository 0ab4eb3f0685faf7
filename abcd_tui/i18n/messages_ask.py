"""Messages of walks that last and the printable list for the next walk (issue 12),
Dutch and English."""

MESSAGES_ASK: dict[str, dict[str, str]] = {
    "walks.unknown": {
        "nl": "Geen wandeling '{walk}' in het register",
        "en": "No walk '{walk}' in the register",
    },
}
