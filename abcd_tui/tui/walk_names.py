"""What walk mode shows of what it reads (`store.walks`: the names to complete and tie
to, the people met, a revisit): the names by their dropdown labels, filtered in memory
on every key press, and a revisit as text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from textual.content import Content

from abcd_tui.domain.records import GroupKind, RecordType, Walk
from abcd_tui.domain.text import (
    ITEM_SEPARATORS,
    match_key,
    searched_words,
    street_of,
    visible,
)
from abcd_tui.i18n import t
from abcd_tui.store.walks import OpenWalk, Revisit, WalkNames
from abcd_tui.tui.text import say


@dataclass
class Names:
    """Residents and groups by the label the dropdown shows ("Dien · Kerkstraat")."""

    names: dict[str, str] = field(default_factory=dict)  # resident id -> name
    resident_ids: dict[str, str] = field(default_factory=dict)  # label -> resident id
    record_ids: dict[str, tuple[str, RecordType]] = field(default_factory=dict)  # label -> id
    by_name: dict[str, list[tuple[str, RecordType]]] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)  # record id -> address
    group_kinds: dict[str, GroupKind] = field(default_factory=dict)  # group id -> kind
    streets: list[str] = field(default_factory=list)  # every street the register knows

    def replace(self, other: Names) -> None:
        """Take the other's names in place: the dropdowns hold bound methods of this one."""
        self.__dict__.update(other.__dict__)

    @staticmethod
    def _filter(labels: Iterable[str], typed: str, limit: int = 10) -> list[str]:
        """Labels that hold what was typed, those that begin with it first; when fewer
        than `limit` do, then labels with every word typed, as the residents' search
        finds them ("Jan de" finds "[b]Jan[/b] de Wit"; a word of one or two letters
        where a word begins)."""
        wanted = match_key(typed)
        labels = list(labels)
        found = [label for label in labels if wanted in match_key(label)]
        found.sort(key=lambda label: (not match_key(label).startswith(wanted), label))
        words = searched_words(typed)
        if len(found) < limit and len(words) > 1:
            held = set(found)
            found += sorted(
                label for label in labels
                if label not in held and all(w.search(match_key(label)) for w in words)
            )  # fmt: skip
        return found[:limit]

    def residents(self, typed: str) -> list[str]:
        return self._filter(self.resident_ids, typed)

    def name_of(self, label: str) -> str:
        """The name of the resident a label stands for (the label itself if none)."""
        return self.names.get(self.resident_ids.get(label, ""), label)

    def records(self, typed: str) -> list[str]:
        return self._filter(self.record_ids, typed)

    def streets_like(self, typed: str) -> list[str]:
        """Streets that start with what is typed (a house number typed: none)."""
        wanted = match_key(typed)
        return [s for s in self.streets if match_key(s).startswith(wanted) and s != typed][:8]

    def resolve(self, typed: list[str]) -> tuple[list[tuple[str, RecordType]], list[str]]:
        """The records the typed names stand for, and the names that match none (or
        several, so no tie is guessed)."""
        found: list[tuple[str, RecordType]] = []
        unknown: list[str] = []
        for name in typed:
            if name in self.record_ids:
                found.append(self.record_ids[name])
            elif len(self.by_name.get(match_key(name), [])) == 1:
                found.append(self.by_name[match_key(name)][0])
            else:
                unknown.append(name)
        return found, unknown


# A label goes into a field that holds several, split at commas and semicolons
# (`split_items`): a name with one in it ("Basisschool De Zonnewijzer Buitengebied,
# Lindewolde") shows it as " /", or the label split in two and matched no record.
_ITEM_SEPARATOR = re.compile(rf"\s*{ITEM_SEPARATORS.pattern}\s*")


def _label_part(text: str) -> str:
    return _ITEM_SEPARATOR.sub(" / ", text)


def names_of(found: WalkNames) -> Names:
    """The walk's names by the label the dropdowns show: a resident by name and street,
    a group by name and kind. Records with the same label all get their address too (or
    the end of their id, without one), so no two share a label and none is tied by a
    guess: four "Feestcommissie Dorpsfeest (vereniging)" were one label, the last."""
    names = Names(streets=found.streets)
    labelled: list[tuple[str, str, RecordType]] = []  # label, id, type
    for record in found.records:
        id_, name, address = record.id, record.name, record.address
        names.addresses[id_] = address
        names.by_name.setdefault(match_key(name), []).append((id_, record.type))
        if _label_part(name) != name:  # typed as the dropdown shows it, too
            names.by_name.setdefault(match_key(_label_part(name)), []).append((id_, record.type))
        if record.type == RecordType.GROUP:
            kind = record.group_kind or GroupKind.ASSOCIATION
            names.group_kinds[id_] = kind
            label = f"{_label_part(name)} ({t('kind.' + kind.value)})"
            labelled.append((label, id_, RecordType.GROUP))
            continue
        street = street_of(address)
        names.names[id_] = name
        label = _label_part(f"{name} · {street}" if street else name)
        labelled.append((label, id_, RecordType.RESIDENT))
    shared = Counter(label for label, _, _ in labelled)
    for label, id_, record_type in labelled:
        if shared[label] > 1:
            label = f"{label} · {_label_part(names.addresses[id_]) or id_[-4:]}"
        while label in names.record_ids:  # the same address too, or a name like a label
            label = f"{label} · {id_[-4:]}"
        names.record_ids[label] = (id_, record_type)
        if record_type == RecordType.RESIDENT:
            names.resident_ids[label] = id_
    return names


def revisit_text(found: Revisit) -> Content:
    """When and by whom we met them, and what we knew; every value shown literally."""
    r, walk = found.resident, found.walk
    if walk:
        builders = ", ".join(walk.builders) or t("walk.someone")
        when = say("walk.revisit_walk", date=walk.date, builders=builders, area=walk.area)
    else:
        who = r.recorded_by or t("walk.someone")
        when = say("walk.revisit_recorded", date=r.created_at[:10], builders=who)
    knew = [
        f"{t('walk.' + f)}: {visible(', '.join(getattr(r, f)))}"
        for f in ("head", "hands", "heart", "offers", "needs")
        if getattr(r, f)
    ]
    lines = [say("walk.revisit", name=r.name), when, t("walk.revisit_knew")]
    lines += [f"  {line}" for line in knew] or [f"  {t('walk.revisit_nothing')}"]
    lines += [f"  {t('walk.revisit_ties', count=found.ties)}", t("walk.revisit_update")]
    return Content("\n".join(lines))


def latest_of(found: list[OpenWalk], builder: str) -> Walk | None:
    """The latest open walk of this builder (however their name is typed), if any."""
    wanted = match_key(builder)
    for item in found:
        if match_key(", ".join(item.walk.builders)) == wanted:
            return item.walk
    return None
