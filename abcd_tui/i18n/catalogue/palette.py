"""The command palette: one help line per command.

Every `palette.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "palette.not_yet_connected": {
        "nl": "Wie nog niet verbonden is, en met wie kennis te maken",
        "en": "Who is not yet connected, and whom to meet",
    },
    "palette.network": {
        "nl": "Het netwerk rond iemand, of de hele buurt, als plaat",
        "en": "The network around someone, or the whole neighbourhood, as a picture",
    },
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
    "palette.settings": {"nl": "Taal, thema en database", "en": "Language, theme and database"},
}
