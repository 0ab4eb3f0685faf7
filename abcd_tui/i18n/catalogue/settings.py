"""The settings screen: language, theme, database.

Every `settings.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "settings.language": {"nl": "Taal", "en": "Language"},
    "settings.language_next_start": {
        "nl": "De taal geldt vanaf de volgende start (of kies met: abcd --lang en)",
        "en": "The language applies from the next start (or choose with: abcd --lang nl)",
    },
    "settings.theme": {"nl": "Thema", "en": "Theme"},
    "settings.database": {"nl": "Database", "en": "Database"},
    "settings.saved_in": {"nl": "Bewaard in {path}", "en": "Saved in {path}"},
}
