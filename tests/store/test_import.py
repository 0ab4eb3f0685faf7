"""Import: the documented format round-trips; bad files import nothing and say where."""

from __future__ import annotations

import pytest

from abcd_tui.store import reads
from abcd_tui.store.importer import ImportRejected, import_files
from abcd_tui.store.importer.sheets import SheetError
from tests.conftest import write_csv

PEOPLE = """key,name,address,neighbourhood,head,hands,heart,interests,offers,needs,open_to_introductions,consent,notes
dien,Dien Hadders,Kerkstraat 3,Kerkbuurt,verhalen vertellen,"breien; koken",muziek,zingen,boodschappen doen,hulp in de tuin,yes,yes,Woont hier sinds 1974
eric,Eric Mulder,Brink 12,de Esch,,gitaar spelen,"muziek maken, tuin",,tuinieren,,unknown,yes,
,Fatma Yılmaz,Esweg 4,de Esch,,naaien,,,,,not now,,
"""
GROUPS = """key,name,kind,address,description
koor,Zangkoor Eschwolde,association,Kerkstraat 1,Zingt op dinsdag
dorpshuis,Dorpshuis De Brink,place,Brink 1,
bieb,Bibliotheek,institution,Brink 2,
"""
TIES = """from,to,kind,strength,note
dien,eric,neighbour,weak,
eric,dien,neighbour,weak,
eric,koor,member,strong,tenor
koor,dorpshuis,uses_place,,
fatma-yilmaz,bieb,visitor,,
"""


@pytest.fixture
def files(tmp_path):
    return {
        "people": write_csv(tmp_path / "people.csv", PEOPLE),
        "groups": write_csv(tmp_path / "groups.csv", GROUPS),
        "ties": write_csv(tmp_path / "ties.csv", TIES),
    }


def snapshot(db):
    return (
        [r.__dict__ for r in reads.residents(db)],
        [g.__dict__ for g in reads.groups(db)],
        [t.__dict__ for t in reads.ties(db)],
    )


def test_the_documented_format_round_trips(db, files):
    report = import_files(db, **files)
    assert (report.people.added, report.groups.added, report.ties.added) == (3, 3, 4)
    dien = next(r for r in reads.residents(db) if r.key == "dien")
    assert dien.hands == ["breien", "koken"] and dien.needs == ["hulp in de tuin"]
    assert dien.open_to_introductions == "yes" and dien.consent is True
    fatma = next(r for r in reads.residents(db) if r.name == "Fatma Yılmaz")
    assert fatma.key == "fatma-yilmaz" and fatma.open_to_introductions == "not_now"
    assert fatma.consent is None
    keys = reads.id_to_key(db)
    ties = {(keys[t.from_id], keys[t.to_id], t.kind.value) for t in reads.ties(db)}
    assert ("eric", "koor", "member") in ties and ("koor", "dorpshuis", "uses_place") in ties
    assert len([t for t in ties if t[2] == "neighbour"]) == 1  # the same tie twice is one tie


def test_importing_the_same_files_again_changes_nothing(db, files):
    import_files(db, **files)
    before = snapshot(db)
    report = import_files(db, **files)
    assert (report.people.added, report.people.changed, report.people.unchanged) == (0, 0, 3)
    assert (report.ties.added, report.ties.changed) == (0, 0)
    assert snapshot(db) == before


def test_a_changed_row_updates_that_record_only_and_bumps_its_version(db, files, tmp_path):
    import_files(db, **files)
    write_csv(tmp_path / "people.csv", PEOPLE.replace("breien; koken", "breien; koken; bakken"))
    report = import_files(db, people=tmp_path / "people.csv")
    assert (report.people.changed, report.people.unchanged) == (1, 2)
    dien = next(r for r in reads.residents(db) if r.key == "dien")
    assert dien.version == 2 and "bakken" in dien.hands


def test_dry_run_reports_and_writes_nothing(db, files):
    report = import_files(db, dry_run=True, **files)
    assert report.dry_run and report.people.added == 3 and report.ties.added == 4
    assert reads.stats(db).residents == 0 and reads.stats(db).ties == {}


def test_dutch_excel_csv_windows_1252_semicolons_dutch_headers(db, tmp_path):
    text = (
        "Naam;Adres;Wijk/Dorp;Handen;Hart;Aanbod;Vraag;Open voor kennismaking;Toestemming\r\n"
        'Zoë de Vries;Kerkstraat 5;Kerkbuurt;"koken, bakken";café bezoeken;'
        "tuinieren;hulp bij formulieren;ja;ja\r\n"
        "Gerrit Oosting;Brink 2;de Esch;fietsen repareren;;;;nu niet;ja\r\n"
    )
    path = write_csv(tmp_path / "mensen.csv", text, encoding="cp1252")
    report = import_files(db, people=path)
    assert report.people.added == 2
    zoe = next(r for r in reads.residents(db) if r.key == "zoe-de-vries")
    assert zoe.name == "Zoë de Vries" and zoe.heart == ["café bezoeken"]
    assert zoe.hands == ["koken", "bakken"] and zoe.open_to_introductions == "yes"


def test_utf8_with_bom_and_dutch_tie_words(db, tmp_path):
    people = write_csv(tmp_path / "p.csv", "\ufeffnaam\nAnna\nBram\n")
    groups = write_csv(tmp_path / "g.csv", "\ufeffnaam;soort\nKoor;vereniging\n")
    ties = write_csv(
        tmp_path / "t.csv",
        "\ufeffvan;naar;soort;sterkte\nanna;bram;buren;zwak\nbram;koor;lid;sterk\n",
    )
    report = import_files(db, people=people, groups=groups, ties=ties)
    assert (report.people.added, report.groups.added, report.ties.added) == (2, 1, 2)
    assert {t.kind.value for t in reads.ties(db)} == {"neighbour", "member"}


def test_xlsx_workbooks_import_like_csv(db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")  # a core dependency: always installed
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Handen", "Open voor kennismaking", "Datum toestemming", "Toestemming"])
    sheet.append(["Dien Hadders", "breien; koken", "ja", "2026-03-01", "ja"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Eric Mulder", "gitaar spelen", None, None, "ja"])
    path = tmp_path / "mensen.xlsx"
    workbook.save(path)
    import datetime as dt

    sheet["D2"] = dt.datetime(2026, 3, 1)
    workbook.save(path)
    report = import_files(db, people=path)
    assert report.people.added == 2
    dien = next(r for r in reads.residents(db) if r.key == "dien-hadders")
    assert dien.hands == ["breien", "koken"] and dien.consent_date == "2026-03-01"


def test_a_file_with_several_bad_rows_imports_nothing_and_names_each(db, files, tmp_path):
    people = write_csv(
        tmp_path / "bad_people.csv",
        "key,name,open_to_introductions,consent\n"
        "a,Anna,ja,ja\n"
        "b,,ja,ja\n"  # line 3: blank name
        "a,Anna again,ja,ja\n"  # line 4: duplicate key
        "c,Carla,misschien,ja\n"  # line 5: unknown value
        "d,Dirk,ja,nee\n",  # line 6: consent refused
    )
    ties = write_csv(
        tmp_path / "bad_ties.csv",
        "from,to,kind\n"
        "a,nobody,friend\n"  # line 2: unknown key
        "a,a,friend\n"  # line 3: self-tie
        "a,koor,friend\n"  # line 4: friend needs two residents
        "a,koor,dansen\n",  # line 5: unknown kind
    )
    with pytest.raises(ImportRejected) as caught:
        import_files(db, people=people, groups=files["groups"], ties=ties)
    found = {(e.file.rsplit("/", 1)[-1], e.line, e.column, e.code) for e in caught.value.errors}
    assert found == {
        ("bad_people.csv", 3, "name", "problem.name_blank"),
        ("bad_people.csv", 4, "key", "import.duplicate_key"),
        ("bad_people.csv", 5, "open_to_introductions", "import.unknown_value"),
        ("bad_people.csv", 6, "consent", "problem.consent_refused"),
        ("bad_ties.csv", 2, "to", "import.unknown_key"),
        ("bad_ties.csv", 3, "to", "problem.tie_self"),
        ("bad_ties.csv", 4, "kind", "problem.tie_needs_two_residents"),
        ("bad_ties.csv", 5, "kind", "import.unknown_value"),
    }
    assert reads.stats(db).residents == 0 and sum(reads.stats(db).groups.values()) == 0


def test_ties_may_point_at_records_already_in_the_database(db, files, tmp_path):
    import_files(db, people=files["people"], groups=files["groups"])
    report = import_files(db, ties=files["ties"])
    assert report.ties.added == 4


def test_a_key_that_is_both_a_person_and_a_group_must_be_spelled_out(db, tmp_path):
    people = write_csv(tmp_path / "p.csv", "key,name\nbakker,Jan Bakker\nanna,Anna\n")
    groups = write_csv(tmp_path / "g.csv", "key,name,kind\nbakker,Bakkerij Bakker,business\n")
    ties = write_csv(tmp_path / "t.csv", "from,to,kind\nanna,bakker,visitor\n")
    with pytest.raises(ImportRejected) as caught:
        import_files(db, people=people, groups=groups, ties=ties)
    assert [e.code for e in caught.value.errors] == ["import.ambiguous_key"]
    write_csv(
        tmp_path / "t.csv",
        "from,to,kind\nanna,groep:bakker,visitor\nanna,person:bakker,neighbour\n",
    )
    assert import_files(db, people=people, groups=groups, ties=ties).ties.added == 2


def test_missing_columns_are_errors_and_unknown_columns_warnings(db, tmp_path):
    with pytest.raises(ImportRejected) as caught:
        import_files(db, people=write_csv(tmp_path / "p.csv", "adres,wijk\nBrink 1,Esch\n"))
    assert [(e.line, e.code) for e in caught.value.errors] == [(1, "import.missing_column")]
    report = import_files(
        db, people=write_csv(tmp_path / "q.csv", "naam,intresses,telefoon\nAnna,x,06\n")
    )
    warnings = {(w.column, w.code, w.params.get("hint")) for w in report.warnings}
    assert ("intresses", "import.unknown_column_hint", "interesses") in warnings
    assert ("telefoon", "import.unknown_column", "") in warnings


def test_unreadable_files_say_what_to_do(db, tmp_path):
    bad = tmp_path / "latin2.csv"
    bad.write_bytes("naam\nZo\x81\n".encode("latin-1"))  # 0x81 is neither UTF-8 nor cp1252
    with pytest.raises(SheetError) as caught:
        import_files(db, people=bad)
    assert caught.value.code == "import.file_encoding" and caught.value.params["line"] == "2"
    with pytest.raises(SheetError) as caught:
        import_files(db, people=tmp_path / "missing.csv")
    assert caught.value.code == "import.file_missing"
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(SheetError) as caught:
        import_files(db, people=old)
    assert caught.value.code == "import.file_old_format"


def test_line_breaks_in_a_cell_separate_items_and_notes_keep_them(db, tmp_path):
    people = write_csv(
        tmp_path / "p.csv",
        'naam;handen;notities\nDien;"koken\nTuinieren\r\nfietsen";"Woont hier sinds 1980;\nheeft een hond"\n',
    )
    import_files(db, people=people)
    (dien,) = reads.residents(db)
    assert dien.hands == ["koken", "Tuinieren", "fietsen"]
    assert dien.notes == "Woont hier sinds 1980;\nheeft een hond"


def test_headers_with_punctuation_a_title_row_and_excels_sep_line(db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.active.append(["Bewoners Kerkbuurt, maart 2026"])
    workbook.active.append([])
    workbook.active.append(["Naam:", "Open voor kennismaking?", "Wijk / Dorp"])
    workbook.active.append(["Dien", "ja", "Kerkbuurt"])
    workbook.save(tmp_path / "p.xlsx")
    report = import_files(db, people=tmp_path / "p.xlsx")
    assert report.people.added == 1
    assert [w.code for w in report.warnings] == ["import.no_consent"]
    (dien,) = reads.residents(db)
    assert dien.open_to_introductions == "yes" and dien.neighbourhood == "Kerkbuurt"
    sep = write_csv(tmp_path / "s.csv", 'sep=,\nnaam,handen\nEric,"koken; bakken"\nFenna,\n')
    import_files(db, people=sep)
    eric = next(r for r in reads.residents(db) if r.name == "Eric")
    assert eric.hands == ["koken", "bakken"]


def test_a_name_in_parts_is_joined(db, tmp_path):
    people = write_csv(
        tmp_path / "p.csv",
        "Voornaam;Tussenvoegsel;Achternaam\nJannie;van der;Veen\nAhmed;;Yilmaz\n",
    )
    import_files(db, people=people)
    assert sorted(r.key for r in reads.residents(db)) == ["ahmed-yilmaz", "jannie-van-der-veen"]
    assert {r.name for r in reads.residents(db)} == {"Jannie van der Veen", "Ahmed Yilmaz"}


def test_a_tie_since_a_year(db, files, tmp_path):
    ties = write_csv(tmp_path / "t.csv", "van;naar;soort;sinds\ndien;eric;vriend;2019\n")
    import_files(db, people=files["people"], ties=ties)
    assert [t.since for t in reads.ties(db)] == ["2019"]


def test_a_namesake_elsewhere_is_never_overwritten_on_a_guess(db, tmp_path):
    oost = write_csv(tmp_path / "oost.csv", "naam;adres;handen\nJan de Vries;Kerkstraat 1;koken\n")
    west = write_csv(tmp_path / "west.csv", "naam;adres;handen\nJan de Vries;Molenweg 9;fietsen\n")
    import_files(db, people=oost)
    with pytest.raises(ImportRejected) as caught:
        import_files(db, people=west)
    (error,) = caught.value.errors
    assert (error.line, error.column, error.code) == (2, "adres", "import.same_name_elsewhere")
    assert error.params["stored"] == "Kerkstraat 1"
    assert [r.address for r in reads.residents(db)] == ["Kerkstraat 1"]
    # A typed key says: the same person, who moved.
    moved = write_csv(tmp_path / "m.csv", "key;naam;adres\njan-de-vries;Jan de Vries;Molenweg 9\n")
    report = import_files(db, people=moved)
    assert report.people.changed_keys == ["jan-de-vries (adres)"]


def test_the_same_tie_twice_with_other_values_is_kept_once_with_a_note(db, files, tmp_path):
    ties = write_csv(
        tmp_path / "t.csv",
        "van;naar;soort;sterkte;notitie\ndien;eric;buren;sterk;\neric;dien;buurvrouw;zwak;over de heg\n",
    )
    report = import_files(db, people=files["people"], ties=ties)
    assert report.ties.added == 1
    assert [
        (w.line, w.code, w.params) for w in report.warnings if w.code == "import.tie_twice"
    ] == [(3, "import.tie_twice", {"first": 2})]
    assert [t.strength for t in reads.ties(db)] == ["strong"]


def test_people_without_recorded_consent_are_noted_once(db, files):
    report = import_files(db, people=files["people"])
    assert [(w.code, w.params) for w in report.warnings] == [("import.no_consent", {"count": 1})]


def test_a_file_mixing_utf8_and_windows_1252_is_refused(db, tmp_path):
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("naam\nJosé\n".encode() + "Zoë\n".encode("cp1252"))
    with pytest.raises(SheetError) as caught:
        import_files(db, people=mixed)
    assert caught.value.code == "import.file_mixed_encoding" and caught.value.params["line"] == "2"
