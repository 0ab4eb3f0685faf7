"""The import stores exactly what it always stored: a few hundred rows of hostile names,
diacritics, gift lists, duplicate keys and bad rows, imported, changed and imported
again, compared with rows recorded before the import was made fast
(`fixtures/import_expected.json`). Speed work on the importer must leave every stored
byte, every count and every reported problem as it was.

Ids and times differ from run to run: ids are shown as the key of their record, times
as the one moment of each import. A symmetric tie is stored from its smaller id (random
within a millisecond), so its two ends are compared as a set.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from abcd_tui.domain.records import TieKind
from abcd_tui.store.importer import ImportRejected, import_files
from abcd_tui.store.importer.known import ends_digest
from tests.hostile import ESCAPES, MARKUP_NAMES, UNICODE_NAMES

EXPECTED = Path(__file__).parent / "fixtures" / "import_expected.json"

FIRST = ["Zoë", "Ærø", "Đặng", "Yılmaz", "Łukasz", "Søren", "Renée", "Ömer", "Jan", "Ïlse"]
LAST = ["de Vries", "van der Berg", "Straße", "Ölçek", "Müller", "Nguyễn", "O'Brien", "Jansen"]
GIFTS = ["koken", "Koken ", "KOKEN", "café", "cafe", "fietsen  repareren", "tuin [b]x[/b]"]
GIFTS += [f"klussen {ESCAPES['clear']} hulp", "zingen", "Zingen\u00a0", "naaien", "rekenen"]
YES_NO = ["ja", "Ja", "JA ", "j", "yes", "x", "1", ""]
OPEN = ["ja", "nu niet", "Later", "nee", "?", "onbekend", "", "graag"]
AGES = ["18-29", "30 tot 44", "75+", "", "60-74"]
DATES = ["2026-03-01", "1-3-2026", "01/03/2026", "2019", "2019-03", ""]
KINDS = ["buren", "Vriend", "familie", "kennis", "collega ", "buurvrouw"]
GROUP_TIES = ["lid", "vrijwilliger", "bezoeker", "organisator", "cliënt"]
PEOPLE_HEADER = ["key", "naam", "adres", "buurt", "leeftijd", "hoofd", "handen", "hart"]
PEOPLE_HEADER += ["interesses", "aanbod", "vraag", "open voor kennismaking", "toestemming"]
PEOPLE_HEADER += ["datum toestemming", "notities"]


def _name(rng: random.Random, number: int) -> str:
    if number % 7 == 0:
        return rng.choice(MARKUP_NAMES + UNICODE_NAMES) + f" {number}"
    if number % 11 == 0:
        kind = rng.choice(list(ESCAPES))
        return f"Anna {ESCAPES[kind]} Anna-{kind} {number}"
    return f"  {rng.choice(FIRST)}\t {rng.choice(LAST)} {number} "


def _gifts(rng: random.Random) -> str:
    return rng.choice([", ", "; ", "\n"]).join(rng.sample(GIFTS, rng.randrange(0, 4)))


def people_rows(rng: random.Random, count: int, *, bad: bool = False) -> list[list[str]]:
    rows = []
    for number in range(count):
        key = "" if number % 5 == 0 else f"P{number}" if number % 2 else f"bewoner-{number}"
        rows.append(
            [
                key,
                _name(rng, number),
                f"Dorpsstraat {number % 30 + 1}{rng.choice(['', 'a', ' bis'])}",
                rng.choice(["Het Veld", "het veld ", "Kerkbuurt", "Één", ""]),
                rng.choice(AGES),
                _gifts(rng),
                _gifts(rng),
                _gifts(rng),
                _gifts(rng),
                _gifts(rng),
                _gifts(rng),
                rng.choice(OPEN),
                rng.choice(YES_NO),
                rng.choice(DATES),
                rng.choice(["", "noot\r\nmet  twee regels ", f"{ESCAPES['title']} [red]x", "é"]),
            ]
        )
    if bad:
        rows.append(list(rows[3]))  # the same row twice: a duplicate key
        rows.append(["P1", "Een naamgenoot", "", "", "", "", "", "", "", "", "", "", "ja", "", ""])
        rows.append(["p-blank", "   ", "", "", "", "", "", "", "", "", "", "", "ja", "", ""])
        rows.append(["p-age", "Oud", "", "", "honderd", "", "", "", "", "", "", "", "ja", "", ""])
        rows.append(["p-no", "Nee", "", "", "", "", "", "", "", "", "", "", "nee", "", ""])
        rows.append(["p-date", "Dat", "", "", "", "", "", "", "", "", "", "", "ja", "45000", ""])
        rows.append(
            ["p-bad", "Bad", "", "", "", "", "", "", "", "", "", "soms", "ja", "gister", ""]
        )
        rows.append(
            ["p-f", "=cmd|' /C calc'!A0", "", "", "", "", "", "", "", "", "", "", "", "", ""]
        )
    return rows


def group_rows(*, bad: bool = False) -> list[list[str]]:
    rows = [
        ["koor", f"Zangkoor {ESCAPES['osc52']} Zangkoor", "vereniging", "Brink 1", "zingen, koor"],
        ["huis", "Dorpshuis Één", "plek", "", ""],
        ["bieb", "Bibliotheek [b]x[/b]", "instelling", "", "boeken; lezen"],
        ["bakker", "Bakkerij Müller", "winkel", "", ""],
    ]
    if bad:
        rows.append(["P3", "Een groep met de sleutel van een bewoner", "club", "", ""])
        rows.append(["", "Zonder soort", "", "", ""])
    return rows


def tie_rows(rng: random.Random, keys: list[str], *, bad: bool = False) -> list[list[str]]:
    rows = []
    for number in range(400):
        a, b = rng.sample(keys, 2)
        if number % 9 == 0:
            rows.append([a, rng.choice(["koor", "bieb", "groep:bakker"]), rng.choice(GROUP_TIES)])
        else:
            rows.append([a, b, rng.choice(KINDS)])
        rows[-1] += [rng.choice(["zwak", "Sterk", "hecht", ""]), rng.choice(DATES)]
        rows[-1].append(rng.choice(["", "via de  kerk", f"{ESCAPES['bidi']}noot"]))
    rows.append([rows[1][1], rows[1][0], rows[1][2], "sterk", "", "andere noot"])  # twice
    rows.append(["koor", "huis", "gebruikt plek", "", "", ""])
    rows.append(["bieb", "koor", "partner", "", "2020", ""])
    rows.append(["persoon:P1", "groep:koor", "lid", "", "", ""])
    if bad:
        rows.append(["niemand", keys[0], "buren", "", "", ""])
        rows.append([keys[0], keys[0], "buren", "", "", ""])
        rows.append([keys[0], "koor", "buren", "", "", ""])
        rows.append(["P3", keys[1], "buren", "", "", ""])  # P3 is a resident and a group
        rows.append([keys[1], "koor", "ruzie", "", "", ""])
        rows.append([keys[1], "bieb", "gebruikt plek", "", "", ""])
        rows.append(["", keys[1], "buren", "", "", ""])
    return rows


def write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def files(folder: Path, seed: int, *, bad: bool = False) -> dict[str, Path]:
    rng = random.Random(seed)
    people = people_rows(rng, 300, bad=bad)
    keys = [row[0] for row in people[:300] if row[0]]
    folder.mkdir(exist_ok=True)
    return {
        "people": write(folder / "mensen.csv", PEOPLE_HEADER, people),
        "groups": write(
            folder / "groepen.csv", ["key", "naam", "soort", "adres", "tags"], group_rows(bad=bad)
        ),
        "ties": write(
            folder / "banden.csv",
            ["van", "naar", "soort", "sterkte", "sinds", "notitie"],
            tie_rows(rng, keys, bad=bad),
        ),
    }


def changed(folder: Path, original: dict[str, Path]) -> dict[str, Path]:
    """The same files with some rows edited, some added, one gone: updates on the way."""
    folder.mkdir()
    with original["people"].open(encoding="utf-8", newline="") as f:
        header, *people = list(csv.reader(f))
    for row in people[10:40:3]:
        row[2] += " (verhuisd)" if row[0] else ""
        row[6] = "fietsen, Taart BAKKEN"
    people = people[:-1] + [["nieuw", "Nieuwe Buur", "Brink 9", "", "", "", "bakken"] + [""] * 8]
    with original["ties"].open(encoding="utf-8", newline="") as f:
        tie_header, *ties = list(csv.reader(f))
    for row in ties[5:60:4]:
        row[3], row[5] = "sterk", "nu hecht"
    return {
        "people": write(folder / "mensen.csv", header, people),
        "groups": original["groups"],
        "ties": write(folder / "banden.csv", tie_header, ties),
    }


def stored(db) -> dict[str, list]:
    """Every table an import writes, ids as keys, times as AT (checked in order)."""
    names = {}
    for table in ("residents", "groups"):
        for record_id, key in db.execute(f"SELECT id, key FROM {table}"):
            names[record_id] = f"{table}:{key}"
    tie_names = {}

    def plain(row: dict) -> dict:
        if "created_at" in row:
            assert row["created_at"] and row["created_at"] <= row["updated_at"]
            row = {**row, "created_at": "AT", "updated_at": "AT"}
        return {
            column: names.get(value, value) if isinstance(value, str) else value
            for column, value in row.items()
        }

    dump: dict[str, list] = {}
    for table in ("records", "residents", "groups"):
        dump[table] = [plain(row) for row in db.query(f"SELECT * FROM [{table}] ORDER BY rowid")]
    ties = []
    for row in db.query("SELECT * FROM ties ORDER BY rowid"):
        ends = [names[row["from_id"]], names[row["to_id"]]]
        if TieKind(row["kind"]).symmetric:
            ends.sort()
        name = f"{ends[0]}|{ends[1]}|{row['kind']}"
        tie_names[row["id"]] = name
        ties.append({**plain(row), "id": name, "from_id": ends[0], "to_id": ends[1]})
    dump["ties"] = ties
    dump["vocabulary"] = [list(row) for row in db.execute("SELECT * FROM vocabulary ORDER BY 1")]
    key_of = {record_id: name.partition(":")[2] for record_id, name in names.items()}
    imported = []
    for record_id, digest, version, ends in db.execute("SELECT * FROM imported"):
        if ends is not None:  # a tie: its ends' keys in its stored order
            tie = db.execute("SELECT from_id, to_id FROM ties WHERE id = ?", [record_id]).fetchone()
            assert ends == ends_digest(key_of[tie[0]], key_of[tie[1]])
        imported.append([names.get(record_id) or tie_names[record_id], digest, version])
    dump["imported"] = sorted(imported)
    return dump


def said(problems) -> list[list]:
    """Each problem as reported: file, line, column, code and what it names."""
    return [[Path(p.file).name, p.line, p.column, p.code, p.params] for p in problems]


def report_json(report) -> dict:
    found = report.as_json()
    for problem in found["warnings"] + found["warning_kinds"]:
        problem["file"] = Path(problem["file"]).name
    return found


def run_all(db, tmp_path: Path) -> dict[str, object]:
    first = files(tmp_path / "first", 15)
    dry = report_json(import_files(db, **first, dry_run=True))
    result: dict[str, object] = {"dry": dry, "first": report_json(import_files(db, **first))}
    result["after_first"] = stored(db)
    result["again"] = report_json(import_files(db, **first))
    second = changed(tmp_path / "second", first)
    result["changed"] = report_json(import_files(db, **second))
    result["after_changed"] = stored(db)
    with pytest.raises(ImportRejected) as rejected:
        import_files(db, **files(tmp_path / "bad", 16, bad=True))
    result["errors"] = said(rejected.value.errors)
    result["after_bad"] = stored(db) == result["after_changed"]
    return json.loads(json.dumps(result, ensure_ascii=False))


def test_the_import_stores_what_it_always_stored(db, tmp_path, monkeypatch):
    monkeypatch.setenv("ABCD_USER", "Team Kerkbuurt")
    result = run_all(db, tmp_path)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert result["after_bad"] is True  # a rejected import leaves everything as it was
    for part in expected:  # part by part, so a failure names the part that moved
        assert result[part] == expected[part], part
    assert len(result["errors"]) > 10  # the bad rows were there to report
