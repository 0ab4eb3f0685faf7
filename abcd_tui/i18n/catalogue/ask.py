"""Still to ask (nog te vragen): what we do not know yet of a resident, the screen, the printable
list and its CSV (`abcd still`). The questions `ask.{code}` are built from the codes of
`store.reads.still_to_ask`.

Every `ask.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "ask.title": {"nl": "Nog te vragen", "en": "Still to ask"},
    "ask.intro": {
        "nl": "{count:?bewoner|bewoners} om bij een volgende wandeling nog eens te spreken",
        "en": "{count:?resident|residents} to talk with again on a next walk",
    },
    "ask.none": {
        "nl": "Van iedereen weten we wat ze kunnen, nodig hebben en bieden",
        "en": "For everyone we know what they can do, need and offer",
    },
    "ask.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "ask.name": {"nl": "Naam", "en": "Name"},
    "ask.street": {"nl": "Straat", "en": "Street"},
    "ask.ask": {"nl": "Nog te vragen", "en": "Still to ask"},
    "ask.last_met": {"nl": "Gesproken", "en": "Talked"},
    "ask.gifts": {"nl": "gaven", "en": "gifts"},
    "ask.needs": {"nl": "vraag", "en": "needs"},
    "ask.offers": {"nl": "aanbod", "en": "offers"},
    "ask.consent": {"nl": "toestemming", "en": "consent"},
    "ask.stale": {"nl": "een jaar niet gesproken", "en": "a year since we talked"},
    # The list for the next walk (nog te vragen), on paper or in a spreadsheet.
    "ask.no_street": {"nl": "(zonder adres)", "en": "(no address)"},
    "ask.col.street": {"nl": "Straat", "en": "Street"},
    "ask.col.name": {"nl": "Naam", "en": "Name"},
    "ask.col.address": {"nl": "Adres", "en": "Address"},
    "ask.col.last_met": {"nl": "Gesproken", "en": "Talked"},
    "ask.col.ask": {"nl": "Nog te vragen", "en": "Still to ask"},
    "ask.table_title": {"nl": "Nog te vragen ({count})", "en": "Still to ask ({count})"},
    "ask.html_title": {"nl": "Nog te vragen", "en": "Still to ask"},
    "ask.html_meta": {
        "nl": "{people:?bewoner|bewoners} in {streets:?straat|straten} · gemaakt {made}",
        "en": "{people:?resident|residents} in {streets:?street|streets} · made {made}",
    },
    "ask.html_private": {
        "nl": "Met namen en adressen: alleen voor jezelf, niet doorgeven.",
        "en": "With names and addresses: for yourself only, do not pass on.",
    },
    "ask.private": {
        "nl": "Met namen en adressen: het bestand is alleen voor jou leesbaar (0600).",
        "en": "With names and addresses: the file is readable by you only (0600).",
    },
    "ask.written": {
        "nl": "Geschreven: {path} ({people:?bewoner|bewoners}, {streets:?straat|straten})",
        "en": "Written: {path} ({people:?resident|residents}, {streets:?street|streets})",
    },
    "ask.exists": {
        "nl": "{path} bestaat al; kies een andere map (--out) of vervang het (--force)",
        "en": "{path} already exists; choose another folder (--out) or replace it (--force)",
    },
    "ask.is_folder": {
        "nl": "{path} is een map, geen bestand",
        "en": "{path} is a folder, not a file",
    },
    "ask.unknown_street": {
        "nl": "Geen straat '{street}' in het register. Straten: {streets}",
        "en": "No street '{street}' in the register. Streets: {streets}",
    },
    "ask.key_html": {"nl": "Lijst afdrukken (HTML)", "en": "Print list (HTML)"},
    "ask.key_csv": {"nl": "Lijst als CSV", "en": "List as CSV"},
}
