"""The residents: who lives here and what they bring, searchable at 5,000 rows.

The list and its keys come from `RecordBrowser`; this module says what a resident's
row, detail and form are. Gifts come first in the detail, then vraag and aanbod, then
the ties: it describes what someone brings and who they know, never what they are.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, cast

from textual.binding import Binding
from textual.content import Content

from abcd_tui.analysis import analysis_of, not_yet_connected
from abcd_tui.domain.names import revisit_of
from abcd_tui.domain.records import AGE_BANDS, Endpoints, Openness, Problem, RecordType, Resident
from abcd_tui.domain.text import match_key, slugify, split_items, street_of, unique_key
from abcd_tui.i18n import reason_text, t
from abcd_tui.store import Database, actions, reads
from abcd_tui.store import forget as forgetting
from abcd_tui.store.forget import Forgotten
from abcd_tui.store.history import Change
from abcd_tui.store.records import Records
from abcd_tui.tui.browser import Entry, RecordBrowser, heading, labelled, phrases
from abcd_tui.tui.dialogs.forget import ForgetDialog, forgotten_message
from abcd_tui.tui.dialogs.record_form import FormField, RecordForm, Values
from abcd_tui.tui.dialogs.same_person import SamePersonDialog, known_like
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, say

LIST_FIELDS = ("head", "hands", "heart", "offers", "needs", "interests")
CONSENT = {"yes": True, "unknown": None, "no": False}

Waiting = dict[str, list[Any]]  # resident id -> the analysis' reasons (analysis.Reason)


def waiting_of(db: Database) -> Waiting:
    """Residents the analysis counts as not yet connected, with its reasons (a worker's
    job: the analysis of 5,000 residents takes a second when it is not cached)."""
    found = not_yet_connected(analysis_of(db))
    return {e.node: e.reasons for e in found if e.kind == RecordType.RESIDENT}


class ResidentsScreen(RecordBrowser):
    """Residents left (search and a connected/not yet connected filter), detail right."""

    CSS_PATH = "residents.tcss"
    BINDINGS = [Binding("F", "forget", t("forget.key"))]
    SEARCH_PLACEHOLDER = t("record.search_residents")
    NOTHING_SELECTED = t("record.nothing_selected")

    def __init__(self) -> None:
        super().__init__()
        # Resident id -> why they count as not yet connected, from the analysis (the same
        # definition as the overview's count); None until the analysis is ready, when
        # "no tie at all" stands in.
        self.waiting: Waiting | None = None

    def load_analysis(self) -> None:
        # `look`: the analysis caches per graph revision and reads as it needs.
        self.fetch("analysis", lambda: self.register.look(waiting_of), self.show_waiting)

    def show_waiting(self, waiting: Waiting) -> None:
        self.waiting = waiting
        self.entries = self.entries_of(self.records)
        self.refilter()

    def filter_choices(self) -> list[tuple[str, str]]:
        return [
            (t("record.filter_all"), "all"),
            (t("record.filter_connected"), "connected"),
            (t("record.filter_not_yet"), "not_yet_connected"),
        ]

    def entries_of(self, records: Records) -> list[Entry]:
        entries = []
        for resident in records.residents.values():
            ends = records.ties.get(resident.id, [])
            groups = [records.name(e.other_id) for e in ends if e.other_id in records.groups]
            street = street_of(resident.address)
            words = [resident.name, street, resident.neighbourhood, *groups]
            words += [p for f in LIST_FIELDS for p in getattr(resident, f)]
            where = " · ".join(p for p in (street, resident.neighbourhood) if p)
            prompt = Content.assemble(
                literal(resident.name).stylize("bold"), "  ", literal(where).stylize("dim")
            )
            if self.waiting is None:
                facet = "connected" if ends else "not_yet_connected"
            else:
                facet = "not_yet_connected" if resident.id in self.waiting else "connected"
            entries.append(
                Entry(resident.id, prompt, match_key(" | ".join(words)), frozenset([facet]))
            )
        return entries

    def detail_of(self, record_id: str) -> Content:
        records = self.records
        r = records.residents[record_id]
        place = " · ".join(p for p in (r.address, r.neighbourhood, r.age_band or "") if p)
        lines = [literal(r.name).stylize("bold"), literal(place), Content("")]
        lines.append(heading(t("record.gifts")))
        for gift in ("head", "hands", "heart"):
            lines.append(Content("  ") + labelled(t(f"record.{gift}"), phrases(getattr(r, gift))))
        lines.append(labelled(t("record.offers"), phrases(r.offers)))
        lines.append(labelled(t("record.needs"), phrases(r.needs)))
        if r.interests:
            lines.append(labelled(t("record.interests"), phrases(r.interests)))
        lines.append(labelled(t("record.open"), t(f"open.{r.open_to_introductions.value}")))
        consent = {True: "yes", None: "unknown", False: "no"}[r.consent]
        consent_text = t(f"record.consent_{consent}") + (
            f" ({r.consent_date})" if r.consent_date else ""
        )
        lines.append(labelled(t("record.consent"), consent_text))
        ends = records.ties.get(record_id, [])
        people = [e for e in ends if e.kind.endpoints == Endpoints.RESIDENT_RESIDENT]
        groups = [e for e in ends if e.kind.endpoints != Endpoints.RESIDENT_RESIDENT]
        if people or not ends:
            lines += [Content(""), heading(t("record.ties"))]
        if not ends:
            lines.append(Content.styled(t("record.not_yet_connected"), "italic"))
        elif self.waiting and record_id in self.waiting:
            why = "; ".join(reason_text(reason) for reason in self.waiting[record_id])
            lines.append(literal(f"{t('record.filter_not_yet')}: {why}", "italic"))
        for end in people:
            other = literal(records.name(end.other_id))
            lines.append(Content.assemble("  ", other, (f"  {t(f'tie.{end.kind.value}')}", "dim")))
        if groups:
            lines += [Content(""), heading(t("record.groups"))]
        for end in groups:
            other = literal(records.name(end.other_id))
            lines.append(Content.assemble("  ", other, (f"  {t(f'tie.{end.kind.value}')}", "dim")))
        if r.notes:
            lines += [Content(""), heading(t("record.notes")), literal(r.notes, lines=True)]
        return Content("\n").join(lines)

    # The form -------------------------------------------------------------------------
    def form_fields(self, r: Resident | None) -> list[FormField]:
        def listed(name: str) -> FormField:
            return FormField(name, t(f"record.{name}"), ", ".join(getattr(r, name)) if r else "")

        consent = next(k for k, v in CONSENT.items() if v == (r.consent if r else None))
        return [
            FormField("name", t("record.name"), r.name if r else ""),
            FormField("address", t("record.address"), r.address if r else ""),
            FormField("neighbourhood", t("record.neighbourhood"), r.neighbourhood if r else ""),
            *(listed(name) for name in LIST_FIELDS),
            FormField(
                "open",
                t("record.open"),
                (r.open_to_introductions if r else Openness.UNKNOWN).value,
                choices=[(t(f"open.{o.value}"), o.value) for o in Openness],
            ),
            FormField(
                "consent",
                t("record.consent"),
                consent,
                choices=[(t(f"record.consent_{k}"), k) for k in CONSENT],
            ),
            FormField(
                "age_band",
                t("record.age_band"),
                r.age_band if r else None,
                choices=[(band, band) for band in AGE_BANDS],
            ),
            FormField("notes", t("record.notes"), r.notes if r else "", multiline=True),
        ]

    def resident_from(self, values: Values, old: Resident | None) -> Resident:
        """The resident as typed; a new one gets a key made from the name."""
        changes: dict[str, Any] = {
            "name": values["name"],
            "address": values["address"].strip(),
            "neighbourhood": values["neighbourhood"].strip(),
            "open_to_introductions": Openness(values["open"]),
            "consent": CONSENT[values["consent"]],
            "age_band": values["age_band"],
            "notes": values["notes"].strip(),
            **{name: split_items(values[name]) for name in LIST_FIELDS},
        }
        if changes["consent"] is True and not (old and old.consent_date):
            changes["consent_date"] = date.today().isoformat()  # when we were told yes
        if old is not None:
            return dataclasses.replace(old, **changes)
        taken = {r.key for r in self.records.residents.values()}
        return Resident(key=unique_key(slugify(values["name"]) or "bewoner", taken), **changes)

    def edit_record(self, record_id: str | None) -> None:
        old = self.records.residents.get(record_id or "")
        if old is None:
            title = t("record.new_resident")
        else:
            title = t("record.edit_resident", name=old.name)

        # What the form started from; a refused save moves it on.
        base: dict[str, Resident | None] = {"old": old}

        def check(values: Values) -> list[Problem]:
            return self.resident_from(values, base["old"]).problems()

        def save(values: Values) -> bool:
            start = base["old"]
            resident = self.resident_from(values, start)
            if start is None and self.ask_if_known(form, resident, values, base):
                return False  # the question is on screen; the typing stays meanwhile
            self.selected_id = resident.id
            version = start.version if start else None  # an edit carries its version
            return self.save_from_form(
                form,
                lambda db: actions.save_resident(db, resident, version),
                lambda stored: base.update(old=cast(Resident, stored)),
            )

        form = RecordForm(title, self.form_fields(old), check, t("record.list_hint"), save)
        self.app.push_screen(form)

    def ask_if_known(
        self,
        form: RecordForm,
        resident: Resident,
        values: Values,
        base: dict[str, Resident | None],
    ) -> bool:
        """A new name the register probably has already is asked about first (True: the
        question is on screen): take that record (what was typed joins it) or add a new
        person anyway; Escape goes back to the form with the typing."""
        try:
            same = known_like(self.register, resident)
        except Exception as error:  # told to the person, never a traceback
            self.abcd.show_error(error)
            return False
        if not same:
            return False

        def answered(chosen_id: str | None) -> None:
            if chosen_id == "":
                chosen, version = resident, None
            elif chosen_id and chosen_id in self.records.residents:
                known = self.records.residents[chosen_id]
                chosen, version = revisit_of(known, resident), known.version
            else:
                return  # back to the form
            self.selected_id = chosen.id
            saved = self.save_from_form(
                form,
                lambda db: actions.save_resident(db, chosen, version),
                lambda stored: base.update(old=cast(Resident, stored)),
            )
            if saved:
                form.dismiss(values)

        self.app.push_screen(SamePersonDialog(resident.name, same), answered)
        return True

    def delete_change(self, db: Database, record_id: str) -> Change:
        return actions.delete_resident(db, record_id)

    # Forgetting (store.forget): for good, unlike delete -------------------------------
    def action_forget(self) -> None:
        """Ask (ForgetDialog), then erase the chosen resident and every trace of them."""
        record_id = self.current_id()
        resident = self.records.residents.get(record_id or "")
        if resident is None:
            return
        ties = len(self.records.ties.get(resident.id, []))

        def answered(yes: bool | None) -> None:
            if yes:
                self.notify(say("forget.forgetting", name=resident.name), markup=False)
                self.forget(resident.key)

        self.app.push_screen(ForgetDialog(resident.name, resident.key, ties), answered)

    def forget(self, key: str) -> None:
        """Forget in a worker (`store.forget` rewrites the file), then the history goes."""
        path = self.register.path

        def erase() -> tuple[Forgotten, int]:
            # `look`: the forget manages its own transactions (and rewrites the file).
            done = self.register.look(forgetting.forget, path, key)
            return done, self.register.read(reads.forgets)

        self.fetch("forget", erase, self.forgotten)

    def forgotten(self, result: tuple[Forgotten, int]) -> None:
        """Undo could bring the person back from the history's rows: it goes too."""
        done, forgets = result
        history = self.abcd.history
        had_changes = bool(history.done or history.undone)
        self.abcd.clear_history(forgets)
        message = forgotten_message(done, self.register.path)
        if had_changes:
            message += "\n" + t("forget.history_cleared")
        self.notify(message, markup=False, timeout=15)
        self.post_message(RegisterChanged())
