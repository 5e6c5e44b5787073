"""Level-1 headings in the body are dropped; the warning says where the text below goes and
how to keep the heading (content/sections.py)."""

from __future__ import annotations

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
TITLE = "the title comes from `title:` in the front matter"


def _dropped(body: str) -> list[str]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [format_diagnostic(d) for d in diagnostics if "dropped" in d.message]


def test_google_docs_headings_say_where_their_text_goes_and_to_move_every_heading_down() -> None:
    """Google Docs writes Heading 1 as `# `: the text below the first joined the lede, and
    that below the second the section above it, under a hint about the title only."""
    body = (
        "Intro.\n\n# **Background**\n\nBackground text.\n\n## **Detail**\n\nDetail text.\n\n"
        "# **Options**\n\nOptions text.\n"
    )
    hint = (
        "write `## ` for `# ` to make it a section; with 2 `# ` headings, move every heading "
        f"down a level (`# ` to `## `, `## ` to `### `); {TITLE}"
    )
    assert _dropped(body) == [
        f"content/a.md:{FIRST_LINE + 2}:1: warning: `# ` heading in the body is dropped, and the "
        f"text below it joins the lede\n  hint: {hint}",
        f"content/a.md:{FIRST_LINE + 10}:1: warning: `# ` heading in the body is dropped, and the "
        f"text below it joins the section `Detail`\n  hint: {hint}",
    ]


def test_one_hash_heading_is_hinted_to_be_written_with_two() -> None:
    assert _dropped("# Title again\n\nText.\n") == [
        f"content/a.md:{FIRST_LINE}:1: warning: `# ` heading in the body is dropped, and the text "
        f"below it joins the lede\n  hint: write `## ` for `# ` to make it a section; {TITLE}"
    ]


def test_a_dropped_heading_with_a_heading_right_below_moves_no_text() -> None:
    (warned,) = _dropped("Lede.\n\n# Part one\n\n## Costs\n\nText.\n")
    assert warned.split("\n")[0].endswith("warning: `# ` heading in the body is dropped")


def test_an_underlined_heading_says_where_its_text_goes_too() -> None:
    body = "## Changes\n\nText.\n\n2.0.0 / 2017-04-04\n==================\n\n  * Docs: a fix\n"
    assert _dropped(body) == [
        f"content/a.md:{FIRST_LINE + 4}:1: warning: heading underlined with `===` in the body is "
        "dropped, and the text below it joins the section `Changes`\n"
        f"  hint: underline it with `---` (or write `## ` before it) to make it a section; {TITLE}"
    ]


def test_thousands_of_dropped_headings_are_warned_of_in_linear_time() -> None:
    """Each `# ` heading's hint counted every heading of the body again: eight times the
    headings took some sixty times as long (16,000 took 50 s of CPU)."""
    small_text, large_text = (FRONT + "# Part\n\nText.\n\n" * count for count in (1_000, 8_000))

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", large_text),
        lambda: parse_briefing("content/a.md", small_text),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
