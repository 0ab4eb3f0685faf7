"""Reasons of the analysis (`reason.{code}`, shown through `reason_text`): why someone is a
connector, not yet connected, a good introduction or able to help.

Wording follows the community frame: reasons describe ties and gifts, never the person.

Every `reason.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
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
        "nl": "zonder deze band staan {names} veel verder van de rest af",
        "en": "without this tie, {names} would be much farther from the rest",
    },
    "reason.connector.farther_more": {
        "nl": "zonder deze band staan {count} anderen ({names} en nog {more}) veel verder"
        " van de rest af",
        "en": "without this tie, {count} others ({names} and {more} more) would be much"
        " farther from the rest",
    },
    "reason.connector.brokers_neighbourhoods": {
        "nl": "brengt {pairs:?paar|paren} uit verschillende wijken of dorpen samen die elkaar nog"
        " niet kennen",
        "en": "links {pairs:?pair|pairs} from different neighbourhoods or villages who do not know"
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
        "nl": "brengt {pairs:?paar|paren} uit verschillende straten samen die elkaar nog niet kennen",
        "en": "links {pairs:?pair|pairs} from different streets who do not know each other yet",
    },
    "reason.connector.routes": {
        "nl": "ligt op veel kortste wegen tussen anderen (hoogste {share}%)",
        "en": "lies on many shortest routes between others (top {share}%)",
    },
    "reason.connector.ties": {"nl": "{count:?band|banden}", "en": "{count:?tie|ties}"},
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
    "reason.unconnected.no_members": {
        "nl": "nog geen bewoners verbonden",
        "en": "no residents tied yet",
    },
    # Introductions (kennismakingen): lead with gifts; the first reason is the why
    "reason.intro.gift_meets_need": {
        "nl": "{giver} kan '{offer}' bieden: dat past bij de vraag '{need}' van {name}",
        "en": "{giver} can offer '{offer}': that fits {name}'s need '{need}'",
    },
    "reason.intro.gift_meets_need_synonym": {
        "nl": "{giver} kan '{offer}' bieden: dat past bij de vraag '{need}' van {name} (andere woorden, zelfde zaak)",
        "en": "{giver} can offer '{offer}': that fits {name}'s need '{need}' (other words, same thing)",
    },
    "reason.intro.gift_meets_need_related": {
        "nl": "{giver} kan '{offer}' bieden: dat past bij de vraag '{need}' van {name} (verwant)",
        "en": "{giver} can offer '{offer}': that fits {name}'s need '{need}' (related)",
    },
    "reason.intro.gift_meets_need_theme": {
        "nl": "{giver} kan '{offer}' bieden: dat past bij de vraag '{need}' van {name} (allebei {theme_nl})",
        "en": "{giver} can offer '{offer}': that fits {name}'s need '{need}' (both {theme_en})",
    },
    "reason.intro.offer_meets_need": {
        "nl": "vraag '{need}' past bij het aanbod '{offer}' van {name}",
        "en": "the need '{need}' fits {name}'s offer '{offer}'",
    },
    "reason.intro.offer_meets_need_synonym": {
        "nl": "vraag '{need}' past bij het aanbod '{offer}' van {name} (andere woorden, zelfde zaak)",
        "en": "the need '{need}' fits {name}'s offer '{offer}' (other words, same thing)",
    },
    "reason.intro.offer_meets_need_related": {
        "nl": "vraag '{need}' past bij het aanbod '{offer}' van {name} (verwant)",
        "en": "the need '{need}' fits {name}'s offer '{offer}' (related)",
    },
    "reason.intro.offer_meets_need_theme": {
        "nl": "vraag '{need}' past bij het aanbod '{offer}' van {name} (allebei {theme_nl})",
        "en": "the need '{need}' fits {name}'s offer '{offer}' (both {theme_en})",
    },
    "reason.intro.gift_for_need": {
        "nl": "vraag '{need}' past bij wat {name} kan: '{offer}' (gave, nog niet als aanbod genoemd)",
        "en": "the need '{need}' fits what {name} can do: '{offer}' (a gift, not yet offered)",
    },
    "reason.intro.gift_for_need_synonym": {
        "nl": "vraag '{need}' past bij wat {name} kan: '{offer}' (gave, nog niet als aanbod genoemd; andere woorden, zelfde zaak)",
        "en": "the need '{need}' fits what {name} can do: '{offer}' (a gift, not yet offered; other words, same thing)",
    },
    "reason.intro.gift_for_need_related": {
        "nl": "vraag '{need}' past bij wat {name} kan: '{offer}' (gave, nog niet als aanbod genoemd; verwant)",
        "en": "the need '{need}' fits what {name} can do: '{offer}' (a gift, not yet offered; related)",
    },
    "reason.intro.gift_for_need_theme": {
        "nl": "vraag '{need}' past bij wat {name} kan: '{offer}' (gave, nog niet als aanbod genoemd; allebei {theme_nl})",
        "en": "the need '{need}' fits what {name} can do: '{offer}' (a gift, not yet offered; both {theme_en})",
    },
    "reason.intro.group_about": {
        "nl": "'{phrase}' past bij deze groep: '{tag}'",
        "en": "'{phrase}' fits this group: '{tag}'",
    },
    "reason.intro.group_about_synonym": {
        "nl": "'{phrase}' past bij deze groep: '{tag}' (andere woorden, zelfde zaak)",
        "en": "'{phrase}' fits this group: '{tag}' (other words, same thing)",
    },
    "reason.intro.group_about_related": {
        "nl": "'{phrase}' past bij deze groep: '{tag}' (verwant)",
        "en": "'{phrase}' fits this group: '{tag}' (related)",
    },
    "reason.intro.group_about_theme": {
        "nl": "'{phrase}' past bij deze groep: '{tag}' (allebei {theme_nl})",
        "en": "'{phrase}' fits this group: '{tag}' (both {theme_en})",
    },
    "reason.intro.shared": {"nl": "allebei '{phrase}'", "en": "both: '{phrase}'"},
    "reason.intro.love_for_need": {
        "nl": "vraag '{need}' past bij waar {name} van houdt: '{offer}'",
        "en": "the need '{need}' fits what {name} loves: '{offer}'",
    },
    "reason.intro.love_for_need_synonym": {
        "nl": "vraag '{need}' past bij waar {name} van houdt: '{offer}' (andere woorden, zelfde zaak)",
        "en": "the need '{need}' fits what {name} loves: '{offer}' (other words, same thing)",
    },
    "reason.intro.love_for_need_related": {
        "nl": "vraag '{need}' past bij waar {name} van houdt: '{offer}' (verwant)",
        "en": "the need '{need}' fits what {name} loves: '{offer}' (related)",
    },
    "reason.intro.love_for_need_theme": {
        "nl": "vraag '{need}' past bij waar {name} van houdt: '{offer}' (allebei {theme_nl})",
        "en": "the need '{need}' fits what {name} loves: '{offer}' (both {theme_en})",
    },
    "reason.intro.shared_synonym": {
        "nl": "'{mine}' en '{theirs}': allebei hetzelfde in andere woorden",
        "en": "'{mine}' and '{theirs}': the same thing in other words",
    },
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
    # Who can help
    "reason.help.offers": {
        "nl": "biedt '{phrase}'",
        "en": "offers '{phrase}'",
    },
    "reason.help.offers_synonym": {
        "nl": "biedt '{phrase}' (andere woorden, zelfde zaak)",
        "en": "offers '{phrase}' (other words, same thing)",
    },
    "reason.help.offers_related": {
        "nl": "biedt '{phrase}' (verwant)",
        "en": "offers '{phrase}' (related)",
    },
    "reason.help.offers_theme": {
        "nl": "biedt '{phrase}' (allebei {theme_nl})",
        "en": "offers '{phrase}' (both {theme_en})",
    },
    "reason.help.gift": {
        "nl": "kan '{phrase}' (gave, nog niet als aanbod genoemd)",
        "en": "can do '{phrase}' (a gift, not yet offered)",
    },
    "reason.help.gift_synonym": {
        "nl": "kan '{phrase}' (gave, nog niet als aanbod genoemd; andere woorden, zelfde zaak)",
        "en": "can do '{phrase}' (a gift, not yet offered; other words, same thing)",
    },
    "reason.help.gift_related": {
        "nl": "kan '{phrase}' (gave, nog niet als aanbod genoemd; verwant)",
        "en": "can do '{phrase}' (a gift, not yet offered; related)",
    },
    "reason.help.gift_theme": {
        "nl": "kan '{phrase}' (gave, nog niet als aanbod genoemd; allebei {theme_nl})",
        "en": "can do '{phrase}' (a gift, not yet offered; both {theme_en})",
    },
    "reason.help.group": {
        "nl": "groep over '{phrase}'",
        "en": "group about '{phrase}'",
    },
    "reason.help.group_synonym": {
        "nl": "groep over '{phrase}' (andere woorden, zelfde zaak)",
        "en": "group about '{phrase}' (other words, same thing)",
    },
    "reason.help.group_related": {
        "nl": "groep over '{phrase}' (verwant)",
        "en": "group about '{phrase}' (related)",
    },
    "reason.help.group_theme": {
        "nl": "groep over '{phrase}' (allebei {theme_nl})",
        "en": "group about '{phrase}' (both {theme_en})",
    },
    "reason.help.loves": {
        "nl": "houdt van '{phrase}'",
        "en": "loves '{phrase}'",
    },
    "reason.help.loves_synonym": {
        "nl": "houdt van '{phrase}' (andere woorden, zelfde zaak)",
        "en": "loves '{phrase}' (other words, same thing)",
    },
    "reason.help.loves_related": {
        "nl": "houdt van '{phrase}' (verwant)",
        "en": "loves '{phrase}' (related)",
    },
    "reason.help.loves_theme": {
        "nl": "houdt van '{phrase}' (allebei {theme_nl})",
        "en": "loves '{phrase}' (both {theme_en})",
    },
    "reason.help.group_description": {
        "nl": "groep; de beschrijving noemt '{phrase}'",
        "en": "group; its description says '{phrase}'",
    },
    "reason.help.group_description_synonym": {
        "nl": "groep; de beschrijving noemt '{phrase}' (andere woorden, zelfde zaak)",
        "en": "group; its description says '{phrase}' (other words, same thing)",
    },
    "reason.help.group_description_related": {
        "nl": "groep; de beschrijving noemt '{phrase}' (verwant)",
        "en": "group; its description says '{phrase}' (related)",
    },
    "reason.help.group_description_theme": {
        "nl": "groep; de beschrijving noemt '{phrase}' (allebei {theme_nl})",
        "en": "group; its description says '{phrase}' (both {theme_en})",
    },
    # Reasons of cuts and connectors (issue 15)
    "reason.unconnected.apart_residents": {
        "nl": "in een deel van {size:?bewoner|bewoners} ({names}) zonder band met het grootste deel",
        "en": "in a part of {size:?resident|residents} ({names}) with no tie to the largest part",
    },
    "reason.unconnected.apart_only_with": {
        "nl": "alleen met {names}, in een deel zonder band met het grootste deel",
        "en": "only with {names}, in a part with no tie to the largest part",
    },
    # Exports
    "reason.intro.same_street_hidden": {
        "nl": "wonen in dezelfde straat",
        "en": "live on the same street",
    },
    # Reasons whose quoted words a pseudonymised export had to leave out (model._plain)
    "reason.intro.gives_plain": {
        "nl": "{giver} kan iets bieden waar {name} om vraagt",
        "en": "{giver} can offer something {name} asks for",
    },
    "reason.intro.gives_plain_theme": {
        "nl": "{giver} kan iets bieden waar {name} om vraagt ({theme_nl})",
        "en": "{giver} can offer something {name} asks for ({theme_en})",
    },
    "reason.intro.gets_plain": {
        "nl": "{name} kan iets bieden waar {giver} om vraagt",
        "en": "{name} can offer something {giver} asks for",
    },
    "reason.intro.gets_plain_theme": {
        "nl": "{name} kan iets bieden waar {giver} om vraagt ({theme_nl})",
        "en": "{name} can offer something {giver} asks for ({theme_en})",
    },
    "reason.intro.shared_plain": {
        "nl": "doen allebei graag iets wat de ander ook doet",
        "en": "both enjoy something the other does too",
    },
    "reason.intro.shared_plain_theme": {
        "nl": "hebben allebei iets met {theme_nl}",
        "en": "both have something to do with {theme_en}",
    },
    "reason.intro.group_plain": {
        "nl": "past bij wat deze groep doet",
        "en": "fits what this group does",
    },
    "reason.intro.group_plain_theme": {
        "nl": "past bij wat deze groep doet ({theme_nl})",
        "en": "fits what this group does ({theme_en})",
    },
    "reason.kanon.same_neighbourhood_hidden": {
        "nl": "wonen in dezelfde buurt",
        "en": "live in the same neighbourhood",
    },
}
