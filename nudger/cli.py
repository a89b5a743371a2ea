"""``nudger run | worker | migrate | check-config | demo`` (also ``python -m nudger``)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from nudger import __version__
from nudger.app import NudgerApp, load_catalog
from nudger.config import Settings, SettingsError, load_settings
from nudger.domain.catalog import CatalogError
from nudger.domain.languages import Language
from nudger.errors import StartupError
from nudger.i18n.texts import LOCALES
from nudger.logs import configure_logging, log_event
from nudger.storage.db import create_engine
from nudger.storage.migrations import upgrade_to_head

logger = logging.getLogger("nudger")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nudger",
        description="nudger: a self-hosted Telegram nudge service. Settings come from "
        "NUDGER_* environment variables or a .env file (see the README).",
    )
    parser.add_argument("--version", action="version", version=f"nudger {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    run_help = "migrate the database, then receive updates (polling or webhook), plan and send"
    sub.add_parser("run", help=run_help, description=run_help[0].upper() + run_help[1:] + ".")
    worker_help = "plan and send only (no updates): run any number beside one `run`"
    sub.add_parser(
        "worker",
        help=worker_help,
        description="Migrate the database, then plan and send nudges and weekly reviews, "
        "without receiving updates. Run any number of workers beside one `nudger run` "
        "on PostgreSQL; they share the send budget through the database.",
    )
    sub.add_parser("migrate", help="bring the database schema up to date")
    sub.add_parser(
        "check-config", help="validate the settings, the prompt catalog and every language"
    )
    demo = sub.add_parser("demo", help="try the bot in this terminal, without Telegram")
    demo.add_argument("--database-url", help="keep the data here (default: a temporary SQLite)")
    demo.add_argument("--files-dir", type=Path, help="where charts and exports are saved")
    demo.add_argument("--seed", type=int, help="fix the bot's random choices")
    demo.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=Language.EN.value,
        help="the language the demo user's Telegram is set to (default: en)",
    )
    return parser


async def _migrate(settings: Settings) -> None:
    engine = create_engine(settings.database_url)
    try:
        ran = await upgrade_to_head(engine)
    finally:
        await engine.dispose()
    log_event(logger, "database_migrated" if ran else "database_up_to_date")


def _check(settings: Settings) -> int:
    """The settings, the prompt catalog, then every locale against English (all at once)."""
    settings.require_token()
    catalog = load_catalog(settings.catalog_path)
    from nudger.i18n.check import check_locales  # not for run or worker: 1.7 MiB

    problems = check_locales(LOCALES, catalog)
    if problems:
        print(f"nudger: {len(problems)} problem(s) in the locales:", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        return 2
    for warning in settings.warnings():
        print(f"nudger: warning: {warning}", file=sys.stderr)
    print(f"settings ok; catalog ok ({len(catalog)} prompts); locales ok")
    return 0


def _warn(settings: Settings) -> None:
    """Log at start what ``check-config`` warns of: settings allowed, but risky."""
    limit = settings.telegram_limit_exceeded()
    if limit is not None:
        log_event(
            logger,
            "send_rate_above_telegrams_limit",
            logging.WARNING,
            rate=settings.send_rate_per_second,
            limit=limit,
            paid_broadcast=settings.paid_broadcast,
        )
    if settings.paid_broadcast_without_effect():
        log_event(
            logger,
            "paid_broadcast_without_effect",
            logging.WARNING,
            rate=settings.send_rate_per_second,
            free_rate=settings.free_rate_per_second,
        )


def _serve(settings: Settings, app: NudgerApp) -> None:
    """Run ``app`` until it is stopped, on the event loop the settings choose."""
    loop_factory: Callable[[], asyncio.AbstractEventLoop] | None = None
    if settings.event_loop == "uvloop":
        try:
            import uvloop
        except ImportError:  # not built for this platform
            log_event(logger, "uvloop_unavailable", logging.WARNING)
        else:
            loop_factory = uvloop.new_event_loop
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        runner.run(app.run_until_stopped())


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"nudger: {error}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    try:
        if args.command == "check-config":
            return _check(settings)
        elif args.command == "migrate":
            asyncio.run(_migrate(settings))
        elif args.command == "demo":
            from nudger.demo import terminal  # the fake Bot API is loaded only for the demo

            return terminal.main(args.database_url, args.files_dir, args.seed, args.lang)
        elif args.command == "worker":
            _warn(settings)
            _serve(settings, NudgerApp(settings, role="worker"))
        else:
            _warn(settings)
            _serve(settings, NudgerApp(settings))
    except (SettingsError, CatalogError, StartupError) as error:
        print(f"nudger: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(
            f"nudger: {error.strerror or error}: {error.filename or ''}".rstrip(), file=sys.stderr
        )
        return 2
    except KeyboardInterrupt:
        return 130
    return 0
