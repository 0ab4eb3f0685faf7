"""Messages of bad files, full disks and damaged databases (issue 11), Dutch and English."""

MESSAGES_INPUT: dict[str, dict[str, str]] = {
    # Many problems: the first ones in full, the rest counted by kind
    "input.problems_by_kind": {
        "nl": "Hierboven de eerste {shown}; alle {count} problemen per soort:",
        "en": "Above, the first {shown}; all {count} problems by kind:",
    },
    "input.col_example": {"nl": "Eerste voorbeeld", "en": "First example"},
    "input.col_count": {"nl": "Aantal", "en": "Count"},
}
