"""Restoring a backup (`abcd restore`): every reason it refuses, and what it did.

Every `restore.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Restoring (store.backup.restore)
    "restore.missing": {
        "nl": "{path} bestaat niet (of is geen bestand).",
        "en": "{path} does not exist (or is not a file).",
    },
    "restore.not_sqlite": {
        "nl": "{path} is geen database van abcd (het is zelfs geen SQLite-bestand). Er is "
        "niets teruggezet.",
        "en": "{path} is not an abcd database (it is not even an SQLite file). Nothing was "
        "restored.",
    },
    "restore.not_ours": {
        "nl": "{path} is een SQLite-database, maar niet van abcd. Er is niets teruggezet.",
        "en": "{path} is an SQLite database, but not one of abcd. Nothing was restored.",
    },
    "restore.too_new": {
        "nl": "{path} is gemaakt door een nieuwere versie van abcd (schema {found}; deze "
        "versie kent tot {known}). Werk abcd bij. Er is niets teruggezet.",
        "en": "{path} was made by a newer release of abcd (schema {found}; this one knows up "
        "to {known}). Upgrade abcd. Nothing was restored.",
    },
    "restore.damaged": {
        "nl": "{path} is beschadigd en kan niet worden teruggezet. Kies een andere "
        "reservekopie (abcd backups). Er is niets teruggezet.",
        "en": "{path} is damaged and cannot be restored. Choose another backup "
        "(abcd backups). Nothing was restored.",
    },
    "restore.same_file": {
        "nl": "{path} is het register zelf; kies een reservekopie (abcd backups).",
        "en": "{path} is the register itself; choose a backup (abcd backups).",
    },
    "restore.failed": {
        "nl": "Terugzetten in {path} is mislukt ({reason}); het register is zoals het was.",
        "en": "Restoring into {path} failed ({reason}); the register is as it was.",
    },
    "restore.done": {
        "nl": "{restored} is teruggezet ({residents:?bewoner|bewoners}). De toestand van daarvoor staat "
        "in {before}.",
        "en": "{restored} was restored ({residents:?resident|residents}). The state before is kept in "
        "{before}.",
    },
    "restore.forgotten_again": {
        "nl": "Wie hier na die kopie is vergeten, staat er niet weer in: "
        "{count:?bewoner|bewoners} opnieuw vergeten.",
        "en": "Whoever was forgotten here after that copy was made is not back: "
        "{count:?resident|residents} forgotten again.",
    },
}
