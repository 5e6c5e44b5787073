"""A `## Notes` heading over the notes' definitions, as a README on GitHub writes them: the
definitions are listed under the theme's Notes, so the section shows empty, and its warning
says why (it said only "is empty" to an author who had written the notes under it)."""

from __future__ import annotations

from briefgen.content.parse import parse_briefing
from briefgen.content.validate import validate_briefing
from briefgen.diagnostics import Diagnostic

HELD = "holds only the definitions of notes, which are listed under Notes at the end of the"


def _warnings(body: str) -> list[Diagnostic]:
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S\n---\n\n{body}"
    parsed, diagnostics = parse_briefing("content/n.md", text)
    if parsed is not None:
        diagnostics = [*diagnostics, *validate_briefing(parsed)]
    return [d for d in diagnostics if "section" in d.message]


def test_a_notes_heading_over_the_definitions_says_they_are_listed_under_notes() -> None:
    body = "Quotas fall.[^com]\n\n## What changes\n\nText.[^wto]\n\n## Notes\n\n"
    body += "[^com]: European Commission.\n[^wto]: WTO notification.\n"
    (only,) = _warnings(body)
    assert str(only.pos) == "content/n.md:13:1"
    assert only.message == f"section `Notes` {HELD} briefing: it shows empty"
    assert only.hint == "remove the heading: the notes are listed under Notes by themselves"


def test_an_empty_section_above_the_notes_heading_is_still_empty() -> None:
    """The definitions lie under the later heading, not under the first empty one."""
    body = "Text.[^a]\n\n## Background\n\n## Sources\n\n[^a]: ONS.\n\n## Later\n"
    found = [(str(d.pos), d.message.split("` ", 1)[1]) for d in _warnings(body)]
    assert found == [
        ("content/n.md:9:1", "is empty"),
        ("content/n.md:11:1", f"{HELD} briefing: it shows empty"),
        ("content/n.md:15:1", "is empty"),
    ]


def test_a_section_with_text_and_definitions_is_not_warned_about() -> None:
    assert _warnings("Lede.[^a]\n\n## Notes\n\nSee below.\n\n[^a]: ONS.\n") == []


def test_beside_a_body_error_the_notes_heading_is_told_the_same() -> None:
    body = "A &#0; b.[^a]\n\n## Notes\n\n[^a]: ONS.\n"
    (only,) = _warnings(body)
    assert str(only.pos) == "content/n.md:9:1"
    assert HELD in only.message


LINKS = "holds only link definitions (`[1]: https://…`), which are shown only through the links"


def test_a_references_heading_over_link_definitions_says_they_show_only_through_links() -> None:
    """A source list written as definitions (`[1]: https://…`) shows nothing by itself."""
    body = "Quotas fall [per the report][1].\n\n## References\n\n"
    body += '[1]: https://oecd.org/r "OECD Outlook"\n[2]: https://imf.org/weo\n\n## Later\n'
    found = [(str(d.pos), d.message, d.hint) for d in _warnings(body)]
    assert found == [
        (
            "content/n.md:9:1",
            f"section `References` {LINKS} that use them: it shows empty",
            "to show them as its list, write each as an item, `- [Title](https://…)`; or list"
            " the works under `sources:` in the front matter and remove the heading",
        ),
        ("content/n.md:14:1", "section `Later` is empty", "write its text or remove the heading"),
    ]


def test_a_translated_sources_heading_over_a_second_definition_is_told_the_same() -> None:
    body = "Texto [1].\n\n## Fuentes\n\n[1]: https://a.org\n\n## Notas\n\n[1]: https://b.org\n"
    assert [(str(d.pos), LINKS in d.message) for d in _warnings(body)] == [
        ("content/n.md:9:1", True),
        ("content/n.md:13:1", True),
    ]


def test_beside_a_body_error_the_references_heading_is_told_the_same() -> None:
    (only,) = _warnings("A &#0; b [x][1].\n\n## References\n\n[1]: https://a.org\n")
    assert (str(only.pos), LINKS in only.message) == ("content/n.md:9:1", True)
