"""The not yet connected screen (nog niet verbonden) and its introductions (kennismakingen).

The words describe ties, never a person, and lead with what someone can give.

Every `not_yet_connected.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys in the footer
    "not_yet_connected.key_made": {"nl": "Kennismaking gemaakt", "en": "Introduction made"},
    "not_yet_connected.key_decline": {"nl": "Afslaan", "en": "Decline"},
    "not_yet_connected.key_not_now": {"nl": "Ook 'nu niet'", "en": "Also 'not now'"},
    # The list
    "not_yet_connected.count": {
        "nl": "{count} bewoners nog niet verbonden",
        "en": "{count} residents not yet connected",
    },
    "not_yet_connected.more": {
        "nl": "… en nog {count}: pijl omlaag om verder te lezen",
        "en": "… and {count} more: arrow down to read on",
    },
    "not_yet_connected.count_one": {
        "nl": "1 bewoner nog niet verbonden",
        "en": "1 resident not yet connected",
    },
    "not_yet_connected.none": {
        "nl": "Iedereen heeft een buur, vriend, familielid of club.",
        "en": "Everyone has a neighbour, friend, relative or club.",
    },
    "not_yet_connected.computing": {"nl": "Banden worden bekeken…", "en": "Looking at the ties…"},
    "not_yet_connected.recomputing": {"nl": "Opnieuw berekenen…", "en": "Recalculating…"},
    "not_yet_connected.open_mark": {"nl": "kennismaking: {open}", "en": "introductions: {open}"},
    # The chosen resident
    "not_yet_connected.nothing_selected": {
        "nl": "Kies links een bewoner om voorstellen voor een kennismaking te zien.",
        "en": "Choose a resident on the left to see suggested introductions.",
    },
    "not_yet_connected.can_give": {"nl": "Kan geven: {gifts}", "en": "Can give: {gifts}"},
    "not_yet_connected.suggestions": {
        "nl": "Voorstellen voor een kennismaking",
        "en": "Suggested introductions",
    },
    "not_yet_connected.no_suggestions": {
        "nl": "Nog geen voorstel. Vraag bij een volgende wandeling naar gaven en interesses.",
        "en": "No suggestion yet. Ask about gifts and interests on the next walk.",
    },
    "not_yet_connected.open_no": {
        "nl": "{name} heeft liever geen kennismakingen: geen voorstellen.",
        "en": "{name} would rather not be introduced: no suggestions.",
    },
    "not_yet_connected.open_not_now": {
        "nl": "{name} zei 'nu niet' tegen kennismakingen. Druk op n om toch voorstellen te zien.",
        "en": "{name} said 'not now' to introductions. Press n to see suggestions anyway.",
    },
    "not_yet_connected.showing_not_now": {
        "nl": "Ook voorstellen voor wie 'nu niet' zei",
        "en": "Also suggestions for those who said 'not now'",
    },
    "not_yet_connected.hiding_not_now": {
        "nl": "Geen voorstellen voor wie 'nu niet' zei",
        "en": "No suggestions for those who said 'not now'",
    },
    "not_yet_connected.no_introduction": {
        "nl": "Geen kennismaking gekozen",
        "en": "No introduction chosen",
    },
}
