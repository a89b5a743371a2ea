"""The start-up gate for the languages: is every language and every message there?

A set comparison, cheap enough for every start; ``nudger check-config``
(:mod:`nudger.i18n.check`, which costs a process about 1.7 MiB to import) checks the rest.
"""

from __future__ import annotations

from nudger.domain.languages import Language
from nudger.i18n.texts import Catalog, Texts


def gaps(texts: Texts) -> list[str]:
    """Languages, English messages or their attributes a set of loaded catalogs lacks."""
    if Language.EN not in texts.languages:
        return ["en: no locale folder"]
    english = _parts(texts.catalog(Language.EN))
    problems = []
    for language in Language:
        if language not in texts.languages:
            problems.append(f"{language}: no locale folder")
            continue
        missing = sorted(english - _parts(texts.catalog(language)))
        if missing:
            shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
            problems.append(f"{language}: {len(missing)} message(s) missing: {shown}")
    return problems


def _parts(catalog: Catalog) -> set[str]:
    """Every message id, and ``id.attribute`` for each of its attributes."""
    parts = set(catalog.ids)
    for msg_id, attributes in catalog.attributes.items():
        parts.update(f"{msg_id}.{attribute}" for attribute in attributes)
    return parts
