"""The residents and groups screens: lists, search, forms, ties and their dialog.

Wording leads with gifts and describes ties, never people.

Every `record.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys in the footer
    "record.key_search": {"nl": "Zoeken", "en": "Search"},
    "record.key_filter": {"nl": "Filter", "en": "Filter"},
    "record.key_new": {"nl": "Nieuw", "en": "New"},
    "record.key_edit": {"nl": "Wijzigen", "en": "Edit"},
    "record.key_delete": {"nl": "Verwijderen", "en": "Delete"},
    "record.key_add_tie": {"nl": "Band leggen", "en": "Add tie"},
    "record.key_remove_tie": {"nl": "Band weghalen", "en": "Remove tie"},
    "record.key_back": {"nl": "Terug", "en": "Back"},
    "record.key_save": {"nl": "Bewaren", "en": "Save"},
    "record.key_cancel": {"nl": "Annuleren", "en": "Cancel"},
    # The list and its filters
    "record.search_residents": {
        "nl": "Zoek naam, straat, gave…",
        "en": "Search name, street, gift…",
    },
    "record.search_groups": {
        "nl": "Zoek naam, trefwoord…",
        "en": "Search name, tag…",
    },
    "record.filter_all": {"nl": "Iedereen", "en": "Everyone"},
    "record.filter_all_groups": {"nl": "Alle groepen", "en": "All groups"},
    "record.filter_connected": {"nl": "Verbonden", "en": "Connected"},
    "record.filter_not_yet": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "record.shown": {"nl": "{shown} van {total}", "en": "{shown} of {total}"},
    "record.shown_named": {
        "nl": "{shown} van {total} · {named} op naam",
        "en": "{shown} of {total} · {named} by name",
    },
    "record.key_order": {"nl": "Sorteren", "en": "Sort"},
    "record.choose_filter": {"nl": "Wie wil je zien?", "en": "Whom do you want to see?"},
    "record.choose_order": {"nl": "Sorteren op", "en": "Sort by"},
    "record.sorted_by": {"nl": "gesorteerd op {order}", "en": "sorted by {order}"},
    "record.order_name": {"nl": "naam", "en": "name"},
    "record.order_wijk": {"nl": "buurt", "en": "neighbourhood"},
    "record.order_street": {"nl": "straat", "en": "street"},
    "record.order_consent": {"nl": "toestemming", "en": "consent"},
    "record.order_open": {"nl": "open voor kennismaking", "en": "open to introductions"},
    "record.order_last_met": {"nl": "laatst ontmoet", "en": "last met"},
    "record.order_kind": {"nl": "soort", "en": "kind"},
    "record.filter_street": {"nl": "Straat: {street}", "en": "Street: {street}"},
    "record.filter_met_recent": {
        "nl": "Ontmoet in de laatste {days} dagen",
        "en": "Met in the last {days} days",
    },
    "record.filter_met_earlier": {
        "nl": "Langer dan {days} dagen geleden ontmoet",
        "en": "Met more than {days} days ago",
    },
    "record.filter_met_never": {
        "nl": "Nog niet ontmoet op een wandeling",
        "en": "Not met on a walk yet",
    },
    "record.never_met": {"nl": "nog niet ontmoet", "en": "not met yet"},
    "record.more": {
        "nl": "… en nog {count}: typ om te zoeken",
        "en": "… and {count} more: type to search",
    },
    "record.nothing_selected": {
        "nl": "Kies iemand in de lijst, of druk op n om iemand toe te voegen.",
        "en": "Choose someone in the list, or press n to add someone.",
    },
    "record.nothing_selected_group": {
        "nl": "Kies een groep in de lijst, of druk op n om er een toe te voegen.",
        "en": "Choose a group in the list, or press n to add one.",
    },
    # The detail pane
    "record.gifts": {"nl": "Gaven", "en": "Gifts"},
    "record.head": {"nl": "Hoofd", "en": "Head"},
    "record.hands": {"nl": "Handen", "en": "Hands"},
    "record.heart": {"nl": "Hart", "en": "Heart"},
    "record.offers": {"nl": "Aanbod", "en": "Offers"},
    "record.needs": {"nl": "Vraag", "en": "Needs"},
    "record.interests": {"nl": "Interesses", "en": "Interests"},
    "record.open": {"nl": "Open voor kennismaking", "en": "Open to introductions"},
    "record.consent": {"nl": "Toestemming", "en": "Consent"},
    "record.consent_yes": {"nl": "ja", "en": "yes"},
    "record.consent_unknown": {"nl": "nog niet gevraagd", "en": "not asked yet"},
    "record.consent_no": {"nl": "nee", "en": "no"},
    "record.ties": {"nl": "Banden", "en": "Ties"},
    "record.groups": {"nl": "Groepen", "en": "Groups"},
    "record.notes": {"nl": "Notities", "en": "Notes"},
    "record.not_yet_connected": {
        "nl": "Nog niet verbonden: wie kent iemand hier? (t: band leggen)",
        "en": "Not yet connected: who knows someone here? (t: add a tie)",
    },
    "record.none_yet": {"nl": "nog niet vastgelegd", "en": "not recorded yet"},
    "record.kind": {"nl": "Soort", "en": "Kind"},
    "record.address": {"nl": "Adres", "en": "Address"},
    "record.neighbourhood": {"nl": "Buurt", "en": "Neighbourhood"},
    "record.age_band": {"nl": "Leeftijdsgroep", "en": "Age band"},
    "record.description": {"nl": "Beschrijving", "en": "Description"},
    "record.tags": {"nl": "Trefwoorden", "en": "Tags"},
    "record.contact": {"nl": "Contactpersoon", "en": "Contact"},
    "record.members": {"nl": "Leden en betrokkenen", "en": "Members and people involved"},
    "record.no_members": {
        "nl": "Nog niemand verbonden (t: band leggen)",
        "en": "Nobody connected yet (t: add a tie)",
    },
    "record.partners": {"nl": "Andere groepen", "en": "Other groups"},
    # Forms
    "record.name": {"nl": "Naam", "en": "Name"},
    "record.list_hint": {
        "nl": "Gaven, aanbod, vraag: meerdere? Scheid ze met komma's. ctrl+s bewaart.",
        "en": "Gifts, offers, needs: several? Separate them with commas. ctrl+s saves.",
    },
    "record.list_hint_tags": {
        "nl": "Meerdere trefwoorden? Scheid ze met komma's. ctrl+s bewaart.",
        "en": "Several tags? Separate them with commas. ctrl+s saves.",
    },
    "record.new_resident": {"nl": "Nieuwe bewoner", "en": "New resident"},
    "record.edit_resident": {"nl": "{name} wijzigen", "en": "Edit {name}"},
    "record.new_group": {"nl": "Nieuwe groep", "en": "New group"},
    "record.edit_group": {"nl": "{name} wijzigen", "en": "Edit {name}"},
    "record.new_tie": {"nl": "Band van {name}", "en": "Tie of {name}"},
    "record.tie_other": {"nl": "Met wie of welke groep", "en": "With whom or which group"},
    "record.tie_kind": {"nl": "Soort band", "en": "Kind of tie"},
    "record.choose": {"nl": "Kies…", "en": "Choose…"},
    "record.save": {"nl": "Bewaren", "en": "Save"},
    "record.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "record.form_has_problems": {
        "nl": "Nog niet bewaard: kijk bij de rode velden",
        "en": "Not saved yet: see the fields in red",
    },
    # Dialogs
    "record.yes": {"nl": "Ja", "en": "Yes"},
    "record.no": {"nl": "Nee", "en": "No"},
    "record.cancel_question": {
        "nl": "Wat je typte voor {name} is nog niet opgeslagen. Toch sluiten? (het wordt niet "
        "bewaard)",
        "en": "What you typed for {name} is not saved yet. Close anyway? (it will not be kept)",
    },
    "record.gone_elsewhere": {
        "nl": "Wat je bewerkte is intussen elders verwijderd of vergeten: het formulier is "
        "gesloten en er is niets opgeslagen.",
        "en": "What you were editing was deleted or forgotten elsewhere meanwhile: the form "
        "is closed and nothing was saved.",
    },
    "record.this_form": {"nl": "dit formulier", "en": "this form"},
    "record.keep_typing_hint": {
        "nl": "Ja: tab, enter · nee: esc, enter of verder typen",
        "en": "Yes: tab, enter · no: esc, enter or type on",
    },
    "record.confirm_delete": {
        "nl": "{name} en alle banden verwijderen? (ctrl+z maakt het ongedaan)",
        "en": "Delete {name} and all their ties? (ctrl+z undoes it)",
    },
    "record.choose_tie": {"nl": "Welke band weghalen?", "en": "Which tie to remove?"},
    "record.no_ties": {"nl": "Nog geen banden om weg te halen", "en": "No ties to remove yet"},
    # `t` (or `x`) with nothing chosen in the list says why nothing happens.
    "record.choose_resident_first": {
        "nl": "Kies eerst een bewoner in de lijst",
        "en": "First choose a resident in the list",
    },
    "record.choose_group_first": {
        "nl": "Kies eerst een groep in de lijst",
        "en": "First choose a group in the list",
    },
    # The tie dialog
    "record.tie_hint": {
        "nl": "Tab neemt de grijze naam · pijltjes kiezen · ctrl+s bewaart",
        "en": "Tab takes the grey name · arrows choose · ctrl+s saves",
    },
    "record.tie_kind_after_other": {
        "nl": "(kies eerst met wie: dan staan hier de soorten die passen)",
        "en": "(first choose with whom: the kinds that fit then show here)",
    },
    "record.tie_self": {
        "nl": "een band verbindt {name} met iemand anders",
        "en": "a tie joins {name} to someone else",
    },
    "record.tie_group": {"nl": "groep", "en": "group"},
}
