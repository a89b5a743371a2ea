"""``python -m bench``: run the benchmark cases, print a table and targets, write JSON.

    python -m bench                      # the full run (tens of minutes)
    python -m bench --smoke              # every case at a tiny scale; judges no target
    python -m bench --cases dispatch --db postgres

Exit status: 0 if every target passed (or a smoke run completed), 1 if a target failed,
2 if a case could not run.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import sys
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import cast

from bench.harness import Context, DbKind, postgres_available
from bench.report import Report, markdown

CASES = ("memory", "planning", "dispatch", "punctuality", "callbacks", "receivers", "languages")
DATABASES: tuple[DbKind, ...] = ("sqlite", "postgres")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny scale, no targets judged")
    parser.add_argument(
        "--cases", default=",".join(CASES), help=f"comma-separated, from {', '.join(CASES)}"
    )
    parser.add_argument("--db", default=",".join(DATABASES), help="sqlite, postgres or both")
    parser.add_argument(
        "--json", type=Path, default=Path("bench-results.json"), help="where to write results"
    )
    parser.add_argument(
        "--markdown", type=Path, help="print this saved JSON run as Markdown tables, and exit"
    )
    args = parser.parse_args(argv)
    args.cases = [c for c in args.cases.split(",") if c]
    args.db = [d for d in args.db.split(",") if d]
    unknown = [c for c in args.cases if c not in CASES] + [d for d in args.db if d not in DATABASES]
    if unknown:
        parser.error(f"unknown: {', '.join(unknown)}")
    return args


async def run(args: argparse.Namespace) -> Report:
    report = Report(smoke=args.smoke)
    databases = cast(tuple[DbKind, ...], tuple(args.db))
    if "postgres" in databases and (why := await postgres_available()) is not None:
        report.errors.append(f"PostgreSQL is not reachable ({why}); its cases were not run")
        databases = tuple(d for d in databases if d != "postgres")
    with tempfile.TemporaryDirectory(prefix="nudger-bench-") as workdir:
        ctx = Context(report, Path(workdir), databases)
        for name in args.cases:
            module = importlib.import_module(f"bench.cases.{name}")
            case = cast(Callable[[Context], Awaitable[None]], module.run)
            started = time.monotonic()
            print(f"== {name} ...", file=sys.stderr, flush=True)
            try:
                await case(ctx)
            except Exception as error:  # noqa: BLE001 - report it, run the other cases
                traceback.print_exc()
                report.errors.append(f"{name}: {type(error).__name__}: {error}")
            finally:
                await ctx.stop_all()
            print(f"== {name} took {time.monotonic() - started:.0f} s", file=sys.stderr)
    return report


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    args = parse(argv)
    if args.markdown is not None:
        print(markdown(json.loads(args.markdown.read_text(encoding="utf-8"))), end="")
        return 0
    report = asyncio.run(run(args))
    report.print()
    report.save(args.json)
    print(f"\nresults: {args.json}")
    if report.errors:
        return 2
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
