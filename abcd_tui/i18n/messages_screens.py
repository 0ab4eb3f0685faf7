"""Messages of the residents and groups screens, their forms and dialogs.

Kept apart from `messages.py` so the screens can grow without crowding the catalogue;
merged into MESSAGES at import. Wording leads with gifts and describes ties, never people.
"""

MESSAGES_SCREENS: dict[str, dict[str, str]] = {
    # Keys in the footer
    "screens.key_search": {"nl": "Zoeken", "en": "Search"},
    "screens.key_filter": {"nl": "Filter", "en": "Filter"},
    "screens.key_new": {"nl": "Nieuw", "en": "New"},
    "screens.key_edit": {"nl": "Wijzigen", "en": "Edit"},
    "screens.key_delete": {"nl": "Verwijderen", "en": "Delete"},
    "screens.key_add_tie": {"nl": "Band leggen", "en": "Add tie"},
    "screens.key_remove_tie": {"nl": "Band weghalen", "en": "Remove tie"},
    "screens.key_back": {"nl": "Terug", "en": "Back"},
    "screens.key_save": {"nl": "Bewaren", "en": "Save"},
    "screens.key_cancel": {"nl": "Annuleren", "en": "Cancel"},
    # The list and its filters
    "screens.search_residents": {
        "nl": "Zoek naam, straat, gave…",
        "en": "Search name, street, gift…",
    },
    "screens.search_groups": {
        "nl": "Zoek naam, trefwoord…",
        "en": "Search name, tag…",
    },
    "screens.filter_all": {"nl": "Iedereen", "en": "Everyone"},
    "screens.filter_all_groups": {"nl": "Alle groepen", "en": "All groups"},
    "screens.filter_connected": {"nl": "Verbonden", "en": "Connected"},
    "screens.filter_not_yet": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "screens.shown": {"nl": "{shown} van {total}", "en": "{shown} of {total}"},
    "screens.more": {
        "nl": "… en nog {count}: typ om te zoeken",
        "en": "… and {count} more: type to search",
    },
    "screens.nothing_selected": {
        "nl": "Kies iemand in de lijst, of druk n voor iemand nieuws.",
        "en": "Choose someone in the list, or press n to add someone.",
    },
    "screens.nothing_selected_group": {
        "nl": "Kies een groep in de lijst, of druk n voor een nieuwe.",
        "en": "Choose a group in the list, or press n to add one.",
    },
    # The detail pane
    "screens.gifts": {"nl": "Gaven", "en": "Gifts"},
    "screens.head": {"nl": "Hoofd", "en": "Head"},
    "screens.hands": {"nl": "Handen", "en": "Hands"},
    "screens.heart": {"nl": "Hart", "en": "Heart"},
    "screens.offers": {"nl": "Aanbod", "en": "Offers"},
    "screens.needs": {"nl": "Vraag", "en": "Needs"},
    "screens.interests": {"nl": "Interesses", "en": "Interests"},
    "screens.open": {"nl": "Open voor kennismaking", "en": "Open to introductions"},
    "screens.consent": {"nl": "Toestemming", "en": "Consent"},
    "screens.consent_yes": {"nl": "ja", "en": "yes"},
    "screens.consent_unknown": {"nl": "nog niet gevraagd", "en": "not asked yet"},
    "screens.consent_no": {"nl": "nee", "en": "no"},
    "screens.ties": {"nl": "Banden", "en": "Ties"},
    "screens.groups": {"nl": "Groepen", "en": "Groups"},
    "screens.notes": {"nl": "Notities", "en": "Notes"},
    "screens.not_yet_connected": {
        "nl": "Nog niet verbonden: wie kent iemand hier? (t: band leggen)",
        "en": "Not yet connected: who knows someone here? (t: add a tie)",
    },
    "screens.none_yet": {"nl": "nog niet vastgelegd", "en": "not recorded yet"},
    "screens.kind": {"nl": "Soort", "en": "Kind"},
    "screens.address": {"nl": "Adres", "en": "Address"},
    "screens.neighbourhood": {"nl": "Buurt", "en": "Neighbourhood"},
    "screens.age_band": {"nl": "Leeftijdsgroep", "en": "Age band"},
    "screens.description": {"nl": "Beschrijving", "en": "Description"},
    "screens.tags": {"nl": "Trefwoorden", "en": "Tags"},
    "screens.contact": {"nl": "Contactpersoon", "en": "Contact"},
    "screens.members": {"nl": "Leden en betrokkenen", "en": "Members and people involved"},
    "screens.no_members": {
        "nl": "Nog niemand verbonden (t: band leggen)",
        "en": "Nobody connected yet (t: add a tie)",
    },
    "screens.partners": {"nl": "Andere groepen", "en": "Other groups"},
    # Forms
    "screens.name": {"nl": "Naam", "en": "Name"},
    "screens.list_hint": {
        "nl": "Gaven, aanbod, vraag: meerdere? Scheid ze met komma's. ctrl+s bewaart.",
        "en": "Gifts, offers, needs: several? Separate them with commas. ctrl+s saves.",
    },
    "screens.list_hint_tags": {
        "nl": "Meerdere trefwoorden? Scheid ze met komma's. ctrl+s bewaart.",
        "en": "Several tags? Separate them with commas. ctrl+s saves.",
    },
    "screens.new_resident": {"nl": "Nieuwe bewoner", "en": "New resident"},
    "screens.edit_resident": {"nl": "{name} wijzigen", "en": "Edit {name}"},
    "screens.new_group": {"nl": "Nieuwe groep", "en": "New group"},
    "screens.edit_group": {"nl": "{name} wijzigen", "en": "Edit {name}"},
    "screens.new_tie": {"nl": "Band van {name}", "en": "Tie of {name}"},
    "screens.tie_other": {"nl": "Met wie of welke groep", "en": "With whom or which group"},
    "screens.tie_kind": {"nl": "Soort band", "en": "Kind of tie"},
    "screens.choose": {"nl": "Kies…", "en": "Choose…"},
    "screens.save": {"nl": "Bewaren", "en": "Save"},
    "screens.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "screens.form_has_problems": {
        "nl": "Nog niet bewaard: kijk bij de rode velden",
        "en": "Not saved yet: see the fields in red",
    },
    "problem.other_unknown": {
        "nl": "'{name}' staat nog niet in het register",
        "en": "'{name}' is not in the register yet",
    },
    "problem.other_blank": {"nl": "vul een naam in", "en": "fill in a name"},
    "problem.tie_kind_blank": {"nl": "kies een soort band", "en": "choose a kind of tie"},
    "problem.tie_kind_mismatch": {
        "nl": "een band '{kind}' past hier niet: kies een andere soort",
        "en": "a '{kind}' tie does not fit here: choose another kind",
    },
    "problem.group_kind_blank": {"nl": "kies een soort groep", "en": "choose a kind of group"},
    "problem.contact_unknown": {
        "nl": "'{name}' staat nog niet bij de bewoners",
        "en": "'{name}' is not among the residents yet",
    },
    # Dialogs
    "screens.yes": {"nl": "Ja", "en": "Yes"},
    "screens.no": {"nl": "Nee", "en": "No"},
    "screens.confirm_delete": {
        "nl": "{name} en alle banden verwijderen? (ctrl+z maakt het ongedaan)",
        "en": "Delete {name} and all their ties? (ctrl+z undoes it)",
    },
    "screens.choose_tie": {"nl": "Welke band weghalen?", "en": "Which tie to remove?"},
    "screens.no_ties": {"nl": "Nog geen banden om weg te halen", "en": "No ties to remove yet"},
}
