"""A layout for the exported network, so Gephi opens on a picture, not a hairball.

Fruchterman-Reingold in igraph (compiled; 0.3 s for 5,000 residents and 39,000 ties),
started from positions drawn with a fixed seed: the same snapshot gives the same
picture. Coordinates are scaled to about -1000..1000, Gephi's usual range.
"""

from __future__ import annotations

import math
import random
from typing import Any

SCALE = 1000.0


def positions(document: dict[str, Any], *, seed: int = 1) -> dict[str, tuple[float, float]]:
    """Record id -> (x, y) for every node of a snapshot document."""
    import igraph as ig

    ids = [n["id"] for n in document["nodes"]]
    if not ids:
        return {}
    index = {v: i for i, v in enumerate(ids)}
    edges = [(index[a], index[b]) for a, b, _kinds, _strong in document["edges"]]
    graph = ig.Graph(len(ids), edges)
    rng = random.Random(seed)
    # Start spread over about sqrt(n) units, as igraph's own start does: packed into a
    # unit square, the grid's cells hold everyone and the layout takes 10 s, not 0.3 s.
    half = max(1.0, math.sqrt(len(ids)) / 2)
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in ids]
    coords = graph.layout_fruchterman_reingold(seed=start, niter=300, grid="auto").coords
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        v: (
            round((x - mid_x) / span * 2 * SCALE, 1),
            round((y - mid_y) / span * 2 * SCALE, 1),
        )
        for v, (x, y) in zip(ids, coords, strict=True)
    }
