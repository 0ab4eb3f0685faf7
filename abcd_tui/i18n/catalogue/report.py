"""The HTML report (`abcd export --format html`). It leads with what people bring; nobody
in it is a problem to solve.

Every `report.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Title and date
    "report.snapshot_of": {"nl": "Momentopname van {date}", "en": "Snapshot of {date}"},
    "report.date": {"nl": "{day} {month} {year}, {time}", "en": "{day} {month} {year}, {time}"},
    "report.date_only": {"nl": "{day} {month} {year}", "en": "{day} {month} {year}"},
    "report.months": {
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
        "en": "January February March April May June July August September October November December",
    },
    "report.pseudonymised": {
        "nl": "Namen vervangen door schuilnamen",
        "en": "Names replaced by pseudonyms",
    },
    "report.pseudonymised_detail": {
        "nl": "Bewoners staan erin met een schuilnaam, zoals ‘Bewoner 17’; groepen, plekken en instellingen met hun eigen naam.",
        "en": "Residents appear under a pseudonym, such as ‘Resident 17’; groups, places and institutions under their own name.",
    },
    "report.named": {
        "nl": "Met namen van bewoners",
        "en": "With residents' names",
    },
    "report.named_detail": {
        "nl": "Dit verslag noemt bewoners bij naam: deel het alleen binnen het team.",
        "en": "This report names residents: share it within the team only.",
    },
    "report.contents": {"nl": "Inhoud", "en": "Contents"},
    "report.made_with": {
        "nl": "Gemaakt met abcd-tui, in kaart gebracht op de ABCD-manier: wat de buurt al heeft.",
        "en": "Made with abcd-tui, mapped the ABCD way: what the neighbourhood already has.",
    },
    # Headline figures
    "report.headline": {"nl": "Kerncijfers", "en": "Key figures"},
    "report.previous": {"nl": "vorige keer {value}", "en": "last time {value}"},
    # The picture
    "report.picture": {"nl": "Het netwerk", "en": "The network"},
    "report.picture_intro": {
        "nl": "Bewoners en groepen met hun banden: wie dicht bij elkaar staat, is met elkaar verbonden. Verbinders en de grootste groepen staan er met naam bij; wijs met de muis een punt aan voor de naam.",
        "en": "Residents and groups with their ties: those close together are connected. Connectors and the largest groups are named; point at a dot for its name.",
    },
    "report.picture_title": {
        "nl": "Netwerk van {residents:?bewoner|bewoners}, {groups:?groep|groepen} en {ties:?band|banden}",
        "en": "Network of {residents:?resident|residents}, {groups:?group|groups} and {ties:?tie|ties}",
    },
    "report.picture_empty": {
        "nl": "Nog niemand om te tekenen: voeg bewoners en banden toe.",
        "en": "Nobody to draw yet: add residents and ties.",
    },
    "report.picture_without_ties": {
        "nl": "Nog zonder banden in de kaart",
        "en": "No ties in the map yet",
    },
    "report.legend": {"nl": "Legenda", "en": "Legend"},
    "report.legend_resident": {"nl": "bewoner", "en": "resident"},
    "report.legend_association": {"nl": "vereniging", "en": "association"},
    "report.legend_institution": {"nl": "instelling", "en": "institution"},
    "report.legend_place": {"nl": "plek", "en": "place"},
    "report.legend_business": {"nl": "ondernemer", "en": "local business"},
    "report.legend_connector": {"nl": "verbinder", "en": "connector"},
    "report.legend_not_yet_connected": {"nl": "nog niet verbonden", "en": "not yet connected"},
    "report.legend_tie": {"nl": "band", "en": "tie"},
    "report.legend_strong_tie": {"nl": "sterke band", "en": "strong tie"},
    # Connectors
    "report.connectors": {"nl": "Verbinders", "en": "Connectors"},
    "report.connectors_intro": {
        "nl": "Bewoners die mensen, groepen en straten met elkaar verbinden. Zij kennen de weg: vraag hen mee bij een kennismaking.",
        "en": "Residents who link people, groups and streets. They know the way: ask them along to an introduction.",
    },
    "report.connectors_none": {
        "nl": "Nog geen verbinders gevonden: de kaart heeft meer banden nodig.",
        "en": "No connectors found yet: the map needs more ties.",
    },
    "report.score": {"nl": "score {score}", "en": "score {score}"},
    "report.why": {"nl": "Waarom", "en": "Why"},
    # Not yet connected
    "report.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "report.not_yet_connected_intro": {
        "nl": "Bewoners met nog geen of weinig banden in de kaart. Eerst wat zij te geven hebben, dan wat de kaart laat zien en met wie een kennismaking zou kunnen passen.",
        "en": "Residents with no or few ties in the map yet. First what they have to give, then what the map shows and whom they might like to meet.",
    },
    "report.not_yet_connected_none": {
        "nl": "Iedereen in de kaart heeft banden.",
        "en": "Everyone in the map has ties.",
    },
    "report.gifts": {"nl": "Gaven", "en": "Gifts"},
    "report.gifts_unknown": {
        "nl": "Nog niet gevraagd: wat kan en wil deze bewoner geven?",
        "en": "Not asked yet: what can and would this resident like to give?",
    },
    "report.in_the_map": {"nl": "In de kaart", "en": "In the map"},
    "report.introductions": {"nl": "Kennismaken met", "en": "Could meet"},
    "report.introductions_none": {
        "nl": "Nog geen voorstel voor een kennismaking.",
        "en": "No introduction to suggest yet.",
    },
    # Communities
    "report.communities": {"nl": "Kringen in de buurt", "en": "Circles of the neighbourhood"},
    "report.communities_intro": {
        "nl": "Bewoners die onderling veel banden hebben, met de groepen, straten en gaven die zij delen.",
        "en": "Residents with many ties among each other, with the groups, streets and gifts they share.",
    },
    "report.communities_none": {
        "nl": "Nog geen kringen gevonden.",
        "en": "No circles found yet.",
    },
    "report.community": {"nl": "Kring {number}", "en": "Circle {number}"},
    "report.community_residents": {
        "nl": "{count:?bewoner|bewoners}",
        "en": "{count:?resident|residents}",
    },
    "report.community_one_resident": {"nl": "1 bewoner", "en": "1 resident"},
    "report.groups": {"nl": "Groepen", "en": "Groups"},
    "report.streets": {"nl": "Straten", "en": "Streets"},
    "report.shared_gifts": {"nl": "Gedeelde gaven", "en": "Shared gifts"},
    "report.none_known": {"nl": "nog niets bekend", "en": "nothing known yet"},
    # Comparison
    "report.comparison": {
        "nl": "Sinds de vorige momentopname",
        "en": "Since the previous snapshot",
    },
    "report.comparison_with": {
        "nl": "Vergeleken met ‘{label}’ van {date}.",
        "en": "Compared with ‘{label}’ of {date}.",
    },
    "report.comparison_with_date": {
        "nl": "Vergeleken met de momentopname van {date}.",
        "en": "Compared with the snapshot of {date}.",
    },
    "report.comparison_none": {
        "nl": "Er is nog geen eerdere momentopname om mee te vergelijken. Maak er later nog een om te zien wat er in de buurt is gegroeid.",
        "en": "There is no earlier snapshot to compare with yet. Make another one later to see what has grown in the neighbourhood.",
    },
    "report.comparison_same": {
        "nl": "Geen verschil in banden, verbinders of kringen.",
        "en": "No difference in ties, connectors or circles.",
    },
    "report.ties_added": {"nl": "Nieuwe banden", "en": "New ties"},
    "report.ties_lost": {"nl": "Banden niet meer in de kaart", "en": "Ties no longer in the map"},
    "report.became_connected": {"nl": "Nu verbonden", "en": "Now connected"},
    "report.lost_connection": {
        "nl": "Nu nog niet verbonden (vorige keer wel)",
        "en": "Not yet connected now (connected last time)",
    },
    "report.connectors_gained": {"nl": "Nieuwe verbinders", "en": "New connectors"},
    "report.connectors_lost": {
        "nl": "Niet meer bij de verbinders",
        "en": "No longer among the connectors",
    },
    "report.merged": {"nl": "Kringen samengegaan", "en": "Circles joined"},
    "report.split": {"nl": "Kringen verdeeld", "en": "Circles divided"},
    "report.reshuffled": {"nl": "Kringen herverdeeld", "en": "Circles rearranged"},
}
