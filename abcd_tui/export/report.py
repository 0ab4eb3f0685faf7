"""The HTML report of `abcd export --format html`: one self-contained file.

`render_report(context)` fills `templates/report.html.j2` (Jinja2, autoescaping: every
name is shown literally) with the context that `export.report_context` builds, and the
network picture of `svg.network_svg`. The page fetches nothing: inline CSS, an inline
SVG, no scripts, and a Content-Security-Policy that forbids loading anything else. It
reads on a phone and prints on A4.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from abcd_tui import i18n
from abcd_tui.domain.text import visible
from abcd_tui.export.svg import legend_items, network_svg

TEMPLATES = Path(__file__).parent / "templates"
COMPARISON_LISTS = (
    "became_connected",
    "lost_connection",
    "connectors_gained",
    "connectors_lost",
    "merged",
    "split",
    "reshuffled",
)


def render_report(context: dict[str, Any]) -> str:
    """The whole HTML document for `context` (see `export.report_context` for its keys),
    in the context's language ("nl" or "en"). The language chosen before is restored."""
    before = i18n.language()
    i18n.set_language(context.get("language") or "nl")
    try:
        return _render(context)
    finally:
        i18n.set_language(before)


def _render(context: dict[str, Any]) -> str:
    comparison: dict[str, Any] | None = context.get("comparison")
    if comparison is not None:  # a list the context leaves out is an empty one
        comparison = {**{key: [] for key in COMPARISON_LISTS}, **comparison}
        context = {**context, "comparison": comparison}
    template = templates().get_template("report.html.j2")
    return template.render(
        **{"generalised": [], **context},  # a context without it: no such section
        created_text=when(context.get("created", "")),
        # Built escaped, see svg.py; laid out already where the export began it.
        picture=Markup(network_svg(context["graph"], laid_out=context.get("laid_out"))),
        legend=[(Markup(item.swatch), item.label) for item in legend_items()],
        previous_created_text=when(comparison["previous_created"]) if comparison else "",
        comparison_lists=COMPARISON_LISTS,
        changed=comparison is not None  # never empty: it holds every list (above)
        and bool(
            comparison["ties_added"]
            or comparison["ties_lost"]
            or any(comparison[key] for key in COMPARISON_LISTS)
        ),
    )


@cache
def templates() -> Environment:
    """The package's HTML templates, autoescaped (names stay text), with `t` and
    `number` for the words and figures in the export's language."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Control characters in a name become visible stand-ins, as on screen.
        finalize=lambda value: (
            value if isinstance(value, Markup) or not isinstance(value, str) else visible(value)
        ),
    )
    environment.globals.update(t=i18n.t, number=i18n.number)
    return environment


def when(iso: str) -> str:
    """An ISO-8601 time as people write it, '12 maart 2025, 14:30' (the date alone when
    there is no time); anything else is shown as it is."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    month = i18n.t("report.months").split()[moment.month - 1]
    parts = {"day": moment.day, "month": month, "year": moment.year}
    if len(iso) <= 10:  # a date without a time
        return i18n.t("report.date_only", **parts)
    return i18n.t("report.date", **parts, time=f"{moment:%H:%M}")
