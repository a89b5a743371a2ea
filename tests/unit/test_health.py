"""The health rules for ticks, and the metrics object (no server, no database)."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from nudger.domain.model import NudgeState
from nudger.web.metrics import Metrics
from nudger.web.server import Health, TickLog, tick_limits, tick_problem

LIMITS = tick_limits(plan_interval=600, dispatch_interval=5)


def test_limits_follow_the_intervals() -> None:
    assert LIMITS == {"dispatch": 30.0, "plan": 1860.0}  # max(3 x 5, 30); 3 x 600 + 60
    assert tick_limits(plan_interval=10, dispatch_interval=20)["dispatch"] == 60.0


def test_ticks_not_scheduled_are_reported() -> None:
    assert tick_problem(TickLog(), LIMITS, now=100.0) == "ticks not running"


@pytest.mark.parametrize(
    ("finished", "now", "problem"),
    [
        ({"dispatch": 1000.0, "plan": 1000.0}, 1030.0, None),
        ({"dispatch": 1000.0, "plan": 1000.0}, 1030.5, "dispatch tick late"),
        ({"dispatch": 2000.0, "plan": 100.0}, 2010.0, "plan tick late"),
        ({"dispatch": 2000.0, "plan": 200.0}, 2010.0, None),
        # Before a tick's first run ends, the time since scheduling counts.
        ({}, 29.0, None),
        ({}, 31.0, "dispatch tick late"),
    ],
)
def test_each_tick_must_have_finished_lately(
    finished: dict[str, float], now: float, problem: str | None
) -> None:
    log = TickLog(since=0.0, finished=finished)
    assert tick_problem(log, LIMITS, now=now) == problem


def test_a_long_run_under_way_is_not_a_hang_until_it_is() -> None:
    log = TickLog(since=0.0, finished={"dispatch": 0.0, "plan": 0.0}, running={"dispatch": 10.0})
    assert tick_problem(log, LIMITS, now=500.0) is None  # a catch-up after downtime
    assert tick_problem(log, LIMITS, now=611.0) == "dispatch tick late"
    assert tick_problem(log, LIMITS, now=611.0, running_limit=700.0) is None


async def test_the_log_records_successful_runs_only() -> None:
    log = TickLog(since=0.0)

    async def works() -> None:
        assert "good" in log.running

    async def breaks() -> None:
        raise RuntimeError("boom")

    await log.watch("good", works)()
    with pytest.raises(RuntimeError):
        await log.watch("bad", breaks)()
    assert set(log.finished) == {"good"}
    assert log.running == {}


def test_health_bodies_say_why_and_nothing_else() -> None:
    assert Health(True).body() == {"status": "ok"}
    assert Health(False, "database").body() == {"status": "unavailable", "reason": "database"}


def _samples(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(metrics.render().decode())
        for s in family.samples
    }


def test_every_state_is_shown_and_zero_fills() -> None:
    metrics = Metrics()
    metrics.set_nudges({"sent": 3, "planned": 2})
    metrics.set_nudges({"sent": 4})  # planned rows all went out
    samples = _samples(metrics)
    nudges = {
        dict(labels)["state"]: value
        for (name, labels), value in samples.items()
        if name == "nudger_nudges"
    }
    assert nudges == {state.value: 0.0 for state in NudgeState} | {"sent": 4.0}


def test_metric_names_and_separate_registries() -> None:
    first, second = Metrics(), Metrics()
    first.updates.inc()
    first.send_throttled.inc(2)
    first.send_seconds.observe(0.3)
    first.set_oldest_due(-5)  # a clock step back is not a negative age
    samples = _samples(first)
    assert samples[("nudger_updates_total", ())] == 1.0
    assert samples[("nudger_send_throttled_total", ())] == 2.0
    assert samples[("nudger_send_seconds_count", ())] == 1.0
    assert samples[("nudger_send_seconds_bucket", (("le", "0.5"),))] == 1.0
    assert samples[("nudger_send_seconds_bucket", (("le", "0.25"),))] == 0.0
    assert samples[("nudger_oldest_due_seconds", ())] == 0.0
    assert _samples(second)[("nudger_updates_total", ())] == 0.0
    names = {family.name for family in text_string_to_metric_families(first.render().decode())}
    assert all(name.startswith("nudger_") for name in names)
