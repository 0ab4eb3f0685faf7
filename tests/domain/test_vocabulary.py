import re
from pathlib import Path

from abcd_tui.domain.text import match_key
from abcd_tui.domain.vocabulary import GIFT_KINDS, starter_vocabulary

THEMES_NAMED_IN_THE_ISSUE = {
    "tuin",
    "eten-en-koken",
    "vervoer",
    "klussen-en-techniek",
    "gezelschap-en-zorg",
    "administratie-en-computer",
    "muziek-en-cultuur",
    "sport-en-bewegen",
    "kinderen-en-jeugd",
    "taal",
    "dieren",
}


def test_the_starter_vocabulary_covers_the_capacity_inventory_themes():
    vocabulary = starter_vocabulary()
    assert set(vocabulary.themes) >= THEMES_NAMED_IN_THE_ISSUE
    assert all(theme.en for theme in vocabulary.themes.values())
    for theme in vocabulary.themes:
        assert sum(theme in p.themes for p in vocabulary.phrases) >= 5, theme


def test_every_phrase_is_labelled_in_both_languages_with_known_themes():
    vocabulary = starter_vocabulary()
    assert len(vocabulary.phrases) >= 200
    keys = [match_key(p.nl) for p in vocabulary.phrases]
    assert len(keys) == len(set(keys)), "two phrases are the same gift"
    for phrase in vocabulary.phrases:
        assert phrase.nl and phrase.en
        assert phrase.themes and set(phrase.themes) <= set(vocabulary.themes)
        assert phrase.gift in (*GIFT_KINDS, None)


def test_a_need_meets_an_offer_in_other_words_through_a_theme():
    vocabulary = starter_vocabulary()
    assert vocabulary.themes_of("Hulp in de tuin ") & vocabulary.themes_of("tuinieren")
    assert "muziek-en-cultuur" in vocabulary.themes_of("muziek maken op feestjes")
    assert vocabulary.themes_of("iets heel anders") == frozenset()


def test_no_phrase_labels_a_person():
    package = Path(__file__).parents[2] / "abcd_tui"
    text = "\n".join(p.read_text("utf-8") for p in package.rglob("*.json"))
    assert not re.search(r"eenzame?n?\b|kwetsbare|zielig|lonely|vulnerable", text, re.I)


def test_a_theme_named_in_a_need_is_that_theme():
    vocabulary = starter_vocabulary()
    assert "tuin" in vocabulary.themes_of("iemand die kan helpen met de tuin")
    assert "tuin" in vocabulary.themes_of("Tuin")
    assert "taal" not in vocabulary.themes_of("taalles")  # whole words only
