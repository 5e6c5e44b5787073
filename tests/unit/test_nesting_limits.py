"""Blocks of every kind that nests, nested past what briefgen builds or markdown-it parses,
are shown as their text with a warning, and what follows them keeps its place.

At its own nesting limit markdown-it skipped to the end of what a list item or a note may
span, the end of the file: notes defined inside notes 40 deep lost their text and every
later section, with no warning, and lists 20 deep took the later sections into their text.

Inline runs have a limit of their own: at the block parser's, `![` repeated on one line
took 190 microseconds a byte to read (9 s for 100 KB).
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.field_list import fieldlist_plugin

from briefgen.content import markdown
from briefgen.content.nesting import INLINE_NESTING, MARKDOWN_IT_NESTING
from briefgen.content.parse import parse_briefing
from briefgen.model import Briefing, Paragraph, RichText
from tests.conftest import least_cpu_seconds_beside, uncapped

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from markdown_it.rules_inline import StateInline

    from briefgen.content.markdown import MarkdownPlugin

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
BUILT = (
    "quotes nested more than 19 levels deep, or lists more than 9; "
    "the deeper part is shown as plain text"
)
PARSED = (
    "notes defined inside notes, or other blocks, nested more than 39 levels deep; "
    "the deeper part is shown as plain text"
)
DEPTHS = (39, 40, 41, 100)


def _notes(depth: int) -> str:
    """`depth` notes, each defined inside the one before, on one line."""
    return "".join(f"[^n{i}]: " for i in range(depth))


def _deflists(depth: int) -> str:
    """`depth` definition lists, each in the definition of the one before."""
    return "".join(f"{'  ' * i}Term{i}\n\n{'  ' * i}: text{i}\n\n" for i in range(depth))


def _notes_read(depth: int) -> str | None:
    """Notes are read 39 deep: the 40th note's text is the first that is not."""
    return PARSED if depth >= 40 else None


NESTINGS: dict[str, tuple[Callable[[int], str], Callable[[int], str | None]]] = {
    # name: (the nested blocks with the deepest text last, the warning at a depth)
    "notes-on-one-line": (lambda n: f"Intro.[^n0]\n\n{_notes(n)}deepest\n", _notes_read),
    "notes-on-lines": (
        lambda n: (
            "Intro.[^n0]\n\n"
            + "".join(f"{'    ' * i}[^n{i}]:\n" for i in range(n))
            + f"{'    ' * n}deepest\n"
        ),
        _notes_read,
    ),
    "quotes": (lambda n: "> " * n + "deepest\n", lambda _: BUILT),
    "quotes-on-lines": (
        lambda n: "".join("> " * i + f"q{i}\n\n" for i in range(1, n)) + "> " * n + "deepest\n",
        lambda _: BUILT,
    ),
    "callouts": (
        lambda n: "".join("> " * i + "> [!NOTE]\n" for i in range(n)) + "> " * n + "deepest\n",
        lambda _: BUILT,
    ),
    "lists": (
        lambda n: "".join("  " * i + f"- item{i}\n" for i in range(n)) + "  " * n + "- deepest\n",
        lambda _: BUILT,
    ),
    "ordered-lists": (
        lambda n: (
            "".join("   " * i + f"1. step{i}\n" for i in range(n)) + "   " * n + "1. deepest\n"
        ),
        lambda _: BUILT,
    ),
    "lists-on-one-line": (lambda n: "- " * n + "deepest\n", lambda _: BUILT),
    "definition-lists": (lambda n: _deflists(n) + "  " * n + "deepest\n", lambda _: BUILT),
    # A note, a quote and a list take four levels: the quotes and lists flatten from 19.
    "lists-in-quotes-in-notes": (
        lambda n: "".join(f"[^n{i}]: > - " for i in range(n // 4)) + "deepest\n",
        lambda _: BUILT,
    ),
    # Below 18 levels of quotes and lists, only notes: read to 40, never flattened.
    "notes-in-lists-in-quotes": (lambda n: "> - " * 6 + f"{_notes(n)}deepest\n", lambda _: PARSED),
    "a-list-in-notes": (
        lambda n: f"Intro.[^n0]\n\n{_notes(n - 1)}- deepest\n",
        lambda n: PARSED if n - 1 >= 40 else BUILT,
    ),
    "a-quote-in-notes": (
        lambda n: f"Intro.[^n0]\n\n{_notes(n)}> deepest\n",
        lambda n: PARSED if n >= 40 else BUILT,
    ),
}


def _texts(value: object) -> Iterator[str]:
    """The plain text of every `RichText` under `value`."""
    if isinstance(value, RichText):
        yield value.text
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))


def _parsed(nested: str) -> tuple[Briefing, list[str]]:
    """Parse `nested` between a section's start and a paragraph and section after it."""
    body = f"Lede.\n\n## A\n\n{nested}\nAfter it.\n\n## Later section\n\nLater text.\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None, diagnostics
    return briefing, [d.message for d in diagnostics if "nested more than" in d.message]


def _assert_what_follows_keeps_its_place(briefing: Briefing) -> None:
    assert [section.heading.text for section in briefing.sections] == ["A", "Later section"]
    (a, later) = briefing.sections
    assert isinstance(a.blocks[-1], Paragraph)
    assert a.blocks[-1].text.text == "After it."
    assert list(_texts(later.blocks)) == ["Later text."]


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("name", NESTINGS)
def test_nesting_keeps_its_deepest_text_and_what_follows(name: str, depth: int) -> None:
    nested, warned = NESTINGS[name]
    briefing, warnings = _parsed(nested(depth))
    _assert_what_follows_keeps_its_place(briefing)
    shown = " ".join(_texts(briefing))
    assert shown.count("deepest") == 1, shown
    assert shown.count("After it.") == shown.count("Later text.") == 1, shown
    message = warned(depth)
    assert uncapped(warnings) == ([message] * _places(name, depth) if message else [])


def _places(name: str, depth: int) -> int:
    """How many blocks are flattened: a blank line ends every quote, so each line of
    "quotes-on-lines" is a quote of its own, flattened from the 20th."""
    return depth - 19 if name == "quotes-on-lines" else 1


def _list(name: str, depth: int, indent: str = "") -> str:
    return "".join(f"{indent}{'  ' * i}- {name} level {i + 1}\n" for i in range(depth))


def _nesting_warnings(body: str) -> list[str]:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None, diagnostics
    return [f"{d.pos}: {d.message}" for d in diagnostics if "nested more than" in d.message]


def test_nesting_warns_every_flattened_list_at_its_marker() -> None:
    """Only the first was warned: fixed and built again under `--strict`, the second still
    showed raw `- ` markers."""
    body = f"Lede.\n\n{_list('a', 12)}\n## Second\n\n{_list('b', 12)}"
    assert _nesting_warnings(body) == [
        f"content/a.md:17:19: {BUILT}",
        f"content/a.md:32:19: {BUILT}",
    ]


def test_nesting_warns_a_list_after_a_flattened_quote() -> None:
    body = f"Lede.\n\n{'> ' * 21}deep\n\n## Second\n\n{_list('b', 12, '  ')}"
    assert _nesting_warnings(body) == [
        f"content/a.md:8:39: {BUILT}",
        f"content/a.md:21:21: {BUILT}",
    ]


def test_nesting_warns_a_flattened_list_once_for_all_its_items() -> None:
    """The items of one list are shown as text one by one; the list is one place."""
    body = _list("a", 10) + "".join(f"{'  ' * 9}- more {i}\n" for i in range(3)) + "\nAfter.\n"
    assert _nesting_warnings(body) == [f"content/a.md:15:19: {BUILT}"]


def test_nesting_warns_every_note_kept_as_text() -> None:
    first = "".join(f"[^a{i}]: " for i in range(41))
    second = "".join(f"[^b{i}]: " for i in range(41))
    body = f"Intro.[^a0] Then.[^b0]\n\n{first}one\n\n## B\n\n{second}two\n"
    assert _nesting_warnings(body) == [
        f"content/a.md:8:{len(first) - 7}: {PARSED}",
        f"content/a.md:12:{len(second) - 7}: {PARSED}",
    ]


def test_notes_nested_40_deep_warn_at_the_text_shown_as_text() -> None:
    prefix = _notes(40)
    body = f"Intro.[^n0]\n\n{prefix}Note text.\n\n## Later section\n\nLater text.\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    warned = [f"{d.pos}: {d.message}" for d in diagnostics if "nested" in d.message]
    assert warned == [f"content/a.md:8:{len(prefix) + 1}: {PARSED}"]
    (deepest,) = [note for note in briefing.notes if note.label == "n39"]
    assert list(_texts(deepest.blocks)) == ["Note text."]
    assert [section.heading.text for section in briefing.sections] == ["Later section"]


def test_notes_39_deep_are_all_read_as_notes() -> None:
    body = f"Intro.[^n0]\n\n{_notes(39)}Note text.\n"
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert briefing is not None
    assert not [d for d in diagnostics if "nested" in d.message]
    assert len(briefing.notes) == 39
    assert list(_texts(briefing.notes[-1].blocks)) == ["Note text."]


@pytest.fixture
def plugin_syntax() -> Iterator[None]:
    """Let a test add markdown-it plugins, as a briefgen plugin would, and take them away."""
    plugins = list(markdown.PLUGINS)
    yield
    markdown.PLUGINS[:] = plugins
    markdown.forget_parsers()


PLUGIN_NESTINGS: dict[str, tuple[MarkdownPlugin, Callable[[int], str]]] = {
    "container": (
        lambda md: container_plugin(md, "box"),
        lambda n: (
            "".join(":" * (n + 3 - i) + " box\n" for i in range(n))
            + "deepest\n"
            + "".join(":" * (i + 4) + "\n" for i in range(n))
        ),
    ),
    "admonition": (
        admon_plugin,
        lambda n: "".join("    " * i + "!!! note\n" for i in range(n)) + "    " * n + "deepest\n",
    ),
    "field-list": (
        fieldlist_plugin,
        lambda n: "".join("  " * i + f":f{i}:\n" for i in range(n)) + "  " * n + "deepest\n",
    ),
}


@pytest.mark.usefixtures("plugin_syntax")
@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("name", PLUGIN_NESTINGS)
def test_a_plugins_blocks_nested_deep_keep_what_follows(name: str, depth: int) -> None:
    """A field list, as a note, may span to the end of the file: it took the rest with it."""
    plugin, nested = PLUGIN_NESTINGS[name]
    markdown.use_plugin(name, plugin)
    briefing, _ = _parsed(nested(depth))
    _assert_what_follows_keeps_its_place(briefing)
    assert " ".join(_texts(briefing)).count("deepest") == 1


LINK = "[a](https://x.org/a)"
INLINE_NESTINGS: dict[str, tuple[Callable[[int], str], str]] = {
    # name: (a run with `n` brackets nested, what the briefing holds where its link is made)
    "in-a-links-text": (
        lambda n: "[" * (n + 1) + "a" + "]" * (n + 1) + "(https://x.org/a)",
        '<a href="https://x.org/a">[',
    ),
    "a-link-in-brackets": (lambda n: "[" * n + LINK + "]" * n, '<a href="https://x.org/a">a</a>'),
    "a-link-after-unclosed": (lambda n: "[" * n + " " + LINK, '<a href="https://x.org/a">a</a>'),
    "an-image-after-unclosed": (lambda n: "![" * n + " ![a](i.png)", 'alt="a"'),
}


@pytest.mark.parametrize("name", INLINE_NESTINGS)
def test_links_nested_to_the_inline_limit_are_shown_as_written(name: str) -> None:
    """markdown-it reads no link or image at its limit (here, inside 20 brackets), which
    the run shows whole as its text: nothing of it is dropped."""
    nested, made = INLINE_NESTINGS[name]
    briefing, _ = parse_briefing("content/a.md", FRONT + nested(INLINE_NESTING) + "\n")
    assert list(_texts(briefing)) == [nested(INLINE_NESTING)]
    assert made not in repr(briefing)


@pytest.mark.parametrize("name", INLINE_NESTINGS)
def test_links_nested_below_the_inline_limit_are_read(name: str) -> None:
    nested, made = INLINE_NESTINGS[name]
    briefing, _ = parse_briefing("content/a.md", FRONT + nested(INLINE_NESTING - 1) + "\n")
    assert made in repr(briefing)


def test_emphasis_nested_past_the_inline_limit_is_read() -> None:
    """Emphasis is paired after the run is read, at no level: only links nest."""
    briefing, _ = parse_briefing("content/a.md", f"{FRONT}{'*' * 100}{LINK}{'*' * 100}\n")
    assert '<a href="https://x.org/a">a</a>' in repr(briefing)
    assert repr(briefing).count("<em>") + repr(briefing).count("<strong>") > INLINE_NESTING


@pytest.mark.parametrize("line", ["![" * 16_000, "[" * 32_000, "[^" * 16_000])
def test_hostile_nested_brackets_are_read_as_fast_as_markdown_it_reads_them(line: str) -> None:
    """Bounded by markdown-it's own parse of the same text at its commonmark limit, not by
    seconds: both slow down alike on a loaded machine. At the block parser's limit this took
    3.7 to 5.1 times the bare parse (7 s for 50,000 `![`); at the inline limit, 1.1 to 1.3."""
    text = line + "\n"
    times: list[float] = []
    # From a thread's fresh stack: at pytest's depth the bare parse of the `![` line, which
    # recurses 20 calls deep from every `![`, took 1.7 times as long, ours not.
    thread = threading.Thread(target=lambda: times.extend(_bare_then_ours(text)))
    thread.start()
    thread.join()
    bare, seconds = times
    assert seconds < 2 * bare + 0.1, f"took {seconds:.1f} s, the bare parse {bare:.1f} s"


def _bare_then_ours(text: str) -> tuple[float, float]:
    """The least CPU seconds markdown-it takes to parse `text` as it comes, then parse_briefing,
    timed in turns (a busy neighbour's burst once made ours 2.2 times the bare parse)."""
    ours, bare = least_cpu_seconds_beside(
        lambda: parse_briefing("content/a.md", FRONT + text),
        lambda: MarkdownIt("commonmark").enable("table").parse(text),
        bound=lambda bare: 2 * bare + 0.1,
    )
    return bare, ours


def test_a_thread_parsing_while_another_tokenizes_a_run_keeps_the_block_limit(
    plugin_syntax: None,
) -> None:
    """The inline limit is set in a parser's options while a run is tokenized: a parser
    shared between threads would show it to a block parse on another thread."""
    seen: list[object] = []

    def look_from_another_thread(state: StateInline, silent: bool) -> bool:
        if not seen:
            parser = threading.Thread(target=lambda: seen.append(_block_nesting()))
            parser.start()
            parser.join()
        return False

    markdown.use_plugin(
        "look", lambda md: md.inline.ruler.before("text", "look", look_from_another_thread)
    )
    parse_briefing("content/a.md", FRONT + "Text.\n")
    assert seen == [MARKDOWN_IT_NESTING]


def _block_nesting() -> object:
    return markdown.markdown_parser(unsafe_html=False).options["maxNesting"]
