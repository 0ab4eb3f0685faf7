"""Exports (GraphML, GEXF, JSON, CSV, HTML): the export dialog, `abcd export`, its stages
and the pseudonymised names.

Every `export.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "export.title": {"nl": "Netwerk van de buurt", "en": "Neighbourhood network"},
    "export.resident": {"nl": "Bewoner", "en": "Resident"},
    "export.someone": {"nl": "iemand", "en": "someone"},
    "export.own_words": {"nl": "(eigen woorden)", "en": "(own words)"},
    "export.theme": {"nl": "thema: {themes}", "en": "theme: {themes}"},
    "export.community": {
        "nl": "kring {number} ({residents:?bewoner|bewoners}; {known})",
        "en": "circle {number} ({residents:?resident|residents}; {known})",
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
        "nl": "Met namen: {named} van {residents:?bewoner|bewoners} (wie toestemming gaf); "
        "de anderen met schuilnaam. Deel deze bestanden alleen binnen het team.",
        "en": "With names: {named} of {residents:?resident|residents} (those who gave consent); "
        "the others by pseudonym. Share these files within the team only.",
    },
    "export.stage.read": {"nl": "Lezen", "en": "Reading"},
    "export.stage.layout": {"nl": "Plaatsen", "en": "Layout"},
    "export.stage.done": {"nl": "Klaar", "en": "Done"},
    "export.now": {
        "nl": "Exporteren (het register nu)",
        "en": "Export (the register now)",
    },
    "export.now_help": {
        "nl": "Bestanden voor Gephi, spreadsheets of een verslag, van het register zoals het nu is",
        "en": "Files for Gephi, spreadsheets or a report, of the register as it is now",
    },
    # The export dialog
    "export.dialog_title": {"nl": "Exporteren", "en": "Export"},
    "export.of": {"nl": "Momentopname {which}", "en": "Snapshot {which}"},
    "export.of_now_dialog": {
        "nl": "Het register zoals het nu is",
        "en": "The register as it is now",
    },
    "export.format.graphml": {"nl": "GraphML", "en": "GraphML"},
    "export.format.gexf": {"nl": "GEXF, voor Gephi", "en": "GEXF, for Gephi"},
    "export.format.json": {"nl": "JSON", "en": "JSON"},
    "export.format.csv": {"nl": "CSV, voor spreadsheets", "en": "CSV, for spreadsheets"},
    "export.format.html": {"nl": "HTML-verslag om te lezen", "en": "HTML report to read"},
    "export.folder": {"nl": "Map", "en": "Folder"},
    "export.delimiter": {"nl": "CSV", "en": "CSV"},
    "export.delimiter_semicolon": {
        "nl": "; puntkomma (Excel in het Nederlands)",
        "en": "; semicolon (Excel in Dutch and other languages)",
    },
    "export.delimiter_comma": {"nl": ", komma", "en": ", comma"},
    "export.k": {"nl": "Anoniem", "en": "Unnamed"},
    "export.k_choice": {
        "nl": "k = {k}: niet te onderscheiden van {others} anderen",
        "en": "k = {k}: cannot be told from {others} others",
    },
    "export.k_choice_one": {
        "nl": "k = 2: niet te onderscheiden van één ander",
        "en": "k = 2: cannot be told from one other",
    },
    "export.k_default": {"nl": "{choice} (standaard)", "en": "{choice} (default)"},
    "export.k_none": {"nl": "k = 1: niets algemener maken", "en": "k = 1: generalise nothing"},
    "export.with_names": {
        "nl": "Met namen (alleen wie toestemming gaf)",
        "en": "With names (only those who gave consent)",
    },
    "export.pseudonyms_help": {
        "nl": "Uit: schuilnamen (Bewoner 1, 2 …), zonder adressen of notities.",
        "en": "Off: pseudonyms (Resident 1, 2 …), without addresses or notes.",
    },
    "export.names_help": {
        "nl": "Aan: naam bij toestemming, anders schuilnaam; alleen voor het team.",
        "en": "On: names with consent, pseudonyms otherwise; for the team only.",
    },
    "export.go": {"nl": "Exporteren", "en": "Export"},
    "export.no_format": {
        "nl": "Kies minstens één formaat.",
        "en": "Choose at least one format.",
    },
    "export.no_folder": {"nl": "Geef een map op.", "en": "Give a folder."},
    "export.overwrite": {
        "nl": "In {folder} staan al: {files}. Overschrijven?",
        "en": "{folder} already holds: {files}. Overwrite?",
    },
    "export.working": {"nl": "Bezig: {stage}", "en": "Working: {stage}"},
    "export.exported": {
        "nl": "Geëxporteerd naar {folder}: {files}",
        "en": "Exported to {folder}: {files}",
    },
    "export.exported_pseudonymised": {
        "nl": "Met schuilnamen: bewoners heten Bewoner 1, Bewoner 2 …",
        "en": "With pseudonyms: residents are called Resident 1, Resident 2 …",
    },
}
