"""Errors nobody expected: what the user reads, and where the log is.

Every `error.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # CLI
    "error.unexpected": {
        "nl": "Onverwachte fout: {error}. Niets is half opgeslagen. Draai opnieuw met ABCD_DEBUG=1 "
        "voor details en meld het ons.",
        "en": "Unexpected error: {error}. Nothing was half saved. Run again with ABCD_DEBUG=1 for "
        "details and report it.",
    },
    "error.interrupted": {"nl": "Afgebroken.", "en": "Interrupted."},
    "error.unexpected_app": {
        "nl": "Er ging iets mis: {error}. Er is niets half opgeslagen; details staan in {log}",
        "en": "Something went wrong: {error}. Nothing was half saved; details are in {log}",
    },
}
