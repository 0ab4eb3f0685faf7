"""Messages of the connection analysis (connectors, not yet connected, introductions),
in Dutch and English. Merged into the catalogue at the end of `messages.py`.

Wording follows the community frame: reasons describe ties and gifts, never the person.
"""

MESSAGES_ANALYSIS: dict[str, dict[str, str]] = {
    # Connectors (verbinders)
    "reason.connector.only_link_to": {
        "nl": "enige verbinding met {names}",
        "en": "the only link to {names}",
    },
    "reason.connector.only_link_to_many": {
        "nl": "enige verbinding met {count} anderen: {names} en nog {more}",
        "en": "the only link to {count} others: {names} and {more} more",
    },
    "reason.connector.only_link_between": {
        "nl": "enige verbinding tussen {part} ({count}) en de rest",
        "en": "the only link between {part} ({count}) and the rest",
    },
    "reason.connector.farther": {
        "nl": "zonder deze band komen {names} veel verder van de rest af te staan",
        "en": "without this tie, {names} would be much farther from the rest",
    },
    "reason.connector.farther_more": {
        "nl": "zonder deze band komen {count} anderen ({names} en nog {more}) veel verder"
        " van de rest af te staan",
        "en": "without this tie, {count} others ({names} and {more} more) would be much"
        " farther from the rest",
    },
    "reason.connector.brokers_neighbourhoods": {
        "nl": "brengt {pairs} paren uit verschillende wijken of dorpen samen die elkaar nog"
        " niet kennen",
        "en": "links {pairs} pairs from different neighbourhoods or villages who do not know"
        " each other yet",
    },
    "reason.connector.groups": {
        "nl": "verbindt {count} groepen: {names}",
        "en": "links {count} groups: {names}",
    },
    "reason.connector.groups_more": {
        "nl": "verbindt {count} groepen: {names} en nog {more}",
        "en": "links {count} groups: {names} and {more} more",
    },
    "reason.connector.streets": {
        "nl": "kent mensen in {count} straten",
        "en": "knows people in {count} streets",
    },
    "reason.connector.group_streets": {
        "nl": "brengt mensen uit {count} straten samen",
        "en": "brings together people from {count} streets",
    },
    "reason.connector.communities": {
        "nl": "banden reiken tot {count} kringen in de buurt",
        "en": "ties reach {count} circles of the neighbourhood",
    },
    "reason.connector.brokers": {
        "nl": "brengt {pairs} paren uit verschillende straten samen die elkaar nog niet kennen",
        "en": "links {pairs} pairs from different streets who do not know each other yet",
    },
    "reason.connector.routes": {
        "nl": "ligt op veel kortste wegen tussen anderen (hoogste {share}%)",
        "en": "lies on many shortest routes between others (top {share}%)",
    },
    "reason.connector.ties": {"nl": "{count} banden", "en": "{count} ties"},
    # Not yet connected (nog niet verbonden)
    "reason.unconnected.no_ties": {
        "nl": "nog geen banden vastgelegd",
        "en": "no ties recorded yet",
    },
    "reason.unconnected.one_tie": {
        "nl": "één band: met {name} ({tie})",
        "en": "one tie: with {name} ({tie})",
    },
    "reason.unconnected.only_institutions": {
        "nl": "banden alleen met instellingen ({names}); nog geen buren, vrienden, familie of club",
        "en": "ties only with institutions ({names}); no neighbour, friend, family or club yet",
    },
    "reason.unconnected.apart": {
        "nl": "in een deel van {size} (met {names}) zonder band met het grootste deel",
        "en": "in a part of {size} (with {names}) with no tie to the largest part",
    },
    "reason.unconnected.no_members": {
        "nl": "nog geen bewoners verbonden",
        "en": "no residents tied yet",
    },
    # Introductions (kennismakingen): lead with gifts
    "reason.intro.gift_meets_need": {
        "nl": "{giver} kan '{offer}' bieden; {name} vraagt '{need}'",
        "en": "{giver} can offer '{offer}'; {name} asks for '{need}'",
    },
    "reason.intro.gift_meets_need_theme": {
        "nl": "{giver} kan '{offer}' bieden; {name} vraagt '{need}' (allebei {theme_nl})",
        "en": "{giver} can offer '{offer}'; {name} asks for '{need}' (both {theme_en})",
    },
    "reason.intro.offer_meets_need": {
        "nl": "{name} biedt '{offer}' bij de vraag '{need}'",
        "en": "{name} offers '{offer}' for the need '{need}'",
    },
    "reason.intro.offer_meets_need_theme": {
        "nl": "{name} biedt '{offer}' bij de vraag '{need}' (allebei {theme_nl})",
        "en": "{name} offers '{offer}' for the need '{need}' (both {theme_en})",
    },
    "reason.intro.shared": {"nl": "allebei '{phrase}'", "en": "both: '{phrase}'"},
    "reason.intro.shared_close": {
        "nl": "'{mine}' en '{theirs}' liggen dicht bij elkaar",
        "en": "'{mine}' and '{theirs}' are close",
    },
    "reason.intro.same_street": {
        "nl": "wonen allebei aan de {street}",
        "en": "both live on {street}",
    },
    "reason.intro.same_neighbourhood": {
        "nl": "wonen allebei in {neighbourhood}",
        "en": "both live in {neighbourhood}",
    },
    "reason.intro.knows_both": {"nl": "{name} kent allebei", "en": "{name} knows both"},
    "reason.intro.group_about": {
        "nl": "de groep gaat over '{tag}', bij '{phrase}'",
        "en": "the group is about '{tag}', matching '{phrase}'",
    },
    # Who can help
    "reason.help.offers": {"nl": "biedt '{phrase}'", "en": "offers '{phrase}'"},
    "reason.help.offers_theme": {
        "nl": "biedt '{phrase}' ({theme_nl})",
        "en": "offers '{phrase}' ({theme_en})",
    },
    "reason.help.gift": {"nl": "kan '{phrase}'", "en": "is good at '{phrase}'"},
    "reason.help.gift_theme": {
        "nl": "kan '{phrase}' ({theme_nl})",
        "en": "is good at '{phrase}' ({theme_en})",
    },
    "reason.help.group": {"nl": "groep over '{phrase}'", "en": "group about '{phrase}'"},
    "reason.help.group_theme": {
        "nl": "groep over '{phrase}' ({theme_nl})",
        "en": "group about '{phrase}' ({theme_en})",
    },
    # CLI
    "analysis.col.rank": {"nl": "#", "en": "#"},
    "analysis.col.score": {"nl": "score", "en": "score"},
    "analysis.col.reasons": {"nl": "waarom", "en": "why"},
    "analysis.col.depends": {"nl": "hangt af van", "en": "depend on"},
    "analysis.col.for": {"nl": "voor", "en": "for"},
    "analysis.col.meet": {"nl": "kennismaken met", "en": "meet"},
    "analysis.col.members": {"nl": "bewoners", "en": "residents"},
    "analysis.col.groups": {"nl": "groepen", "en": "groups"},
    "analysis.col.streets": {"nl": "straten", "en": "streets"},
    "analysis.col.gifts": {"nl": "gedeelde gaven", "en": "shared gifts"},
    "analysis.kind.resident": {"nl": "bewoner", "en": "resident"},
    "analysis.connectors.title": {"nl": "Verbinders", "en": "Connectors"},
    "analysis.connectors.groups_title": {"nl": "Verbindende groepen", "en": "Connecting groups"},
    "analysis.unconnected.title": {"nl": "Nog niet verbonden", "en": "Not yet connected"},
    "analysis.introductions.title": {"nl": "Kennismakingen", "en": "Introductions"},
    "analysis.communities.title": {
        "nl": "Kringen in de buurt",
        "en": "Circles of the neighbourhood",
    },
    "analysis.help.title": {
        "nl": "Wie kan helpen met '{text}'?",
        "en": "Who could help with '{text}'?",
    },
    "analysis.none": {"nl": "Niets gevonden.", "en": "Nothing found."},
    "analysis.unknown_key": {
        "nl": "Geen bewoner met sleutel '{key}'",
        "en": "No resident with key '{key}'",
    },
    "analysis.not_open": {
        "nl": "{name} staat nu niet open voor kennismaking ({open}); geen voorstellen",
        "en": "{name} is not open to introductions now ({open}); no suggestions",
    },
    "analysis.more_depend": {"nl": "{shown} en nog {more}", "en": "{shown} and {more} more"},
    "analysis.help_empty": {
        "nl": "Geef een gave of vraag, bijv. 'tuinieren'",
        "en": "Give a gift or need, e.g. 'gardening'",
    },
    # Reasons of cuts and connectors (issue 15)
    "reason.unconnected.apart_residents": {
        "nl": "in een deel van {size} bewoners ({names}) zonder band met het grootste deel",
        "en": "in a part of {size} residents ({names}) with no tie to the largest part",
    },
    "reason.unconnected.apart_only_with": {
        "nl": "alleen met {names}, in een deel zonder band met het grootste deel",
        "en": "only with {names}, in a part with no tie to the largest part",
    },
}
