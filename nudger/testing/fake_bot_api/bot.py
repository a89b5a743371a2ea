"""Who the fake bot is: the ``User`` that ``getMe`` returns and that sends the bot's messages."""

from __future__ import annotations

from typing import Any

BOT_ID = 1000
BOT_USERNAME = "nudger_test_bot"
_BOT_USER: dict[str, Any] = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Nudger",
    "username": BOT_USERNAME,
}
_BOT_CAPABILITIES = {
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
    "can_connect_to_business": False,
    "has_main_web_app": False,
}
