"""`abcd demo`: the demonstration neighbourhood.

Every `demo.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Demo
    "demo.not_empty": {
        "nl": "{path} bevat al {residents:?bewoner|bewoners}; een demo maak je in een nieuw bestand: "
        "abcd --db data/demo.db demo",
        "en": "{path} already holds {residents:?resident|residents}; make a demo in a new file: "
        "abcd --db data/demo.db demo",
    },
    "demo.bad_size": {
        "nl": "--size moet tussen 10 en 1000000 liggen",
        "en": "--size must be between 10 and 1000000",
    },
    "demo.made": {
        "nl": "Demo gemaakt in {path}: {residents:?bewoner|bewoners} in {villages:?dorp|dorpen} met {neighbourhoods:?wijk|wijken}, "
        "{groups:?groep|groepen}, {ties:?band|banden} ({seconds} s)",
        "en": "Demo made in {path}: {residents:?resident|residents} in {villages:?village|villages} with {neighbourhoods:?neighbourhood|neighbourhoods}, "
        "{groups:?group|groups}, {ties:?tie|ties} ({seconds} s)",
    },
}
