"""`abcd stats` and the overview's counts.

Every `stats.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "stats.title": {"nl": "Het register", "en": "The register"},
    "stats.residents": {"nl": "Bewoners", "en": "Residents"},
    "stats.with_consent": {"nl": "  met toestemming", "en": "  with consent"},
    "stats.neighbourhoods": {"nl": "Wijken/dorpen", "en": "Neighbourhoods"},
    "stats.groups": {"nl": "Groepen", "en": "Groups"},
    "stats.ties": {"nl": "Banden", "en": "Ties"},
    "stats.ties_by_kind": {"nl": "Banden per soort", "en": "Ties of each kind"},
    "stats.without_ties": {
        "nl": "Bewoners nog zonder banden",
        "en": "Residents with no ties yet",
    },
    "stats.one_tie": {"nl": "Bewoners met één band", "en": "Residents with one tie"},
    "stats.walks": {"nl": "Wijkwandelingen", "en": "Walks"},
    "stats.vocabulary": {"nl": "Gaven in de woordenlijst", "en": "Gifts in the vocabulary"},
}
