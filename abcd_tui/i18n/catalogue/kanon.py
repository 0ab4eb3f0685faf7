"""k-anonymous pseudonymised exports: what was generalised, and its readme.

Every `kanon.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "kanon.kind.association": {"nl": "een vereniging", "en": "an association"},
    "kanon.kind.institution": {"nl": "een instelling", "en": "an institution"},
    "kanon.kind.place": {"nl": "een plek", "en": "a place"},
    "kanon.kind.business": {"nl": "een bedrijf", "en": "a business"},
    "kanon.kind.other": {"nl": "een groep", "en": "a group"},
    "kanon.something": {"nl": "iets", "en": "something"},
    "kanon.title": {"nl": "Wat is veralgemeend", "en": "What was generalised"},
    "kanon.rule": {
        "nl": (
            "Wat deze export van een bewoner zonder naam laat zien, wijst niet één persoon"
            " aan: elke combinatie van buurt, open voor kennismaken, gaven, aanbod, vragen en"
            " interesses delen minstens {k} bewoners, en een groep staat er alleen met naam"
            " in als minstens {k} bewoners zonder naam erbij horen. Leeftijd, adres en straat"
            " worden nooit geëxporteerd."
        ),
        "en": (
            "What this export shows of a resident without a name points to no single"
            " person: every combination of neighbourhood, openness to introductions, gifts,"
            " offers, needs and interests is shared by at least {k} residents, and a group"
            " appears by name only when at least {k} residents without a name belong to it."
            " Age, address and street are never exported."
        ),
    },
    "kanon.off": {
        "nl": "k = 1: niets veralgemeend; een bewoner kan te herkennen zijn aan wat hier staat.",
        "en": "k = 1: nothing generalised; a resident may be recognisable by what is shown.",
    },
    "kanon.phrases": {
        "nl": "{themed:?gave of woord|gaven en woorden} vervangen door hun thema, {dropped} weggelaten.",
        "en": "{themed:?gift or phrase|gifts and phrases} replaced by their theme, {dropped} left out.",
    },
    "kanon.neighbourhood": {
        "nl": "Buurt bij {count} bewoners weggelaten.",
        "en": "Neighbourhood left out for {count} residents.",
    },
    "kanon.open": {
        "nl": "Of iemand open staat voor kennismaken: bij {count} bewoners weggelaten.",
        "en": "Openness to introductions left out for {count} residents.",
    },
    "kanon.nothing": {
        "nl": "Van {count} bewoners alleen hun plek in het netwerk getoond, geen gaven.",
        "en": "For {count} residents only their place in the network is shown, no gifts.",
    },
    "kanon.groups": {
        "nl": "{count} groepen getoond als hun soort in plaats van hun naam ({kinds}).",
        "en": "{count} groups shown as their kind instead of their name ({kinds}).",
    },
    "kanon.groups_one": {
        "nl": "1 groep getoond als haar soort in plaats van haar naam ({kinds}).",
        "en": "1 group shown as its kind instead of its name ({kinds}).",
    },
    "kanon.neighbourhood_one": {
        "nl": "Buurt bij 1 bewoner weggelaten.",
        "en": "Neighbourhood left out for 1 resident.",
    },
    "kanon.open_one": {
        "nl": "Of iemand open staat voor kennismaken: bij 1 bewoner weggelaten.",
        "en": "Openness to introductions left out for 1 resident.",
    },
    "kanon.nothing_one": {
        "nl": "Van 1 bewoner alleen de plek in het netwerk getoond, geen gaven.",
        "en": "For 1 resident only their place in the network is shown, no gifts.",
    },
    "kanon.groups_kind": {"nl": "{count} als '{kind}'", "en": "{count} as '{kind}'"},
    "kanon.short": {
        "nl": (
            "Let op: {count:?bewoner deelt zijn of haar|bewoners delen hun} combinatie nog met minder dan {k} anderen"
            " (te weinig bewoners om te veralgemenen)."
        ),
        "en": (
            "Note: {count:?resident still shares its|residents still share their} combination with fewer than {k}"
            " (too few residents to generalise)."
        ),
    },
    "kanon.nothing_needed": {
        "nl": "Er hoefde niets veralgemeend te worden.",
        "en": "Nothing needed to be generalised.",
    },
    "kanon.kept": {
        "nl": (
            "Het netwerk zelf (banden, bij welke groepen iemand hoort, verbinders, kringen)"
            " blijft zoals het is: wie veel"
            " banden van iemand kent, kan die persoon daaraan misschien herkennen. Deel deze"
            " bestanden alleen met wie ze nodig heeft."
        ),
        "en": (
            "The network itself (ties, which groups someone belongs to, connectors,"
            " circles) is kept as it is: someone who"
            " knows many of a person's ties may still recognise them by it. Share these"
            " files only with those who need them."
        ),
    },
    "kanon.readme_title": {
        "nl": "Over deze export",
        "en": "About this export",
    },
    "kanon.readme_pseudonymised": {
        "nl": "Bewoners staan erin onder een schuilnaam (Bewoner 17), elke export opnieuw genummerd.",
        "en": "Residents appear under a pseudonym (Resident 17), numbered afresh in every export.",
    },
    "kanon.readme_named": {
        "nl": (
            "Bewoners die toestemming gaven staan erin met naam ({named} van {residents});"
            " de anderen onder een schuilnaam."
        ),
        "en": (
            "Residents who gave consent appear by name ({named} of {residents}); the others"
            " under a pseudonym."
        ),
    },
    "kanon.readme_files": {"nl": "Bestanden: {files}", "en": "Files: {files}"},
    "kanon.readme_stamp": {
        "nl": (
            "Geschreven door abcd-tui bij de export (controle {digest}). Vult het team dit"
            " bestand aan, dan vraagt een volgende export eerst voor hij het vervangt."
        ),
        "en": (
            "Written by abcd-tui with the export (check {digest}). If the team adds to this"
            " file, the next export asks before it replaces it."
        ),
    },
    "kanon.cli": {
        "nl": "k-anoniem (k = {k}): wat daarvoor is veralgemeend staat in README.txt.",
        "en": "k-anonymous (k = {k}): what was generalised for it is in README.txt.",
    },
    "kanon.cli_off": {
        "nl": "--k 1: niets veralgemeend; een bewoner kan te herkennen zijn aan wat er staat.",
        "en": "--k 1: nothing generalised; a resident may be recognisable by what is shown.",
    },
    "kanon.bad_k": {
        "nl": "--k moet een geheel getal van 1 of meer zijn, niet '{value}' (1 = niets veralgemenen).",
        "en": "--k must be a whole number of 1 or more, not '{value}' (1 = generalise nothing).",
    },
}
