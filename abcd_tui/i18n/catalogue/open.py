"""Open to introductions (`open.{Openness}`).

Every `open.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "open.yes": {"nl": "ja", "en": "yes"},
    "open.not_now": {"nl": "nu niet", "en": "not now"},
    "open.no": {"nl": "nee", "en": "no"},
    "open.unknown": {"nl": "onbekend", "en": "unknown"},
}
