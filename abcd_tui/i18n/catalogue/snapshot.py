"""Snapshots (momentopnamen): taking one, the list and its chart over time (app and `abcd
snapshot`).

Every `snapshot.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Snapshots
    "snapshot.made": {
        "nl": "Momentopname {id} vastgelegd{label}: {residents:?bewoner|bewoners}, {ties:?band|banden}, "
        "{waiting} nog niet verbonden",
        "en": "Snapshot {id} taken{label}: {residents:?resident|residents}, {ties:?tie|ties}, "
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
    # Keys and the palette
    "snapshot.key": {"nl": "Momentopnamen", "en": "Snapshots"},
    "snapshot.palette": {
        "nl": "De stand van de buurt vastleggen en door de tijd volgen",
        "en": "Freeze the state of the neighbourhood and follow it over time",
    },
    "snapshot.key_new": {"nl": "Nieuwe momentopname", "en": "New snapshot"},
    "snapshot.key_compare": {"nl": "Vergelijk", "en": "Compare"},
    "snapshot.key_mark": {"nl": "Markeer", "en": "Mark"},
    "snapshot.key_export": {"nl": "Exporteren", "en": "Export"},
    # The snapshots screen
    "snapshot.list_title": {"nl": "Momentopnamen ({count})", "en": "Snapshots ({count})"},
    "snapshot.empty": {
        "nl": "Nog geen momentopnamen. Een momentopname legt de stand van de buurt vast: "
        "wie er is, de banden, de verbinders en wie nog niet verbonden is. Druk op n om de "
        "eerste te maken; maak er later meer, dan zie je hier hoe de buurt verandert.",
        "en": "No snapshots yet. A snapshot freezes the state of the neighbourhood: who is "
        "there, the ties, the connectors and who is not yet connected. Press n to take the "
        "first; take more later, and this screen shows how the neighbourhood changes.",
    },
    "snapshot.hint": {
        "nl": "enter vergelijkt met de vorige · spatie markeert er een om mee te vergelijken",
        "en": "enter compares with the one before · space marks one to compare with",
    },
    "snapshot.hint_marked": {
        "nl": "◆ gemarkeerd ({which}): enter vergelijkt ermee · spatie heft op",
        "en": "◆ marked ({which}): enter compares with it · space unmarks",
    },
    "snapshot.hint_one": {
        "nl": "Maak later nog een momentopname om te vergelijken (n).",
        "en": "Take another snapshot later to compare (n).",
    },
    "snapshot.chart_title": {"nl": "Door de tijd", "en": "Over time"},
    "snapshot.first": {
        "nl": "Dit is de eerste momentopname: er is geen eerdere. Markeer er een met spatie "
        "om mee te vergelijken.",
        "en": "This is the first snapshot: there is none before it. Mark one with space to "
        "compare with.",
    },
    "snapshot.need_two": {
        "nl": "Vergelijken kan vanaf twee momentopnamen. Maak er later nog een (n).",
        "en": "Comparing needs two snapshots. Take another one later (n).",
    },
    "snapshot.marked_same": {
        "nl": "Dat is de gemarkeerde zelf; kies een andere om mee te vergelijken.",
        "en": "That is the marked one itself; choose another to compare with.",
    },
    "snapshot.taking": {"nl": "Momentopname maken: {stage}", "en": "Taking a snapshot: {stage}"},
    "snapshot.taken": {
        "nl": "Momentopname vastgelegd{label}: {residents:?bewoner|bewoners}, {ties:?band|banden}, "
        "{waiting} nog niet verbonden",
        "en": "Snapshot taken{label}: {residents:?resident|residents}, {ties:?tie|ties}, "
        "{waiting} not yet connected",
    },
    "snapshot.new_title": {"nl": "Nieuwe momentopname", "en": "New snapshot"},
    "snapshot.new_help": {
        "nl": "Legt de buurt van nu vast, met verbinders en kringen; daarna verandert hij "
        "nooit meer. Een naam helpt hem later terug te vinden.",
        "en": "Freezes the neighbourhood as it is now, with connectors and circles; it never "
        "changes afterwards. A label helps to find it later.",
    },
    "snapshot.label_placeholder": {
        "nl": "naam, bijv. voor de zomer (mag leeg)",
        "en": "label, e.g. before the summer (optional)",
    },
    "snapshot.take": {"nl": "Vastleggen", "en": "Take"},
    # The overview
    "snapshot.overview_last": {"nl": "Laatste momentopname", "en": "Latest snapshot"},
    "snapshot.overview_none": {"nl": "nog geen momentopname", "en": "no snapshot yet"},
    # Charts over time: one scale per chart, its ends written out.
    "snapshot.chart_scale_zero": {
        "nl": "Elke rij vanaf 0 tot haar hoogste waarde (aandelen tot 100%); "
        "links de eerste, rechts de laatste.",
        "en": "Each row from 0 to its highest value (shares to 100%); first value left, last right.",
    },
    "snapshot.chart_title_zero": {"nl": "{title} · vanaf 0", "en": "{title} · from 0"},
}
