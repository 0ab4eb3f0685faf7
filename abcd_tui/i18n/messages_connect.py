"""Messages of the "not yet connected" screen and its introductions (kennismakingen).

Merged into MESSAGES at import. The words describe ties, never a person, and lead with
what someone can give.
"""

MESSAGES_CONNECT: dict[str, dict[str, str]] = {
    # Keys in the footer
    "connect.key_made": {"nl": "Kennismaking gemaakt", "en": "Introduction made"},
    "connect.key_decline": {"nl": "Afslaan", "en": "Decline"},
    "connect.key_not_now": {"nl": "Ook 'nu niet'", "en": "Also 'not now'"},
    # The list
    "connect.count": {
        "nl": "{count} bewoners nog niet verbonden",
        "en": "{count} residents not yet connected",
    },
    "connect.count_one": {
        "nl": "1 bewoner nog niet verbonden",
        "en": "1 resident not yet connected",
    },
    "connect.none": {
        "nl": "Iedereen heeft een buur, vriend, familielid of club.",
        "en": "Everyone has a neighbour, friend, relative or club.",
    },
    "connect.computing": {"nl": "Banden worden bekeken…", "en": "Looking at the ties…"},
    "connect.recomputing": {"nl": "Opnieuw berekenen…", "en": "Recalculating…"},
    "connect.open_mark": {"nl": "kennismaking: {open}", "en": "introductions: {open}"},
    # The chosen resident
    "connect.nothing_selected": {
        "nl": "Kies links een bewoner om voorstellen voor een kennismaking te zien.",
        "en": "Choose a resident on the left to see suggested introductions.",
    },
    "connect.can_give": {"nl": "Kan geven: {gifts}", "en": "Can give: {gifts}"},
    "connect.suggestions": {
        "nl": "Voorstellen voor een kennismaking",
        "en": "Suggested introductions",
    },
    "connect.no_suggestions": {
        "nl": "Nog geen voorstel. Vraag bij een volgende wandeling naar gaven en interesses.",
        "en": "No suggestion yet. Ask about gifts and interests on the next walk.",
    },
    "connect.open_no": {
        "nl": "{name} heeft liever geen kennismakingen: geen voorstellen.",
        "en": "{name} would rather not be introduced: no suggestions.",
    },
    "connect.open_not_now": {
        "nl": "{name} zei 'nu niet' tegen kennismakingen. Druk n om toch voorstellen te zien.",
        "en": "{name} said 'not now' to introductions. Press n to see suggestions anyway.",
    },
    "connect.showing_not_now": {
        "nl": "Ook voorstellen voor wie 'nu niet' zei",
        "en": "Also suggestions for those who said 'not now'",
    },
    "connect.hiding_not_now": {
        "nl": "Geen voorstellen voor wie 'nu niet' zei",
        "en": "No suggestions for those who said 'not now'",
    },
    "connect.no_introduction": {
        "nl": "Geen kennismaking gekozen",
        "en": "No introduction chosen",
    },
}
