"""The weekly review as a picture: a PNG sized for a phone screen and Telegram's photo limits.

Drawn with matplotlib's object-oriented API on the Agg canvas: each call builds
its own ``Figure`` and never touches pyplot or the global rcParams, so
``render_week`` is safe to run in a worker thread (``asyncio.to_thread``).

Every string arrives worded (:class:`nudger.services.week_words.ChartWords`), in logical
order. matplotlib (3.11 and later) lays text out with libraqm: it joins Persian letters into
their contextual forms and orders right-to-left runs itself, told each text's language. The
right-to-left layout (titles on the right, the week read from the right) is ours. The default
font (DejaVu Sans) has every glyph our languages draw; a missing one makes matplotlib warn,
and the tests fail on it.
"""

from __future__ import annotations

import io

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from nudger.domain.review import WeekReview
from nudger.services.week_words import ChartWords, category_order

#: Output size in pixels: the width of a phone photo, portrait 4:5.
WIDTH_PX = 1080
HEIGHT_PX = 1350
_DPI = 100

# Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
DONE_COLOUR = "#0072B2"
SKIPPED_COLOUR = "#E69F00"
MISSED_COLOUR = "#CC79A7"
OPEN_COLOUR = "#D9D9D9"
PAUSED_COLOUR = "#EEEEEE"
_TRACK_COLOUR = "#E6E6E6"
_TEXT = "#222222"
_MUTED = "#666666"

_TITLE = 36
_HEADER = 26
_LABEL = 22
_SMALL = 19

_TITLE_MAX = 40
#: Right-to-left: the category names and their title end this many pixels from the edge.
_RTL_MARGIN = 30


def render_week(review: WeekReview, words: ChartWords) -> bytes:
    """The week as a PNG: daily stacked bars, streak and score, completion by category."""
    figure = Figure(figsize=(WIDTH_PX / _DPI, HEIGHT_PX / _DPI), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(figure)
    title = _fit(words.title)
    x, align = (0.95, "right") if words.rtl else (0.05, "left")
    figure.text(
        x, 0.965, title, fontsize=_title_size(title), fontweight="bold", color=_TEXT,
        va="top", ha=align, parse_math=False,
    )  # fmt: skip
    figure.text(
        x, 0.905, words.header, fontsize=_HEADER, color=_TEXT, va="top", ha=align,
        multialignment=align, parse_math=False,
    )  # fmt: skip
    grid = figure.add_gridspec(
        2, 1, height_ratios=(3, 2), left=0.27, right=0.81, top=0.78, bottom=0.04, hspace=0.38
    )
    _draw_days(figure.add_subplot(grid[0]), review, words)
    _draw_categories(figure.add_subplot(grid[1]), review, words)
    for text in figure.findobj(Text):
        text.set_language(words.language)  # how libraqm shapes it
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def _fit(title: str) -> str:
    return title if len(title) <= _TITLE_MAX else title[: _TITLE_MAX - 1] + "…"


def _title_size(title: str) -> float:
    """Shrink a long title so it stays on the picture (about 27 characters fit at full size)."""
    return max(_TITLE * min(1.0, 27 / max(len(_fit(title)), 1)), 24)


def _draw_days(axes: Axes, review: WeekReview, words: ChartWords) -> None:
    # The day panel uses the full width; the margins are for the category panel below.
    box = axes.get_position()
    axes.set_position((0.1, box.y0, 0.85, box.height))
    xs = list(range(7))
    done = [row.done for row in review.days]
    skipped = [row.skipped for row in review.days]
    missed = [row.missed for row in review.days]
    opened = [row.open for row in review.days]
    top = max((row.sent for row in review.days), default=0)
    ceiling = max(top, 3) * 1.18
    for x, row in zip(xs, review.days, strict=True):
        if row.paused:
            axes.bar(
                x, ceiling, width=0.86, color=PAUSED_COLOUR, hatch="//", edgecolor="#BBBBBB",
                linewidth=0, zorder=0,
            )  # fmt: skip
            axes.text(
                x, ceiling * 0.5, words.paused, rotation=90, ha="center", va="center",
                fontsize=_SMALL, color=_MUTED, zorder=3, parse_math=False,
            )  # fmt: skip
    bottom = [0] * 7
    legend = []
    done_label, skipped_label, missed_label, open_label = words.legend
    for values, colour, label, hatch in (
        (done, DONE_COLOUR, done_label, ""),
        (skipped, SKIPPED_COLOUR, skipped_label, ""),
        (missed, MISSED_COLOUR, missed_label, "xx"),
        (opened, OPEN_COLOUR, open_label, ""),
    ):
        if values is opened and not any(values):
            continue
        bars = axes.bar(
            xs, values, width=0.62, bottom=bottom, color=colour, hatch=hatch,
            edgecolor="white", linewidth=1.5, label=label, zorder=2,
        )  # fmt: skip
        legend.append(bars)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    for x, total in zip(xs, bottom, strict=True):
        if total:
            axes.text(
                x, total + ceiling * 0.02, words.number(total), ha="center", va="bottom",
                fontsize=_SMALL, color=_TEXT,
            )  # fmt: skip
    if top == 0:
        axes.text(
            3, ceiling * 0.72, words.empty, ha="center", va="center", fontsize=_HEADER,
            color=_MUTED, parse_math=False,
        )  # fmt: skip
    # Right-to-left readers read the week from the right: Monday there.
    axes.set_xlim(*((6.6, -0.6) if words.rtl else (-0.6, 6.6)))
    axes.set_ylim(0, ceiling)
    axes.set_xticks(xs, list(words.days), fontsize=_LABEL, color=_TEXT)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: words.number(round(value))))
    axes.tick_params(axis="y", labelsize=_SMALL, colors=_MUTED, length=0)
    axes.tick_params(axis="x", length=0, pad=8)
    axes.grid(axis="y", color=_TRACK_COLOUR, linewidth=1, zorder=0)
    axes.set_axisbelow(True)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    labels = sum(len(str(bars.get_label() or "")) for bars in legend)
    axes.legend(
        handles=legend, loc="lower right" if words.rtl else "lower left",
        bbox_to_anchor=(1, 1.02) if words.rtl else (0, 1.02), ncol=len(legend), frameon=False,
        fontsize=_legend_size(labels), handlelength=1.2, columnspacing=1.2, borderaxespad=0,
    )  # fmt: skip


def _legend_size(characters: int) -> float:
    """The legend's font size: one row across the panel, smaller for longer words (the
    English four labels, 30 characters, are drawn at full size)."""
    return max(_LABEL * min(1.0, 34 / max(characters, 1)), 15)


def _draw_categories(axes: Axes, review: WeekReview, words: ChartWords) -> None:
    by_id = {row.category: row for row in review.categories}
    rows = [by_id[category] for category in category_order(review)]
    title_x = -0.26  # above the labels' column
    if words.rtl:  # the mirror image: labels on the right, bars growing to the left
        box = axes.get_position()
        axes.set_position((1 - box.x1, box.y0, box.width, box.height))
        title_x = (1 - _RTL_MARGIN / WIDTH_PX - (1 - box.x1)) / box.width  # at the margin
    axes.set_title(
        words.by_category, loc="right" if words.rtl else "left", fontsize=_HEADER, color=_TEXT,
        pad=16, x=title_x,
    )  # fmt: skip
    for side in ("top", "right", "left", "bottom"):
        axes.spines[side].set_visible(False)
    if not rows:
        axes.set_xticks([])
        axes.set_yticks([])
        axes.text(
            0.63 if words.rtl else 0.37, 0.5, words.no_categories, transform=axes.transAxes,
            ha="center",
            va="center", fontsize=_LABEL, color=_MUTED, parse_math=False,
        )  # fmt: skip
        return
    ys = list(range(len(rows)))
    shares = [row.completion * 100 for row in rows]
    axes.barh(ys, [100] * len(rows), height=0.62, color=_TRACK_COLOUR, zorder=1)
    axes.barh(ys, shares, height=0.62, color=DONE_COLOUR, zorder=2)
    labels = [label for label, _ in words.categories]
    shares_text = [share for _, share in words.categories]
    for y, share in zip(ys, shares_text, strict=True):
        axes.text(
            102, y, share, va="center", ha="right" if words.rtl else "left", fontsize=_SMALL,
            color=_TEXT, parse_math=False,
        )  # fmt: skip
    axes.set_yticks(ys, [_short(label) for label in labels], fontsize=_LABEL)
    axes.invert_yaxis()
    axes.set_xlim(*((100, 0) if words.rtl else (0, 100)))
    axes.set_xticks([])
    axes.tick_params(axis="y", length=0, colors=_TEXT, pad=10)
    if words.rtl:  # labels on the right, each ending at the picture's margin
        axes.yaxis.tick_right()
        room = (1 - axes.get_position().x1) * WIDTH_PX - _RTL_MARGIN  # pixels right of the bars
        axes.tick_params(axis="y", pad=room * 72 / _DPI)
        for label in axes.get_yticklabels():
            label.set_horizontalalignment("right")
    # Few categories keep the bar thickness of four.
    axes.set_ylim(max(len(rows), 4) - 0.5, -0.5)


def _short(label: str) -> str:
    return label if len(label) <= 16 else label[:15] + "…"
