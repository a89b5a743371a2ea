from __future__ import annotations

import dataclasses
import io
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.image import imread

from nudger.domain.languages import Language
from nudger.domain.model import NudgeState
from nudger.domain.review import Delivered, WeekReview, build_review
from nudger.domain.styles import CATEGORIES, AttachmentStyle
from nudger.i18n.texts import shared_texts
from nudger.services.charts import (
    DONE_COLOUR,
    HEIGHT_PX,
    MISSED_COLOUR,
    PAUSED_COLOUR,
    SKIPPED_COLOUR,
    WIDTH_PX,
)
from nudger.services.charts import render_week as draw
from nudger.services.week_words import chart_words

S = NudgeState
MON = date(2026, 11, 16)
DAY = timedelta(days=1)
SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Telegram's limits for a photo.
MAX_BYTES = 10 * 1024 * 1024
MAX_SIDES = 10_000
MAX_RATIO = 20


def render_week(review: WeekReview, title: str, language: Language = Language.EN) -> bytes:
    """The chart in ``language``, with ``title`` in place of the usual one."""
    words = chart_words(shared_texts().words(language, "Sam"), review)
    return draw(review, dataclasses.replace(words, title=title))


def review(
    records: list[Delivered], paused: list[date] | None = None, today: date = MON + 7 * DAY
) -> WeekReview:
    return build_review(
        records,
        week=MON,
        today=today,
        first_day=MON,
        paused_days=paused or [],
        conflict_days=[],
        style=AttachmentStyle.AVOIDANT,
    )


TYPICAL = [
    Delivered(MON, S.DONE, "space"),
    Delivered(MON, S.DONE, "trust"),
    Delivered(MON + DAY, S.SKIPPED, "space"),
    Delivered(MON + 2 * DAY, S.SENT, "credit"),
    Delivered(MON + 4 * DAY, S.DONE, "validation"),
    Delivered(MON + 6 * DAY, S.DONE, "calm_conflict"),
]
ALL_CATEGORIES = sorted(c for group in CATEGORIES.values() for c in group)
CROWDED = [
    Delivered(MON + (i % 7) * DAY, (S.DONE, S.SKIPPED, S.UNKNOWN)[i % 3], ALL_CATEGORIES[i % 16])
    for i in range(200)
]
CASES = {
    "typical": (review(TYPICAL, paused=[MON + 3 * DAY]), "Your week with Sam · 16–22 Nov"),
    "empty": (review([]), "Your week"),
    "paused": (review([], paused=[MON + i * DAY for i in range(7)]), "Your week"),
    "mid-week": (review(TYPICAL, today=MON + 2 * DAY), "So far this week"),
    "crowded": (review(CROWDED), "A $ sign, 50% and {braces}: " + "x" * 80),
}


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, checking its CRC."""
    assert png[:8] == SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert (length, kind) == (13, b"IHDR")
    data = png[16 : 16 + length]
    (crc,) = struct.unpack(">I", png[16 + length : 20 + length])
    assert crc == zlib.crc32(kind + data)
    width, height = struct.unpack(">II", data[:8])
    return width, height


def pixels(png: bytes) -> np.ndarray:
    """RGB values 0–255 of every pixel."""
    image: np.ndarray = np.asarray(imread(io.BytesIO(png), format="png"))
    rgb: np.ndarray = np.rint(image[..., :3] * 255).astype(int)
    return rgb


def count_colour(image: np.ndarray, colour: str) -> int:
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return int(np.all(image == rgb, axis=-1).sum())


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {name: render_week(r, title) for name, (r, title) in CASES.items()}


@pytest.mark.parametrize("name", CASES)
def test_png_fits_telegram_and_a_phone(rendered: dict[str, bytes], name: str) -> None:
    png = rendered[name]
    assert png.startswith(SIGNATURE)
    assert png.rstrip(b"\x00").endswith(b"IEND\xaeB`\x82")
    width, height = png_size(png)
    assert (width, height) == (WIDTH_PX, HEIGHT_PX) == (1080, 1350)
    assert width + height <= MAX_SIDES
    assert max(width, height) / min(width, height) <= MAX_RATIO
    assert len(png) < 1024 * 1024 < MAX_BYTES


def test_the_bars_show_what_happened(rendered: dict[str, bytes]) -> None:
    typical = pixels(rendered["typical"])
    empty = pixels(rendered["empty"])
    assert typical.shape == (HEIGHT_PX, WIDTH_PX, 3)
    # An empty week shows each colour only in the legend's small swatches (under
    # 1000 pixels); a week with done, skipped and missed nudges fills bars with them.
    for colour in (DONE_COLOUR, SKIPPED_COLOUR, MISSED_COLOUR):
        assert 0 < count_colour(empty, colour) < 1000, colour
        assert count_colour(typical, colour) > 5000, colour
    # Nothing missed by Wednesday morning: only the swatch.
    assert count_colour(pixels(rendered["mid-week"]), MISSED_COLOUR) < 1000
    # More done means more blue.
    more = review([*TYPICAL, *[Delivered(MON + 5 * DAY, S.DONE, "space")] * 3])
    assert count_colour(pixels(render_week(more, "Your week")), DONE_COLOUR) > count_colour(
        typical, DONE_COLOUR
    )


def test_a_paused_day_is_marked(rendered: dict[str, bytes]) -> None:
    unpaused = render_week(review(TYPICAL), "Your week with Sam · 16–22 Nov")
    assert unpaused != rendered["typical"]
    # The paused day's shaded column is tens of thousands of pixels; anti-aliased text
    # edges give a few hundred at most.
    assert count_colour(pixels(rendered["typical"]), PAUSED_COLOUR) > 20_000
    assert count_colour(pixels(unpaused), PAUSED_COLOUR) < 1000


def test_rendering_is_deterministic_and_thread_safe(rendered: dict[str, bytes]) -> None:
    jobs = list(CASES.items()) * 2
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda item: render_week(*item[1]), jobs))
    for (name, _), png in zip(jobs, results, strict=True):
        assert png == rendered[name], name
    assert len(set(rendered.values())) == len(CASES)


# --- every language ----------------------------------------------------------------------


@pytest.mark.parametrize("language", Language)
def test_every_language_draws_every_glyph(language: Language) -> None:
    """pytest turns matplotlib's "Glyph ... missing from font(s)" warning into a failure, so
    a label our font can't draw fails here (every string the chart draws, in every state)."""
    for name, (r, _) in CASES.items():
        words = chart_words(shared_texts().words(language, "Sam"), r)
        png = draw(r, words)
        assert png.startswith(SIGNATURE), (language, name)
    paused = review([], paused=[MON + i * DAY for i in range(7)], today=MON + 3 * DAY)
    draw(paused, chart_words(shared_texts().words(language, "Sam"), paused))


def test_persian_is_laid_out_by_matplotlib_right_to_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words go to matplotlib as written (logical order) with their language, so its
    layout engine joins and orders them; the week reads from the right."""
    from matplotlib.text import Text

    words = chart_words(shared_texts().words(Language.FA, "سارا"), review(TYPICAL))
    assert words.rtl and words.language == "fa"
    # Persian digits on the axis.
    assert any(c in "۰۱۲۳۴۵۶۷۸۹" for day in words.days for c in day)
    drawn: list[tuple[str, object]] = []
    original = Text.draw

    def record(self: Text, renderer: object) -> None:
        drawn.append((self.get_text(), self.get_language()))
        original(self, renderer)  # type: ignore[arg-type]

    monkeypatch.setattr(Text, "draw", record)
    draw(review(TYPICAL), words)
    shown = [(text, language) for text, language in drawn if text]
    assert (words.by_category, "fa") in shown
    assert (words.title, "fa") in shown
    assert all(language == "fa" for _, language in shown)
    # Every number drawn (bar totals, the axis) in Persian digits, none in Latin ones.
    assert any(c in "۰۱۲۳۴۵۶۷۸۹" for text, _ in shown for c in text)
    assert not any(c.isascii() and c.isdigit() for text, _ in shown for c in text)
    assert draw(review(TYPICAL), words) != draw(
        review(TYPICAL), dataclasses.replace(words, rtl=False)
    )


@pytest.mark.parametrize("language", Language)
def test_an_example_of_each_language_is_kept_for_people_to_look_at(language: Language) -> None:
    """docs/charts/week-<language>.png, drawn by ``python -m nudger.demo.chart_examples``."""
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "docs" / "charts" / f"week-{language}.png"
    png = example.read_bytes()
    assert png.startswith(SIGNATURE) and png_size(png) == (WIDTH_PX, HEIGHT_PX)
