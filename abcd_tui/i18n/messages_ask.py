"""Messages of walks that last (issue 12, point 5) and the printable list for the next
walk (point 9), Dutch and English."""

MESSAGES_ASK: dict[str, dict[str, str]] = {
    # Walks: starting, continuing, ending, the list of past walks.
    "walks.unknown": {
        "nl": "Geen wandeling '{walk}' in het register",
        "en": "No walk '{walk}' in the register",
    },
    "walks.title": {"nl": "Wandelingen ({count})", "en": "Walks ({count})"},
    "walks.none": {
        "nl": "Nog geen wandelingen. Begin er een in de wijkwandeling (w).",
        "en": "No walks yet. Start one in walk mode (w).",
    },
    "walks.col.date": {"nl": "Datum", "en": "Date"},
    "walks.col.area": {"nl": "Buurt", "en": "Area"},
    "walks.col.builders": {"nl": "Wie", "en": "Who"},
    "walks.col.met": {"nl": "Gesproken", "en": "Met"},
    "walks.col.new": {"nl": "Nieuw", "en": "New"},
    "walks.col.revisited": {"nl": "Opnieuw", "en": "Again"},
    "walks.col.gifts": {"nl": "Gaven", "en": "Gifts"},
    "walks.col.offers": {"nl": "Aanbod", "en": "Offers"},
    "walks.col.needs": {"nl": "Vraag", "en": "Needs"},
    "walks.col.ties": {"nl": "Banden", "en": "Ties"},
    "walks.col.still": {"nl": "Te vragen", "en": "To ask"},
    "walks.col.brought": {"nl": "Wat het opleverde", "en": "What it brought"},
    "walks.brought": {
        "nl": "{met} gesproken ({new} nieuw, {revisited} opnieuw) · {gifts} gaven ·"
        " aanbod {offers} · vraag {needs} · {ties} banden · nog te vragen: {still}",
        "en": "{met} met ({new} new, {revisited} again) · {gifts} gifts ·"
        " offers {offers} · needs {needs} · {ties} ties · still to ask: {still}",
    },
    "walks.ended": {"nl": "afgesloten", "en": "ended"},
    "walks.open": {"nl": "open", "en": "open"},
    "walks.continued": {
        "nl": "Verder met de wandeling van {date} in {area}: {met} al gesproken",
        "en": "Continuing the walk of {date} in {area}: {met} met so far",
    },
    "walks.open_today": {
        "nl": "Nog open van vandaag (enter: verder ermee):",
        "en": "Still open from today (enter: continue it):",
    },
    "walks.open_item": {
        "nl": "{area} · {builders} · {met} gesproken",
        "en": "{area} · {builders} · {met} met",
    },
    "walks.end": {"nl": "Wandeling afsluiten", "en": "End walk"},
    "walks.list": {"nl": "Wandelingen", "en": "Walks"},
    "walks.not_saved": {
        "nl": "Er staat nog iets in het formulier: sla het op (ctrl+s) of maak het leeg"
        " (ctrl+l), en sluit dan af",
        "en": "Something is still in the form: save it (ctrl+s) or clear it (ctrl+l),"
        " then end the walk",
    },
    "walks.no_walk": {
        "nl": "Er loopt geen wandeling: begin er eerst een",
        "en": "No walk is on: start one first",
    },
    "walks.ended_note": {
        "nl": "Wandeling afgesloten: {area}, {date}",
        "en": "Walk ended: {area}, {date}",
    },
    "walks.summary_title": {
        "nl": "Wandeling {area} · {date} · {builders}",
        "en": "Walk {area} · {date} · {builders}",
    },
    "walks.summary_met": {
        "nl": "Gesproken: {met} ({new} nieuw, {revisited} opnieuw)",
        "en": "Met: {met} ({new} new, {revisited} again)",
    },
    "walks.summary_gifts": {
        "nl": "Gaven: {gifts} · aanbod: {offers} · vraag: {needs}",
        "en": "Gifts: {gifts} · offers: {offers} · needs: {needs}",
    },
    "walks.summary_ties": {"nl": "Banden gelegd: {ties}", "en": "Ties made: {ties}"},
    "walks.summary_still": {
        "nl": "Nog te vragen bij {count}:",
        "en": "Still to ask of {count}:",
    },
    "walks.summary_still_none": {
        "nl": "Van iedereen die je sprak weten we wat ze kunnen, bieden en nodig hebben.",
        "en": "Of everyone you met we know what they can do, offer and need.",
    },
    "walks.summary_people": {"nl": "Wie je sprak:", "en": "Who you met:"},
    "walks.summary_again": {"nl": "{name} (opnieuw)", "en": "{name} (again)"},
    "walks.summary_state_open": {"nl": "nog niet afgesloten", "en": "not ended yet"},
    "walks.summary_state_ended": {"nl": "afgesloten {at}", "en": "ended {at}"},
    "walks.summary_next": {
        "nl": "ctrl+n: nieuwe wandeling · ctrl+o: alle wandelingen",
        "en": "ctrl+n: new walk · ctrl+o: all walks",
    },
    "walks.palette": {
        "nl": "Eerdere wandelingen: wie je sprak en wat het opleverde",
        "en": "Past walks: whom you met and what it brought",
    },
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
        "nl": "{people} bewoners in {streets} straten · gemaakt {made}",
        "en": "{people} residents in {streets} streets · made {made}",
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
        "nl": "Geschreven: {path} ({people} bewoners, {streets} straten)",
        "en": "Written: {path} ({people} residents, {streets} streets)",
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
