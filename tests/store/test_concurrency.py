"""Two builders on one laptop: writers wait their turn, and both land."""

import json
import subprocess
import sys
import threading

from abcd_tui.domain.records import Resident
from abcd_tui.store import open_database, reads, writes
from tests.conftest import cli_env


def people_csv(path, prefix: str, count: int):
    lines = ["key,name,hands"] + [f"{prefix}-{i},{prefix} {i},koken; tuin" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_started_at_once_both_land(tmp_path):
    db = tmp_path / "shared.db"
    open_database(db).close()
    files = [people_csv(tmp_path / f"{p}.csv", p, 3000) for p in ("noord", "zuid")]
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "abcd_tui",
                "--db",
                str(db),
                "import",
                "--people",
                str(f),
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )
        for f in files
    ]
    results = [p.communicate(timeout=120) for p in processes]
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err
        assert json.loads(out)["people"]["added"] == 3000
    database = open_database(db)
    assert database.execute("SELECT count(*) FROM residents").fetchone()[0] == 6000
    database.close()


def test_threads_saving_at_once_all_land(db_path):
    open_database(db_path).close()
    failures = []

    def save_many(prefix: str):
        database = open_database(db_path)  # one connection per thread, as in the app
        try:
            for i in range(40):
                writes.save_resident(database, Resident(name=f"{prefix} {i}", key=f"{prefix}-{i}"))
        except Exception as exc:  # collected, asserted below
            failures.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=save_many, args=(p,)) for p in "abcd"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    database = open_database(db_path)
    assert len(list(reads.residents(database))) == 160
    database.close()
