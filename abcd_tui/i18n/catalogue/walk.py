"""Walks (wijkwandelingen): walk mode, its form, the list of walks and a walk's summary.

The form follows the four questions of a visit, gifts first: what someone can do comes
before what they need, so the conversation starts from what they bring.

Every `walk.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "walk.title": {"nl": "Wijkwandeling", "en": "Neighbourhood walk"},
    "walk.start_title": {"nl": "Een wandeling beginnen", "en": "Start a walk"},
    "walk.area": {"nl": "Buurt of straat", "en": "Area or street"},
    "walk.date": {"nl": "Datum", "en": "Date"},
    "walk.builder": {"nl": "Wie loopt er", "en": "Who is walking"},
    "walk.start": {"nl": "Beginnen", "en": "Start"},
    "walk.started": {
        "nl": "Wandeling begonnen: {area}, {date}",
        "en": "Walk started: {area}, {date}",
    },
    "walk.area_needed": {
        "nl": "Waar loop je? Vul de buurt of straat in: die krijgt wie je spreekt als buurt mee",
        "en": "Where are you walking? Fill in the neighbourhood or street: whom you meet get it as their neighbourhood",
    },
    "walk.date_invalid": {
        "nl": "Datum '{value}' klopt niet: schrijf JJJJ-MM-DD",
        "en": "Date '{value}' is not valid: write YYYY-MM-DD",
    },
    "walk.heading": {"nl": "{area} · {date} · {builders}", "en": "{area} · {date} · {builders}"},
    "walk.name": {"nl": "Naam", "en": "Name"},
    "walk.address": {"nl": "Adres", "en": "Address"},
    "walk.yourself": {"nl": "Wat kun je zelf?", "en": "What can you do yourself?"},
    "walk.head": {"nl": "Hoofd", "en": "Head"},
    "walk.hands": {"nl": "Handen", "en": "Hands"},
    "walk.heart": {"nl": "Hart", "en": "Heart"},
    "walk.offers": {"nl": "Voor een ander", "en": "For others"},
    "walk.needs": {"nl": "Nodig", "en": "Needs"},
    "walk.ties": {"nl": "Kent hier", "en": "Knows here"},
    "walk.ties_hint": {
        "nl": "wie ken je hier bij naam? (komma's tussen namen)",
        "en": "who do you know here by name? (commas between names)",
    },
    "walk.gifts_hint": {"nl": "komma's tussen gaven", "en": "commas between gifts"},
    "walk.consent": {"nl": "Toestemming", "en": "Consent"},
    "walk.open": {"nl": "Kennismaken", "en": "Introductions"},
    "walk.notes": {"nl": "Hoe gaat het?", "en": "How are you?"},
    "walk.save": {"nl": "Opslaan, volgende", "en": "Save, next"},
    "walk.clear": {"nl": "Leeg formulier", "en": "Clear form"},
    "walk.new_walk": {"nl": "Nieuwe wandeling", "en": "New walk"},
    "walk.met": {"nl": "Ontmoet op deze wandeling ({count})", "en": "Met on this walk ({count})"},
    "walk.met_none": {"nl": "nog niemand: wie kom je tegen?", "en": "nobody yet: who do you meet?"},
    "walk.met_again": {"nl": "{name} (opnieuw)", "en": "{name} (again)"},
    "walk.saved": {
        "nl": "Opgeslagen: {name} (gaven: {gifts}, banden: {ties})",
        "en": "Saved: {name} ({gifts:?gift|gifts}, {ties:?tie|ties})",
    },
    "walk.unknown_names": {
        "nl": "Nog niet in het register, dus geen band gelegd: {names}. Voeg ze toe als je ze spreekt.",
        "en": "Not in the register yet, so no tie made: {names}. Add them when you meet them.",
    },
    "walk.revisit_gone": {
        "nl": "Wie je hier opnieuw sprak, is intussen elders vergeten of verwijderd: het "
        "formulier is leeggemaakt en er is niets opgeslagen.",
        "en": "The person you were meeting again was forgotten or deleted elsewhere "
        "meanwhile: the form is cleared and nothing was saved.",
    },
    "walk.revisit": {"nl": "Al bekend: {name}", "en": "Already known: {name}"},
    "walk.revisit_walk": {
        "nl": "Laatst ontmoet op {date} door {builders} ({area})",
        "en": "Last met on {date} by {builders} ({area})",
    },
    "walk.revisit_recorded": {
        "nl": "Vastgelegd op {date} door {builders}, nog niet op een wandeling",
        "en": "Recorded on {date} by {builders}, not yet on a walk",
    },
    "walk.revisit_knew": {"nl": "Wat we wisten:", "en": "What we knew:"},
    "walk.revisit_ties": {"nl": "banden: {count}", "en": "ties: {count}"},
    "walk.revisit_nothing": {"nl": "nog niets vastgelegd", "en": "nothing recorded yet"},
    "walk.revisit_update": {
        "nl": "Opslaan werkt deze gegevens bij (geen dubbele)",
        "en": "Saving updates this record (no duplicate)",
    },
    "walk.someone": {"nl": "onbekend", "en": "unknown"},
    "walk.consent_unknown": {"nl": "[ ] nog niet gevraagd", "en": "[ ] not asked yet"},
    "walk.consent_yes": {"nl": "[x] ja", "en": "[x] yes"},
    "walk.neighbourhood": {"nl": "Buurt", "en": "Neighbourhood"},
    "walk.save_button": {"nl": "Opslaan ^s", "en": "Save ^s"},
    "walk.clear_button": {"nl": "Leeg ^l", "en": "Clear ^l"},
    "walk.strength_usual": {"nl": "sterkte: –", "en": "strength: –"},
    "walk.ties_lines_hint": {
        "nl": "↓ soort en sterkte van een band",
        "en": "↓ kind and strength of a tie",
    },
    "walk.months": {
        "nl": "januari februari maart april mei juni juli augustus september oktober"
        " november december",
        "en": "January February March April May June July August September October"
        " November December",
    },
    "walk.last_met": {"nl": "laatst ontmoet {date}", "en": "last met {date}"},
    "walk.not_met_yet": {"nl": "nog niet op een wandeling ontmoet", "en": "not met on a walk yet"},
    "walk.same_question": {"nl": "Bedoel je {who}?", "en": "Do you mean {who}?"},
    "walk.same_take": {"nl": "Ja: {who}", "en": "Yes: {who}"},
    "walk.same_new": {
        "nl": "Nee, een nieuw persoon toevoegen: {name}",
        "en": "No, add a new person: {name}",
    },
    "walk.same_back": {"nl": "Terug naar het formulier", "en": "Back to the form"},
    "walk.same_hint": {
        "nl": "Enter kiest · Esc terug naar het formulier (er is nog niets opgeslagen)",
        "en": "Enter chooses · Esc back to the form (nothing is saved yet)",
    },
    "walk.leave": {"nl": "Wandeling verlaten", "en": "Leave the walk"},
    "walk.leave_question": {
        "nl": "Wat je typte voor {name} is nog niet opgeslagen. Toch weggaan? (het wordt niet bewaard)",
        "en": "What you typed for {name} is not saved yet. Leave anyway? (it will not be kept)",
    },
    "walk.someone_typed": {"nl": "deze bewoner", "en": "this resident"},
    "walk.saved_again": {
        "nl": "Opgeslagen, opnieuw ontmoet: {name} (gaven: {gifts}, banden: {ties})",
        "en": "Saved, met again: {name} ({gifts:?gift|gifts}, {ties:?tie|ties})",
    },
    # Walks: starting, continuing, ending, the list of past walks.
    "walk.unknown": {
        "nl": "Geen wandeling '{walk}' in het register",
        "en": "No walk '{walk}' in the register",
    },
    "walk.list_title": {"nl": "Wandelingen ({count})", "en": "Walks ({count})"},
    "walk.none": {
        "nl": "Nog geen wandelingen. Begin er een in de wijkwandeling (w).",
        "en": "No walks yet. Start one in walk mode (w).",
    },
    "walk.col.date": {"nl": "Datum", "en": "Date"},
    "walk.col.area": {"nl": "Buurt", "en": "Area"},
    "walk.col.builders": {"nl": "Wie", "en": "Who"},
    "walk.col.met": {"nl": "Gesproken", "en": "Met"},
    "walk.col.new": {"nl": "Nieuw", "en": "New"},
    "walk.col.revisited": {"nl": "Opnieuw", "en": "Again"},
    "walk.col.gifts": {"nl": "Gaven", "en": "Gifts"},
    "walk.col.offers": {"nl": "Aanbod", "en": "Offers"},
    "walk.col.needs": {"nl": "Vraag", "en": "Needs"},
    "walk.col.ties": {"nl": "Banden", "en": "Ties"},
    "walk.col.still": {"nl": "Te vragen", "en": "To ask"},
    "walk.col.brought": {"nl": "Wat het opleverde", "en": "What it brought"},
    "walk.brought": {
        "nl": "{met} gesproken ({new} nieuw, {revisited} opnieuw) · {gifts:?gave|gaven} ·"
        " aanbod {offers} · vraag {needs} · {ties:?band|banden} · nog te vragen: {still}",
        "en": "{met} met ({new} new, {revisited} again) · {gifts:?gift|gifts} ·"
        " offers {offers} · needs {needs} · {ties:?tie|ties} · still to ask: {still}",
    },
    "walk.list_ended": {"nl": "afgesloten", "en": "ended"},
    "walk.reopened": {
        "nl": "De afgesloten wandeling van {date} in {area} is weer geopend: {met} al "
        "gesproken (ctrl+f sluit haar weer af)",
        "en": "The ended walk of {date} in {area} is open again: {met} met so far "
        "(ctrl+f ends it again)",
    },
    "walk.continued": {
        "nl": "Verder met de wandeling van {date} in {area}: {met} al gesproken",
        "en": "Continuing the walk of {date} in {area}: {met} met so far",
    },
    "walk.open_today": {
        "nl": "Nog open van vandaag (enter: verder ermee):",
        "en": "Still open from today (enter: continue it):",
    },
    "walk.open_item": {
        "nl": "{area} · {builders} · {met} gesproken",
        "en": "{area} · {builders} · {met} met",
    },
    "walk.end": {"nl": "Wandeling afsluiten", "en": "End walk"},
    "walk.list": {"nl": "Wandelingen", "en": "Walks"},
    "walk.not_saved": {
        "nl": "Er staat nog iets in het formulier: sla het op (ctrl+s) of maak het leeg"
        " (ctrl+l), en sluit dan af",
        "en": "Something is still in the form: save it (ctrl+s) or clear it (ctrl+l),"
        " then end the walk",
    },
    "walk.no_walk": {
        "nl": "Er loopt geen wandeling: begin er eerst een",
        "en": "No walk is on: start one first",
    },
    "walk.ended_note": {
        "nl": "Wandeling afgesloten: {area}, {date}",
        "en": "Walk ended: {area}, {date}",
    },
    "walk.summary_title": {
        "nl": "Wandeling {area} · {date} · {builders}",
        "en": "Walk {area} · {date} · {builders}",
    },
    "walk.summary_met": {
        "nl": "Gesproken: {met} ({new} nieuw, {revisited} opnieuw)",
        "en": "Met: {met} ({new} new, {revisited} again)",
    },
    "walk.summary_gifts": {
        "nl": "Gaven: {gifts} · aanbod: {offers} · vraag: {needs}",
        "en": "Gifts: {gifts} · offers: {offers} · needs: {needs}",
    },
    "walk.summary_ties": {"nl": "Banden gelegd: {ties}", "en": "Ties made: {ties}"},
    "walk.summary_still": {
        "nl": "Nog te vragen bij {count}:",
        "en": "Still to ask of {count}:",
    },
    "walk.summary_still_none": {
        "nl": "Van iedereen die je sprak weten we wat ze kunnen, bieden en nodig hebben.",
        "en": "Of everyone you met we know what they can do, offer and need.",
    },
    "walk.summary_people": {"nl": "Wie je sprak:", "en": "Who you met:"},
    "walk.summary_again": {"nl": "{name} (opnieuw)", "en": "{name} (again)"},
    "walk.summary_state_open": {"nl": "nog niet afgesloten", "en": "not ended yet"},
    "walk.summary_state_ended": {"nl": "afgesloten {at}", "en": "ended {at}"},
    "walk.summary_next": {
        "nl": "ctrl+n: nieuwe wandeling · ctrl+o: alle wandelingen",
        "en": "ctrl+n: new walk · ctrl+o: all walks",
    },
    "walk.palette": {
        "nl": "Eerdere wandelingen: wie je sprak en wat het opleverde",
        "en": "Past walks: whom you met and what it brought",
    },
}
