"""Kinds of tie (`tie.{TieKind}`), as the user reads them.

Every `tie.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "tie.neighbour": {"nl": "buren", "en": "neighbour"},
    "tie.friend": {"nl": "vrienden", "en": "friend"},
    "tie.family": {"nl": "familie", "en": "family"},
    "tie.colleague": {"nl": "collega", "en": "colleague"},
    "tie.acquaintance": {"nl": "kennis", "en": "acquaintance"},
    "tie.member": {"nl": "lid", "en": "member"},
    "tie.organiser": {"nl": "organisator", "en": "organiser"},
    "tie.volunteer": {"nl": "vrijwilliger", "en": "volunteer"},
    "tie.visitor": {"nl": "bezoeker", "en": "visitor"},
    "tie.client": {"nl": "cliënt", "en": "client"},
    "tie.staff": {"nl": "medewerker", "en": "staff"},
    "tie.partner": {"nl": "partner", "en": "partner"},
    "tie.uses_place": {"nl": "gebruikt plek", "en": "uses place"},
}
