"""Validate GEXF files against an XML schema folder, with lxml.

    python .ci/validate_gexf.py SCHEMA_DIR FILE...

Checks each FILE against SCHEMA_DIR/gexf.xsd (which pulls in viz.xsd and dynamics.xsd
from the same folder; tests/export/schemas/gexf-1.3 holds the 1.3 schema). Prints
"valid: FILE" or "invalid: FILE" with the first errors as FILE:LINE:COLUMN: message.
Exit status: 0 all valid, 1 any file invalid, 2 a missing schema or file, or bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

SHOWN_ERRORS = 5


def check(schema: etree.XMLSchema, path: Path) -> list[str]:
    """The first errors of `path` against `schema`, as FILE:LINE:COLUMN: message."""
    # No entities, no network: a file under test must not make the check fetch anything.
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        document = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as err:
        line, column = err.position
        return [f"{path}:{line}:{column}: {err.msg}"]
    if schema.validate(document):
        return []
    return [f"{path}:{e.line}:{e.column}: {e.message}" for e in schema.error_log][:SHOWN_ERRORS]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python .ci/validate_gexf.py SCHEMA_DIR FILE...", file=sys.stderr)
        return 2
    schema_path = Path(argv[0]) / "gexf.xsd"
    if not schema_path.is_file():
        print(f"missing schema: {schema_path}", file=sys.stderr)
        return 2
    schema = etree.XMLSchema(etree.parse(str(schema_path)))
    status = 0
    for name in argv[1:]:
        path = Path(name)
        if not path.is_file():
            print(f"missing: {path}")
            status = 2
            continue
        errors = check(schema, path)
        if errors:
            print(f"invalid: {path}")
            for error in errors:
                print(f"  {error}")
            status = max(status, 1)
        else:
            print(f"valid: {path}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
