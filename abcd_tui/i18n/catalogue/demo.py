"""`abcd demo`: the demonstration neighbourhood.

Every `demo.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Demo
    "demo.not_empty": {
        "nl": "{path} bevat al {residents} bewoners; een demo maak je in een nieuw bestand: "
        "abcd --db data/demo.db demo",
        "en": "{path} already holds {residents} residents; make a demo in a new file: "
        "abcd --db data/demo.db demo",
    },
    "demo.bad_size": {
        "nl": "--size moet tussen 10 en 1000000 liggen",
        "en": "--size must be between 10 and 1000000",
    },
    "demo.made": {
        "nl": "Demo gemaakt in {path}: {residents} bewoners in {villages} dorp(en) met {neighbourhoods} wijken, "
        "{groups} groepen, {ties} banden ({seconds} s)",
        "en": "Demo made in {path}: {residents} residents in {villages} village(s) with {neighbourhoods} neighbourhoods, "
        "{groups} groups, {ties} ties ({seconds} s)",
    },
}
