"""The layout of the report's network picture (`export.svg`), on its own so that a large
map's can be worked out in a second process while the export writes its other files.

igraph's Fruchterman-Reingold, started from seeded positions: the same graph and seed
give the same picture, here and in that process alike. It costs O(n²) per step, so a big
graph is laid out in parts: its communities (the hint, else Leiden), each placed as a
disc whose area grows with its size, and each laid out on its own (split again while
larger than `ONE_PIECE`).

At 100,000 residents this takes 7-10 s of one core, in igraph, which holds the GIL: a
thread would not help, a process does (`start`, from `APART_NODES`). This file runs as
that process (`main`): it imports igraph and nothing of the app.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from functools import partial
from typing import TYPE_CHECKING

import igraph

if TYPE_CHECKING:
    from abcd_tui.export.layout import Placing

ONE_PIECE = 700  # nodes laid out in one go (about 0.1 s); larger graphs go in parts
STEP_BUDGET = 1e7  # node pairs x iterations per layout: fewer iterations for larger parts
MAX_PARTS = 40  # parts of one level beyond these are laid out together as one
# Nodes from which the layout runs in a process of its own: below, it takes under a
# second here (5,000 residents: half a second), a start about 0.15 s.
APART_NODES = 20_000
NICE = 10  # below the export's own work, as `analysis.brandes` counts

Coords = list[tuple[float, float]]


def arrange(
    count: int, edges: list[tuple[int, int]], hint: list[int], seed: int, *, alone: bool = False
) -> Coords:
    """Positions of `count` nodes tied by `edges` (index pairs), in the unit disc, the
    parts by `hint` (a number per node; all equal: none); `alone`: in the second process
    (`main`), which has no other threads to share igraph's generator with."""
    rng = random.Random(seed)
    if alone:
        igraph.set_random_number_generator(random.Random(seed))
        return _arrange(count, edges, hint, rng, depth=0)
    from abcd_tui.analysis.seeded import seeded_igraph  # here: not in the second process

    with seeded_igraph(seed):  # see analysis.seeded
        return _arrange(count, edges, hint, rng, depth=0)


def numbered(hint: Sequence[Hashable]) -> list[int]:
    """`hint` as numbers from 0, in the order each value first appears (as `_arrange`
    orders parts of equal size): the same parts, for the second process."""
    numbers: dict[Hashable, int] = {}
    return [numbers.setdefault(h, len(numbers)) for h in hint]


Inputs = tuple[int, list[tuple[int, int]], list[int]]  # count, edges, hint (`arrange`)


def start(
    made: Callable[[], Inputs], seed: int, *, apart: int = APART_NODES
) -> Callable[[], Coords]:
    """`arrange` of what `made` gives, begun now in another process where the graph
    has `apart` nodes or more; the function returned collects the positions (or works
    them out here, where the graph is small or that process failed). The same numbers
    either way. The inputs are not kept while the process lays out (824,000 index pairs
    at 100,000 residents): should it fail, `made` makes them again."""
    count, edges, hint = made()
    if count < apart:
        return partial(arrange, count, edges, hint, seed)
    child = _child(count, edges, hint, seed)
    del edges, hint

    def collect() -> Coords:
        coords = child.result()
        return arrange(*made(), seed) if coords is None else coords

    return collect


def _child(count: int, edges: list[tuple[int, int]], hint: list[int], seed: int) -> Placing:
    """This file's `main` started on the graph, seed and hint (`layout.Placing`)."""
    from abcd_tui.export.layout import Placing  # here: not in the second process

    return Placing(count, edges, seed, hint, script=__file__)


def main() -> None:
    """The second process: count, ties and seed, the ties' index pairs and the hint in
    on stdin; x and y of each node out."""
    if hasattr(os, "nice"):  # not on Windows
        with contextlib.suppress(OSError):
            os.nice(NICE)
    data = sys.stdin.buffer.read()
    head = array("q")
    head.frombytes(data[:24])
    count, ties, seed = head
    flat = array("i")
    flat.frombytes(data[24:])
    edges = list(zip(flat[: 2 * ties : 2], flat[1 : 2 * ties : 2], strict=True))
    hint = list(flat[2 * ties :])
    coords = arrange(count, edges, hint, seed, alone=True)
    sys.stdout.buffer.write(array("d", [v for c in coords for v in c]).tobytes())


def _arrange(
    count: int, edges: list[tuple[int, int]], hint: list[int] | None, rng: random.Random, depth: int
) -> list[tuple[float, float]]:
    """Positions of `count` nodes tied by `edges`, scaled into the unit disc."""
    if count <= ONE_PIECE or depth >= 3:
        return _fruchterman_reingold(count, edges, rng)
    membership = hint if hint is not None and len(set(hint)) > 1 else _leiden(count, edges)
    sizes = Counter(membership)
    labels = sorted(sizes, key=lambda m: -sizes[m])
    if len(labels) < 2:
        return _fruchterman_reingold(count, edges, rng)
    # The largest parts keep their own disc; the smallest share the last one.
    part_of = {m: min(i, MAX_PARTS) for i, m in enumerate(labels)}
    part = [part_of[m] for m in membership]
    members: list[list[int]] = [[] for _ in range(min(len(labels), MAX_PARTS + 1))]
    local: list[int] = []
    for node, p in enumerate(part):
        local.append(len(members[p]))
        members[p].append(node)
    inner: list[list[tuple[int, int]]] = [[] for _ in members]
    between: dict[tuple[int, int], int] = {}
    for a, b in edges:
        pa, pb = part[a], part[b]
        if pa == pb:
            inner[pa].append((local[a], local[b]))
        else:
            key = (min(pa, pb), max(pa, pb))
            between[key] = between.get(key, 0) + 1
    radii = [math.sqrt(len(m)) for m in members]
    pull = [1 + math.log(ties) for ties in between.values()]  # many ties: closer, not on top
    centres = _fruchterman_reingold(len(members), list(between), rng, pull)
    centres = _spread(centres, radii)
    coords: list[tuple[float, float]] = [(0.0, 0.0)] * count
    for p, nodes in enumerate(members):
        inside = _arrange(len(nodes), inner[p], None, rng, depth + 1)
        cx, cy = centres[p]
        for node, (x, y) in zip(nodes, inside, strict=True):
            coords[node] = (cx + x * radii[p], cy + y * radii[p])
    return _unit(coords)


def _leiden(count: int, edges: list[tuple[int, int]]) -> list[int]:
    found = igraph.Graph(n=count, edges=edges).community_leiden(objective_function="modularity")
    return list(found.membership)


def _fruchterman_reingold(
    count: int, edges: list[tuple[int, int]], rng: random.Random, weights: list[float] | None = None
) -> list[tuple[float, float]]:
    start = [[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(count)]
    if count < 3:
        return _unit([(x, y) for x, y in start])
    steps = int(max(50, min(300, STEP_BUDGET / (count * count))))
    found = igraph.Graph(n=count, edges=edges).layout_fruchterman_reingold(
        seed=start, niter=steps, weights=weights, grid="nogrid"
    )
    return _unit([tuple(c) for c in found.coords])


def _spread(centres: list[tuple[float, float]], radii: list[float]) -> list[tuple[float, float]]:
    """Discs of `radii` around `centres`, packed: drawn towards the middle step by step
    and pushed apart where they overlap, so parts without ties between them do not
    drift to the edges."""
    total = math.sqrt(sum(r * r for r in radii))
    points = [[x * total, y * total] for x, y in centres]
    for round_ in range(80):
        if round_ < 60:
            for point in points:
                point[0] *= 0.93
                point[1] *= 0.93
        if not _push_apart(points, radii) and round_ >= 60:
            break
    return [(x, y) for x, y in points]


def _push_apart(points: list[list[float]], radii: list[float]) -> bool:
    """One pass moving overlapping discs apart (with a small gap); whether any moved."""
    moved = False
    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            dx, dy = points[j][0] - points[i][0], points[j][1] - points[i][1]
            gap = math.hypot(dx, dy)
            need = (radii[i] + radii[j]) * 1.1
            if gap >= need:
                continue
            moved = True
            if gap < 1e-9:
                dx, dy, gap = 1.0, 0.0, 1.0
            # The smaller disc moves more: large communities stay near the middle.
            share = radii[i] / (radii[i] + radii[j])
            push = (need - gap) / gap
            points[i][0] -= dx * push * (1 - share)
            points[i][1] -= dy * push * (1 - share)
            points[j][0] += dx * push * share
            points[j][1] += dy * push * share
    return moved


def _unit(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """`coords` centred and scaled into the unit disc. Nodes far out (one tie, pushed
    away by all the others) are drawn in towards the edge softly, so they do not shrink
    the rest to a knot in the middle."""
    if not coords:
        return []
    mid_x = sum(c[0] for c in coords) / len(coords)
    mid_y = sum(c[1] for c in coords) / len(coords)
    reach = sorted(math.hypot(x - mid_x, y - mid_y) for x, y in coords)
    usual = reach[int(0.9 * (len(reach) - 1))] or reach[-1] or 1.0
    out = []
    for x, y in coords:
        r = math.hypot(x - mid_x, y - mid_y) / usual * 0.85
        soft = r if r <= 0.85 else 0.85 + 0.15 * (1 - math.exp((0.85 - r) / 0.15))
        factor = soft / r if r else 0.0
        out.append(((x - mid_x) / usual * 0.85 * factor, (y - mid_y) / usual * 0.85 * factor))
    return out


if __name__ == "__main__":
    main()
