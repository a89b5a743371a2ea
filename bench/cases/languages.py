"""Case 6, the languages: what loading every catalog costs, and that a message is never parsed
when it is said.

Each measurement runs in a fresh Python process (``python -m bench.cases.languages <what>``),
so nothing else the benchmark loaded is counted:

- ``english``: the libraries imported and the English catalog loaded and compiled: the
  baseline, measured in the same run;
- ``all``: the same, with all seven languages.

Each process reads its resident memory (``VmRSS``) after importing the libraries (Fluent,
Babel and its global CLDR tables, nudger's own modules) and again after loading, then says
every message of every loaded language once (so Babel's locale data and Fluent's compiled
patterns are all in memory) and reads it again. The targets: all seven languages together add
at most 10 MiB to the process (English alone is printed beside them, as the baseline), and
formatting parses nothing (Fluent's parser is never called once the catalogs are loaded:
counted by patching it in that process). The time to say a message is printed too, against
the English baseline's.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from bench.harness import Context

CASE = "languages"
GROWTH_LIMIT_MIB = 10.0
_ROUNDS = 20


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def measure(which: str) -> dict[str, float]:
    """In this process: memory before and after loading ``which`` catalogs, and parses."""
    import fluent.syntax.parser as parser_module
    from babel import Locale
    from babel.core import get_global
    from fluent.syntax.ast import Resource

    from nudger.domain.languages import Language, PartnerGender
    from nudger.i18n import texts as texts_module

    # Babel's own start-up, the same whatever the languages: its global CLDR tables.
    Locale.parse("en_GB")
    get_global("parent_exceptions")
    before = _rss_mib()
    languages = [Language.EN] if which == "english" else list(Language)
    texts = texts_module.Texts.load(languages=languages)
    loaded = _rss_mib()
    parses = 0
    original = parser_module.FluentParser.parse

    def counting(self: parser_module.FluentParser, source: str) -> Resource:
        nonlocal parses
        parses += 1
        return original(self, source)

    parser_module.FluentParser.parse = counting  # type: ignore[method-assign]  # counting
    said = 0
    started = time.perf_counter()
    for _ in range(_ROUNDS):
        for language in texts.languages:
            catalog = texts.catalog(language)
            t = texts.words(language, "Alexandra", PartnerGender.SHE)
            for msg_id in sorted(catalog.ids):
                args = {name: 3 for name in _NUMBERS} | {name: "x" for name in _STRINGS}
                try:
                    t(msg_id, **args)
                except texts_module.MissingText:
                    continue  # a message needing other arguments: skipped alike in both runs
                said += 1
    elapsed = time.perf_counter() - started
    return {
        "before_mib": before,
        "loaded_mib": loaded,
        "after_mib": _rss_mib(),
        "parses": parses,
        "said": said,
        "us_per_message": elapsed / max(said, 1) * 1e6,
    }


#: Arguments the messages take, as numbers and as text (the same for every run).
_NUMBERS = ("count", "done", "sent", "skipped", "settled", "current", "longest", "score", "days")
_STRINGS = (
    "action", "why", "when", "time", "day", "year", "span", "details", "category", "what",
    "shown", "zone", "start", "end", "percent", "command", "about", "name", "answer", "question",
)  # fmt: skip


async def _run_child(which: str) -> dict[str, float]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.cases.languages",
        which,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"the {which} measurement failed ({process.returncode})")
    result: dict[str, float] = json.loads(out)
    return result


async def run(ctx: Context) -> None:
    report = ctx.report
    english = await _run_child("english")
    every = await _run_child("all")
    for name, figures in (("English only (baseline)", english), ("all seven", every)):
        report.add(CASE, "-", name, "RSS after loading", figures["after_mib"], "MiB")
        report.add(
            CASE, "-", name, "RSS added", figures["after_mib"] - figures["before_mib"], "MiB"
        )
        report.add(CASE, "-", name, "time to say a message", figures["us_per_message"], "µs")
        report.add(CASE, "-", name, "parses while saying", figures["parses"], "calls")
    growth = (every["after_mib"] - every["before_mib"]) - (
        english["after_mib"] - english["before_mib"]
    )
    report.add(CASE, "-", "all seven vs English", "RSS growth", growth, "MiB")
    ratio = every["us_per_message"] / max(english["us_per_message"], 1e-9)
    report.add(CASE, "-", "all seven vs English", "time to say a message", ratio, "x")
    added = every["after_mib"] - every["before_mib"]
    report.check("all seven languages add at most 10 MiB", "-", added, "<=", 10, "MiB")
    report.check("no parse while saying a message", "-", every["parses"], "<=", 0, "calls")


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1])))
