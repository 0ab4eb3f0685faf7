"""The circles (kringen) as the app lists them: each community with its size, what its
residents share, its main groups and streets, and who bridges it to the others, with
every name resolved. Read with `Register.read(circles)`; the analysis is cached per
graph revision.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from abcd_tui.analysis.communities import Community, bridges_between
from abcd_tui.analysis.core import Analysis, analysis_of
from abcd_tui.store import Database

BRIDGES_SHOWN = 12


@dataclass
class CommunityView:
    """One community as the screen shows it, names resolved."""

    number: int
    residents: int
    groups: int
    label: str  # its main street or neighbourhood, to tell communities apart
    gifts: list[tuple[str, int]] = field(default_factory=list)
    main_groups: list[tuple[str, int]] = field(default_factory=list)
    streets: list[tuple[str, int]] = field(default_factory=list)
    neighbourhoods: list[tuple[str, int]] = field(default_factory=list)
    bridges: list[tuple[str, list[int]]] = field(default_factory=list)  # name, communities
    more_bridges: int = 0


def community_label(analysis: Analysis, community: Community) -> str:
    """A community's name for people: what tells it apart (`name_circles`), unique."""
    return community.name or analysis.name(community.members[0])


def circles(db: Database) -> list[CommunityView]:
    """The communities of the register, from the analysis, names resolved."""
    analysis = analysis_of(db)
    found = []
    for c in analysis.communities:
        bridges = bridges_between(analysis, c)
        found.append(
            CommunityView(
                number=c.number,
                residents=c.residents,
                groups=len(c.members) - c.residents,
                label=community_label(analysis, c),
                gifts=c.gifts,
                main_groups=[(analysis.name(g), n) for g, n in c.groups],
                streets=c.streets,
                neighbourhoods=c.neighbourhoods,
                bridges=[(b.name, [n for n, _ in b.reaches]) for b in bridges[:BRIDGES_SHOWN]],
                more_bridges=max(0, len(bridges) - BRIDGES_SHOWN),
            )
        )
    return found
