"""Messages of snapshots, comparisons, exports and forgetting, in Dutch and English.
Merged into the catalogue at the end of `messages.py`."""

MESSAGES_EXPORT: dict[str, dict[str, str]] = {
    # Headline figures, followed over time
    "figure.residents": {"nl": "Bewoners", "en": "Residents"},
    "figure.groups": {"nl": "Groepen", "en": "Groups"},
    "figure.ties": {"nl": "Banden", "en": "Ties"},
    "figure.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "figure.connected_share": {"nl": "Bewoners verbonden", "en": "Residents connected"},
    "figure.key_figures": {
        "nl": "Sleutelfiguren (zonder hen raakt iemand los)",
        "en": "Key figures (without them someone is cut off)",
    },
    "figure.communities": {"nl": "Kringen", "en": "Circles"},
    "figure.largest_part_share": {
        "nl": "Bewoners in het grootste verbonden deel",
        "en": "Residents in the largest connected part",
    },
    "figure.points": {"nl": "{sign}{value} procentpunt", "en": "{sign}{value} points"},
    # The same figures in a list's column or a chart's row
    "figure.short.residents": {"nl": "Bewoners", "en": "Residents"},
    "figure.short.groups": {"nl": "Groepen", "en": "Groups"},
    "figure.short.ties": {"nl": "Banden", "en": "Ties"},
    "figure.short.not_yet_connected": {"nl": "Nog niet verb.", "en": "Not yet conn."},
    "figure.short.connected_share": {"nl": "Verbonden", "en": "Connected"},
    "figure.short.key_figures": {"nl": "Sleutelfiguren", "en": "Key figures"},
    "figure.short.communities": {"nl": "Kringen", "en": "Circles"},
    "figure.short.largest_part_share": {"nl": "Grootste deel", "en": "Largest part"},
    # Snapshots
    "snapshot.made": {
        "nl": "Momentopname {id} vastgelegd{label}: {residents} bewoners, {ties} banden, "
        "{waiting} nog niet verbonden",
        "en": "Snapshot {id} taken{label}: {residents} residents, {ties} ties, "
        "{waiting} not yet connected",
    },
    "snapshot.none": {
        "nl": "Er zijn nog geen momentopnamen. Maak er een met: abcd snapshot --label TEKST",
        "en": "There are no snapshots yet. Take one with: abcd snapshot --label TEXT",
    },
    "snapshot.unknown": {
        "nl": "Geen momentopname '{ref}'. Zie abcd snapshots voor de nummers en ids.",
        "en": "No snapshot '{ref}'. See abcd snapshots for the numbers and ids.",
    },
    "snapshot.ambiguous": {
        "nl": "'{ref}' past bij {count} momentopnamen; geef meer van het id of het nummer.",
        "en": "'{ref}' matches {count} snapshots; give more of the id, or the number.",
    },
    "snapshot.label_too_long": {
        "nl": "Een naam voor een momentopname is hoogstens {most} tekens (deze heeft er {length}).",
        "en": "A snapshot's label is at most {most} characters (this one has {length}).",
    },
    "snapshot.same": {
        "nl": "Dat is twee keer dezelfde momentopname; kies er twee verschillende.",
        "en": "That is the same snapshot twice; choose two different ones.",
    },
    "snapshot.title": {"nl": "Momentopnamen", "en": "Snapshots"},
    "snapshot.col.number": {"nl": "Nr", "en": "No"},
    "snapshot.col.id": {"nl": "Id", "en": "Id"},
    "snapshot.col.label": {"nl": "Naam", "en": "Label"},
    "snapshot.col.created": {"nl": "Gemaakt", "en": "Taken"},
    "snapshot.stage.graph": {"nl": "Netwerk lezen", "en": "Reading the network"},
    "snapshot.stage.analysis": {"nl": "Verbinders en kringen", "en": "Connectors and circles"},
    "snapshot.stage.introductions": {"nl": "Kennismakingen", "en": "Introductions"},
    "snapshot.stage.document": {"nl": "Vastleggen", "en": "Saving"},
    # Comparison
    "compare.title": {
        "nl": "Vergelijking: {a} → {b}",
        "en": "Comparison: {a} → {b}",
    },
    "compare.col.figure": {"nl": "Cijfer", "en": "Figure"},
    "compare.col.change": {"nl": "Verschil", "en": "Change"},
    "compare.ties_added": {"nl": "Nieuwe banden ({count})", "en": "Ties added ({count})"},
    "compare.ties_lost": {"nl": "Verdwenen banden ({count})", "en": "Ties lost ({count})"},
    "compare.became_connected": {
        "nl": "Nu verbonden ({count})",
        "en": "Became connected ({count})",
    },
    "compare.lost_connection": {
        "nl": "Verbinding kwijt ({count})",
        "en": "Lost their connection ({count})",
    },
    "compare.connectors_gained": {
        "nl": "Nieuw bij de verbinders ({count})",
        "en": "New among the connectors ({count})",
    },
    "compare.connectors_lost": {
        "nl": "Niet meer bij de verbinders ({count})",
        "en": "No longer among the connectors ({count})",
    },
    "compare.merged": {"nl": "Kringen samengegaan ({count})", "en": "Circles merged ({count})"},
    "compare.split": {"nl": "Kringen gesplitst ({count})", "en": "Circles split ({count})"},
    "compare.reshuffled": {
        "nl": "Kringen herverdeeld ({count})",
        "en": "Circles rearranged ({count})",
    },
    "compare.nothing": {"nl": "geen", "en": "none"},
    "compare.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "compare.residents_moved": {
        "nl": "Bewoners erbij: {added}; niet meer in het register: {gone}",
        "en": "Residents added: {added}; no longer in the register: {gone}",
    },
    # Exports
    "reason.intro.same_street_hidden": {
        "nl": "wonen in dezelfde straat",
        "en": "live on the same street",
    },
    "export.title": {"nl": "Netwerk van de buurt", "en": "Neighbourhood network"},
    "export.resident": {"nl": "Bewoner", "en": "Resident"},
    "export.someone": {"nl": "iemand", "en": "someone"},
    "export.own_words": {"nl": "(eigen woorden)", "en": "(own words)"},
    "export.theme": {"nl": "thema: {themes}", "en": "theme: {themes}"},
    # Reasons whose quoted words a pseudonymised export had to leave out (model._plain)
    "reason.intro.gives_plain": {
        "nl": "{giver} kan iets bieden waar {name} om vraagt",
        "en": "{giver} can offer something {name} asks for",
    },
    "reason.intro.gives_plain_theme": {
        "nl": "{giver} kan iets bieden waar {name} om vraagt ({theme_nl})",
        "en": "{giver} can offer something {name} asks for ({theme_en})",
    },
    "reason.intro.gets_plain": {
        "nl": "{name} kan iets bieden waar {giver} om vraagt",
        "en": "{name} can offer something {giver} asks for",
    },
    "reason.intro.gets_plain_theme": {
        "nl": "{name} kan iets bieden waar {giver} om vraagt ({theme_nl})",
        "en": "{name} can offer something {giver} asks for ({theme_en})",
    },
    "reason.intro.shared_plain": {
        "nl": "doen allebei graag iets wat de ander ook doet",
        "en": "both enjoy something the other does too",
    },
    "reason.intro.shared_plain_theme": {
        "nl": "hebben allebei iets met {theme_nl}",
        "en": "both have something to do with {theme_en}",
    },
    "reason.intro.group_plain": {
        "nl": "past bij wat deze groep doet",
        "en": "fits what this group does",
    },
    "reason.intro.group_plain_theme": {
        "nl": "past bij wat deze groep doet ({theme_nl})",
        "en": "fits what this group does ({theme_en})",
    },
    "export.community": {
        "nl": "kring {number} ({residents} bewoners; {known})",
        "en": "circle {number} ({residents} residents; {known})",
    },
    "export.merged": {"nl": "{before} samen in {after}", "en": "{before} together in {after}"},
    "export.split": {"nl": "{before} verdeeld over {after}", "en": "{before} divided into {after}"},
    "export.reshuffled": {
        "nl": "{before} herverdeeld over {after}",
        "en": "{before} rearranged into {after}",
    },
    "export.bad_format": {
        "nl": "Onbekend formaat: {format}. Kies uit {known}, of all.",
        "en": "Unknown format: {format}. Choose from {known}, or all.",
    },
    "export.bad_delimiter": {
        "nl": "Scheidingsteken '{delimiter}' kan niet; kies , of ;",
        "en": "Delimiter '{delimiter}' is not possible; choose , or ;",
    },
    "export.exists": {
        "nl": "Bestaat al: {paths}. Er is niets geschreven. Kies een andere map met --out, "
        "of overschrijf met --force.",
        "en": "Already there: {paths}. Nothing was written. Choose another folder with --out, "
        "or overwrite with --force.",
    },
    "export.not_a_folder": {
        "nl": "{path} is een bestand, geen map.",
        "en": "{path} is a file, not a folder.",
    },
    "export.cannot_write": {
        "nl": "Kan niet schrijven in {path}: {reason}",
        "en": "Cannot write in {path}: {reason}",
    },
    "export.written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "export.of_snapshot": {
        "nl": "Uit momentopname {id} ({created}{label})",
        "en": "From snapshot {id} ({created}{label})",
    },
    "export.of_now": {
        "nl": "Het register zoals het nu is (geen momentopname opgeslagen)",
        "en": "The register as it is now (no snapshot saved)",
    },
    "export.pseudonymised": {
        "nl": "Schuilnamen: bewoners heten 'Bewoner 1', 'Bewoner 2' … (per export nieuw); "
        "adressen, notities en eigen woorden zijn weggelaten.",
        "en": "Pseudonyms: residents are called 'Resident 1', 'Resident 2' … (new for each "
        "export); addresses, notes and own words are left out.",
    },
    "export.named": {
        "nl": "Met namen: {named} van {residents} bewoners (wie toestemming gaf); "
        "de anderen met schuilnaam. Deel deze bestanden alleen binnen het team.",
        "en": "With names: {named} of {residents} residents (those who gave consent); "
        "the others by pseudonym. Share these files within the team only.",
    },
    "export.stage.read": {"nl": "Lezen", "en": "Reading"},
    "export.stage.layout": {"nl": "Plaatsen", "en": "Layout"},
    "export.stage.done": {"nl": "Klaar", "en": "Done"},
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
    "forget.backups": {
        "nl": "Let op: deze kopieën van vóór een update bevatten de oude gegevens nog: "
        "{paths}. Verwijder ze als je ze niet meer nodig hebt.",
        "en": "Note: these copies from before an upgrade still hold the old data: {paths}. "
        "Delete them when you no longer need them.",
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
}
