"""The app's own keys (footer and help), one per screen it can switch to.

Every `key.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "key.undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "key.redo": {"nl": "Opnieuw", "en": "Redo"},
    "key.overview": {"nl": "Overzicht", "en": "Overview"},
    "key.palette": {"nl": "Opdrachten", "en": "Commands"},
    "key.residents": {"nl": "Bewoners", "en": "Residents"},
    "key.groups": {"nl": "Groepen", "en": "Groups"},
    "key.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "key.connectors": {"nl": "Verbinders", "en": "Connectors"},
    "key.communities": {"nl": "Kringen", "en": "Circles"},
    "key.who_can_help": {"nl": "Wie kan helpen?", "en": "Who can help?"},
    "key.walk": {"nl": "Wijkwandeling", "en": "Walk"},
    "key.still": {"nl": "Nog te vragen", "en": "Still to ask"},
    "key.keys": {"nl": "Toetsen", "en": "Keys"},
    "key.settings": {"nl": "Instellingen", "en": "Settings"},
}
