"""The person's settings (language, theme), kept between runs in their config folder.

A JSON file in platformdirs' user config folder (~/.config/abcd-tui/settings.json on
Linux; $ABCD_CONFIG moves it). Read at start: `--lang` and $ABCD_LANG still win.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Settings:
    language: str | None = None  # None: Dutch, unless --lang or $ABCD_LANG say otherwise
    theme: str | None = None  # None: Textual's default


def settings_file() -> Path:
    given = os.environ.get("ABCD_CONFIG", "").strip()
    if given:
        return Path(given).expanduser()
    import platformdirs

    return platformdirs.user_config_path("abcd-tui") / "settings.json"


def load() -> Settings:
    """The saved settings; defaults when there are none or the file is unreadable."""
    try:
        raw = json.loads(settings_file().read_text("utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return Settings(**{k: v if isinstance(v, str) else None for k, v in known.items()})


def save(settings: Settings) -> Path:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    return path
