"""The app itself: its title, a new register, the palette's placeholder, quitting.

Every `app.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # App (placeholder until the full app lands)
    "app.title": {"nl": "ABCD – buurt in kaart", "en": "ABCD – neighbourhood map"},
    "app.created": {
        "nl": "Nieuw, leeg register gemaakt: {path}",
        "en": "New, empty register made: {path}",
    },
    "app.palette_placeholder": {"nl": "Zoek een opdracht…", "en": "Search for commands…"},
    "app.view_coming": {
        "nl": "Dit scherm komt in een volgende versie; 'abcd list' en 'abcd connectors' tonen het nu al",
        "en": "This screen comes in a next version; 'abcd list' and 'abcd connectors' show it today",
    },
    "app.quit": {"nl": "Stoppen", "en": "Quit"},
    "app.quit_question": {
        "nl": "Wat je typte voor {name} is nog niet opgeslagen. Toch stoppen? (het wordt niet "
        "bewaard; ctrl+q nog eens: stoppen)",
        "en": "What you typed for {name} is not saved yet. Quit anyway? (it will not be kept; "
        "ctrl+q again: quit)",
    },
}
