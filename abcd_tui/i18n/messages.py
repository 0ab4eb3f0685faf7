"""Every message a user reads, in Dutch and English. Keys are stable codes.

Wording follows the community frame: describe ties, never label a person.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Rules of the records (domain problems)
    "problem.name_blank": {"nl": "naam is leeg", "en": "name is blank"},
    "problem.age_band_unknown": {
        "nl": "onbekende leeftijdsgroep '{value}' (kies uit {allowed})",
        "en": "unknown age band '{value}' (choose from {allowed})",
    },
    "problem.consent_refused": {
        "nl": "toestemming is 'nee': deze persoon wil niet vastgelegd worden; haal de rij weg",
        "en": "consent is 'no': this person does not want to be recorded; remove the row",
    },
    "problem.tie_self": {
        "nl": "'{from}' en '{to}' zijn dezelfde: een band verbindt twee verschillende bewoners of groepen",
        "en": "'{from}' and '{to}' are the same: a tie joins two different records",
    },
    "problem.tie_needs_two_residents": {
        "nl": "een band '{word_nl}' verbindt twee bewoners ('{from}' – '{to}')",
        "en": "a '{word_en}' tie joins two residents ('{from}' – '{to}')",
    },
    "problem.tie_needs_two_groups": {
        "nl": "een band '{word_nl}' verbindt twee groepen ('{from}' – '{to}')",
        "en": "a '{word_en}' tie joins two groups ('{from}' – '{to}')",
    },
    "problem.tie_needs_resident_and_group": {
        "nl": "een band '{word_nl}' verbindt een bewoner met een groep ('{from}' – '{to}')",
        "en": "a '{word_en}' tie joins a resident and a group ('{from}' – '{to}')",
    },
    "problem.tie_uses_place_needs_place": {
        "nl": "'{key}' is geen plek: 'uses_place' wijst naar een plek",
        "en": "'{key}' is not a place: 'uses_place' points at a place",
    },
    # Import
    "import.rejected": {
        "nl": "Niets geïmporteerd. Aantal problemen: {count}; verbeter ze en probeer het opnieuw.",
        "en": "Nothing imported. Problems found: {count}; fix them and try again.",
    },
    "import.nothing_to_import": {
        "nl": "Geef minstens één bestand: --people, --groups of --ties",
        "en": "Give at least one file: --people, --groups or --ties",
    },
    "import.file_missing": {"nl": "{file}: bestand bestaat niet", "en": "{file}: no such file"},
    "import.file_is_directory": {
        "nl": "{file}: is een map, geen bestand",
        "en": "{file}: is a folder, not a file",
    },
    "import.file_old_format": {
        "nl": "{file}: {suffix}-bestanden kan ik niet lezen; sla op als .xlsx of als CSV",
        "en": "{file}: cannot read {suffix} files; save it as .xlsx or as CSV",
    },
    "import.file_unreadable": {
        "nl": "{file}: kan het bestand niet lezen ({reason})",
        "en": "{file}: cannot read the file ({reason})",
    },
    "import.file_binary": {
        "nl": "{file}: dit is geen tekst- (CSV-) bestand; sla op als CSV UTF-8 of .xlsx",
        "en": "{file}: this is not a text (CSV) file; save it as CSV UTF-8 or .xlsx",
    },
    "import.file_encoding": {
        "nl": "{file}:{line}: onbekende tekenset (byte {byte}): niet UTF-8 en niet Windows-1252. "
        "Sla het bestand op als 'CSV UTF-8'",
        "en": "{file}:{line}: unknown character encoding (byte {byte}): not UTF-8 nor "
        "Windows-1252. Save the file as 'CSV UTF-8'",
    },
    "import.file_mixed_encoding": {
        "nl": "{file}:{line}: het bestand mengt twee tekensets (UTF-8 en Windows-1252), letters met accenten raken zo verminkt. Open het in Excel en sla op als 'CSV UTF-8'",
        "en": "{file}:{line}: the file mixes two character encodings (UTF-8 and Windows-1252), which garbles accented letters. Open it in Excel and save as 'CSV UTF-8'",
    },
    "import.file_csv_broken": {
        "nl": "{file}:{line}: CSV klopt niet ({reason}); staat er een aanhalingsteken te veel?",
        "en": "{file}:{line}: broken CSV ({reason}); is there a stray quote?",
    },
    "import.file_bad_workbook": {
        "nl": "{file}: geen leesbaar .xlsx-werkboek ({reason})",
        "en": "{file}: not a readable .xlsx workbook ({reason})",
    },
    "import.file_empty": {"nl": "{file}: het bestand is leeg", "en": "{file}: the file is empty"},
    "import.unknown_column": {
        "nl": "onbekende kolom, overgeslagen",
        "en": "unknown column, skipped",
    },
    "import.unknown_column_hint": {
        "nl": "onbekende kolom, overgeslagen (bedoel je '{hint}'?)",
        "en": "unknown column, skipped (did you mean '{hint}'?)",
    },
    "import.duplicate_column": {
        "nl": "kolom staat er twee keer (ook als '{first}')",
        "en": "column appears twice (also as '{first}')",
    },
    "import.missing_column": {
        "nl": "kolom '{missing}' ontbreekt (mag ook heten: {aliases})",
        "en": "column '{missing}' is missing (may also be called: {aliases})",
    },
    "import.unknown_value": {
        "nl": "onbekende waarde '{value}' (kies uit {allowed_nl})",
        "en": "unknown value '{value}' (choose from {allowed_en})",
    },
    "import.bad_date": {
        "nl": "'{value}' is geen datum (schrijf 2026-03-01 of 1-3-2026)",
        "en": "'{value}' is not a date (write 2026-03-01 or 1-3-2026)",
    },
    "import.duplicate_key": {
        "nl": "sleutel '{key}' staat al op regel {first}; geef elk een eigen sleutel in kolom 'key'",
        "en": "key '{key}' is already used on line {first}; give each its own key in column 'key'",
    },
    "import.blank_cell": {"nl": "is leeg; vul een sleutel in", "en": "is blank; fill in a key"},
    "import.blank_choice": {
        "nl": "is leeg; kies uit {allowed_nl}",
        "en": "is blank; choose from {allowed_en}",
    },
    "import.unknown_key": {
        "nl": "'{key}' staat niet in de bestanden en niet in de database",
        "en": "'{key}' is in neither the files nor the database",
    },
    "import.ambiguous_key": {
        "nl": "'{key}' is zowel een bewoner als een groep; schrijf 'bewoner:{key}' of 'groep:{key}'",
        "en": "'{key}' is both a resident and a group; write 'person:{key}' or 'group:{key}'",
    },
    "import.not_a_group": {
        "nl": "'{key}' is geen groep maar een bewoner",
        "en": "'{key}' is not a group but a resident",
    },
    "import.not_a_person": {
        "nl": "'{key}' is geen bewoner maar een groep",
        "en": "'{key}' is not a resident but a group",
    },
    "import.unknown_person": {
        "nl": "contactpersoon '{key}' staat niet in de bestanden en niet in de database",
        "en": "contact '{key}' is in neither the files nor the database",
    },
    "import.same_name_elsewhere": {
        "nl": "'{key}' staat al in het register met '{stored}': is dit iemand anders met dezelfde naam? Geef dan een eigen sleutel in kolom 'key'; is het dezelfde persoon, zet dan de sleutel '{key}' erbij",
        "en": "'{key}' is already in the register with '{stored}': someone else with the same name? Then give a key of their own in column 'key'; the same person? Then add the key '{key}'",
    },
    "import.tie_twice": {
        "nl": "dezelfde band als op regel {first}, met andere waarden; die van regel {first} zijn aangehouden",
        "en": "the same tie as on line {first}, with other values; those of line {first} were kept",
    },
    "import.no_consent": {
        "nl": "bij {count} bewoner(s) is geen toestemming vastgelegd; vraag die bij het volgende bezoek",
        "en": "{count} resident(s) have no consent recorded; ask for it at the next visit",
    },
    "import.summary": {
        "nl": "{what}: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd",
        "en": "{what}: {added} added, {changed} changed, {unchanged} unchanged",
    },
    "import.dry_run": {
        "nl": "Proefdraai: er is niets opgeslagen.",
        "en": "Dry run: nothing was saved.",
    },
    "import.would_add": {"nl": "nieuw", "en": "would add"},
    "import.would_change": {"nl": "gewijzigd", "en": "would change"},
    "import.stage.read": {"nl": "Lezen", "en": "Reading"},
    "import.stage.check": {"nl": "Controleren", "en": "Checking"},
    "import.stage.write": {"nl": "Opslaan", "en": "Saving"},
    "import.warning": {"nl": "let op", "en": "note"},
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
    # CLI
    "error.unexpected": {
        "nl": "Onverwachte fout: {error}. Niets is half opgeslagen. Draai opnieuw met ABCD_DEBUG=1 "
        "voor details en meld het ons.",
        "en": "Unexpected error: {error}. Nothing was half saved. Run again with ABCD_DEBUG=1 for "
        "details and report it.",
    },
    "error.interrupted": {"nl": "Afgebroken.", "en": "Interrupted."},
    "list.kind_for_people": {
        "nl": "--kind is voor groepen en banden; kies bewoners per wijk met --neighbourhood",
        "en": "--kind is for groups and ties; choose people by neighbourhood with --neighbourhood",
    },
    "cli.shown": {
        "nl": "de eerste {shown} getoond; --limit 0 toont alles, --json geeft alles aan scripts",
        "en": "the first {shown} shown; --limit 0 shows all, --json gives all to scripts",
    },
    "col.key": {"nl": "Sleutel", "en": "Key"},
    "col.name": {"nl": "Naam", "en": "Name"},
    "col.address": {"nl": "Adres", "en": "Address"},
    "col.neighbourhood": {"nl": "Wijk/dorp", "en": "Neighbourhood"},
    "col.gifts": {"nl": "Gaven", "en": "Gifts"},
    "col.open": {"nl": "Open voor kennismaking", "en": "Open to introductions"},
    "col.kind": {"nl": "Soort", "en": "Kind"},
    "col.tags": {"nl": "Labels", "en": "Tags"},
    "col.from": {"nl": "Van", "en": "From"},
    "col.to": {"nl": "Naar", "en": "To"},
    "col.strength": {"nl": "Sterkte", "en": "Strength"},
    "col.file": {"nl": "Bestand", "en": "File"},
    "col.line": {"nl": "Regel", "en": "Line"},
    "col.column": {"nl": "Kolom", "en": "Column"},
    "col.problem": {"nl": "Wat klopt er niet", "en": "What is wrong"},
    "col.what": {"nl": "Wat", "en": "What"},
    "col.count": {"nl": "Aantal", "en": "Count"},
    "stats.title": {"nl": "Het register", "en": "The register"},
    "stats.residents": {"nl": "Bewoners", "en": "Residents"},
    "stats.with_consent": {"nl": "  met toestemming", "en": "  with consent"},
    "stats.neighbourhoods": {"nl": "Wijken/dorpen", "en": "Neighbourhoods"},
    "stats.groups": {"nl": "Groepen", "en": "Groups"},
    "stats.ties": {"nl": "Banden", "en": "Ties"},
    "stats.without_ties": {
        "nl": "Bewoners nog zonder banden",
        "en": "Residents with no ties yet",
    },
    "stats.one_tie": {"nl": "Bewoners met één band", "en": "Residents with one tie"},
    "stats.walks": {"nl": "Wijkwandelingen", "en": "Walks"},
    "stats.vocabulary": {"nl": "Gaven in de woordenlijst", "en": "Gifts in the vocabulary"},
    # Values shown to people
    "kind.association": {"nl": "vereniging", "en": "association"},
    "kind.institution": {"nl": "instelling", "en": "institution"},
    "kind.place": {"nl": "plek", "en": "place"},
    "kind.business": {"nl": "ondernemer", "en": "business"},
    "tie.neighbour": {"nl": "buren", "en": "neighbour"},
    "tie.friend": {"nl": "vriend(in)", "en": "friend"},
    "tie.family": {"nl": "familie", "en": "family"},
    "tie.colleague": {"nl": "collega", "en": "colleague"},
    "tie.acquaintance": {"nl": "kennis", "en": "acquaintance"},
    "tie.member": {"nl": "lid", "en": "member"},
    "tie.organiser": {"nl": "organisator", "en": "organiser"},
    "tie.volunteer": {"nl": "vrijwilliger", "en": "volunteer"},
    "tie.visitor": {"nl": "bezoeker", "en": "visitor"},
    "tie.client": {"nl": "cliënt", "en": "client"},
    "tie.staff": {"nl": "medewerker", "en": "staff"},
    "tie.partner": {"nl": "partner", "en": "partner"},
    "tie.uses_place": {"nl": "gebruikt plek", "en": "uses place"},
    "open.yes": {"nl": "ja", "en": "yes"},
    "open.not_now": {"nl": "nu niet", "en": "not now"},
    "open.no": {"nl": "nee", "en": "no"},
    "open.unknown": {"nl": "onbekend", "en": "unknown"},
    "strength.weak": {"nl": "zwak", "en": "weak"},
    "strength.strong": {"nl": "sterk", "en": "strong"},
    # Changes, as undo and redo name them
    "change.resident_added": {"nl": "{name} toegevoegd", "en": "{name} added"},
    "change.resident_changed": {"nl": "{name} gewijzigd", "en": "{name} changed"},
    "change.resident_deleted": {"nl": "{name} verwijderd", "en": "{name} deleted"},
    "change.group_added": {"nl": "{name} toegevoegd", "en": "{name} added"},
    "change.group_changed": {"nl": "{name} gewijzigd", "en": "{name} changed"},
    "change.group_deleted": {"nl": "{name} verwijderd", "en": "{name} deleted"},
    "change.tie_added": {"nl": "band tussen {a} en {b}", "en": "tie between {a} and {b}"},
    "change.tie_removed": {
        "nl": "band tussen {a} en {b} weggehaald",
        "en": "tie between {a} and {b} removed",
    },
    "change.declined": {
        "nl": "kennismaking van {a} met {b} afgeslagen",
        "en": "introduction of {a} to {b} declined",
    },
    "change.met": {"nl": "{name} ontmoet", "en": "met {name}"},
    "change.undone": {"nl": "Ongedaan gemaakt: {what}", "en": "Undone: {what}"},
    "change.redone": {"nl": "Opnieuw gedaan: {what}", "en": "Redone: {what}"},
    "change.nothing_to_undo": {"nl": "Niets om ongedaan te maken", "en": "Nothing to undo"},
    "change.nothing_to_redo": {"nl": "Niets om opnieuw te doen", "en": "Nothing to redo"},
    # App (placeholder until the full app lands)
    "app.title": {"nl": "ABCD – buurt in kaart", "en": "ABCD – neighbourhood map"},
    "app.created": {
        "nl": "Nieuw, leeg register gemaakt: {path}",
        "en": "New, empty register made: {path}",
    },
    "app.palette_placeholder": {"nl": "Zoek een opdracht…", "en": "Search for commands…"},
    "app.view_coming": {
        "nl": "Dit scherm komt in een volgende versie; 'abcd list' en 'abcd connectors' tonen het nu al",
        "en": "This screen comes in a next version; 'abcd list' and 'abcd connectors' show it today",
    },
    "key.undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "key.redo": {"nl": "Opnieuw", "en": "Redo"},
    "key.overview": {"nl": "Overzicht", "en": "Overview"},
    "key.palette": {"nl": "Opdrachten", "en": "Commands"},
    "overview.register": {"nl": "Wat de buurt heeft", "en": "What the neighbourhood has"},
    "overview.connectors": {"nl": "Wie verbindt", "en": "Who connects"},
    "overview.last_walk": {"nl": "Laatste wijkwandeling", "en": "Last walk"},
    "overview.no_walk": {"nl": "nog geen wandeling", "en": "no walk yet"},
    "overview.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "overview.connected_share": {"nl": "Bewoners verbonden", "en": "Residents connected"},
    "overview.all_connectors": {"nl": "Alle verbinders", "en": "All connectors"},
    "overview.no_connectors": {
        "nl": "Nog geen verbinders: leg banden vast",
        "en": "No connectors yet: record some ties",
    },
    "error.unexpected_app": {
        "nl": "Er ging iets mis: {error}. Er is niets half opgeslagen; details staan in {log}",
        "en": "Something went wrong: {error}. Nothing was half saved; details are in {log}",
    },
    "key.residents": {"nl": "Bewoners", "en": "Residents"},
    "key.groups": {"nl": "Groepen", "en": "Groups"},
    "key.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "palette.not_yet_connected": {
        "nl": "Wie nog niet verbonden is, en met wie kennis te maken",
        "en": "Who is not yet connected, and whom to meet",
    },
    "palette.network": {
        "nl": "Het netwerk rond iemand, of de hele buurt, als plaat",
        "en": "The network around someone, or the whole neighbourhood, as a picture",
    },
    "key.connectors": {"nl": "Verbinders", "en": "Connectors"},
    "key.communities": {"nl": "Kringen", "en": "Circles"},
    "key.who_can_help": {"nl": "Wie kan helpen?", "en": "Who can help?"},
    "palette.connectors": {
        "nl": "Wie de buurt bij elkaar houdt, en wie van hen afhangt",
        "en": "Who holds the neighbourhood together, and who depends on them",
    },
    "palette.communities": {
        "nl": "De kringen van de buurt: groepen, straten, gedeelde gaven",
        "en": "The circles of the neighbourhood: groups, streets, shared gifts",
    },
    "palette.who_can_help": {
        "nl": "Typ wat iemand nodig heeft en zie wie het aanbiedt",
        "en": "Type what someone needs and see who offers it",
    },
    "key.walk": {"nl": "Wijkwandeling", "en": "Walk"},
    "key.still": {"nl": "Nog te vragen", "en": "Still to ask"},
    "key.keys": {"nl": "Toetsen", "en": "Keys"},
    "palette.overview": {
        "nl": "Wat de buurt heeft en wie verbindt",
        "en": "What the neighbourhood has and who connects it",
    },
    "palette.residents": {"nl": "Zoeken, bekijken en bijwerken", "en": "Search, view and update"},
    "palette.groups": {
        "nl": "Verenigingen, instellingen, plekken, ondernemers",
        "en": "Associations, institutions, places, businesses",
    },
    "palette.walk": {
        "nl": "Vastleggen wie je onderweg ontmoet",
        "en": "Record who you meet on the way",
    },
    "palette.still": {
        "nl": "Wat we bij een volgend bezoek kunnen vragen",
        "en": "What to ask on a next visit",
    },
    "palette.undo": {"nl": "De laatste wijziging terugdraaien", "en": "Take back the last change"},
    "palette.redo": {
        "nl": "De teruggedraaide wijziging opnieuw doen",
        "en": "Do the undone change again",
    },
    "palette.keys": {
        "nl": "Alle toetsen van dit scherm tonen",
        "en": "Show every key of this screen",
    },
    "palette.keys_hide": {"nl": "De toetsen verbergen", "en": "Hide the keys"},
    "palette.theme": {"nl": "Thema", "en": "Theme"},
    "palette.theme_help": {"nl": "Kies de kleuren van de app", "en": "Choose the app's colours"},
    "palette.nothing_found": {
        "nl": "Geen opdracht gevonden voor '{query}'",
        "en": "No command found for '{query}'",
    },
    "palette.key": {"nl": "toets: {key}", "en": "key: {key}"},
    "palette.quit": {"nl": "De app sluiten", "en": "Close the app"},
    "key.settings": {"nl": "Instellingen", "en": "Settings"},
    "palette.settings": {"nl": "Taal, thema en database", "en": "Language, theme and database"},
    "settings.language": {"nl": "Taal", "en": "Language"},
    "settings.language_next_start": {
        "nl": "De taal geldt vanaf de volgende start (of kies met: abcd --lang en)",
        "en": "The language applies from the next start (or choose with: abcd --lang nl)",
    },
    "settings.theme": {"nl": "Thema", "en": "Theme"},
    "settings.database": {"nl": "Database", "en": "Database"},
    "settings.saved_in": {"nl": "Bewaard in {path}", "en": "Saved in {path}"},
    "app.quit": {"nl": "Stoppen", "en": "Quit"},
}

from abcd_tui.i18n.messages_analysis import MESSAGES_ANALYSIS  # noqa: E402

MESSAGES.update(MESSAGES_ANALYSIS)
from abcd_tui.i18n.messages_screens import MESSAGES_SCREENS  # noqa: E402

MESSAGES.update(MESSAGES_SCREENS)

from abcd_tui.i18n.messages_walk import MESSAGES_WALK  # noqa: E402

MESSAGES.update(MESSAGES_WALK)

from abcd_tui.i18n.messages_connect import MESSAGES_CONNECT  # noqa: E402

MESSAGES.update(MESSAGES_CONNECT)

from abcd_tui.i18n.messages_picture import MESSAGES_PICTURE  # noqa: E402

MESSAGES.update(MESSAGES_PICTURE)

from abcd_tui.i18n.messages_views import MESSAGES_VIEWS  # noqa: E402

MESSAGES.update(MESSAGES_VIEWS)

from abcd_tui.i18n.messages_export import MESSAGES_EXPORT  # noqa: E402

MESSAGES.update(MESSAGES_EXPORT)

from abcd_tui.i18n.messages_report import MESSAGES_REPORT  # noqa: E402

MESSAGES.update(MESSAGES_REPORT)

from abcd_tui.i18n.messages_snapshots_tui import MESSAGES_SNAPSHOTS_TUI  # noqa: E402

MESSAGES.update(MESSAGES_SNAPSHOTS_TUI)

from abcd_tui.i18n.messages_edits import MESSAGES_EDITS  # noqa: E402

MESSAGES.update(MESSAGES_EDITS)

from abcd_tui.i18n.messages_backup import MESSAGES_BACKUP  # noqa: E402

MESSAGES.update(MESSAGES_BACKUP)

from abcd_tui.i18n.messages_kanon import MESSAGES_KANON  # noqa: E402

MESSAGES.update(MESSAGES_KANON)

from abcd_tui.i18n.messages_text import MESSAGES_TEXT  # noqa: E402

MESSAGES.update(MESSAGES_TEXT)

from abcd_tui.i18n.messages_input import MESSAGES_INPUT  # noqa: E402

MESSAGES.update(MESSAGES_INPUT)

from abcd_tui.i18n.messages_keys import MESSAGES_KEYS  # noqa: E402

MESSAGES.update(MESSAGES_KEYS)

from abcd_tui.i18n.messages_ask import MESSAGES_ASK  # noqa: E402

MESSAGES.update(MESSAGES_ASK)

from abcd_tui.i18n.messages_circles import MESSAGES_CIRCLES  # noqa: E402

MESSAGES.update(MESSAGES_CIRCLES)
