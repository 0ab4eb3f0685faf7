"""The network picture: drawing a star and a bridge, and moving and tying with the keys."""

from __future__ import annotations

from abcd_tui.analysis.picture import Mark, Scene
from abcd_tui.domain.records import Resident, Tie, TieKind
from abcd_tui.store import writes
from abcd_tui.tui.app import make_app
from abcd_tui.tui.screens.network import NetworkScreen
from abcd_tui.tui.widgets.network_draw import draw, pick_in_direction
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
    around = ["n", "o", "z", "w"]
    assert pick_in_direction(positions, "c", around, 0, -1) == "n"
    assert pick_in_direction(positions, "c", around, 1, 0) == "o"
    assert pick_in_direction(positions, "c", around, 0, 1) == "z"
    assert pick_in_direction(positions, "c", around, -1, 0) == "w"


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


def bridge_village(db) -> dict[str, str]:
    """Anna, Bram and Cor know each other; Cor knows Dirk, who knows Eva."""
    ids = {}
    for name in ("Anna", "Bram", "Cor", "Dirk", "Eva"):
        ids[name] = writes.save_resident(db, Resident(name=name, key=name.lower())).id
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
