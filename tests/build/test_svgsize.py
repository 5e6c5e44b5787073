"""An SVG's size is read from its `<svg>` tag in linear time (build/svgsize.py)."""

from __future__ import annotations

from briefgen.build.svgsize import missing_svg_tag, svg_size, svg_tag
from tests.conftest import cpu_seconds


def test_svg_size_reads_a_long_number_that_is_no_size_in_linear_time() -> None:
    """A number that could split two ways (`[0-9]+\\.?[0-9]*`) was tried at every split when
    no unit followed: 10,000 digits took 9 s, 15,000 18 s (an `<svg>` tag has up to 16 KB)."""
    started = cpu_seconds()
    svg_size(b'<svg width="' + b"1" * 10_000 + b'x!">')
    seconds = cpu_seconds() - started
    assert seconds < 2, f"took {seconds:.1f} s"


def test_svg_size_reads_the_tag_past_a_quoted_angle_and_a_commented_out_tag() -> None:
    """A `>` in a quoted value ended the tag before its size; a commented-out `<svg>` above
    the real one sized the image (h106)."""
    labelled = b'<svg aria-label="a > b" width="10mm" height="5mm"><rect/></svg>'
    commented = b'<!-- <svg width="1mm" height="1mm"> -->\n<svg width="10mm" height="5mm"></svg>'
    for data in (labelled, commented):
        assert svg_size(data).size == (10 * 96 / 25.4, 5 * 96 / 25.4)


def test_svg_size_reads_unclosed_comments_quotes_and_tags_in_linear_time() -> None:
    """Each `<svg` of a head of them with no `>` was read to the head's end: 0.9 s a read of
    16 KB, and an SVG is read twice. Linear, the four heads take a few milliseconds."""
    started = cpu_seconds()
    for head in (b"<!--" * 4_000, b'<svg a="' * 2_000, b"<svg" * 4_000, b"<svg " * 3_200):
        assert svg_size(head).size == (-1, -1)
    seconds = cpu_seconds() - started
    assert seconds < 0.3, f"took {seconds:.2f} s"


def test_missing_svg_tag_tells_a_long_tag_and_an_unclosed_one_from_none() -> None:
    """A tag with a 20 KB `style`, and one never closed, were "no `<svg>` tag in its first
    16 KB", which sent the file's owner looking for a tag that is there."""
    long_tag = b'<svg width="8" height="4" style="' + b"fill:red;" * 2_500 + b'"></svg>'
    unclosed = b'<svg width="8" height="4"'
    hidden = b"<!-- " + b"x" * 20_000 + b" --><svg></svg>"
    said = {data: missing_svg_tag(data, "a.svg") for data in (long_tag, unclosed, hidden)}
    assert all(svg_tag(data) is None for data in said)
    assert said[long_tag] == (
        "`a.svg` has an `<svg>` tag that runs past the file's first 16 KB, all briefgen reads"
        " of it: shorten the tag (a long `style` can be a `<style>` element inside it)"
    )
    assert said[unclosed] == (
        "`a.svg` is not a whole SVG image: its `<svg>` tag is never closed (a `>` or a quote)"
    )
    assert said[hidden] == "`a.svg` is not an SVG image: no `<svg>` tag in its first 16 KB"
