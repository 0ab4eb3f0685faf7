"""Strength of a tie (`strength.{Strength}`).

Every `strength.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "strength.weak": {"nl": "zwak", "en": "weak"},
    "strength.strong": {"nl": "sterk", "en": "strong"},
}
