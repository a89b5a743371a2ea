"""What the tests, the demo and the benchmark share: the fake Bot API (``fake_bot_api``), the
in-process edge and messenger of the fast test tier (``inprocess``), real ``nudger`` processes
(``processes``), seeding and reading back deliveries (``deliveries``), cutting the database
(``outage``) and a virtual wall clock (``wall``). Import each from its own module."""
