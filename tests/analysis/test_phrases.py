"""The phrase matcher: word forms, compounds, typos, English, synonyms and broader
terms, with the level of each match. Answers you can check by eye."""

from __future__ import annotations

import pytest

from abcd_tui.analysis.matching import CLOSE, RELATED, SAME, SYNONYM, THEME, match_level
from abcd_tui.analysis.phrases import understand


def test_levels_strongest_first():
    assert match_level("Koken ", "koken") == SAME
    assert match_level("muziek", "muziek maken") == CLOSE
    assert match_level("hulp bij het koken", "kookt graag") == CLOSE  # verb forms
    assert match_level("fiets", "fietsen") == CLOSE  # singular and plural
    assert match_level("hulp in de tuin", "tuinieren") == SYNONYM
    assert match_level("computerles", "computer repareren") == SYNONYM  # a compound
    assert match_level("dog walking", "honden uitlaten") == SYNONYM  # English
    assert match_level("hulp in de tuin", "onkruid wieden") == RELATED  # narrower
    assert match_level("muziek", "zingen in een koor") == RELATED
    assert match_level("hulp met formulieren", "computers") == THEME  # coarse
    assert match_level("hulp in de tuin", "tuinieren", use_themes=False) == SYNONYM
    assert match_level("tuinieren", "fietsen") is None


def test_what_a_phrase_is_about():
    assert understand("iemand om mee te wandelen").stems == {"wandel"}  # little words go
    assert understand("klusjes").concepts == {"klussen"}  # a diminutive undone
    assert understand("tuinierne").concepts == {"tuinieren"}  # a small typo mended
    assert understand("boodschappenhulp").concepts == {"boodschappen"}  # a compound split
    # A whole term wins over its words: repairing bikes is not cycling.
    assert understand("fietsen repareren").concepts == {"fiets repareren"}
    assert understand("gras maaien").wider == {"tuinieren"}


MEET = [
    ("wil graag mensen ontmoeten", "gezelschap"),
    ("hulp bij het invullen van formulieren", "administratie"),
    ("iemand die mijn post doorneemt", "brieven lezen"),
    ("hulp met de computer", "computerles geven"),
    ("uitleg over mijn tablet", "ipad"),
    ("iemand die met mij wandelt", "wandelen"),
    ("wandelmaatje", "graag wandelen"),
    ("ik zoek een fietsmaatje", "fietsen"),
    ("boodschappen doen", "boodschappen voor anderen halen"),
    ("iemand die boodschappen voor mij doet", "boodschappen"),
    ("vervoer naar het ziekenhuis", "chauffeur"),
    ("vervoer naar de dokter", "autorijden"),
    ("lift naar de markt", "auto"),
    ("klusjes in en om het huis", "klussen"),
    ("schilderij ophangen", "klusjesman"),
    ("kapotte fiets", "fietsenmaker"),
    ("gras maaien", "tuinieren"),
    ("heg snoeien", "tuin onderhouden"),
    ("groente verbouwen", "moestuin"),
    ("leren koken", "kookles geven"),
    ("samen eten", "kok"),
    ("maaltijden", "koken voor anderen"),
    ("taart bakken", "bakken"),
    ("Nederlands leren", "taalmaatje"),
    ("oefenen met praten in het Nederlands", "taalcafé"),
    ("English conversation", "engels"),
    ("translation", "vertalen"),
    ("huiswerkbegeleiding", "bijles"),
    ("bijles rekenen", "wiskunde"),
    ("oppas voor de kinderen", "babysitter"),
    ("iemand voor de hond", "honden uitlaten"),
    ("kattenoppas", "op katten passen"),
    ("voor mijn konijn zorgen", "dieren"),
    ("gezelschap", "op bezoek gaan"),
    ("een praatje", "koffie drinken"),
    ("iemand om mee te praten", "luisteren"),
    ("zingen", "koor"),
    ("muziek maken", "gitaar"),
    ("piano les", "muziekles"),
    ("dansen", "dansles"),
    ("schilderen", "tekenen"),
    ("breien", "haken"),
    ("naaien", "kleding maken"),
    ("broek inkorten", "naaimachine"),
    ("foto's maken", "fotografie"),
    ("yoga", "yogales"),
    ("bewegen", "gym"),
    ("zwemmen", "zwemles"),
    ("voetballen", "voetbal"),
    ("hardlopen", "running"),
    ("gardening", "tuinieren"),
    ("cooking", "koken"),
    ("computer help", "computers"),
    ("dog walking", "hond uitlaten"),
    ("driving", "autorijden"),
    ("buurtfeest", "feest organiseren"),
    ("vrijwilligerswerk", "vrijwilliger"),
    ("bijbel lezen", "kerk"),
    ("rouwverwerking", "rouwbegeleiding"),
    ("schoonmaken", "poetsen"),
    ("strijken", "huishouden"),
    ("verhuizen", "sjouwen"),
    ("belastingaangifte", "belasting"),
    ("smartphone", "telefoon"),
    ("whatsapp", "mobiel"),
    ("videobellen met kleinkinderen", "beeldbellen"),
    ("digid", "formulieren"),
    ("sollicitatiebrief", "cv schrijven"),
    ("kinderfeestje", "kinderen"),
    ("knutselen", "creatief"),
    ("geschiedenis", "oude verhalen"),
    ("spelletjes", "kaarten"),
    ("schaken", "schaakclub"),
    ("klaverjassen", "kaarten"),
    ("bloemschikken", "bloemen"),
    ("fiets repareren", "fiets maken"),
    ("lekke band", "fietsband plakken"),
    ("elektriciteit", "elektricien"),
    ("lekkende kraan", "loodgieter"),
    ("massage", "masseren"),
    ("mantelzorg", "zorgen voor mijn moeder"),
    ("ehbo", "eerste hulp"),
]


APART = [
    ("wil graag mensen ontmoeten", "zingeving"),  # "mensen" is not a typo of "meaning"
    # Found by a tester on the demo: "allebei hetzelfde in andere woorden" for these.
    ("gezonde voeding", "hulp met medicijnen"),
    ("bijbelkennis", "koranles"),
    ("gezonde voeding", "reanimatie"),
    ("flyers maken", "notuleren"),
    ("tuinieren", "fietsen"),
    ("koken", "computer"),
    ("muziek maken", "fiets repareren"),
    ("band plakken", "muziek"),
    ("hond uitlaten", "vogels kijken"),
    ("vervoer naar het ziekenhuis", "yogales geven"),
    ("vervoer naar het ziekenhuis", "massage"),
    ("iemand om mee te wandelen", "koffieochtend draaien"),
    ("hardlopen", "dansen"),
    ("formulieren", "websites maken"),
    ("breien", "koken"),
    ("oppas", "voetbaltraining geven"),
    ("taalmaatje", "wandelmaatje"),
    ("leren fietsen", "leren koken"),
]


@pytest.mark.parametrize(("need", "offer"), MEET)
def test_a_builder_would_say_these_meet(need, offer):
    assert match_level(need, offer) not in (None, THEME)
    assert match_level(offer, need) not in (None, THEME)


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_builder_would_not_introduce_on_these(a, b):
    assert match_level(a, b) in (None, THEME)


def test_phrases_are_understood_right_from_several_threads_at_once():
    """Found by the hostile-register test: two of the app's workers stemming at once
    broke the shared Snowball stemmer (an IndexError inside it)."""
    import threading

    from abcd_tui.analysis import phrases

    words = [f"{w}{n}" for n in range(400) for w in ("fietsen", "tuinieren", "boodschap")]
    errors: list[BaseException] = []

    def stem_all() -> None:
        try:
            for word in words:
                phrases.stem(word)
        except BaseException as error:  # noqa: BLE001 (what the test is about)
            errors.append(error)

    phrases.stem.cache_clear()
    threads = [threading.Thread(target=stem_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert phrases.stem("fietsen") == phrases.stem("fiets") == "fiet"
