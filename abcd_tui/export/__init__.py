"""`abcd export`: a snapshot (or the register as it is now) as files to share.

Formats: GraphML, GEXF 1.3 (with Gephi's colour, size and position), node-link JSON,
CSV (`nodes.csv` and `edges.csv`) and a self-contained HTML report. What the files show
of people is decided in one place, `model.ExportView` (pseudonymised unless asked
otherwise). Every file is written into a staging folder beside its place and moved in
once all formats succeeded, so a failed export leaves no half file; an existing export
is never overwritten without `force`. Figures in words: `words.py`. Every export also
gets a `README.txt` (`README`) that says what it shows and what was generalised to keep
unnamed residents k-anonymous (`kanon`; k = 3 unless asked otherwise).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from textwrap import wrap
from typing import TYPE_CHECKING, Any

from abcd_tui import __version__
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import RecordType
from abcd_tui.export.kanon import DEFAULT_K
from abcd_tui.export.model import FEW_STREET, ExportView
from abcd_tui.export.words import change_text, community_sentences, decimal, figure_text
from abcd_tui.i18n import t
from abcd_tui.i18n.catalogue import MESSAGES
from abcd_tui.paths import make_private_folder
from abcd_tui.snapshots import (
    HEADLINE,
    Comparison,
    SnapshotInfo,
    compare,
    find_snapshot,
    freeze,
    list_snapshots,
    previous_snapshot,
    snapshot_document,
)
from abcd_tui.store import Database, graph_rows
from abcd_tui.store.backup import BackupError, database_file
from abcd_tui.store.staging import new_staging, remember_export_folder, remove_stale

if TYPE_CHECKING:
    from abcd_tui.export.picture_layout import Coords

FORMATS = ("graphml", "gexf", "json", "csv", "html")
FILES = {
    "graphml": ("network.graphml",),
    "gexf": ("network.gexf",),
    "json": ("network.json",),
    "csv": ("nodes.csv", "edges.csv"),
    "html": ("report.html",),
}
# Beside the files, rewritten by each export into the folder: it describes the last one.
# One the person wrote themselves is kept unless they ask to overwrite (`force`).
README = "README.txt"
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class ExportResult:
    paths: list[Path] = field(default_factory=list)
    snapshot: SnapshotInfo | None = None  # None: the register as it was at export
    pseudonymised: bool = True
    residents: int = 0
    named: int = 0  # residents shown by name (with consent, with --with-names)
    k: int = DEFAULT_K  # unnamed residents k-anonymous (see kanon)


def parse_formats(text: str) -> list[str]:
    """'gexf,csv' or 'all' -> the formats, in the documented order; else a UserError."""
    asked = [f.strip().lower() for f in text.split(",") if f.strip()]
    if not asked or "all" in asked:
        return list(FORMATS)
    unknown = [f for f in asked if f not in FORMATS]
    if unknown:
        raise UserError("export.bad_format", format=", ".join(unknown), known=", ".join(FORMATS))
    return [f for f in FORMATS if f in asked]


def targets(formats: Iterable[str], out_dir: Path) -> list[Path]:
    return [out_dir / name for f in formats for name in FILES[f]]


def would_overwrite(formats: Iterable[str], out_dir: Path) -> list[Path]:
    """The files already in `out_dir` that exporting `formats` there would replace, and
    so must not without `force`: the formats' own, and a README.txt no export wrote."""
    there = [p for p in targets(formats, out_dir) if p.exists()]
    readme = out_dir / README
    if readme.exists() and not written_by_an_export(readme):
        there.append(readme)
    return there


def export(
    db: Database,
    formats: list[str],
    *,
    out_dir: Path,
    snapshot: str | None = None,
    with_names: bool = False,
    force: bool = False,
    delimiter: str = ",",
    progress: Progress | None = None,
    k: int = DEFAULT_K,
) -> ExportResult:
    """Write `formats` of snapshot `snapshot` (or of the register now) into `out_dir`;
    unnamed residents k-anonymous (`kanon`; k = 1: nothing generalised)."""
    step = progress or (lambda _stage, _done, _total: None)
    if delimiter not in (",", ";"):
        raise UserError("export.bad_delimiter", delimiter=delimiter)
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise UserError("kanon.bad_k", value=k)
    paths = targets(formats, out_dir)
    existing = would_overwrite(formats, out_dir)
    if existing and not force:
        raise UserError("export.exists", paths=", ".join(str(p) for p in existing))
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError("export.not_a_folder", path=out_dir)

    total = len(formats) + 2
    step("read", 0, total)
    info: SnapshotInfo | None = None
    if snapshot is not None:
        info = find_snapshot(db, snapshot)
        document = snapshot_document(db, info.id)
        before = previous_snapshot(db, info.id)
        meta = {"created": info.created, "label": info.label, "snapshot": info.id}
    else:
        document = freeze(db)
        all_snapshots = list_snapshots(db)
        before = all_snapshots[-1] if all_snapshots else None
        meta = {
            "created": datetime.now().astimezone().isoformat(timespec="seconds"),
            "label": "",
            "snapshot": "",
        }
    document = {
        **document,
        **meta,
        "generator": f"abcd-tui {__version__}",
        "nodes": with_consent_now(db, document["nodes"]),
    }
    key = secrets.token_bytes(32)
    from abcd_tui.export.layout import start_positions

    # Seeded per export: the same picture twice would link two exports' pseudonyms. On a
    # large map it lays out in another process while the rest below is worked out.
    placed = start_positions(document, seed=int.from_bytes(key[:4], "big"))
    view = ExportView(document, with_names=with_names, key=key, k=k)
    comparison = None
    if before is not None and "html" in formats:
        comparison = compare(
            snapshot_document(db, before.id), document, info_a=before.as_json(), info_b=meta
        )
    step("layout", 1, total)
    graph = view.graph(placed)
    # The report's picture of a large map lays out in another process while the other
    # files are written (`svg.start_layout`).
    picture = None
    if "html" in formats:
        from abcd_tui.export.svg import start_layout

        picture = start_layout(graph)

    try:
        make_private_folder(out_dir)  # 0700, and each folder made on the way
        remove_stale(out_dir)  # what killed exports left here (store.staging)
        with contextlib.suppress(BackupError, OSError):
            remember_export_folder(database_file(db), out_dir)  # for forget to look in
        staging = new_staging(out_dir)
    except OSError as exc:
        raise UserError("export.cannot_write", path=out_dir, reason=exc.strerror) from exc
    try:
        for done, fmt in enumerate(formats, start=2):
            step(fmt, done, total)
            _write(fmt, view, graph, staging, delimiter, comparison, before, picture)
        (staging / README).write_text(readme_text(view, paths), encoding="utf-8")
        # Every file written: only now do they take their places, together.
        written = []
        for path in [*paths, out_dir / README]:
            os.chmod(staging / path.name, 0o600)  # owner-only, whatever the umask
            os.replace(staging / path.name, path)
            written.append(path)
    except OSError as exc:
        raise UserError("export.cannot_write", path=out_dir, reason=exc.strerror) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    step("done", total, total)
    residents = [n for n in document["nodes"] if n["type"] == RecordType.RESIDENT]
    return ExportResult(
        paths=written,
        snapshot=info,
        pseudonymised=not with_names,
        residents=len(residents),
        named=sum(1 for n in residents if view.shows_name(n)),
        k=k,
    )


def written_by_an_export(path: Path) -> bool:
    """Whether `path` is a README an export wrote and nobody changed since: its last
    paragraph holds the digest of all above it (`readme_text`). One the team wrote, or
    wrote in (a note under a heading, a line at the end), is theirs; so is one not
    readable as text, or one from before the digest (asked about once)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    body, _, stamp = text.rstrip("\n").rpartition("\n\n")
    digest = _digest(body + "\n")
    # The stamp exactly as an export writes it, in either language: a line added under
    # it, or the sentence changed, makes the file the team's.
    return stamp in {_stamp(digest, language) for language in MESSAGES["kanon.readme_stamp"]}


def _stamp(digest: str, language: str | None = None) -> str:
    """The README's last paragraph: who wrote it, with the digest of all above it."""
    if language is None:
        sentence = t("kanon.readme_stamp", digest=digest)
    else:
        sentence = MESSAGES["kanon.readme_stamp"][language].format(digest=digest)
    return "\n".join(wrap(sentence, 88))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def readme_text(view: ExportView, paths: list[Path]) -> str:
    """The export's README.txt: what it shows and what was generalised (no names), and
    last a paragraph with the digest of the rest, so a README the team added to is
    known as theirs (`written_by_an_export`)."""
    residents = [n for n in view.document["nodes"] if n["type"] == RecordType.RESIDENT]
    named = sum(1 for n in residents if view.shows_name(n))
    title = t("kanon.readme_title")
    lines = [title, "=" * len(title), ""]
    if view.with_names:
        lines += wrap(t("kanon.readme_named", named=named, residents=len(residents)), 88)
    else:
        lines += wrap(t("kanon.readme_pseudonymised"), 88)
    lines += wrap(t("kanon.readme_files", files=", ".join(p.name for p in paths)), 88)
    heading = t("kanon.title")
    lines += ["", heading, "-" * len(heading), ""]
    for sentence in view.generalisation.sentences():
        lines += wrap(f"- {sentence}", 88, subsequent_indent="  ")
    body = "\n".join(lines) + "\n"
    return body + "\n" + _stamp(_digest(body)) + "\n"


def with_consent_now(db: Database, nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The nodes with each resident's consent as it is now, not as it was frozen: a
    consent withdrawn since counts, and a resident no longer in the register has none."""
    now = graph_rows.consent_now(db)
    return [
        {**n, "consent": now.get(n["id"]) is True} if n["type"] == RecordType.RESIDENT else n
        for n in nodes
    ]


def _write(
    fmt: str,
    view: ExportView,
    graph,
    folder: Path,
    delimiter: str,
    comparison: Comparison | None,
    before: SnapshotInfo | None,
    picture: Callable[[], Coords] | None = None,
) -> None:
    """Write one format's files (`FILES[fmt]`) into `folder`; `picture`: the report's
    layout, begun before (`svg.start_layout`)."""
    from abcd_tui.export import formats as files
    from abcd_tui.export import gexf

    if fmt == "graphml":
        files.write_graphml(graph, folder / FILES["graphml"][0])
    elif fmt == "gexf":
        gexf.write_gexf(graph, folder / FILES["gexf"][0])
    elif fmt == "json":
        files.write_json(graph, folder / FILES["json"][0], analysis_json(view))
    elif fmt == "csv":
        files.write_csv(graph, folder, delimiter=delimiter)
    elif fmt == "html":
        from abcd_tui.export.report import render_report

        context = report_context(view, graph, comparison, before)
        html = render_report({**context, "laid_out": picture})
        (folder / FILES["html"][0]).write_text(html, encoding="utf-8")
    else:
        raise ValueError(fmt)


def analysis_json(view: ExportView) -> dict[str, Any]:
    """The analysis in the JSON export: headline figures, connectors, who is not yet
    connected with suggested introductions, and communities, in export words."""
    doc = view.document
    return {
        "created": doc.get("created", ""),
        "label": view.snapshot_label,
        "snapshot": doc.get("snapshot", ""),
        "pseudonymised": not view.with_names,
        "language": view.language,
        "headline": doc["headline"],
        "connectors": view.connectors(None),
        "not_yet_connected": view.not_yet_connected(),
        "communities": view.communities(),
    }


def report_context(
    view: ExportView, graph, comparison: Comparison | None, before: SnapshotInfo | None
) -> dict[str, Any]:
    """What the HTML report shows (see `report.render_report`)."""
    doc = view.document
    previous = dict(comparison_figures(comparison)) if comparison else {}
    headline = []
    for code in HEADLINE:
        if code not in doc["headline"]:
            continue
        value = doc["headline"][code]
        row = {
            "code": code,
            "label": t(f"figure.{code}"),
            "value": figure_text(code, value),
            "previous": None,
            "delta": None,
        }
        if code in previous:
            row["previous"] = figure_text(code, previous[code])
            row["delta"] = change_text(code, round(value - previous[code], 1))
        headline.append(row)
    residents_only = [c for c in view.connectors(None) if c["kind"] == RecordType.RESIDENT]
    return {
        "language": view.language,
        "title": t("export.title"),
        "label": view.snapshot_label,
        "created": doc.get("created", ""),
        "pseudonymised": not view.with_names,
        "generalised": view.generalisation.sentences(),
        "headline": headline,
        "graph": graph,
        "connectors": [
            {"label": c["label"], "score": decimal(c["score"]), "reasons": c["reasons"]}
            for c in residents_only
        ],
        "not_yet_connected": [
            {
                "label": e["label"],
                "reasons": e["reasons"],
                "gifts": e["gifts"],
                "introductions": [
                    {"label": i["label"], "reasons": i["reasons"]} for i in e["introductions"]
                ],
            }
            for e in view.not_yet_connected()
            if e["kind"] == RecordType.RESIDENT
        ],
        "communities": [
            {
                "number": c["number"],
                "residents": c["residents"],
                "groups": c["groups"],
                "streets": c["streets"],
                "gifts": c["gifts"],
            }
            for c in view.communities()
        ],
        "comparison": comparison_context(view, comparison, before) if comparison else None,
    }


def comparison_figures(comparison: Comparison) -> list[tuple[str, float]]:
    return [(code, a) for code, a, _b in comparison.figures]


def comparison_context(
    view: ExportView, comparison: Comparison, before: SnapshotInfo | None
) -> dict[str, Any]:
    def people(found) -> list[str]:
        return [view.label(p.id) for p in found]

    sentences = {
        kind: [view.without_hidden_groups(s) for s in found]
        for kind, found in community_sentences(comparison, max(FEW_STREET, view.k)).items()
    }
    return {
        "previous_label": view.free_text(before.label) if before else "",
        "previous_created": before.created if before else "",
        "ties_added": len(comparison.ties_added),
        "ties_lost": len(comparison.ties_lost),
        "became_connected": people(comparison.became_connected),
        "lost_connection": people(comparison.lost_connection),
        "connectors_gained": people(comparison.connectors_gained),
        "connectors_lost": people(comparison.connectors_lost),
        **sentences,
    }
