"""The groups: associations, institutions, places and businesses, with who is involved.

Same list, keys and undo as the residents screen (`RecordBrowser`); here a row is a
group, the filter is its kind, and the detail lists the members by their kind of tie,
so a builder sees at once who organises, who volunteers, who comes by.
"""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from textual.content import Content

from abcd_tui.domain.records import Endpoints, Group, GroupKind, Problem
from abcd_tui.domain.text import match_key, slugify, split_items, unique_key
from abcd_tui.i18n import t
from abcd_tui.store import Database, actions
from abcd_tui.store.history import Change
from abcd_tui.store.records import Records
from abcd_tui.tui.browser import Entry, RecordBrowser, heading, labelled, phrases
from abcd_tui.tui.dialogs.record_form import FormField, RecordForm, Values
from abcd_tui.tui.text import literal


class GroupsScreen(RecordBrowser):
    """Groups left (search and a filter by kind), the chosen group and its people right."""

    CSS_PATH = ["residents.tcss", "groups.tcss"]
    SEARCH_PLACEHOLDER = t("record.search_groups")
    NOTHING_SELECTED = t("record.nothing_selected_group")
    CHOOSE_FIRST = "record.choose_group_first"
    ALL_CHOICE = "record.filter_all_groups"

    def filter_choices(self, records: Records) -> list[tuple[str, str]]:
        return [(f"kind:{k.value}", t(f"kind.{k.value}")) for k in GroupKind]

    def order_choices(self) -> list[str]:
        return ["name", "kind"]

    def entries_of(self, records: Records, order: str, analysis: Any) -> list[Entry]:
        entries = []
        kinds = list(GroupKind)
        for at, group in enumerate(records.groups.values()):  # the register's name order
            kind = t(f"kind.{group.kind.value}")
            words = [group.name, kind, group.address, group.description, *group.tags]
            prompt = Content.assemble(
                literal(group.name).stylize("bold"),
                "  ",
                Content.styled(kind, "dim"),
                literal(f" · {group.address}" if group.address else "").stylize("dim"),
            )
            entry = Entry(
                group.id,
                prompt,
                match_key(group.name),
                match_key(" | ".join(words)),
                frozenset([f"kind:{group.kind.value}"]),
            )
            entries.append(((kinds.index(group.kind), at) if order == "kind" else (at,), entry))
        return [entry for _, entry in sorted(entries, key=lambda pair: pair[0])]

    def detail_of(self, record_id: str) -> Content:
        records = self.records
        g = records.groups[record_id]
        lines = [
            literal(g.name).stylize("bold"),
            Content.styled(t(f"kind.{g.kind.value}"), "italic"),
            Content(""),
        ]
        if g.address:
            lines.append(labelled(t("record.address"), g.address))
        if g.tags:
            lines.append(labelled(t("record.tags"), phrases(g.tags)))
        if g.contact_id:
            lines.append(labelled(t("record.contact"), records.told_apart(g.contact_id)))
        if g.description:
            lines += [Content(""), literal(g.description, lines=True)]
        ends = records.ties_of(record_id)
        people = [e for e in ends if e.kind.endpoints == Endpoints.RESIDENT_GROUP]
        others = [e for e in ends if e.kind.endpoints == Endpoints.GROUP_GROUP]
        lines += [Content(""), heading(f"{t('record.members')} ({len(people)})")]
        if not people:
            lines.append(Content.styled(t("record.no_members"), "italic"))
        # Organisers and volunteers first: who to ask when an introduction is wanted.
        order = {kind: n for n, kind in enumerate(("organiser", "volunteer", "staff", "member"))}
        for end in sorted(people, key=lambda e: (order.get(e.kind.value, 9), e.kind.value)):
            lines.append(
                Content.assemble(
                    "  ",
                    literal(records.told_apart(end.other_id)),
                    (f"  {t(f'tie.{end.kind.value}')}", "dim"),
                )
            )
        if others:
            lines += [Content(""), heading(t("record.partners"))]
        for end in others:
            lines.append(
                Content.assemble(
                    "  ",
                    literal(records.told_apart(end.other_id)),
                    (f"  {t(f'tie.{end.kind.value}')}", "dim"),
                )
            )
        return Content("\n").join(lines)

    # The form -------------------------------------------------------------------------
    def form_fields(self, g: Group | None) -> list[FormField]:
        residents = sorted({r.name for r in self.records.residents.values()})
        return [
            FormField("name", t("record.name"), g.name if g else ""),
            FormField(
                "kind",
                t("record.kind"),
                g.kind.value if g else None,
                choices=[(t(f"kind.{k.value}"), k.value) for k in GroupKind],
            ),
            FormField("address", t("record.address"), g.address if g else ""),
            FormField("tags", t("record.tags"), ", ".join(g.tags) if g else ""),
            FormField(
                "contact",
                t("record.contact"),
                self.records.name(g.contact_id) if g else "",
                suggestions=residents,
            ),
            FormField(
                "description", t("record.description"), g.description if g else "", multiline=True
            ),
        ]

    def contact_id(self, name: str) -> str | None:
        wanted = match_key(name)
        return next(
            (r.id for r in self.records.residents.values() if match_key(r.name) == wanted), None
        )

    def group_from(self, values: Values, old: Group | None) -> Group:
        """The group as typed; a new one gets a key made from the name."""
        changes: dict[str, Any] = {
            "name": values["name"],
            "kind": GroupKind(values["kind"] or GroupKind.ASSOCIATION),
            "address": values["address"].strip(),
            "tags": split_items(values["tags"]),
            "contact_id": self.contact_id(values["contact"]) if values["contact"] else None,
            "description": values["description"].strip(),
        }
        if old is not None:
            return dataclasses.replace(old, **changes)
        taken = {g.key for g in self.records.groups.values()}
        return Group(key=unique_key(slugify(values["name"]) or "groep", taken), **changes)

    def check(self, values: Values, old: Group | None) -> list[Problem]:
        problems = self.group_from(values, old).problems()
        if not values["kind"]:
            problems.append(Problem("kind", "group_kind_blank"))
        if values["contact"].strip() and self.contact_id(values["contact"]) is None:
            problems.append(Problem("contact", "contact_unknown", {"name": values["contact"]}))
        return problems

    def edit_record(self, record_id: str | None) -> None:
        old = self.records.groups.get(record_id or "")
        title = t("record.new_group") if old is None else t("record.edit_group", name=old.name)

        # What the form started from; a refused save moves it on.
        base: dict[str, Group | None] = {"old": old}

        def save(values: Values) -> bool:
            start = base["old"]
            group = self.group_from(values, start)
            self.selected_id = group.id
            version = start.version if start else None  # an edit carries its version
            return self.save_from_form(
                form,
                lambda db: actions.save_group(db, group, version),
                lambda stored: base.update(old=cast(Group, stored)),
            )

        form = RecordForm(
            title,
            self.form_fields(old),
            lambda values: self.check(values, base["old"]),
            t("record.list_hint_tags"),
            save,
            record_id=old.id if old else None,
        )
        self.app.push_screen(form)

    def delete_change(self, db: Database, record_id: str) -> Change:
        return actions.delete_group(db, record_id)
