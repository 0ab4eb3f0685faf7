"""What a walk brought, as text for the end-of-walk step and the walks screen.

Every name and area is shown literally (Content, never markup)."""

from __future__ import annotations

from datetime import datetime

from textual.content import Content

from abcd_tui.domain.records import Walk
from abcd_tui.i18n import number, t
from abcd_tui.store.walks import WalkSummary

SHOWN_TO_ASK = 12  # names listed under "still to ask"; the rest as a count


def heading(walk: Walk) -> str:
    return t(
        "walk.summary_title",
        area=walk.area or "-",
        date=walk.date,
        builders=", ".join(walk.builders) or "-",
    )


def local_time(moment: str) -> str:
    """'2026-12-01T19:13:00+00:00' as the clock on the wall showed it: '2026-12-01 20:13'."""
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return moment


def summary_text(summary: WalkSummary, *, people: bool = True, hint: str = "") -> Content:
    """The figures of the walk, who is still to ask what, and (with `people`) who we met;
    `hint` (what to do next) at the end."""
    walk = summary.walk
    state = (
        t("walk.summary_state_ended", at=local_time(walk.ended_at))
        if walk.ended_at
        else t("walk.summary_state_open")
    )
    lines = [
        f"{heading(walk)} ({state})",
        "",
        t(
            "walk.summary_met",
            met=number(summary.met),
            new=number(summary.new),
            revisited=number(summary.revisited),
        ),
        t(
            "walk.summary_gifts",
            gifts=number(summary.gifts),
            offers=number(summary.offers),
            needs=number(summary.needs),
        ),
        t("walk.summary_ties", ties=number(summary.ties)),
        "",
    ]
    still = summary.still_to_ask
    if still:
        lines.append(t("walk.summary_still", count=number(len(still))))
        for item in still[:SHOWN_TO_ASK]:
            asked = ", ".join(t(f"ask.{code}") for code in item.ask)
            lines.append(f"  {item.name}: {asked}")
        if len(still) > SHOWN_TO_ASK:
            lines.append(f"  … +{number(len(still) - SHOWN_TO_ASK)}")
    elif summary.people:
        lines.append(t("walk.summary_still_none"))
    if people and summary.people:
        lines += ["", t("walk.summary_people")]
        lines += [
            "  " + (t("walk.summary_again", name=p.name) if p.again else p.name)
            for p in summary.people
        ]
    if hint:
        lines += ["", hint]
    return Content("\n".join(lines))
