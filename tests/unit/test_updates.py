"""The updates timeline: front matter `updates:` on the page, in JSON and in the feed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html
import pytest
from markdown_it.common.utils import escapeHtml

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic, sorted_diagnostics
from briefgen.model import Briefing, Site
from briefgen.site.config import load_config
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json
from briefgen.site.render import Renderer
from tests.conftest import REPO, make_project

ATOM = "{http://www.w3.org/2005/Atom}"
UPDATED = """\
---
title: Developing story
date: 2026-11-20
summary: Talks & more.
updates:
  - date: 2026-11-22
    text: Added the *Quito* leg.
  - date: 2026-11-25
    text: Corrected the [aid figure](https://example.org/aid).
{extra}---

The lede.
"""


def _parse(extra: str = "") -> tuple[Briefing | None, list[str]]:
    briefing, diagnostics = parse_briefing("content/story.md", UPDATED.format(extra=extra))
    return briefing, [format_diagnostic(d) for d in diagnostics if d.is_error]


def test_updates_are_newest_first_and_set_updated() -> None:
    briefing, errors = _parse()
    assert briefing is not None and not errors
    updates = briefing.meta.updates
    assert [u.date for u in updates] == [dt.date(2026, 11, 25), dt.date(2026, 11, 22)]
    assert updates[0].text.html == 'Corrected the <a href="https://example.org/aid">aid figure</a>.'
    assert updates[1].text.text == "Added the Quito leg."
    assert briefing.meta.updated == dt.date(2026, 11, 25)
    assert updates[1].pos.line == 6


def test_explicit_updated_older_than_newest_update_is_an_error_at_its_line() -> None:
    briefing, errors = _parse("updated: 2026-11-23\n")
    assert briefing is None
    assert errors == [
        "content/story.md:10:1: error: `updated` (2026-11-23) is earlier than the newest "
        "entry in `updates` (2026-11-25)\n  hint: remove `updated:`; the newest update sets it"
    ]


def test_explicit_updated_at_or_after_newest_update_wins() -> None:
    briefing, errors = _parse("updated: 2026-11-30\n")
    assert briefing is not None and not errors
    assert briefing.meta.updated == dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("updates", "message"),
    [
        ("updates: yes\n", "`updates`: expected a list of {date, text} entries"),
        ("updates:\n  - {date: 2026-11-21}\n", "`updates` item 1 must have exactly `date` and"),
        ("updates:\n  - {date: 2026-11-21, text: x, by: me}\n", "unknown key `by`"),
        ("updates:\n  - {date: 2026-11-19, text: x}\n", "update of 2026-11-19 is earlier"),
        ("updates:\n  - {date: soon, text: x}\n", "expected an ISO date YYYY-MM-DD, got `soon`"),
    ],
)
def test_bad_updates_are_errors_at_their_line(updates: str, message: str) -> None:
    text = f"---\ntitle: T\ndate: 2026-11-20\n{updates}---\n\nBody.\n"
    briefing, diagnostics = parse_briefing("content/t.md", text)
    errors = [format_diagnostic(d) for d in diagnostics if d.is_error]
    assert briefing is None
    assert len(errors) == 1
    assert errors[0].startswith("content/t.md:")
    assert message in errors[0]
    assert int(errors[0].split(":")[1]) >= 4


@pytest.mark.parametrize(
    ("updates", "hint"),
    [
        # A tracker dated by its latest edition: the year is right, `date` is the first day.
        (
            "  - {date: 2026-11-21, text: a}\n  - {date: 2026-11-14, text: b}\n"
            "  - {date: 2026-10-02, text: c}\n",
            "`date` is the day the briefing was first published, on or before every update: "
            "write `date: 2026-10-02` or earlier, or correct the entry's date",
        ),
        # In the year of `date`, the entry would follow it: the year may be mistyped.
        ("  - {date: 2025-11-22, text: a}\n", "check the year of the entry or of `date`"),
        ("  - {date: 2025-11-21, text: a}\n", "check the year of the entry or of `date`"),
        ("  - {date: 2025-12-01, text: a}\n", "check the year of the entry or of `date`"),
        (
            "  - {date: 2025-06-01, text: a}\n",
            "`date` is the day the briefing was first published, on or before every update: "
            "write `date: 2025-06-01` or earlier, or correct the entry's date",
        ),
    ],
)
def test_an_update_before_date_is_hinted_at_what_may_be_wrong(updates: str, hint: str) -> None:
    text = f"---\ntitle: T\ndate: 2026-11-21\nupdates:\n{updates}---\n\nBody.\n"
    _, diagnostics = parse_briefing("content/t.md", text)
    assert {d.hint for d in diagnostics if "is earlier than `date`" in d.message} == {hint}


def test_a_mistyped_year_is_not_the_day_to_date_the_briefing() -> None:
    """The earliest entry the hint names is one whose year is not in doubt."""
    updates = "  - {date: 2025-12-01, text: a}\n  - {date: 2026-11-14, text: b}\n"
    text = f"---\ntitle: T\ndate: 2026-11-21\nupdates:\n{updates}---\n\nBody.\n"
    _, diagnostics = parse_briefing("content/t.md", text)
    assert [format_diagnostic(d) for d in sorted_diagnostics(diagnostics)] == [
        "content/t.md:5:5: error: update of 2025-12-01 is earlier than `date` (2026-11-21)\n"
        "  hint: check the year of the entry or of `date`",
        "content/t.md:6:5: error: update of 2026-11-14 is earlier than `date` (2026-11-21)\n"
        "  hint: `date` is the day the briefing was first published, on or before every "
        "update: write `date: 2026-11-14` or earlier, or correct the entry's date",
    ]


def test_each_unknown_key_of_an_update_is_an_error_at_its_own_line() -> None:
    """The entry's first line was blamed, and only the first unknown key was named."""
    updates = "updates:\n  - date: 2026-11-21\n    text: ok\n    note: |\n      a\n    txt: x\n"
    text = f"---\ntitle: T\ndate: 2026-11-20\n{updates}---\n\nBody.\n"
    briefing, diagnostics = parse_briefing("content/t.md", text)
    assert briefing is None
    assert [format_diagnostic(d).split("\n")[0] for d in diagnostics if d.is_error] == [
        "content/t.md:7:5: error: `updates` item 1 must have exactly `date` and `text`;"
        " unknown key `note`",
        "content/t.md:9:5: error: `updates` item 1 must have exactly `date` and `text`;"
        " unknown key `txt`",
    ]


@pytest.mark.parametrize(
    ("update", "hint"),
    [
        ("- 2026-11-21: Fixed a figure.", "write - {date: 2026-11-21, text: Fixed a figure.}"),
        (
            "- {date: 2026-11-21, note: 'Data: 2025, revised'}",
            'write - {date: 2026-11-21, text: "Data: 2025, revised"}',
        ),
        ("- 2026-11-21", "write - {date: 2026-11-21, text: What changed.}"),
        ("- Fixed a typo", "write - {date: 2026-11-25, text: What changed.}"),
        (  # two under one `-`: each key hinted as its own entry, not both as the last
            "- 2026-11-21: Fixed a figure.\n    2026-11-22: Added a source.",
            "write - {date: 2026-11-21, text: Fixed a figure.}\n"
            "write - {date: 2026-11-22, text: Added a source.}",
        ),
    ],
)
def test_an_update_not_written_as_date_and_text_is_hinted_as_itself(update: str, hint: str) -> None:
    """Each was hinted with an example dated 2026-11-25: copied, it re-dated the entry."""
    text = f"---\ntitle: T\ndate: 2026-11-20\nupdates:\n  {update}\n---\n\nBody.\n"
    _, diagnostics = parse_briefing("content/t.md", text)
    assert "\n".join(str(d.hint) for d in diagnostics if d.is_error) == hint


def test_an_update_written_twice_is_shown_once_with_a_warning_at_the_second() -> None:
    """A timeline pasted twice showed each change twice, without a word."""
    twice = "\n".join(UPDATED.splitlines()[5:7]) + "\n"  # the 2026-11-22 entry again
    extra = f"  - date: 2026-11-23\n    text: Other.\n{twice}"
    briefing, found = parse_briefing("content/story.md", UPDATED.format(extra=extra))
    messages = [format_diagnostic(d) for d in found]
    assert briefing is not None
    assert [u.date.isoformat() for u in briefing.meta.updates] == [
        "2026-11-25",
        "2026-11-23",
        "2026-11-22",
    ]
    assert messages == [
        "content/story.md:12:5: warning: `updates` item 4 repeats item 1, its day and text: "
        "shown once\n  hint: delete one of them"
    ]


def test_updates_of_one_day_with_other_texts_are_all_shown() -> None:
    extra = "  - date: 2026-11-22\n    text: Added the *Lima* leg.\n"
    briefing, found = parse_briefing("content/story.md", UPDATED.format(extra=extra))
    assert briefing is not None
    assert len(briefing.meta.updates) == 3
    assert found == []


def test_updates_timeline_is_on_the_page_newest_first() -> None:
    briefing, _ = _parse()
    assert briefing is not None
    config, _ = load_config(REPO)
    html = Renderer(config, REPO).render_briefing(briefing, Site(config, ()))
    assert '<h2 id="updates-title">Updates</h2>' in html
    newest = html.index('<time datetime="2026-11-25">25 November 2026</time> Corrected')
    older = html.index('<time datetime="2026-11-22">22 November 2026</time> Added the <em>')
    assert newest < older


def test_updates_are_in_briefing_json_and_validate() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    briefing, _ = _parse()
    assert briefing is not None
    data = briefing_to_json(briefing)
    assert data["updated"] == "2026-11-25"
    assert data["updates"] == [
        {
            "date": "2026-11-25",
            "text": "Corrected the aid figure.",
            "html": 'Corrected the <a href="https://example.org/aid">aid figure</a>.',
        },
        {
            "date": "2026-11-22",
            "text": "Added the Quito leg.",
            "html": "Added the <em>Quito</em> leg.",
        },
    ]
    jsonschema.validate(data, briefing_schema(), cls=jsonschema.Draft202012Validator)


def test_feed_entry_says_what_changed_and_when() -> None:
    briefing, _ = _parse()
    assert briefing is not None
    config, _ = load_config(REPO)
    feed = Renderer(config, REPO).render_feed(Site(config, (briefing.entry(),)))
    entry = ET.fromstring(feed).find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}updated") == "2026-11-25T00:00:00Z"
    summary = entry.findtext(f"{ATOM}summary")
    assert summary == "Updated 25 November 2026: Corrected the aid figure. — Talks & more."
    content = entry.find(f"{ATOM}content")
    assert content is not None and content.get("type") == "html"
    assert content.text == (
        '<p><strong>Updated 25 November 2026:</strong> Corrected the <a href="https://example.org/aid">'
        "aid figure</a>.</p><p>Talks &amp; more.</p>"
    )


def test_french_feed_puts_a_no_break_space_before_the_colon() -> None:
    briefing, _ = _parse("lang: fr\n")
    assert briefing is not None
    config, _ = load_config(REPO)
    config = dataclasses.replace(config, language="fr")
    feed = Renderer(config, REPO).render_feed(Site(config, (briefing.entry(),)), "fr")
    entry = ET.fromstring(feed).find(f"{ATOM}entry")
    assert entry is not None
    summary = entry.findtext(f"{ATOM}summary") or ""
    assert summary.startswith("Mis à jour le 25 novembre 2026\u00a0: Corrected the aid figure.")


@pytest.mark.parametrize(
    "written",
    ["![a chart](chart.png)", '![a chart](charts/gráfico.png "Title")', "![](x.png)"],
)
def test_an_image_in_an_update_is_shown_as_written(written: str) -> None:
    # As the warning says: an update is inline text, and its image was made an <img> whose
    # link no page could follow (not resolved from the file, nor sized, nor checked).
    extra = f"  - date: 2026-11-26\n    text: 'Added {written} to the text.'\n"
    briefing, _ = parse_briefing("content/story.md", UPDATED.format(extra=extra))
    assert briefing is not None
    newest = briefing.meta.updates[0]
    assert newest.text.text == f"Added {written} to the text."
    assert "<img" not in newest.text.html
    assert newest.text.html == escapeHtml(f"Added {written} to the text.")


def test_feed_entry_resolves_an_updates_relative_links_against_its_page() -> None:
    # Without full content the entry's HTML is the update line and the summary; its links
    # were resolved against the feed's own address (`#aid` to the feed, `../b/` wrongly from
    # a topic's feed) as no xml:base named the briefing's page.
    update = "  - date: 2026-11-26\n    text: Corrected the [aid figure](#aid), see [B](../b/).\n"
    briefing, _ = parse_briefing("content/story.md", UPDATED.format(extra=update))
    assert briefing is not None
    config, _ = load_config(REPO)
    feed = Renderer(config, REPO).render_feed(Site(config, (briefing.entry(),)))
    content = ET.fromstring(feed).find(f"{ATOM}entry/{ATOM}content")
    assert content is not None
    assert content.get("{http://www.w3.org/XML/1998/namespace}base") == config.base_url + "story/"
    assert '<a href="#aid">aid figure</a>' in (content.text or "")


def test_feed_content_escapes_a_translated_update_label_for_html_then_xml(tmp_path: Path) -> None:
    # The content is HTML carried as text: the label was escaped for HTML only, so a
    # translation's `&` stood bare in the XML and its `<` opened a tag in the HTML.
    label = 'Fixed & <checked> "twice" %(date)s:'
    make_project(
        tmp_path,
        "-- locales/en/LC_MESSAGES/messages.po --\n"
        f'msgid "Updated %(date)s:"\nmsgstr "{label.replace(chr(34), chr(92) + chr(34))}"\n',
    )
    briefing, _ = _parse()
    assert briefing is not None
    config, _ = load_config(REPO)
    feed = Renderer(config, tmp_path).render_feed(Site(config, (briefing.entry(),)))
    content = ET.fromstring(feed).find(f"{ATOM}entry/{ATOM}content")
    assert content is not None and content.text is not None
    strong = lxml.html.fragment_fromstring(content.text, create_parent="div").find("p/strong")
    assert strong is not None
    assert strong.text_content() == label % {"date": "25 November 2026"}
    assert len(strong) == 0
