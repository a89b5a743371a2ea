from __future__ import annotations

import tomllib

import pytest

from nudger.domain.catalog import MAX_TEXT, Catalog, CatalogError, When
from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience
from nudger.resources import default_catalog_path

GOOD = """
[[prompt]]
id = "anx-one"
audience = "anxious"
category = "reassurance"
when = "any"
text = "Tell {partner} you are glad you're together."
why = "Clear reassurance helps."

[[prompt]]
id = "avo-one"
audience = "avoidant"
category = "space"
when = "evening"
text = "Give {partner} tonight to themselves."
why = "Space respects autonomy."

[[prompt]]
id = "gen-one"
audience = "general"
category = "kindness"
when = "morning"
text = "Make {partner} a coffee."
why = "Small kindness adds up."
"""


def _with(replacement: str, original: str = 'text = "Make {partner} a coffee."') -> str:
    assert original in GOOD
    return GOOD.replace(original, replacement)


def test_parses_and_serves_each_style() -> None:
    catalog = Catalog.from_toml(GOOD)
    assert len(catalog) == 3
    assert [p.id for p in catalog.for_style(AttachmentStyle.ANXIOUS)] == ["anx-one"]
    assert [p.id for p in catalog.for_style(AttachmentStyle.AVOIDANT)] == ["avo-one"]
    assert [p.id for p in catalog.for_style(AttachmentStyle.UNKNOWN)] == ["gen-one"]
    assert [p.id for p in catalog.for_style(AttachmentStyle.SECURE)] == ["gen-one"]
    prompt = catalog.get("avo-one")
    assert prompt is not None and prompt.when is When.EVENING
    assert prompt.render("Sam") == "Give Sam tonight to themselves."


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        (_with('text = "Make {partner} a {drink}."'), "unknown placeholder(s) {drink}"),
        (_with('text = "Make them a coffee."'), "must name the partner with {partner}"),
        (_with('text = "Make {partner a coffee."'), "broken placeholder"),
        (_with('text = "' + "x{partner}" * 60 + '"'), f"(max {MAX_TEXT})"),
        (_with('category = "flattery"', 'category = "kindness"'), "unknown category 'flattery'"),
        (_with('audience = "narcissist"', 'audience = "general"'), "unknown audience"),
        (_with('when = "midnight"', 'when = "morning"'), "unknown when 'midnight'"),
        (_with('id = "anx-one"', 'id = "gen-one"'), "duplicate id 'anx-one' (first at"),
        (_with('id = "Bad Id"', 'id = "gen-one"'), "must be lowercase"),
        (_with('colour = "red"\ntext = "Make {partner} a coffee."'), "unknown field(s) colour"),
        (_with('why = ""', 'why = "Small kindness adds up."'), "field 'why' must be a non-empty"),
        ("[[prompt]]\nid = ", "prompts.toml"),
        ("title = 'no prompts'", "no [[prompt]] entries"),
    ],
)
def test_rejects_with_file_and_problem(source: str, problem: str) -> None:
    with pytest.raises(CatalogError) as raised:
        Catalog.from_toml(source, source="prompts.toml")
    assert problem in str(raised.value)
    assert "prompts.toml" in str(raised.value)


def test_error_points_at_the_line_of_the_entry() -> None:
    source = _with('category = "flattery"', 'category = "kindness"')
    with pytest.raises(CatalogError) as raised:
        Catalog.from_toml(source, source="cfg.toml")
    line = next(n for n, text in enumerate(source.splitlines(), 1) if 'id = "gen-one"' in text)
    assert f"cfg.toml:{line}:" in str(raised.value)


def test_every_audience_must_have_prompts() -> None:
    only_anxious = GOOD.split("[[prompt]]")
    source = "[[prompt]]" + only_anxious[1]
    with pytest.raises(CatalogError, match="no prompts for audience 'avoidant'"):
        Catalog.from_toml(source)


def test_shipped_catalog_meets_the_bar() -> None:
    """The starter catalog: 15+ prompts and 4+ categories per style, every category known."""
    path = default_catalog_path()
    catalog = Catalog.from_toml(path.read_text(encoding="utf-8"), source=str(path))
    for audience in Audience:
        prompts = [p for p in catalog if p.audience is audience]
        categories = {p.category for p in prompts}
        assert len(prompts) >= 15, audience
        assert len(categories) >= 4, audience
        assert categories <= CATEGORIES[audience]
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(raw["prompt"]) == len(catalog)
    for prompt in catalog:
        rendered = prompt.render("A" * 40)
        assert len(rendered) + len(prompt.why) < 4096
        lowered = prompt.text.lower()
        for label in ("anxious", "avoidant", "attachment", "insecure", "disorder"):
            assert label not in lowered, (prompt.id, label)
