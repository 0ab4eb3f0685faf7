from abcd_tui.cli.main import run

run()
