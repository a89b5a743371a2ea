"""What a benchmark run measured, the targets it checks, and how it is printed and saved.

A case adds :class:`Row` figures (one measurement each) and :class:`Target` checks (a figure
against a limit). The run prints one table of figures, then the targets with PASS or FAIL,
and writes everything as JSON. A smoke run (``--smoke``) measures the same things at a tiny
scale and judges no target: its figures mean nothing, only that every case ran.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

Op = Literal["<=", ">="]


@dataclass(frozen=True)
class Row:
    """One measured figure: ``value`` ``unit`` of ``metric`` for ``subject`` in ``case``."""

    case: str
    db: str  # "sqlite", "postgres" or "-" (no database involved)
    subject: str  # what was measured, e.g. "nudger worker, 100k users"
    metric: str
    value: float
    unit: str
    note: str = ""


@dataclass(frozen=True)
class Target:
    """A figure checked against a limit (the issue's targets)."""

    name: str
    db: str
    measured: float
    op: Op
    limit: float
    unit: str

    @property
    def passed(self) -> bool:
        return self.measured <= self.limit if self.op == "<=" else self.measured >= self.limit


@dataclass
class Report:
    smoke: bool
    rows: list[Row] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def add(
        self,
        case: str,
        db: str,
        subject: str,
        metric: str,
        value: float,
        unit: str,
        note: str = "",
    ) -> float:
        self.rows.append(Row(case, db, subject, metric, float(value), unit, note))
        return value

    def check(self, name: str, db: str, measured: float, op: Op, limit: float, unit: str) -> None:
        """Record a target; a smoke run records none (its scale proves nothing)."""
        if not self.smoke:
            self.targets.append(Target(name, db, float(measured), op, float(limit), unit))

    @property
    def failed(self) -> list[Target]:
        return [t for t in self.targets if not t.passed]

    def as_json(self) -> dict[str, Any]:
        return {
            "started": self.started,
            "smoke": self.smoke,
            "machine": machine(),
            "rows": [asdict(r) for r in self.rows],
            "targets": [{**asdict(t), "passed": t.passed} for t in self.targets],
            "errors": self.errors,
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_json(), indent=2) + "\n", encoding="utf-8")

    def print(self, out: TextIO = sys.stdout) -> None:
        headers = ("case", "db", "subject", "metric", "value", "unit")
        lines: list[tuple[str, ...]] = [
            (r.case, r.db, r.subject, r.metric, _number(r.value), r.unit + _note(r.note))
            for r in self.rows
        ]
        _table(out, headers, lines)
        if self.targets:
            print(file=out)
            lines = [
                (
                    "PASS" if t.passed else "FAIL",
                    t.name,
                    t.db,
                    f"{_number(t.measured)} {t.unit}",
                    f"{t.op} {_number(t.limit)} {t.unit}",
                )
                for t in self.targets
            ]
            _table(out, ("result", "target", "db", "measured", "limit"), lines)
        for error in self.errors:
            print(f"ERROR {error}", file=out)


def markdown(data: dict[str, Any]) -> str:
    """A saved run (:meth:`Report.as_json`) as Markdown tables, for docs/performance.md."""
    lines = ["| case | db | subject | metric | value | unit |", "|---|---|---|---|--:|---|"]
    for r in data["rows"]:
        unit = r["unit"] + (f" ({r['note']})" if r["note"] else "")
        lines.append(
            f"| {r['case']} | {r['db']} | {r['subject']} | {r['metric']} "
            f"| {_number(r['value'])} | {unit} |"
        )
    if data["targets"]:
        lines += ["", "| result | target | db | measured | limit |", "|---|---|---|--:|---|"]
        for t in data["targets"]:
            lines.append(
                f"| {'PASS' if t['passed'] else 'FAIL'} | {t['name']} | {t['db']} "
                f"| {_number(t['measured'])} {t['unit']} | {t['op']} {_number(t['limit'])} |"
            )
    return "\n".join(lines) + "\n"


def machine() -> dict[str, Any]:
    """Where the run happened: enough to compare two runs."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_kib = 0
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                memory_kib = int(line.split()[1])
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gib": round(memory_kib / 1024 / 1024, 1),
    }


def _note(note: str) -> str:
    return f"  ({note})" if note else ""


def _number(value: float) -> str:
    if value == 0 or abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def _table(out: TextIO, headers: tuple[str, ...], lines: Sequence[tuple[str, ...]]) -> None:
    widths = [max([len(h), *(len(line[i]) for line in lines)]) for i, h in enumerate(headers)]
    numeric = {"value", "measured"}

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(w) if headers[i] in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(fmt(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for line in lines:
        print(fmt(line), file=out)
