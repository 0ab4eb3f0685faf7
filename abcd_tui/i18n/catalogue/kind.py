"""Kinds of group (`kind.{GroupKind}`).

Every `kind.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Values shown to people
    "kind.association": {"nl": "vereniging", "en": "association"},
    "kind.institution": {"nl": "instelling", "en": "institution"},
    "kind.place": {"nl": "plek", "en": "place"},
    "kind.business": {"nl": "ondernemer", "en": "business"},
}
