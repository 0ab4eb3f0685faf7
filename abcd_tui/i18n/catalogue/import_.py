"""Importing people, groups and ties from CSV and .xlsx: every problem a file can have, the
stages and the summary. Problems name the file and the line, and say how to fix them.

Every `import.*` message, Dutch and English side by side.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # Import
    "import.rejected": {
        "nl": "Niets geïmporteerd. Aantal problemen: {count}; verbeter ze en probeer het opnieuw.",
        "en": "Nothing imported. Problems found: {count}; fix them and try again.",
    },
    "import.nothing_to_import": {
        "nl": "Geef minstens één bestand: --people, --groups of --ties",
        "en": "Give at least one file: --people, --groups or --ties",
    },
    "import.file_missing": {"nl": "{file}: bestand bestaat niet", "en": "{file}: no such file"},
    "import.file_is_directory": {
        "nl": "{file}: is een map, geen bestand",
        "en": "{file}: is a folder, not a file",
    },
    "import.file_old_format": {
        "nl": "{file}: {suffix}-bestanden kan ik niet lezen; sla op als .xlsx of als CSV",
        "en": "{file}: cannot read {suffix} files; save it as .xlsx or as CSV",
    },
    "import.file_unreadable": {
        "nl": "{file}: kan het bestand niet lezen ({reason})",
        "en": "{file}: cannot read the file ({reason})",
    },
    "import.file_encoding": {
        "nl": "{file}:{line}: onbekende tekenset (byte {byte}): niet UTF-8 en niet Windows-1252. "
        "Sla het bestand op als 'CSV UTF-8'",
        "en": "{file}:{line}: unknown character encoding (byte {byte}): not UTF-8 nor "
        "Windows-1252. Save the file as 'CSV UTF-8'",
    },
    "import.file_mixed_encoding": {
        "nl": "{file}:{line}: het bestand mengt twee tekensets (UTF-8 en Windows-1252), letters met accenten raken zo verminkt. Open het in Excel en sla op als 'CSV UTF-8'",
        "en": "{file}:{line}: the file mixes two character encodings (UTF-8 and Windows-1252), which garbles accented letters. Open it in Excel and save as 'CSV UTF-8'",
    },
    "import.file_csv_broken": {
        "nl": "{file}:{line}: CSV klopt niet ({reason}); staat er een aanhalingsteken te veel?",
        "en": "{file}:{line}: broken CSV ({reason}); is there a stray quote?",
    },
    "import.file_empty": {"nl": "{file}: het bestand is leeg", "en": "{file}: the file is empty"},
    "import.unknown_column": {
        "nl": "onbekende kolom, overgeslagen",
        "en": "unknown column, skipped",
    },
    "import.unknown_column_hint": {
        "nl": "onbekende kolom, overgeslagen (bedoel je '{hint}'?)",
        "en": "unknown column, skipped (did you mean '{hint}'?)",
    },
    "import.duplicate_column": {
        "nl": "kolom staat er twee keer (ook als '{first}')",
        "en": "column appears twice (also as '{first}')",
    },
    "import.missing_column": {
        "nl": "kolom '{missing}' ontbreekt (mag ook heten: {aliases})",
        "en": "column '{missing}' is missing (may also be called: {aliases})",
    },
    "import.unknown_value": {
        "nl": "onbekende waarde '{value}' (kies uit {allowed_nl})",
        "en": "unknown value '{value}' (choose from {allowed_en})",
    },
    "import.bad_date": {
        "nl": "'{value}' is geen datum (schrijf 2026-03-01 of 1-3-2026)",
        "en": "'{value}' is not a date (write 2026-03-01 or 1-3-2026)",
    },
    "import.duplicate_key": {
        "nl": "sleutel '{key}' staat al op regel {first}; geef elk een eigen sleutel in kolom 'key'",
        "en": "key '{key}' is already used on line {first}; give each its own key in column 'key'",
    },
    "import.blank_cell": {"nl": "is leeg; vul een sleutel in", "en": "is blank; fill in a key"},
    "import.blank_choice": {
        "nl": "is leeg; kies uit {allowed_nl}",
        "en": "is blank; choose from {allowed_en}",
    },
    "import.unknown_key": {
        "nl": "'{key}' staat niet in de bestanden en niet in de database",
        "en": "'{key}' is in neither the files nor the database",
    },
    "import.ambiguous_key": {
        "nl": "'{key}' is zowel een bewoner als een groep; schrijf 'bewoner:{key}' of 'groep:{key}'",
        "en": "'{key}' is both a resident and a group; write 'person:{key}' or 'group:{key}'",
    },
    "import.not_a_group": {
        "nl": "'{key}' is geen groep maar een bewoner",
        "en": "'{key}' is not a group but a resident",
    },
    "import.not_a_person": {
        "nl": "'{key}' is geen bewoner maar een groep",
        "en": "'{key}' is not a resident but a group",
    },
    "import.unknown_person": {
        "nl": "contactpersoon '{key}' staat niet in de bestanden en niet in de database",
        "en": "contact '{key}' is in neither the files nor the database",
    },
    "import.same_name_elsewhere": {
        "nl": "'{key}' staat al in het register met '{stored}': is dit iemand anders met dezelfde naam? Geef dan een eigen sleutel in kolom 'key'; is het dezelfde persoon, zet dan de sleutel '{key}' erbij",
        "en": "'{key}' is already in the register with '{stored}': someone else with the same name? Then give a key of their own in column 'key'; the same person? Then add the key '{key}'",
    },
    "import.tie_twice": {
        "nl": "dezelfde band als op regel {first}, met andere waarden; die van regel {first} zijn aangehouden",
        "en": "the same tie as on line {first}, with other values; those of line {first} were kept",
    },
    "import.no_consent": {
        "nl": "bij {count:?bewoner|bewoners} is geen toestemming vastgelegd; vraag die bij het volgende bezoek",
        "en": "{count:?resident has|residents have} no consent recorded; ask for it at the next visit",
    },
    "import.summary": {
        "nl": "{what}: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd",
        "en": "{what}: {added} added, {changed} changed, {unchanged} unchanged",
    },
    "import.dry_run": {
        "nl": "Proefdraai: er is niets opgeslagen.",
        "en": "Dry run: nothing was saved.",
    },
    "import.would_add": {"nl": "nieuw", "en": "would add"},
    "import.would_change": {"nl": "gewijzigd", "en": "would change"},
    "import.stage.read": {"nl": "Lezen", "en": "Reading"},
    "import.stage.check": {"nl": "Controleren", "en": "Checking"},
    "import.stage.write": {"nl": "Opslaan", "en": "Saving"},
    "import.warning": {"nl": "let op", "en": "note"},
    # Many problems: the first ones in full, the rest counted by kind
    "import.problems_by_kind": {
        "nl": "Hierboven de eerste {shown}; alle {count} problemen per soort:",
        "en": "Above, the first {shown}; all {count} problems by kind:",
    },
    "import.col_example": {"nl": "Eerste voorbeeld", "en": "First example"},
    "import.col_count": {"nl": "Aantal", "en": "Count"},
    # Workbooks (.xlsx) that are damaged, not a workbook, or far too large
    "import.xlsx_not_a_zip": {
        "nl": "{file}: dit is geen .xlsx-werkboek (een werkboek is een zip-bestand, dit niet). Open het in Excel en sla op als .xlsx, of als CSV UTF-8",
        "en": "{file}: this is not an .xlsx workbook (a workbook is a zip file, this is not). Open it in Excel and save it as .xlsx, or as CSV UTF-8",
    },
    "import.xlsx_truncated": {
        "nl": "{file}: het werkboek is beschadigd of niet helemaal gekopieerd (het einde van het zip-bestand ontbreekt). Kopieer of download het opnieuw",
        "en": "{file}: the workbook is damaged or was not copied completely (the end of the zip file is missing). Copy or download it again",
    },
    "import.xlsx_no_workbook": {
        "nl": "{file}: een zip-bestand, maar er zit geen Excel-werkboek in. Sla de tabel in Excel op als .xlsx of als CSV UTF-8",
        "en": "{file}: a zip file, but there is no Excel workbook in it. Save the table in Excel as .xlsx or as CSV UTF-8",
    },
    "import.xlsx_damaged": {
        "nl": "{file}: het werkboek is beschadigd en niet te lezen ({reason}). Open het in Excel en sla het opnieuw op, of sla op als CSV UTF-8",
        "en": "{file}: the workbook is damaged and cannot be read ({reason}). Open it in Excel and save it again, or save it as CSV UTF-8",
    },
    "import.xlsx_part_missing": {
        "nl": "{file}: het werkboek is beschadigd: het onderdeel '{part}' ontbreekt. Open het in Excel en sla het opnieuw op",
        "en": "{file}: the workbook is damaged: its part '{part}' is missing. Open it in Excel and save it again",
    },
    "import.xlsx_sheet_missing": {
        "nl": "{file}: het werkblad '{sheet}' staat in de inhoud van het werkboek maar ontbreekt ({part}); het bestand is beschadigd. Open het in Excel en sla het opnieuw op",
        "en": "{file}: the sheet '{sheet}' is listed in the workbook but missing ({part}); the file is damaged. Open it in Excel and save it again",
    },
    "import.xlsx_no_sheet": {
        "nl": "{file}: het werkboek heeft geen werkblad",
        "en": "{file}: the workbook has no sheet",
    },
    "import.xlsx_too_big": {
        "nl": "{file}: uitgepakt zou dit werkboek {size} MB zijn; meer dan {most} MB lees ik niet (een register van 100.000 bewoners is zo'n 60 MB). Is dit echt het register? Sla het werkblad anders op als CSV",
        "en": "{file}: unpacked, this workbook would be {size} MB; more than {most} MB is not read (a register of 100,000 residents is about 60 MB). Is this really the register? Otherwise save the sheet as CSV",
    },
    "import.xlsx_overcompressed": {
        "nl": "{file}: het onderdeel '{part}' is {ratio} keer samengeperst (een werkboek haalt er hooguit {most}); zo ziet een zip-bom eruit, niet een register. Niet gelezen",
        "en": "{file}: its part '{part}' is compressed {ratio} times (a workbook reaches at most {most}); that is what a zip bomb looks like, not a register. Not read",
    },
    "import.xlsx_part_too_big": {
        "nl": "{file}: het onderdeel '{part}' is uitgepakt {size} MB; meer dan {most} MB lees ik niet. Sla het werkblad op als CSV",
        "en": "{file}: its part '{part}' is {size} MB unpacked; more than {most} MB is not read. Save the sheet as CSV",
    },
    "import.sheet_declares_too_many": {
        "nl": "{file}: het werkblad zegt {rows} rijen te hebben; meer dan {most} lees ik niet. Zijn er lege rijen opgemaakt tot onderaan? Verwijder die, of sla op als CSV",
        "en": "{file}: the sheet says it has {rows} rows; more than {most} are not read. Were empty rows formatted down to the bottom? Delete those, or save as CSV",
    },
    "import.sheet_declares_too_wide": {
        "nl": "{file}: het werkblad zegt {columns} kolommen te hebben; meer dan {most} lees ik niet. Verwijder de lege kolommen rechts, of sla op als CSV",
        "en": "{file}: the sheet says it has {columns} columns; more than {most} are not read. Delete the empty columns on the right, or save as CSV",
    },
    "import.sheet_too_many_rows": {
        "nl": "{file}:{line}: meer dan {most} rijen; zoveel lees ik niet uit een werkboek. Splits het bestand, of sla het op als CSV",
        "en": "{file}:{line}: more than {most} rows; that many are not read from a workbook. Split the file, or save it as CSV",
    },
    "import.sheet_too_wide": {
        "nl": "{file}:{line}: deze rij heeft {columns} kolommen; meer dan {most} lees ik niet. Verwijder de lege kolommen rechts",
        "en": "{file}:{line}: this row has {columns} columns; more than {most} are not read. Delete the empty columns on the right",
    },
    "import.sheet_too_many_cells": {
        "nl": "{file}:{line}: het werkblad heeft meer cellen dan een register ooit heeft; niet verder gelezen. Verwijder lege rijen en kolommen, of sla op als CSV",
        "en": "{file}:{line}: the sheet has more cells than a register ever has; not read further. Delete empty rows and columns, or save as CSV",
    },
    "import.missing_column_sheet": {
        "nl": "kolom '{missing}' ontbreekt op het eerste werkblad ('{sheet}'); het werkboek heeft ook: {others}. Zet de tabel op het eerste werkblad",
        "en": "column '{missing}' is missing on the first sheet ('{sheet}'); the workbook also has: {others}. Put the table on the first sheet",
    },
    # Cells
    "import.formula_without_value": {
        "nl": "de cel bevat een formule zonder berekende waarde ({detail}); open het bestand in Excel, laat het herberekenen en sla op (of typ de waarde zelf)",
        "en": "the cell holds a formula without a calculated value ({detail}); open the file in Excel, let it recalculate and save (or type the value itself)",
    },
    "import.cell_error": {
        "nl": "de cel toont een Excel-fout ({detail}); verbeter de formule of typ de waarde zelf",
        "en": "the cell shows an Excel error ({detail}); fix the formula or type the value itself",
    },
    "import.formula_text": {
        "nl": "'{value}' lijkt een spreadsheetformule; abcd neemt waarden over, geen formules. Typ de waarde zelf",
        "en": "'{value}' looks like a spreadsheet formula; abcd takes values, not formulas. Type the value itself",
    },
    "import.date_as_number": {
        "nl": "'{value}' is een getal, geen datum (in Excel is dat dag {date}); maak de kolom op als datum of schrijf {date}",
        "en": "'{value}' is a number, not a date (in Excel that is day {date}); format the column as a date or write {date}",
    },
    # CSV
    "import.csv_nul_byte": {
        "nl": "{file}:{line}: op deze regel staat een NUL-teken (byte 0): dit is geen platte tekst (een programmabestand, of UTF-16 zonder kenmerk). Sla het bestand op als 'CSV UTF-8'",
        "en": "{file}:{line}: this line holds a NUL character (byte 0): this is not plain text (a program file, or UTF-16 without its mark). Save the file as 'CSV UTF-8'",
    },
    "import.too_many_columns": {
        "nl": "{file}:{line}: deze regel heeft {columns} kolommen; meer dan {most} heeft geen register. Klopt het scheidingsteken (komma of puntkomma)?",
        "en": "{file}:{line}: this line has {columns} columns; no register has more than {most}. Is the delimiter right (comma or semicolon)?",
    },
}
