"""Column headings of `abcd list` and of the import's problem table (`col.{column}`).

Every `col.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "col.key": {"nl": "Sleutel", "en": "Key"},
    "col.name": {"nl": "Naam", "en": "Name"},
    "col.address": {"nl": "Adres", "en": "Address"},
    "col.neighbourhood": {"nl": "Wijk/dorp", "en": "Neighbourhood"},
    "col.gifts": {"nl": "Gaven", "en": "Gifts"},
    "col.open": {"nl": "Open voor kennismaking", "en": "Open to introductions"},
    "col.kind": {"nl": "Soort", "en": "Kind"},
    "col.tags": {"nl": "Labels", "en": "Tags"},
    "col.from": {"nl": "Van", "en": "From"},
    "col.to": {"nl": "Naar", "en": "To"},
    "col.strength": {"nl": "Sterkte", "en": "Strength"},
    "col.file": {"nl": "Bestand", "en": "File"},
    "col.line": {"nl": "Regel", "en": "Line"},
    "col.column": {"nl": "Kolom", "en": "Column"},
    "col.problem": {"nl": "Wat klopt er niet", "en": "What is wrong"},
    "col.what": {"nl": "Wat", "en": "What"},
    "col.count": {"nl": "Aantal", "en": "Count"},
}
