"""``nudger demo``: try the real bot in a terminal, without Telegram.

The real :class:`~nudger.app.NudgerApp` runs against the fake Bot API on loopback, with a
throw-away SQLite database and a clock that can be fast-forwarded. The person types as the
user; the bot's messages, edits, notices and files are printed with the demo clock's time.

Demo commands (everything else goes to the bot as text, like Telegram would send it):

- a bare number ``N`` presses button N of the newest bot message that has buttons;
- ``/skip-time 3h`` (``90m``, ``2d``, ``1d12h``; up to 30 days) moves the clock forward, running
  every periodic job along the way, so nudges arrive at their own times;
- ``/location <lat> <lon>`` shares a location; ``/say <text>`` sends text as it is;
- ``/time`` shows the demo time; ``/demo-help`` shows these commands; ``/quit`` (or EOF) ends.

The parts: ``terminal`` (the ``nudger demo`` command on stdin and stdout), ``runner`` (the app,
the fake Bot API and the loop over typed lines), ``chat`` (acting on one typed line and waiting
for the bot), ``transcript`` (printing what the bot sent), ``commands`` (the demo's own commands:
their help and arguments) and ``clock`` (the clock that only moves forward).
"""
