"""`[text][label]` with no definition is a warning; brackets side by side that are a
transcript's or an editor's marks are no link, and stay silent."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from briefgen.content.markdown import markdown_parser
from briefgen.content.parse import parse_briefing
from briefgen.content.referencelinks import reference_links
from briefgen.model import Paragraph

if TYPE_CHECKING:
    from collections.abc import Callable

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"


def _warnings(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [f"{d.pos.line}:{d.pos.column}: {d.message}" for d in diagnostics]


@pytest.mark.parametrize(
    "marks",
    [
        "[Laughter][Crosstalk]",
        "[laughter][crosstalk]",
        "[INAUDIBLE][CROSSTALK]",
        "[Applause][Laughter]",
        "[pause][unclear]",
        "[Interruption][inaudible]",
        "[emphasis added][translation]",
        "[long pause][laughs]",
        "[long pause][sic]",
        "[audience laughs][Applause]",
        "[Translated from Arabic][sic]",
        "[sic][Laughter]",
        "[inaudible 00:12:03][crosstalk]",
        "[crosstalk 00:01:02][inaudible at 01:05]",
        "[Laughs!][Crosstalk]",
        "[Translation][inaudible]",
        "[music][Applause]",
        "[Laughter][cross-talk]",
    ],
)
def test_referencelinks_transcript_marks_side_by_side_are_no_link(marks: str) -> None:
    """`[Laughter][Crosstalk]` was "link has no definition `[Crosstalk]: …`", with the
    hint to add a URL, and failed `--strict`."""
    assert _warnings(f"**HX:** We will see. {marks} The point is this.\n") == []


@pytest.mark.parametrize(
    ("link", "label"),
    [
        ("[the report][ref1]", "ref1"),
        ("[read more][blog]", "blog"),
        ("[Markdown][Daring Fireball]", "Daring Fireball"),
        ("[Laughter][ref1]", "ref1"),
        ("[the report][Laughter]", "Laughter"),
        ("[the music report][music]", "music"),
        ("[our translation][translation]", "translation"),
        ("[the music industry report][noise]", "noise"),
        ("[Laughter][]", "Laughter"),
        ("[translated version][translation]", "translation"),
        ("[interpretation][interpreting]", "interpreting"),
        ("[the Translation][interpreted]", "interpreted"),
        ("[music][noise]", "noise"),
        ("[budget break][recess]", "recess"),
    ],
)
def test_referencelinks_missing_definition_is_still_warned(link: str, label: str) -> None:
    """Words a transcript's mark may hold, but prose as much, made `[translated
    version][translation]` a pair of marks: silent, and shown as raw text."""
    assert _warnings(f"See {link} here.\n") == [
        f"6:5: link `{link}` has no definition `[{label}]: …`; shown as text"
    ]


def test_referencelinks_marks_with_a_definition_are_a_link() -> None:
    """A defined label is a link whatever its words: no warning, and the link is made."""
    body = "See [Laughter][Crosstalk].\n\n[Crosstalk]: https://example.org/\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None and diagnostics == []
    (paragraph,) = briefing.lede
    assert isinstance(paragraph, Paragraph)
    assert 'href="https://example.org/"' in paragraph.text.html


def test_referencelinks_definition_line_with_no_address_is_named_as_the_unread_one() -> None:
    """`[m]:` alone is a line that starts like a definition, as `rawlinks.py` and
    `attributeblocks.py` read one (one pattern): the link names it, not "no definition"."""
    problems = _warnings("See [the data][m] now.\n\n[m]:\n\nMore.\n")
    assert problems[0].startswith("6:5: link `[the data][m]` is shown as text: its definition at")


@pytest.mark.parametrize(
    ("link", "label"),
    [
        ("[![Alt](img/chart.png)][nodef]", "nodef"),
        ('[![Alt](img/chart.png "Cap")][nodef]', "nodef"),
        ("[![Alt][img]][nodef]", "nodef"),
        ("[![Alt](img/chart.png)][]", "![Alt](img/chart.png)"),
    ],
)
def test_referencelinks_linked_image_with_no_definition_is_warned(link: str, label: str) -> None:
    """An image as the link's text held brackets the search allowed none of: `[![Alt](a.png)]
    [nodef]` published a raw `[` and `][nodef]` around the image, silently."""
    body = f"See {link} here.\n" + ("\n[img]: img/chart.png\n" if "[img]" in link else "")
    assert _warnings(body) == [
        f"6:5: link `{link}` has no definition `[{label}]: …`; shown as text"
    ]


def test_referencelinks_linked_image_keeps_the_warning_of_its_own_label() -> None:
    """The link's label defined, the image's not: the image is still the one warned."""
    problems = _warnings("See [![Alt][noimg]][link] here.\n\n[link]: https://example.org/\n")
    assert problems == ["6:6: image `![Alt][noimg]` has no definition `[noimg]: …`; shown as text"]


def _seconds(run: Callable[[], object]) -> float:
    """Return the best of three runs' CPU time."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def test_referencelinks_a_long_line_of_linked_images_is_searched_in_linear_time() -> None:
    """Brackets within a link's text must not make the search go back over the line."""
    line = "[![a](b)]" * 2_200  # 20,000 characters
    parser = markdown_parser(unsafe_html=False)
    parse = _seconds(lambda: parser.parse(line))
    search = _seconds(lambda: list(reference_links(line, line, {}, {})))
    assert search < parse, f"markdown-it {parse:.3f} s, the search {search:.3f} s"
