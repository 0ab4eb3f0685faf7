"""The `abcd` command: parse, choose the language of this call, run one command, turn
every failure into a message and an exit code. `abcd` alone opens the app.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence

from rich.console import Console

from abcd_tui import __version__, i18n, paths, settings
from abcd_tui.cli import analysis, backup, export, importing, records, snapshots, walks
from abcd_tui.cli.argparse_words import argparse_speaking
from abcd_tui.cli.output import Call, Handler, literal, messages_console, results_console
from abcd_tui.domain.errors import UserError
from abcd_tui.i18n import t

COMMANDS: dict[str, Handler] = {
    **importing.COMMANDS,
    **records.COMMANDS,
    **analysis.COMMANDS,
    **snapshots.COMMANDS,
    **export.COMMANDS,
    **backup.COMMANDS,
    **walks.COMMANDS,
}


def build_parser() -> argparse.ArgumentParser:
    """The parser of `abcd` and all its subcommands (in the order `--help` lists them),
    its help in the current language. argparse's own words ("usage:", "options") follow
    it only when it is built and run inside `argparse_speaking()`, as `main` does."""
    parser = argparse.ArgumentParser(prog="abcd", description=t("cli.abcd"))
    parser.add_argument("--db", metavar=t("cli.meta_path"), help=t("cli.database"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=t("cli.lang"))
    parser.add_argument(
        "--version", action="version", version=f"abcd-tui {__version__}", help=t("cli.version")
    )
    commands = parser.add_subparsers(
        dest="command", metavar=t("cli.meta_command"), title=t("cli.commands")
    )
    importing.add_commands(commands)
    records.add_commands(commands)
    analysis.add_commands(commands)
    snapshots.add_commands(commands)
    export.add_commands(commands)
    records.add_forget(commands)
    backup.add_commands(commands)
    walks.add_commands(commands)
    # Each command's own --help begins by saying what it does, as `abcd --help` lists it.
    for listed in commands._choices_actions:
        commands.choices[listed.dest].description = listed.help
    return parser


def asked_language(argv: Sequence[str]) -> str | None:
    """The language `--lang` asks for (`--lang en`, `--lang=en`), found before parsing:
    the parser's help and errors are in that language. None if not asked or not one we
    speak (the parser then refuses it, in the language it speaks otherwise)."""
    for i, word in enumerate(argv):
        if word == "--":
            break
        value = argv[i + 1] if word == "--lang" and i + 1 < len(argv) else None
        if word.startswith("--lang="):
            value = word.partition("=")[2]
        if value is not None:
            return value if value in i18n.LANGUAGES else None
    return None


def language_of(asked: str | None) -> str:
    """The language of this call: --lang, else $ABCD_LANG, else the one saved in the
    settings (the app's choice), else the language as it is."""
    if asked:
        return asked
    given = os.environ.get("ABCD_LANG")
    if given:
        return given if given in i18n.LANGUAGES else i18n.language()
    saved = settings.load().language
    return saved if saved in i18n.LANGUAGES else i18n.language()


def main(
    argv: Sequence[str] | None = None, *, out: Console | None = None, err: Console | None = None
) -> int:
    """Run `abcd ARGV` and give its exit code: 0 done, 1 a problem said on stderr, 2 a
    command line argparse refused, 130 interrupted.

    Results go to `out`, messages and progress to `err` (by default consoles on this
    process's stdout and stderr, made for this call): scripts and tests pass their own.
    """
    own_streams = out is None
    out = out if out is not None else results_console()
    err = err if err is not None else messages_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    with i18n.speaking(language_of(asked_language(argv))):
        # argparse prints --help and its complaints itself: to this call's streams too.
        with (
            contextlib.redirect_stdout(out.file),
            contextlib.redirect_stderr(err.file),
            argparse_speaking(),
        ):
            try:
                args = build_parser().parse_args(argv)
            except SystemExit as done:
                return done.code if isinstance(done.code, int) else 0 if done.code is None else 2
        return _run(args, out, err, own_streams=own_streams)


def run() -> None:
    """The `abcd` program: `main`, then out. After a command (not the app), and with no
    other thread left, without tidying up: Python would otherwise free every object one
    by one on the way out, 2.8 s after an analysis of 100,000 residents (a gigabyte of
    small objects) for nothing. The register is closed by then (`Register` opens a
    connection per call and closes it), so SQLite has nothing left to finish."""
    global _command_ran
    _command_ran = False
    code = main()
    if _command_ran:
        leave(code)
    raise SystemExit(code)


def leave(code: int) -> None:
    """End this process with `code` at once (see `run`), its output written out first;
    the ordinary exit while another thread still runs."""
    import threading

    if threading.active_count() > 1:
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a reader that left (`abcd ... | head`)
            stream.flush()
    os._exit(code)


_command_ran = False  # whether `_run` ran a command (not the app): see `run`

# Commands that read only counts, on plain sqlite3 (see `_run`).
COUNTING = {"stats"}


def _run(args: argparse.Namespace, out: Console, err: Console, *, own_streams: bool) -> int:
    # The store loads here, not at import: `abcd --help` stays quick. A command that
    # only counts reads on plain sqlite3 (`Register.counted`) and never loads
    # sqlite-utils; should it have to open the register after all (to upgrade it), it
    # loads it then, with numpy: slower once, never wrong.
    from abcd_tui.store import Register, load_sqlite_utils

    if args.command not in COUNTING:
        load_sqlite_utils()

    db_path = paths.database_path(args.db)
    try:
        if args.command is None:
            from abcd_tui.tui.app import run_app  # Textual only loads for the app

            return run_app(db_path)
        global _command_ran
        _command_ran = True
        return COMMANDS[args.command](Call(args, Register(db_path), out, err))
    except UserError as exc:
        err.print(literal(t(exc.code, **exc.params), style="red"))
        return 1
    except KeyboardInterrupt:
        err.print(t("error.interrupted"))
        return 130
    except BrokenPipeError:
        # `abcd list people | head`: the reader left; that is not an error.
        if own_streams:
            sys.stderr.close()
        return 0
    except Exception as exc:  # the last line of defence: a message, never a traceback
        from abcd_tui.store.trouble import file_trouble

        if (trouble := file_trouble(exc, db_path)) is not None:  # full disk, damaged file
            err.print(literal(t(trouble.code, **trouble.params), style="red"))
            return 1
        if os.environ.get("ABCD_DEBUG"):
            traceback.print_exc(file=err.file)
        err.print(literal(t("error.unexpected", error=f"{type(exc).__name__}: {exc}"), style="red"))
        return 1
