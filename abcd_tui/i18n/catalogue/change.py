"""One change in the undo history, as the app says it after ctrl+z / ctrl+y.

Every `change.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Changes, as undo and redo name them
    "change.resident_added": {"nl": "{name} toegevoegd", "en": "{name} added"},
    "change.resident_changed": {"nl": "{name} gewijzigd", "en": "{name} changed"},
    "change.resident_deleted": {"nl": "{name} verwijderd", "en": "{name} deleted"},
    "change.group_added": {"nl": "{name} toegevoegd", "en": "{name} added"},
    "change.group_changed": {"nl": "{name} gewijzigd", "en": "{name} changed"},
    "change.group_deleted": {"nl": "{name} verwijderd", "en": "{name} deleted"},
    "change.tie_added": {
        "nl": "band tussen {a} en {b} gelegd",
        "en": "tie between {a} and {b} added",
    },
    "change.tie_removed": {
        "nl": "band tussen {a} en {b} weggehaald",
        "en": "tie between {a} and {b} removed",
    },
    "change.declined": {
        "nl": "kennismaking van {a} met {b} afgeslagen",
        "en": "introduction of {a} to {b} declined",
    },
    "change.met": {"nl": "{name} ontmoet", "en": "met {name}"},
    "change.undone": {"nl": "Ongedaan gemaakt: {what}", "en": "Undone: {what}"},
    "change.redone": {"nl": "Opnieuw gedaan: {what}", "en": "Redone: {what}"},
    "change.nothing_to_undo": {"nl": "Niets om ongedaan te maken", "en": "Nothing to undo"},
    "change.nothing_to_redo": {"nl": "Niets om opnieuw te doen", "en": "Nothing to redo"},
}
