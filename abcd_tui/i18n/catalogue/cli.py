"""The command line's shared output lines, and its help: what `abcd --help` and each
command's `--help` say (argparse's own words are in cli/argparse_words.py).

Every `cli.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.shown": {
        "nl": "de eerste {shown} getoond; --limit 0 toont alles, --json geeft alles aan scripts",
        "en": "the first {shown} shown; --limit 0 shows all, --json gives all to scripts",
    },
    # `abcd --help`: the commands and their options (cli/*.py add_commands)
    "cli.abcd": {
        "nl": "Breng de gaven, verenigingen en banden van een buurt in kaart (ABCD). Zonder opdracht opent de app.",
        "en": "Map the gifts, associations and ties of a neighbourhood (ABCD). Without a command, opens the app.",
    },
    "cli.version": {"nl": "de versie tonen en stoppen", "en": "show the version and exit"},
    "cli.commands": {"nl": "opdrachten", "en": "commands"},
    "cli.meta_command": {"nl": "OPDRACHT", "en": "COMMAND"},
    "cli.meta_path": {"nl": "PAD", "en": "PATH"},
    "cli.database": {
        "nl": "databasebestand (anders $ABCD_DB, anders data/abcd.db)",
        "en": "database file (else $ABCD_DB, else data/abcd.db)",
    },
    "cli.lang": {"nl": "taal: nl (standaard) of en", "en": "language: nl (default) or en"},
    "cli.import": {
        "nl": "mensen, groepen en banden inlezen uit CSV of .xlsx",
        "en": "import people, groups and ties from CSV or .xlsx",
    },
    "cli.import_people": {
        "nl": "bestand met mensen (CSV of .xlsx)",
        "en": "people file (CSV or .xlsx)",
    },
    "cli.import_groups": {
        "nl": "bestand met groepen (CSV of .xlsx)",
        "en": "groups file (CSV or .xlsx)",
    },
    "cli.import_ties": {
        "nl": "bestand met banden (CSV of .xlsx)",
        "en": "ties file (CSV or .xlsx)",
    },
    "cli.import_dry_run": {
        "nl": "laten zien wat er zou veranderen, niets opslaan",
        "en": "report what would change, save nothing",
    },
    "cli.import_json": {"nl": "het verslag als JSON geven", "en": "print the report as JSON"},
    "cli.demo": {
        "nl": "een levensecht voorbeelddorp maken in een lege database",
        "en": "create a realistic demo village in an empty database",
    },
    "cli.demo_size": {
        "nl": "aantal bewoners (standaard 150)",
        "en": "number of residents (default 150)",
    },
    "cli.demo_seed": {
        "nl": "startgetal: hetzelfde getal geeft hetzelfde dorp",
        "en": "seed: the same seed gives the same village",
    },
    "cli.stats": {
        "nl": "tellingen van alles in het register",
        "en": "counts of everything in the register",
    },
    "cli.json_object": {"nl": "een JSON-object geven", "en": "print a JSON object"},
    "cli.list": {"nl": "mensen, groepen of banden opsommen", "en": "list people, groups or ties"},
    "cli.list_what": {"nl": "wat op te sommen", "en": "what to list"},
    "cli.list_json": {
        "nl": "een JSON-lijst geven (alle records)",
        "en": "print a JSON array (all records)",
    },
    "cli.list_limit": {
        "nl": "hoogstens N records (0: alle); tabellen tonen er 200 tenzij gevraagd, --json alle",
        "en": "at most N records (0: all); tables show 200 unless asked, --json all",
    },
    "cli.list_neighbourhood": {
        "nl": "mensen: alleen deze buurt of dit dorp",
        "en": "people: only this neighbourhood or village",
    },
    "cli.list_kind": {
        "nl": "groepen of banden: alleen deze soort",
        "en": "groups or ties: only this kind",
    },
    "cli.forget": {
        "nl": "een bewoner wissen, met elk spoor dat we van hem of haar hebben",
        "en": "erase a resident and every trace of them",
    },
    "cli.forget_key": {
        "nl": "de sleutel van de bewoner (zie abcd list people)",
        "en": "the resident's key (see abcd list people)",
    },
    "cli.forget_yes": {"nl": "niet om bevestiging vragen", "en": "do not ask for confirmation"},
    "cli.forget_json": {
        "nl": "wat gewist is als JSON geven",
        "en": "print what was erased as JSON",
    },
    "cli.connectors": {
        "nl": "wie de buurt bij elkaar houdt, en waarom",
        "en": "who holds the neighbourhood together, and why",
    },
    "cli.connectors_top": {
        "nl": "hoeveel (standaard 20; 0: alle)",
        "en": "how many (default 20; 0: all)",
    },
    "cli.connectors_groups": {
        "nl": "groepen rangschikken in plaats van bewoners",
        "en": "rank groups instead of residents",
    },
    "cli.json_best_first": {
        "nl": "een JSON-lijst geven, de beste eerst",
        "en": "print a JSON array, best first",
    },
    "cli.isolated": {
        "nl": "bewoners en groepen die nog niet verbonden zijn, en hoe dat kan",
        "en": "residents and groups not yet connected, and how",
    },
    "cli.json_array": {"nl": "een JSON-lijst geven", "en": "print a JSON array"},
    "cli.introductions": {
        "nl": "wie met wie kennis kan maken, met de redenen",
        "en": "who could meet whom, with the reasons",
    },
    "cli.introductions_for": {"nl": "alleen voor deze bewoner", "en": "only for this resident"},
    "cli.introductions_not_now": {
        "nl": "ook voor bewoners die 'nu niet' zeiden tegen kennismakingen",
        "en": "also for residents who said 'not now' to introductions",
    },
    "cli.introductions_top": {
        "nl": "voorstellen per bewoner (standaard 3)",
        "en": "suggestions per resident (default 3)",
    },
    "cli.communities": {
        "nl": "de kringen van de buurt, beschreven",
        "en": "circles of the neighbourhood, described",
    },
    "cli.json_biggest_first": {
        "nl": "een JSON-lijst geven, de grootste eerst",
        "en": "print a JSON array, biggest first",
    },
    "cli.who_can_help": {
        "nl": "wie iets aanbiedt of een gave heeft voor TEKST",
        "en": "who offers or has a gift for TEXT",
    },
    "cli.who_can_help_text": {
        "nl": "een gave of vraag, bijv. 'hulp in de tuin'",
        "en": "a gift or need, e.g. 'hulp in de tuin'",
    },
    "cli.who_can_help_top": {"nl": "hoeveel (standaard 20)", "en": "how many (default 20)"},
    "cli.who_can_help_near": {
        "nl": "wie het vraagt: wie even goed past en dichter bij deze bewoner staat, eerst",
        "en": "who asks: equal matches closer to this resident first",
    },
    "cli.who_can_help_not_now": {
        "nl": "ook bewoners die 'nu niet' zeiden tegen kennismakingen",
        "en": "also residents who said 'not now' to introductions",
    },
    "cli.backup": {
        "nl": "nu een reservekopie van het register maken; geeft het pad",
        "en": "make a backup of the register now; prints its path",
    },
    "cli.backup_json": {
        "nl": "pad, tijd, reden en grootte als JSON geven",
        "en": "print its path, time, reason and size as JSON",
    },
    "cli.backups": {
        "nl": "de reservekopieën van het register, de oudste eerst",
        "en": "list the backups of the register, oldest first",
    },
    "cli.restore": {
        "nl": "een reservekopie terugzetten in plaats van het register (bewaart eerst het huidige)",
        "en": "put a backup back in place of the register (backs up the current first)",
    },
    "cli.restore_file": {
        "nl": "de reservekopie (zie abcd backups)",
        "en": "the backup (see abcd backups)",
    },
    "cli.restore_json": {
        "nl": "wat teruggezet is als JSON geven",
        "en": "print what was restored as JSON",
    },
    "cli.export": {
        "nl": "het netwerk wegschrijven voor Gephi, spreadsheets of een verslag om te lezen",
        "en": "write the network for Gephi, spreadsheets or a report to read",
    },
    "cli.export_format": {
        "nl": "graphml, gexf, json, csv, html, meerdere met komma's, of all (standaard)",
        "en": "graphml, gexf, json, csv, html, several with commas, or all (default)",
    },
    "cli.export_snapshot": {
        "nl": "een bewaarde momentopname (standaard: het register nu)",
        "en": "a saved snapshot (default: the register now)",
    },
    "cli.out": {"nl": "map (standaard: exports/)", "en": "folder (default: exports/)"},
    "cli.export_with_names": {
        "nl": "namen tonen van bewoners die toestemming gaven (standaard: schuilnamen)",
        "en": "show names of residents who gave consent (default: pseudonyms)",
    },
    "cli.export_force": {
        "nl": "bestanden die er al staan overschrijven",
        "en": "overwrite files already there",
    },
    "cli.export_delimiter": {
        "nl": "scheidingsteken voor CSV: , (standaard) of ; voor Excel",
        "en": "CSV delimiter: , (default) or ; for Excel",
    },
    "cli.export_json": {
        "nl": "wat geschreven is als JSON geven",
        "en": "print what was written as JSON",
    },
    "cli.snapshot": {
        "nl": "het netwerk en de analyse nu vastleggen, om later te vergelijken",
        "en": "freeze the network and its analysis now, to compare later",
    },
    "cli.snapshot_label": {
        "nl": "een naam ervoor, bijv. 'voor de zomer'",
        "en": "a name for it, e.g. 'voor de zomer'",
    },
    "cli.snapshot_json": {
        "nl": "de momentopname als JSON geven",
        "en": "print the snapshot as JSON",
    },
    "cli.snapshots": {
        "nl": "de momentopnamen, de oudste eerst",
        "en": "list the snapshots, oldest first",
    },
    "cli.compare": {
        "nl": "wat er veranderde tussen twee momentopnamen",
        "en": "what changed between two snapshots",
    },
    "cli.compare_a": {
        "nl": "momentopname: nummer (1 = oudste, -1 = nieuwste), id of naam",
        "en": "snapshot: number (1 = oldest, -1 = newest), id or label",
    },
    "cli.compare_b": {"nl": "de andere momentopname", "en": "the other snapshot"},
    "cli.walks": {
        "nl": "eerdere wandelingen: wie we spraken en wat het opleverde",
        "en": "past walks, with whom we met and what it brought",
    },
    "cli.json_latest_first": {
        "nl": "een JSON-lijst geven, de laatste eerst",
        "en": "print a JSON array, the latest first",
    },
    "cli.still_to_ask": {
        "nl": "wat we wie nog kunnen vragen, per straat: de lijst voor de volgende wandeling",
        "en": "who is still to ask what, per street: the list for the next walk",
    },
    "cli.still_to_ask_street": {
        "nl": "alleen deze straat (hoofdletters maken niet uit)",
        "en": "only this street (any case)",
    },
    "cli.still_to_ask_format": {
        "nl": "een bestand schrijven (csv voor een spreadsheet, html om af te drukken) in plaats van een tabel",
        "en": "write a file (csv for a spreadsheet, html to print) instead of a table",
    },
    "cli.still_to_ask_force": {
        "nl": "een bestaand bestand vervangen",
        "en": "replace an existing file",
    },
    "cli.meta_file": {"nl": "BESTAND", "en": "FILE"},
    "cli.meta_key": {"nl": "SLEUTEL", "en": "KEY"},
    "cli.meta_text": {"nl": "TEKST", "en": "TEXT"},
    "cli.meta_dir": {"nl": "MAP", "en": "DIR"},
    "cli.meta_street": {"nl": "STRAAT", "en": "STREET"},
    "cli.export_k": {
        "nl": "elke combinatie die een bewoner zonder naam laat zien, delen er N of meer (standaard 3; 1: niets algemener maken); zie README.txt in de export",
        "en": "every combination an unnamed resident shows is shared by N or more (default 3; 1: generalise nothing); see README.txt in the export",
    },
    # argparse's own words (cli/argparse_words.py); %-placeholders are argparse's
    "cli.argparse_usage": {"nl": "gebruik: ", "en": "usage: "},
    "cli.argparse_positional": {"nl": "argumenten", "en": "arguments"},
    "cli.argparse_options": {"nl": "opties", "en": "options"},
    "cli.argparse_help": {"nl": "deze hulp tonen en stoppen", "en": "show this help and exit"},
    "cli.argparse_error": {
        "nl": "%(prog)s: fout: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "cli.argparse_argument": {
        "nl": "bij %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "cli.argparse_required": {
        "nl": "deze argumenten zijn nodig: %s",
        "en": "the following arguments are required: %s",
    },
    "cli.argparse_one_required": {
        "nl": "een van deze argumenten is nodig: %s",
        "en": "one of the arguments %s is required",
    },
    "cli.argparse_unrecognized": {
        "nl": "onbekende argumenten: %s",
        "en": "unrecognized arguments: %s",
    },
    "cli.argparse_invalid_choice": {
        "nl": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "cli.argparse_invalid_value": {
        "nl": "ongeldige waarde voor %(type)s: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "cli.argparse_unknown_command": {
        "nl": "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)",
        "en": "unknown command %(parser_name)r (choose from: %(choices)s)",
    },
    "cli.argparse_ambiguous": {
        "nl": "optie %(option)s kan meer zijn: %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.argparse_expected_one": {"nl": "verwacht één waarde", "en": "expected one argument"},
    "cli.argparse_expected_at_most_one": {
        "nl": "verwacht hoogstens één waarde",
        "en": "expected at most one argument",
    },
    "cli.argparse_expected_at_least_one": {
        "nl": "verwacht minstens één waarde",
        "en": "expected at least one argument",
    },
    "cli.argparse_expected_n_one": {"nl": "verwacht %s waarde", "en": "expected %s argument"},
    "cli.argparse_expected_n": {"nl": "verwacht %s waarden", "en": "expected %s arguments"},
    "cli.argparse_not_allowed_with": {
        "nl": "niet samen met %s",
        "en": "not allowed with argument %s",
    },
    "cli.argparse_ignored": {"nl": "waarde %r genegeerd", "en": "ignored explicit argument %r"},
    "cli.argparse_unexpected_option": {
        "nl": "onverwachte optie: %s",
        "en": "unexpected option string: %s",
    },
    "cli.argparse_cannot_open": {
        "nl": "kan '%(filename)s' niet openen: %(error)s",
        "en": "can't open '%(filename)s': %(error)s",
    },
}
