from __future__ import annotations

import logging
from pathlib import Path

import pytest

from nudger import cli
from nudger.app import load_catalog
from nudger.cli import main
from nudger.config import DEFAULT_DATABASE_URL, SettingsError, load_settings
from nudger.domain.catalog import Catalog
from nudger.i18n import check as locale_check
from nudger.i18n.texts import LOCALES


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No NUDGER_* from the machine, and no .env: each test sets what it needs."""
    import os

    for name in list(os.environ):
        if name.startswith("NUDGER_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_defaults_need_no_setup() -> None:
    settings = load_settings()
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.telegram_token is None
    assert settings.webhook_max_concurrency == 40  # Telegram's own default max_connections
    with pytest.raises(SettingsError, match="NUDGER_TELEGRAM_TOKEN is not set"):
        settings.require_token()


def test_reads_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "NUDGER_TELEGRAM_TOKEN=42:from-dotenv\nNUDGER_TELEGRAM_API_URL=http://127.0.0.1:9/\n"
    )
    monkeypatch.setenv("NUDGER_DATABASE_URL", "postgresql+asyncpg://u@h/db")
    settings = load_settings()
    assert settings.require_token() == "42:from-dotenv"
    assert settings.telegram_api_url == "http://127.0.0.1:9"  # trailing slash dropped
    assert settings.database_url == "postgresql+asyncpg://u@h/db"
    assert "from-dotenv" not in repr(settings)  # the token is a secret


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("NUDGER_TELEGRAM_TOKEN", "not-a-token", "NUDGER_TELEGRAM_TOKEN: Value error"),
        ("NUDGER_TELEGRAM_API_URL", "api.telegram.org", "must start with http:// or https://"),
        ("NUDGER_DATABASE_URL", "sqlite:///x.db", "must be sqlite+aiosqlite:///"),
        ("NUDGER_DISPATCH_BATCH_SIZE", "0", "NUDGER_DISPATCH_BATCH_SIZE: Input should be"),
        ("NUDGER_LOG_LEVEL", "LOUD", "NUDGER_LOG_LEVEL"),
        ("NUDGER_WEBHOOK_MAX_CONCURRENCY", "0", "NUDGER_WEBHOOK_MAX_CONCURRENCY: Input should"),
        ("NUDGER_WEBHOOK_MAX_CONCURRENCY", "101", "NUDGER_WEBHOOK_MAX_CONCURRENCY: Input should"),
        ("NUDGER_PAID_BROADCAST", "maybe", "NUDGER_PAID_BROADCAST: Input should be a valid bool"),
        ("NUDGER_FREE_RATE_PER_SECOND", "-1", "NUDGER_FREE_RATE_PER_SECOND: Input should be"),
        ("NUDGER_FREE_RATE_PER_SECOND", "2.5", "NUDGER_FREE_RATE_PER_SECOND: Input should be"),
    ],
)
def test_bad_values_are_named_in_one_message(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert message in str(raised.value)
    assert str(raised.value).startswith("invalid settings:")


@pytest.mark.parametrize(
    ("paid", "free", "refused"),
    [("true", "28", False), ("true", "29", True), ("false", "31", False)],
)
def test_the_free_rate_leaves_room_for_replies_when_paid_broadcasts_are_on(
    monkeypatch: pytest.MonkeyPatch, paid: str, free: str, refused: bool
) -> None:
    """Replies, answers and edits share Telegram's free 30 a second: at most 28 timed sends a
    second go free. Without paid broadcasts the free rate is unused, and never stops a start."""
    monkeypatch.setenv("NUDGER_PAID_BROADCAST", paid)
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "60" if paid == "true" else "25")
    monkeypatch.setenv("NUDGER_FREE_RATE_PER_SECOND", free)
    if not refused:
        settings = load_settings()
        assert settings.free_rate_per_second == int(free)
        assert settings.paid_above == (float(free) if paid == "true" else None)
        return
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert f"NUDGER_FREE_RATE_PER_SECOND={free} is above 28: replies, answers and edits" in str(
        raised.value
    )


def test_paid_broadcasts_without_a_rate_above_the_free_one_are_warned_of(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """NUDGER_PAID_BROADCAST=true with the send rate at or below the free rate: no send is
    ever paid, and none goes faster; check-config and the start say so."""
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")
    monkeypatch.setenv("NUDGER_PAID_BROADCAST", "true")
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "25")  # the default free rate is 25
    _locales_checked(monkeypatch, [])
    with caplog.at_level(logging.INFO, logger="nudger"):
        cli._warn(load_settings())
    [record] = [r for r in caplog.records if r.getMessage() == "paid_broadcast_without_effect"]
    assert record.levelno == logging.WARNING
    assert record.fields == {"rate": 25.0, "free_rate": 25}  # type: ignore[attr-defined]
    assert main(["check-config"]) == 0
    [warning] = capsys.readouterr().err.splitlines()
    assert warning.startswith(
        "nudger: warning: NUDGER_PAID_BROADCAST=true has no effect: "
        "NUDGER_SEND_RATE_PER_SECOND=25 is not above NUDGER_FREE_RATE_PER_SECOND=25"
    )
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "26")  # above the free rate: nothing
    assert load_settings().warnings() == []
    assert main(["check-config"]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("NUDGER_PAID_BROADCAST", "false")
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "25")
    assert load_settings().warnings() == []  # off: nothing to warn of


def test_paid_broadcasts_are_off_by_default_and_pay_beyond_the_free_rate_when_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = load_settings()
    assert (settings.paid_broadcast, settings.paid_above) == (False, None)
    monkeypatch.setenv("NUDGER_PAID_BROADCAST", "true")
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "60")
    settings = load_settings()
    assert (settings.paid_broadcast, settings.paid_above) == (True, 25.0)
    assert settings.warnings() == []
    monkeypatch.setenv("NUDGER_FREE_RATE_PER_SECOND", "0")  # every timed send paid
    assert load_settings().paid_above == 0.0


@pytest.mark.parametrize(
    ("paid", "rate", "refused"),
    [
        ("false", "30", None),  # Telegram's free limit itself
        ("false", "30.5", "above the 30 messages a second Telegram allows a bot for free"),
        ("true", "1000", None),
        ("true", "1001", "above the 1,000 messages a second Telegram allows a bot even with"),
    ],
)
def test_a_send_rate_telegram_would_refuse_stops_the_start(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    paid: str,
    rate: str,
    refused: str | None,
) -> None:
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")  # Telegram's own server, the default
    monkeypatch.setenv("NUDGER_PAID_BROADCAST", paid)
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", rate)
    _locales_checked(monkeypatch, [])
    if refused is None:
        assert load_settings().send_rate_per_second == float(rate)
        assert main(["check-config"]) == 0
        assert "warning" not in capsys.readouterr().err
        return
    with pytest.raises(SettingsError, match=refused):
        load_settings()
    assert main(["worker"]) == 2  # refused before anything starts
    err = capsys.readouterr().err
    assert err.startswith("nudger: invalid settings:")
    assert f"NUDGER_SEND_RATE_PER_SECOND={rate} is {refused}" in err
    if paid == "false":
        assert "set NUDGER_PAID_BROADCAST=true" in err


def test_another_bot_api_server_may_take_any_rate_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fake Bot API (the tests, bench/) takes what the machine can send; a local Bot API
    server would send through Telegram, so check-config says so."""
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")
    monkeypatch.setenv("NUDGER_TELEGRAM_API_URL", "http://127.0.0.1:8081")
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "200")
    _locales_checked(monkeypatch, [])
    settings = load_settings()
    assert settings.telegram_limit_exceeded() == 30
    assert main(["check-config"]) == 0
    captured = capsys.readouterr()
    assert "settings ok" in captured.out
    [warning] = captured.err.splitlines()
    assert warning.startswith("nudger: warning: NUDGER_SEND_RATE_PER_SECOND=200 is above the 30")
    assert "a local Bot API server sends through Telegram" in warning
    monkeypatch.setenv("NUDGER_PAID_BROADCAST", "true")
    assert load_settings().telegram_limit_exceeded() is None
    assert main(["check-config"]) == 0
    assert capsys.readouterr().err == ""


def test_run_and_worker_log_the_warning_at_start(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("NUDGER_TELEGRAM_API_URL", "http://127.0.0.1:8081")
    monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "200")
    with caplog.at_level(logging.INFO, logger="nudger"):
        cli._warn(load_settings())
        monkeypatch.setenv("NUDGER_SEND_RATE_PER_SECOND", "30")
        cli._warn(load_settings())  # within the limit: nothing
    [record] = [r for r in caplog.records if r.getMessage() == "send_rate_above_telegrams_limit"]
    assert record.levelno == logging.WARNING
    fields = record.fields  # type: ignore[attr-defined]
    assert fields == {"rate": 200.0, "limit": 30, "paid_broadcast": False}


def _locales_checked(monkeypatch: pytest.MonkeyPatch, problems: list[str]) -> list[int]:
    """Stand in for the locale check (tests/unit/test_locales.py runs the real one): it
    returns ``problems``; the list it returns records how many prompts each call was given."""
    calls: list[int] = []

    def check(root: Path, catalog: Catalog) -> list[str]:
        assert root == LOCALES
        calls.append(len(catalog))
        return problems

    monkeypatch.setattr(locale_check, "check_locales", check)  # cli imports it when it runs
    return calls


def test_check_config_accepts_the_shipped_catalog_and_locales(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")
    calls = _locales_checked(monkeypatch, [])
    assert main(["check-config"]) == 0
    shipped = load_catalog(None)
    assert len(shipped) >= 150
    assert calls == [len(shipped)]
    assert f"catalog ok ({len(shipped)} prompts); locales ok" in capsys.readouterr().out


def test_check_config_prints_every_locale_problem(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")
    problems = ["de/common.ftl: common-bad-name: missing", "ru/prompts.ftl: gen-one: too long"]
    _locales_checked(monkeypatch, problems)
    assert main(["check-config"]) == 2
    err = capsys.readouterr().err
    assert "2 problem(s) in the locales" in err
    assert all(f"  {problem}\n" in err for problem in problems)


def test_check_config_reports_a_broken_catalog_with_file_and_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "mine.toml"
    catalog.write_text('[[prompt]]\nid = "x-1"\naudience = "anxious"\n')
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")
    monkeypatch.setenv("NUDGER_CATALOG_PATH", str(catalog))
    assert main(["check-config"]) == 2
    err = capsys.readouterr().err
    assert f"{catalog}:2: field 'category' must be a non-empty string" in err


def test_check_config_reports_a_missing_catalog(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NUDGER_TELEGRAM_TOKEN", "42:abc")
    monkeypatch.setenv("NUDGER_CATALOG_PATH", str(tmp_path / "missing.toml"))
    assert main(["check-config"]) == 2
    err = capsys.readouterr().err
    assert f"could not read the prompt catalog at {tmp_path / 'missing.toml'}" in err
    assert "No such file or directory" in err


def test_migrate_creates_the_default_sqlite_database(tmp_path: Path) -> None:
    assert main(["migrate"]) == 0
    assert (tmp_path / "data" / "nudger.db").exists()
    assert main(["migrate"]) == 0  # already at head: nothing to do


def test_an_unreachable_database_is_named_without_its_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(
        "NUDGER_DATABASE_URL", "postgresql+asyncpg://nudger:hunter2@127.0.0.1:1/nudger"
    )
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert "could not open the database at postgresql+asyncpg://nudger:***@127.0.0.1:1/" in err
    assert "hunter2" not in err
