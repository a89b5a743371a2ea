"""Fuzzing the update handlers with hypothesis, through the real app and the fake Bot API.

One user (the fuzzer) sends random texts, commands with arguments, huge messages, taps with
garbled, stale, replayed and forged callback data (among them another user's nudge ids and
delete stamp), taps outside its own chat, edited messages and update kinds the bot does not
handle. Another user (the bystander) has a full account: a delivered nudge, a pause, a quiz
and a conflict under way, and a delete warning waiting for an answer.

After every single update:

* nothing failed: no log record at WARNING or above (``update_failed``, ``reply_failed``,
  ``callback_answer_failed``, PTB's own errors), and the Bot API accepted every call, so no
  reply broke a Telegram limit (the fake refuses empty and too long texts and captions);
* nothing was sent to anyone but the fuzzer, and no row of anyone else changed;
* the answer is clear: a message in the private chat gets at least one message back; a tap
  gets exactly one answer, with a notice or something to see (a menu opened in place); an
  update the bot does not handle (a group, a channel, an edit, a replay, ...) gets nothing
  at all and changes no row.

Updates are handled one at a time, in order, so one is done when a later one (the
sentinel: a tap with data that is not ours, answered without the database) is answered.
All examples of a test share one app and database: the fuzzer's stale buttons and state
carry over from example to example, which is the point. Each example starts with the
fuzzer set up (again, if an earlier example deleted it), so it has something to lose.
"""

from __future__ import annotations

import copy
import itertools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from nudger.app import NudgerApp
from nudger.bot import words as bot_words
from nudger.messaging.replies import MAX_NOTICE
from nudger.storage.tables import UpdateSeenRow, UserRow
from nudger.testing.fake_bot_api import BOT_ID, BOT_USERNAME, ApiCall, FakeBotApi
from tests.conftest import FakeClock
from tests.support.chat import MENU, Chat
from tests.support.rows import STATE_TABLES, nudges, snapshot
from tests.support.words import EN

FUZZER = 501
BYSTANDER = 777
#: Callback data without a prefix: answered (BAD_BUTTON) before any database access.
SENTINEL = "fuzz-sentinel"
COMMANDS = [name for name, _ in MENU]
PREFIXES = ["n", "o", "s", "q", "c", "x", "w"]
GROUP = {"id": -100_777_501, "type": "supergroup", "title": "Friends"}
CHANNEL = {"id": -100_999, "type": "channel", "title": "News"}
BOT = {"id": BOT_ID, "is_bot": True, "first_name": "Nudger", "username": BOT_USERNAME}
SENDS = {"sendMessage", "sendPhoto", "sendDocument"}
Expect = Literal["reply", "answer", "nothing"]

FUZZ = settings(
    max_examples=50,
    derandomize=True,  # the same examples on every run: CI is reproducible
    database=None,
    deadline=None,
    # No shrinking: the examples share one app, so a rerun meets another state. A failure
    # names the operation it happened at instead (see ``fuzz``).
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one app for all examples, on purpose
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


# --- the world ---------------------------------------------------------------------------


class World:
    """The app, both users, and what the fuzzer aims at.

    Not a dataclass: hypothesis would print all of it with a failing example.
    """

    def __init__(self, app: NudgerApp, fuzzer: Chat, bystander: Chat) -> None:
        self.app = app
        self.api = fuzzer.api
        self.fuzzer = fuzzer
        self.bystander = bystander
        #: Callback data on every keyboard the bystander was sent.
        self.bystander_data = [data for _, data in keyboards(self.api, BYSTANDER)]
        self.bystander_nudge_data = [d for d in self.bystander_data if d.startswith("n:")]
        #: Every row that is not the fuzzer's, as the fuzzing starts.
        self.bystander_rows: dict[str, list[tuple[Any, ...]]] = {}
        #: Update ids of the fuzzer's updates so far, for replays.
        self.history: list[int] = []
        #: The fuzzer's own text messages, for edits.
        self.texts_sent: list[int] = []
        self._forged = itertools.count(1)
        self._injected = itertools.count(2_000_000_000)  # far from the fake's update ids

    def __repr__(self) -> str:
        return "World(...)"

    @property
    def engine(self) -> AsyncEngine:
        return self.app.engine

    def queue_tap(self, message: dict[str, Any] | None, data: str | None) -> str:
        """A tap from the fuzzer as Telegram would deliver it; returns the callback id.

        ``message`` None is a tap under an inline message; ``data`` None a game button.
        """
        callback_id = f"forged-{next(self._forged)}"
        query: dict[str, Any] = {
            "id": callback_id,
            "from": self.fuzzer.user.as_dict,
            "chat_instance": "forged",
        }
        if message is None:
            query["inline_message_id"] = "inline-1"
        else:
            query["message"] = message
        if data is None:
            query["game_short_name"] = "game"
        else:
            query["data"] = data
        self.history.append(self.api.queue_raw_update({"callback_query": query}))
        return callback_id

    def next_injected_id(self) -> int:
        return next(self._injected)


@dataclass(frozen=True)
class Sent:
    """What an operation put in front of the bot, and what it expects back."""

    expect: Expect
    callback_id: str | None = None
    data: str | None = None  # the tap's callback data, for failure messages
    notices: frozenset[str] | None = None  # the notices that would be right, if known
    injected: int | None = None  # an update id handed straight to the gateway


def keyboards(api: FakeBotApi, chat_id: int) -> list[tuple[int, str]]:
    """(message id, callback data) of every button ever sent to ``chat_id``, oldest first."""
    found: dict[tuple[int, str], None] = {}
    for call in api.calls:
        markup = call.params.get("reply_markup")
        if not call.ok or call.params.get("chat_id") != chat_id or not isinstance(markup, dict):
            continue
        message_id = (
            call.result["message_id"] if call.method in SENDS else call.params["message_id"]
        )
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if "callback_data" in button:
                    found[(int(message_id), str(button["callback_data"]))] = None
    return list(found)


async def _telegram_ids(engine: AsyncEngine) -> dict[int, int]:
    async with engine.connect() as connection:
        rows = await connection.execute(select(UserRow.id, UserRow.telegram_id))
        return {row.id: row.telegram_id for row in rows}


async def deliver_to_both(app: NudgerApp, clock: FakeClock) -> None:
    """Move the clock from nudge to nudge until both users have had one delivered."""
    for _ in range(8):
        rows = await nudges(app)
        users = await _telegram_ids(app.engine)
        if {FUZZER, BYSTANDER} <= {users[n.user_id] for n in rows if n.state == "sent"}:
            return
        clock.set(min(n.due_at for n in rows if n.state == "planned"))
        assert await app.dispatcher.tick() >= 1
    raise AssertionError("no nudge was delivered to both users")


async def others(engine: AsyncEngine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every state table that is not the fuzzer's."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    mine = select(UserRow.id).where(UserRow.telegram_id == FUZZER).scalar_subquery()
    async with engine.connect() as connection:
        for table in STATE_TABLES:
            query = select(table).order_by(*table.primary_key.columns)
            if "telegram_id" in table.c:
                query = query.where(table.c.telegram_id != FUZZER)
            elif "user_id" in table.c:
                query = query.where(table.c.user_id.not_in(mine))
            out[table.name] = [tuple(row) for row in await connection.execute(query)]
    return out


async def set_up(world: World) -> None:
    """Onboard the fuzzer (again) unless it is set up."""
    async with world.engine.connect() as connection:
        row = await connection.execute(
            select(UserRow.timezone, UserRow.windows).where(UserRow.telegram_id == FUZZER)
        )
        found = row.first()
    if found is None or found.timezone is None or not found.windows:
        await world.fuzzer.onboard()
        await settle(world)


@pytest.fixture
async def world(app: NudgerApp, api: FakeBotApi, clock: FakeClock) -> World:
    fuzzer = Chat(api, api.user(FUZZER, "Alex"))
    bystander = Chat(api, api.user(BYSTANDER, "Robin"))
    await fuzzer.onboard()
    await bystander.onboard(
        name="Kim", style="Avoidant", zone="America/New_York", windows=("Morning", "Afternoon")
    )
    await deliver_to_both(app, clock)
    await bystander.say("/conflict")
    await bystander.say("/quiz", replies=2)
    await bystander.tap("4")
    await bystander.say("/pause 1w")
    await bystander.say("/delete")  # the warning stays unanswered
    world = World(app, fuzzer, bystander)
    assert world.bystander_nudge_data, "the bystander's nudge has no buttons"
    world.bystander_rows = await others(app.engine)
    assert all(world.bystander_rows[t] for t in ("users", "nudges", "quiz", "pauses", "conflicts"))
    return world


# --- what the fuzzer sends ---------------------------------------------------------------


def _message(chat: Mapping[str, Any], sender: Mapping[str, Any], **content: Any) -> dict[str, Any]:
    return {"message_id": 90_000, "date": 0, "chat": dict(chat), "from": dict(sender), **content}


def _command_entities(text: str) -> list[dict[str, Any]]:
    """The entity Telegram marks a leading /command with."""
    if not text.startswith("/"):
        return []
    length = len(text.split(maxsplit=1)[0].encode("utf-16-le")) // 2
    return [{"type": "bot_command", "offset": 0, "length": length}]


def _pick(items: list[Any], index: int) -> Any:
    return items[index % len(items)]


@dataclass(frozen=True)
class Say:
    """A text message in the private chat: ``prefix`` and ``text`` repeated ``times``.

    (Huge texts are built when sent, so a failing example prints short.)
    """

    text: str
    times: int = 1
    prefix: str = ""

    async def send(self, world: World) -> Sent:
        world.texts_sent.append(world.fuzzer.user.send_text(self.prefix + self.text * self.times))
        world.history.append(world.api.last_update_id)
        return Sent("reply")


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float

    async def send(self, world: World) -> Sent:
        world.fuzzer.user.share_location(self.latitude, self.longitude)
        world.history.append(world.api.last_update_id)
        return Sent("reply")


@dataclass(frozen=True)
class Tap:
    """A tap with this data on one of the bot's messages in the fuzzer's chat."""

    data: str
    message: int  # an index into the bot's messages there

    async def send(self, world: World) -> Sent:
        user = world.fuzzer.user
        callback_id = user.press(_pick(user.messages, self.message).message_id, self.data)
        world.history.append(world.api.last_update_id)
        notices = None
        if self.data in world.bystander_nudge_data:  # not the fuzzer's to answer
            notices = frozenset(
                {EN(bot_words.NOT_YOURS), EN(bot_words.NOT_SET_UP)}
            )  # (if it deleted itself)
        return Sent("answer", callback_id, self.data, notices)


@dataclass(frozen=True)
class TapOwnButton:
    """A tap on a real button the fuzzer was sent, current or long stale."""

    button: int  # an index into every button ever sent to the fuzzer

    async def send(self, world: World) -> Sent:
        message_id, data = _pick(keyboards(world.api, FUZZER), self.button)
        callback_id = world.fuzzer.user.press(message_id, data)
        world.history.append(world.api.last_update_id)
        return Sent("answer", callback_id, data)


@dataclass(frozen=True)
class TapBystanderData:
    """The bystander's callback data (their nudge, delete stamp, ...) on the fuzzer's message."""

    button: int
    message: int
    nudge: bool  # only the bystander's nudge buttons

    async def send(self, world: World) -> Sent:
        choices = world.bystander_nudge_data if self.nudge else world.bystander_data
        return await Tap(_pick(choices, self.button), self.message).send(world)


@dataclass(frozen=True)
class ForeignTap:
    """A tap by the fuzzer on a message outside its private chat, or on none at all."""

    data: str | None
    where: Literal["bystander", "group", "inline"]
    message: int  # which of the bot's messages to the bystander

    async def send(self, world: World) -> Sent:
        message = None
        if self.where == "bystander":
            message = copy.deepcopy(_pick(world.bystander.user.messages, self.message).raw)
        elif self.where == "group":
            message = _message(GROUP, BOT, text="a nudge, forwarded")
        callback_id = world.queue_tap(message, self.data)
        return Sent("answer", callback_id, self.data, frozenset({EN(bot_words.NOT_YOURS)}))


@dataclass(frozen=True)
class TapInaccessible:
    """A tap on a bot message Telegram no longer shows the bot (an InaccessibleMessage)."""

    data: str | None
    message: int

    async def send(self, world: World) -> Sent:
        message_id = _pick(world.fuzzer.user.messages, self.message).message_id
        message = {"message_id": message_id, "date": 0, "chat": world.fuzzer.user.chat}
        return Sent("answer", world.queue_tap(message, self.data), self.data)


@dataclass(frozen=True)
class Replay:
    """Telegram delivers one of the fuzzer's earlier updates again: it is dropped."""

    which: int

    async def send(self, world: World) -> Sent:
        if world.history:
            world.api.replay(_pick(world.history, self.which))
        return Sent("nothing")


@dataclass(frozen=True)
class Raw:
    """Any update through getUpdates (the fake delivers kinds it does not produce itself)."""

    update: dict[str, Any]
    expect: Expect

    async def send(self, world: World) -> Sent:
        world.history.append(world.api.queue_raw_update(copy.deepcopy(self.update)))
        return Sent(self.expect)


@dataclass(frozen=True)
class Inject:
    """An update handed straight to the bot, past ``allowed_updates`` (e.g. an edit)."""

    update: dict[str, Any]

    async def send(self, world: World) -> Sent:
        update_id = world.next_injected_id()
        gateway = world.app.telegram
        data = {**copy.deepcopy(self.update), "update_id": update_id}
        await gateway.handle(data, retry=True)
        return Sent("nothing", injected=update_id)


@dataclass(frozen=True)
class EditViaApi:
    """The fuzzer edits one of its messages; Telegram holds it back (``allowed_updates``)."""

    which: int
    text: str

    async def send(self, world: World) -> Sent:
        if world.texts_sent:
            world.fuzzer.user.edit_text(_pick(world.texts_sent, self.which), self.text)
        return Sent("nothing")


Op = (
    Say
    | Location
    | Tap
    | TapOwnButton
    | TapBystanderData
    | ForeignTap
    | TapInaccessible
    | Replay
    | Raw
    | Inject
    | EditViaApi
)

# --- strategies --------------------------------------------------------------------------

index = st.integers(min_value=0, max_value=10_000)
#: Any text: control characters, NULs, right-to-left marks, emoji, combining marks, ...
any_text = st.text(max_size=80)
tricky_text = st.sampled_from(
    [
        "",
        " ",
        "\n\n",
        "\x00",
        "\u202eevil\u202c",
        "👩‍❤️‍👨",
        "Europe/Berlin\x00",
        "'; DROP TABLE users; --",
        "%s %d {0} {}",
        "<b>bold</b> &amp; <a href='x'>",
        "*bold* _it_ `code` [x](http://y)",
        "Berlin",
        "\u200b",
        "ｂｅｒｌｉｎ",
        "Ünïcödé Ⅻ ﷽",
        "3d",
        "-1w",
        "99999999999999999999 weeks",
    ]
)
words = st.one_of(any_text, tricky_text)
command_name = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(COMMANDS).map(str.upper),
    st.from_regex(r"[A-Za-z0-9_]{1,40}", fullmatch=True),
    st.text(max_size=5),
)
command = st.builds(
    lambda name, at, gap, args: f"/{name}{at}{gap}{args}",
    command_name,
    st.sampled_from(["", f"@{BOT_USERNAME}", "@other_bot"]),
    st.sampled_from(["", " ", "  ", "\n", "\t"]),
    st.one_of(
        st.just(""),
        words,
        st.from_regex(r"-?[0-9]{1,20} ?[a-zA-Zа-я]{0,8}", fullmatch=True),  # /pause 3d, ...
    ),
)
#: Up to 4,000 times a unit of up to 6 characters, after a command or not.
huge_say = st.builds(
    Say,
    st.text(min_size=1, max_size=6),
    st.integers(min_value=700, max_value=4_000),
    st.sampled_from(["", "/start ", "/pause ", "/settings ", "/week ", "/nosuchcommand "]),
)
number = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["0", "00", "+1", " 1", "1.5", "１", "٣", "1e3", ""]),
)
#: The words our callback data is made of.
DATA_WORDS = [
    *("d", "s", "z", "del", "keep", "a", "style", "tz", "count", "win", "save", "st", "pd"),
    *("ws", "rd", "rh", "qs", "qe", "start", "stop", "use", "later", "morning", "menu"),
    *("thismorning", "name", "close", "tzno", "anxious", "secure", "avoidant", "fearful"),
    *("unknown", "afternoon", "evening", "Europe/Berlin"),
]
callback_data = st.one_of(
    st.text(max_size=64),
    st.binary(max_size=64).map(lambda raw: raw.decode("latin-1")),
    st.builds("{}:{}".format, st.sampled_from(PREFIXES), st.text(max_size=40)),
    st.builds(
        lambda prefix, parts: ":".join([prefix, *parts]),
        st.sampled_from(PREFIXES),
        st.lists(
            st.one_of(
                number,
                st.sampled_from(DATA_WORDS),
                st.dates().map(str),
                st.text(max_size=8),
            ),
            max_size=4,
        ),
    ),
    st.builds("n:{}:{}".format, number, st.sampled_from("dszx")),
    st.sampled_from(["x" * 65, "n:" + "9" * 5_000 + ":d", "w:" + "2026-11-23" * 300]),
)
#: Other kinds of message in the private chat (a valid poll as PTB 22.8 reads it).
private_content: st.SearchStrategy[dict[str, Any]] = st.sampled_from(
    [
        {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                     "is_animated": False, "is_video": False, "type": "regular"}},
        {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 9, "height": 9}],
         "caption": "/start"},
        {"document": {"file_id": "d", "file_unique_id": "d"}, "caption": "Berlin"},
        {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 1}},
        {"contact": {"phone_number": "+100", "first_name": "Kim", "user_id": BYSTANDER}},
        {"dice": {"emoji": "🎲", "value": 3}},
        {"poll": {"id": "p1", "question": "?", "total_voter_count": 0, "is_closed": False,
                  "options": [{"text": "a", "voter_count": 0, "persistent_id": "o1"}],
                  "is_anonymous": True, "type": "regular", "allows_multiple_answers": False,
                  "allows_revoting": False, "members_only": False}},
        {"venue": {"location": {"latitude": 1.0, "longitude": 2.0}, "title": "t",
                   "address": "a"}},
        {"pinned_message": {"message_id": 1, "date": 0,
                            "chat": {"id": FUZZER, "type": "private"}}},
        {"forward_origin": {"type": "hidden_user", "sender_user_name": "Kim", "date": 0},
         "text": "/delete"},
        {"text": "🙂" * 30_000, "entities": [{"type": "bold", "offset": 0, "length": 60_000}]},
        {},  # a message with nothing in it
    ]
)  # fmt: skip

FUZZER_USER = {"id": FUZZER, "is_bot": False, "first_name": "Alex", "language_code": "en"}
FUZZER_CHAT = {"id": FUZZER, "type": "private", "first_name": "Alex"}
BYSTANDER_USER = {"id": BYSTANDER, "is_bot": False, "first_name": "Robin"}


def _member(user_id: int, status: str) -> dict[str, Any]:
    user = {"id": user_id, "is_bot": user_id == BOT_ID, "first_name": "X"}
    return {"user": user, "status": status, **({"until_date": 0} if status == "kicked" else {})}


def _unhandled(sender: dict[str, Any], text: str) -> st.SearchStrategy[dict[str, Any]]:
    """Updates the bot has no handler for, from ``sender``, with ``text`` where it fits."""
    chat = {"id": sender["id"], "type": "private", "first_name": "X"}
    entities = _command_entities(text)
    return st.sampled_from(
        [
            {"message": _message(GROUP, sender, text=text, entities=entities)},
            {"message": _message({**GROUP, "type": "group"}, sender, text=text)},
            {"edited_message": _message(chat, sender, text=text, entities=entities, edit_date=1)},
            {"channel_post": _message(CHANNEL, sender, text=text)},
            {"edited_channel_post": _message(CHANNEL, sender, text=text, edit_date=1)},
            {"inline_query": {"id": "iq", "from": sender, "query": text[:256], "offset": ""}},
            {"chosen_inline_result": {"result_id": "r", "from": sender, "query": text[:256]}},
            {
                "poll_answer": {
                    "poll_id": "p1",
                    "option_ids": [0],
                    "option_persistent_ids": ["o1"],
                    "user": sender,
                }
            },
            {
                "my_chat_member": {  # the user blocked the bot
                    "chat": chat,
                    "from": sender,
                    "date": 0,
                    "old_chat_member": _member(BOT_ID, "member"),
                    "new_chat_member": _member(BOT_ID, "kicked"),
                }
            },
            {
                "chat_member": {
                    "chat": GROUP,
                    "from": sender,
                    "date": 0,
                    "old_chat_member": _member(sender["id"], "left"),
                    "new_chat_member": _member(sender["id"], "member"),
                }
            },
            {"chat_join_request": {"chat": GROUP, "from": sender, "user_chat_id": 1, "date": 0}},
            {
                "message_reaction": {
                    "chat": chat,
                    "message_id": 1,
                    "date": 0,
                    "user": sender,
                    "old_reaction": [],
                    "new_reaction": [{"type": "emoji", "emoji": "👍"}],
                }
            },
            {"some_future_update": {"from": sender, "text": text}},
        ]
    )


unhandled = st.tuples(
    st.sampled_from([FUZZER_USER, BYSTANDER_USER]),
    st.one_of(command, words),
).flatmap(lambda pair: _unhandled(*pair))
#: Edits in the private chat, which Telegram holds back (allowed_updates): put straight in.
edits = st.builds(
    lambda sender, text: {
        "edited_message": _message(
            {"id": sender["id"], "type": "private", "first_name": "X"},
            sender,
            text=text,
            entities=_command_entities(text),
            edit_date=1,
        )
    },
    st.sampled_from([FUZZER_USER, BYSTANDER_USER]),
    st.one_of(command, st.sampled_from(COMMANDS).map("/{}".format), words),
)
coordinate = st.floats(min_value=-500, max_value=500, allow_nan=False, allow_infinity=False)
maybe_data = st.one_of(callback_data, st.none())

#: Updates that get an answer: messages in the private chat, and taps.
answered_ops: st.SearchStrategy[Op] = st.one_of(
    st.builds(Say, words),
    st.builds(Say, command),
    huge_say,
    st.builds(Location, coordinate, coordinate),
    st.builds(
        Raw,
        private_content.map(lambda c: {"message": _message(FUZZER_CHAT, FUZZER_USER, **c)}),
        st.just("reply"),
    ),
    st.builds(Tap, callback_data, index),
    st.builds(TapOwnButton, index),
    st.builds(TapBystanderData, index, index, st.booleans()),
    st.builds(ForeignTap, maybe_data, st.sampled_from(["bystander", "group", "inline"]), index),
    st.builds(TapInaccessible, maybe_data, index),
)
#: Updates that get no answer and change nothing.
unanswered_ops: st.SearchStrategy[Op] = st.one_of(
    st.builds(Replay, index),
    st.builds(Raw, unhandled, st.just("nothing")),
    st.builds(Inject, st.one_of(edits, unhandled)),
    st.builds(EditViaApi, index, st.one_of(command, words)),
)


# --- one update, checked -----------------------------------------------------------------


async def settle(world: World) -> str:
    """Wait until all updates so far are handled (and a nudge /now asked for is sent).

    Returns the callback id of the sentinel tap that showed it.
    """
    api, user = world.api, world.fuzzer.user
    mark = api.mark()
    callback_id = user.press(user.messages[0].message_id, SENTINEL)
    await api.wait_for_call(
        "answerCallbackQuery",
        lambda c: c.params.get("callback_query_id") == callback_id,
        since=mark,
        timeout=15,
    )
    await world.app.dispatcher.drain()
    return callback_id


async def _seen(engine: AsyncEngine, update_id: int) -> bool:
    async with engine.connect() as connection:
        found = await connection.execute(
            select(UpdateSeenRow.update_id).where(UpdateSeenRow.update_id == update_id)
        )
        return found.first() is not None


def _unchanged_edit(call: ApiCall) -> bool:
    """An edit to what the message already shows (a button tapped twice): Telegram
    refuses it, and the bot takes that as done."""
    return "message is not modified" in str(call.response.get("description"))


async def check(world: World, op: Op, caplog: pytest.LogCaptureFixture) -> None:
    """Send one operation, wait until it is handled, check every property."""
    api = world.api
    before = await snapshot(world.engine)
    mark, logged = api.mark(), len(caplog.records)
    sent = await op.send(world)
    sentinel = await settle(world)
    calls = [
        c
        for c in api.calls[mark:]
        if c.method != "getUpdates" and c.params.get("callback_query_id") != sentinel
    ]

    problems = [r for r in caplog.records[logged:] if r.levelno >= logging.WARNING]
    assert not problems, [f"{r.name}: {r.getMessage()}" for r in problems]
    refused = [
        (c.method, c.response.get("description"), c.params)
        for c in calls
        if not c.ok and not _unchanged_edit(c)
    ]
    assert refused == [], "the Bot API refused a call"
    elsewhere = [c for c in calls if c.method != "answerCallbackQuery"]
    assert all(c.params.get("chat_id") == FUZZER for c in elsewhere), elsewhere
    assert await others(world.engine) == world.bystander_rows, "another user's rows changed"

    answers = [c for c in calls if c.method == "answerCallbackQuery"]
    if sent.expect == "reply":
        assert answers == []
        assert [c for c in calls if c.method in SENDS], "a message got no reply"
    elif sent.expect == "answer":
        assert [c.params["callback_query_id"] for c in answers] == [sent.callback_id]
        notice = answers[0].params.get("text")
        # A tap that opens a menu shows it (an edit) without a notice; any other says why.
        shown = [c for c in calls if c.method in SENDS or c.method.startswith("edit")]
        assert notice or shown, f"the tap {sent.data!r} was answered with nothing to see"
        assert len(str(notice or "")) <= MAX_NOTICE
        if sent.notices is not None:
            assert notice in sent.notices, sent
    else:
        assert calls == [], "an update the bot does not handle got an answer"
        assert await snapshot(world.engine) == before
        if sent.injected is not None:  # it reached the adapter, which left no trace at all
            assert not await _seen(world.engine, sent.injected)


async def fuzz(world: World, ops: list[Op], caplog: pytest.LogCaptureFixture) -> None:
    await set_up(world)
    for number, op in enumerate(ops):
        note(f"operation {number}: {op!r}")
        await check(world, op, caplog)


@FUZZ
@given(ops=st.lists(answered_ops, min_size=1, max_size=8))
async def test_messages_and_taps_get_clear_answers_and_touch_no_one_else(
    world: World, ops: list[Op], caplog: pytest.LogCaptureFixture
) -> None:
    await fuzz(world, ops, caplog)


@FUZZ
@given(ops=st.lists(st.one_of(unanswered_ops, answered_ops), min_size=1, max_size=8))
async def test_replays_edits_and_updates_not_for_the_bot_change_nothing(
    world: World, ops: list[Op], caplog: pytest.LogCaptureFixture
) -> None:
    await fuzz(world, ops, caplog)
