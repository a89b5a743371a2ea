"""/help: what the bot does, and every command with its line from the command menu.

The list is the router's menu (:meth:`nudger.bot.router.Router.menu`), itself built from
what each feature declares, so /help and Telegram's menu always name the same commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nudger.bot.base import Reply, Send, Sender
from nudger.bot.routes import Command, Routes

# --- words ---------------------------------------------------------------------------

ABOUT_HELP = "What I can do"
INTRO = (
    "I send you small, timed nudges: one concrete thing to do for your partner, "
    "chosen for what helps them feel secure. Tick each one off with Done, Skip or Snooze."
)


def help_text(menu: Sequence[tuple[str, str]]) -> str:
    """The intro, then ``/name - about`` for each command in ``menu``."""
    return INTRO + "\n\n" + "\n".join(f"/{name} - {about}" for name, about in menu)


# --- use case --------------------------------------------------------------------------

#: The commands as (name, about), in menu order.
Menu = Callable[[], Sequence[tuple[str, str]]]


class HelpFlow:
    def __init__(self, menu: Menu) -> None:
        self._menu = menu

    def routes(self) -> Routes:
        return Routes(commands=(Command("help", ABOUT_HELP, self.help),))

    async def help(self, sender: Sender, args: str = "") -> Reply:
        return Reply([Send(help_text(self._menu()))])
