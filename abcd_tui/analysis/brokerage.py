"""Brokerage between groups (Gould & Fernandez 1989), for ties between residents.

A resident v *brokers* a pair of residents a and c when v is tied to both and a and c
are not tied to each other. With every resident in one group of a partition (street or
neighbourhood), the pair has one of four roles, by who shares v's group:

- coordinator: a, v and c all in one group (a go-between within the street)
- consultant (itinerant broker): a and c in one group, v in another
- gatekeeper: one of a and c in v's group, the other not (on an undirected tie
  Gould & Fernandez's gatekeeper and representative are the same role)
- liaison: a, v and c in three different groups

Residents whose group is unknown (no street recorded) take part in no pair. Counted per
broker from the group sizes of its neighbours, then the tied pairs (triangles) are
subtracted, so the cost is O(sum of deg(v) + triangles) instead of O(sum of deg(v)^2).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

from abcd_tui.analysis.graph import neighbours, node_attrs
from abcd_tui.domain.records import RecordType


def _role(own: str, a: str, c: str) -> str:
    if a == c:
        return "coordinator" if a == own else "consultant"
    if own in (a, c):
        return "gatekeeper"
    return "liaison"


def brokerage(
    graph: nx.Graph, attribute: str = "street", brokers: Iterable[str] | None = None
) -> dict[str, dict[str, int]]:
    """Per resident with at least one role: {role: number of pairs} (see module doc).

    `brokers`: only these residents (default: all).
    """
    node_data = node_attrs(graph)
    adjacency = neighbours(graph)

    class Groups(dict):
        """Node -> its group ('' for groups and unknowns), looked up on first use."""

        def __missing__(self, n: str) -> str:
            data = node_data[n]
            value = self[n] = data.get(attribute, "") if data["kind"] == RecordType.RESIDENT else ""
            return value

    group = Groups()
    found: dict[str, dict[str, int]] = {}
    for v in graph if brokers is None else brokers:
        own = group[v]
        if not own:
            continue
        friends = [u for u in adjacency[v] if group[u]]
        if len(friends) < 2:
            continue
        sizes = Counter(group[u] for u in friends)
        total = len(friends)
        in_own = sizes.get(own, 0)
        same_other = sum(s * (s - 1) // 2 for g, s in sizes.items() if g != own)
        square_other = sum(s * s for g, s in sizes.items() if g != own)
        roles = {
            "coordinator": in_own * (in_own - 1) // 2,
            "consultant": same_other,
            "gatekeeper": in_own * (total - in_own),
            "liaison": ((total - in_own) ** 2 - square_other) // 2,
        }
        friend_set = set(friends)
        for a in friends:
            for c in friend_set.intersection(adjacency[a]):
                if a < c:  # each tied pair once
                    roles[_role(own, group[a], group[c])] -= 1
        kept = {role: count for role, count in roles.items() if count}
        if kept:
            found[v] = kept
    return found
