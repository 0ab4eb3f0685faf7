"""Backups: making them, listing them, file permissions and staging folders.

Every `backup.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Making backups (store.backup)
    "backup.failed": {
        "nl": "Er kon geen reservekopie worden gemaakt in {path}: {reason}. Er is niets veranderd.",
        "en": "No backup could be made in {path}: {reason}. Nothing was changed.",
    },
    "backup.disk_full": {
        "nl": "De schijf is vol: er kon niets worden geschreven in {path} ({reason}). Er is "
        "niets veranderd. Maak ruimte vrij en probeer het opnieuw.",
        "en": "The disk is full: nothing could be written in {path} ({reason}). Nothing was "
        "changed. Free some space and try again.",
    },
    "backup.in_memory": {
        "nl": "Deze database staat alleen in het geheugen; daar is geen reservekopie van te maken.",
        "en": "This database lives in memory only; it cannot be backed up.",
    },
    "backup.made": {
        "nl": "Reservekopie gemaakt: {path}",
        "en": "Backup made: {path}",
    },
    "backup.none": {
        "nl": "Nog geen reservekopieën in {path}. Maak er een met: abcd backup",
        "en": "No backups yet in {path}. Make one with: abcd backup",
    },
    "backup.list_title": {
        "nl": "Reservekopieën in {path} (de nieuwste {kept} blijven bewaard)",
        "en": "Backups in {path} (the newest {kept} are kept)",
    },
    "backup.col_created": {"nl": "Gemaakt (UTC)", "en": "Made (UTC)"},
    "backup.col_reason": {"nl": "Waarom", "en": "Why"},
    "backup.col_size": {"nl": "Grootte", "en": "Size"},
    "backup.col_file": {"nl": "Bestand", "en": "File"},
    "backup.log_scrubbed": {
        "nl": "Naam en sleutel ook uit het logbestand gehaald ({count:?regel|regels}).",
        "en": "Name and key also taken out of the log file ({count:?line|lines}).",
    },
    "backup.staging_removed": {
        "nl": "Halve exports van een afgebroken export verwijderd: {paths}",
        "en": "Partial files of an interrupted export removed: {paths}",
    },
    "backup.staging_running": {
        "nl": "De map {path} hoort bij een export die nog loopt; die is niet aangeraakt.",
        "en": "The folder {path} belongs to an export still running; it was left alone.",
    },
    "backup.staging_left": {
        "nl": "Let op: de map {path} van een export is niet verwijderd ({reason}).",
        "en": "Note: the export folder {path} was not removed ({reason}).",
    },
}
