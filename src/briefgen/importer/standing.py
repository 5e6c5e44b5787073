"""Whether a line reads as a heading where it stands, among the lines around it.

`headings.py` tells a heading-shaped line by its text alone. Where it stands can undo that: a
row of tab-separated cells, a line of a hard-wrapped paragraph or of a signature, and a line
that dates or releases the article by its headline or right under a heading (which it dates,
unless a timeline's later dates head their entries) read as no heading; nor does the last line
of a run of short lines (a committee's members, a contact's name and role), which heads text no
more than the others. A line of the text's
metadata (`Source: OCHA`) is no name in such a list: it parts a run, as a blank line does, and
heads nothing itself (`Key figures` / `Displaced: 1.2 million` / `Aid pledged: $45 million`).
In a language that writes titles in sentence case, a line led by a number (`2026 en cifras`)
heads text where it stands between blocks; under a line that reads like a heading, or under
another such line, it is one of a list of figures (`Cifras clave` / `40 muertos` / `1.200
evacuados`), which heads nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.importer.datelines import dates_or_releases
from briefgen.importer.headings import (
    carries_on,
    is_credit_shaped,
    is_heading_shaped,
    is_headline_shaped,
    names_a_person,
)
from briefgen.importer.labels import is_source_line, split_label
from briefgen.importer.letters import greets, in_signature
from briefgen.importer.lines import is_tab_row, marker_to_warn_of, parse_bullet, parse_caption
from briefgen.importer.rows import has_cell_border
from briefgen.patterns import pattern

_FIRST_MARKER = "\u2190"
"""Where the symbols that mark an unread list's items start (arrows, `→`): a line starting
below it is asked nothing more."""

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.importer.lines import Line
    from briefgen.importer.wrapping import WrapReader

_SECTION_NUMBER_MAX = 99
"""The highest number a numbered heading has (`12. Next Steps`); a year numbers none."""

_SERIES_NUMBER = pattern(r"\d\S*\Z")
"""A series label's number at a line's end (`Issue 42`, `No. 12`, `Research Paper 26/04`)."""
_YEAR_AT_END = pattern(r"(?<!\S)(?:19|20)\d\d\Z")
"""A year at a title's end (`Annual Report 2025`), no series number."""
_SUBTITLE_START = pattern(
    r"an? |[^\W\d_]+ed (?:by|for) |[^\W\d_]+(?: [^\W\d_]+)? (?:No\. )?\d\S*:", re.IGNORECASE
)
"""How a subtitle that says what the document is or whom it is for starts (`A Policy Brief
from…`, `Prepared for the Council`, `Edited by volunteers…`), or one led by its number in a
series (`Issue 42: Winter Energy Crisis`)."""


@dataclass(frozen=True, slots=True)
class Standing:
    """Read which of an article's lines read as headings where they stand, by index."""

    lines: Sequence[Line]
    wraps: WrapReader
    """Which of `lines` a hard wrap broke off."""
    head_end: int
    """Index of the line where the article's head ends (`datelines.head_end`)."""
    title_case: bool
    """Whether the article's language writes titles in Title Case (`terms.writes_title_case`)."""
    underlined: frozenset[int] = frozenset()
    """The input line numbers of the headings the article underlines (`underlines.py`): each
    heads its section wherever it stands, the first one the title when underlined with `=`."""

    def heading_like(self, at: int) -> bool:
        """Return True for a heading-shaped line that reads as one where it stands: not a row
        of tab-separated cells, a line of a hard-wrapped paragraph, nor of a signature, nor a
        date by the headline or under a heading."""
        if not 0 <= at < len(self.lines):
            return False
        # The first line, the headline's place, may ask before its title (`…on strike? What
        # we know so far`).
        shaped = is_headline_shaped if at == 0 else is_heading_shaped
        return shaped(self.lines[at].text) and self._stands_as_heading(at)

    def heads_by_number(self, at: int) -> bool:
        """Return True for a line led by a number in sentence case (`2026 en cifras`), in a
        language that writes titles so, that reads as a heading where it stands: between
        blocks, not under a line that reads like a heading, nor next to another such line (a
        list of figures: `40 muertos` / `1.200 evacuados`)."""
        if self.title_case or not 0 <= at < len(self.lines):
            return False
        if not _is_number_led_heading(self.lines[at].text):
            return False
        above = self.lines[at - 1].text if at > 0 else None
        if above is not None and (is_heading_shaped(above) or _is_number_led_heading(above)):
            return False
        after = self.lines[at + 1].text if at + 1 < len(self.lines) else None
        return not (after and _is_number_led_heading(after)) and self._stands_as_heading(at)

    def heads_by_item_number(self, at: int) -> bool:
        """Return True for a numbered line whose text reads like a heading (`1. Background to
        the Dispute`, `2) Who Would Be Affected?`) standing alone between prose, as `1.1 Scope`
        does: a list's item has another numbered item next to it, a lead-in above it
        (`…wants:`), a stop at its end or its text going on under it."""
        if not 0 <= at < len(self.lines) - 1:
            return False
        line, after = self.lines[at], self.lines[at + 1]
        bullet = parse_bullet(line.text)
        if bullet is None or not bullet.ordered or bullet.number > _SECTION_NUMBER_MAX:
            return False  # a year's stop (`2026. Fue un año de calor`) numbers no section
        if not is_heading_shaped(bullet.text):
            return False
        if after.indent > line.indent or ((item := parse_bullet(after.text)) and item.ordered):
            return False
        if not after.after_blank and carries_on(line.text, after.text):
            return False
        above = self.lines[at - 1].text if at > 0 else ""
        numbered_above = (item := parse_bullet(above)) is not None and item.ordered
        return not (numbered_above or above.endswith(":"))

    def _stands_as_heading(self, at: int) -> bool:
        """Return True for a heading-shaped line that reads as one where it stands
        (`heading_like`)."""
        line = self.lines[at]
        if len(line.inner_cells) > 2 or is_tab_row(self.lines, at):
            return False  # a table's row, or a lone one (`Chapter 1<TAB>Scope` may be a heading)
        if in_signature(self.lines, at) or self.wraps.is_wrapped(at):
            return False
        if line.text[:1] >= _FIRST_MARKER and marker_to_warn_of(self.lines, line):
            return False  # one of a list's items its lines' `📌` marks (`📌 Shelter Needs`)
        # A dateline by the headline heads nothing, nor one right under a heading, which it
        # dates (`Formal minutes` / `Tuesday 14 May 2024`); else it heads a timeline's section.
        dated = at < self.head_end or self._dates_the_line_above(at)
        return not (dated and dates_or_releases(line.text))

    def _dates_the_line_above(self, at: int) -> bool:
        """Return True for a line right under one that reads like a heading and is no date
        itself: a date there is the heading's (so a run of dates is read one line deep)."""
        if at < 1 or self.lines[at].after_blank:
            return False
        above = self.lines[at - 1].text
        if dates_or_releases(above) or self._dates_an_entry_later(at):
            return False
        return self.heading_like(at - 1)

    def _dates_an_entry_later(self, at: int) -> bool:
        """Return True when the text under the date at `at` goes on to a date after a blank
        line over text (`March 2026` / `The first camps opened.`) before any other heading: a
        timeline, whose first date heads its entry as the later ones do."""
        for later in range(at + 1, len(self.lines) - 1):
            line, after = self.lines[later], self.lines[later + 1]
            if not line.after_blank or after.after_blank or not is_heading_shaped(line.text):
                continue
            return dates_or_releases(line.text)
        return False

    def in_a_run(self, at: int) -> bool:
        """Return True for the last line of a run of three or more that read like headings
        (`Nick Smith` / `Sarah Olney`), or of two when it names a person (`names_a_person`):
        it heads text no more than the others, each kept as a paragraph."""
        if not 0 <= at < len(self.lines):
            return False
        after = self.lines[at + 1] if at + 1 < len(self.lines) else None
        alone = after is None or after.after_blank
        named = names_a_person(self.lines[at].text, alone=alone)
        return self._under_heading_like(at) and (self._under_heading_like(at - 1) or named)

    def is_metadata_among_short_lines(self, at: int) -> bool:
        """Return True for the text's metadata (`Displaced: 1.2 million`, `Source: OCHA`, see
        `_is_metadata`) right under a short line shaped like a heading (a release line too,
        `Embargo: none`) or over one that reads like a heading, with no blank line between: a
        key figure, an opening hour or a reference among its kind, which heads nothing, however
        it ends a run."""
        if not 0 <= at < len(self.lines) or not _is_metadata(self.lines[at].text):
            return False
        above = self.lines[at - 1] if at > 0 and not self.lines[at].after_blank else None
        under = above is not None and is_heading_shaped(above.text)
        after = self.lines[at + 1] if at + 1 < len(self.lines) else None
        return under or (after is not None and not after.after_blank and self.heading_like(at + 1))

    def notes_a_table(self, at: int) -> bool:
        """Return True for a source's or note's line (`Source: OCHA`, `Note: Figures are
        provisional`, `Fuente: OSE`, `labels.is_source_line`) right under a table's row, with
        no blank line between: the table's source or note, which heads nothing."""
        if not 1 <= at < len(self.lines) or self.lines[at].after_blank:
            return False
        above = self.lines[at - 1]
        table_row = has_cell_border(above.text) or is_tab_row(self.lines, at - 1)
        return table_row and is_source_line(self.lines[at].text)

    def _under_heading_like(self, at: int) -> bool:
        """Return True for a line right under one that reads like a heading and may start a
        run: not a caption, nor the text's metadata (`Source: OCHA`, `Note: figures are
        provisional`), a `Label: value` line that names nobody, which parts a run as a blank
        line does; or under a credit (`Contact: Tom Adeyemi`), reading like a heading but for
        its label, whose block goes on under it as a run of names and roles does."""
        if not 1 <= at < len(self.lines) or self.lines[at].after_blank:
            return False
        above = self.lines[at - 1].text
        if is_credit_shaped(above):
            return True
        if parse_caption(above) or _is_metadata(above):
            return False
        return self.heading_like(at - 1)


def _is_number_led_heading(text: str) -> bool:
    """Return True for a line heading-shaped only as a language in sentence case writes a
    title led by a number (`2026 en cifras`, `40 muertos`), not in Title Case."""
    return is_heading_shaped(text, title_case=False) and not is_heading_shaped(text)


def _is_metadata(text: str) -> bool:
    """Return True for a `Label: value` line whose value names no person (`Source: OCHA`), as
    `Chair: Sir Geoffrey Clifton-Brown`, the first of a list of names, does."""
    labelled = split_label(text)
    return labelled is not None and not names_a_person(labelled[1], alone=True)


def is_subtitle(lines: Sequence[Line]) -> bool:
    """Return True when the line under the headline, which reads like a heading, is set
    right under it and apart from the text by a blank line: its subtitle, not a heading."""
    return len(lines) > 2 and not lines[1].after_blank and lines[2].after_blank


def titles_the_next(title: str, second: str) -> bool:
    """Return True when the first line reads as the headline over the line under it, its
    subtitle or a series label (`Situation Report No. 15`, `A Policy Brief from…`): words in
    a case of their own, at least two and none a number's last (`Issue 42`), and no fewer than
    the second line has unless that one is a subtitle's shape. A kicker (`ANALYSIS`,
    `Explainer`, `Policy Brief No. 12`), a marking (`DRAFT`), a name or a greeting (`Dear
    Colleagues`) over a longer headline heads it, and the headline is the title."""
    words, under = title.split(), second.split()
    if len(words) < 2 or (title.upper() == title != title.lower()) or greets(title):
        return False
    if _SERIES_NUMBER.search(title) and not _YEAR_AT_END.search(title):
        return False
    return len(words) >= len(under) or _reads_as_subtitle(second)


def _reads_as_subtitle(text: str) -> bool:
    """Return True for a subtitle longer than its title may be: a series label (`Flash Update
    No. 7`, `Issue 42: …`) or what the document is (`A Policy Brief from the Centre…`)."""
    return _SERIES_NUMBER.search(text) is not None or _SUBTITLE_START.match(text) is not None
