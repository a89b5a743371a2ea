"""nudger: timed, attachment-aware relationship nudges over Telegram."""

__version__ = "0.1.0"
