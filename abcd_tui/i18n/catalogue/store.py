"""The register on disk: opening, creating, upgrading, a busy, full or damaged database.

Every `store.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Store
    "store.not_a_database": {
        "nl": "{path} is geen abcd-database (geen SQLite-bestand). Kies een ander bestand met --db",
        "en": "{path} is not an abcd database (not an SQLite file). Choose another file with --db",
    },
    "store.foreign_database": {
        "nl": "{path} is een SQLite-bestand van een ander programma; kies een ander bestand met --db",
        "en": "{path} is an SQLite file of another program; choose another file with --db",
    },
    "store.is_directory": {
        "nl": "{path} is een map; geef een bestandsnaam, bijvoorbeeld {path}/abcd.db",
        "en": "{path} is a folder; give a file name, for example {path}/abcd.db",
    },
    "store.missing": {
        "nl": "{path} bestaat niet. Maak een demo met 'abcd demo' of importeer met 'abcd import'",
        "en": "{path} does not exist. Make a demo with 'abcd demo' or import with 'abcd import'",
    },
    "store.cannot_create": {
        "nl": "kan {path} niet aanmaken ({reason})",
        "en": "cannot create {path} ({reason})",
    },
    "store.too_new": {
        "nl": "{path} is gemaakt door een nieuwere abcd-tui (schema {found}, deze versie kent "
        "tot {known}). Werk abcd-tui bij; het bestand is niet aangeraakt",
        "en": "{path} was made by a newer abcd-tui (schema {found}, this version knows up to "
        "{known}). Upgrade abcd-tui; the file was not touched",
    },
    "store.busy": {
        "nl": "de database is al {seconds} s bezet door een ander programma; probeer het straks opnieuw",
        "en": "the database has been busy in another program for {seconds} s; try again later",
    },
    "store.damaged": {
        "nl": "{path} is beschadigd. Zet een reservekopie terug (bijvoorbeeld een .bak-bestand ernaast)",
        "en": "{path} is damaged. Restore a backup copy (for example a .bak file next to it)",
    },
    "store.cannot_open": {
        "nl": "kan {path} niet openen ({reason}); mag je in die map schrijven?",
        "en": "cannot open {path} ({reason}); may you write in that folder?",
    },
    "store.upgraded": {
        "nl": "{path} is bijgewerkt van schema {version}; de oude versie staat veilig in {backup}",
        "en": "{path} was upgraded from schema {version}; the old version is kept in {backup}",
    },
    "store.waiting": {
        "nl": "wacht op een ander programma dat naar de database schrijft…",
        "en": "waiting for another program writing to the database…",
    },
    # The database file and its disk
    "store.disk_full": {
        "nl": "De schijf is vol (of het bestand mag niet groter worden): {path} kon niet opslaan. Er is niets half opgeslagen; de database is zoals hij was. Maak ruimte vrij en probeer het opnieuw",
        "en": "The disk is full (or the file may not grow): {path} could not save. Nothing was half saved; the database is as it was. Free some space and try again",
    },
    "store.disk_error": {
        "nl": "{path} kon niet gelezen of geschreven worden: de schijf meldt een fout ({reason}). Er is niets half opgeslagen. Controleer de schijf of USB-stick en probeer het opnieuw",
        "en": "{path} could not be read or written: the disk reports an error ({reason}). Nothing was half saved. Check the disk or USB stick and try again",
    },
    "store.db_readonly": {
        "nl": "{path} is alleen-lezen: er is niets opgeslagen. Mag je in dat bestand en die map schrijven?",
        "en": "{path} is read-only: nothing was saved. May you write to that file and folder?",
    },
    "store.db_damaged": {
        "nl": "{path} is beschadigd ({reason}); er is niets aan veranderd. Reservekopieën ernaast: {backups}. Zet de nieuwste terug (kopieer {newest} over {path}, of gebruik 'abcd restore' als die er is) en bewaar het beschadigde bestand apart",
        "en": "{path} is damaged ({reason}); nothing in it was changed. Backups beside it: {backups}. Put the newest back (copy {newest} over {path}, or use 'abcd restore' where it exists) and keep the damaged file aside",
    },
    "store.db_damaged_no_backup": {
        "nl": "{path} is beschadigd ({reason}); er is niets aan veranderd. Ernaast staat geen reservekopie (*.bak). Zet een reservekopie van elders terug, of bewaar het bestand en vraag hulp: 'sqlite3 {path} .recover' redt vaak het meeste",
        "en": "{path} is damaged ({reason}); nothing in it was changed. There is no backup (*.bak) beside it. Put back a backup from elsewhere, or keep the file and ask for help: 'sqlite3 {path} .recover' often saves most of it",
    },
}
