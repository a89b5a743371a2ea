"""The benchmark (``python -m bench``) still runs: every case, at a tiny scale.

No figure is judged here (a test must not time things); the full run and its targets are
``make bench`` and docs/performance.md. This checks that each case ran to the end on each
database and reported its figures, so the benchmark can't rot unnoticed.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import CASES
from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
def test_every_case_runs_and_reports_on_both_databases(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    request.getfixturevalue("pg_template")  # skips, or fails in CI, without PostgreSQL
    results = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env["NUDGER_BENCH_POSTGRES_URL"] = PG_URL
    finished = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--json", str(results)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-5000:]
    report = json.loads(results.read_text(encoding="utf-8"))
    assert report["smoke"] is True
    assert report["errors"] == []
    assert report["targets"] == []  # a smoke run judges nothing
    rows = report["rows"]
    assert {row["case"] for row in rows} == set(CASES)
    for case in CASES:
        # The languages case involves no database: its rows say "-". Several receivers share
        # the updates through PostgreSQL: that case runs there only.
        kinds: tuple[str, ...] = ("sqlite", "postgres")
        if case == "languages":
            kinds = ("-",)
        elif case == "receivers":
            kinds = ("postgres",)
        for kind in kinds:
            assert any(row["db"] == kind for row in rows if row["case"] == case), (case, kind)
    # Every figure is a measurement: finite and not negative (a difference of two memory
    # readings, such as the languages case's growth over English, may be slightly below 0).
    assert all(math.isfinite(row["value"]) for row in rows)
    assert all(row["value"] >= 0 for row in rows if row["metric"] != "RSS growth")
    assert "PASS" not in finished.stdout and "FAIL" not in finished.stdout
