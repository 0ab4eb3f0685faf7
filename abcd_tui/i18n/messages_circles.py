"""Messages of circles (communities) and charts over time: their counts, sizes and scales."""

from __future__ import annotations

MESSAGES_CIRCLES: dict[str, dict[str, str]] = {
    # Circles: the same count in the same words on the circles screen and the picture.
    "circles.count.one": {"nl": "1 kring", "en": "1 circle"},
    "circles.count.other": {"nl": "{count} kringen", "en": "{count} circles"},
    # Records with no tie at all: not the "nog niet verbonden" figure of the overview
    # (which also counts residents tied only weakly), so in words of their own.
    "circles.count_alone": {
        "nl": "{circles}; {alone} nog zonder band",
        "en": "{circles}; {alone} with no tie yet",
    },
    "circles.picture_title": {
        "nl": "De buurt: {circles} · {people} bewoners en groepen",
        "en": "The neighbourhood: {circles} · {people} residents and groups",
    },
    "circles.residents.one": {"nl": "1 bewoner", "en": "1 resident"},
    "circles.residents.other": {"nl": "{count} bewoners", "en": "{count} residents"},
    "circles.groups.zero": {"nl": "geen groepen", "en": "no groups"},
    "circles.groups.one": {"nl": "1 groep", "en": "1 group"},
    "circles.groups.other": {"nl": "{count} groepen", "en": "{count} groups"},
    "circles.size": {"nl": "{residents}, {groups}", "en": "{residents}, {groups}"},
    "circles.numbers_note": {
        "nl": "Een kring houdt zijn nummer zolang de meeste leden blijven.",
        "en": "A circle keeps its number while most of its members stay.",
    },
    # Charts over time: one scale per chart, its ends written out.
    "chart.scale_zero": {
        "nl": "Elke rij vanaf 0 tot haar hoogste waarde (aandelen tot 100%); "
        "links de eerste, rechts de laatste.",
        "en": "Each row from 0 to its highest value (shares to 100%); first value left, last right.",
    },
    "chart.title_zero": {"nl": "{title} · vanaf 0", "en": "{title} · from 0"},
}
