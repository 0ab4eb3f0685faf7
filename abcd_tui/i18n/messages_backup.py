"""Messages of backups, restore, file permissions and staging folders (issue 11), Dutch and English."""

MESSAGES_BACKUP: dict[str, dict[str, str]] = {
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
        "nl": "{restored} is teruggezet ({residents} bewoners). De toestand van daarvoor staat "
        "in {before}.",
        "en": "{restored} was restored ({residents} residents). The state before is kept in "
        "{before}.",
    },
    # Forgetting, as far as files go (store.forget)
    "backup.forget_disk_full": {
        "nl": "De schijf is vol: het wissen is teruggedraaid, er is niets gewist in {path}. "
        "Maak ruimte vrij en probeer het opnieuw.",
        "en": "The disk is full: the erasure was rolled back, nothing was erased in {path}. "
        "Free some space and try again.",
    },
    "backup.forget_vacuum_failed": {
        "nl": "Het wissen zelf is gelukt en opgeslagen. Alleen het opnieuw schrijven van het "
        "databasebestand lukte niet ({reason}); de gewiste gegevens zijn al overschreven. "
        "Maak ruimte vrij; abcd doet het bij het volgende vergeten opnieuw.",
        "en": "The erasure itself succeeded and is saved. Only rewriting the database file "
        "failed ({reason}); the erased data was already overwritten. Free some space; abcd "
        "does it again at the next forget.",
    },
    "backup.forget_vacuum_full": {
        "nl": "Het wissen zelf is gelukt en opgeslagen. Alleen het opnieuw schrijven van het "
        "databasebestand lukte niet: de schijf is vol. De gewiste gegevens zijn al "
        "overschreven. Maak ruimte vrij; abcd doet het bij het volgende vergeten opnieuw.",
        "en": "The erasure itself succeeded and is saved. Only rewriting the database file "
        "failed: the disk is full. The erased data was already overwritten. Free some space; "
        "abcd does it again at the next forget.",
    },
    "backup.forget_not_erased_full": {
        "nl": "Let op: niet gewist uit de kopie {path}: de schijf is vol. Maak ruimte vrij en "
        "vergeet opnieuw, of verwijder die kopie zelf.",
        "en": "Note: not erased from the copy {path}: the disk is full. Free some space and "
        "forget again, or delete that copy yourself.",
    },
    "backup.forget_not_erased_not_ours": {
        "nl": "Let op: niet gewist uit de kopie {path}: dat is geen register van abcd (meer). "
        "Verwijder die kopie zelf als de persoon erin kan staan.",
        "en": "Note: not erased from the copy {path}: it is not (or no longer) an abcd "
        "register. Delete that copy yourself if the person can be in it.",
    },
    "backup.forget_no_backup": {
        "nl": "Vooraf kon geen reservekopie worden gemaakt ({reason}); er is toch gewist.",
        "en": "No backup could be made first ({reason}); the erasure went ahead.",
    },
    "backup.forget_erased": {
        "nl": "Ook gewist uit de reservekopieën ({count}).",
        "en": "Also erased from the backups ({count}).",
    },
    "backup.forget_not_erased": {
        "nl": "Let op: niet gewist uit de kopie {path} ({reason}). Verwijder die kopie zelf.",
        "en": "Note: not erased from the copy {path} ({reason}). Delete that copy yourself.",
    },
    "backup.log_scrubbed": {
        "nl": "Naam en sleutel ook uit het logbestand gehaald ({count} regels).",
        "en": "Name and key also taken out of the log file ({count} lines).",
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
