"""Errors that end start-up with a one-line message (``nudger`` exits with code 2)."""

from __future__ import annotations


class StartupError(Exception):
    """nudger could not start; the message says why and what to check."""
