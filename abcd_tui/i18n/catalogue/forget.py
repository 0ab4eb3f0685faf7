"""Forgetting someone for good (AVG/GDPR): the dialog, `abcd forget`, and erasing the
backups and the undo history that held the person.

Every `forget.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Forgetting a resident
    "forget.unknown": {
        "nl": "Geen bewoner met sleutel '{key}'. Zoek de sleutel met: abcd list people",
        "en": "No resident with key '{key}'. Find the key with: abcd list people",
    },
    "forget.is_group": {
        "nl": "'{key}' is een groep, geen bewoner. Groepen verwijder je in de app.",
        "en": "'{key}' is a group, not a resident. Delete groups in the app.",
    },
    "forget.confirm": {
        "nl": "{name} ({key}) en elk spoor van hen wissen: banden, ontmoetingen, "
        "momentopnamen. Dit kan niet ongedaan worden. Doorgaan? Typ ja",
        "en": "Erase {name} ({key}) and every trace of them: ties, meetings, snapshots. "
        "This cannot be undone. Go on? Type yes",
    },
    "forget.yes_word": {"nl": "ja", "en": "yes"},
    "forget.cancelled": {"nl": "Niets gewist.", "en": "Nothing erased."},
    "forget.needs_yes": {
        "nl": "Niet gewist: bevestig met --yes (er is geen terminal om het te vragen).",
        "en": "Not erased: confirm with --yes (there is no terminal to ask).",
    },
    "forget.done": {
        "nl": "{name} is vergeten. Gewist: banden {ties}, ontmoetingen {meetings}, woorden uit "
        "de woordenlijst {vocabulary}; momentopnamen aangepast: {snapshots}. Het "
        "databasebestand is opnieuw geschreven.",
        "en": "{name} is forgotten. Erased: ties {ties}, meetings {meetings}, words of the "
        "vocabulary {vocabulary}; snapshots changed: {snapshots}. The database file was "
        "rewritten.",
    },
    "forget.contact_of": {
        "nl": "Was contactpersoon van: {groups} (nu zonder contactpersoon).",
        "en": "Was the contact of: {groups} (now without a contact).",
    },
    "forget.mentions": {
        "nl": "De naam stond ook in vrije tekst ({count}): {places}; daar staat nu '…'. "
        "Kijk of er nog een voornaam of bijnaam staat.",
        "en": "The name also appeared in free text ({count}): {places}; it now reads '…'. "
        "Check for a first name or nickname left there.",
    },
    # A group named after the person keeps its name (store.forget): say so, to rename it.
    "forget.group_named": {
        "nl": "De naam staat ook in de naam van een groep, die blijft zoals hij is: {groups}. "
        "Geef de groep zo nodig een andere naam.",
        "en": "The name is also part of a group's name, which stays as it is: {groups}. "
        "Rename the group if need be.",
    },
    "forget.exports": {
        "nl": "Eerder gemaakte exports (zoals in exports/) zijn niet aangepast.",
        "en": "Exports made earlier (such as in exports/) were not changed.",
    },
    "forget.wal_busy": {
        "nl": "Een ander programma heeft de database open (de app?); het logbestand {path}-wal "
        "wordt geleegd zodra dat sluit.",
        "en": "Another program has the database open (the app?); the log file {path}-wal is "
        "emptied as soon as it closes.",
    },
    "forget.unscrubbable": {
        "nl": "Kon de momentopnamen niet opschonen (onbekende plek: {place}); er is niets gewist.",
        "en": "Could not clean the snapshots (unknown place: {place}); nothing was erased.",
    },
    # The app: the key on the residents screen, the dialog, the undo history after it
    "forget.key": {"nl": "Voorgoed vergeten", "en": "Forget for good"},
    "forget.title": {"nl": "{name} voorgoed vergeten", "en": "Forget {name} for good"},
    "forget.what": {
        "nl": "Dit wist {name} ({key}) en elk spoor: de gegevens, {ties:?band|banden}, "
        "ontmoetingen op wandelingen, afgeslagen kennismakingen en hun plek in alle "
        "momentopnamen. Het databasebestand wordt opnieuw geschreven.",
        "en": "This erases {name} ({key}) and every trace: the record, {ties:?tie|ties}, meetings "
        "on walks, declined introductions and their place in every snapshot. The database "
        "file is rewritten.",
    },
    "forget.final": {
        "nl": "Dit kan niet ongedaan worden, ook niet met ctrl+z. Alleen iemand verwijderen "
        "(terug te halen) doe je met d.",
        "en": "This cannot be undone, not even with ctrl+z. To delete someone in a way that "
        "can be undone, use d.",
    },
    "forget.type": {
        "nl": "Typ de voornaam ({first}) om te bevestigen:",
        "en": "Type the first name ({first}) to confirm:",
    },
    "forget.go": {"nl": "Voorgoed vergeten", "en": "Forget for good"},
    "forget.forgetting": {"nl": "{name} wordt vergeten…", "en": "Forgetting {name}…"},
    "forget.history_cleared": {
        "nl": "Eerdere wijzigingen kunnen niet meer ongedaan worden gemaakt: daarin stond "
        "wie nu vergeten is.",
        "en": "Earlier changes can no longer be undone: they held the person now forgotten.",
    },
    "forget.history_dropped": {
        "nl": "Intussen is iemand vergeten (bijvoorbeeld met abcd forget). Wat je eerder "
        "deed, kan daarom niet meer ongedaan worden gemaakt; er is niets veranderd.",
        "en": "Meanwhile someone was forgotten (for example with abcd forget). What you did "
        "before can therefore no longer be undone; nothing was changed.",
    },
    "forget.history_dropped_before": {
        "nl": "Intussen is iemand vergeten (bijvoorbeeld met abcd forget). Wat je daarvoor "
        "deed, kan niet meer ongedaan worden gemaakt; dit en wat je hierna doet wel.",
        "en": "Meanwhile someone was forgotten (for example with abcd forget). What you did "
        "before that can no longer be undone; this and what you do next can.",
    },
    # Forgetting, as far as files go (store.forget)
    "forget.disk_full": {
        "nl": "De schijf is vol: het wissen is teruggedraaid, er is niets gewist in {path}. "
        "Maak ruimte vrij en probeer het opnieuw.",
        "en": "The disk is full: the erasure was rolled back, nothing was erased in {path}. "
        "Free some space and try again.",
    },
    "forget.vacuum_failed": {
        "nl": "Het wissen zelf is gelukt en opgeslagen. Alleen het opnieuw schrijven van het "
        "databasebestand lukte niet ({reason}); de gewiste gegevens zijn al overschreven. "
        "Maak ruimte vrij; abcd doet het bij het volgende vergeten opnieuw.",
        "en": "The erasure itself succeeded and is saved. Only rewriting the database file "
        "failed ({reason}); the erased data was already overwritten. Free some space; abcd "
        "does it again at the next forget.",
    },
    "forget.vacuum_full": {
        "nl": "Het wissen zelf is gelukt en opgeslagen. Alleen het opnieuw schrijven van het "
        "databasebestand lukte niet: de schijf is vol. De gewiste gegevens zijn al "
        "overschreven. Maak ruimte vrij; abcd doet het bij het volgende vergeten opnieuw.",
        "en": "The erasure itself succeeded and is saved. Only rewriting the database file "
        "failed: the disk is full. The erased data was already overwritten. Free some space; "
        "abcd does it again at the next forget.",
    },
    "forget.not_erased_full": {
        "nl": "Let op: niet gewist uit de kopie {path}: de schijf is vol. Maak ruimte vrij en "
        "vergeet opnieuw, of verwijder die kopie zelf.",
        "en": "Note: not erased from the copy {path}: the disk is full. Free some space and "
        "forget again, or delete that copy yourself.",
    },
    "forget.not_erased_not_ours": {
        "nl": "Let op: niet gewist uit de kopie {path}: dat is geen register van abcd (meer). "
        "Verwijder die kopie zelf als de persoon erin kan staan.",
        "en": "Note: not erased from the copy {path}: it is not (or no longer) an abcd "
        "register. Delete that copy yourself if the person can be in it.",
    },
    "forget.no_backup": {
        "nl": "Vooraf kon geen reservekopie worden gemaakt ({reason}); er is toch gewist.",
        "en": "No backup could be made first ({reason}); the erasure went ahead.",
    },
    "forget.erased": {
        "nl": "Ook gewist uit de reservekopieën ({count}).",
        "en": "Also erased from the backups ({count}).",
    },
    "forget.not_erased": {
        "nl": "Let op: niet gewist uit de kopie {path} ({reason}). Verwijder die kopie zelf.",
        "en": "Note: not erased from the copy {path} ({reason}). Delete that copy yourself.",
    },
}
