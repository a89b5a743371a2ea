"""The layer table and the library homes in docs/architecture.md hold for every module.

The tables are read from the document itself, so the code and its description cannot drift
apart: a module outside every layer, an import across a line the table doesn't allow, or a
library imported outside its home fails here.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nudger"
DOC = ROOT / "docs" / "architecture.md"
EVERYTHING = "everything"


def _table(marker: str) -> list[list[str]]:
    """The rows of the markdown table between ``<!-- marker -->`` and ``<!-- /marker -->``."""
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker} -->\n(.*?)\n<!-- /{marker} -->", text, re.S)
    assert match, f"docs/architecture.md has no {marker} table"
    rows = [line.strip().strip("|").split("|") for line in match.group(1).splitlines()]
    return [[cell.strip() for cell in row] for row in rows[2:]]  # past the header and rule


def _paths(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


@cache
def _layers() -> dict[str, tuple[list[str], set[str]]]:
    """Layer name -> (its module paths, the layers it may import)."""
    layers: dict[str, tuple[list[str], set[str]]] = {}
    for name, modules, allowed in _table("layers"):
        if allowed.startswith("nothing"):
            may: set[str] = set()
        elif allowed == EVERYTHING:
            may = {EVERYTHING}
        else:
            may = set(re.split(r",\s*", allowed))
        layers[name] = (_paths(modules), may)
    return layers


def _layer_of(relative: str) -> str | None:
    """The layer whose most specific path covers the module (``storage/users.py``)."""
    best: tuple[int, str] | None = None
    for name, (paths, _) in _layers().items():
        for path in paths:
            covers = relative.startswith(path) if path.endswith("/") else relative == path
            if covers and (best is None or len(path) > best[0]):
                best = (len(path), name)
    return best[1] if best else None


def _module_path(dotted: str) -> str | None:
    """``nudger.storage.users`` -> ``storage/users.py`` (or the package's ``__init__.py``)."""
    parts = dotted.split(".")[1:]
    if not parts:
        return "__init__.py"
    as_module = PACKAGE.joinpath(*parts).with_suffix(".py")
    if as_module.exists():
        return as_module.relative_to(PACKAGE).as_posix()
    as_package = PACKAGE.joinpath(*parts, "__init__.py")
    if as_package.exists():
        return as_package.relative_to(PACKAGE).as_posix()
    return None


def _imports(path: Path) -> set[str]:
    """Absolute module names imported anywhere in the file (``from a import b`` gives ``a.b``
    when ``a.b`` is a module, else ``a``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            # A relative import would slip past the table: nudger imports absolutely only.
            assert node.level == 0 and node.module, f"{path}: relative import at {node.lineno}"
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                is_module = node.module.startswith("nudger") and _module_path(dotted) is not None
                found.add(dotted if is_module else node.module)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def _id(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_every_module_belongs_to_a_layer(path: Path) -> None:
    assert _layer_of(_id(path)) is not None, f"{_id(path)}: add it to the layer table"


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_imports_follow_the_layer_table(path: Path) -> None:
    layer = _layer_of(_id(path))
    assert layer is not None
    allowed = _layers()[layer][1]
    if EVERYTHING in allowed:
        return
    for name in _imports(path):
        if not name.startswith("nudger"):
            continue
        target = _module_path(name)
        assert target is not None, (_id(path), name)
        target_layer = _layer_of(target)
        assert target_layer == layer or target_layer in allowed, (
            f"{_id(path)} ({layer}) imports {name} ({target_layer}); {layer} may import "
            f"{', '.join(sorted(allowed)) or 'nothing'}"
        )


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").rglob("*.py")), ids=_id)
def test_domain_uses_the_standard_library_only(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        assert top in {"nudger", "__future__"} or top in sys.stdlib_module_names, name


@cache
def _homes() -> dict[str, list[str]]:
    homes: dict[str, list[str]] = {}
    for libraries, where in _table("homes"):
        for library in re.split(r",\s*", libraries):
            homes[library] = _paths(where)
    return homes


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_each_library_is_imported_in_its_home_only(path: Path) -> None:
    relative = _id(path)
    for name in _imports(path):
        homes = _homes().get(name.split(".")[0])
        if homes is not None:
            at_home = any(
                relative.startswith(h) if h.endswith("/") else relative == h for h in homes
            )
            assert at_home, f"{relative} imports {name}; its home is {', '.join(homes)}"


def test_the_checks_see_the_table_and_real_imports() -> None:
    """Guard the guard: the tables parse, and the scanner finds imports that exist."""
    assert {"domain", "storage", "bot", "jobs", "services"} <= set(_layers())
    assert "bot" not in _layers()["jobs"][1]
    assert _layer_of("storage/users.py") == "storage"
    assert _layer_of("messaging/base.py") == "port"
    assert _layer_of("messaging/gateway.py") == "adapter"
    assert "sqlalchemy" in {n.split(".")[0] for n in _imports(PACKAGE / "storage" / "db.py")}
    assert "nudger.storage.users" in _imports(PACKAGE / "services" / "planning.py")
    assert _homes()["telegram"] and _homes()["sqlalchemy"] == ["storage/"]


def test_a_relative_import_is_refused(tmp_path: Path) -> None:
    """``from ..bot import words`` in a job must not slip past the layer check."""
    module = tmp_path / "job.py"
    module.write_text("from ..bot import words\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="relative import"):
        _imports(module)


def test_the_service_loads_the_plotting_library_only_when_it_draws() -> None:
    """matplotlib and numpy cost about 40 MiB; a process that drew nothing doesn't hold them."""
    code = (
        "import sys, nudger.app\n"
        "print(sorted(m for m in ('matplotlib', 'numpy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
