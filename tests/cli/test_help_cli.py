"""`abcd --help` and every command's help speak the user's language: Dutch by default,
English with --lang en, $ABCD_LANG or the settings; argparse's own words too."""

from __future__ import annotations

import argparse
import json

from abcd_tui.cli.argparse_words import argparse_speaking
from abcd_tui.cli.main import build_parser
from abcd_tui.i18n import speaking
from tests.conftest import cli_env, run_cli, run_subprocess

ENGLISH_WORDS = ("usage:", "positional arguments", "options:", "show this help message")


def test_abcd_help_is_dutch_by_default():
    shown = run_cli("--help")
    assert shown.returncode == 0
    assert shown.stdout.startswith("gebruik: abcd [-h] [--db PAD]")
    for words in ("opties:", "opdrachten:", "deze hulp tonen en stoppen", "in kaart (ABCD)"):
        assert words in shown.stdout, words
    assert "mensen, groepen en banden inlezen" in shown.stdout  # a command's own line
    assert not any(words in shown.stdout for words in ENGLISH_WORDS)


def test_abcd_help_in_english_with_lang_en():
    shown = run_cli("--lang", "en", "--help")
    assert shown.stdout.startswith("usage: abcd [-h] [--db PATH]")
    assert "options:" in shown.stdout and "import people, groups and ties" in shown.stdout
    assert "commands:" in shown.stdout and "opties" not in shown.stdout


def test_import_help_in_dutch_and_in_english():
    dutch = run_cli("import", "--help").stdout
    assert dutch.startswith("gebruik: abcd import [-h] [--people BESTAND]")
    assert "bestand met mensen (CSV of .xlsx)" in dutch and "opties:" in dutch
    english = run_cli("--lang=en", "import", "--help").stdout
    assert english.startswith("usage: abcd import [-h] [--people FILE]")
    assert "people file (CSV or .xlsx)" in english and "bestand" not in english


def test_the_language_of_the_environment_and_the_settings_is_the_help_s(tmp_path):
    assert run_cli("--help", env=cli_env(ABCD_LANG="en")).stdout.startswith("usage: abcd")
    saved = tmp_path / "settings.json"
    saved.write_text(json.dumps({"language": "en"}))
    env = cli_env(ABCD_CONFIG=str(saved))
    assert run_cli("stats", "--help", env=env).stdout.startswith("usage: abcd stats")
    # --lang wins over both
    assert run_cli("--lang", "nl", "--help", env=env).stdout.startswith("gebruik: abcd")


def test_argparse_s_complaints_are_dutch_too():
    missing = run_cli("who-can-help")
    assert missing.returncode == 2
    assert "abcd who-can-help: fout: deze argumenten zijn nodig: TEKST" in missing.stderr
    wrong = run_cli("list", "huizen")
    assert "ongeldige keuze: 'huizen' (kies uit" in wrong.stderr
    english = run_cli("--lang", "en", "who-can-help")
    assert "error: the following arguments are required: TEXT" in english.stderr


def test_an_unknown_language_is_refused_in_the_default_one():
    refused = run_cli("--lang", "fr", "--help")
    assert refused.returncode == 2
    assert "fout: bij --lang: ongeldige keuze: 'fr'" in refused.stderr


def test_argparse_has_its_own_words_back_after_a_call():
    """Only `abcd`'s parser is translated: another parser in the same process is not."""
    run_cli("--help")
    assert "show this help message and exit" in argparse.ArgumentParser().format_help()


def test_every_help_line_is_translated():
    """No command or option keeps an English line in Dutch (a help text added without
    `t()` would show here), and none is missing in English."""
    for language in ("nl", "en"):
        with speaking(language), argparse_speaking():
            parser = build_parser()
        [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        lines = {a.help for a in parser._actions}
        for sub in commands.choices.values():
            lines |= {a.help for a in sub._actions}
        lines |= {c.help for c in commands._choices_actions}
        lines.discard(None)  # the command list itself, whose lines are its commands'
        assert not any(line.startswith("cli.") for line in lines)
        if language == "nl":
            dutch = lines
    assert not dutch & lines - {"", "\n"}  # every line differs between the two languages


def test_the_real_command_says_its_help_in_dutch(tmp_path):
    shown = run_subprocess("export", "--help", cwd=tmp_path)
    assert shown.returncode == 0
    assert shown.stdout.startswith("gebruik: abcd export")
    assert "het netwerk wegschrijven voor Gephi" in shown.stdout
