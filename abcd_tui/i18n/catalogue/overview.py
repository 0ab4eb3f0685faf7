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
    "overview.progress": {"nl": "{step} {number}/{steps}", "en": "{step} {number}/{steps}"},
    "overview.step_graph": {"nl": "het netwerk inlezen…", "en": "reading the network…"},
    "overview.step_connectors_resident": {
        "nl": "verbinders zoeken…",
        "en": "finding connectors…",
    },
    "overview.step_connectors_group": {
        "nl": "verbindende groepen zoeken…",
        "en": "finding connecting groups…",
    },
    "overview.step_not_yet_connected": {
        "nl": "zien wie nog niet verbonden is…",
        "en": "seeing who is not yet connected…",
    },
    "overview.step_communities": {"nl": "kringen vinden…", "en": "finding circles…"},
    "overview.step_introductions": {
        "nl": "kennismakingen bedenken…",
        "en": "thinking of introductions…",
    },
    "overview.step_save": {
        "nl": "onthouden voor de volgende keer…",
        "en": "keeping it for next time…",
    },
}
