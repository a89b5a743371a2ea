"""The variables an English (or any) message uses, read from its ``.ftl`` source."""

from __future__ import annotations

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from nudger.domain.languages import Language
from nudger.i18n.texts import LOCALES


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def message_variables(language: Language, msg_id: str) -> set[str]:
    """The ``$variables`` message ``msg_id`` uses directly (its value and attributes)."""
    for path in sorted((LOCALES / language.value).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message) and entry.id.name == msg_id:
                found = _Variables()
                found.visit(entry)
                return found.names
    raise LookupError(f"{language}: no message {msg_id!r}")
