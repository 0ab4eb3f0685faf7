"""The network picture (netwerkplaat): around one person or the whole neighbourhood.

Every `picture.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "picture.title_ego": {
        "nl": "Netwerk van {name} · {steps}",
        "en": "Network of {name} · {steps}",
    },
    "picture.one_step": {"nl": "1 stap", "en": "1 step"},
    "picture.two_steps": {"nl": "2 stappen", "en": "2 steps"},
    "picture.empty": {
        "nl": "Nog niemand om te tekenen: voeg bewoners en banden toe.",
        "en": "Nobody to draw yet: add residents and ties.",
    },
    "picture.loading": {"nl": "Netwerk tekenen…", "en": "Drawing the network…"},
    "picture.legend_centre": {"nl": "midden", "en": "centre"},
    "picture.legend_connector": {"nl": "verbinder", "en": "connector"},
    "picture.legend_waiting": {"nl": "nog niet verbonden", "en": "not yet connected"},
    "picture.legend_resident": {"nl": "bewoner", "en": "resident"},
    "picture.legend_group": {"nl": "groep", "en": "group"},
    "picture.legend_community": {"nl": "kring", "en": "circle"},
    "picture.legend_tie": {"nl": "band", "en": "tie"},
    "picture.selected": {"nl": "Gekozen: {name}", "en": "Selected: {name}"},
    "picture.ties": {"nl": "{count:?band|banden}", "en": "{count:?tie|ties}"},
    "picture.hidden": {
        "nl": "+{count} niet getekend",
        "en": "+{count} not drawn",
    },
    "picture.community_label": {"nl": "{name} ({count})", "en": "{name} ({count})"},
    "picture.tie_dialog_placeholder": {
        "nl": "Typ een naam (bewoner of groep)",
        "en": "Type a name (resident or group)",
    },
    "picture.tie_added": {
        "nl": "Band tussen {a} en {b} toegevoegd: {kind}; ctrl+z maakt ongedaan",
        "en": "Tie between {a} and {b} added: {kind}; ctrl+z undoes",
    },
    "picture.tie_removed": {
        "nl": "Band tussen {a} en {b} weggehaald; ctrl+z maakt ongedaan",
        "en": "Tie between {a} and {b} removed; ctrl+z undoes",
    },
    "picture.remove_question": {
        "nl": "De band tussen {a} en {b} weghalen? Soort band: {kinds}.",
        "en": "Remove the tie between {a} and {b}? Kind of tie: {kinds}.",
    },
    "picture.via": {"nl": "+ {count} via {name}", "en": "+ {count} via {name}"},
    "picture.open_circle": {"nl": "enter toont wie", "en": "enter shows who"},
    "picture.legend_summary": {"nl": "kring (enter toont wie)", "en": "circle (enter shows who)"},
    "picture.no_neighbour": {
        "nl": "Kies eerst met de pijltjes iemand die met het midden verbonden is",
        "en": "First pick someone tied to the centre with the arrow keys",
    },
    "picture.key_steps": {"nl": "Stappen", "en": "Steps"},
    "picture.key_neighbourhood": {"nl": "Buurt", "en": "Neighbourhood"},
    "picture.key_add_tie": {"nl": "Band erbij", "en": "Add tie"},
    "picture.key_remove_tie": {"nl": "Band weg", "en": "Remove tie"},
    "picture.key_centre": {"nl": "Midden", "en": "Centre"},
    "picture.key_next": {"nl": "Volgende op de plaat", "en": "Next in the picture"},
    "picture.key_previous": {"nl": "Vorige op de plaat", "en": "Previous in the picture"},
    "picture.key_move": {"nl": "Naar wie die kant op staat", "en": "To whoever is that way"},
    "picture.key_picture": {"nl": "Netwerkplaat", "en": "Network picture"},
}
