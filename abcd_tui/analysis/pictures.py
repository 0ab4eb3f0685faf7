"""The network picture the app shows, read in one go: the ego network of a record (or
of the default centre when it is gone), or the whole neighbourhood as communities.
Read with `Register.read(picture_to_show, centre, steps, view)`; what a picture holds
is `analysis.picture`'s.
"""

from __future__ import annotations

from abcd_tui.analysis.communities import Community
from abcd_tui.analysis.core import analysis_of
from abcd_tui.analysis.picture import (
    Picture,
    Scene,
    default_centre,
    ego_picture,
    neighbourhood_picture,
)
from abcd_tui.i18n import t
from abcd_tui.store import Database


def community_name(community: Community) -> str:
    """A community by its own name (see `name_circles`) and residents, as the circles
    screen names it."""
    return t("picture.community_label", name=community.name, count=community.residents)


def picture_to_show(db: Database, centre: str | None, steps: int, view: str) -> Picture:
    """The `view` ("ego" or "neighbourhood") of the register; an ego picture of `centre`
    (`steps` 1 or 2), or of the default centre if `centre` is not in the graph."""
    analysis = analysis_of(db)
    if view == "neighbourhood":
        return neighbourhood_picture(analysis, community_name)
    if centre not in analysis.graph:
        centre = default_centre(analysis)
    if centre is None:
        return Picture(Scene("ego", (), ()))
    return ego_picture(analysis, centre, steps)
