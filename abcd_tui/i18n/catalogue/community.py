"""Communities (kringen, circles): their count, size and number, the communities screen.

The same count in the same words on the communities screen and the picture.

Every `community.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Communities
    "community.title": {"nl": "Kringen in de buurt", "en": "Circles"},
    "community.number": {"nl": "Kring {number}", "en": "Circle {number}"},
    "community.shared_gifts": {"nl": "Gaven die ze delen", "en": "Gifts they share"},
    "community.main_groups": {"nl": "Belangrijkste groepen", "en": "Main groups"},
    "community.streets": {"nl": "Straten", "en": "Streets"},
    "community.none_yet": {"nl": "nog niet bekend", "en": "not known yet"},
    "community.bridges_title": {
        "nl": "Verbinders naar andere kringen",
        "en": "Connectors to other circles",
    },
    "community.no_bridges": {
        "nl": "Nog niemand met banden naar andere kringen.",
        "en": "Nobody with ties to other circles yet.",
    },
    "community.more": {"nl": "en nog {count}", "en": "and {count} more"},
    "community.no_communities": {
        "nl": "Nog geen kringen: leg eerst banden.",
        "en": "No circles yet: record some ties first.",
    },
    # Circles: the same count in the same words on the circles screen and the picture.
    "community.count.one": {"nl": "1 kring", "en": "1 circle"},
    "community.count.other": {"nl": "{count} kringen", "en": "{count} circles"},
    # Records with no tie at all: not the "nog niet verbonden" figure of the overview
    # (which also counts residents tied only weakly), so in words of their own.
    "community.count_alone": {
        "nl": "{circles}; {alone} nog zonder band",
        "en": "{circles}; {alone} with no tie yet",
    },
    "community.picture_title": {
        "nl": "De buurt: {circles} · {people:?bewoner of groep|bewoners en groepen}",
        "en": "The neighbourhood: {circles} · {people:?resident or group|residents and groups}",
    },
    "community.residents.one": {"nl": "1 bewoner", "en": "1 resident"},
    "community.residents.other": {"nl": "{count} bewoners", "en": "{count} residents"},
    "community.groups.zero": {"nl": "geen groepen", "en": "no groups"},
    "community.groups.one": {"nl": "1 groep", "en": "1 group"},
    "community.groups.other": {"nl": "{count} groepen", "en": "{count} groups"},
    "community.size": {"nl": "{residents}, {groups}", "en": "{residents}, {groups}"},
    "community.line_note": {
        "nl": "Per kring: het nummer, hoeveel bewoners erin zitten, en de naam",
        "en": "Each circle: its number, how many residents it holds, and its name",
    },
    "community.numbers_note": {
        "nl": "Een kring houdt zijn nummer zolang de meeste leden blijven.",
        "en": "A circle keeps its number while most of its members stay.",
    },
}
