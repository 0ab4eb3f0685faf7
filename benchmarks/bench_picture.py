"""How long the network picture takes: layout and drawing of an ego network of 40.

Prints the median of 50 runs at 80x22 and 200x48 cells, for a star of 40 (each tied to
the next, so the ring has ties too) and for two steps. Budget: 50 ms.
"""

from __future__ import annotations

import statistics
import time

from abcd_tui.analysis.picture import Mark, Scene
from abcd_tui.tui.widgets.network_draw import draw


def ego_of(size: int, second: int = 0) -> Scene:
    ring = [f"r{i:02d}" for i in range(size)]
    far = [f"f{i:02d}" for i in range(second)]
    marks = [Mark("c", "Centrum de Vries", "centre")]
    marks += [Mark(n, f"Bewoner {n} van der Laan", "resident", i % 5) for i, n in enumerate(ring)]
    marks += [Mark(n, f"Verre {n}", "group", i % 5) for i, n in enumerate(far)]
    links = [("c", n, 1) for n in ring] + [(a, b, 1) for a, b in zip(ring, ring[1:], strict=False)]
    links += [(ring[i % size], n, 1) for i, n in enumerate(far)]
    rings = (tuple(ring), tuple(far)) if far else (tuple(ring),)
    return Scene("ego", tuple(marks), tuple(links), "c", rings)


def median_ms(scene: Scene, width: int, height: int, runs: int = 50) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        draw(scene, width, height, "c")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    for label, scene in (("ego of 40", ego_of(40)), ("40 + 40 at two steps", ego_of(40, 40))):
        for width, height in ((80, 19), (200, 45)):
            ms = median_ms(scene, width, height)
            print(f"{label:22} {width}x{height}: median {ms:.1f} ms (budget 50 ms)")
