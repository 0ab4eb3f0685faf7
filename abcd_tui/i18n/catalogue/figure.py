"""Key figures of a snapshot (`figure.{code}`, and `figure.short.{code}` for tight columns).

Every `figure.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Headline figures, followed over time
    "figure.residents": {"nl": "Bewoners", "en": "Residents"},
    "figure.groups": {"nl": "Groepen", "en": "Groups"},
    "figure.ties": {"nl": "Banden", "en": "Ties"},
    "figure.not_yet_connected": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "figure.connected_share": {"nl": "Bewoners verbonden", "en": "Residents connected"},
    "figure.key_figures": {
        "nl": "Sleutelfiguren (zonder hen raakt iemand los)",
        "en": "Key figures (without them someone is cut off)",
    },
    "figure.communities": {"nl": "Kringen", "en": "Circles"},
    "figure.largest_part_share": {
        "nl": "Bewoners in het grootste verbonden deel",
        "en": "Residents in the largest connected part",
    },
    # What each figure counts: the same words under it on every screen, in the report
    # and below `abcd stats`.
    "figure.note.residents": {"nl": "bewoners in het register", "en": "residents in the register"},
    "figure.note.groups": {
        "nl": "verenigingen, instellingen, plekken en ondernemers",
        "en": "associations, institutions, places and businesses",
    },
    "figure.note.ties": {
        "nl": "paren met een band (een buur die ook vriend is telt één keer)",
        "en": "pairs with a tie (a neighbour who is also a friend counts once)",
    },
    "figure.note.ties_by_kind": {
        "nl": "een paar met twee soorten band telt bij allebei",
        "en": "a pair tied in two ways counts under both",
    },
    "figure.note.not_yet_connected": {
        "nl": "bewoners zonder band, met één band, alleen met instellingen of los van de rest",
        "en": "residents with no tie, one tie, ties to institutions only, or apart from the rest",
    },
    "figure.note.connected_share": {
        "nl": "het deel van de bewoners dat niet bij 'nog niet verbonden' staat",
        "en": "the share of residents not among 'not yet connected'",
    },
    "figure.note.key_figures": {
        "nl": "bewoners zonder wie iemand los van de rest komt te staan",
        "en": "residents without whom someone would be cut off from the rest",
    },
    "figure.note.communities": {
        "nl": "van twee of meer, meer met elkaar verbonden dan met de rest",
        "en": "of two or more, more tied among themselves than to the rest",
    },
    "figure.note.largest_part_share": {
        "nl": "het deel van de bewoners in het grootste deel dat via banden samenhangt",
        "en": "the share of residents in the largest part held together by ties",
    },
    "figure.points": {"nl": "{sign}{value} procentpunt", "en": "{sign}{value} points"},
    # The same figures in a list's column or a chart's row
    "figure.short.residents": {"nl": "Bewoners", "en": "Residents"},
    "figure.short.groups": {"nl": "Groepen", "en": "Groups"},
    "figure.short.ties": {"nl": "Banden", "en": "Ties"},
    "figure.short.not_yet_connected": {"nl": "Nog niet verb.", "en": "Not yet conn."},
    "figure.short.connected_share": {"nl": "Verbonden", "en": "Connected"},
    "figure.short.key_figures": {"nl": "Sleutelfiguren", "en": "Key figures"},
    "figure.short.communities": {"nl": "Kringen", "en": "Circles"},
    "figure.short.largest_part_share": {"nl": "Grootste deel", "en": "Largest part"},
}
