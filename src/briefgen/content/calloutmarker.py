"""What a callout's marker looks like (`[!NOTE]`, GitHub's alert syntax): one place for the
callout kind, the lines nearly a marker (`markerslips.py`) and link definitions, which look up
no marker as a link's label (`linkdefs.py`), so that none of them reads another marker.
"""

from __future__ import annotations

from briefgen.content.combiningmarks import COMBINING_MARKS
from briefgen.patterns import pattern

NAME = rf"!([^\W\d_](?:[^\W\d_]|[{COMBINING_MARKS}])*)"
"""A marker's `!` and name, the name its group: GitHub's `NOTE`, or any word of letters and
their combining marks in any script (`[!PRECAUCIÓN]`, `[!नोट]`, `[!หมายเหตุ]`, a translator's,
is warned of, not shown as text in silence), accents typed as combining marks too (macOS tools
save `Ó` as `O` and U+0301)."""
OPTIONS = r"\|[^\[\]\n]*"
"""Obsidian's options after a marker's name (`|wide`), which a callout takes none of."""
MARKER_FIRST = pattern(rf"\[{NAME}\]([-+]?)[ \t]*")
"""A marker at the start of a quote's first line, its Obsidian fold mark (`[!TIP]-`) and the
spaces before the title after it (`> [!TIP] En síntesis`), as Obsidian writes one."""
MARKER_ALONE = pattern(rf"\[{NAME}\]\s*$")
"""`[!NOTE]` alone on its line: on a quote's later line it starts nothing, and is warned about."""
MARKER_LABEL = pattern(rf"{NAME}(?:{OPTIONS})?")
"""A label in brackets that is a marker's, typed with options or not (`!TIP`, `!tip|wide`)."""
