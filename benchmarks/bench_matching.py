"""How good and how fast is the matching of vraag and aanbod?

    python benchmarks/bench_matching.py          # quality, and speed at 5,000 residents
    python benchmarks/bench_matching.py --big    # and introductions at 100,000 (minutes)

Quality, on the De Horst test neighbourhood (tests/analysis/de_horst, 29 residents with
the introductions and helpers a community builder expects written down beside them):
precision@3 and recall of the introductions, who-can-help hits in the first three, and
the share of the phrase pairs of tests/analysis/test_phrases.py matched as a builder
would. Each for three ways of folding word forms: none, Snowball's Dutch stemmer (what
the app uses) and simplemma's Dutch lemmas (only when simplemma is installed; it is not
a dependency).

Speed, medians of 5 on the 5,000-resident demo (seed 1), in process, cold caches:
who-can-help per phrasing (the app asks as the builder types: target 50 ms),
introductions for every not-yet-connected resident (target 1 s; 30 s at 100,000).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from abcd_tui.analysis import analysis_of, introductions, matching, phrases, who_can_help  # noqa: E402  # noqa: E402
from abcd_tui.analysis.evaluation import score  # noqa: E402
from abcd_tui.cli import main  # noqa: E402
from abcd_tui.store import open_database  # noqa: E402

HORST = ROOT / "tests" / "analysis" / "de_horst"
PHRASINGS = [
    "hulp in de tuin",
    "computerles",
    "iemand om mee te wandelen",
    "vervoer naar het ziekenhuis",
    "taalles",
    "oppas",
    "klusjes",
    "iemand die kan koken",
    "dog walking",
    "belasting invullen",
    "fiets kapot",
    "zingen",
    "boodschappen",
    "breien",
    "gezelschap",
]


def forget_caches() -> None:
    """Every remembered look-up, so a run starts cold (the matcher of an analysis too)."""
    for f in (
        phrases.stem,
        phrases.understand,
        phrases._word_stems,
        matching._filed_under,
        matching._looked_up_by,
    ):
        f.cache_clear()
    for f in (phrases.known_words, phrases.known_forms, phrases._known_list, phrases.thesaurus):
        f.cache_clear()


def use_folding(name: str) -> None:
    if name == "none":
        phrases.stem = functools.lru_cache(maxsize=None)(lambda word: word)
    elif name == "snowball":
        phrases.stem = phrases._snowball
    else:
        import simplemma

        phrases.stem = functools.lru_cache(maxsize=None)(
            lambda word: simplemma.lemmatize(word, lang="nl")
        )
    phrases._LITTLE_STEMS = frozenset(phrases.stem(w) for w in phrases.LITTLE_WORDS) | (
        phrases.LITTLE_WORDS
    )
    forget_caches()


def quality(db: Path) -> tuple:
    from tests.analysis.test_phrases import APART, MEET

    expected = json.loads((HORST / "expected.json").read_text("utf-8"))
    analysis = analysis_of(open_database(db, create=False))
    intros = [{"for": i.for_key, "meet": i.meet_key} for i in introductions(analysis, top=3)]
    helpers = {
        text: [h.key for h in who_can_help(analysis, text)] for text in expected["who_can_help"]
    }
    found = score(expected, intros, helpers)
    met = sum(matching.match_level(a, b) not in (None, matching.THEME) for a, b in MEET)
    apart = sum(matching.match_level(a, b) in (None, matching.THEME) for a, b in APART)
    return found, met / len(MEET), apart / len(APART)


def median_ms(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def speed(size: int, workdir: Path) -> None:
    from abcd_tui.demo import make_demo

    path = workdir / f"demo-{size}.db"
    db = open_database(path)
    make_demo(db, size=size, seed=1)
    analysis = analysis_of(db)

    def cold_matcher():
        analysis.memo.pop("matcher", None)
        forget_caches()

    def helpers():
        cold_matcher()
        from abcd_tui.analysis.introductions import analysis_matcher

        analysis_matcher(analysis)
        times = []
        for text in PHRASINGS:
            started = time.perf_counter()
            who_can_help(analysis, text)
            times.append(time.perf_counter() - started)
        return times

    runs = [helpers() for _ in range(5)]
    per_phrase = [statistics.median(run[i] for run in runs) * 1000 for i in range(len(PHRASINGS))]
    print(
        f"  who-can-help at {size:,}: median {statistics.median(per_phrase):.1f} ms, "
        f"slowest phrasing {max(per_phrase):.1f} ms (target 50 ms)"
    )
    introductions(analysis)  # the analysis' own parts (not yet connected) warm

    def all_introductions():
        cold_matcher()
        introductions(analysis)

    found = len(introductions(analysis))
    print(
        f"  introductions at {size:,} ({found:,} suggested), matcher built cold: "
        f"{median_ms(all_introductions):.0f} ms"
    )
    db.close()


def main_() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", action="store_true", help="also 100,000 residents")
    args = parser.parse_args()
    phrases._snowball = phrases.stem
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "horst.db"
        files = ("--people", "mensen.csv", "--groups", "groepen.csv", "--ties", "banden.csv")
        argv = [a if a.startswith("--") else str(HORST / a) for a in files]
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(["--db", str(db), "import", *argv])
        print("Quality (De Horst; phrase pairs of tests/analysis/test_phrases.py)")
        foldings = ["none", "snowball"]
        try:
            import simplemma  # noqa: F401

            foldings.append("simplemma")
        except ImportError:
            print("  (simplemma not installed: pip install simplemma to compare it)")
        for name in foldings:
            use_folding(name)
            found, met, apart = quality(db)
            print(
                f"  {name:9}  precision@3 {found.precision_at_3:.2f}  recall {found.recall:.2f}"
                f"  who-can-help {found.help_hits}/{found.help_expected}"
                f"  pairs met {met:.0%}  pairs kept apart {apart:.0%}"
            )
        use_folding("snowball")
        print("Speed (medians of 5, cold caches)")
        for size in (5_000, 100_000) if args.big else (5_000,):
            speed(size, Path(tmp))


if __name__ == "__main__":
    main_()
