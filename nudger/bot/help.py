"""/help: what the bot does, and every command with its line from the command menu.

The list is the router's menu (:meth:`nudger.bot.router.Router.menu`), itself built from
what each feature declares, so /help and Telegram's menu always name the same commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nudger.bot.base import Deps, Reply, Send, Sender, words_for_sender
from nudger.bot.routes import Command, Routes
from nudger.i18n.texts import Words
from nudger.storage import users


def help_text(t: Words, menu: Sequence[tuple[str, str]]) -> str:
    """The intro, then ``/name - about`` for each command in ``menu``, then what linking
    with the partner never shares."""
    lines = (t("help-line", command=f"/{name}", about=about) for name, about in menu)
    return t("help-intro") + "\n\n" + "\n".join(lines) + "\n\n" + t("help-partners")


# --- use case --------------------------------------------------------------------------

#: The commands as (name, about) in a user's words, in menu order.
Menu = Callable[[Words], Sequence[tuple[str, str]]]


class HelpFlow:
    def __init__(self, deps: Deps, menu: Menu) -> None:
        self._deps = deps
        self._menu = menu

    def routes(self) -> Routes:
        return Routes(commands=(Command("help", self.help),))

    async def help(self, sender: Sender, args: str = "") -> Reply:
        async with self._deps.sessions() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
        t = words_for_sender(self._deps.texts, sender, profile)
        return Reply([Send(help_text(t, self._menu(t)))])
