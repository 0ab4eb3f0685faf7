"""Messages of the connectors, communities and who-can-help screens.

Kept apart from `messages.py` so these views can grow without crowding the catalogue;
merged into MESSAGES at import. Wording leads with gifts and describes ties, never
people: someone is "nog niet verbonden", a connector is someone others reach through.
"""

MESSAGES_VIEWS: dict[str, dict[str, str]] = {
    # Keys in the footer
    "views.key_toggle": {"nl": "Bewoners/groepen", "en": "Residents/groups"},
    "views.key_need": {"nl": "Vraag typen", "en": "Type a need"},
    # Connectors
    "views.connectors_residents": {"nl": "Verbinders: bewoners", "en": "Connectors: residents"},
    "views.connectors_groups": {"nl": "Verbinders: groepen", "en": "Connectors: groups"},
    "views.choose_connector": {
        "nl": "Kies een verbinder om te zien wat die verbindt.",
        "en": "Choose a connector to see what they connect.",
    },
    "views.no_connectors": {
        "nl": "Nog geen verbinders: leg eerst banden.",
        "en": "No connectors yet: record some ties first.",
    },
    "views.score": {"nl": "score {score}", "en": "score {score}"},
    "views.why": {"nl": "Waarom", "en": "Why"},
    "views.their_groups": {"nl": "Groepen ({count})", "en": "Groups ({count})"},
    "views.links_communities": {"nl": "Verbindt kringen", "en": "Links circles"},
    "views.links_streets": {"nl": "Verbindt straten", "en": "Links streets"},
    "views.links_neighbourhoods": {"nl": "Verbindt wijken", "en": "Links neighbourhoods"},
    "views.depends_title": {
        "nl": "Wie via hen verbonden is",
        "en": "Who is connected through them",
    },
    "views.depends": {
        "nl": "Zonder {name} los van de rest: {names}",
        "en": "Without {name}, cut off from the rest: {names}",
    },
    "views.farther": {
        "nl": "Zonder {name} veel verder weg: {names}",
        "en": "Without {name}, much farther away: {names}",
    },
    "views.depends_none": {
        "nl": "Zonder {name} blijft iedereen via anderen bereikbaar.",
        "en": "Without {name}, everyone can still be reached through others.",
    },
    # Communities
    "views.communities_title": {"nl": "Kringen in de buurt", "en": "Circles"},
    "views.community": {"nl": "Kring {number}", "en": "Circle {number}"},
    "views.community_size": {
        "nl": "{residents} bewoners, {groups} groepen",
        "en": "{residents} residents, {groups} groups",
    },
    "views.shared_gifts": {"nl": "Gaven die ze delen", "en": "Gifts they share"},
    "views.main_groups": {"nl": "Belangrijkste groepen", "en": "Main groups"},
    "views.streets": {"nl": "Straten", "en": "Streets"},
    "views.none_yet": {"nl": "nog niet bekend", "en": "not known yet"},
    "views.bridges_title": {
        "nl": "Verbinders naar andere kringen",
        "en": "Connectors to other circles",
    },
    "views.no_bridges": {
        "nl": "Nog niemand met banden naar andere kringen.",
        "en": "Nobody with ties to other circles yet.",
    },
    "views.on_their_own": {
        "nl": "en {count} nog niet verbonden",
        "en": "and {count} not yet connected",
    },
    "views.more": {"nl": "en nog {count}", "en": "and {count} more"},
    "views.no_communities": {
        "nl": "Nog geen kringen: leg eerst banden.",
        "en": "No circles yet: record some ties first.",
    },
    # Who can help?
    "views.need_placeholder": {
        "nl": "Waarmee? Bijv. hulp in de tuin, koken, fietsen maken…",
        "en": "With what? E.g. help in the garden, cooking, fixing bikes…",
    },
    "views.type_a_need": {
        "nl": "Typ waar iemand hulp bij zoekt.",
        "en": "Type what someone needs help with.",
    },
    "views.help_hint": {
        "nl": "Hier staan bewoners en groepen waarvan het aanbod of de gaven passen.",
        "en": "Residents and groups whose offers or gifts fit appear here.",
    },
    "views.found_helpers": {"nl": "{count} gevonden", "en": "{count} found"},
    "views.no_helpers": {
        "nl": "Nog niemand gevonden voor '{need}'. Probeer een ander woord.",
        "en": "Nobody found yet for '{need}'. Try another word.",
    },
    "views.why_fits": {"nl": "Waarom dit past", "en": "Why this fits"},
}
