"""How long the network picture takes: layout and drawing of an ego network of 40.

Prints medians (of 7 runs, after one warm-up) for:
- drawing alone (`draw_fitted`: radial layout, braille ties, names, and at two steps
  the second ring summarised where it does not fit) of a star of 40, each tied to the
  next so the ring has ties too, with and without 40 more at two steps, at the sizes
  the picture gets in an 80x24, 120x40 and 200x50 terminal;
- the whole ego picture from a register: `ego_picture` on the analysis of a register
  where the centre has 40 ties and they have 40 more (the analysis itself is cached per
  graph revision, so it is built once, as in the app), then drawn.
Budget: 50 ms each.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from abcd_tui.analysis.core import Analysis, analysis_of
from abcd_tui.analysis.picture import Mark, Scene, ego_picture
from abcd_tui.domain.records import Resident, Tie, TieKind
from abcd_tui.store import open_database, writes
from abcd_tui.tui.widgets.network_draw import draw_fitted
from abcd_tui.tui.widgets.network_view import summary_label

RUNS = 7
SIZES = ((80, 19), (120, 35), (200, 45))  # the picture's share of 80x24, 120x40, 200x50
NONE: frozenset[str] = frozenset()


def ego_of(size: int, second: int = 0) -> Scene:
    ring = [f"r{i:02d}" for i in range(size)]
    far = [f"f{i:02d}" for i in range(second)]
    marks = [Mark("c", "Centrum de Vries", "centre")]
    marks += [Mark(n, f"Bewoner {n} van der Laan", "resident", i % 5) for i, n in enumerate(ring)]
    marks += [Mark(n, f"Verre {n}", "group", i % 5) for i, n in enumerate(far)]
    links = [("c", n, 1) for n in ring] + [(a, b, 1) for a, b in zip(ring, ring[1:], strict=False)]
    links += [(ring[i % size], n, 1) for i, n in enumerate(far)]
    rings = (tuple(ring), tuple(far)) if far else (tuple(ring),)
    circle_of = {n: f"Kring {i % 5}" for i, n in enumerate(far)}
    return Scene("ego", tuple(marks), tuple(links), "c", rings, circle_of=circle_of)


def median_ms(run: Callable[..., object], *args: object) -> float:
    run(*args)  # warm-up: imports, caches
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run(*args)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def register_with_an_ego_of_40(path: Path) -> str:
    """A register where one resident has 40 ties (the ring tied in a chain) and each of
    those one more: returns the centre's id."""
    db = open_database(path)
    try:

        def resident(name: str) -> str:
            return writes.save_resident(db, Resident(name=name, key=name.lower())).id

        centre = resident("Centrum de Vries")
        ring = [resident(f"Bewoner {i:02d} van der Laan") for i in range(40)]
        far = [resident(f"Verre {i:02d}") for i in range(40)]
        pairs = [(centre, n) for n in ring] + list(zip(ring, ring[1:], strict=False))
        pairs += list(zip(ring, far, strict=True))
        for a, b in pairs:
            writes.add_tie(db, Tie(from_id=a, to_id=b, kind=TieKind.ACQUAINTANCE))
        return centre
    finally:
        db.close()


def whole(analysis: Analysis, centre: str, steps: int, width: int, height: int) -> None:
    """What the app does for a picture: the scene from the analysis, then drawn."""
    picture = ego_picture(analysis, centre, steps)
    draw_fitted(picture.scene, width, height, centre, NONE, summary_label)


def main() -> None:
    for label, scene in (("ego of 40", ego_of(40)), ("40 + 40 at two steps", ego_of(40, 40))):
        for width, height in SIZES:
            ms = median_ms(draw_fitted, scene, width, height, "c", NONE, summary_label)
            print(f"draw {label:22} {width}x{height}: median {ms:5.1f} ms (budget 50 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "abcd.db"
        centre = register_with_an_ego_of_40(path)
        db = open_database(path)
        try:
            analysis = analysis_of(db)
            for steps in (1, 2):
                for width, height in SIZES:
                    ms = median_ms(whole, analysis, centre, steps, width, height)
                    print(
                        f"ego_picture + draw, {steps} step(s), {width}x{height}: "
                        f"median {ms:5.1f} ms (budget 50 ms)"
                    )
        finally:
            db.close()


if __name__ == "__main__":
    main()
