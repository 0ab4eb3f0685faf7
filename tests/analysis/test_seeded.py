"""igraph's generator is one per process: seeded computations in two threads (the
overview's circles while an export lays out its picture) must not use each other's."""

from __future__ import annotations

import threading
import time

import igraph

from abcd_tui.analysis.seeded import seeded_igraph


def membership(graph: igraph.Graph) -> list[int]:
    return graph.community_leiden(objective_function="modularity", n_iterations=2).membership


def test_a_seeded_block_keeps_its_generator_while_another_thread_waits_for_its_own():
    graph = igraph.Graph.Erdos_Renyi(n=300, m=900)
    with seeded_igraph(1):
        alone = membership(graph)
    with seeded_igraph(2):
        other = membership(graph)
    assert alone != other  # the seed decides: the test below could tell them apart

    inside, done = threading.Event(), threading.Event()

    def second() -> None:
        inside.wait()
        with seeded_igraph(2):  # waits until the first block is left
            done.set()

    thread = threading.Thread(target=second)
    thread.start()
    with seeded_igraph(1):
        inside.set()
        time.sleep(0.2)  # the other thread is at its block meanwhile
        assert not done.is_set()
        assert membership(graph) == alone
    thread.join(timeout=10)
    assert done.is_set()
