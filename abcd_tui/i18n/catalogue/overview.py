"""The overview screen: what the neighbourhood has and who connects it.

Every `overview.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "overview.register": {"nl": "Wat de buurt heeft", "en": "What the neighbourhood has"},
    "overview.connectors": {"nl": "Wie verbindt", "en": "Who connects"},
    "overview.last_walk": {"nl": "Laatste wijkwandeling", "en": "Last walk"},
    "overview.no_walk": {"nl": "nog geen wandeling", "en": "no walk yet"},
    "overview.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "overview.connected_share": {"nl": "Bewoners verbonden", "en": "Residents connected"},
    "overview.all_connectors": {"nl": "Alle verbinders", "en": "All connectors"},
    "overview.start": {
        "nl": "Nog niemand in het register. Druk op w voor een wijkwandeling: wie je "
        "ontmoet, met wat ze te geven hebben en wie ze kennen. Of probeer eerst het "
        "demodorp: abcd --db demo.db demo",
        "en": "Nobody in the register yet. Press w for a walk: whom you meet, what they "
        "have to give and whom they know. Or try the demo village first: "
        "abcd --db demo.db demo",
    },
    "overview.no_connectors": {
        "nl": "Nog geen verbinders: leg banden vast",
        "en": "No connectors yet: record some ties",
    },
}
