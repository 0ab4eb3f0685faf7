"""The themes' names, as the palette's theme picker and the settings screen show them
(the ids Textual knows them by stay what the settings file keeps).

Every `theme.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "theme.textual_dark": {"nl": "Donker (standaard)", "en": "Dark (default)"},
    "theme.textual_light": {"nl": "Licht", "en": "Light"},
    "theme.ansi_dark": {"nl": "Kleuren van de terminal, donker", "en": "Terminal colours, dark"},
    "theme.ansi_light": {"nl": "Kleuren van de terminal, licht", "en": "Terminal colours, light"},
    "theme.nord": {"nl": "Nord: koel blauw, donker", "en": "Nord: cool blue, dark"},
    "theme.gruvbox": {"nl": "Gruvbox: warm bruin, donker", "en": "Gruvbox: warm brown, dark"},
    "theme.catppuccin_latte": {
        "nl": "Catppuccin latte: pastel, licht",
        "en": "Catppuccin latte: pastel, light",
    },
    "theme.catppuccin_frappe": {
        "nl": "Catppuccin frappé: pastel, donker",
        "en": "Catppuccin frappé: pastel, dark",
    },
    "theme.catppuccin_macchiato": {
        "nl": "Catppuccin macchiato: pastel, donkerder",
        "en": "Catppuccin macchiato: pastel, darker",
    },
    "theme.catppuccin_mocha": {
        "nl": "Catppuccin mokka: pastel, donkerst",
        "en": "Catppuccin mocha: pastel, darkest",
    },
    "theme.dracula": {"nl": "Dracula: paars, donker", "en": "Dracula: purple, dark"},
    "theme.tokyo_night": {"nl": "Tokio bij nacht: blauw, donker", "en": "Tokyo night: blue, dark"},
    "theme.monokai": {"nl": "Monokai: felle kleuren, donker", "en": "Monokai: bright, dark"},
    "theme.flexoki": {"nl": "Flexoki: inkt op papier, donker", "en": "Flexoki: ink on paper, dark"},
    "theme.solarized_light": {"nl": "Solarized: zacht, licht", "en": "Solarized: soft, light"},
    "theme.solarized_dark": {"nl": "Solarized: zacht, donker", "en": "Solarized: soft, dark"},
    "theme.rose_pine": {"nl": "Rosé Pine: roze, donker", "en": "Rosé Pine: pink, dark"},
    "theme.rose_pine_moon": {
        "nl": "Rosé Pine maan: roze, donkerder",
        "en": "Rosé Pine moon: pink, darker",
    },
    "theme.rose_pine_dawn": {
        "nl": "Rosé Pine dageraad: roze, licht",
        "en": "Rosé Pine dawn: pink, light",
    },
    "theme.atom_one_dark": {"nl": "Atom One: donker", "en": "Atom One: dark"},
    "theme.atom_one_light": {"nl": "Atom One: licht", "en": "Atom One: light"},
    "theme.placeholder": {"nl": "Zoek een thema…", "en": "Search for a theme…"},
}
