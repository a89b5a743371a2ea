"""`nudger demo`: the real bot in a terminal chat, against the fake Bot API."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nudger.app import NudgerApp
from nudger.bot.onboarding import ASK_COUNT, ASK_NAME
from nudger.demo.chat import DEMO_USER_ID, DemoChat
from nudger.demo.clock import DemoClock
from nudger.demo.commands import MAX_SKIP, DemoError, parse_duration
from nudger.demo.runner import run_demo
from nudger.domain.languages import Language
from nudger.i18n.texts import shared_texts
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.words import DONE_BUTTON, DONE_MARK, EN, SKIP_BUTTON, SNOOZE_BUTTON

# Sunday 23:00 in Berlin: a day later, Monday's nudges are all out and still today's.
START = datetime(2026, 11, 22, 22, 0, tzinfo=UTC)
DONE, SKIP, SNOOZE = (
    DONE_BUTTON,
    SKIP_BUTTON,
    SNOOZE_BUTTON,
)
NUDGE_BUTTONS = f"    [1] {DONE}  [2] {SKIP}  [3] {SNOOZE}"
STAMP = re.compile(r"^\[(\w{3} \d{2} \w{3} \d{2}:\d{2}) (\w+)\] ")
BUTTON = re.compile(r"\[(\d+)\] (.+?)(?=  \[\d+\] |$)")


@dataclass(frozen=True)
class Press:
    """Type the number the transcript shows for the newest button with this label."""

    label: str


def _buttons(line: str) -> list[tuple[int, str]]:
    """The numbered buttons printed on one line (button lines are indented by 4)."""
    if not line.startswith("    ["):
        return []
    return [(int(number), label) for number, label in BUTTON.findall(line.strip())]


def _number_of(transcript: str, label: str) -> str:
    for line in reversed(transcript.splitlines()):
        for number, shown in _buttons(line):
            if shown == label:
                return str(number)
    raise AssertionError(f"no button {label!r} shown yet:\n{transcript}")


async def _demo(
    steps: list[str | Press], tmp_path: Path, places: TimezoneResolver
) -> list[list[str]]:
    """Run the demo; returns, for each step, what was printed after it was typed."""
    out = io.StringIO()

    async def typed() -> AsyncIterator[str]:
        for step in steps:
            yield _number_of(out.getvalue(), step.label) if isinstance(step, Press) else step

    await run_demo(
        typed(),
        out,
        files_dir=tmp_path / "files",
        start=START,
        seed=7,
        places=places,
        echo=True,
        quiet=0.05,
    )
    blocks: list[list[str]] = [[]]
    for line in out.getvalue().splitlines():
        if line.startswith("you: "):
            blocks.append([])
        else:
            blocks[-1].append(line)
    assert len(blocks) == len(steps) + 1, out.getvalue()
    return blocks[1:]


def _stamp(line: str) -> tuple[datetime, str]:
    match = STAMP.match(line)
    assert match is not None, line
    at = datetime.strptime(f"2026 {match[1]}", "%Y %a %d %b %H:%M")
    return at, match[2]


def _message_before(lines: list[str], index: int) -> list[str]:
    """The bot message whose buttons are printed at ``index``: from its stamped first line."""
    start = max(i for i in range(index) if lines[i].startswith("["))
    return lines[start:index]


async def test_a_day_in_the_demo(tmp_path: Path, places: TimezoneResolver) -> None:
    steps: list[str | Press] = [
        "/start",
        "Sam",
        Press("Anxious"),
        "Europe/Berlin",
        Press("2"),
        Press("Morning"),
        Press("Evening"),
        Press("Save"),
        "/skip-time 1d",
        Press(DONE_BUTTON),
        "/skip-time banana",
        "99",
        "/help",
        "/quit",
    ]
    (
        start,
        name,
        style,
        zone,
        count,
        morning,
        evening,
        save,
        day,
        done,
        banana,
        no_button,
        help_,
        quit_,
    ) = await _demo(steps, tmp_path, places)
    assert start[-1].endswith(f"bot: {EN(ASK_NAME)}")

    assert any("bot: Which sounds most like Sam?" in line for line in name)
    numbered = [button for line in name for button in _buttons(line)]
    assert [number for number, _ in numbered] == list(range(1, len(numbered) + 1))
    assert "Anxious" in dict(numbered).values() and len(numbered) >= 4
    assert any(line.endswith("you pressed: Anxious") for line in style)
    assert any(line.endswith(f"bot: {EN(ASK_COUNT)}") for line in zone)
    assert "    [1] 1  [2] 2  [3] 3" in zone
    assert any(line.endswith("you pressed: 2") for line in count)
    assert any(line.endswith("you pressed: Morning") for line in morning)
    assert any("✓ Morning" in line and "✓ Evening" in line for line in evening)
    summary = "\n".join(save)
    assert "Style: Anxious" in summary
    assert "2 nudges a day, morning and evening" in summary

    nudges = [_message_before(day, i) for i, line in enumerate(day) if line == NUDGE_BUTTONS]
    assert len(nudges) == 2, day
    for message in nudges:
        assert "] bot: " in message[0] and "Sam" in "\n".join(message)
    times = [_stamp(message[0]) for message in nudges]
    assert all(zone == "CET" for _, zone in times)  # shown in the user's own time
    local_start = datetime(2026, 11, 22, 23, 0)
    assert local_start < times[0][0] < times[1][0] <= local_start + timedelta(days=1)
    # The clock stops at each nudge's own time: the first comes when the summary said.
    first = re.search(r"Your first nudge comes (\w{3} \d{2} \w{3}), (\d{2}:\d{2})", summary)
    assert first is not None
    assert times[0][0].strftime("%a %d %b %H:%M") == f"{first[1]} {first[2]}"
    assert day[-1].startswith("(demo) it is now Mon 23 Nov 2026 22:00 UTC")

    assert any(line.endswith(f"you pressed: {DONE_BUTTON}") for line in done)
    assert any(f"(edited) …{DONE_MARK}" in line for line in done)
    assert "    (no buttons now)" in done

    assert banana == ["(demo) /skip-time needs a duration like 90m, 3h, 2d or 1d12h, not 'banana'."]
    [no_button_note] = no_button
    assert no_button_note.startswith("(demo) there is no button 99; the latest buttons are 1 to")
    # The demo carries on after the bad inputs.
    assert any(EN("help-intro").splitlines()[0] in line for line in help_)
    assert quit_ == ["(demo) bye"]


async def test_location_time_and_inputs_the_demo_cannot_use(
    tmp_path: Path, places: TimezoneResolver
) -> None:
    (
        no_buttons,
        time_,
        zero,
        too_long,
        bad_place,
        say_nothing,
        start,
        say_42,
        location,
    ) = await _demo(
        [
            "3",
            "/time",
            "/skip-time 0m",
            "/skip-time 31d",
            "/location somewhere",
            "/say",
            "/start",
            "/say 42",
            "/location 52.52 13.40",
        ],
        tmp_path,
        places,
    )
    [no_buttons_note] = no_buttons
    assert no_buttons_note.startswith("(demo) there are no buttons to press yet")
    assert time_ == ["(demo) it is Sun 22 Nov 2026 22:00 UTC"]
    assert zero == ["(demo) /skip-time needs a duration of at least 1m."]
    assert too_long == ["(demo) /skip-time goes up to 30d at a time."]
    [bad_place_note] = bad_place
    assert bad_place_note.startswith("(demo) /location needs a latitude and a longitude")
    assert say_nothing == ["(demo) /say needs some text to send, e.g. /say 42"]
    assert start[-1].endswith(f"bot: {EN(ASK_NAME)}")
    # "/say 42" sends the number as the partner's name; the style question follows.
    assert any("Which sounds most like 42?" in line for line in say_42)
    # A location is no answer to the style question: the bot replies, nothing crashes.
    assert any(line.startswith("[Sun 22 Nov 22:00 UTC] bot: ") for line in location)
    assert location[-1] == "(demo) bye"  # EOF ends the demo like /quit


async def test_files_the_bot_sends_are_saved_and_shown(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = DemoChat(api, app, DemoClock(clock.now), out, tmp_path, quiet=0.05, reply_timeout=5)
    bot = app.telegram.bot
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
    await bot.send_photo(DEMO_USER_ID, photo=png, caption="Your week")
    await bot.send_document(DEMO_USER_ID, document=b'{"nudges": []}', filename="nudger-export.json")
    await bot.send_document(
        DEMO_USER_ID, document=b'{"nudges": [1]}', filename="nudger-export.json"
    )
    assert await chat.flush() == 3
    shown = out.getvalue().splitlines()
    assert shown[0].endswith("bot sent a photo: Your week")
    saved = [Path(line.removeprefix("    saved to ")) for line in shown if "saved to" in line]
    assert [path.parent for path in saved] == [tmp_path] * 3
    assert saved[0].suffix == ".png" and saved[0].read_bytes() == png
    assert [path.name for path in saved[1:]] == ["nudger-export.json", "nudger-export-2.json"]
    assert saved[2].read_bytes() == b'{"nudges": [1]}'
    assert await chat.flush() == 0  # each call is shown once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90m", timedelta(minutes=90)),
        ("3h", timedelta(hours=3)),
        ("2d", timedelta(days=2)),
        ("1d12h", timedelta(days=1, hours=12)),
        (" 1d 2h 5m ", timedelta(days=1, hours=2, minutes=5)),
        ("3H", timedelta(hours=3)),
        ("30d", MAX_SKIP),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "banana", "3", "h", "2h1d", "0h", "30d1m", "-3h", "1.5h"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(DemoError, match="/skip-time"):
        parse_duration(text)


def test_demo_clock_follows_real_time_plus_an_offset_and_only_moves_forward() -> None:
    real = FakeClock(datetime(2030, 1, 1, tzinfo=UTC))
    clock = DemoClock(START, real=real)
    assert clock() == START
    real.advance(timedelta(minutes=5))
    assert clock() == START + timedelta(minutes=5)
    clock.advance_to(START + timedelta(hours=3))
    assert clock() == START + timedelta(hours=3)
    clock.advance_to(START)
    assert clock() == START + timedelta(hours=3)
    with pytest.raises(ValueError, match="timezone-aware"):
        DemoClock(datetime(2026, 1, 1))


def test_nudger_demo_command(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    files = tmp_path / "files"
    result = subprocess.run(
        [sys.executable, "-m", "nudger", "demo", "--files-dir", str(files)],
        input="/help\n/quit\n",
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "/skip-time 3h" in result.stdout  # the intro
    assert "you: /help" in result.stdout
    assert EN("help-intro").splitlines()[0] in result.stdout
    assert f"files the bot sends are saved in {files}" in result.stdout
    assert result.stdout.rstrip().endswith("(demo) bye")
    assert result.stderr == ""


def test_nudger_demo_lang_speaks_that_language(tmp_path: Path) -> None:
    """`nudger demo --lang ru`: the demo user's Telegram is Russian, so the bot answers in
    Russian (the demo's own notes stay English: they are for the operator)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    result = subprocess.run(
        [sys.executable, "-m", "nudger", "demo", "--lang", "ru", "--files-dir", str(tmp_path)],
        input="/start\n/quit\n",
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ru = shared_texts().words(Language.RU)
    assert f"bot: {ru('onboarding-ask-name')}" in result.stdout
    assert EN("onboarding-ask-name") not in result.stdout
