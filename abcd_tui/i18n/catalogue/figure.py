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
