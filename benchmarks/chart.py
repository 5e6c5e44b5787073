"""Draw build time against corpus size as a small log-log SVG chart, in plain Python."""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    _Scale = Callable[[float], float]

WIDTH, HEIGHT = 640, 400
LEFT, RIGHT, TOP, BOTTOM = 72, 130, 44, 56
# Okabe-Ito colours stay distinct for colour-blind readers; dashes separate lines in greyscale too.
STYLES = {
    "briefgen": ("#D55E00", ""),
    "hugo": ("#0072B2", "6 3"),
    "mkdocs": ("#009E73", "2 3"),
    "pelican": ("#CC79A7", "8 3 2 3"),
}
FALLBACK_STYLE = ("#555555", "4 4")


def _decades(low: float, high: float) -> tuple[int, int]:
    """Return the decade exponents that enclose low..high, at least one decade apart."""
    lo, hi = math.floor(math.log10(low)), math.ceil(math.log10(high))
    return (lo, hi) if hi > lo else (lo, lo + 1)


def _number(exponent: int, unit: str) -> str:
    """Return 10**exponent as a readable label."""
    value = 10.0**exponent
    text = f"{value:,.0f}" if exponent >= 0 else f"{value:g}"
    return f"{text}{unit}"


def render_chart(
    series: Mapping[str, Sequence[tuple[int, float]]], title: str, subtitle: str = ""
) -> str:
    """Return an SVG document plotting each series' (N, seconds) points on log-log axes."""
    points = [p for values in series.values() for p in values if p[1] > 0]
    if not points:
        points = [(1, 0.01), (10, 1.0)]
    x0, x1 = _decades(min(p[0] for p in points), max(p[0] for p in points))
    y0, y1 = _decades(min(p[1] for p in points), max(p[1] for p in points))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(n: float) -> float:
        return LEFT + (math.log10(n) - x0) / (x1 - x0) * plot_w

    def sy(t: float) -> float:
        return TOP + plot_h - (math.log10(t) - y0) / (y1 - y0) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="t d" '
        'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif">',
        f'<title id="t">{escape(title)}</title><desc id="d">{escape(subtitle)}</desc>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text x="{LEFT}" y="22" font-size="15" font-weight="600" fill="#111">'
        f"{escape(title)}</text>",
        f'<text x="{LEFT}" y="38" font-size="11" fill="#555">{escape(subtitle)}</text>',
    ]
    out += _grid(x0, x1, y0, y1, sx, sy)
    out += _axes_labels(plot_w, plot_h)
    for index, (name, values) in enumerate(series.items()):
        out += _series(name, sorted(p for p in values if p[1] > 0), sx, sy, index)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _grid(x0: int, x1: int, y0: int, y1: int, sx: _Scale, sy: _Scale) -> list[str]:
    """Return gridlines, minor ticks and tick labels for both axes."""
    top, bottom, left, right = sy(10.0**y1), sy(10.0**y0), sx(10.0**x0), sx(10.0**x1)
    out = ['<g stroke="#e4e4e4" stroke-width="1">']
    for e in range(x0, x1 + 1):
        x = sx(10.0**e)
        out.append(f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}"/>')
    for e in range(y0, y1 + 1):
        y = sy(10.0**e)
        out.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}"/>')
    out.append("</g>")
    out.append('<g stroke="#999" stroke-width="1">')
    for e in range(y0, y1):
        for m in range(2, 10):
            y = sy(m * 10.0**e)
            out.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + 4:.1f}" y2="{y:.1f}"/>')
    for e in range(x0, x1):
        for m in range(2, 10):
            x = sx(m * 10.0**e)
            out.append(f'<line x1="{x:.1f}" y1="{bottom:.1f}" x2="{x:.1f}" y2="{bottom - 4:.1f}"/>')
    out.append("</g>")
    out.append(
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{right - left:.1f}" '
        f'height="{bottom - top:.1f}" fill="none" stroke="#333" stroke-width="1"/>'
    )
    out.append('<g font-size="11" fill="#333">')
    for e in range(x0, x1 + 1):
        x = sx(10.0**e)
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle">{_number(e, "")}</text>'
        )
    for e in range(y0, y1 + 1):
        y = sy(10.0**e)
        out.append(
            f'<text x="{left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end">{_number(e, " s")}</text>'
        )
    out.append("</g>")
    return out


def _axes_labels(plot_w: int, plot_h: int) -> list[str]:
    """Return the axis titles."""
    cx, cy = LEFT + plot_w / 2, TOP + plot_h / 2
    return [
        f'<text x="{cx:.1f}" y="{HEIGHT - 14}" font-size="12" text-anchor="middle" fill="#111">'
        "briefings in the corpus (N, log scale)</text>",
        f'<text x="16" y="{cy:.1f}" font-size="12" text-anchor="middle" fill="#111" '
        f'transform="rotate(-90 16 {cy:.1f})">median wall time, cold build (log scale)</text>',
    ]


def _series(
    name: str, values: Sequence[tuple[int, float]], sx: _Scale, sy: _Scale, index: int
) -> list[str]:
    """Return one tool's line, its point markers and its legend entry."""
    colour, dash = STYLES.get(name, FALLBACK_STYLE)
    width = 3 if name == "briefgen" else 2
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    coords = " ".join(f"{sx(n):.1f},{sy(t):.1f}" for n, t in values)
    out = [f'<g aria-label="{escape(name)}">']
    if len(values) > 1:
        out.append(
            f'<polyline points="{coords}" fill="none" stroke="{colour}" '
            f'stroke-width="{width}"{dash_attr} stroke-linejoin="round"/>'
        )
    for n, t in values:
        out.append(f'<circle cx="{sx(n):.1f}" cy="{sy(t):.1f}" r="3.5" fill="{colour}"/>')
    lx, ly = WIDTH - RIGHT + 16, TOP + 14 + 20 * index
    out.append(
        f'<line x1="{lx}" y1="{ly}" x2="{lx + 28}" y2="{ly}" stroke="{colour}" '
        f'stroke-width="{width}"{dash_attr}/>'
    )
    out.append(f'<text x="{lx + 34}" y="{ly + 4}" font-size="12" fill="#111">{escape(name)}</text>')
    out.append("</g>")
    return out
