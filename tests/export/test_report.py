"""The HTML report: parsed by lxml, and opened in a real headless Chromium.

The neighbourhood `De Kern` is small enough to check by eye: Anna links the choir, the
library and the bakery; the resident literally called `<script>alert(1)</script>` is a
connector too; Fatima has one tie, the resident with the 300-character name none.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import lxml.html
import networkx as nx
import pytest

from abcd_tui import i18n
from abcd_tui.export.report import render_report
from abcd_tui.export.svg import CONNECTOR, NOT_YET_CONNECTED, network_svg

SCRIPT = "<script>alert(1)</script>"
MARKUP = "[bold]x[/]"
EMOJI = "Fatima 🌻🎶 El Amrani"
LONG = ("Johanna Wilhelmina " + "Schimmelpenninck-van-der-Oye" * 10)[:300]
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def neighbourhood() -> nx.Graph:
    """De Kern: 4 groups, 40 residents in two circles, two connectors, two residents
    not yet connected (one with a single tie, one with none)."""
    graph = nx.Graph()

    def resident(node: str, label: str, community: int, **extra) -> None:
        graph.add_node(
            node,
            label=label,
            type="resident",
            kind="resident",
            connector=extra.get("connector", False),
            not_yet_connected=extra.get("not_yet_connected", False),
            community=community,
            score=extra.get("score", 10.0),
        )

    groups = {
        "g1": ("Koor <Zangvreugde>", "association", 0),
        "g2": ("Bibliotheek De Kern", "institution", 0),
        "g3": ("Buurthuis 't Anker", "place", 1),
        "g4": ('Bakkerij "De Korenaar" & Zn.', "business", 1),
    }
    for node, (label, kind, community) in groups.items():
        graph.add_node(
            node,
            label=label,
            type="group",
            kind=kind,
            connector=False,
            not_yet_connected=False,
            community=community,
            score=30.0,
        )
    resident("anna", "Anna de Vries", 0, connector=True, score=80.0)
    resident("script", SCRIPT, 1, connector=True, score=70.0)
    resident("markup", MARKUP, 1)
    resident("fatima", EMOJI, 0, not_yet_connected=True)
    resident("long", LONG, -1, not_yet_connected=True)
    for i in range(36):
        resident(f"r{i}", f"Bewoner {i}", i % 2)
    for i in range(36):
        graph.add_edge(f"r{i}", f"g{1 + (i % 2) * 2 + (i % 3 == 0)}", strong=i % 5 == 0)
        graph.add_edge(f"r{i}", f"r{(i + 2) % 36}", strong=False)
    graph.add_edges_from([("anna", g) for g in ("g1", "g2", "g4")], strong=True)
    graph.add_edges_from([("script", g) for g in ("g2", "g3")], strong=False)
    graph.add_edge("markup", "g3", strong=False)
    graph.add_edge("fatima", "r4", strong=False)
    return graph


def context(*, language: str = "nl", comparison: bool = True, pseudonymised: bool = False):
    """A context as `export.report_context` builds it, with hostile names."""
    figures = [("residents", "Bewoners", "41", "39", "+2"), ("ties", "Banden", "83", "80", "+3")]
    return {
        "language": language,
        "title": "Netwerk De Kern",
        "label": "Voorjaar <2025>",
        "created": "2025-03-12T14:30:00+01:00",
        "pseudonymised": pseudonymised,
        "headline": [
            {
                "code": code,
                "label": label,
                "value": value,
                "previous": previous if comparison else None,
                "delta": delta if comparison else None,
            }
            for code, label, value, previous, delta in figures
        ],
        "graph": neighbourhood(),
        "connectors": [
            {"label": "Anna de Vries", "score": "80.0", "reasons": ["verbindt 3 groepen"]},
            {"label": SCRIPT, "score": "70.0", "reasons": [f"enige verbinding met {MARKUP}"]},
        ],
        "not_yet_connected": [
            {
                "label": EMOJI,
                "reasons": ["één band"],
                "gifts": ["taart bakken", "<b>zingen</b>"],
                "introductions": [
                    {"label": MARKUP, "reasons": ["allebei 'zingen'"]},
                    {"label": "Anna de Vries", "reasons": ["wonen allebei aan de Dorpsstraat"]},
                ],
            },
            {
                "label": LONG,
                "reasons": ["nog geen banden vastgelegd"],
                "gifts": [],
                "introductions": [],
            },
        ],
        "communities": [
            {
                "number": 1,
                "residents": 19,
                "groups": ["Koor <Zangvreugde>", "Bibliotheek De Kern"],
                "streets": ["Dorpsstraat"],
                "gifts": ["zingen", "taart bakken"],
            },
            {"number": 2, "residents": 1, "groups": [], "streets": [], "gifts": []},
        ],
        "comparison": {
            "previous_label": "Najaar & winter",
            "previous_created": "2024-10-01T10:00:00+02:00",
            "ties_added": 1234,
            "ties_lost": 2,
            "became_connected": [MARKUP],
            "lost_connection": [],
            "connectors_gained": [SCRIPT],
            "connectors_lost": [],
            "merged": ["kring 2 (5 bewoners; Koor <Zangvreugde>) samen in kring 1"],
            "split": [],
        }
        if comparison
        else None,
    }


def parsed(html: str):
    return lxml.html.document_fromstring(html)


def texts(doc, xpath: str) -> list[str]:
    return [element.text_content() for element in doc.xpath(xpath)]


# The document


def test_the_report_is_one_html_document_that_loads_nothing():
    html = render_report(context())
    doc = parsed(html)
    assert html.startswith("<!doctype html>")
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [CSP]
    assert not doc.xpath("//script | //link | //iframe | //img | //object | //embed")
    for element in doc.iter():
        for name, value in element.attrib.items():
            if name.split("}")[-1] in {"src", "href", "srcset", "action", "poster", "data"}:
                assert not re.match(r"\s*(https?:)?//", value), (element.tag, value)
                assert value.startswith("#"), (element.tag, value)  # table of contents only
    # The SVG namespace is the only web address in the file, and it is never fetched.
    assert set(re.findall(r"https?://[^\s\"'<>]*", html)) == {"http://www.w3.org/2000/svg"}
    assert "@import" not in html and "url(" not in html


def test_sections_in_dutch_by_default():
    doc = parsed(render_report(context()))
    assert doc.get("lang") == "nl"
    assert texts(doc, "//h2") == [
        "Kerncijfers",
        "Het netwerk",
        "Verbinders",
        "Nog niet verbonden",
        "Kringen in de buurt",
        "Sinds de vorige momentopname",
    ]
    assert texts(doc, "//h1") == ["Netwerk De Kern"]
    assert "Momentopname van 12 maart 2025, 14:30" in texts(doc, "//header//p")
    assert texts(doc, "//ul[@class='legend']/li") == [
        "bewoner",
        "vereniging",
        "instelling",
        "plek",
        "ondernemer",
        "verbinder",
        "nog niet verbonden",
        "band",
        "sterke band",
    ]


def test_sections_in_english_and_the_language_is_put_back():
    doc = parsed(render_report(context(language="en")))
    assert doc.get("lang") == "en"
    assert texts(doc, "//h2") == [
        "Key figures",
        "The network",
        "Connectors",
        "Not yet connected",
        "Circles of the neighbourhood",
        "Since the previous snapshot",
    ]
    assert "Snapshot of 12 March 2025, 14:30" in texts(doc, "//header//p")
    assert texts(doc, "//*[@id='communities']//h3")[1] == "Circle 2 · 1 resident"
    assert "1,234" in texts(doc, "//*[@id='comparison']//dd")
    assert i18n.language() == "nl"


def test_names_are_shown_literally_and_never_become_markup():
    html = render_report(context())
    doc = parsed(html)
    assert not doc.xpath("//script | //b | //bold")
    assert texts(doc, "//*[@id='connectors']//h3/span[@class='name']") == ["Anna de Vries", SCRIPT]
    assert texts(doc, "//*[@id='not-yet-connected']//h3") == [EMOJI, LONG]
    assert texts(doc, "//ul[@class='meet']/li/strong") == [MARKUP, "Anna de Vries"]
    assert "<b>zingen</b>" in texts(doc, "//ul[@class='chips']/li")
    assert "Koor <Zangvreugde>" in texts(doc, "//*[@id='communities']//ul[@class='names']/li")
    assert texts(doc, "//header/p[@class='subtitle']") == ["Voorjaar <2025>"]
    assert doc.xpath("string(//head/title)") == "Netwerk De Kern · Voorjaar <2025>"
    # In the picture: names of connectors and groups, hover titles of highlighted nodes.
    svg_titles = texts(doc, "//svg//title")
    assert {SCRIPT, EMOJI, LONG, "Koor <Zangvreugde>", 'Bakkerij "De Korenaar" & Zn.'} <= set(
        svg_titles
    )
    assert SCRIPT in texts(doc, "//svg//text")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html


def test_not_yet_connected_lead_with_their_gifts():
    doc = parsed(render_report(context()))
    first, second = doc.xpath("//*[@id='not-yet-connected']//li[contains(@class, 'card')]")
    parts = [p.get("class") for p in first.xpath("./div")]
    assert parts == ["part gifts", "part in-the-map", "part introductions"]
    assert texts(first, ".//ul[@class='chips']/li") == ["taart bakken", "<b>zingen</b>"]
    assert "Nog niet gevraagd" in second.xpath("string(.//div[@class='part gifts'])")
    assert "Nog geen voorstel" in second.xpath("string(.//div[@class='part introductions'])")


def test_headline_figures_show_previous_value_and_change_with_a_comparison():
    doc = parsed(render_report(context()))
    residents = doc.xpath("//div[@data-code='residents']")[0]
    assert residents.xpath("string(./dd[@class='value'])") == "41"
    assert residents.xpath("string(./dd[@class='change'])") == "vorige keer 39 · +2"
    assert doc.xpath("//*[@id='comparison-details']")
    assert not doc.xpath("//*[@id='no-comparison']")
    details = doc.xpath("string(//*[@id='comparison-details'])")
    assert "Vergeleken met ‘Najaar & winter’ van 1 oktober 2024, 10:00." in details
    assert "1.234" in details
    assert MARKUP in texts(doc, "//div[contains(@class, 'became_connected')]//li")
    assert not doc.xpath("//div[contains(@class, 'lost_connection')]")  # empty: left out


def test_without_a_previous_snapshot_the_report_says_so_plainly():
    doc = parsed(render_report(context(comparison=False)))
    assert not doc.xpath("//*[@id='comparison-details'] | //dd[@class='change']")
    assert texts(doc, "//*[@id='no-comparison']") == [
        "Er is nog geen eerdere momentopname om mee te vergelijken. Maak er later nog een "
        "om te zien wat er in de buurt is gegroeid."
    ]


def test_pseudonymised_reports_say_so_and_named_ones_say_who_may_read_them():
    doc = parsed(render_report(context(pseudonymised=True)))
    assert doc.xpath("string(//*[@id='pseudonymised']/strong)") == (
        "Namen vervangen door schuilnamen"
    )
    assert not doc.xpath("//*[@id='named']")
    doc = parsed(render_report(context(pseudonymised=False)))
    assert not doc.xpath("//*[@id='pseudonymised']")
    assert "alleen binnen het team" in doc.xpath("string(//*[@id='named'])")


def test_empty_lists_and_an_empty_graph_read_as_sentences():
    empty = {
        **context(comparison=False),
        "graph": nx.Graph(),
        "connectors": [],
        "not_yet_connected": [],
        "communities": [],
        "created": "",
    }
    doc = parsed(render_report(empty))
    nones = texts(doc, "//p[@class='none']")
    assert "Nog geen verbinders gevonden: de kaart heeft meer banden nodig." in nones
    assert "Iedereen in de kaart heeft banden." in nones
    assert "Nog geen kringen gevonden." in nones
    assert "Nog niemand om te tekenen" in doc.xpath("string(//svg)")


# The picture


def test_the_picture_is_the_same_for_the_same_graph_and_seed():
    graph = neighbourhood()
    assert network_svg(graph) == network_svg(neighbourhood())
    assert network_svg(graph, seed=2) != network_svg(graph)


def test_the_picture_marks_connectors_groups_and_who_is_not_yet_connected():
    doc = parsed(network_svg(neighbourhood(), width=960, height=640))
    svg = doc.xpath("//svg")[0]
    assert svg.get("viewbox", svg.get("viewBox")) == "0 0 960 640"
    assert texts(doc, "//g[@class='connectors']/circle/title") == ["Anna de Vries", SCRIPT]
    assert texts(doc, "//g[@class='waiting']/circle/title") == [EMOJI, LONG]
    assert len(doc.xpath("//g[starts-with(@class, 'groups')]/rect")) == 4
    assert len(doc.xpath("//g[@class='residents']/circle")) == 37  # with [bold]x[/]
    assert len(doc.xpath("//path[@class='ties'] | //path[@class='strong']")) == 2
    # Long names are shortened in the picture (the hover title keeps them whole).
    assert all(len(label) <= 28 for label in texts(doc, "//svg/text[not(@class)]"))
    for circle in doc.xpath("//circle"):
        assert 0 <= float(circle.get("cx")) <= 960 and 0 <= float(circle.get("cy")) <= 640


def test_a_big_network_is_laid_out_in_parts_and_drawn_lightly():
    """1,600 residents in 8 circles: above one piece, so the layout goes by circle."""
    graph = nx.Graph()
    for i in range(1600):
        graph.add_node(i, label=f"Bewoner {i}", type="resident", community=i % 8)
    for i in range(1600):
        for step in (8, 16, 24):
            graph.add_edge(i, (i + step) % 1600, strong=False)
        if i % 97 == 0:
            graph.add_edge(i, (i + 1) % 1600, strong=True)
    graph.nodes[0]["connector"] = True
    svg = network_svg(graph)
    doc = parsed(svg)
    assert "net big" in doc.xpath("string(//svg/@class)")
    places = {(c.get("cx"), c.get("cy")) for c in doc.xpath("//circle")}
    assert len(places) > 1500  # spread out, not stacked on a few spots
    assert len(svg) < 400_000


# In a real browser


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what
    Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * bpp
    previous, pixels = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = row[x - bpp] if x >= bpp else 0
            up, corner = previous[x], previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                near = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                row[x] = (row[x] + near) & 255
        pixels += [tuple(row[i : i + 3]) for i in range(0, stride, bpp)]
        previous = row
    return width, height, pixels


def colour(hex_code: str) -> tuple[int, int, int]:
    return tuple(int(hex_code[i : i + 2], 16) for i in (1, 3, 5))


def near(pixel: tuple[int, int, int], target: tuple[int, int, int], tolerance: int = 10) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    path.write_text(render_report(context(pseudonymised=True)), encoding="utf-8")
    return path


def test_the_report_opens_offline_in_chromium_and_shows_the_picture(browser, report_file, tmp_path):
    url = report_file.as_uri()
    page = browser.new_page(viewport={"width": 900, "height": 800})
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_load_state("load")

    assert errors == []
    assert requests == [url]
    box = page.locator("svg.net").bounding_box()
    assert box and box["width"] > 500 and box["height"] > 300
    figures = page.locator("#figures .figure .value")
    assert figures.count() == 2
    assert all(figures.nth(i).is_visible() for i in range(2))
    assert figures.first.inner_text() == "41"

    shot = tmp_path / "network.png"
    page.locator("svg").first.screenshot(path=str(shot))
    width, height, pixels = png_pixels(shot.read_bytes())
    assert width > 500 and height > 300
    drawn = sum(1 for p in pixels if p != (255, 255, 255))
    assert drawn > 0.03 * len(pixels)
    assert sum(1 for p in pixels if near(p, colour(CONNECTOR))) > 50
    assert sum(1 for p in pixels if near(p, colour(NOT_YET_CONNECTED))) > 20
    page.close()


def test_the_report_fits_a_phone_and_prints_without_the_contents(browser, report_file):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(report_file.as_uri())
    # Nothing wider than the phone: long names wrap, the picture scales down.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("svg.net").bounding_box()["width"] <= 360
    page.emulate_media(media="print")
    assert not page.locator("nav").is_visible()
    assert page.locator("svg.net").is_visible()
    page.close()
