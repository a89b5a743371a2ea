"""The button data codec (``<prefix>:<field>...``) and what the codecs built on it accept.

The data comes from the client, so each table lists what must be refused as well as what
is read; the refusals are the same as before the codecs shared one shape (the nudge
answer's regex, the week's ``partition``, the follow-up's dict lookup).
"""

from __future__ import annotations

from datetime import date

import pytest

from nudger.bot import conflict
from nudger.domain.button_data import number, pack, prefix_of, unpack
from nudger.domain.conflict import FollowUpWhen
from nudger.domain.model import Outcome
from nudger.services.nudge_message import answer_data, nudge_keyboard, parse_answer
from nudger.services.review import parse_week, week_data, week_keyboard
from tests.support.words import EN


@pytest.mark.parametrize(
    ("prefix", "fields", "data"),
    [
        ("s", ("rh", 1, 18), "s:rh:1:18"),
        ("n", (42, "d"), "n:42:d"),
        ("q", ("start",), "q:start"),
        ("x", ("del", 0), "x:del:0"),
        ("c", (), "c"),
        ("w", ("2026-11-16",), "w:2026-11-16"),
    ],
)
def test_pack(prefix: str, fields: tuple[object, ...], data: str) -> None:
    assert pack(prefix, *fields) == data


@pytest.mark.parametrize(
    ("data", "prefix", "fields"),
    [
        ("s:rh:1:18", "s", ["rh", "1", "18"]),
        ("s:rh:1:18", "n", None),  # another feature's prefix
        ("s:", "s", [""]),
        ("s::", "s", ["", ""]),
        ("s", "s", None),  # no separator: not button data of ours
        ("", "s", None),
        (":s", "s", None),
        ("ss:menu", "s", None),  # a prefix is the whole head, not its start
        ("S:menu", "s", None),
        ("s:a b:c\n", "s", ["a b", "c\n"]),  # fields are checked by the feature, not here
        (":x", "", ["x"]),
    ],
)
def test_unpack(data: str, prefix: str, fields: list[str] | None) -> None:
    assert unpack(data, prefix) == fields


@pytest.mark.parametrize(
    ("data", "prefix"),
    [("n:1:d", "n"), ("w:", "w"), (":x", ""), ("nocolon", None), ("", None), ("zz:1", "zz")],
)
def test_prefix_of(data: str, prefix: str | None) -> None:
    assert prefix_of(data) == prefix


@pytest.mark.parametrize(
    ("text", "allowed", "value"),
    [
        ("2", range(1, 4), 2),
        ("0", range(4), 0),
        ("4", range(1, 4), None),
        ("02", range(1, 4), None),
        ("+2", range(1, 4), None),
        (" 2", range(1, 4), None),
        ("２", range(1, 4), None),
        ("", range(1, 4), None),
        ("18", (9, 12, 18), 18),
    ],
)
def test_number(text: str, allowed: range | tuple[int, ...], value: int | None) -> None:
    assert number(text, allowed) == value


@pytest.mark.parametrize(
    ("prefix", "fields"),
    [("s", ["rh", "1", "18"]), ("o", ["tz", "Europe/Berlin"]), ("q", ["a", "3", "7"])],
)
def test_unpack_reads_what_pack_wrote(prefix: str, fields: list[str]) -> None:
    assert unpack(pack(prefix, *fields), prefix) == fields


# --- the nudge's answers: n:<nudge id>:<d|s|z> ----------------------------------------------


@pytest.mark.parametrize(
    ("data", "answer"),
    [
        ("n:7:d", (7, Outcome.DONE)),
        ("n:7:s", (7, Outcome.SKIP)),
        ("n:7:z", (7, Outcome.SNOOZE)),
        ("n:007:d", (7, Outcome.DONE)),
        ("n:" + "9" * 18 + ":d", (10**18 - 1, Outcome.DONE)),
        ("n:٣:d", (3, Outcome.DONE)),  # any script's decimal digits, as int() reads them
        ("n:7:d\n", (7, Outcome.DONE)),  # one newline after the data, as the old regex let by
        ("n:" + "9" * 19 + ":d", None),
        ("n::d", None),
        ("n:abc:d", None),
        ("n:-1:d", None),
        ("n:+1:d", None),
        ("n: 1:d", None),
        ("n:1.5:d", None),
        ("n:１e3:d", None),
        ("n:7:x", None),
        ("n:7:D", None),
        ("n:7:dd", None),
        ("n:7:", None),
        ("n:7", None),
        ("n:7:d:", None),
        ("n:7:d\n\n", None),
        ("n:7:d\r", None),
        ("n:7\n:d", None),
        ("nn:7:d", None),
        ("w:7:d", None),
    ],
)
def test_parse_answer(data: str, answer: tuple[int, Outcome] | None) -> None:
    assert parse_answer(data) == answer


@pytest.mark.parametrize("outcome", [Outcome.DONE, Outcome.SKIP, Outcome.SNOOZE])
def test_answer_data_reads_back(outcome: Outcome) -> None:
    assert parse_answer(answer_data(123456, outcome)) == (123456, outcome)


def test_nudge_keyboard_reads_back() -> None:
    (row,) = nudge_keyboard(EN, 99)
    answers = [parse_answer(button.data) for button in row]
    assert answers == [(99, Outcome.DONE), (99, Outcome.SKIP), (99, Outcome.SNOOZE)]


# --- the week buttons: w:<Monday> ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "monday"),
    [
        ("w:2026-11-16", date(2026, 11, 16)),
        ("w:2026-W47-1", date(2026, 11, 16)),  # ISO week form, 10 characters: read as before
        ("w:2026-11-17", None),  # a Tuesday
        ("w:2026-W47-2", None),
        ("w:20261116", None),  # fromisoformat reads it, but not 10 characters
        ("w:2026-11-16\n", None),
        ("w: 2026-11-16", None),
        ("w:2026-11-16:", None),
        ("w:2026-13-16", None),
        ("w:", None),
        ("w:２０２６-11-16", None),
        ("w:" + "2026-11-23" * 3, None),
        ("n:2026-11-16", None),
    ],
)
def test_parse_week(data: str, monday: date | None) -> None:
    assert parse_week(data) == monday


def test_week_keyboard_reads_back() -> None:
    current, first = date(2026, 11, 30), date(2026, 1, 5)
    (row,) = week_keyboard(EN, date(2026, 11, 16), current, first)
    assert [button.data for button in row] == ["w:2026-11-09", "w:2026-11-23"]
    assert [parse_week(button.data) for button in row] == [date(2026, 11, 9), date(2026, 11, 23)]
    assert parse_week(week_data(first)) == first


# --- the /conflict follow-up: c:<later|morning|thismorning> --------------------------------


@pytest.mark.parametrize(
    ("data", "offered", "today"),
    [
        ("c:later", FollowUpWhen.LATER, True),
        ("c:morning", FollowUpWhen.TOMORROW_MORNING, False),
        ("c:thismorning", FollowUpWhen.THIS_MORNING, False),
        ("c:Later", None, None),
        ("c:later:", None, None),
        ("c:later\n", None, None),
        ("c:", None, None),
        ("c", None, None),
        ("c:later:later", None, None),
        ("cc:later", None, None),
        ("n:later", None, None),
    ],
)
def test_parse_follow_up(data: str, offered: FollowUpWhen | None, today: bool | None) -> None:
    remind = conflict.parse(data)
    if offered is None:
        assert remind is None
    else:
        assert remind == conflict.Remind(offered, asked_for_today=bool(today))
