"""Concurrent edits, optimistic saves and safe undo: why a save or an undo was refused.

Every `edits.*` message, Dutch and English side by side.
"""

_CHANGED = {
    "nl": (
        "Niet opgeslagen: {what} is intussen elders gewijzigd (nu versie {version}, het "
        "formulier begon bij versie {expected}). Je invoer staat nog in het formulier, met "
        "onder elk veld wat er nu is opgeslagen: neem over wat je wilt houden en sla "
        "opnieuw op (ctrl+s), of annuleer (esc)."
    ),
    "en": (
        "Not saved: {what} was changed elsewhere meanwhile (now version {version}, the "
        "form started from version {expected}). What you typed is still in the form, with "
        "what is stored now under each field: take over what you want to keep and save "
        "again (ctrl+s), or cancel (esc)."
    ),
}
_GONE = {
    "nl": (
        "Niet gedaan: {what} bestaat niet meer in het register (intussen verwijderd of "
        "vergeten, bijvoorbeeld met abcd forget). Er is niets teruggezet; de lijst is "
        "bijgewerkt."
    ),
    "en": (
        "Not done: {what} is no longer in the register (deleted or forgotten meanwhile, "
        "for instance with abcd forget). Nothing was put back; the list is up to date."
    ),
}


def _with(template: dict[str, str], nl: str, en: str) -> dict[str, str]:
    return {"nl": template["nl"].replace("{what}", nl), "en": template["en"].replace("{what}", en)}


MESSAGES: dict[str, dict[str, str]] = {
    "edits.refused": {
        "nl": "Niet opgeslagen: het register is intussen elders gewijzigd.",
        "en": "Not saved: the register was changed elsewhere meanwhile.",
    },
    "edits.changed_resident": _with(_CHANGED, "deze bewoner", "this resident"),
    "edits.changed_group": _with(_CHANGED, "deze groep", "this group"),
    "edits.changed_walk": _with(_CHANGED, "deze wandeling", "this walk"),
    "edits.gone_resident": _with(_GONE, "deze bewoner", "this resident"),
    "edits.gone_group": _with(_GONE, "deze groep", "this group"),
    "edits.gone_walk": _with(_GONE, "deze wandeling", "this walk"),
    "edits.gone_record": _with(_GONE, "deze bewoner of groep", "this resident or group"),
    "edits.gone_tie": {
        "nl": (
            "Niet gedaan: deze band bestaat niet meer (intussen weggehaald door een ander "
            "programma). De lijst is bijgewerkt."
        ),
        "en": (
            "Not done: this tie is no longer there (removed by another program meanwhile). "
            "The list is up to date."
        ),
    },
    "edits.undo_refused_changed": {
        "nl": (
            "Niet ongedaan gemaakt: wat deze stap veranderde is daarna elders nog eens "
            "gewijzigd ({count:?rij|rijen}), en dat wordt niet overschreven. De stap is uit de "
            "geschiedenis gehaald; ctrl+z gaat verder met de stap ervoor."
        ),
        "en": (
            "Not undone: what this step changed was changed again elsewhere since "
            "({count:?row|rows}), and that is not overwritten. The step has left the history; "
            "ctrl+z goes on with the step before it."
        ),
    },
    "edits.undo_refused_taken": {
        "nl": (
            "Niet ongedaan gemaakt: een ander programma (een import, zeg) gebruikt "
            "intussen dezelfde sleutel of band. Er is niets veranderd; de stap is uit de "
            "geschiedenis gehaald."
        ),
        "en": (
            "Not undone: another program (an import, say) uses the same key or tie "
            "meanwhile. Nothing was changed; the step has left the history."
        ),
    },
    "edits.redo_refused_changed": {
        "nl": (
            "Niet opnieuw gedaan: wat deze stap zou veranderen is intussen elders gewijzigd "
            "({count:?rij|rijen}), en dat wordt niet overschreven. De stap is uit de "
            "geschiedenis gehaald."
        ),
        "en": (
            "Not redone: what this step would change was changed elsewhere meanwhile "
            "({count:?row|rows}), and that is not overwritten. The step has left the history."
        ),
    },
    "edits.redo_refused_taken": {
        "nl": (
            "Niet opnieuw gedaan: een ander programma gebruikt intussen dezelfde sleutel "
            "of band. Er is niets veranderd; de stap is uit de geschiedenis gehaald."
        ),
        "en": (
            "Not redone: another program uses the same key or tie meanwhile. Nothing was "
            "changed; the step has left the history."
        ),
    },
    "edits.field_both": {
        "nl": "Jij: {yours} · nu opgeslagen: {stored}",
        "en": "You: {yours} · stored now: {stored}",
    },
    "edits.form_changed": {
        "nl": (
            "Elders gewijzigd terwijl dit formulier open stond: onder elk veld dat "
            "verschilt staan jouw waarde en de opgeslagen waarde. ctrl+r neemt de "
            "opgeslagen waarde over in elk veld dat jij niet wijzigde; ctrl+s bewaart wat "
            "er dan in het formulier staat."
        ),
        "en": (
            "Changed elsewhere while this form was open: under each field that differs "
            "are your value and the stored one. ctrl+r takes the stored value into every "
            "field you did not change; ctrl+s saves what the form then holds."
        ),
    },
    "edits.form_merged": {
        "nl": (
            "Opgeslagen waarden overgenomen waar jij niets wijzigde. Wat nog verschilt staat "
            "onder het veld; ctrl+s bewaart wat er nu in het formulier staat."
        ),
        "en": (
            "Stored values taken over where you changed nothing. What still differs is "
            "under its field; ctrl+s saves what the form holds now."
        ),
    },
    "edits.key_take_stored": {"nl": "Opgeslagen overnemen", "en": "Take stored values"},
    "edits.form_changed_hidden": {
        "nl": (
            "Elders gewijzigd terwijl dit formulier open stond, in gegevens die dit "
            "formulier niet toont; die blijven zoals ze nu zijn. Sla opnieuw op om je "
            "invoer te bewaren."
        ),
        "en": (
            "Changed elsewhere while this form was open, in details this form does not "
            "show; those stay as they are now. Save again to keep what you typed."
        ),
    },
    "edits.empty": {"nl": "(leeg)", "en": "(empty)"},
}
