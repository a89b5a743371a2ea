"""Errors every layer may raise or catch: start-up failures (``nudger`` exits with code 2 and a
one-line message), and the signal that an update was handled before."""

from __future__ import annotations


class StartupError(Exception):
    """nudger could not start; the message says why and what to check."""


class AlreadyHandled(Exception):
    """The update was handled before (a redelivery): it is dropped.

    Raised by the inbound side's unit of work (:class:`nudger.storage.updates.UpdateSessions`)
    at the update's first use of the database; the adapter that received it logs and drops it.
    """
