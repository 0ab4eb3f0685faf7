"""`abcd demo`: a realistic, deterministic Dutch village (or a rural municipality of them).

The same seed and size give the same village, ids included. By default about 150
residents, 15 associations, 8 institutions, 6 places and 4 businesses; about one in ten
residents not yet connected (no ties, or one thread) and a handful of connectors who
link several groups (figures from ../shared/domain/BRIEF.md). Larger sizes become
several villages of a municipality, sharing its municipal institutions.
"""

from __future__ import annotations

import itertools
import json
import math
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from abcd_tui.demo.village import VillageBuilder
from abcd_tui.domain.records import ordered_id
from abcd_tui.store import Database, write_transaction, writes
from abcd_tui.store.schema import fill_walk_ties

DEMO_EPOCH_MS = 1_769_904_000_000  # 2026-02-01: demo ids count up from here
VILLAGE_SIZE = 1500  # residents per village, on average, once a demo has several


@dataclass
class DemoSummary:
    villages: int
    residents: int
    groups: int
    ties: int


@cache
def village_data() -> dict[str, Any]:
    """Names, streets, groups and notes to draw villages from (invented, Dutch)."""
    text = resources.files("abcd_tui.demo").joinpath("data/village.json").read_text("utf-8")
    return json.loads(text)


def village_sizes(size: int, rng: random.Random) -> list[int]:
    """Split `size` residents over villages of uneven size, as in a rural municipality."""
    count = 1 if size <= 2 * VILLAGE_SIZE // 3 else math.ceil(size / VILLAGE_SIZE)
    if count == 1:
        return [size]
    weights = [rng.lognormvariate(0, 0.6) for _ in range(count)]
    total = sum(weights)
    sizes = [max(40, int(size * w / total)) for w in weights]
    sizes[sizes.index(max(sizes))] += size - sum(sizes)
    return sizes


def make_demo(db: Database, *, size: int = 150, seed: int = 1) -> DemoSummary:
    """Fill an empty register with a demo of `size` residents; one transaction."""
    rng = random.Random(seed)
    ids = random.Random(seed + 1)  # ids from their own stream: stable when other draws change
    counter = itertools.count(DEMO_EPOCH_MS)

    def new_id() -> str:
        return ordered_id(next(counter), ids.getrandbits(80))

    data = village_data()
    sizes = village_sizes(size, rng)
    names = rng.sample(data["village_names"], k=min(len(data["village_names"]), len(sizes)))
    while len(names) < len(sizes):  # more villages than names: number the rest
        names.append(f"{rng.choice(data['village_names'])} {len(names) + 1}")
    builder = VillageBuilder(data, rng, new_id, by=writes.recorder(), many=len(sizes) > 1)
    for name, village_size in zip(names, sizes, strict=True):
        builder.add_village(name, village_size)
    builder.add_municipality_ties()
    with write_transaction(db):
        writes.insert_walks(db, builder.walks)
        writes.insert_residents(db, builder.residents)
        writes.insert_groups(db, builder.groups)
        writes.insert_ties(db, sorted(builder.ties.values(), key=lambda t: t.id))
        writes.insert_meetings(
            db,
            (
                (new_id(), r.walk_id, r.id, r.created_at, r.recorded_by)
                for r in builder.residents
                if r.walk_id
            ),
        )
        fill_walk_ties(db.conn)  # the ties each walk made, as the walk form notes them
    return DemoSummary(len(sizes), len(builder.residents), len(builder.groups), len(builder.ties))
