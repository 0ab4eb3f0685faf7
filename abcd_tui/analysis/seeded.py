"""igraph's random numbers, seeded for one computation at a time.

igraph draws from Python's `random` module by default, and the generator is one for the
whole process. A computation that must come out the same every time (the circles'
Leiden, the layouts of an export) sets a seeded one and puts the default back after. In
the app such computations run in worker threads side by side (the overview's analysis
while an export writes its report): without the lock, one could set its generator
between another's setting and its use, and the circles of a register would come out
differently from one run to the next.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import igraph

_one_at_a_time = threading.Lock()


@contextmanager
def seeded_igraph(seed: int) -> Iterator[None]:
    """igraph draws from `random.Random(seed)` inside the block, and from the default
    generator again after it; one such block at a time in this process."""
    with _one_at_a_time:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            igraph.set_random_number_generator(random)
