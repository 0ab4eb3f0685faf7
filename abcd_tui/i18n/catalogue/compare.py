"""Comparing two snapshots: what changed between them (app and `abcd compare`).

Every `compare.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Comparison
    "compare.title": {
        "nl": "Vergelijking: {a} → {b}",
        "en": "Comparison: {a} → {b}",
    },
    "compare.col.figure": {"nl": "Cijfer", "en": "Figure"},
    "compare.col.change": {"nl": "Verschil", "en": "Change"},
    "compare.ties_added": {"nl": "Nieuwe banden ({count})", "en": "Ties added ({count})"},
    "compare.ties_lost": {"nl": "Verdwenen banden ({count})", "en": "Ties lost ({count})"},
    "compare.became_connected": {
        "nl": "Nu verbonden ({count})",
        "en": "Became connected ({count})",
    },
    "compare.lost_connection": {
        "nl": "Verbinding kwijt ({count})",
        "en": "Lost their connection ({count})",
    },
    "compare.connectors_gained": {
        "nl": "Nieuw bij de verbinders ({count})",
        "en": "New among the connectors ({count})",
    },
    "compare.connectors_lost": {
        "nl": "Niet meer bij de verbinders ({count})",
        "en": "No longer among the connectors ({count})",
    },
    "compare.merged": {"nl": "Kringen samengegaan ({count})", "en": "Circles merged ({count})"},
    "compare.split": {"nl": "Kringen gesplitst ({count})", "en": "Circles split ({count})"},
    "compare.reshuffled": {
        "nl": "Kringen herverdeeld ({count})",
        "en": "Circles rearranged ({count})",
    },
    "compare.nothing": {"nl": "geen", "en": "none"},
    "compare.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "compare.residents_moved": {
        "nl": "Bewoners erbij: {added}; niet meer in het register: {gone}",
        "en": "Residents added: {added}; no longer in the register: {gone}",
    },
    # The comparison view
    "compare.loading": {"nl": "Vergelijken…", "en": "Comparing…"},
    "compare.figures": {"nl": "Cijfers", "en": "Figures"},
}
