"""`nudger run` and `nudger worker` as real processes, and the Docker image's install and start."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.processes import nudger_env
from tests.support.apps import TOKEN, free_port

ROOT = Path(__file__).resolve().parents[2]


def _env(api: FakeBotApi, database: Path, **extra: str) -> dict[str, str]:
    return nudger_env(api.url, f"sqlite+aiosqlite:///{database}", token=TOKEN, **extra)


async def _run_until_sigterm(
    command: list[str], env: dict[str, str], cwd: Path, api: FakeBotApi
) -> str:
    """Start the service, chat with it, stop it with SIGTERM; returns its stderr."""
    process = await asyncio.create_subprocess_exec(
        *command, env=env, cwd=cwd, stderr=asyncio.subprocess.PIPE
    )
    try:
        await api.wait_for_call("setMyCommands", timeout=60)
        user = api.user(4242, "Alex")
        mark = api.mark()
        user.send_text("/start")
        await api.wait_for_call("sendMessage", count=2, since=mark, timeout=20)
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(30):
            _, stderr = await process.communicate()
    except BaseException:
        if process.returncode is None:
            process.kill()
        _, stderr = await process.communicate()
        print(stderr.decode(), file=sys.stderr)  # the service's own log explains the failure
        raise
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "event=started" in log and "event=stopped" in log
    assert TOKEN not in log
    return log


async def test_run_polls_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    async with FakeBotApi(token=TOKEN) as api:
        database = tmp_path / "nested" / "nudger.db"
        log = await _run_until_sigterm(
            [sys.executable, "-m", "nudger", "run"], _env(api, database), tmp_path, api
        )
    assert "event=database_migrated" in log
    assert database.exists()


def _run_once(
    env: dict[str, str], cwd: Path, command: str = "run"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nudger", command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_bad_settings_fail_fast_with_a_clear_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env["NUDGER_DATABASE_URL"] = "mysql://nope"
    result = _run_once(env, tmp_path)
    assert result.returncode == 2
    assert "NUDGER_DATABASE_URL: Value error, must be sqlite+aiosqlite" in result.stderr

    del env["NUDGER_DATABASE_URL"]
    result = _run_once(env, tmp_path)
    assert result.returncode == 2
    assert "NUDGER_TELEGRAM_TOKEN is not set" in result.stderr
    assert "@BotFather" in result.stderr


async def test_a_wrong_token_is_reported_not_a_traceback(tmp_path: Path) -> None:
    async with FakeBotApi(token=TOKEN) as api:
        env = _env(api, tmp_path / "n.db", NUDGER_TELEGRAM_TOKEN="999:WRONG")
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "nudger",
            "run",
            env=env,
            cwd=tmp_path,
            stderr=asyncio.subprocess.PIPE,
        )
        async with asyncio.timeout(60):
            _, stderr = await process.communicate()
    assert process.returncode == 2
    assert "rejected NUDGER_TELEGRAM_TOKEN" in stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert "999:WRONG" not in stderr.decode()


def _startable_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Settings that pass validation; the Bot API URL is a closed port, in case it is reached."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env.update(
        NUDGER_TELEGRAM_TOKEN=TOKEN,
        NUDGER_TELEGRAM_API_URL=f"http://127.0.0.1:{free_port()}",
        NUDGER_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'nudger.db'}",
        NUDGER_HTTP_PORT="0",
    )
    env.update(extra)
    return env


def _refused_to_start(result: subprocess.CompletedProcess[str]) -> str:
    """Exit code 2 with a `nudger: ...` message instead of a traceback; returns stderr."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("nudger: "), result.stderr
    assert TOKEN not in result.stdout + result.stderr
    return result.stderr


@pytest.mark.parametrize("command", ["run", "worker"])
def test_an_unreachable_database_is_named_without_its_password(
    tmp_path: Path, command: str
) -> None:
    port = free_port()
    url = f"postgresql+asyncpg://nudger:topsecret@127.0.0.1:{port}/nudger"
    result = _run_once(_startable_env(tmp_path, NUDGER_DATABASE_URL=url), tmp_path, command)
    message = _refused_to_start(result)
    assert len(message.splitlines()) == 1, message
    where = f"postgresql+asyncpg://nudger:***@127.0.0.1:{port}/nudger"
    assert message.startswith(f"nudger: could not open the database at {where} "), message
    assert "topsecret" not in result.stdout + result.stderr


@pytest.mark.parametrize("command", ["run", "worker"])
def test_an_unreachable_bot_api_is_one_line_and_leaves_nothing_open(
    tmp_path: Path, command: str
) -> None:
    """The start fails after the database, the web server and the bot's connection pools were
    opened: each is closed again, so the one-line message is not followed by aiohttp's
    ``Unclosed client session`` errors."""
    env = _startable_env(tmp_path)
    result = _run_once(env, tmp_path, command)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "Unclosed" not in result.stderr, result.stderr
    api_url = env["NUDGER_TELEGRAM_API_URL"]
    messages = [line for line in result.stderr.splitlines() if line.startswith("nudger: ")]
    assert messages == [
        f"nudger: could not reach the Bot API at {api_url} (NotSent); "
        "check NUDGER_TELEGRAM_API_URL and the network"
    ], result.stderr
    assert "event=http_listening" in result.stderr  # so the failure came after the web server
    assert TOKEN not in result.stdout + result.stderr


@pytest.mark.parametrize("command", ["run", "worker"])
def test_a_missing_catalog_is_named(tmp_path: Path, command: str) -> None:
    catalog = tmp_path / "missing.toml"
    env = _startable_env(tmp_path, NUDGER_CATALOG_PATH=str(catalog))
    message = _refused_to_start(_run_once(env, tmp_path, command))
    assert message.splitlines() == [
        f"nudger: could not read the prompt catalog at {catalog} (No such file or directory); "
        "check NUDGER_CATALOG_PATH"
    ]


@pytest.mark.parametrize("command", ["run", "worker"])
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[[prompt]]\nid = "x-1"\n', ":2: field 'category' must be a non-empty string"),
        (
            '[[prompt]\nid = "x-1"\n',
            ": Expected ']]' at the end of an array declaration (at line 1, column 9)",
        ),
    ],
    ids=["invalid-entry", "invalid-toml"],
)
def test_a_corrupt_catalog_is_reported_with_file_and_line(
    tmp_path: Path, command: str, content: str, problem: str
) -> None:
    catalog = tmp_path / "mine.toml"
    catalog.write_text(content)
    env = _startable_env(tmp_path, NUDGER_CATALOG_PATH=str(catalog))
    message = _refused_to_start(_run_once(env, tmp_path, command))
    first, *problems = message.splitlines()
    assert first == "nudger: invalid prompt catalog:"
    assert problems and all(line.startswith(f"  {catalog}") for line in problems), message
    assert f"{catalog}{problem}" in message
    assert message == _run_once(env, tmp_path, "check-config").stderr  # as check-config says


def test_a_worker_without_a_token_says_where_to_get_one(tmp_path: Path) -> None:
    env = _startable_env(tmp_path)
    del env["NUDGER_TELEGRAM_TOKEN"]
    message = _refused_to_start(_run_once(env, tmp_path, "worker"))
    assert len(message.splitlines()) == 1, message
    assert "NUDGER_TELEGRAM_TOKEN is not set" in message
    assert "@BotFather" in message


def _dockerfile() -> tuple[list[str], dict[str, str]]:
    """The final stage's CMD and ENV, read from the Dockerfile itself."""
    text = (ROOT / "Dockerfile").read_text()
    final = text.split("\nFROM ")[-1]
    command = json.loads(re.search(r"^CMD (\[.*\])$", final, re.M).group(1))  # type: ignore[union-attr]
    env_block = re.search(r"^ENV (.*?)(?=^\S)", final, re.M | re.S).group(1)  # type: ignore[union-attr]
    pairs = re.findall(r"(\w+)=(\S+)", env_block.replace("\\\n", " "))
    return command, dict(pairs)


def _build_and_install(tmp_path: Path) -> Path:
    """The image's install steps: a wheel without dependencies, installed into its own venv."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    [wheel] = wheels.glob("nudger-*.whl")
    target = tmp_path / "opt-nudger"
    venv.create(target, with_pip=False)
    # The dependencies (not nudger) come from the test environment instead of the network.
    [site_packages] = target.glob("lib/python*/site-packages")
    (site_packages / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(target / "bin" / "python"),
            "install",
            "--quiet",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    return target


async def test_docker_image_steps_outside_docker(tmp_path: Path) -> None:
    """Install as the image does, then run its CMD with its ENV from a data directory."""
    target = await asyncio.to_thread(_build_and_install, tmp_path)
    [site_packages] = target.glob("lib/python*/site-packages")
    command, image_env = _dockerfile()
    assert command == ["nudger", "run"]
    data = tmp_path / "data"
    data.mkdir()
    async with FakeBotApi(token=TOKEN) as api:
        env = _env(api, data / "nudger.db")
        env["PATH"] = f"{target / 'bin'}{os.pathsep}{env['PATH']}"
        env["PYTHONUNBUFFERED"] = image_env["PYTHONUNBUFFERED"]
        assert image_env["NUDGER_DATABASE_URL"] == "sqlite+aiosqlite:////data/nudger.db"
        log = await _run_until_sigterm(
            [str(target / "bin" / command[0]), *command[1:]], env, data, api
        )
    assert "event=database_migrated" in log
    assert (data / "nudger.db").exists()
    bundled = site_packages / "nudger" / "_bundled"
    assert (bundled / "alembic" / "env.py").exists()
    assert (bundled / "config" / "prompts.toml").exists()
