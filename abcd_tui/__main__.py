from abcd_tui.cli import main

raise SystemExit(main())
