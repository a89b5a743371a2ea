"""Files that ship beside the code: Alembic migrations and the default catalog.

In a wheel they are bundled under ``nudger/_bundled``; in a source checkout
(or an editable install) they are the top-level ``alembic/`` and ``config/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"nudger's {name}/ directory is missing from this installation")


def default_catalog_path() -> Path:
    return resource_dir("config") / "prompts.toml"
