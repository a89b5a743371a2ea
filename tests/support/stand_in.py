"""Stand-in catalogs: every language speaking the English messages.

A test of what depends on the language itself (the gender question, the Language button,
the language stored at /start) runs against these, so it asserts on the flow, in English
words, whatever the language; the real words of each language are tested by the tour in
tests/e2e/test_languages.py and by the locale check.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nudger import app as app_module
from nudger.domain.languages import Language
from nudger.i18n.texts import LOCALES, Texts


def stand_in_texts(root: Path) -> Texts:
    """Catalogs under ``root`` where every language is a copy of the English files."""
    for language in Language:
        shutil.copytree(LOCALES / Language.EN.value, root / language.value)
    return Texts.load(root)


def use_stand_in_texts(monkeypatch: pytest.MonkeyPatch, root: Path) -> Texts:
    """Make apps started from now on use :func:`stand_in_texts`."""
    texts = stand_in_texts(root)
    monkeypatch.setattr(app_module, "load_texts", lambda: texts)
    return texts
