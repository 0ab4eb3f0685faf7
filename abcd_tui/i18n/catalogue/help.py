"""Who can help (wie kan helpen): the screen that finds offers and gifts for a need.

Every `help.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Who can help?
    "help.key_need": {"nl": "Vraag typen", "en": "Type a need"},
    "help.need_placeholder": {
        "nl": "Waarmee? Bijv. hulp in de tuin, koken, fietsen maken…",
        "en": "With what? E.g. help in the garden, cooking, fixing bikes…",
    },
    "help.type_a_need": {
        "nl": "Typ waar iemand hulp bij zoekt.",
        "en": "Type what someone needs help with.",
    },
    "help.help_hint": {
        "nl": "Hier staan bewoners en groepen waarvan het aanbod of de gaven passen.",
        "en": "Residents and groups whose offers or gifts fit appear here.",
    },
    "help.found_helpers": {"nl": "{count} gevonden", "en": "{count} found"},
    "help.no_helpers": {
        "nl": "Nog niemand gevonden voor '{need}'. Probeer een ander woord.",
        "en": "Nobody found yet for '{need}'. Try another word.",
    },
    "help.why_fits": {"nl": "Waarom dit past", "en": "Why this fits"},
}
