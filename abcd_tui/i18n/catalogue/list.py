"""`abcd list`: its own refusals.

Every `list.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "list.kind_for_people": {
        "nl": "--kind is voor groepen en banden; kies bewoners per wijk met --neighbourhood",
        "en": "--kind is for groups and ties; choose people by neighbourhood with --neighbourhood",
    },
}
