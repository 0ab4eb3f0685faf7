"""What an export shows of a snapshot: names or pseudonyms, and only what may be shared.

`ExportView(document, with_names=...)` is the one place that decides what leaves the
database. By default (pseudonymised):

- every resident is "Bewoner 17" / "Resident 17", numbered in an order drawn afresh
  for each export (a secret key per export), so numbers cannot be linked across
  exports; node ids are "r17", groups "g3";
- left out: keys (often made from a name), addresses and streets, notes (never
  exported), consent, and any phrase a builder typed in their own words: a gift or
  need from the starter vocabulary stays (in the export's language), one in own words
  becomes its theme ("thema: tuin"), or is left out when it has none;
- reasons name residents by pseudonym too (they are frozen with person tokens), and
  "both live on Molenweg" becomes "live on the same street";
- in the communities, streets where fewer than three (or `k`) of its residents live,
  neighbourhoods fewer than `k` of them live in, and gifts fewer than two (or `k`) of
  them have, are left out;
- k-anonymity (`kanon`, k = 3 by default): what the export still shows of an unnamed
  resident (neighbourhood, openness, gifts, offers, needs, interests) is generalised
  until every combination is shared by at least `k` unnamed residents; a group that
  fewer than `k` unnamed residents belong to is shown as its kind ("een vereniging")
  in labels, reasons and communities, and a reason quotes a phrase only as far as the
  rows of the residents it is about show it (else "iets").

`with_names=True` shows the names, keys and addresses of residents who gave consent;
a resident without recorded consent keeps a pseudonym even then, and the unnamed get
the same k-rule. Groups (clubs, institutions, places, businesses) are shown by name in
both, but for those k-anonymity shows as their kind.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import networkx as nx

from abcd_tui.analysis.reasons import Reason
from abcd_tui.domain.records import RecordType
from abcd_tui.domain.text import name_pattern, redact
from abcd_tui.domain.tokens import fill_tokens, tokens_in
from abcd_tui.domain.vocabulary import GIFT_KINDS, starter_vocabulary
from abcd_tui.export.kanon import (
    DEFAULT_K,
    FIELDS,
    Generalisation,
    generalise,
    kind_label,
    theme_words,
)
from abcd_tui.i18n import language, reason_text, t
from abcd_tui.snapshots.freeze import thawed_reason

# Reason parameters that hold a phrase someone typed (see analysis/introductions.py).
PHRASE_PARAMS = frozenset({"offer", "need", "phrase", "mine", "theirs", "tag"})
FEW_STREET = 3  # pseudonymised: fewer residents than this in a street, and it is not named
FEW_GIFT = 2
# Colours by kind, for Gephi and the report (colour-blind safe, Okabe-Ito based).
COLOURS = {
    "resident": "#0072b2",
    "association": "#009e73",
    "institution": "#cc79a7",
    "place": "#e69f00",
    "business": "#56b4e9",
}


@dataclass(frozen=True)
class Entry:
    """A node as the export names it."""

    export_id: str
    label: str
    named: bool  # the real name is shown


class ExportView:
    """A snapshot document as one export shows it (module doc)."""

    def __init__(
        self,
        document: dict[str, Any],
        *,
        with_names: bool = False,
        key: bytes | None = None,
        k: int = DEFAULT_K,
    ):
        self.document = document
        self.with_names = with_names
        self.k = k
        self.language = language()
        self._key = key if key is not None else secrets.token_bytes(32)
        self.nodes = {n["id"]: n for n in document["nodes"]}

    @cached_property
    def entries(self) -> dict[str, Entry]:
        residents = [n for n in self.document["nodes"] if n["type"] == RecordType.RESIDENT]
        groups = [n for n in self.document["nodes"] if n["type"] != RecordType.RESIDENT]
        # The order of the pseudonym numbers: a keyed hash of the id, fresh per export.
        residents.sort(key=lambda n: hmac.new(self._key, n["id"].encode(), hashlib.sha256).digest())
        found: dict[str, Entry] = {}
        word = t("export.resident")
        for number, n in enumerate(residents, start=1):
            if self.shows_name(n):
                found[n["id"]] = Entry(f"r{number}", n["name"], True)
            else:
                found[n["id"]] = Entry(f"r{number}", f"{word} {number}", False)
        groups.sort(key=lambda n: (n["kind"], n["key"]))
        hidden = self.generalisation.hidden_groups
        for number, n in enumerate(groups, start=1):
            if n["id"] in hidden:
                found[n["id"]] = Entry(f"g{number}", kind_label(n["kind"]), False)
            else:
                found[n["id"]] = Entry(f"g{number}", n["name"], True)
        return found

    @cached_property
    def generalisation(self) -> Generalisation:
        """What the unnamed residents show, k-anonymous (see `kanon`)."""
        nodes = self.document["nodes"]
        groups = {n["id"]: n for n in nodes if n["type"] != RecordType.RESIDENT}
        unnamed = [n for n in nodes if n["type"] == RecordType.RESIDENT and not self.shows_name(n)]
        return generalise(
            unnamed,
            groups,
            ((a, b) for a, b, _kinds, _strong in self.document["edges"]),
            k=self.k,
            phrase=lambda p: _shared_phrase(p, self.language),
            lang=self.language,
        )

    def shown(self, node: dict[str, Any]):
        """The generalised record of an unnamed resident (`kanon.Shown`), else None."""
        return self.generalisation.shown.get(node["id"])

    def shows_name(self, node: dict[str, Any]) -> bool:
        if node["type"] != RecordType.RESIDENT:
            return True
        return self.with_names and node.get("consent") is True

    def label(self, record_id: str) -> str:
        """The name or pseudonym of a record; "iemand" for one forgotten since."""
        entry = self.entries.get(record_id)
        return entry.label if entry else t("export.someone")

    # --- phrases and reasons ---------------------------------------------------------

    def phrase(self, text: str, named: bool | None = None) -> str | None:
        """A typed phrase as this export may show it (module doc); None: left out.
        `named`: whether its owner is shown by name (default: whether names are)."""
        if self.with_names if named is None else named:
            return text
        return _shared_phrase(text, self.language)

    def phrases(self, node: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
        """A record's phrases: as typed for a named resident or a group in an export
        with names; in shared words for everyone else."""
        named = self.with_names and self.shows_name(node)
        if node["type"] == RecordType.RESIDENT and not named and fields in _FIELD_OF:
            shown = self.shown(node)
            if shown is not None:
                return list(shown.phrases[_FIELD_OF[fields]])
        if node["id"] in self.generalisation.hidden_groups:
            return []  # its tags could name it
        seen: list[str] = []
        for f in fields:
            for p in node.get(f, ()):
                shown = self.phrase(p, named)
                if shown and shown not in seen:
                    seen.append(shown)
        return seen

    def free_text(self, text: str) -> str:
        """Text a builder typed about the whole map (a snapshot's label), with the name
        of every resident this export does not name taken out."""
        if not text:
            return text
        folded = " ".join(text.split()).casefold()
        for folded_name, name in self._unnamed:
            if folded_name in folded:  # cheap test first; the pattern for the few hits
                text = redact(text, name_pattern(name))
        return text

    @cached_property
    def _unnamed(self) -> list[tuple[str, str]]:
        return [
            (" ".join(n["name"].split()).casefold(), n["name"])
            for n in self.document["nodes"]
            if n["type"] == RecordType.RESIDENT and not self.shows_name(n)
        ]

    @property
    def snapshot_label(self) -> str:
        return self.free_text(self.document.get("label", ""))

    def gifts(self, node: dict[str, Any]) -> list[str]:
        return self.phrases(node, GIFT_KINDS)

    def reason(self, frozen: dict[str, Any], subject: str | tuple[str, ...] | None = None) -> str:
        """A frozen reason in words, residents by name or pseudonym. Phrases and the
        street in it are shown as typed only when everyone it is about is named: the
        `subject` (whose entry it is; for an introduction, both of the pair) and every
        resident it names."""
        reason = thawed_reason(frozen)
        named = self.with_names and all(
            self.entries[i].named
            for i in _ids(subject)
            + [i for v in reason.params.values() if isinstance(v, str) for i in tokens_in(v)]
            if i in self.entries
        )
        if not named:
            if reason.code == "intro.same_street":
                reason = Reason("intro.same_street_hidden", {})
            reason, generalised = self._k_reason(reason, subject)
            params = dict(reason.params)
            for k in PHRASE_PARAMS & params.keys() if not generalised else ():
                value = params[k]
                if isinstance(value, str):
                    params[k] = self.phrase(value, False) or t("export.own_words")
            reason = _plain(Reason(reason.code, params))
        reason = self._hide_groups(reason)
        return fill_tokens(reason_text(reason), self.label)

    def _k_reason(
        self, reason: Reason, subject: str | tuple[str, ...] | None
    ) -> tuple[Reason, bool]:
        """A reason about unnamed residents showing only what their rows show: a phrase
        as shown, else its theme, else "iets"; a neighbourhood only if every one of
        them shows it (`kanon`). And whether its phrases are done so."""
        if self.k <= 1:
            return reason, False
        about = _ids(subject)
        about += [i for v in reason.params.values() if isinstance(v, str) for i in tokens_in(v)]
        records = [s for i in about if i in self.nodes and (s := self.shown(self.nodes[i]))]
        if not records:
            return reason, False
        allowed = frozenset.intersection(*(r.words for r in records))
        code, params = reason.code, dict(reason.params)
        if code == "intro.same_neighbourhood" and any(
            r.neighbourhood != params.get("neighbourhood") for r in records
        ):
            return Reason("kanon.same_neighbourhood_hidden", {}), True
        for name in PHRASE_PARAMS & params.keys():
            value = params[name]
            if not isinstance(value, str):
                continue
            shown = self.phrase(value, False)
            if shown in allowed:
                continue
            themes = [w for w in theme_words(value, self.language) if w in allowed]
            params[name] = themes[0] if themes else t("kanon.something")
        if code.endswith("_theme"):
            theme = params.get(f"theme_{self.language}", "")
            if t("export.theme", themes=theme) not in allowed:
                code = code.removesuffix("_theme")
        return Reason(code, params), True

    def _hide_groups(self, reason: Reason) -> Reason:
        """Hidden groups named in a reason shown as their kind."""
        names = self._hidden_names
        if not names:
            return reason
        params = dict(reason.params)
        for key, value in params.items():
            if isinstance(value, str) and any(name in value for name, _ in names):
                for name, label in names:
                    if name in value:
                        value = _replace_item(value, name, label)
                params[key] = value
        return Reason(reason.code, params)

    def without_hidden_groups(self, text: str) -> str:
        """`text` with the name of each hidden group replaced by its kind."""
        for name, label in self._hidden_names:
            if name in text:
                pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
                text = re.sub(pattern, _literal(label), text)
        return text

    @cached_property
    def _hidden_names(self) -> list[tuple[str, str]]:
        hidden = self.generalisation.hidden_groups
        found = {
            (name, kind_label(kind))
            for g, kind in hidden.items()
            if (name := self.nodes[g]["name"].strip())  # an empty name is in every text
        }
        return sorted(found, key=lambda pair: (-len(pair[0]), pair))

    def reasons(
        self, frozen: list[dict[str, Any]], subject: str | tuple[str, ...] | None = None
    ) -> list[str]:
        # dict.fromkeys: two reasons generalised to the same words are said once
        return list(dict.fromkeys(self.reason(r, subject) for r in frozen))

    # --- the graph the file writers take -------------------------------------------

    def graph(
        self,
        positions: dict[str, tuple[float, float]]
        | Callable[[], dict[str, tuple[float, float]]]
        | None = None,
    ) -> nx.Graph:
        """The export graph: flat, typed attributes, the same set on every node (see
        `formats` and `gexf`); `positions` (record id -> x, y) adds a layout. Given as a
        function, it is called once the generalisation is done: a layout counting in
        another process meanwhile (`layout.start_positions`) is waited for only then."""
        doc = self.document
        connectors = {c["id"] for c in doc["connectors"]}
        waiting = {e["id"] for e in doc["not_yet_connected"]}
        graph = nx.Graph(
            title=t("export.title"),
            created=doc.get("created", ""),
            label=self.snapshot_label,
            snapshot=doc.get("snapshot", ""),
            pseudonymised=not self.with_names,
            generator=doc.get("generator", "abcd-tui"),
        )
        entries = self.entries
        # In pseudonym order, not record order (which is the order people were
        # recorded in, the same in every export: it would link two exports' rows).
        order = {v: _number_order(e.export_id) for v, e in entries.items()}
        if callable(positions):
            positions = positions()
        for n in sorted(doc["nodes"], key=lambda n: order[n["id"]]):
            entry = entries[n["id"]]
            resident = n["type"] == RecordType.RESIDENT
            data: dict[str, Any] = {
                "label": entry.label,
                "type": n["type"],
                "kind": n["kind"],
                "community": n["community"] if n["community"] is not None else -1,
                "score": float(n["score"]),
                "betweenness": float(n["betweenness"]),
                "degree": int(n["degree"]),
                "connector": n["id"] in connectors,
                "not_yet_connected": n["id"] in waiting,
                "gifts": "; ".join(self.gifts(n)) if resident else "",
                "offers": "; ".join(self.phrases(n, ("offers",))) if resident else "",
                "needs": "; ".join(self.phrases(n, ("needs",))) if resident else "",
                "interests": "; ".join(self.phrases(n, ("interests",)))
                if resident
                else "; ".join(self.phrases(n, ("tags",))),
                "neighbourhood": n.get("neighbourhood", ""),
                "open": n.get("open", "") if resident else "",
            }
            if resident and (shown := self.shown(n)) is not None:
                data["neighbourhood"], data["open"] = shown.neighbourhood, shown.open
            if self.with_names:
                named = entry.named
                data["key"] = n["key"] if named else ""
                data["address"] = n.get("address", "") if named else ""
                data["street"] = n.get("street", "") if named else ""
            data["color"] = COLOURS.get(n["kind"], "#777777")
            data["size"] = round((8.0 if not resident else 4.0) + n["score"] / 8, 2)
            if positions is not None:
                x, y = positions.get(n["id"], (0.0, 0.0))
                data["x"], data["y"] = float(x), float(y)
            graph.add_node(entry.export_id, **data)
        # Ties in pseudonym order, each pair once: the graph `add_edge` would make, in
        # the same order, written into its adjacency directly, and with one attribute
        # dict per combination of kinds and strength (a handful), not one per tie (at
        # 100,000 residents 824,000 dicts, 250 MB; and the writers word each once).
        # So the graph is frozen: copy it before changing anything.
        ordered = sorted(
            (order[a], order[b], a, b, kinds, strong)
            if order[a] < order[b]
            else (order[b], order[a], b, a, kinds, strong)
            for a, b, kinds, strong in doc["edges"]
        )
        adjacency = graph._adj  # networkx's own dicts, as analysis.graph.build_graph
        shared: dict[tuple[str, bool], dict[str, Any]] = {}
        for _ka, _kb, a, b, kinds, strong in ordered:
            u, v = entries[a].export_id, entries[b].export_id
            joined, strong = ";".join(kinds), bool(strong)
            tie = shared.get((joined, strong))
            if tie is None:
                tie = shared[joined, strong] = {
                    "kinds": joined,
                    "strong": strong,
                    "weight": 2.0 if strong else 1.0,
                }
            adjacency[u][v] = tie
            adjacency[v][u] = tie
        del ordered
        return nx.freeze(graph)

    # --- the analysis, as text -----------------------------------------------------

    def connectors(self, kind: str | None = RecordType.RESIDENT) -> list[dict[str, Any]]:
        return [
            {
                "id": self.entries[c["id"]].export_id,
                "label": self.label(c["id"]),
                "kind": self.nodes[c["id"]]["kind"],
                "score": c["score"],
                "reasons": self.reasons(c["reasons"], c["id"]),
                "depends": len(c["depends"]),
            }
            for c in self.document["connectors"]
            if kind is None
            or (self.nodes[c["id"]]["type"] == RecordType.RESIDENT) == (kind == RecordType.RESIDENT)
        ]

    def not_yet_connected(self) -> list[dict[str, Any]]:
        """Who is not yet connected, with reasons and introductions in words: made once
        per view (the JSON and the report both show it; 236,000 reasons at 100,000
        residents), each call its own list."""
        return list(self._not_yet_connected)

    @cached_property
    def _not_yet_connected(self) -> list[dict[str, Any]]:
        found = []
        for e in self.document["not_yet_connected"]:
            node = self.nodes[e["id"]]
            found.append(
                {
                    "id": self.entries[e["id"]].export_id,
                    "label": self.label(e["id"]),
                    "kind": node["kind"],
                    "conditions": e["conditions"],
                    "gifts": self.gifts(node) if node["type"] == RecordType.RESIDENT else [],
                    "reasons": self.reasons(e["reasons"], e["id"]),
                    "introductions": [
                        {
                            "id": self.entries[i["id"]].export_id
                            if i["id"] in self.entries
                            else "",
                            "label": self.label(i["id"]),
                            "score": i["score"],
                            # About the pair: "both live in X" only if both rows show X.
                            "reasons": self.reasons(i["reasons"], (e["id"], i["id"])),
                        }
                        for i in e["introductions"]
                    ],
                }
            )
        return found

    def communities(self) -> list[dict[str, Any]]:
        """Communities with their main groups, streets and shared gifts. A street shows
        only where at least `FEW_STREET` (or k) of its residents live, a neighbourhood
        where k do, and a gift only when `FEW_GIFT` (or k) share it: one person's street
        or gift could name them (with names too: they may not have consented)."""
        few_street, few_gift = max(FEW_STREET, self.k), max(FEW_GIFT, self.k)
        return [
            {
                "number": c["number"],
                "residents": c["residents"],
                "size": len(c["members"]),
                "groups": [self.label(g) for g, _n in c["groups"]],
                "streets": [s for s, n in c["streets"] if n >= few_street],
                "neighbourhoods": [s for s, n in c["neighbourhoods"] if n >= self.k],
                "gifts": [
                    shown for g, n in c["gifts"] if n >= few_gift and (shown := self.phrase(g))
                ],
            }
            for c in self.document["communities"]
        ]


# The phrase fields `phrases` is asked for, as `kanon.FIELDS` names them.
_FIELD_OF = dict(zip((GIFT_KINDS, ("offers",), ("needs",), ("interests",)), FIELDS, strict=True))


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement for `re.sub` that puts `text` in as it is (backslashes too)."""
    return lambda _match: text


def _replace_item(text: str, name: str, label: str) -> str:
    """`name` replaced where it is a whole item of a list "a, b, c" (or the whole text)."""
    return re.sub(rf"(?:^|(?<=, )){re.escape(name)}(?=, |$)", lambda _m: label, text)


def _number_order(export_id: str) -> tuple[bool, int]:
    """r2 before r10: residents, then groups, by number."""
    return (export_id[0] != "r", int(export_id[1:]))


_phrase_cache: dict[tuple[str, str], str | None] = {}


def _shared_phrase(text: str, lang: str) -> str | None:
    """A phrase in shareable words: the starter vocabulary's own (in `lang`), else
    its themes, else None."""
    cached = _phrase_cache.get((text, lang), ...)
    if cached is not ...:
        return cached
    vocabulary = starter_vocabulary()
    found = vocabulary.find(text)
    if found is not None:
        shown: str | None = found.en if lang == "en" else found.nl
    else:
        themes = sorted(vocabulary.themes_of(text))
        names = [getattr(vocabulary.themes[th], lang) for th in themes if th in vocabulary.themes]
        shown = t("export.theme", themes=", ".join(names)) if names else None
    if len(_phrase_cache) < 100_000:
        _phrase_cache[text, lang] = shown
    return shown


def _ids(subject: str | tuple[str, ...] | None) -> list[str]:
    """Whom a reason is about, as a list of record ids."""
    if subject is None:
        return []
    return [subject] if isinstance(subject, str) else list(subject)


# A reason whose quoted words all had to go (a theme, or "iets") reads as a sentence of
# its own: not "kan 'iets' bieden: dat past bij de vraag 'iets'", nor "allebei
# 'thema: tuin'". (reason code prefix, the parameters that quote) -> the plain code.
_PLAIN = (
    ("intro.gift_meets_need", ("offer", "need"), "intro.gives_plain"),
    ("intro.offer_meets_need", ("offer", "need"), "intro.gets_plain"),
    ("intro.gift_for_need", ("offer", "need"), "intro.gets_plain"),
    ("intro.love_for_need", ("offer", "need"), "intro.gets_plain"),
    ("intro.shared", ("phrase", "mine", "theirs"), "intro.shared_plain"),
    ("intro.group_about", ("tag", "phrase"), "intro.group_plain"),
)


def _plain(reason: Reason) -> Reason:
    """`reason` in plain words when none of its quoted phrases is left as typed (see
    `_PLAIN`); with the theme they share, when they still show one."""
    for prefix, quoting, plain in _PLAIN:
        if not reason.code.startswith(prefix):
            continue
        values = [v for k in quoting if isinstance(v := reason.params.get(k), str)]
        themes = [_theme_of(v) for v in values]
        if not values or any(theme is None for theme in themes):
            return reason  # a phrase is still shown as typed: keep the reason as it is
        named = [x for x in themes if x]
        params = {k: v for k, v in reason.params.items() if k in ("giver", "name")}
        if named:
            params.update(theme_nl=named[0], theme_en=named[0])
            return Reason(plain + "_theme", params)
        return Reason(plain, params)
    return reason


def _theme_of(value: str) -> str | None:
    """The theme a generalised phrase stands for ("thema: tuin" -> "tuin"), "" for
    "iets", None for a phrase shown as typed."""
    if value == t("kanon.something"):
        return ""
    prefix, _, suffix = t("export.theme", themes="\0").partition("\0")
    if value.startswith(prefix) and value.endswith(suffix):
        return value[len(prefix) : len(value) - len(suffix)]
    return None
