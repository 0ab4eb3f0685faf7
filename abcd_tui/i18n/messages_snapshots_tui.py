"""Messages of the app's snapshots screen, comparison view, export dialog and forgetting,
in Dutch and English. Merged into the catalogue at the end of `messages.py`; the words
shared with the command line (figure.*, compare.*, export.*, forget.*) live in
`messages_export.py`."""

MESSAGES_SNAPSHOTS_TUI: dict[str, dict[str, str]] = {
    # Keys and the palette
    "snapshots.key": {"nl": "Momentopnamen", "en": "Snapshots"},
    "snapshots.palette": {
        "nl": "De stand van de buurt vastleggen en door de tijd volgen",
        "en": "Freeze the state of the neighbourhood and follow it over time",
    },
    "snapshots.key_new": {"nl": "Nieuwe momentopname", "en": "New snapshot"},
    "snapshots.key_compare": {"nl": "Vergelijk", "en": "Compare"},
    "snapshots.key_mark": {"nl": "Markeer", "en": "Mark"},
    "snapshots.key_export": {"nl": "Exporteren", "en": "Export"},
    "snapshots.export_now": {
        "nl": "Exporteren (het register nu)",
        "en": "Export (the register now)",
    },
    "snapshots.export_now_help": {
        "nl": "Bestanden voor Gephi, spreadsheets of een verslag, van het register zoals het nu is",
        "en": "Files for Gephi, spreadsheets or a report, of the register as it is now",
    },
    # The snapshots screen
    "snapshots.title": {"nl": "Momentopnamen ({count})", "en": "Snapshots ({count})"},
    "snapshots.empty": {
        "nl": "Nog geen momentopnamen. Een momentopname legt de stand van de buurt vast: "
        "wie er is, de banden, de verbinders en wie nog niet verbonden is. Druk n om de "
        "eerste te maken; maak er later meer, dan zie je hier hoe de buurt verandert.",
        "en": "No snapshots yet. A snapshot freezes the state of the neighbourhood: who is "
        "there, the ties, the connectors and who is not yet connected. Press n to take the "
        "first; take more later, and this screen shows how the neighbourhood changes.",
    },
    "snapshots.col.created": {"nl": "Gemaakt", "en": "Taken"},
    "snapshots.col.label": {"nl": "Naam", "en": "Label"},
    "snapshots.hint": {
        "nl": "enter vergelijkt met de vorige · spatie markeert er een om mee te vergelijken",
        "en": "enter compares with the one before · space marks one to compare with",
    },
    "snapshots.hint_marked": {
        "nl": "◆ gemarkeerd ({which}): enter vergelijkt ermee · spatie heft op",
        "en": "◆ marked ({which}): enter compares with it · space unmarks",
    },
    "snapshots.hint_one": {
        "nl": "Maak later nog een momentopname om te vergelijken (n).",
        "en": "Take another snapshot later to compare (n).",
    },
    "snapshots.chart_title": {"nl": "Door de tijd", "en": "Over time"},
    "snapshots.first": {
        "nl": "Dit is de eerste momentopname: er is geen eerdere. Markeer er een met spatie "
        "om mee te vergelijken.",
        "en": "This is the first snapshot: there is none before it. Mark one with space to "
        "compare with.",
    },
    "snapshots.need_two": {
        "nl": "Vergelijken kan vanaf twee momentopnamen. Maak er later nog een (n).",
        "en": "Comparing needs two snapshots. Take another one later (n).",
    },
    "snapshots.marked_same": {
        "nl": "Dat is de gemarkeerde zelf; kies een andere om mee te vergelijken.",
        "en": "That is the marked one itself; choose another to compare with.",
    },
    "snapshots.taking": {"nl": "Momentopname maken: {stage}", "en": "Taking a snapshot: {stage}"},
    "snapshots.made": {
        "nl": "Momentopname vastgelegd{label}: {residents} bewoners, {ties} banden, "
        "{waiting} nog niet verbonden",
        "en": "Snapshot taken{label}: {residents} residents, {ties} ties, "
        "{waiting} not yet connected",
    },
    "snapshots.new_title": {"nl": "Nieuwe momentopname", "en": "New snapshot"},
    "snapshots.new_help": {
        "nl": "Legt de buurt van nu vast, met verbinders en kringen; daarna verandert hij "
        "nooit meer. Een naam helpt hem later terug te vinden.",
        "en": "Freezes the neighbourhood as it is now, with connectors and circles; it never "
        "changes afterwards. A label helps to find it later.",
    },
    "snapshots.label_placeholder": {
        "nl": "naam, bijv. voor de zomer (mag leeg)",
        "en": "label, e.g. before the summer (optional)",
    },
    "snapshots.take": {"nl": "Vastleggen", "en": "Take"},
    # The overview
    "snapshots.overview_last": {"nl": "Laatste momentopname", "en": "Latest snapshot"},
    "snapshots.overview_none": {"nl": "nog geen momentopname", "en": "no snapshot yet"},
    # The comparison view
    "snapshots.compare_loading": {"nl": "Vergelijken…", "en": "Comparing…"},
    "snapshots.compare_figures": {"nl": "Cijfers", "en": "Figures"},
    # The export dialog
    "snapshots.export_title": {"nl": "Exporteren", "en": "Export"},
    "snapshots.export_of": {"nl": "Momentopname {which}", "en": "Snapshot {which}"},
    "snapshots.export_of_now": {
        "nl": "Het register zoals het nu is",
        "en": "The register as it is now",
    },
    "snapshots.export_formats": {"nl": "Formaten", "en": "Formats"},
    "snapshots.format.graphml": {"nl": "GraphML", "en": "GraphML"},
    "snapshots.format.gexf": {"nl": "GEXF, voor Gephi", "en": "GEXF, for Gephi"},
    "snapshots.format.json": {"nl": "JSON", "en": "JSON"},
    "snapshots.format.csv": {"nl": "CSV, voor spreadsheets", "en": "CSV, for spreadsheets"},
    "snapshots.format.html": {"nl": "HTML-verslag om te lezen", "en": "HTML report to read"},
    "snapshots.export_folder": {"nl": "Map", "en": "Folder"},
    "snapshots.export_delimiter": {"nl": "CSV", "en": "CSV"},
    "snapshots.delimiter_semicolon": {
        "nl": "; puntkomma (Excel in het Nederlands)",
        "en": "; semicolon (Excel in Dutch and other languages)",
    },
    "snapshots.delimiter_comma": {"nl": ", komma", "en": ", comma"},
    "snapshots.with_names": {
        "nl": "Met namen (alleen wie toestemming gaf)",
        "en": "With names (only those who gave consent)",
    },
    "snapshots.pseudonyms_help": {
        "nl": "Uit: schuilnamen (Bewoner 1, 2 …), zonder adressen of notities.",
        "en": "Off: pseudonyms (Resident 1, 2 …), without addresses or notes.",
    },
    "snapshots.names_help": {
        "nl": "Aan: naam bij toestemming, anders schuilnaam; alleen voor het team.",
        "en": "On: names with consent, pseudonyms otherwise; for the team only.",
    },
    "snapshots.export_go": {"nl": "Exporteren", "en": "Export"},
    "snapshots.export_no_format": {
        "nl": "Kies minstens één formaat.",
        "en": "Choose at least one format.",
    },
    "snapshots.export_no_folder": {"nl": "Geef een map op.", "en": "Give a folder."},
    "snapshots.export_overwrite": {
        "nl": "In {folder} staan al: {files}. Overschrijven?",
        "en": "{folder} already holds: {files}. Overwrite?",
    },
    "snapshots.export_stage": {"nl": "Bezig: {stage}", "en": "Working: {stage}"},
    "snapshots.exported": {
        "nl": "Geëxporteerd naar {folder}: {files}",
        "en": "Exported to {folder}: {files}",
    },
    "snapshots.exported_pseudonymised": {
        "nl": "Met schuilnamen: bewoners heten Bewoner 1, Bewoner 2 …",
        "en": "With pseudonyms: residents are called Resident 1, Resident 2 …",
    },
    # Forgetting a resident
    "snapshots.key_forget": {"nl": "Voorgoed vergeten", "en": "Forget for good"},
    "snapshots.forget_title": {"nl": "{name} voorgoed vergeten", "en": "Forget {name} for good"},
    "snapshots.forget_what": {
        "nl": "Dit wist {name} ({key}) en elk spoor: de gegevens, {ties} banden, "
        "ontmoetingen op wandelingen, afgeslagen kennismakingen en hun plek in alle "
        "momentopnamen. Het databasebestand wordt opnieuw geschreven.",
        "en": "This erases {name} ({key}) and every trace: the record, {ties} ties, meetings "
        "on walks, declined introductions and their place in every snapshot. The database "
        "file is rewritten.",
    },
    "snapshots.forget_final": {
        "nl": "Dit kan niet ongedaan worden, ook niet met ctrl+z. Alleen iemand verwijderen "
        "(terug te halen) doe je met d.",
        "en": "This cannot be undone, not even with ctrl+z. To delete someone in a way that "
        "can be undone, use d.",
    },
    "snapshots.forget_type": {
        "nl": "Typ de voornaam ({first}) om te bevestigen:",
        "en": "Type the first name ({first}) to confirm:",
    },
    "snapshots.forget_go": {"nl": "Voorgoed vergeten", "en": "Forget for good"},
    "snapshots.forgetting": {"nl": "{name} wordt vergeten…", "en": "Forgetting {name}…"},
    "snapshots.history_cleared": {
        "nl": "Eerdere wijzigingen kunnen niet meer ongedaan worden gemaakt: daarin stond "
        "wie nu vergeten is.",
        "en": "Earlier changes can no longer be undone: they held the person now forgotten.",
    },
    "snapshots.history_dropped": {
        "nl": "Intussen is iemand vergeten (bijvoorbeeld met abcd forget). Wat je eerder "
        "deed, kan daarom niet meer ongedaan worden gemaakt; er is niets veranderd.",
        "en": "Meanwhile someone was forgotten (for example with abcd forget). What you did "
        "before can therefore no longer be undone; nothing was changed.",
    },
    "snapshots.history_dropped_before": {
        "nl": "Intussen is iemand vergeten (bijvoorbeeld met abcd forget). Wat je daarvoor "
        "deed, kan niet meer ongedaan worden gemaakt; dit en wat je hierna doet wel.",
        "en": "Meanwhile someone was forgotten (for example with abcd forget). What you did "
        "before that can no longer be undone; this and what you do next can.",
    },
}
