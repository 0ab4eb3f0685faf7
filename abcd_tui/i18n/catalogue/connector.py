"""Connectors (verbinders): the connectors screen, who is reached through whom.

A connector is someone others reach through; words describe ties, never people.

Every `connector.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys in the footer
    "connector.key_toggle": {"nl": "Bewoners/groepen", "en": "Residents/groups"},
    # Connectors
    "connector.title_residents": {"nl": "Verbinders: bewoners", "en": "Connectors: residents"},
    "connector.title_groups": {"nl": "Verbinders: groepen", "en": "Connectors: groups"},
    "connector.choose_connector": {
        "nl": "Kies een verbinder om te zien wat die verbindt.",
        "en": "Choose a connector to see what they connect.",
    },
    "connector.no_connectors": {
        "nl": "Nog geen verbinders: leg eerst banden.",
        "en": "No connectors yet: record some ties first.",
    },
    "connector.score": {"nl": "score {score}", "en": "score {score}"},
    "connector.why": {"nl": "Waarom", "en": "Why"},
    "connector.their_groups": {"nl": "Groepen ({count})", "en": "Groups ({count})"},
    "connector.links_communities": {"nl": "Verbindt kringen", "en": "Links circles"},
    "connector.links_streets": {"nl": "Verbindt straten", "en": "Links streets"},
    "connector.links_neighbourhoods": {"nl": "Verbindt wijken", "en": "Links neighbourhoods"},
    "connector.depends_title": {
        "nl": "Wie via hen verbonden is",
        "en": "Who is connected through them",
    },
    "connector.depends": {
        "nl": "Zonder {name} los van de rest: {names}",
        "en": "Without {name}, cut off from the rest: {names}",
    },
    "connector.depends_farther": {
        "nl": "Zonder {name} veel verder weg: {names}",
        "en": "Without {name}, much farther away: {names}",
    },
    "connector.depends_none": {
        "nl": "Zonder {name} blijft iedereen via anderen bereikbaar.",
        "en": "Without {name}, everyone can still be reached through others.",
    },
}
