"""The network picture: drawing a star and a bridge, walking it with the keys (everyone
drawn reachable), the second ring summarised by circle, and tying with the keys."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual import events

from abcd_tui.analysis.core import analysis_of
from abcd_tui.analysis.picture import Mark, Scene, summarised, trimmed
from abcd_tui.analysis.pictures import picture_to_show
from abcd_tui.domain.records import Resident, Tie, TieKind
from abcd_tui.store import open_database, writes
from abcd_tui.tui.app import make_app
from abcd_tui.tui.dialogs.confirm import ConfirmDialog
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.screens.network import NetworkScreen
from abcd_tui.tui.widgets.network_draw import draw, pick_in_direction, short
from abcd_tui.tui.widgets.network_view import NetworkView
from tests.tui.pilot import settle, type_text

STAR = Scene(
    "ego",
    (
        Mark("c", "Centrum", "centre"),
        Mark("n", "Noord", "resident"),
        Mark("o", "Oost", "connector"),
        Mark("z", "Zuid", "waiting"),
        Mark("w", "[b]West[/b]", "group"),
    ),
    (("c", "n", 1), ("c", "o", 1), ("c", "z", 1), ("c", "w", 1)),
    "c",
    (("n", "o", "z", "w"),),
)
# Two triangles joined by one tie: a–b–c and d–e–f, with c–d the bridge.
BRIDGE = Scene(
    "ego",
    tuple(Mark(n, n.upper() + "-naam", "resident", i // 3) for i, n in enumerate("cabdef")),
    (("c", "a", 1), ("c", "b", 1), ("c", "d", 1), ("a", "b", 1), ("d", "e", 1), ("d", "f", 1)),
    "c",
    (("a", "b", "d"), ("e", "f")),
)


def test_a_star_has_every_name_and_ties_in_braille():
    picture = draw(STAR, 60, 15).text.plain
    for name in ("Centrum", "Noord", "Oost", "Zuid", "[b]West[/b]"):
        assert name in picture
    assert any(0x2801 <= ord(char) <= 0x28FF for char in picture)
    assert picture.count("\n") == 14


def test_the_arrows_find_the_neighbour_in_that_direction():
    positions = draw(STAR, 60, 15).positions
    assert pick_in_direction(positions, "c", 0, -1) == "n"
    assert pick_in_direction(positions, "c", 1, 0) == "o"
    assert pick_in_direction(positions, "c", 0, 1) == "z"
    assert pick_in_direction(positions, "c", -1, 0) == "w"


def test_a_bridge_at_two_steps_draws_both_sides_the_same_every_time():
    first = draw(BRIDGE, 80, 20, selected="d")
    again = draw(BRIDGE, 80, 20, selected="d")
    assert first.text.plain == again.text.plain
    assert first.text.spans == again.text.spans
    for name in ("C-naam", "A-naam", "D-naam", "E-naam", "F-naam"):
        assert name in first.text.plain
    assert set(first.positions) == set("abcdef")


def test_labels_never_overlap_when_crowded():
    ring = tuple(f"p{i}" for i in range(40))
    scene = Scene(
        "ego",
        (Mark("c", "Midden", "centre"), *(Mark(n, f"Persoon {n}", "resident") for n in ring)),
        tuple(("c", n, 1) for n in ring),
        "c",
        (ring,),
    )
    picture = draw(scene, 80, 20).text.plain
    assert "Midden" in picture
    assert sum(f"Persoon p{i}" in picture for i in range(40)) >= 15


def test_a_circle_cut_short_keeps_its_count():
    assert short("Ouderraad De Zonnewijzer (34)", 20) == "Ouderraad De Z… (34)"
    assert short("Ouderraad De Zonnewijzer", 20) == "Ouderraad De Zonnew…"
    assert short("Dorpskoor (9)", 20) == "Dorpskoor (9)"


def test_a_second_ring_summarised_by_circle_counts_whom_it_stands_for():
    scene = Scene(
        "ego",
        (*BRIDGE.marks, Mark("g", "G-naam", "resident", 1), Mark("h", "H-naam", "resident", 2)),
        (*BRIDGE.links, ("d", "g", 1), ("b", "h", 1)),
        "c",
        (("a", "b", "d"), ("e", "f", "g", "h")),
        circle_of={"e": "Dorpskoor", "f": "Dorpskoor", "g": "Dorpskoor", "h": "Beukenlaan"},
    )
    small, folded = summarised(scene, frozenset(), lambda name, n: f"+ {n} via {name}")
    assert folded == {"e": "via:Dorpskoor", "f": "via:Dorpskoor", "g": "via:Dorpskoor"}
    assert [m.label for m in small.marks if m.role == "summary"] == ["+ 3 via Dorpskoor"]
    assert small.rings == (("a", "b", "d"), ("via:Dorpskoor", "h"))  # one of a circle: as is
    assert ("d", "via:Dorpskoor", 1) in small.links and ("b", "h", 1) in small.links
    opened, folded = summarised(scene, frozenset({"Dorpskoor"}), lambda name, n: name)
    assert opened is scene and folded == {}
    # Drawn by name, the second ring keeps its best-tied only.
    best = trimmed(replace(scene, far_best=frozenset({"e", "h"})))
    assert best.rings[1] == ("e", "h")
    assert {m.id for m in best.marks} == set("cabdeh")
    assert all("g" not in link[:2] and "f" not in link[:2] for link in best.links)


def bridge_village(db) -> dict[str, str]:
    """Anna, Bram and Cor know each other; Cor knows Dirk, who knows Eva. Anna and Eva
    live on the Dorpsstraat."""
    ids = {}
    streets = {"Anna": "Dorpsstraat 1", "Eva": "Dorpsstraat 9", "Bram": "Kerkpad 2"}
    for name in ("Anna", "Bram", "Cor", "Dirk", "Eva"):
        resident = Resident(name=name, key=name.lower(), address=streets.get(name, ""))
        ids[name] = writes.save_resident(db, resident).id
    for a, b in (("Anna", "Bram"), ("Anna", "Cor"), ("Bram", "Cor"), ("Cor", "Dirk")):
        writes.add_tie(db, Tie(from_id=ids[a], to_id=ids[b], kind=TieKind.NEIGHBOUR))
    writes.add_tie(db, Tie(from_id=ids["Dirk"], to_id=ids["Eva"], kind=TieKind.FRIEND))
    return ids


async def open_picture(app, pilot, centre: str) -> NetworkScreen:
    await app.switch_mode("network")
    screen = app.screen
    screen.centre_on(centre)
    await settle(pilot)
    return screen


async def test_arrows_follow_ties_and_enter_recentres(db_path, db):
    ids = bridge_village(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_picture(app, pilot, ids["Cor"])
        view = screen.query_one(NetworkView)
        assert view.selected == ids["Cor"]
        assert {m.id for m in view.scene.marks} == {ids[n] for n in ("Anna", "Bram", "Cor", "Dirk")}
        for key in ("up", "down", "left", "right"):
            await pilot.press(key)
            if view.selected != ids["Cor"]:
                break
        assert view.selected in {ids["Anna"], ids["Bram"], ids["Dirk"]}
        view.selected = ids["Dirk"]
        await pilot.press("enter")
        await settle(pilot)
        assert screen.centre == ids["Dirk"]
        assert {m.id for m in view.scene.marks} == {ids["Cor"], ids["Dirk"], ids["Eva"]}
        assert "Netwerk van Dirk" in str(screen.query_one("#picture-title").render())


async def test_t_adds_a_tie_and_ctrl_z_takes_it_away(db_path, db):
    ids = bridge_village(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_picture(app, pilot, ids["Anna"])
        view = screen.query_one(NetworkView)
        assert ids["Eva"] not in {m.id for m in view.scene.marks}
        await pilot.press("t")
        await settle(pilot)
        await type_text(pilot, "Eva")
        await pilot.press("enter")
        await settle(pilot)
        assert ids["Eva"] in {m.id for m in view.scene.marks}
        assert screen.picture.kinds[ids["Eva"]] == ("neighbour",)  # the same street
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert ids["Eva"] not in {m.id for m in view.scene.marks}


async def test_x_removes_the_tie_to_the_selected_neighbour(db_path, db):
    ids = bridge_village(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_picture(app, pilot, ids["Cor"])
        view = screen.query_one(NetworkView)
        view.selected = ids["Dirk"]
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Cor en Dirk" in str(app.screen.query_one("#question").render())
        await pilot.press("escape")  # no: the tie stays
        await settle(pilot)
        assert ids["Dirk"] in {m.id for m in view.scene.marks}
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert ids["Dirk"] not in {m.id for m in view.scene.marks}
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert ids["Dirk"] in {m.id for m in view.scene.marks}


async def test_two_steps_and_the_neighbourhood(db_path, db):
    ids = bridge_village(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_picture(app, pilot, ids["Anna"])
        view = screen.query_one(NetworkView)
        await pilot.press("s")
        await settle(pilot)
        assert ids["Dirk"] in {m.id for m in view.scene.marks}
        await pilot.press("n")
        await settle(pilot)
        assert view.scene.kind == "neighbourhood"
        assert any(m.role == "community" for m in view.scene.marks)
        await pilot.press("enter")
        await settle(pilot)
        assert view.scene.kind == "ego"


def demo_ids(path, *names: str) -> dict[str, str]:
    """Record ids of the demo by name."""
    database = open_database(path)
    try:
        analysis = analysis_of(database)
        return {analysis.name(n): n for n in analysis.graph if analysis.name(n) in names}
    finally:
        database.close()


async def press_many(pilot, key: str, times: int) -> None:
    """Press `key` `times` times in one burst (see `type_text`)."""
    for _ in range(times):
        event = events.Key(key, None)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_keys_reach_everyone_drawn(demo_here, size):
    """From the centre, the arrows reach every mark drawn and Tab visits each once, in
    order, for several people of the demo at one and at two steps. The walk calls the
    keys' actions (the same code, without a screen update per step); the keys
    themselves are pressed at the end."""
    names = ("Roelof Bloemert", "Riek Bloemert", "Jongerensoos", "Riek Koops")
    ids = demo_ids(demo_here, *names)
    assert len(ids) == len(names)
    app = make_app(demo_here)
    async with app.run_test(size=size) as pilot:
        await app.switch_mode("network")
        screen = app.screen
        view = screen.query_one(NetworkView)
        for name in names:
            for steps in (1, 2):
                screen.steps = steps
                screen.centre_on(ids[name])
                await settle(pilot)
                order = view.order()
                assert len(order) == len(view.draw_now().positions) > 1
                assert order[0] == ids[name]
                reached, todo = {order[0]}, [order[0]]
                while todo:
                    here = todo.pop()
                    for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0)):
                        view.selected = here
                        view.action_move(dx, dy)
                        if view.selected not in reached:
                            reached.add(view.selected)
                            todo.append(view.selected)
                assert reached == set(order), (name, steps, set(order) - reached)
                view.selected = order[0]
                visited = []
                for _ in order:
                    view.action_cycle(1)
                    visited.append(view.selected)
                assert visited == [*order[1:], order[0]]
                view.action_cycle(-1)
                assert view.selected == order[-1]
        order = view.order()
        view.selected = order[0]
        await press_many(pilot, "tab", 3)
        assert view.selected == order[3]
        await press_many(pilot, "shift+tab", 1)
        assert view.selected == order[2]
        arrows = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}
        ahead = {
            key: pick_in_direction(view.draw_now().positions, order[2], dx, dy)
            for key, (dx, dy) in arrows.items()
        }
        key = next(key for key, found in ahead.items() if found is not None)
        await pilot.press(key)
        assert view.selected == ahead[key] != order[2]


async def test_enter_on_a_summary_shows_that_circle(demo_here):
    ids = demo_ids(demo_here, "Roelof Bloemert")
    app = make_app(demo_here)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.switch_mode("network")
        screen = app.screen
        screen.steps = 2
        screen.centre_on(ids["Roelof Bloemert"])
        await settle(pilot)
        view = screen.query_one(NetworkView)
        summaries = [m for m in view.drawn_scene.marks if m.role == "summary"]
        assert summaries, "at 80x24 two steps do not fit in full"
        assert all(m.label.startswith("+ ") and " via " in m.label for m in summaries)
        view.selected = summaries[0].id
        await pilot.pause()
        assert "enter toont wie" in str(screen.query_one("#picture-legend").render())
        await pilot.press("enter")
        await settle(pilot)
        assert screen.centre == ids["Roelof Bloemert"]  # not re-centred: opened
        assert summaries[0].id not in {m.id for m in view.drawn_scene.marks}
        assert view.selected in view.draw_now().positions
        assert view.mark(view.selected).role != "summary"


async def test_a_change_by_another_program_redraws_and_keeps_the_selection(db_path, db):
    ids = bridge_village(db)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_picture(app, pilot, ids["Cor"])
        view = screen.query_one(NetworkView)
        view.selected = ids["Dirk"]
        # Another program ties Cor to Eva; the app notices and says so (RegisterChanged).
        writes.add_tie(db, Tie(from_id=ids["Cor"], to_id=ids["Eva"], kind=TieKind.FRIEND))
        screen.post_message(RegisterChanged())
        await settle(pilot)
        assert ids["Eva"] in view.scene.rings[0]
        assert view.selected == ids["Dirk"]
        assert "Eva" in view.draw_now().text.plain


def test_no_two_circles_of_the_neighbourhood_carry_the_same_label(demo_here):
    database = open_database(demo_here)
    try:
        picture = picture_to_show(database, None, 1, "neighbourhood")
    finally:
        database.close()
    labels = [m.label for m in picture.scene.marks if m.role == "community"]
    assert len(labels) > 3
    assert len(set(labels)) == len(labels)
