"""`abcd export`: a snapshot (or the register as it is now) as files to share.

Formats: GraphML, GEXF 1.3 (with Gephi's viz colour, size and position), node-link
JSON, CSV (`nodes.csv` and `edges.csv`) and a self-contained HTML report. What the
files show of people is decided in one place, `model.ExportView` (pseudonymised unless
asked otherwise). Files are written beside their final name and moved into place, so
an interrupted export leaves no half file; an existing export is never overwritten
without `force`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from abcd_tui import __version__
from abcd_tui.domain.errors import UserError
from abcd_tui.export.model import ExportView
from abcd_tui.i18n import language, number, t
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

FORMATS = ("graphml", "gexf", "json", "csv", "html")
FILES = {
    "graphml": ("network.graphml",),
    "gexf": ("network.gexf",),
    "json": ("network.json",),
    "csv": ("nodes.csv", "edges.csv"),
    "html": ("report.html",),
}
SHARES = frozenset({"connected_share", "largest_part_share"})

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class ExportResult:
    paths: list[Path] = field(default_factory=list)
    snapshot: SnapshotInfo | None = None  # None: the register as it was at export
    pseudonymised: bool = True
    residents: int = 0
    named: int = 0  # residents shown by name (with consent, with --with-names)


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
) -> ExportResult:
    """Write `formats` of snapshot `snapshot` (or of the register now) into `out_dir`."""
    step = progress or (lambda _stage, _done, _total: None)
    if delimiter not in (",", ";"):
        raise UserError("export.bad_delimiter", delimiter=delimiter)
    paths = targets(formats, out_dir)
    existing = [p for p in paths if p.exists()]
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
    document = {**document, **meta, "generator": f"abcd-tui {__version__}"}
    view = ExportView(document, with_names=with_names)
    comparison = None
    if before is not None and "html" in formats:
        comparison = compare(
            snapshot_document(db, before.id), document, info_a=before.as_json(), info_b=meta
        )
    step("layout", 1, total)
    from abcd_tui.export.layout import positions

    graph = view.graph(positions(document) if {"gexf", "graphml", "json"} & set(formats) else None)

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("export.cannot_write", path=out_dir, reason=exc.strerror) from exc
    written: list[Path] = []
    for done, fmt in enumerate(formats, start=2):
        step(fmt, done, total)
        try:
            written += _write(fmt, view, graph, out_dir, delimiter, comparison, before)
        except OSError as exc:
            raise UserError("export.cannot_write", path=out_dir, reason=exc.strerror) from exc
    step("done", total, total)
    residents = [n for n in document["nodes"] if n["type"] == "resident"]
    return ExportResult(
        paths=written,
        snapshot=info,
        pseudonymised=not with_names,
        residents=len(residents),
        named=sum(1 for n in residents if view.shows_name(n)),
    )


def _write(
    fmt: str,
    view: ExportView,
    graph,
    out_dir: Path,
    delimiter: str,
    comparison: Comparison | None,
    before: SnapshotInfo | None,
) -> list[Path]:
    from abcd_tui.export import formats as files
    from abcd_tui.export import gexf

    private = view.with_names  # files with names are readable by their owner only

    def place(name: str, write: Callable[[Path], object]) -> Path:
        final = out_dir / name
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", dir=out_dir)
        os.close(fd)
        try:
            write(Path(temp))
            os.chmod(temp, 0o600 if private else 0o644 & ~_umask())
            os.replace(temp, final)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return final

    if fmt == "graphml":
        return [place("network.graphml", lambda p: files.write_graphml(graph, p))]
    if fmt == "gexf":
        return [place("network.gexf", lambda p: gexf.write_gexf(graph, p))]
    if fmt == "json":
        extra = analysis_json(view)
        return [place("network.json", lambda p: files.write_json(graph, p, extra))]
    if fmt == "csv":
        with tempfile.TemporaryDirectory(dir=out_dir, prefix=".csv.") as folder:
            made = files.write_csv(graph, Path(folder), delimiter=delimiter)
            return [place(Path(m).name, lambda p, m=m: os.replace(m, p)) for m in made]
    if fmt == "html":
        from abcd_tui.export.report import render_report

        context = report_context(view, graph, comparison, before)
        html = render_report(context)
        return [place("report.html", lambda p: p.write_text(html, encoding="utf-8"))]
    raise ValueError(fmt)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def figure_text(code: str, value: float) -> str:
    """A headline figure as people write it: 1.234 bewoners, 87,5% (Dutch)."""
    if code in SHARES:
        text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
        return (text.replace(".", ",") if language() == "nl" else text) + "%"
    return number(int(value))


def decimal(value: float) -> str:
    """A score with one decimal, as people write it (78,3 in Dutch)."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if language() == "nl" else text


def change_text(code: str, change: float) -> str:
    if not change:
        return "0"
    sign = "+" if change > 0 else "−"
    return sign + figure_text(code, abs(change))


def analysis_json(view: ExportView) -> dict[str, Any]:
    """The analysis in the JSON export: headline figures, connectors, who is not yet
    connected with suggested introductions, and communities, in export words."""
    doc = view.document
    return {
        "created": doc.get("created", ""),
        "label": doc.get("label", ""),
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
    residents_only = [c for c in view.connectors(None) if c["kind"] == "resident"]
    return {
        "language": view.language,
        "title": t("export.title"),
        "label": doc.get("label", ""),
        "created": doc.get("created", ""),
        "pseudonymised": not view.with_names,
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
            if e["kind"] == "resident"
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


def community_text(ref) -> str:
    """A community of a comparison as people know it: number, size, main groups, streets."""
    known = ", ".join([*ref.groups, *ref.streets][:3])
    return t("export.community", number=ref.number, residents=ref.residents, known=known)


def merged_and_split(comparison: Comparison) -> tuple[list[str], list[str]]:
    """The communities that merged and that split, each as one sentence."""
    merged = [
        t(
            "export.merged",
            before=" + ".join(community_text(r) for r in c.before),
            after=community_text(c.after[0]),
        )
        for c in comparison.merged
    ]
    split = [
        t(
            "export.split",
            before=community_text(c.before[0]),
            after=" + ".join(community_text(r) for r in c.after),
        )
        for c in comparison.split
    ]
    return merged, split


def comparison_context(
    view: ExportView, comparison: Comparison, before: SnapshotInfo | None
) -> dict[str, Any]:
    def people(found) -> list[str]:
        return [view.label(p.id) for p in found]

    merged, split = merged_and_split(comparison)
    return {
        "previous_label": before.label if before else "",
        "previous_created": before.created if before else "",
        "ties_added": len(comparison.ties_added),
        "ties_lost": len(comparison.ties_lost),
        "became_connected": people(comparison.became_connected),
        "lost_connection": people(comparison.lost_connection),
        "connectors_gained": people(comparison.connectors_gained),
        "connectors_lost": people(comparison.connectors_lost),
        "merged": merged,
        "split": split,
    }
