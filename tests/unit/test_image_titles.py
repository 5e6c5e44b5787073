"""An image's title where it is no caption (in a sentence, in a link): a plain-text tooltip."""

from __future__ import annotations

import re

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from briefgen.model import Paragraph
from tests.cpubound import cpu_seconds_within
from tests.unit.test_figures import HEAD


def _titles(text: str) -> tuple[list[str], list[str]]:
    """Return the `title` of every `<img>` of the briefing's paragraphs, and its problems."""
    briefing, problems = parse_briefing("content/t.md", HEAD + text)
    assert briefing is not None
    html = "".join(b.text.html for b in briefing.lede if isinstance(b, Paragraph))
    return re.findall(r'<img [^>]*title="([^"]*)"', html), [format_diagnostic(p) for p in problems]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Remittances, **billion**", "Remittances, billion"),
        ("Flows, *USD* in `2026`", "Flows, USD in 2026"),
        ("Flows, see [the data](https://e.org/d)", "Flows, see the data"),
        ("2 * 3 * 4, snake_case_name", "2 * 3 * 4, snake_case_name"),
        # Escapes are read once, as typed: an escaped `*` stays a `*`, `&amp;lt;` reads `&lt;`.
        ("a \\*b\\* c, 5\\*3\\*2", "a *b* c, 5*3*2"),
        ("&amp;lt;x&amp;gt; and \\&amp;", "&amp;lt;x&amp;gt; and &amp;amp;"),
    ],
)
def test_an_inline_image_title_is_shown_as_its_plain_text(written: str, shown: str) -> None:
    titles, _ = _titles(f'See ![Icon](tiny.png "{written}") here.\n')

    assert titles == [shown]


def test_a_linked_image_title_drops_its_note_reference_with_a_warning() -> None:
    text = 'Lede.[^a]\n\nSee [![Chart](flows.png "Flows, *USD*[^a]")](https://example.org/c).\n\n'
    titles, problems = _titles(text + "[^a]: A note.\n")

    assert titles == ["Flows, USD"]
    assert problems == [
        "content/t.md:8:6: warning: note `[^a]` in the title of image `flows.png` is not "
        "shown: a title is plain text\n"
        "  hint: put the reference in the text or the caption beside the image"
    ]


def test_an_inline_image_title_warns_of_a_link_whose_address_it_cannot_show() -> None:
    text = 'See ![Icon](tiny.png "See [the data](https://e.org/d) or https://e.org/x").\n'
    titles, problems = _titles(text)

    assert titles == ["See the data or https://e.org/x"]
    assert problems == [
        "content/t.md:6:5: warning: link `the data` in the title of image `tiny.png` is "
        "shown as its text alone: a title is plain text, its address is lost\n"
        "  hint: put the link in the text beside the image"
    ]


def test_an_inline_image_title_warns_of_a_bold_mark_it_shows_as_text() -> None:
    titles, problems = _titles('See ![Icon](tiny.png "Flows **USD") here.\n')

    assert titles == ["Flows **USD"]
    assert [p.splitlines()[0] for p in problems] == [
        "content/t.md:6:5: warning: `**` is not closed; it is shown as text"
    ]


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("\\*\\*b\\*\\*", "**b**", ["**b**", "b"]),
        ("**c**", "\\*\\*c\\*\\*", ["c", "**c**"]),
    ],
)
def test_each_image_title_is_read_as_typed_at_its_own_image(
    first: str, second: str, shown: list[str]
) -> None:
    titles, _ = _titles(f'See ![Rates](tiny.png "{first}") and ![Flows](tiny.png "{second}").\n')

    assert titles == shown


def test_an_image_title_wrapped_onto_the_next_line_is_read_once() -> None:
    titles, _ = _titles('See ![Rates](tiny.png "Flows \\*USD\\* and\nAT&amp;amp;T") here.\n')

    assert titles == ["Flows *USD* and AT&amp;amp;T"]


def test_many_titled_images_on_one_line_take_linear_time() -> None:
    images = " ".join(f'![Rates {n}](tiny.png "t\\*{n}")' for n in range(800))
    (titles, _), seconds, bound = cpu_seconds_within(lambda: _titles(f"See {images}.\n"), 1)
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"
    assert titles[-1] == "t*799"
