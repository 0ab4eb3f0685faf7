"""One meaning per figure: the overview, a frozen snapshot, the HTML report and
`abcd stats --json` give the same value for the same figure on the demo village, and
each says what it counts in the same words (`figure.note.*`).

"Banden" is the pairs tied (a friend who is also a neighbour is one pair): 853 on the
demo, where the ties of each kind add up to 877.
"""

from pathlib import Path

import lxml.html

from abcd_tui.demo import make_demo
from abcd_tui.export.words import figure_text
from abcd_tui.i18n import set_language, t
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import Register, open_database
from abcd_tui.tui.app import make_app
from tests.conftest import cli_json, run_cli
from tests.tui.pilot import settle, text_of

# Figure code -> the overview's option id.
ON_THE_OVERVIEW = {
    "residents": "residents",
    "groups": "groups",
    "ties": "ties",
    "not_yet_connected": "not-yet-connected",
    "connected_share": "connected-share",
}


def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    db = open_database(path)
    make_demo(db)
    db.close()
    return path


def overview_figures(app) -> dict[str, str]:
    """The overview's figures as shown (the value at the end of each line), by code."""
    shown = {}
    for list_id in ("#figures", "#connectors"):
        options = app.screen.query_one(list_id)
        for i in range(options.option_count):
            option = options.get_option_at_index(i)
            for code, option_id in ON_THE_OVERVIEW.items():
                if option.id == option_id:
                    shown[code] = str(option.prompt).split()[-1]
    return shown


def report_figures(path: Path) -> dict[str, tuple[str, str]]:
    """The report's headline: code -> (value, what it counts), as lxml reads them."""
    page = lxml.html.parse(str(path)).getroot()
    return {
        div.get("data-code"): (
            div.find_class("value")[0].text_content().strip(),
            div.find_class("counts")[0].text_content().strip(),
        )
        for div in page.find_class("figure")
        if div.get("data-code")
    }


async def test_the_same_figure_has_the_same_value_and_words_everywhere(tmp_path):
    path = demo(tmp_path)
    register = Register(path)
    frozen = register.look(take_snapshot, "nu").summary
    stats = cli_json("--db", str(path), "stats", "--json")
    out = tmp_path / "out"
    exported = run_cli("--db", str(path), "export", "--format", "html", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    (report_file,) = out.rglob("*.html")
    report = report_figures(report_file)

    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        overview = overview_figures(app)
        # What the figure under the cursor counts, below the lists.
        ties = app.screen.query_one("#figures")
        ties.highlighted = next(
            i for i in range(ties.option_count) if ties.get_option_at_index(i).id == "ties"
        )
        await pilot.pause()
        meaning = str(app.screen.query_one("#meaning").render())

    assert frozen["ties"] == stats["ties"] == 853
    assert sum(stats["ties_by_kind"].values()) == 877  # of each kind: a pair can have two
    for code in ON_THE_OVERVIEW:
        value = figure_text(code, frozen[code])
        assert overview[code] == value == report[code][0], code
        assert report[code][1] == t(f"figure.note.{code}"), code
    for code in ("residents", "groups", "ties"):
        assert stats[code] == frozen[code], code
    assert t("figure.note.ties") in meaning
    shown = run_cli("--db", str(path), "stats").stdout
    assert t("figure.note.ties") in " ".join(shown.split())


async def test_a_new_register_says_how_to_start(tmp_path):
    path = tmp_path / "new.db"
    Register(path).create()  # as `abcd` does before the app opens
    app = make_app(path, created=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        start = app.screen.query_one("#start")
        assert start.display and "druk op w voor een wijkwandeling" in str(start.render()).lower()
        assert "Bewoners" in text_of(app.screen.query_one("#figures"))
    set_language("en")
    assert t("overview.start").startswith("Nobody in the register yet. Press w for a walk")


async def test_the_hint_goes_once_someone_is_in_the_register(tmp_path, demo_here):
    app = make_app(demo_here)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.screen.query_one("#start").display
