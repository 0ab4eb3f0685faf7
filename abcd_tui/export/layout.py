"""A layout for the exported network, so Gephi opens on a picture, not a hairball.

Fruchterman-Reingold in igraph (compiled; 0.3 s for 5,000 residents and 39,000 ties),
started from positions drawn with a fixed seed: the same snapshot gives the same
picture. Coordinates are scaled to about -1000..1000, Gephi's usual range.

On a large map (6.5 s at 100,000 residents) the layout runs in a second process while
the export does its own work meanwhile (`start_positions`): igraph holds the GIL while
it lays out, so a thread would not do. This file runs as that process (`main`): it
imports igraph and nothing of the app.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import subprocess
import sys
from array import array
from collections.abc import Callable
from functools import partial
from typing import IO, Any

SCALE = 1000.0
# Ties from which the layout runs in a process of its own: there it costs about a
# second (a 25,000-resident map has 200,000 ties), a start about 0.15 s.
APART_TIES = 100_000
NICE = 10  # below the export's own work, as `analysis.brandes` counts


def positions(document: dict[str, Any], *, seed: int = 1) -> dict[str, tuple[float, float]]:
    """Record id -> (x, y) for every node of a snapshot document."""
    ids, edges = _graph_of(document)
    if not ids:
        return {}
    return _scaled(ids, _coords(len(ids), edges, seed))


def start_positions(
    document: dict[str, Any], *, seed: int = 1, apart_ties: int = APART_TIES
) -> Callable[[], dict[str, tuple[float, float]]]:
    """`positions`, begun now in another process where the map is large enough to pay
    for one; the function returned collects them (or works them out here, where the map
    is small or that process failed). The same numbers either way."""
    if not document["nodes"] or len(document["edges"]) < apart_ties:
        return partial(positions, document, seed=seed)
    ids, edges = _graph_of(document)
    child = Placing(len(ids), edges, seed)
    del edges  # 824,000 pairs at 100,000 residents: not kept while the export goes on

    def collect() -> dict[str, tuple[float, float]]:
        coords = child.result()
        if coords is None:  # that process failed: laid out here after all
            return positions(document, seed=seed)
        return _scaled(ids, coords)

    return collect


def _graph_of(document: dict[str, Any]) -> tuple[list[str], list[tuple[int, int]]]:
    ids = [n["id"] for n in document["nodes"]]
    index = {v: i for i, v in enumerate(ids)}
    return ids, [(index[a], index[b]) for a, b, _kinds, _strong in document["edges"]]


def _coords(
    count: int, edges: list[tuple[int, int]], seed: int, alone: bool = False
) -> list[tuple[float, float]]:
    """The layout in igraph's units; `alone`: in the second process (`main`), which
    has no other threads to share igraph's generator with."""
    import igraph as ig

    graph = ig.Graph(count, edges)
    rng = random.Random(seed)
    # Start spread over about sqrt(n) units, as igraph's own start does: packed into a
    # unit square, the grid's cells hold everyone and the layout takes 10 s, not 0.3 s.
    half = max(1.0, math.sqrt(count) / 2)
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in range(count)]
    # igraph draws from Python's random module while it lays out: a generator seeded
    # here makes the picture the seed's, here and in the second process alike.
    if alone:
        ig.set_random_number_generator(random.Random(seed))
        seeded: Any = contextlib.nullcontext()
    else:
        from abcd_tui.analysis.seeded import seeded_igraph

        seeded = seeded_igraph(seed)
    with seeded:
        coords = graph.layout_fruchterman_reingold(seed=start, niter=300, grid="auto").coords
    return [(c[0], c[1]) for c in coords]


def _scaled(ids: list[str], coords: list[tuple[float, float]]) -> dict[str, tuple[float, float]]:
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


class Placing:
    """A second Python running a layout `script` (this file's `main`, or
    `picture_layout`'s) through unlinked temporary files
    (`analysis.brandes.start_child`). In: `count`, the number of `edges` and `seed`
    (three int64), then the edges' index pairs and `more` (int32). Out: x and y of each
    of the `count` nodes."""

    def __init__(
        self,
        count: int,
        edges: list[tuple[int, int]],
        seed: int,
        more: list[int] | None = None,
        script: str = __file__,
    ):
        self.count = count
        head = array("q", [count, len(edges), seed])
        flat = array("i", [i for edge in edges for i in edge])
        flat.extend(more or [])
        from abcd_tui.analysis.brandes import start_child  # here: not in the child

        started = start_child(self, script, head.tobytes() + flat.tobytes())
        self.process: subprocess.Popen | None = started[0] if started else None
        self.output: IO[bytes] | None = started[1] if started else None

    def result(self) -> list[tuple[float, float]] | None:
        """The coordinates, or None when the process could not give them."""
        if self.process is None or self.output is None:
            return None
        self.process.wait()
        with self.output:
            self.output.seek(0)
            data = self.output.read()
        if self.process.returncode != 0 or len(data) != 16 * self.count:
            return None
        values = array("d")
        values.frombytes(data)
        return list(zip(values[::2], values[1::2], strict=True))


def main() -> None:
    """The second process: the graph and seed in on stdin, x and y of each node out."""
    if hasattr(os, "nice"):  # not on Windows
        with contextlib.suppress(OSError):
            os.nice(NICE)
    data = sys.stdin.buffer.read()
    head = array("q")
    head.frombytes(data[:24])
    count, ties, seed = head
    flat = array("i")
    flat.frombytes(data[24:])
    edges = list(zip(flat[::2], flat[1::2], strict=True))
    coords = _coords(count, edges, seed, alone=True)
    sys.stdout.buffer.write(array("d", [v for c in coords for v in c]).tobytes())


if __name__ == "__main__":
    main()
