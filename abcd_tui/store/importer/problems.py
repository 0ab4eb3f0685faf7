"""The problems of an import, bounded: every one counted, the first few of each file kept.

100,000 bad rows make 200,000 problems; listing them all made a 40 MB table, 1.2 GB of
memory and three minutes of waiting for something nobody reads. A person fixes a file
from the first few problems and a count of the rest by kind ("open_to_introductions:
unknown value, 100,000 times"), so that is what is kept.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

DETAIL_PER_FILE = 50  # problems per file shown in full (file, line, column, message)
KINDS_PER_FILE = 100  # distinct (column, problem) kinds per file; more fold by problem
PARAM_MOST = 200  # characters of a cell quoted in a message: a 10,000-character cell is cut


@dataclass
class RowError:
    """One thing wrong (or worth a warning) in a file: where, and what."""

    file: str
    line: int
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def clipped(self) -> RowError:
        """The same problem quoting at most PARAM_MOST characters of a cell or header: a
        message quotes the start of a 10,000-character cell."""
        self.params = {k: _clip(v) for k, v in self.params.items()}
        if self.column is not None:
            self.column = _clip(self.column)
        return self

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "params": self.params,
        }


def _clip(value: Any) -> Any:
    if isinstance(value, str) and len(value) > PARAM_MOST:
        return value[:PARAM_MOST] + f"… (+{len(value) - PARAM_MOST})"
    return value


@dataclass
class Kind:
    """Problems of one kind in one file: how many, and the first as an example."""

    file: str
    column: str | None
    code: str
    count: int
    example: RowError

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "column": self.column,
            "code": self.code,
            "count": self.count,
            "first_line": self.example.line,
        }


class Problems:
    """Problems as they are found, in any order; the first DETAIL_PER_FILE of each file
    by line are kept in full, the rest only counted by kind. Memory stays flat.

    Iterating gives the kept problems by file and line; `len()` is the count of all.
    """

    def __init__(self, keep: int = DETAIL_PER_FILE) -> None:
        self.keep = keep
        self.total = 0
        self._kept: dict[str, list[tuple[int, int, RowError]]] = {}
        self._counts: Counter[tuple[str, str | None, str]] = Counter()
        self._examples: dict[tuple[str, str | None, str], RowError] = {}
        self._kinds_per_file: Counter[str] = Counter()
        self._seq = 0

    def append(self, problem: RowError) -> None:
        self.total += 1
        self._seq += 1
        # A max-heap by (line, order found) of the smallest `keep`: the first lines win.
        heap = self._kept.setdefault(problem.file, [])
        entry = (-problem.line, -self._seq, problem)
        if len(heap) < self.keep:
            heapq.heappush(heap, entry)
            problem.clipped()
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
            problem.clipped()
        key = (problem.file, problem.column, problem.code)
        if key not in self._counts:
            if self._kinds_per_file[problem.file] >= KINDS_PER_FILE:
                key = (problem.file, None, problem.code)
            else:
                self._kinds_per_file[problem.file] += 1
        self._counts[key] += 1
        if key not in self._examples:
            self._examples[key] = problem.clipped()

    def extend(self, problems: Iterable[RowError]) -> None:
        for problem in problems:
            self.append(problem)

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0

    def __iter__(self) -> Iterator[RowError]:
        return iter(self.shown)

    @property
    def shown(self) -> list[RowError]:
        """The kept problems, by file and line (the order they were found within a line)."""
        kept = [(-line, -seq, p) for heap in self._kept.values() for line, seq, p in heap]
        kept.sort(key=lambda entry: (entry[2].file, entry[0], entry[1]))
        return [p for _, _, p in kept]

    @property
    def left_out(self) -> int:
        """How many problems are counted but not kept in full."""
        return self.total - sum(len(heap) for heap in self._kept.values())

    def kinds(self) -> list[Kind]:
        """Each kind of problem with its count, most frequent first."""
        found = [
            Kind(file, column, code, count, self._examples[(file, column, code)])
            for (file, column, code), count in self._counts.items()
        ]
        found.sort(key=lambda k: (-k.count, k.file, k.example.line))
        return found
