"""The catalogue: every message a user reads, one module per key prefix.

`walk.py` holds every `walk.*` code, `snapshot.py` every `snapshot.*` code, and so on (the
module for `import.*` is `import_.py`, `import` being a keyword). Keys are stable codes;
wording follows the community frame: describe ties, never label a person.
"""

from __future__ import annotations

from abcd_tui.i18n.catalogue import (
    analysis,
    app,
    ask,
    backup,
    change,
    cli,
    col,
    community,
    compare,
    connector,
    demo,
    edits,
    error,
    export,
    figure,
    forget,
    help,
    import_,
    kanon,
    key,
    kind,
    list,
    not_yet_connected,
    open,
    overview,
    palette,
    picture,
    problem,
    reason,
    record,
    report,
    restore,
    settings,
    snapshot,
    stats,
    store,
    strength,
    theme,
    tie,
    walk,
)

PARTS: dict[str, dict[str, dict[str, str]]] = {
    "analysis": analysis.MESSAGES,
    "app": app.MESSAGES,
    "ask": ask.MESSAGES,
    "backup": backup.MESSAGES,
    "change": change.MESSAGES,
    "cli": cli.MESSAGES,
    "col": col.MESSAGES,
    "community": community.MESSAGES,
    "compare": compare.MESSAGES,
    "connector": connector.MESSAGES,
    "demo": demo.MESSAGES,
    "edits": edits.MESSAGES,
    "error": error.MESSAGES,
    "export": export.MESSAGES,
    "figure": figure.MESSAGES,
    "forget": forget.MESSAGES,
    "help": help.MESSAGES,
    "import": import_.MESSAGES,
    "kanon": kanon.MESSAGES,
    "key": key.MESSAGES,
    "kind": kind.MESSAGES,
    "list": list.MESSAGES,
    "not_yet_connected": not_yet_connected.MESSAGES,
    "open": open.MESSAGES,
    "overview": overview.MESSAGES,
    "palette": palette.MESSAGES,
    "picture": picture.MESSAGES,
    "problem": problem.MESSAGES,
    "reason": reason.MESSAGES,
    "record": record.MESSAGES,
    "report": report.MESSAGES,
    "restore": restore.MESSAGES,
    "settings": settings.MESSAGES,
    "snapshot": snapshot.MESSAGES,
    "stats": stats.MESSAGES,
    "store": store.MESSAGES,
    "strength": strength.MESSAGES,
    "theme": theme.MESSAGES,
    "tie": tie.MESSAGES,
    "walk": walk.MESSAGES,
}


def assemble(parts: dict[str, dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """One dict of every message, checking that each module holds only its own prefix.

    Because a module holds one prefix, no code can be defined in two modules, where the
    second would silently replace the first.
    """
    messages: dict[str, dict[str, str]] = {}
    for prefix, part in parts.items():
        for code, entry in part.items():
            if code.split(".", 1)[0] != prefix:
                raise ValueError(
                    f"{code} is in the catalogue module of {prefix}.*; move it to its own"
                )
            messages[code] = entry
    return messages


MESSAGES = assemble(PARTS)
