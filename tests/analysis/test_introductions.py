"""Introductions and who can help: a vraag meets an aanbod in other words, openness is
respected, and a club beats another professional."""

from __future__ import annotations

from abcd_tui.analysis import Analysis, build_graph, introductions, who_can_help
from abcd_tui.domain.records import GroupKind, TieKind
from abcd_tui.i18n import reason_text, set_language


def dien_and_eric(m):
    """Dien (not yet connected) needs help in the garden; Eric offers gardening."""
    from tests.analysis.neighbourhoods import Map  # noqa: F401  (for readers: see Map)

    m.resident(
        "dien",
        street="Kerkstraat",
        neighbourhood="Kerkbuurt",
        needs=["hulp in de tuin"],
        interests=["muziek"],
        hands=["breien"],
    )
    m.resident(
        "eric",
        street="Esweg",
        neighbourhood="Kerkbuurt",
        offers=["tuinieren"],
        interests=["muziek maken"],
    )
    m.resident("fred", street="Esweg", neighbourhood="Kerkbuurt", hands=["fietsen"])
    m.resident("gera", street="Esweg", neighbourhood="Kerkbuurt", needs=["leren breien"], open="no")
    m.clique("eric", "fred", "gera")


def test_a_need_meets_an_offer_in_other_words(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    dien_and_eric(m)
    found = introductions(Analysis(build_graph(m.db)))
    assert [(i.for_key, i.meet_key) for i in found] == [("dien", "eric")]
    set_language("en")
    texts = [reason_text(r) for r in found[0].reasons]
    assert texts[0] == (
        "the need 'hulp in de tuin' fits Eric's offer 'tuinieren' (other words, same thing)"
    )
    assert "'muziek' and 'muziek maken' are close" in texts
    assert "both live in Kerkbuurt" in texts
    # Gera asks for what Dien can give, but said no to introductions: never suggested.
    assert all(i.meet_key != "gera" for i in found)


def test_gifts_lead_the_reasons(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("dien", neighbourhood="Kerkbuurt", needs=["hulp bij het koken"], hands=["breien"])
    m.resident("hans", neighbourhood="Kerkbuurt", hands=["koken"], needs=["leren breien"])
    m.resident("ina", neighbourhood="Kerkbuurt")
    m.tie("hans", "ina")
    (intro,) = introductions(Analysis(build_graph(m.db)), for_key="dien")
    assert intro.meet_key == "hans"
    assert [r.code for r in intro.reasons[:2]] == [
        "intro.gift_meets_need",
        "intro.gift_for_need",
    ]
    set_language("en")
    assert reason_text(intro.reasons[0]) == (
        "Dien can offer 'breien': that fits Hans's need 'leren breien'"
    )
    assert reason_text(intro.reasons[1]) == (
        "the need 'hulp bij het koken' fits what Hans can do: 'koken' (a gift, not yet offered)"
    )


def test_openness_is_respected(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("eric", neighbourhood="Kerkbuurt", offers=["tuinieren"])
    m.resident("frits", neighbourhood="Kerkbuurt")
    m.resident("greet", neighbourhood="Kerkbuurt")
    m.clique("eric", "frits", "greet")
    for key, openness in (
        ("nee", "no"),
        ("straks", "not_now"),
        ("ja", "yes"),
        ("weet-niet", "unknown"),
    ):
        m.resident(key, neighbourhood="Kerkbuurt", needs=["hulp in de tuin"], open=openness)
    analysis = Analysis(build_graph(m.db))
    assert {i.for_key for i in introductions(analysis)} == {"ja", "weet-niet"}
    assert {i.for_key for i in introductions(analysis, not_now=True)} == {
        "ja",
        "weet-niet",
        "straks",
    }
    assert introductions(analysis, for_key="nee", not_now=True) == []


def test_a_club_not_another_professional(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("dien", neighbourhood="Kerkbuurt", interests=["zingen"])
    m.group("koor", GroupKind.ASSOCIATION, tags=["zingen", "muziek"])
    m.group("muziekschool", GroupKind.INSTITUTION, tags=["zingen", "muziek"])
    m.resident("kees")
    m.tie("kees", "koor")
    m.tie("kees", "muziekschool", TieKind.STAFF)
    found = introductions(Analysis(build_graph(m.db)), for_key="dien")
    assert [i.meet_key for i in found] == ["koor"]
    assert found[0].reasons[0].code == "intro.group_about"


def test_a_shared_contact_ranks_and_explains_but_never_introduces_alone(tmp_path):
    from tests.analysis.neighbourhoods import new_map, star

    m = new_map(tmp_path)
    star(m)  # anna and five who know only her, all on one street
    m.resident("gijs", street="Kerkstraat", interests=["schaken"])
    m.resident("hein", street="Kerkstraat", interests=["schaken"])
    m.tie("anna", "hein")
    # Bob shares only a street and Anna with the others: no introduction on that alone.
    assert introductions(Analysis(build_graph(m.db)), for_key="bob", top=5) == []
    # Gijs loves chess, as Hein does, whom Anna knows too: that ranks and explains.
    m.tie("anna", "gijs")
    m.resident("ivo", street="Kerkstraat", interests=["schaken"])
    found = introductions(Analysis(build_graph(m.db)), for_key="gijs", top=5)
    assert [i.meet_key for i in found] == ["hein", "ivo"]
    assert any(
        r.code == "intro.knows_both" and r.params["name"] == "Anna" for r in found[0].reasons
    )
    assert not any(r.code == "intro.knows_both" for r in found[1].reasons)


def test_who_can_help_puts_offers_first_and_skips_no(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("eric", offers=["tuinieren"])
    m.resident("fred", hands=["Tuinieren"])
    m.resident("gera", offers=["tuinieren"], open="no")
    m.resident("hans", offers=["fietsen"])
    m.group("volkstuin", GroupKind.PLACE, tags=["moestuin"])
    found = who_can_help(Analysis(build_graph(m.db)), "tuinieren")
    # The offer first, then the same gift, then a place about vegetable gardens
    # (a narrower term); Hans's cycling never, Gera ("no") never.
    assert [h.key for h in found] == ["eric", "fred", "volkstuin"]
    set_language("en")
    assert [reason_text(r) for r in found[0].reasons] == ["offers 'tuinieren'"]
    assert [reason_text(r) for r in found[1].reasons] == [
        "can do 'Tuinieren' (a gift, not yet offered)"
    ]
    by_theme = who_can_help(Analysis(build_graph(m.db)), "hulp in de tuin")
    assert [h.key for h in by_theme][:1] == ["eric"]
    assert "volkstuin" in [h.key for h in by_theme]


def test_a_phrase_that_is_both_gift_and_interest_is_shared_once(tmp_path):
    """Found in the demo: 'allebei maatje zijn' listed twice and counted twice."""
    from abcd_tui.analysis import analysis_of, introductions
    from abcd_tui.domain.records import Openness, Resident
    from abcd_tui.i18n import reason_text, set_language
    from abcd_tui.store import open_database, writes

    set_language("nl")
    db = open_database(tmp_path / "t.db")
    writes.save_resident(
        db,
        Resident(
            name="Dien",
            key="dien",
            neighbourhood="Esch",
            heart=["muziek"],
            open_to_introductions=Openness.YES,
        ),
    )
    writes.save_resident(
        db,
        Resident(
            name="Eric", key="eric", neighbourhood="Esch", heart=["muziek"], interests=["muziek"]
        ),
    )
    (intro,) = [i for i in introductions(analysis_of(db), for_key="dien") if i.meet_key == "eric"]
    texts = [reason_text(r) for r in intro.reasons]
    assert len([x for x in texts if "muziek" in x]) == 1, texts
    db.close()


def test_who_can_help_breaks_equal_scores_by_closeness_never_by_name(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("aad", hands=["tuinieren"])
    m.resident("zeger", hands=["tuinieren"])
    m.resident("vraag")
    m.resident("tussen")
    m.tie("vraag", "tussen")
    m.tie("tussen", "zeger")
    analysis = Analysis(build_graph(m.db))
    near = who_can_help(analysis, "hulp in de tuin", near="vraag")
    assert [h.key for h in near] == ["zeger", "aad"]
    m.tie("vraag", "aad")
    near = who_can_help(Analysis(build_graph(m.db)), "hulp in de tuin", near="vraag")
    assert [h.key for h in near] == ["aad", "zeger"]


def test_someone_who_said_not_now_is_put_forward_only_when_asked(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("dien", neighbourhood="Esch", needs=["hulp in de tuin"])
    m.resident("eric", neighbourhood="Esch", offers=["tuinieren"], open="not_now")
    m.resident("fred", neighbourhood="Esch", offers=["gras maaien"])
    analysis = Analysis(build_graph(m.db))
    assert [i.meet_key for i in introductions(analysis, for_key="dien")] == ["fred"]
    asked = introductions(analysis, for_key="dien", not_now=True)
    assert [i.meet_key for i in asked] == ["eric", "fred"]
    assert [h.key for h in who_can_help(analysis, "tuinieren")] == ["fred"]
    assert [h.key for h in who_can_help(analysis, "tuinieren", not_now=True)] == ["eric", "fred"]


def test_consent_not_recorded_is_marked_where_suggested(tmp_path):
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("dien", neighbourhood="Esch", needs=["hulp in de tuin"])
    m.resident("eric", neighbourhood="Esch", offers=["tuinieren"], consent=None)
    m.resident("fred", neighbourhood="Esch", offers=["tuinieren"], consent=True)
    analysis = Analysis(build_graph(m.db))
    marks = {i.meet_key: i.consent_first for i in introductions(analysis, for_key="dien")}
    assert marks == {"eric": True, "fred": False}
    assert {h.key: h.consent_first for h in who_can_help(analysis, "tuin")} == marks


def test_who_can_help_says_each_phrase_once_and_a_group_by_more_than_its_name(tmp_path):
    """Found by a tester: "biedt 'snoeien'" then "kan 'snoeien' (gave, nog niet als
    aanbod genoemd)" for one person; "groep over 'Buurtmoestuin'" for its own name."""
    from tests.analysis.neighbourhoods import new_map

    m = new_map(tmp_path)
    m.resident("niels", offers=["snoeien"], hands=["snoeien"])
    m.group("buurtmoestuin", GroupKind.ASSOCIATION, tags=["tuinieren"])
    found = {h.key: h for h in who_can_help(Analysis(build_graph(m.db)), "hulp in de tuin")}
    assert [r.code for r in found["niels"].reasons] == ["help.offers_related"]
    assert [r.params["phrase"] for r in found["buurtmoestuin"].reasons] == ["tuinieren"]
