"""Exact betweenness by Brandes' algorithm, with pendant residents folded in and the
sources shared between two processes where that pays.

Brandes (2001) sums, over every source s, the dependency delta_s(v) of each node v on
s's shortest paths. Two exact shortcuts, both from Puzis et al. ("Heuristics for
speeding up betweenness", 2012) and Baglioni et al. (2012):

- A record with one tie (a pendant p hanging on u) reaches everyone through u, so its
  shortest paths are u's with p in front: delta_p(v) = delta_u(v) for every v other
  than p and u, and delta_p(u) = c - 2 (every other record of the component, c
  records, is reached through u). So p is no source of its own: u counts twice, and u
  gets c - 2 more. Records without ties are no source either (delta = 0). On the
  5,000-resident demo that is 478 of 5,378 sources (9%) for the same numbers.
- The sum over sources splits: a share of the sources in each of one to three more
  processes (plain Pythons started on this file, which import igraph and nothing of
  the app, so they are safe beside the app's threads and on every system), one share
  here, at the same time; as many as there are cores (two on this project's machine).
  One starts in about 0.1 s, so they run only when each share costs well over that
  (`PARALLEL_WORK`), never for a village; if one fails, this process does its share.
  A full analysis hands every share to other processes before it starts on the rest
  (`ExactSums(here=False)`), so the rest runs beside the counting, not after it.

This file runs as that second process: `python brandes.py` reads the graph and its
sources from stdin and writes the sums to stdout (see `main`).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
import weakref
from array import array
from collections import defaultdict
from typing import IO

import igraph

# sources * ties each process's share must reach to pay for its start: about 0.35 s
# of work on this project's 2-core machine (11 ns per source and tie) against ~0.1 s.
PARALLEL_WORK = 30_000_000
MAX_PROCESSES = 4  # beyond that the starts and the machine's other work eat the gain
# Work (sources * ties) from which a caller who is not to count (`here=False`) hands even
# a single share to another process: about 0.1 s, what starting one costs. Below it
# igraph holds this process's GIL for less than a screen refresh.
ALONE_WORK = 10_000_000
POLL = 0.02  # seconds between two looks at what a counting process has written
NICE = 10  # the counting processes' priority below the caller's (see `main`)


def weighted_sums(converted: igraph.Graph, sources: list[int], weights: list[int]) -> list[float]:
    """Sum over the sources of weight * Brandes' dependency, per vertex, in igraph's
    units (each unordered pair once). One igraph call per distinct weight."""
    by_weight: dict[int, list[int]] = defaultdict(list)
    for source, weight in zip(sources, weights, strict=True):
        by_weight[weight].append(source)
    total = [0.0] * converted.vcount()
    for weight, chosen in sorted(by_weight.items()):
        values = converted.betweenness(directed=False, sources=chosen)
        for i, value in enumerate(values):
            total[i] += weight * value
    return total


def folded_sources(converted: igraph.Graph) -> tuple[list[int], list[int], list[float]]:
    """The sources exact betweenness needs, their weights, and what each vertex gets
    from the pendant records folded into their neighbour (see module doc), in igraph's
    units. O(n + m)."""
    n = converted.vcount()
    degree = converted.degree()
    membership = converted.connected_components().membership
    size: dict[int, int] = defaultdict(int)
    for component in membership:
        size[component] += 1
    weight = [1 if d > 0 else 0 for d in degree]
    extra = [0.0] * n
    for p in range(n):
        if degree[p] != 1:
            continue
        weight[p] = 0
        u = converted.neighbors(p)[0]
        if degree[u] > 1:  # else p and u are a pair on their own: nobody between them
            weight[u] += 1
            extra[u] += (size[membership[p]] - 2) / 2  # igraph counts each pair once
    sources = [v for v in range(n) if weight[v]]
    return sources, [weight[v] for v in sources], extra


def exact_sums(converted: igraph.Graph, *, parallel_work: int = PARALLEL_WORK) -> list[float]:
    """Exact betweenness of every vertex in igraph's units (each unordered pair once,
    not normalised), pendants folded in, the sources shared between this process and
    up to MAX_PROCESSES - 1 others when each share is at least `parallel_work`
    (sources * ties) and the machine has the cores."""
    return ExactSums(converted, parallel_work=parallel_work).result()


class ExactSums:
    """Exact betweenness sums, started at once and collected by `result`: the folded
    sources as one weighted batch of `BatchSums`, which shares them between processes.

    With `here` (the default) this process does one share itself, in `result`. Without
    it, every share goes to another process as soon as this object is made, so this
    process can do other work (the rest of an analysis) while they count; `result`
    then only waits, unless the work is too small for a process of its own
    (`stays_here`): then nothing starts before `result`, and it all runs here.
    """

    def __init__(
        self, converted: igraph.Graph, *, parallel_work: int = PARALLEL_WORK, here: bool = True
    ):
        sources, weights, self.folded = folded_sources(converted)
        self.counted = BatchSums(
            converted, [sources], weights=[weights], parallel_work=parallel_work, here=here
        )

    def result(self) -> list[float]:
        """The sums: this process's share (if any) computed now, the others collected."""
        try:
            [sums] = self.counted.result()
        except BaseException:  # interrupted: the other processes end too
            self.counted.stop()
            raise
        return [a + b for a, b in zip(self.folded, sums, strict=True)]


class BatchSums:
    """Per batch of sources, the sums of their (weighted) dependencies, started at once,
    collected by `result`. When the work is large enough, each batch is cut in as many
    slices as there are processes (at most MAX_PROCESSES, and no more than the smallest
    batch has sources), the other processes count their slice of every batch, and the
    slices are added up: the same sums on more cores. With `here` this process counts
    one slice itself in `result`; without, every slice goes elsewhere at once and this
    process is free meanwhile, unless the work is too small (`stays_here`).
    `weights`: per batch, each source's weight (1 when not given)."""

    def __init__(
        self,
        converted: igraph.Graph,
        batches: list[list[int]],
        *,
        weights: list[list[int]] | None = None,
        parallel_work: int = PARALLEL_WORK,
        here: bool = True,
    ):
        self.converted = converted
        self.batches = len(batches)
        if weights is None:
            weights = [[1] * len(chosen) for chosen in batches]
        work = sum(map(len, batches)) * converted.ecount()
        smallest = min(map(len, batches), default=1)
        parts = max(1, min(processes(work, parallel_work), smallest))
        pairs = list(zip(batches, weights, strict=True))
        sliced = [
            [(_slice(chosen, i, parts), _slice(w, i, parts)) for chosen, w in pairs]
            for i in range(parts)
        ]
        self.own = sliced[0] if here or stays_here(parts, work) else None
        others = sliced[1:] if self.own is not None else sliced
        edges = edge_bytes(converted) if others else b""
        self.children = []
        try:
            for slices in others:
                flat = [v for chosen, _ in slices for v in chosen]
                flat_weights = [x for _, w in slices for x in w]
                groups = [len(chosen) for chosen, _ in slices]
                child = _Child(edges, converted.vcount(), flat, flat_weights, groups)
                self.children.append((child, slices))
        except BaseException:  # none left counting for nobody
            self.stop()
            raise
        self._own: list[list[float]] = []  # this process's sums so far, per batch

    def _here(self, slices: list[tuple[list[int], list[int]]]) -> list[list[float]]:
        return [weighted_sums(self.converted, chosen, w) for chosen, w in slices]

    def result(self) -> list[list[float]]:
        """The sums of each batch: this process's slices counted now, the rest collected."""
        return self.first(self.batches)

    def first(self, count: int, start: int = 0) -> list[list[float]]:
        """The sums of batches `start` to `count`, waiting for those only: the other
        processes go on counting the later ones meanwhile (see `stop`)."""
        n = self.converted.vcount()
        if self.own is not None:
            self._own += self._here(self.own[len(self._own) : count])
            sums = self._own[start:count]
        else:
            sums = [[0.0] * n] * (count - start)
        for child, slices in self.children:
            found = child.result(count, start)
            if found is None:  # that process failed: count its slices here
                found = self._here(slices[start:count])
            sums = [
                [a + b for a, b in zip(mine, theirs, strict=True)]
                for mine, theirs in zip(sums, found, strict=True)
            ]
        return sums

    def stop(self) -> None:
        """Stop the other processes, counted or not (a sample that stops early)."""
        for child, _ in self.children:
            child.stop()


def _slice(chosen: list[int], i: int, parts: int) -> list[int]:
    """The i-th of `parts` nearly equal slices of `chosen`."""
    return chosen[len(chosen) * i // parts : len(chosen) * (i + 1) // parts]


def edge_bytes(converted: igraph.Graph) -> bytes:
    """The graph's ties as the second process reads them (pairs of int32)."""
    return array("i", [i for edge in converted.get_edgelist() for i in edge]).tobytes()


def stays_here(parts: int, work: int) -> bool:
    """Whether a caller who asked not to count (`here=False`) counts after all: one share
    too small to be worth a process of its own."""
    return parts == 1 and work < ALONE_WORK


def processes(work: int, parallel_work: int = PARALLEL_WORK) -> int:
    """How many processes share `work` (sources * ties): one per `parallel_work`, at
    most one per core and MAX_PROCESSES, at least one."""
    return max(1, min(cores(), MAX_PROCESSES, work // max(1, parallel_work)))


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Child:
    """A second Python running `main` on part of the sources, started at once: the sum of
    the weighted dependencies over each group of its sources (one group by default)."""

    def __init__(
        self,
        edges: bytes,
        n: int,
        sources: list[int],
        weights: list[int],
        groups: list[int] | None = None,
    ):
        self.n = n
        self.groups = groups if groups is not None else [len(sources)]
        head = array("q", [n, len(edges) // 4, len(sources), len(self.groups)])
        data = b"".join(
            (
                head.tobytes(),
                edges,
                array("i", sources).tobytes(),
                array("i", weights).tobytes(),
                array("i", self.groups).tobytes(),
            )
        )
        # The graph goes in through an unlinked temporary file, not a pipe: a pipe holds
        # 64 KB, so its rest would have to be written from a thread, and igraph keeps
        # the GIL for the whole of this process's own share, which left that thread (and
        # the second process) waiting until this share was done: no gain at all.
        # Its sums come back the same way: through a pipe, a child with more than 64 KB
        # to say (a batch of sums at 100,000 residents is 850 KB) would wait until the
        # children before it were read, so the children ran one after another.
        self._all: list[list[float]] | None = None  # every group, once read
        started = start_child(self, __file__, data)
        self.process: subprocess.Popen | None = started[0] if started else None
        self.output: IO[bytes] | None = started[1] if started else None

    def result(self, count: int | None = None, start: int = 0) -> list[list[float]] | None:
        """The child's sums of groups `start` to `count` (all by default), one list per
        group, as soon as it has written them; None when it could not give them."""
        count = len(self.groups) if count is None else count
        if self._all is not None:
            return self._all[start:count]
        if self.process is None or self.output is None:
            return None
        size = 8 * self.n * count
        fd = self.output.fileno()
        while os.fstat(fd).st_size < size:  # written in group order, each whole
            if self.process.poll() is not None and os.fstat(fd).st_size < size:
                self.stop()  # ended without them
                return None
            time.sleep(POLL)
        if count == len(self.groups):
            self.process.wait()
            if self.process.returncode != 0:
                self.stop()
                return None
        n = self.n
        values = array("d")
        if hasattr(os, "pread"):
            values.frombytes(os.pread(fd, size - 8 * n * start, 8 * n * start))
        else:  # no pread (Windows): read once the process is done (one file position)
            self.process.wait()
            self.output.seek(8 * n * start)
            values.frombytes(self.output.read(size - 8 * n * start))
        found = [values[i * n : (i + 1) * n].tolist() for i in range(count - start)]
        if count == len(self.groups) and start == 0:
            self._all = found  # all of it: kept, and the process and its file let go
            self.stop()
        return found

    def stop(self) -> None:
        """End the process if it still runs, and let go of its output."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.output is not None:
            self.output.close()
            self.output = None


def start_child(
    owner: object, script: str, data: bytes
) -> tuple[subprocess.Popen, IO[bytes]] | None:
    """A second Python running `script` on `data` (its stdin), started at once, with
    the file its stdout goes to; None when it cannot start. Both ways through unlinked
    temporary files (owner-only), not pipes: see `_Child`. Should `owner` be dropped
    before the process is done (an analysis the app let go, an error on the way), the
    process is ended rather than left counting on every core."""
    output: IO[bytes] | None = None
    try:
        with tempfile.TemporaryFile() as stdin:
            stdin.write(data)
            stdin.seek(0)
            output = tempfile.TemporaryFile()  # noqa: SIM115 (the caller closes it)
            process = subprocess.Popen(
                [sys.executable, "-P", script],
                stdin=stdin,
                stdout=output,
                stderr=subprocess.DEVNULL,
            )
    except OSError:
        if output is not None:
            output.close()
        return None
    weakref.finalize(owner, _end, process)
    return process, output


def _end(process: subprocess.Popen) -> None:
    """End `process` if it still runs (see `start_child`)."""
    if process.poll() is None:
        process.kill()
        process.wait()


def main() -> None:
    """The second process: graph, sources, weights and group sizes in on stdin, the sums
    of each group out on stdout. It counts at a lower priority (`NICE`): where the caller
    goes on with the rest of an analysis, or the app with its screen, on a machine with
    as many cores as processes counting, the caller keeps its core and the counting
    takes what is left; once the caller waits, the counting has every core again
    (unless other programs keep them busy: they come first too)."""
    if hasattr(os, "nice"):  # not on Windows
        with contextlib.suppress(OSError):
            os.nice(NICE)
    data = sys.stdin.buffer.read()
    head = array("q")
    head.frombytes(data[:32])
    n, edge_ints, count, group_count = head
    numbers = array("i")
    numbers.frombytes(data[32:])
    edges = numbers[:edge_ints]
    graph = igraph.Graph(n=n, edges=list(zip(edges[::2], edges[1::2], strict=True)))
    sources = numbers[edge_ints : edge_ints + count].tolist()
    weights = numbers[edge_ints + count : edge_ints + 2 * count].tolist()
    groups = numbers[edge_ints + 2 * count : edge_ints + 2 * count + group_count].tolist()
    start = 0
    for size in groups:
        chosen = slice(start, start + size)
        sums = weighted_sums(graph, sources[chosen], weights[chosen])
        sys.stdout.buffer.write(array("d", sums).tobytes())
        sys.stdout.buffer.flush()  # each group whole as soon as it is counted
        start += size


if __name__ == "__main__":
    main()
