"""What a phrase someone typed is about, in a form two phrases can be compared in.

Needs and offers are typed by different people on different days: "hulp in de tuin" and
"tuinieren", "computerles" and "computer repareren", "kookt graag" and "koken", "dog
walking" and "honden uitlaten". `understand(phrase)` turns a phrase into `Terms`:

- ``key``: the match key (case, spaces and accents folded), for the exact phrase;
- ``stems``: its content words, little words dropped ("hulp", "bij", "iemand", ...),
  diminutives undone ("klusje" -> "klus"), compounds split against the known words
  ("computerles" -> "computer" + "les"), small typos mended against the known words
  ("tuinierne" -> "tuinieren"), each word reduced by Snowball's Dutch stemmer;
- ``concepts``: the thesaurus concepts it names (`data/thesaurus.json`: synonyms, word
  forms and English labels of one thing), found by whole terms ("hond uitlaten") and
  by single words;
- ``wider``: the broader concepts of those ("maaien" -> "tuinieren");
- ``themes``: the starter vocabulary's themes and the concepts' themes.

Snowball over lemma lists: the Dutch Snowball stemmer (pure Python, 10 µs a word, no
data to load) folds the plurals and verb forms that the test neighbourhood holds
("fietsen"/"fiets", "kookt"/"koken", "brieven"/"brief"); what it cannot fold (nouns of
agents, "kok" for "koken", "zanger" for "zingen") the thesaurus lists. Each distinct
phrase is understood once (cached).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import snowballstemmer
from rapidfuzz import fuzz, process

from abcd_tui.domain.text import match_key
from abcd_tui.domain.vocabulary import starter_vocabulary

# Words that carry no gift of their own: "hulp bij het koken" is about "koken",
# "iemand om mee te wandelen" about "wandelen". Generic verbs ("geven", "doen") are
# here too: "muziekles geven" and "muziekles" offer the same.
LITTLE_WORDS = frozenset(
    """
    de het een en of in op van voor met aan bij naar te om over uit door tot onder mijn je
    jij jou ik me mij we wij ze zij hij haar zijn hun ons onze u uw die dat deze dit er wat
    wie waar hoe af toe mee samen even soms graag wel niet ook nog heel erg veel beetje
    keer week per eens extra al alle iedereen elkaar mensen hulp helpen help hulpje iemand iets
    wil willen kan kunnen zou wordt worden ben is nodig zoek zoekt zoeken vinden gezocht
    leren geven doen maken les lessen goed a an the and or to for with on at by of in my me
    i we you someone somebody some need needs needed looking helping learn learning give
    giving do doing make can want would like good
    """.split()  # noqa: SIM905
)
DIMINUTIVES = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je")
_dutch = snowballstemmer.stemmer("dutch")
# A Snowball stemmer keeps its state in the object: two of the app's workers stemming
# at once broke it (IndexError inside the stemmer). One at a time, behind the cache.
_stemming = threading.Lock()
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Snowball's Dutch stem, applied twice: once folds "fietsen" to "fiets", the second
    time "fiets" and "fietsen" meet at "fiet". Remembered: compound splitting asks for
    the stems of every cut of a word (60 µs a call uncached)."""
    with _stemming:
        return _dutch.stemWord(_dutch.stemWord(word))


@dataclass(frozen=True)
class Concept:
    id: str
    theme: str
    broader: tuple[str, ...]
    terms: tuple[str, ...]  # Dutch first, then English


@dataclass(frozen=True, eq=False)
class Thesaurus:
    concepts: dict[str, Concept]
    # One word (stemmed) -> concepts; a run of words (stemmed, little words kept) -> concepts.
    by_word: dict[str, frozenset[str]]
    by_run: dict[tuple[str, ...], frozenset[str]]
    longest_run: int

    def wider(self, concepts: frozenset[str]) -> frozenset[str]:
        """Every broader concept of these, transitively, without themselves."""
        found: set[str] = set()
        todo = [b for c in concepts for b in self.concepts[c].broader]
        while todo:
            c = todo.pop()
            if c not in found and c in self.concepts:
                found.add(c)
                todo.extend(self.concepts[c].broader)
        return frozenset(found - concepts)


def _run(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(match_key(text).replace("-", " ")))


@cache
def thesaurus() -> Thesaurus:
    """The thesaurus shipped beside the vocabulary (read once)."""
    raw = json.loads(
        resources.files("abcd_tui.domain").joinpath("data/thesaurus.json").read_text("utf-8")
    )
    concepts: dict[str, Concept] = {}
    by_word: dict[str, set[str]] = {}
    by_run: dict[tuple[str, ...], set[str]] = {}
    for cid, c in raw["concepts"].items():
        terms = (*c["nl"], *c["en"])
        concepts[cid] = Concept(cid, c["theme"], tuple(c["broader"]), terms)
        for term in (cid, *terms):
            run = _run(term)
            content = [w for w in run if w not in _LITTLE_STEMS]
            if len(run) == 1 and content:
                by_word.setdefault(run[0], set()).add(cid)
            elif len(run) > 1:
                by_run.setdefault(run, set()).add(cid)
    return Thesaurus(
        concepts,
        {w: frozenset(c) for w, c in by_word.items()},
        {r: frozenset(c) for r, c in by_run.items()},
        max((len(r) for r in by_run), default=1),
    )


_LITTLE_STEMS = frozenset(stem(w) for w in LITTLE_WORDS) | LITTLE_WORDS


@cache
def known_words() -> frozenset[str]:
    """Stems a compound may be split into and a typo mended to: the thesaurus' words and
    those of the starter vocabulary (at least four letters, so "tuin" splits but "en"
    never does)."""
    words = set(thesaurus().by_word)
    for phrase in starter_vocabulary().phrases:
        words.update(_run(phrase.nl))
        words.update(_run(phrase.en))
    for run in thesaurus().by_run:
        words.update(run)
    return frozenset(w for w in words if len(w) >= 4 and w not in _LITTLE_STEMS)


@cache
def known_forms() -> frozenset[str]:
    """The words of the thesaurus and the starter vocabulary as typed (not stemmed), and
    their stems: what the head of a compound is looked up in without stemming it."""
    words: set[str] = set(known_words())
    texts = [t for c in thesaurus().concepts.values() for t in c.terms]
    texts += [p.nl for p in starter_vocabulary().phrases]
    for text in texts:
        words.update(w for w in _WORD.findall(match_key(text)) if len(w) >= 3)
    return frozenset(words - _LITTLE_STEMS)


@cache
def _known_list() -> list[str]:
    return sorted(known_words())


@lru_cache(maxsize=1 << 15)
def _word_stems(word: str) -> tuple[str, ...]:
    """The stem(s) of one typed word: itself if known, a diminutive undone, a compound
    split into known parts (longest head first), a typo mended; else its stem."""
    known = known_words()
    s = stem(word)
    if s in known or s in thesaurus().by_word or len(word) < 4:
        return (s,)
    for ending in DIMINUTIVES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = stem(word[: -len(ending)])
            if base in known:
                return (base,)
    if word.endswith("t") and stem(word[:-1]) in known:  # "kookt", "wandelt"
        return (stem(word[:-1]),)
    parts = _split(word)
    if parts:
        return parts
    # A typo mended only in a long word ("tuinierne"): in a short one a single letter is
    # another word ("mensen" -> "mens" is not "mean", of "meaning").
    if len(word) >= 6 and len(s) >= 5:
        mended = process.extractOne(s, _known_list(), scorer=fuzz.ratio, score_cutoff=85)
        if mended is not None:
            return (mended[0],)
    return (s,)


def _split(word: str) -> tuple[str, ...]:
    """A compound as two known parts ("computerles", "boodschappenhulp", with a linking
    s or e: "dorpsfeest"), or ()."""
    known, forms = known_words(), known_forms()
    loose_tail: tuple[str, ...] = ()
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        for h in (head, head[:-1] if head.endswith(("s", "e")) else None):
            if h and len(h) >= 3 and h in forms:  # no stemming of every cut: 10x faster
                tail_stem = stem(tail)
                tail_known = tail_stem in known or tail_stem in _LITTLE_STEMS
                parts = tuple(x for x in (stem(h), tail_stem) if x not in _LITTLE_STEMS)
                if tail_known:
                    return parts
                if not loose_tail and len(h) >= 4 and len(tail) >= 5:
                    loose_tail = parts  # "rouwverwerking": a known head, an unknown tail
    return loose_tail


@dataclass(frozen=True)
class Terms:
    key: str
    stems: frozenset[str]
    concepts: frozenset[str]
    wider: frozenset[str]
    themes: frozenset[str]


@lru_cache(maxsize=1 << 15)
def understand(phrase: str) -> Terms:
    """What `phrase` is about (see the module doc); O(words) plus cached look-ups."""
    key = match_key(phrase)
    words = _WORD.findall(key.replace("-", " "))
    stems_in_order = [s for w in words for s in _word_stems(w)]
    content = frozenset(s for s in stems_in_order if s not in _LITTLE_STEMS)
    th = thesaurus()
    concepts: set[str] = set()
    run = tuple(stem(w) for w in words)
    # Whole terms first, longest first; their words are not looked up again on their
    # own ("fietsen repareren" is about repairing, not about cycling).
    used: set[int] = set()
    for size in range(min(th.longest_run, len(run)), 1, -1):
        for start in range(len(run) - size + 1):
            if used.isdisjoint(range(start, start + size)):
                found_here = th.by_run.get(run[start : start + size])
                if found_here:
                    concepts.update(found_here)
                    used.update(range(start, start + size))
    loose = {s for i, w in enumerate(words) if i not in used for s in _word_stems(w)}
    for s in content & loose:
        concepts.update(th.by_word.get(s, ()))
    found = frozenset(concepts)
    themes = set(starter_vocabulary().themes_of(phrase))
    themes.update(th.concepts[c].theme for c in found)
    return Terms(
        key, content or frozenset(stems_in_order), found, th.wider(found), frozenset(themes)
    )
