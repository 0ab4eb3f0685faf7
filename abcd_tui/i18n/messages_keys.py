"""Messages of keys that stay in fields, the tie dialog (issue 12), Dutch and English."""

MESSAGES_KEYS: dict[str, dict[str, str]] = {
    # `t` (or `x`) with nothing chosen in the list says why nothing happens.
    "keys.choose_resident_first": {
        "nl": "Kies eerst een bewoner in de lijst",
        "en": "First choose a resident in the list",
    },
    "keys.choose_group_first": {
        "nl": "Kies eerst een groep in de lijst",
        "en": "First choose a group in the list",
    },
    # The tie dialog
    "keys.tie_hint": {
        "nl": "Tab neemt de grijze naam · pijltjes kiezen · ctrl+s bewaart",
        "en": "Tab takes the grey name · arrows choose · ctrl+s saves",
    },
    "keys.tie_kind_after_other": {
        "nl": "(kies eerst met wie: dan staan hier de soorten die passen)",
        "en": "(first choose with whom: the kinds that fit then show here)",
    },
    "keys.tie_self": {
        "nl": "een band verbindt {name} met iemand anders",
        "en": "a tie joins {name} to someone else",
    },
    "keys.tie_resident": {"nl": "bewoner", "en": "resident"},
    "keys.tie_group": {"nl": "groep", "en": "group"},
}
