from abcd_tui.domain.text import (
    match_key,
    slugify,
    split_items,
    street_of,
    unique_key,
    unique_phrases,
)


def test_phrases_that_differ_in_case_space_or_accents_are_one_gift():
    assert match_key("Koken ") == match_key("koken") == match_key("  KOKEN")
    assert match_key("café") == match_key("Cafe")
    assert match_key("muziek  maken") == "muziek maken"
    assert match_key("koken") != match_key("bakken")


def test_unique_phrases_keep_the_first_typed_form():
    assert unique_phrases(["Koken ", "koken", "  tuinieren", "", "KOKEN", "Tuinieren"]) == [
        "Koken",
        "tuinieren",
    ]


def test_cells_split_on_commas_and_semicolons():
    assert split_items("koken; tuin , fietsen repareren;;") == [
        "koken",
        "tuin",
        "fietsen repareren",
    ]
    assert split_items("") == []


def test_slug_of_a_dutch_name_and_of_names_without_latin_letters():
    assert slugify("Jannie van der Veen") == "jannie-van-der-veen"
    assert slugify("Şükrü Yılmaz") == "sukru-yilmaz"
    assert slugify("  Zoë   d'Hondt ") == "zoe-d-hondt"
    assert slugify("محمد") == "محمد"  # never blank for a non-blank name


def test_street_of_an_address():
    assert street_of("Kerkstraat 12") == "Kerkstraat"
    assert street_of("Kerkstraat 12a") == "Kerkstraat"
    assert street_of("Van der Veenlaan 3-5") == "Van der Veenlaan"
    assert street_of("Brink") == "Brink"


def test_unique_key_counts_up():
    assert unique_key("jan", set()) == "jan"
    assert unique_key("jan", {"jan", "jan-2"}) == "jan-3"
