"""How well the suggestions match what a community builder expects: precision@3 and
recall of introductions, hits of who-can-help in the first three.

The expectations are written down beside a register (see
`tests/analysis/de_horst/expected.json`): per resident the introductions a builder
would make first (`must`) and those they would also be glad to see (`good`), and per
free phrasing who must be among the first three helpers. Used by the tests and by
`benchmarks/bench_matching.py`; headless, plain data in and out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass
class Scores:
    precision_at_3: float  # of the first three shown per resident, the share expected
    recall: float  # of the `must` introductions, the share among the first three
    help_hits: int  # who-can-help: expected helpers found in the first three
    help_expected: int
    misses: list[str] = field(default_factory=list)  # what was expected and not found


def score(
    expected: Mapping,
    introductions: Iterable[Mapping],
    helpers: Mapping[str, list[str]],
) -> Scores:
    """Scores of `introductions` (dicts with `for` and `meet`, best first, as
    `abcd introductions --json` prints) and `helpers` (phrasing -> keys, best first)
    against `expected`."""
    shown: dict[str, list[str]] = {}
    for i in introductions:
        shown.setdefault(i["for"], []).append(i["meet"])
    relevant = shown_count = must_found = must_total = 0
    misses = []
    for key, wanted in expected["introductions"].items():
        top = shown.get(key, [])[:3]
        ok = set(wanted["must"]) | set(wanted["good"])
        shown_count += len(top)
        relevant += sum(1 for m in top if m in ok)
        must_total += len(wanted["must"])
        for m in wanted["must"]:
            if m in top:
                must_found += 1
            else:
                misses.append(f"introduction {key} -> {m}")
        misses += [f"introduction {key} -> {m} (not expected)" for m in top if m not in ok]
    for key in expected.get("never_put_forward", []):
        misses += [f"{f} -> {key} (never)" for f, meets in shown.items() if key in meets]
    hits = total = 0
    for text, keys in expected["who_can_help"].items():
        first = helpers.get(text, [])[:3]
        total += len(keys)
        for k in keys:
            if k in first:
                hits += 1
            else:
                misses.append(f"who-can-help '{text}' -> {k}")
    return Scores(
        relevant / shown_count if shown_count else 1.0,
        must_found / must_total if must_total else 1.0,
        hits,
        total,
        misses,
    )
