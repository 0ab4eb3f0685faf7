"""The residents: who lives here and what they bring, searchable at 5,000 rows.

The list and its keys come from `RecordBrowser`; this module says what a resident's
row, detail and form are. Gifts come first in the detail, then vraag and aanbod, then
the ties: it describes what someone brings and who they know, never what they are.
"""

from __future__ import annotations

import dataclasses
import re
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
from abcd_tui.tui.dialogs.same_person import SamePersonDialog, known_like, spoken_date
from abcd_tui.tui.messages import RegisterChanged
from abcd_tui.tui.text import literal, say

LIST_FIELDS = ("head", "hands", "heart", "offers", "needs", "interests")
CONSENT = {"yes": True, "unknown": None, "no": False}
RECENT_DAYS = 30  # met on a walk this many days ago or less counts as "recently"
# The sorts, the default first; consent and openness sort in the order of their answers.
ORDERS = ("name", "wijk", "street", "consent", "open", "last_met")
OPENNESS_ORDER = {o: n for n, o in enumerate(Openness)}
CONSENT_ORDER = {True: 0, None: 1, False: 2}
_HOUSE_NUMBER = re.compile(r"(\d+)")

Waiting = dict[str, list[Any]]  # resident id -> the analysis' reasons (analysis.Reason)


def waiting_of(db: Database) -> Waiting:
    """Residents the analysis counts as not yet connected, with its reasons (a worker's
    job: the analysis of 5,000 residents takes a second when it is not cached)."""
    found = not_yet_connected(analysis_of(db))
    return {e.node: e.reasons for e in found if e.kind == RecordType.RESIDENT}


MET = ("recent", "earlier", "never")  # the last-met filter's choices


def _consent_code(consent: bool | None) -> str:
    return next(code for code, value in CONSENT.items() if value == consent)


def _days_before(day: str) -> int:
    """Minus the day's ordinal, so the latest day sorts first (0 for no day)."""
    try:
        return -date.fromisoformat(day).toordinal()
    except ValueError:
        return 0


def _met_when(day: str, today: date) -> str:
    """Which of MET a last-met date falls in."""
    if not day:
        return "never"
    return "recent" if _days_before(day) + today.toordinal() <= RECENT_DAYS else "earlier"


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
        self.build_list()  # the connected/not yet connected facets follow the analysis

    def analysis_now(self) -> Waiting | None:
        return self.waiting

    def filter_choices(self, records: Records) -> list[tuple[str, str]]:
        residents = records.residents.values()
        wijken = sorted({r.neighbourhood for r in residents if r.neighbourhood}, key=match_key)
        streets = sorted({s for r in residents if (s := street_of(r.address))}, key=match_key)
        neighbourhood, consent, open_ = (
            t("record.neighbourhood"),
            t("record.consent"),
            t("record.open"),
        )
        return [
            ("connected", t("record.filter_connected")),
            ("not_yet_connected", t("record.filter_not_yet")),
            *((f"wijk:{w}", f"{neighbourhood}: {w}") for w in wijken),
            *((f"street:{s}", t("record.filter_street", street=s)) for s in streets),
            *((f"consent:{c}", f"{consent}: {t(f'record.consent_{c}')}") for c in CONSENT),
            *((f"open:{o.value}", f"{open_}: {t(f'open.{o.value}')}") for o in Openness),
            *((f"met:{m}", t(f"record.filter_met_{m}", days=RECENT_DAYS)) for m in MET),
        ]

    def order_choices(self) -> list[str]:
        return list(ORDERS)

    @staticmethod
    def sort_key(records: Records, order: str, at: int, record_id: str) -> tuple[Any, ...]:
        """Where a resident goes in the list sorted by `order`; `at`, their place in
        the register's name order, breaks every tie."""
        r = records.residents[record_id]
        if order == "wijk":
            return (not r.neighbourhood, match_key(r.neighbourhood), at)
        if order == "street":
            street = street_of(r.address)
            number = _HOUSE_NUMBER.search(r.address[len(street) :] if street else "")
            return (not street, match_key(street), int(number[1]) if number else 0, at)
        if order == "consent":
            return (CONSENT_ORDER[r.consent], at)
        if order == "open":
            return (OPENNESS_ORDER[r.open_to_introductions], at)
        if order == "last_met":
            day = records.last_met.get(record_id, "")
            return (not day, _days_before(day), at)  # the latest first, never met last
        return (at,)

    def entries_of(self, records: Records, order: str, analysis: Any) -> list[Entry]:
        waiting = cast("Waiting | None", analysis)
        entries = []
        today = date.today()
        for resident in records.residents.values():
            others = records.others_of(resident.id)
            groups = [records.name(other) for other in others if other in records.groups]
            street = street_of(resident.address)
            words = [resident.name, street, resident.neighbourhood, *groups]
            words += [p for f in LIST_FIELDS for p in getattr(resident, f)]
            met = records.last_met.get(resident.id, "")
            # The sort's own value leads the dim part, so the order can be seen; the
            # name comes first and the rest is cut at the edge (ellipsis), never the name.
            where = [street, resident.neighbourhood]
            if order == "last_met":
                where.insert(0, spoken_date(met, today) or t("record.never_met"))
            elif order == "consent":
                where.insert(0, t(f"record.consent_{_consent_code(resident.consent)}"))
            elif order == "open":
                where.insert(0, t(f"open.{resident.open_to_introductions.value}"))
            elif order == "wijk":
                where.reverse()
            elif order == "street":
                where[0] = resident.address  # the house numbers show the order
            prompt = Content.assemble(
                literal(resident.name).stylize("bold"),
                "  ",
                literal(" · ".join(p for p in where if p)).stylize("dim"),
            )
            if waiting is None:
                ties = "connected" if others else "not_yet_connected"
            else:
                ties = "not_yet_connected" if resident.id in waiting else "connected"
            facets = {
                ties,
                f"consent:{_consent_code(resident.consent)}",
                f"open:{resident.open_to_introductions.value}",
                f"met:{_met_when(met, today)}",
            }
            if resident.neighbourhood:
                facets.add(f"wijk:{resident.neighbourhood}")
            if street:
                facets.add(f"street:{street}")
            entries.append(
                Entry(
                    resident.id,
                    prompt,
                    match_key(resident.name),
                    match_key(" | ".join(words)),
                    frozenset(facets),
                )
            )
        position = {record_id: n for n, record_id in enumerate(records.residents)}
        return sorted(entries, key=lambda e: self.sort_key(records, order, position[e.id], e.id))

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
        consent = _consent_code(r.consent)
        consent_text = t(f"record.consent_{consent}") + (
            f" ({r.consent_date})" if r.consent_date else ""
        )
        lines.append(labelled(t("record.consent"), consent_text))
        ends = records.ties_of(record_id)
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
            other = literal(records.told_apart(end.other_id))
            lines.append(Content.assemble("  ", other, (f"  {t(f'tie.{end.kind.value}')}", "dim")))
        if groups:
            lines += [Content(""), heading(t("record.groups"))]
        for end in groups:
            other = literal(records.told_apart(end.other_id))
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

        form = RecordForm(
            title,
            self.form_fields(old),
            check,
            t("record.list_hint"),
            save,
            record_id=old.id if old else None,
        )
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
        ties = len(self.records.others_of(resident.id))

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
