"""Messages of walk mode (wijkwandeling) and still to ask (nog te vragen), Dutch and English.

The form follows the four questions of a visit, gifts first: what someone can do comes
before what they need, so the conversation starts from what they bring.
"""

MESSAGES_WALK: dict[str, dict[str, str]] = {
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
        "en": "Saved: {name} ({gifts} gifts, {ties} ties)",
    },
    "walk.unknown_names": {
        "nl": "Nog niet in het register, dus geen band gelegd: {names}. Voeg ze toe als je ze spreekt.",
        "en": "Not in the register yet, so no tie made: {names}. Add them when you meet them.",
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
        "en": "Saved, met again: {name} ({gifts} gifts, {ties} ties)",
    },
    "still.title": {"nl": "Nog te vragen", "en": "Still to ask"},
    "still.intro": {
        "nl": "{count} bewoners om bij een volgende wandeling nog eens te spreken",
        "en": "{count} residents to talk with again on a next walk",
    },
    "still.none": {
        "nl": "Van iedereen weten we wat ze kunnen, nodig hebben en bieden",
        "en": "For everyone we know what they can do, need and offer",
    },
    "still.name": {"nl": "Naam", "en": "Name"},
    "still.street": {"nl": "Straat", "en": "Street"},
    "still.ask": {"nl": "Nog te vragen", "en": "Still to ask"},
    "still.last_met": {"nl": "Gesproken", "en": "Talked"},
    "still.gifts": {"nl": "gaven", "en": "gifts"},
    "still.needs": {"nl": "vraag", "en": "needs"},
    "still.offers": {"nl": "aanbod", "en": "offers"},
    "still.consent": {"nl": "toestemming", "en": "consent"},
    "still.stale": {"nl": "een jaar niet gesproken", "en": "a year since we talked"},
}
