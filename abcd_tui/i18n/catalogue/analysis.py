"""The command line's analysis tables: `abcd connectors`, `not-yet-connected`, `introductions`,
`communities`, `who-can-help` (titles, columns, empty results).

Every `analysis.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "analysis.consent_first": {"nl": "eerst toestemming vragen", "en": "ask for consent first"},
    # CLI
    "analysis.col.rank": {"nl": "#", "en": "#"},
    "analysis.col.score": {"nl": "score", "en": "score"},
    "analysis.col.reasons": {"nl": "waarom", "en": "why"},
    "analysis.col.depends": {"nl": "hangt af van", "en": "depend on"},
    "analysis.col.for": {"nl": "voor", "en": "for"},
    "analysis.col.meet": {"nl": "kennismaken met", "en": "meet"},
    "analysis.col.members": {"nl": "bewoners", "en": "residents"},
    "analysis.col.groups": {"nl": "groepen", "en": "groups"},
    "analysis.col.streets": {"nl": "straten", "en": "streets"},
    "analysis.col.gifts": {"nl": "gedeelde gaven", "en": "shared gifts"},
    "analysis.kind.resident": {"nl": "bewoner", "en": "resident"},
    "analysis.connectors.title": {"nl": "Verbinders", "en": "Connectors"},
    "analysis.connectors.groups_title": {"nl": "Verbindende groepen", "en": "Connecting groups"},
    "analysis.unconnected.title": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "analysis.unconnected.counted": {
        "nl": "{title}: {residents:?bewoner|bewoners}, {groups:?groep|groepen}",
        "en": "{title}: {residents:?resident|residents}, {groups:?group|groups}",
    },
    "analysis.introductions.title": {"nl": "Kennismakingen", "en": "Introductions"},
    "analysis.communities.title": {
        "nl": "Kringen in de buurt",
        "en": "Circles of the neighbourhood",
    },
    "analysis.help.title": {
        "nl": "Wie kan helpen met '{text}'?",
        "en": "Who could help with '{text}'?",
    },
    "analysis.none": {"nl": "Niets gevonden.", "en": "Nothing found."},
    "analysis.unknown_key": {
        "nl": "Geen bewoner met sleutel '{key}'",
        "en": "No resident with key '{key}'",
    },
    "analysis.not_open": {
        "nl": "{name} staat nu niet open voor kennismaking ({open}); geen voorstellen",
        "en": "{name} is not open to introductions now ({open}); no suggestions",
    },
    "analysis.more_depend": {"nl": "{shown} en nog {more}", "en": "{shown} and {more} more"},
    "analysis.help_empty": {
        "nl": "Geef een gave of vraag, bijv. 'tuinieren'",
        "en": "Give a gift or need, e.g. 'gardening'",
    },
}
