"""Real ``nudger run`` / ``nudger worker`` processes, for end-to-end tests and the benchmark.

:class:`NudgerProcess` runs ``python -m nudger ROLE`` as an operator would, its stdout and
stderr in a log file (a pipe nobody reads would fill up and block a busy worker).
:class:`Processes` starts them for one test: if its ``async with`` block fails, every
process's log is printed, and on leaving it any process still running is killed.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Self

#: Lines of each process's log printed when a test fails.
LOG_TAIL = 200


def nudger_env(api_url: str, db_url: str, *, token: str, **extra: str) -> dict[str, str]:
    """The environment of a nudger process: this one's, without any NUDGER_* of the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env.update(
        NUDGER_TELEGRAM_TOKEN=token,
        NUDGER_TELEGRAM_API_URL=api_url,
        NUDGER_DATABASE_URL=db_url,
        NUDGER_HTTP_PORT="0",  # any free port: tests may run beside a real service
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class NudgerProcess:
    """One process whose stdout and stderr go to ``log_path``, started at ``started``
    (``time.monotonic()``)."""

    def __init__(
        self,
        name: str,
        process: asyncio.subprocess.Process,
        log_path: Path,
        started: float,
    ) -> None:
        self.name = name
        self.process = process
        self.log_path = log_path
        self.started = started

    @classmethod
    async def start(
        cls,
        role: str,
        directory: Path,
        env: dict[str, str],
        name: str | None = None,
        nice: int = 0,
    ) -> NudgerProcess:
        """``python -m nudger ROLE`` in ``directory`` (so no .env is read), logging to
        ``directory/NAME.log``. ``nice`` > 0 runs it at a lower CPU priority (through
        ``nice``, which execs it: the pid is the process's own)."""
        name = name or role
        prefix = ["nice", "-n", str(nice)] if nice else []
        log_path = directory / f"{name}.log"
        started = time.monotonic()
        with log_path.open("wb") as log:  # the child writes to its own copy of the descriptor
            process = await asyncio.create_subprocess_exec(
                *prefix,
                sys.executable,
                "-m",
                "nudger",
                role,
                env=env,
                cwd=directory,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        return cls(name, process, log_path, started)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def running(self) -> bool:
        return self.process.returncode is None

    @property
    def returncode(self) -> int | None:
        return self.process.returncode

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def tail(self, lines: int = 20) -> str:
        return "\n".join(self.log.splitlines()[-lines:])

    def count(self, event: str) -> int:
        """How many log lines report ``event``."""
        return len(re.findall(rf"\bevent={re.escape(event)}\b", self.log))

    async def _until(self, done: Callable[[], bool], what: str, timeout: float) -> float:  # noqa: ASYNC109
        """Poll the log until ``done()``; fails at once if the process has exited, and with
        the log's tail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not done():
            if not self.running:
                raise AssertionError(
                    f"{self.name} exited ({self.returncode}) without {what}:\n{self.tail()}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: no {what} within {timeout} s:\n{self.tail()}")
            await asyncio.sleep(0.02)
        return time.monotonic()

    async def wait_for_log(self, needle: str, timeout: float = 60) -> None:  # noqa: ASYNC109
        """Wait until ``needle`` is in the log."""
        await self._until(lambda: needle in self.log, f"logging {needle!r}", timeout)

    async def wait_for(self, event: str, count: int = 1, timeout: float = 120) -> float:  # noqa: ASYNC109
        """Wait until the log reports ``event`` ``count`` times; returns ``time.monotonic()``."""
        return await self._until(
            lambda: self.count(event) >= count, f"{count} x event={event}", timeout
        )

    def kill(self) -> None:
        """SIGKILL: no cleanup of any kind, as an OOM kill or a power loss."""
        if self.running:
            self.process.kill()

    def terminate(self) -> None:
        """SIGTERM: the clean stop."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)

    async def wait(self, timeout: float = 30) -> int:  # noqa: ASYNC109
        """Wait for the process to exit; returns its exit code."""
        async with asyncio.timeout(timeout):
            return await self.process.wait()

    async def stop(self, timeout: float = 30) -> int:  # noqa: ASYNC109
        """SIGTERM, then SIGKILL if it does not stop in time; returns the exit code."""
        self.terminate()
        try:
            return await self.wait(timeout)
        except TimeoutError:
            self.kill()
        return await self.process.wait()


class Processes:
    """Starts nudger processes for one test; see the module docstring."""

    def __init__(self, directory: Path, env: dict[str, str]) -> None:
        self.directory = directory
        self.env = env
        self.started: list[NudgerProcess] = []

    async def start(self, role: str, nice: int = 0, **extra_env: str) -> NudgerProcess:
        """Start ``python -m nudger ROLE`` in the test's directory (``nice``: see
        :meth:`NudgerProcess.start`)."""
        name = f"{role}-{len(self.started) + 1}"
        env = {**self.env, **extra_env}
        started = await NudgerProcess.start(role, self.directory, env, name, nice=nice)
        self.started.append(started)
        return started

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for process in self.started:
            if process.running:
                process.kill()
                await process.wait()
        if error is not None:
            for process in self.started:
                print(
                    f"----- {process.name} (pid {process.pid}, exit {process.returncode}), "
                    f"last {LOG_TAIL} lines:\n{process.tail(LOG_TAIL)}",
                    file=sys.stderr,
                )
