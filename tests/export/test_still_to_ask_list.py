"""The printable list for the next walk, in a real browser: opens offline, fetches
nothing, fits a phone, prints on A4 (Chromium's own PDF)."""

import re
from pathlib import Path

import pytest

from abcd_tui.export.still_to_ask import file_name, render_html
from abcd_tui.store.still_to_ask import StillToAsk


def items() -> list[StillToAsk]:
    long_name = "Maria " + "van " * 20 + "Oranje-Nassau"
    return [
        StillToAsk("<script>alert(1)</script>", "Dorpsstraat", "2026-11-01", ("gifts",),
                   "a", "Dorpsstraat 1"),
        StillToAsk(long_name, "Kerkstraat", "2026-10-01", ("offers", "needs", "consent"),
                   "b", "Kerkstraat 3"),
        StillToAsk("Bea", "", "2025-01-01", ("stale",), "c", ""),
    ]  # fmt: skip


def test_a_street_never_steers_the_file_name():
    assert file_name("html") == "still-to-ask.html"
    assert file_name("csv", "Kerkstraat") == "still-to-ask-kerkstraat.csv"
    assert "/" not in file_name("html", "../../etc/passwd")
    assert file_name("html", "../../etc/passwd").startswith("still-to-ask-")


@pytest.fixture
def list_file(tmp_path: Path) -> Path:
    path = tmp_path / "still-to-ask.html"
    path.write_text(render_html(items()), encoding="utf-8")
    return path


def test_the_list_opens_offline_fits_a_phone_and_prints_on_a4(browser, list_file, tmp_path):
    url = list_file.as_uri()
    page = browser.new_page(viewport={"width": 360, "height": 740})
    errors, requests, dialogs = [], [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: dialogs.append(d.message))
    page.goto(url)
    page.wait_for_load_state("load")
    assert errors == [] and dialogs == [] and requests == [url]
    assert page.locator("section h2").all_inner_texts() == [
        "Dorpsstraat (1)",
        "Kerkstraat (1)",
        "(zonder adres) (1)",
    ]
    assert "<script>alert(1)</script>" in page.locator("tbody tr td").nth(1).inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # long names wrap
    pdf = tmp_path / "list.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    [box] = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    assert (round(float(box[0])), round(float(box[1]))) == (595, 842)  # A4 in points
    page.close()
