"""The fast test tier's stand-in for Telegram: the app's own parts, without PTB or HTTP.

``messenger`` sends by calling the fake Bot API's own methods in-process, so its records
(calls, chats, buttons, injected failures) are what the tests assert on, as over HTTP.
``edge`` hands the updates a :class:`~nudger.testing.FakeUser` queues to production's inbound
adapter (``nudger.messaging.inbound``), as the Telegram gateway does. The real-HTTP tier
(tests/e2e) proves the gateway itself: polling, the webhook, the command menu.
"""
