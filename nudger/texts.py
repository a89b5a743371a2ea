"""Everything the bot says that is not a prompt from the catalog.

Kept in one place so the voice stays consistent: warm, plain, specific, and
never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Set up (or redo) your partner and your nudge times"),
    ("now", "Send me a nudge right now"),
    ("week", "Your week: a chart, your streak and one idea for next week"),
    ("conflict", "Three steps for a tense moment, right now"),
    ("quiz", "A short quiz to find your partner's style"),
    ("settings", "Change the name, times, style, review day and quiet hours"),
    ("pause", "Stop nudges for a while (e.g. /pause 1w) or until you resume"),
    ("resume", "Start nudges again"),
    ("export", "Get all your data as a file"),
    ("delete", "Erase everything I know about you"),
    ("help", "What I can do"),
)

HELP = (
    "I send you small, timed nudges: one concrete thing to do for your partner, "
    "chosen for what helps them feel secure. Tick each one off with Done, Skip or Snooze.\n\n"
    + "\n".join(f"/{name} - {about}" for name, about in COMMANDS)
)

WELCOME = (
    "Hi! I'm nudger. I'll remind you to do small, specific things that help your partner "
    "feel loved and secure. Research on attachment shows that small, consistent actions "
    "like these ease a partner's worries over time.\n\n"
    "What I store, and why:\n"
    "• your partner's first name or nickname and the style you pick, to choose and word "
    "your nudges\n"
    "• your time zone, nudge times, quiet hours and review day, to send them at good moments\n"
    "• which nudges you got, what you ticked off, when you paused and when you used "
    "/conflict, to show you your week\n"
    "• quiz answers, only while a quiz is under way\n\n"
    "I don't keep your messages or your location (a shared location only finds your time "
    "zone). Nothing is shared with anyone. Send /export for a copy of it all, or /delete "
    "to erase it.\n\n"
    "A few quick questions, and we're done."
)

ASK_NAME = "What's your partner's first name or nickname?"
BAD_NAME = "Please send a name up to 40 characters (letters or numbers, not only emoji or symbols)."


def ask_style(name: str) -> str:
    lines = [f"Which sounds most like {name}?", ""]
    for style in AttachmentStyle:
        lines.append(f"{style.label}: {style.description}.")
    lines += [
        "",
        "This only decides which ideas you get. It's not a diagnosis, and you can change it "
        "any time in /settings.",
    ]
    return "\n".join(lines)


ASK_TIMEZONE = (
    "Which time zone are you in? Send its name, like Europe/Berlin, or a city near you, "
    "like Berlin, New York or Sydney."
)


def bad_timezone(text: str) -> str:
    shown = text.strip().replace("\n", " ")
    shown = shown if len(shown) <= 30 else shown[:29] + "…"
    intro = f'I couldn\'t find a time zone for "{shown}".' if shown else "That was empty."
    return (
        f"{intro} Try a zone name like Europe/Berlin, America/New_York or Asia/Tokyo, "
        "or a larger city near you, like Berlin, Toronto or Sydney.\n\n" + ASK_TIMEZONE
    )


ASK_COUNT = "How many nudges a day would you like?"
ASK_WINDOWS = "When should they come? Tap one or more, then Save."
NEED_WINDOW = "Pick at least one time of day first."


def too_many_for_windows(per_day: int, fits: int) -> str:
    return (
        f"{per_day} nudges a day need more room: they come at least 2 hours apart, and "
        f"these times fit {fits}. Pick another time of day too, or send /start to choose fewer."
    )


def window_names(windows: Iterable[Window]) -> str:
    chosen = [w.label for w in Window if w in set(windows)]
    if len(chosen) == 1:
        return chosen[0]
    return ", ".join(chosen[:-1]) + " and " + chosen[-1]


def local_time(at: datetime) -> str:
    """'Fri 28 Nov, 09:41' in whatever zone ``at`` is in."""
    return at.strftime("%a %d %b, %H:%M")


def summary(
    name: str,
    style: AttachmentStyle,
    timezone: str,
    per_day: int,
    windows: Iterable[Window],
    first: datetime | None,
    review: str,
    quiet: str,
) -> str:
    count = "1 nudge a day" if per_day == 1 else f"{per_day} nudges a day"
    lines = [
        "All set. Here's your plan:",
        f"• Partner: {name}",
        f"• Style: {style.label}",
        f"• Time zone: {timezone}",
        f"• {count}, {window_names(windows).lower()}",
        f"• Your week in review: {review}",
        f"• Quiet hours: {quiet}, when I send nothing",
        "",
    ]
    if first is not None:
        lines.append(f"Your first nudge comes {local_time(first)} (your time).")
    lines.append(
        f"Each one is a small thing to do for {name}, with Done, Skip and Snooze buttons. "
        "Send /now if you'd like one right away, /settings to change any of this, "
        "or /help for everything else."
    )
    return "\n".join(lines)


NOW_ON_ITS_WAY = "One is already on its way."
STALE_QUESTION = "That question was already answered."
NOT_SET_UP = "Nothing is set up for you here. Send /start to begin."
UNKNOWN_TEXT = "I don't have a reply for that. Send /help to see what I can do."
IN_ONBOARDING_TAP = "Please use the buttons on the last question."
NO_SUCH_WEEK = "I can show the weeks since your first nudge, up to a year back."
BAD_BUTTON = "Sorry, I didn't understand that button."
NOT_YOURS = "That button isn't valid any more."
SOMETHING_WRONG = (
    "Sorry, something went wrong on my side, and nothing was changed. Please try again in a moment."
)

OLD_NUDGE = "That nudge was for an earlier day, so it stays as it was. Today's will come."
DONE_MARK = "✅ Done — nice."
SKIP_MARK = "⏭ Skipped — that's fine. There's always tomorrow."


def snooze_mark(at: datetime, next_day: bool = False) -> str:
    when = f"tomorrow at {at:%H:%M}" if next_day else f"at {at:%H:%M}"
    return f"⏰ Snoozed — I'll bring it back {when}."


def already(state: str) -> str:
    return {
        "done": "You already marked this one done.",
        "skipped": "You already skipped this one.",
        "snoozed": "This one is snoozed; it will come back soon.",
    }.get(state, "This nudge can't be changed any more.")


PAUSED = (
    "Paused. No nudges until you send /resume. To have them come back by themselves, "
    "send a length instead, like /pause 1w."
)
ALREADY_PAUSED = (
    "You're already paused, until you send /resume. To have nudges come back by themselves, "
    "send a length, like /pause 3d."
)
NOT_PAUSED = "You're not paused; nudges are on. To take a break, send /pause, or /pause 1w."


def resumed(first: datetime | None) -> str:
    text = "Welcome back. Nudges are on again."
    if first is not None:
        text += f" The next one comes {local_time(first)} (your time)."
    return text
