"""Messages of bad files, full disks and damaged databases (issue 11), Dutch and English."""

MESSAGES_INPUT: dict[str, dict[str, str]] = {
    # Many problems: the first ones in full, the rest counted by kind
    "input.problems_by_kind": {
        "nl": "Hierboven de eerste {shown}; alle {count} problemen per soort:",
        "en": "Above, the first {shown}; all {count} problems by kind:",
    },
    "input.col_example": {"nl": "Eerste voorbeeld", "en": "First example"},
    "input.col_count": {"nl": "Aantal", "en": "Count"},
}
MESSAGES_INPUT.update(
    {
        # Workbooks (.xlsx) that are damaged, not a workbook, or far too large
        "input.xlsx_not_a_zip": {
            "nl": "{file}: dit is geen .xlsx-werkboek (een werkboek is een zip-bestand, dit niet). Open het in Excel en sla op als .xlsx, of als CSV UTF-8",
            "en": "{file}: this is not an .xlsx workbook (a workbook is a zip file, this is not). Open it in Excel and save it as .xlsx, or as CSV UTF-8",
        },
        "input.xlsx_truncated": {
            "nl": "{file}: het werkboek is beschadigd of niet helemaal gekopieerd (het einde van het zip-bestand ontbreekt). Kopieer of download het opnieuw",
            "en": "{file}: the workbook is damaged or was not copied completely (the end of the zip file is missing). Copy or download it again",
        },
        "input.xlsx_no_workbook": {
            "nl": "{file}: een zip-bestand, maar er zit geen Excel-werkboek in. Sla de tabel in Excel op als .xlsx of als CSV UTF-8",
            "en": "{file}: a zip file, but there is no Excel workbook in it. Save the table in Excel as .xlsx or as CSV UTF-8",
        },
        "input.xlsx_damaged": {
            "nl": "{file}: het werkboek is beschadigd en niet te lezen ({reason}). Open het in Excel en sla het opnieuw op, of sla op als CSV UTF-8",
            "en": "{file}: the workbook is damaged and cannot be read ({reason}). Open it in Excel and save it again, or save it as CSV UTF-8",
        },
        "input.xlsx_part_missing": {
            "nl": "{file}: het werkboek is beschadigd: het onderdeel '{part}' ontbreekt. Open het in Excel en sla het opnieuw op",
            "en": "{file}: the workbook is damaged: its part '{part}' is missing. Open it in Excel and save it again",
        },
        "input.xlsx_sheet_missing": {
            "nl": "{file}: het werkblad '{sheet}' staat in de inhoud van het werkboek maar ontbreekt ({part}); het bestand is beschadigd. Open het in Excel en sla het opnieuw op",
            "en": "{file}: the sheet '{sheet}' is listed in the workbook but missing ({part}); the file is damaged. Open it in Excel and save it again",
        },
        "input.xlsx_no_sheet": {
            "nl": "{file}: het werkboek heeft geen werkblad",
            "en": "{file}: the workbook has no sheet",
        },
        "input.xlsx_too_big": {
            "nl": "{file}: uitgepakt zou dit werkboek {size} MB zijn; meer dan {most} MB lees ik niet (een register van 100.000 bewoners is zo'n 60 MB). Is dit echt het register? Sla het werkblad anders op als CSV",
            "en": "{file}: unpacked, this workbook would be {size} MB; more than {most} MB is not read (a register of 100,000 residents is about 60 MB). Is this really the register? Otherwise save the sheet as CSV",
        },
        "input.xlsx_overcompressed": {
            "nl": "{file}: het onderdeel '{part}' is {ratio} keer samengeperst (een werkboek haalt er hooguit {most}); zo ziet een zip-bom eruit, niet een register. Niet gelezen",
            "en": "{file}: its part '{part}' is compressed {ratio} times (a workbook reaches at most {most}); that is what a zip bomb looks like, not a register. Not read",
        },
        "input.xlsx_part_too_big": {
            "nl": "{file}: het onderdeel '{part}' is uitgepakt {size} MB; meer dan {most} MB lees ik niet. Sla het werkblad op als CSV",
            "en": "{file}: its part '{part}' is {size} MB unpacked; more than {most} MB is not read. Save the sheet as CSV",
        },
        "input.sheet_declares_too_many": {
            "nl": "{file}: het werkblad zegt {rows} rijen te hebben; meer dan {most} lees ik niet. Zijn er lege rijen opgemaakt tot onderaan? Verwijder die, of sla op als CSV",
            "en": "{file}: the sheet says it has {rows} rows; more than {most} are not read. Were empty rows formatted down to the bottom? Delete those, or save as CSV",
        },
        "input.sheet_declares_too_wide": {
            "nl": "{file}: het werkblad zegt {columns} kolommen te hebben; meer dan {most} lees ik niet. Verwijder de lege kolommen rechts, of sla op als CSV",
            "en": "{file}: the sheet says it has {columns} columns; more than {most} are not read. Delete the empty columns on the right, or save as CSV",
        },
        "input.sheet_too_many_rows": {
            "nl": "{file}:{line}: meer dan {most} rijen; zoveel lees ik niet uit een werkboek. Splits het bestand, of sla het op als CSV",
            "en": "{file}:{line}: more than {most} rows; that many are not read from a workbook. Split the file, or save it as CSV",
        },
        "input.sheet_too_wide": {
            "nl": "{file}:{line}: deze rij heeft {columns} kolommen; meer dan {most} lees ik niet. Verwijder de lege kolommen rechts",
            "en": "{file}:{line}: this row has {columns} columns; more than {most} are not read. Delete the empty columns on the right",
        },
        "input.sheet_too_many_cells": {
            "nl": "{file}:{line}: het werkblad heeft meer cellen dan een register ooit heeft; niet verder gelezen. Verwijder lege rijen en kolommen, of sla op als CSV",
            "en": "{file}:{line}: the sheet has more cells than a register ever has; not read further. Delete empty rows and columns, or save as CSV",
        },
        "input.missing_column_sheet": {
            "nl": "kolom '{missing}' ontbreekt op het eerste werkblad ('{sheet}'); het werkboek heeft ook: {others}. Zet de tabel op het eerste werkblad",
            "en": "column '{missing}' is missing on the first sheet ('{sheet}'); the workbook also has: {others}. Put the table on the first sheet",
        },
        # Cells
        "input.formula_without_value": {
            "nl": "de cel bevat een formule zonder berekende waarde ({detail}); open het bestand in Excel, laat het herberekenen en sla op (of typ de waarde zelf)",
            "en": "the cell holds a formula without a calculated value ({detail}); open the file in Excel, let it recalculate and save (or type the value itself)",
        },
        "input.cell_error": {
            "nl": "de cel toont een Excel-fout ({detail}); verbeter de formule of typ de waarde zelf",
            "en": "the cell shows an Excel error ({detail}); fix the formula or type the value itself",
        },
        "input.formula_text": {
            "nl": "'{value}' lijkt een spreadsheetformule; abcd neemt waarden over, geen formules. Typ de waarde zelf",
            "en": "'{value}' looks like a spreadsheet formula; abcd takes values, not formulas. Type the value itself",
        },
        "input.date_as_number": {
            "nl": "'{value}' is een getal, geen datum (in Excel is dat dag {date}); maak de kolom op als datum of schrijf {date}",
            "en": "'{value}' is a number, not a date (in Excel that is day {date}); format the column as a date or write {date}",
        },
        # CSV
        "input.csv_nul_byte": {
            "nl": "{file}:{line}: op deze regel staat een NUL-teken (byte 0): dit is geen platte tekst (een programmabestand, of UTF-16 zonder kenmerk). Sla het bestand op als 'CSV UTF-8'",
            "en": "{file}:{line}: this line holds a NUL character (byte 0): this is not plain text (a program file, or UTF-16 without its mark). Save the file as 'CSV UTF-8'",
        },
        "input.too_many_columns": {
            "nl": "{file}:{line}: deze regel heeft {columns} kolommen; meer dan {most} heeft geen register. Klopt het scheidingsteken (komma of puntkomma)?",
            "en": "{file}:{line}: this line has {columns} columns; no register has more than {most}. Is the delimiter right (comma or semicolon)?",
        },
    }
)
MESSAGES_INPUT.update(
    {
        # The database file and its disk
        "input.disk_full": {
            "nl": "De schijf is vol (of het bestand mag niet groter worden): {path} kon niet opslaan. Er is niets half opgeslagen; de database is zoals hij was. Maak ruimte vrij en probeer het opnieuw",
            "en": "The disk is full (or the file may not grow): {path} could not save. Nothing was half saved; the database is as it was. Free some space and try again",
        },
        "input.disk_error": {
            "nl": "{path} kon niet gelezen of geschreven worden: de schijf meldt een fout ({reason}). Er is niets half opgeslagen. Controleer de schijf of USB-stick en probeer het opnieuw",
            "en": "{path} could not be read or written: the disk reports an error ({reason}). Nothing was half saved. Check the disk or USB stick and try again",
        },
        "input.db_readonly": {
            "nl": "{path} is alleen-lezen: er is niets opgeslagen. Mag je in dat bestand en die map schrijven?",
            "en": "{path} is read-only: nothing was saved. May you write to that file and folder?",
        },
        "input.db_damaged": {
            "nl": "{path} is beschadigd ({reason}); er is niets aan veranderd. Reservekopieën ernaast: {backups}. Zet de nieuwste terug (kopieer {newest} over {path}, of gebruik 'abcd restore' als die er is) en bewaar het beschadigde bestand apart",
            "en": "{path} is damaged ({reason}); nothing in it was changed. Backups beside it: {backups}. Put the newest back (copy {newest} over {path}, or use 'abcd restore' where it exists) and keep the damaged file aside",
        },
        "input.db_damaged_no_backup": {
            "nl": "{path} is beschadigd ({reason}); er is niets aan veranderd. Ernaast staat geen reservekopie (*.bak). Zet een reservekopie van elders terug, of bewaar het bestand en vraag hulp: 'sqlite3 {path} .recover' redt vaak het meeste",
            "en": "{path} is damaged ({reason}); nothing in it was changed. There is no backup (*.bak) beside it. Put back a backup from elsewhere, or keep the file and ask for help: 'sqlite3 {path} .recover' often saves most of it",
        },
    }
)
