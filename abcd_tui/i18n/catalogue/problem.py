"""Rules of the records (`problem.{code}`): what is wrong with a resident, group or tie,
from the domain's checks, the forms and the import.

Every `problem.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Rules of the records (domain problems)
    "problem.name_blank": {"nl": "naam is leeg", "en": "name is blank"},
    "problem.tie_name_unsure": {
        "nl": "Nog niet opgeslagen: {names} staat zo niet in het register (bedoel je "
        "{like}?). Typ verder en kies de naam, of sla nog eens op zonder die band.",
        "en": "Not saved yet: {names} is not in the register as typed (did you mean "
        "{like}?). Type on and choose the name, or save again without that tie.",
    },
    "problem.age_band_unknown": {
        "nl": "onbekende leeftijdsgroep '{value}' (kies uit {allowed})",
        "en": "unknown age band '{value}' (choose from {allowed})",
    },
    "problem.consent_refused": {
        "nl": "toestemming is 'nee': deze persoon wil niet vastgelegd worden; haal de rij weg",
        "en": "consent is 'no': this person does not want to be recorded; remove the row",
    },
    "problem.tie_self": {
        "nl": "'{from}' en '{to}' zijn dezelfde: een band verbindt twee verschillende bewoners of groepen",
        "en": "'{from}' and '{to}' are the same: a tie joins two different records",
    },
    "problem.tie_needs_two_residents": {
        "nl": "een band '{word_nl}' verbindt twee bewoners ('{from}' – '{to}')",
        "en": "a '{word_en}' tie joins two residents ('{from}' – '{to}')",
    },
    "problem.tie_needs_two_groups": {
        "nl": "een band '{word_nl}' verbindt twee groepen ('{from}' – '{to}')",
        "en": "a '{word_en}' tie joins two groups ('{from}' – '{to}')",
    },
    "problem.tie_needs_resident_and_group": {
        "nl": "een band '{word_nl}' verbindt een bewoner met een groep ('{from}' – '{to}')",
        "en": "a '{word_en}' tie joins a resident and a group ('{from}' – '{to}')",
    },
    "problem.tie_uses_place_needs_place": {
        "nl": "'{key}' is geen plek: 'uses_place' wijst naar een plek",
        "en": "'{key}' is not a place: 'uses_place' points at a place",
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
}
