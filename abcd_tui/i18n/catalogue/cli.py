"""The command line's shared output lines.

Every `cli.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.shown": {
        "nl": "de eerste {shown} getoond; --limit 0 toont alles, --json geeft alles aan scripts",
        "en": "the first {shown} shown; --limit 0 shows all, --json gives all to scripts",
    },
}
