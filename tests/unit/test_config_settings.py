"""The nested settings (`home`, `feed`, `pdf`): defaults, values, and mistakes at their line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from briefgen.diagnostics import format_diagnostic
from briefgen.model.site import SETTING_KEYS, LanguageTexts
from briefgen.site import settingsyaml
from briefgen.site.config import NESTED_SETTINGS, PER_PAGE, load_config
from tests.conftest import REPO


def _load(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    _, problems = load_config(tmp_path)
    return [format_diagnostic(p) for p in problems]


def test_config_nested_settings_default_when_absent(tmp_path: Path) -> None:
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.per_page, config.feed_full_content) == (20, False)
    assert (config.pdf, config.pdf_page_size) == (False, "A4")


def test_config_nested_settings_are_read(tmp_path: Path) -> None:
    text = "title: T\nhome: {per_page: 5}\nfeed: {full_content: true}\npdf: {page_size: Letter}\n"
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.per_page, config.feed_full_content) == (5, True)
    assert (config.pdf, config.pdf_page_size) == (True, "Letter")


def test_config_pdf_mapping_with_enabled_false_turns_pdfs_off(tmp_path: Path) -> None:
    """The README: a `pdf:` mapping turns PDFs on; `enabled: false` turns them off."""
    text = "title: T\npdf: {enabled: false, page_size: Letter}\n"
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.pdf, config.pdf_page_size) == (False, "Letter")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("home: {per_page: 0}\n", "briefgen.yaml:1:8: error: `home.per_page` must be a whole"),
        ("home: {perpage: 5}\n", "briefgen.yaml:1:8: error: unknown setting `home.perpage`"),
        ("\nfeed: {full_content: sure}\n", "briefgen.yaml:2:8: error: `feed.full_content` must be"),
        ("pdf: {page_size: A3}\n", "briefgen.yaml:1:7: error: `pdf.page_size` must be A4 or"),
        ("pdf: maybe\n", "briefgen.yaml:1:1: error: `pdf` must be true, false or a mapping"),
    ],
)
def test_config_nested_setting_mistake_is_reported_at_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    problems = _load(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(message), problems


@pytest.mark.parametrize(
    ("text", "search", "problems"),
    [
        ("title: T\n", False, []),
        ("search: true\n", True, []),
        ("search: false\n", False, []),
        ('title: T\nsearch: "on"\n', False, ["briefgen.yaml:2:1: error: `search` must be"]),
        ("search: [true]\n", False, ["briefgen.yaml:1:1: error: `search` must be"]),
        ("serach: true\n", False, ["briefgen.yaml:1:1: error: unknown setting `serach`"]),
    ],
)
def test_config_search_is_a_flag(
    tmp_path: Path, text: str, search: bool, problems: list[str]
) -> None:
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, found = load_config(tmp_path)
    assert config.search is search
    messages = [format_diagnostic(f) for f in found]
    assert [m[: len(p)] for m, p in zip(messages, problems, strict=False)] == problems
    assert len(messages) == len(problems)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "title: A\ntitle: B\n",
            "briefgen.yaml:2:1: error: duplicate key `title` (first on line 1)",
        ),
        (
            "extra:\n  a: 1\n  a: 2\n",
            "briefgen.yaml:3:3: error: duplicate key `a` (first on line 2)",
        ),
    ],
)
def test_config_duplicate_key_is_an_error_naming_both_lines(
    tmp_path: Path, text: str, message: str
) -> None:
    assert _load(tmp_path, text) == [message + "\n  hint: remove one of them"]


def test_config_second_merge_key_is_a_duplicate_not_a_silent_win(tmp_path: Path) -> None:
    """YAML kept the second `<<`'s title over the first's without a word."""
    text = "extra:\n  d: &d {t: 1}\n  o: &o {t: 2}\n<<: *d\n<<: *o\n"
    assert _load(tmp_path, text) == [
        "briefgen.yaml:5:1: error: duplicate key `<<` (first on line 4)"
        "\n  hint: merge both in one, the first listed winning: `<<: [*b, *a]`"
    ]
    (tmp_path / "briefgen.yaml").write_text("extra:\n  <<: [{t: 1}, {t: 2}]\n  <<<: 3\n")
    config, found = load_config(tmp_path)
    assert found == [] and config.extra == {"t": 1, "<<<": 3}


def test_config_keeps_keys_yaml_tells_apart(tmp_path: Path) -> None:
    """`1` and `true` are two keys to YAML 1.2; Python's `1 == True` made them a duplicate."""
    (tmp_path / "briefgen.yaml").write_text("extra:\n  1: a\n  true: b\n  1.0: c\n")
    config, found = load_config(tmp_path)
    assert found == [] and config.extra == {"1": "a", "true": "b", "1.0": "c"}
    (tmp_path / "briefgen.yaml").write_text("extra:\n  <<: {1: a, true: b}\n  2: c\n")
    config, found = load_config(tmp_path)
    assert found == [] and config.extra == {"1": "a", "true": "b", "2": "c"}
    assert _load(tmp_path, "extra:\n  1: a\n  0x1: b\n") == [
        "briefgen.yaml:3:3: error: duplicate key `0x1` (first on line 2)"
        "\n  hint: remove one of them"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pdf: {page_size: 1.50}\n", "`pdf.page_size` must be A4 or Letter, not `1.50`"),
        ("pdf: {page_size: True}\n", "`pdf.page_size` must be A4 or Letter, not `True`"),
        (
            "images: {remote_hosts: [0x1F]}\n",
            "`images.remote_hosts` entry `0x1F` is not a lower-case host name",
        ),
    ],
)
def test_config_message_quotes_the_value_as_written(
    tmp_path: Path, text: str, message: str
) -> None:
    """Messages once quoted Python's reading of a value: `1.50` became 1.5, `0x1F` 31."""
    assert [line.split(" error: ")[1].split("\n")[0] for line in _load(tmp_path, text)] == [message]


def _laughs(levels: int) -> str:
    lines = ["extra:", '  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"  a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("extra: &a {b: *a}\n", "briefgen.yaml:1:15: error: alias `*a` repeats a value inside"),
        ("title: &t [x, [*t]]\n", "briefgen.yaml:1:16: error: alias `*t` repeats a value inside"),
        (_laughs(10), "briefgen.yaml:7:12: error: aliases expand the settings past 100,000"),
        ("extra: {a: " + "[" * 500 + "]" * 500 + "}\n", "briefgen.yaml:1:60: error: YAML nested"),
        (
            "extra:\n  a: &a " + "[" * 30 + "]" * 30 + "\n  b: " + "[" * 30 + "*a" + "]" * 30,
            "briefgen.yaml:3:36: error: YAML nested more than 50 levels deep",
        ),
    ],
)
def test_config_aliases_and_nesting_are_bounded(tmp_path: Path, text: str, message: str) -> None:
    problems = _load(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(message), problems


def test_config_aliases_within_bounds_are_read(tmp_path: Path) -> None:
    text = (
        "extra:\n  base: &base {team: policy, year: 2026}\n  copy: *base\n  list: [*base, *base]\n"
    )
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config.extra["copy"] == {"team": "policy", "year": 2026}
    assert config.extra["list"] == [config.extra["base"]] * 2


@pytest.mark.parametrize(
    ("url", "repairs", "used"),
    [
        ("https://x.org/sub", "no trailing `/`", "https://x.org/sub/"),
        ("x.org/sub", "no scheme and no trailing `/`", "https://x.org/sub/"),
        ("x.org/sub/", "no scheme", "https://x.org/sub/"),
        ("https://x.org/sub/  ", "spaces around it", "https://x.org/sub/"),
        (" x.org/sub", "spaces around it and no scheme and no trailing `/`", "https://x.org/sub/"),
    ],
)
def test_config_base_url_repaired_is_a_warning(
    tmp_path: Path, url: str, repairs: str, used: str
) -> None:
    problems = _load(tmp_path, f'title: T\nbase_url: "{url}"\n')
    assert problems == [f"briefgen.yaml:2:1: warning: base_url `{url}` has {repairs}; using {used}"]


@pytest.mark.parametrize(
    "url", ["https://x.org", "https://x.org/", "https://x.org/sub/", "http://localhost:8000/"]
)
def test_config_base_url_of_a_folder_or_site_root_is_silent(tmp_path: Path, url: str) -> None:
    (tmp_path / "briefgen.yaml").write_text(f"title: T\nbase_url: {url}\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config.base_url == url.removesuffix("/") + "/"


def test_config_base_url_flag_without_trailing_slash_is_silent(tmp_path: Path) -> None:
    """`--base-url` is in no file a warning could point to; the `/` is added."""
    config, problems = load_config(tmp_path, base_url_override="https://x.org/sub")
    assert problems == []
    assert config.base_url == "https://x.org/sub/"


@pytest.mark.parametrize(
    "url", ["https://x.org/../../etc/", "https://x.org/a/./b/", "https://x.org/a/%2E%2e/"]
)
def test_config_base_url_with_dot_segments_is_an_error(tmp_path: Path, url: str) -> None:
    problems = _load(tmp_path, f"title: T\nbase_url: {url}\n")
    assert problems == [
        f"briefgen.yaml:2:1: error: base_url `{url}` has a `.` or `..` segment in its path"
    ]


@pytest.mark.parametrize(
    ("url", "repairs", "used"),
    [
        ("HTTPS://EX.ORG/", "an upper-case scheme", "https://ex.org/"),
        ("Http://x.org/sub", "an upper-case scheme and no trailing `/`", "http://x.org/sub/"),
    ],
)
def test_config_base_url_scheme_in_upper_case_is_lowered_with_a_warning(
    tmp_path: Path, url: str, repairs: str, used: str
) -> None:
    """Schemes are case-insensitive (RFC 3986): it was refused as not http(s)."""
    (tmp_path / "briefgen.yaml").write_text(f"title: T\nbase_url: {url}\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert [format_diagnostic(p) for p in problems] == [
        f"briefgen.yaml:2:1: warning: base_url `{url}` has {repairs}; using {used}"
    ]
    assert config.base_url == used


def test_config_base_url_flag_scheme_in_upper_case_is_lowered_silently(tmp_path: Path) -> None:
    config, problems = load_config(tmp_path, base_url_override="HTTPS://x.org/sub/")
    assert problems == []
    assert config.base_url == "https://x.org/sub/"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (
            "https://ex..org/",
            "has no valid host name (labels of letters, digits and inner hyphens)",
        ),
        (
            "https://-ex-.org/",
            "has no valid host name (labels of letters, digits and inner hyphens)",
        ),
        (f"https://{'a' * 64}.org/", "has no valid host name (labels of letters, digits and"),
        ("http://[v1.x]/", "has no valid host name (labels of letters, digits and inner hyphens)"),
        ("https://ex.org:0/", "has port 0; a port is from 1 to 65535"),
        ("https://ex.org:99999/", "has port 99999; a port is from 1 to 65535"),
        ("http://[::1:8080/", "is not a valid URL"),  # its `[` unclosed: no port out of range
        ("https://user:pw@ex.org/", "holds a user name or password (before `@`), which every"),
        ("https://@ex.org/", "holds a user name or password (before `@`), which every page"),
        # The README's Safety: "no `%` that starts no escape", for both settings.
        ("https://x.org/%zz/", "holds a `%` that starts no escape (`%zz`): write a `%` itself"),
    ],
)
@pytest.mark.parametrize("key", ["base_url", "source_url"])
def test_config_url_without_a_host_a_browser_reaches_is_an_error(
    tmp_path: Path, url: str, problem: str, key: str
) -> None:
    """Each was accepted, and a base URL's credentials went into every canonical URL."""
    (tmp_path / "briefgen.yaml").write_text(f"title: T\n{key}: {url}\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    named = "base_url" if key == "base_url" else "`source_url`"
    (message,) = [format_diagnostic(p) for p in problems]
    assert message.startswith(f"briefgen.yaml:2:1: error: {named} `{url}` {problem}")
    assert config.base_url == "http://localhost:8000/"


def test_config_source_url_scheme_is_lower_cased_with_a_warning(tmp_path: Path) -> None:
    """`HTTPS://…` was published as written in every footer, unsaid; `base_url`'s is mended."""
    url = "HTTPS://github.com/org/repo"
    (tmp_path / "briefgen.yaml").write_text(f"title: T\nsource_url: {url}\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert config.source_url == "https://github.com/org/repo"
    assert [format_diagnostic(p) for p in problems] == [
        f"briefgen.yaml:2:1: warning: source_url `{url}` has an upper-case scheme;"
        " using https://github.com/org/repo"
    ]


def test_config_source_url_host_may_hold_an_underscore(tmp_path: Path) -> None:
    """It is only a link on the page, and browsers follow it: it was an error."""
    url = "https://my_host.example.org/repo"
    (tmp_path / "briefgen.yaml").write_text(f"title: T\nsource_url: {url}\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert (config.source_url, problems) == (url, [])
    assert _load(tmp_path, "title: T\nbase_url: https://my_host.example.org/\n") != []


@pytest.mark.parametrize(
    "url", ["http://[::1]:8000/", "https://127.0.0.1:8080/", "https://ex-1.org.:65535/b/"]
)
def test_config_base_url_with_an_address_or_port_is_kept(tmp_path: Path, url: str) -> None:
    (tmp_path / "briefgen.yaml").write_text(f"title: T\nbase_url: {url}\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert (config.base_url, problems) == (url, [])


@pytest.mark.parametrize("url", ["https://org.github.io//repo/", "https://org.github.io/repo//"])
def test_config_base_url_with_an_empty_segment_is_an_error(tmp_path: Path, url: str) -> None:
    """`//repo/assets/style.css` in the 404 page would be the host `repo`'s stylesheet."""
    problems = _load(tmp_path, f"title: T\nbase_url: {url}\n")
    assert problems == [
        f"briefgen.yaml:2:1: error: base_url `{url}` has an empty segment (`//`) in its path"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("home:\n  per_page: 5\n  perpage: 3\n", "briefgen.yaml:3:3: error: unknown setting"),
        ("title: T\nhome:\n  per_page: 0\n", "briefgen.yaml:3:3: error: `home.per_page` must be"),
        ("feed:\n\n  full_content: sure\n", "briefgen.yaml:3:3: error: `feed.full_content`"),
        ("pdf:\n  enabled: true\n  page_size: A3\n", "briefgen.yaml:3:3: error: `pdf.page_size`"),
        ("images:\n  hosts: []\n", "briefgen.yaml:2:3: error: unknown setting `images.hosts`"),
        ("images:\n  remote_hosts: x\n", "briefgen.yaml:2:3: error: `images.remote_hosts`"),
    ],
)
def test_config_nested_setting_mistake_in_block_style_is_at_its_own_line(
    tmp_path: Path, text: str, message: str
) -> None:
    problems = _load(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(message), problems


def test_config_with_many_values_and_no_alias_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound on what aliases repeat counted every value: a file of more plain values than
    it, no alias at all, was refused. Under a bound of 1,000, not 100,000, to read a small file."""
    monkeypatch.setattr(settingsyaml, "MAX_VALUES", 1_000)
    text = "extra:\n  numbers: [" + ", ".join(["1"] * 1_001) + "]\n"
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config.extra["numbers"] == [1] * 1_001


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("title: a\u2028b\nlanguage: 3\n", 1),  # YAML breaks lines at U+2028; the file does not
        ("title: T\ndescription: 'a\u2029b'\ntitel: T\n", 3),
        ("title: 'a\u2028b'\npdf: {page_size: A5}\n", 2),
    ],
)
def test_config_lines_are_the_files_own_around_a_yaml_only_line_break(
    tmp_path: Path, text: str, line: int
) -> None:
    # A quoted U+2028 or U+2029 is also a line break in the text: a warning at its own line.
    (problem,) = [p for p in _load(tmp_path, text) if ": error: " in p]
    assert problem.startswith(f"briefgen.yaml:{line}:"), problem


def test_config_reads_yaml_1_2_scalars_as_front_matter_does(tmp_path: Path) -> None:
    """`language: no` is Norwegian and `title: Off` a title, not false (YAML 1.1's rule)."""
    text = "title: Off\nlanguage: no\nextra:\n  <<: {team: policy}\n  when: 2026-01-02\n"
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert problems == []
    assert (config.title, config.language) == ("Off", "no")
    assert config.extra == {"team": "policy", "when": "2026-01-02"}


@pytest.mark.parametrize("word", ["yes", "on", "No"])
def test_config_yes_or_on_for_a_flag_is_an_error_with_a_hint(tmp_path: Path, word: str) -> None:
    assert _load(tmp_path, f"feed:\n  full_content: {word}\n") == [
        "briefgen.yaml:2:3: error: `feed.full_content` must be true or false\n"
        "  hint: write true or false: yes, no, on and off are text, as in front matter"
    ]


@pytest.mark.parametrize("word", ["yes", "off", "On"])
def test_config_yes_or_off_for_pdf_is_an_error_with_the_flags_hint(
    tmp_path: Path, word: str
) -> None:
    """`pdf` takes a mapping too, so it said only what it takes, not why `off` is none."""
    assert _load(tmp_path, f"title: T\npdf: {word}\n") == [
        "briefgen.yaml:2:1: error: `pdf` must be true, false or a mapping like {page_size: A4}\n"
        "  hint: write true or false: yes, no, on and off are text, as in front matter"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'title: T\n\nextra:\n  a: 1\n  team:\n    - name: ok\n    - name: "bad\\x01"\n',
            "briefgen.yaml:7:7: error: a setting holds the character U+0001",
        ),
        (
            'title: T\nimages:\n  remote_hosts:\n    - a.org\n    - "Bad Host"\n',
            "briefgen.yaml:5:7: error: `images.remote_hosts` entry `Bad Host` is not a lower-case",
        ),
        (
            "images: {remote_hosts: [a.org, 'https://b.org']}\n",
            "briefgen.yaml:1:32: error: `images.remote_hosts` entry `https://b.org`",
        ),
    ],
)
def test_config_mistake_deep_in_a_setting_is_at_the_values_own_line(
    tmp_path: Path, text: str, message: str
) -> None:
    (problem,) = _load(tmp_path, text)
    assert problem.startswith(message), problem


@pytest.mark.parametrize("text", ['title: ""\n', "title: '   '\n", 'title: "\\t"\n'])
def test_config_empty_title_is_an_error_with_a_hint(tmp_path: Path, text: str) -> None:
    assert _load(tmp_path, "base_url: https://example.org/\n" + text) == [
        "briefgen.yaml:2:1: error: `title` is empty\n"
        "  hint: name the site, or remove the line for the default `Briefings`"
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ('title: "\\u200b\\u2060"\n', "U+200B, U+2060"),
        ('title: " \\u00ad\\ufeff"\n', "U+00AD, U+FEFF"),
    ],
)
def test_config_title_of_invisible_characters_is_an_error_like_an_empty_one(
    tmp_path: Path, text: str, codes: str
) -> None:
    # The masthead, every tab and the feed would have shown nothing, without a word.
    assert _load(tmp_path, "base_url: https://example.org/\n" + text) == [
        f"briefgen.yaml:2:1: error: `title` shows nothing: it holds only invisible characters "
        f"({codes})\n  hint: write text a reader can see, or remove the line"
    ]


@pytest.mark.parametrize(
    ("text", "key", "shown", "what"),
    [
        ('title: "Policy\\nBriefings"\n', "title", "Policy Briefings", "a line break (U+000A)"),
        (
            "description: |\n  Short briefings\n  on policy.\n",
            "description",
            "Short briefings on policy.",
            "a line break (U+000A)",
        ),
        ('author: "The\\tteam"\n', "author", "The team", "a tab (U+0009)"),
    ],
)
def test_config_text_holding_a_tab_or_line_break_is_one_line_with_a_warning(
    tmp_path: Path, text: str, key: str, shown: str, what: str
) -> None:
    """The feed's `<title>` and `<author>`, the pages' `<title>` and meta description held
    the break as written, unwarned, as a briefing's `title:` did."""
    (tmp_path / "briefgen.yaml").write_text("language: en\n" + text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert getattr(config, key) == shown
    assert [format_diagnostic(p) for p in problems] == [
        f"briefgen.yaml:2:1: warning: `{key}` holds {what}, shown as a space\n"
        f"  hint: write the {key} on one line"
    ]


@pytest.mark.parametrize(
    ("text", "key", "shown"),
    [
        ('title: "AT&amp;T &#8216;Briefings&#8217;"\n', "title", "AT&T \u2018Briefings\u2019"),
        ("description: R&amp;D in Caf&eacute;s\n", "description", "R&D in Caf\u00e9s"),
        ("author: J&#xF6;rg &amp; Ana\n", "author", "J\u00f6rg & Ana"),
        # What markdown-it does not read as a reference stays as written, as in a briefing.
        ("title: AT&T &copy 2025 &nope;\n", "title", "AT&T &copy 2025 &nope;"),
    ],
)
def test_config_text_reads_character_references_as_a_briefing_title_does(
    tmp_path: Path, text: str, key: str, shown: str
) -> None:
    """A site title exported from a CMS showed `AT&amp;amp;T` on every page."""
    (tmp_path / "briefgen.yaml").write_text(text, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert (getattr(config, key), problems) == (shown, [])


def test_config_text_with_a_direction_override_as_a_reference_is_contained_as_typed_raw(
    tmp_path: Path,
) -> None:
    """`&#x202E;` reached the pages' and the feed's `<title>` as a raw U+202E: references were
    decoded after the direction controls were checked."""
    found = []
    for written in ("\u202e", "&#x202E;"):
        (tmp_path / "briefgen.yaml").write_text(f'title: "{written}evil"\n', encoding="utf-8")
        config, problems = load_config(tmp_path)
        found.append((config.title, [format_diagnostic(p) for p in problems]))
    assert found[0] == found[1]
    assert found[0][0] == "evil" and "U+202E (an override)" in found[0][1][0]


def test_config_text_with_a_reference_to_a_refused_character_is_an_error(tmp_path: Path) -> None:
    assert _load(tmp_path, "language: en\ntitle: Briefs &#0; here\n") == [
        "briefgen.yaml:2:1: error: character reference `&#0;` stands for U+0000, a control "
        "character, which no page may hold\n"
        "  hint: delete it; to show the reference itself, write `&amp;#0;`"
    ]


def test_config_reports_every_bad_list_entry_at_its_own_line_with_its_own_hint(
    tmp_path: Path,
) -> None:
    """Only the first bad `remote_hosts` entry was reported, with the same example as hint,
    and a bad `plugins` item was blamed on the `plugins:` line."""
    text = (
        "plugins:\n  - ok_name\n  - 42\n  - ''\n"
        "images:\n  remote_hosts:\n    - Upload.Wikimedia.org\n    - ok.org\n"
        "    - https://example.org/maps/\n    - '[::1'\n"
    )
    host = "is not a lower-case host name\n  hint: write"
    assert _load(tmp_path, text) == [
        "briefgen.yaml:3:5: error: `plugins` item 2 must be a name, not `42`\n"
        "  hint: write plugins: [my_plugin]",
        "briefgen.yaml:4:5: error: `plugins` item 3 must be a name, not blank\n"
        "  hint: write plugins: [my_plugin]",
        f"briefgen.yaml:7:7: error: `images.remote_hosts` entry `Upload.Wikimedia.org` {host}"
        " `upload.wikimedia.org`: a host name, no https://, no path",
        f"briefgen.yaml:9:7: error: `images.remote_hosts` entry `https://example.org/maps/` {host}"
        " `example.org`: a host name, no https://, no path",
        f"briefgen.yaml:10:7: error: `images.remote_hosts` entry `[::1` {host}"
        " a host name, as in `images: {remote_hosts: [upload.wikimedia.org]}`",
    ]


@pytest.mark.parametrize("text", ["", "title: T\n", "title: ' Briefs '\n"])
def test_config_title_that_is_written_or_absent_is_silent(tmp_path: Path, text: str) -> None:
    assert [p for p in _load(tmp_path, text) if "title" in p] == []


def test_config_language_grandfathered_is_an_error_giving_its_preferred_value(
    tmp_path: Path,
) -> None:
    """It said "must be a tag like `en`", of a valid (grandfathered) BCP 47 tag."""
    assert _load(tmp_path, "language: zh-min-nan\n") == [
        "briefgen.yaml:1:1: error: `language` `zh-min-nan` is a grandfathered tag, registered"
        " whole; briefgen takes only a language, script, region and variants\n"
        "  hint: write `language: nan`, its preferred value"
    ]


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("es_MX", "write `language: es-MX`: a tag joins its subtags with `-`"),
        ("Spanish", "write `language: es`, the tag of Spanish"),
    ],
)
def test_config_language_as_a_locale_or_a_name_hints_its_tag(
    tmp_path: Path, value: str, hint: str
) -> None:
    """Taken as `lang:` is (README), but with no hint where `lang: es_MX` gets its tag."""
    assert _load(tmp_path, f"language: {value}\n") == [
        f"briefgen.yaml:1:1: error: `language` must be a tag like `en` or `pt-BR`, not `{value}`\n"
        f"  hint: {hint}"
    ]


@pytest.mark.parametrize("value", ['""', '"  "'])
def test_config_language_empty_says_so_as_an_empty_lang_does(tmp_path: Path, value: str) -> None:
    """An empty `language` was quoted as `` `` ``, a tag like `en` "not" nothing."""
    assert _load(tmp_path, f"language: {value}\n") == [
        "briefgen.yaml:1:1: error: `language` is empty\n"
        "  hint: write a tag such as es, fr, pt-BR or zh-Hant, or remove the line for `en`"
    ]


def test_config_language_with_no_value_is_the_default(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yaml").write_text("language:\n", encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert (config.language, problems) == ("en", [])


@pytest.mark.parametrize("value", [PER_PAGE[0] - 1, PER_PAGE[-1] + 1, 2.5, True])
def test_config_per_page_outside_the_range_the_readme_states_is_an_error(
    tmp_path: Path, value: object
) -> None:
    """The settings table gave the default but not the range, which is an error outside."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    row = readme.split("| `home.per_page` |", 1)[1].split(" |\n", 1)[0]
    stated = f"a whole number from {PER_PAGE[0]} to {PER_PAGE[-1]}"
    assert stated in row
    assert _load(tmp_path, f"home:\n  per_page: {str(value).lower()}\n") == [
        f"briefgen.yaml:2:3: error: `home.per_page` must be {stated}"
    ]
    assert _load(tmp_path, f"home:\n  per_page: {PER_PAGE[-1]}\n") == []


NESTED = "write `{0}:` on its own line and `  {1}` below it"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            'title: "T"\ndescription: "d"\nhome.per_page: 5\n',
            [
                "briefgen.yaml:3:1: error: unknown setting `home.per_page`",
                NESTED.format("home", "per_page: 5"),
            ],
            id="a-setting-the-readme-writes-dotted",
        ),
        pytest.param(
            'title: T\nhome: {per_page: 5}\n"pdf.page_size": Letter\n',
            [
                "briefgen.yaml:3:1: error: unknown setting `pdf.page_size`",
                NESTED.format("pdf", "page_size: Letter"),
            ],
            id="quoted-below-a-setting-of-its-first-part",  # it was placed at `home`'s line
        ),
        pytest.param(
            "\ufefftitle: T\nextra.team: policy\n",
            [
                "briefgen.yaml:2:1: error: unknown setting `extra.team`",
                NESTED.format("extra", "team: policy"),
            ],
            id="a-custom-setting",
        ),
        pytest.param(
            "title: T\nhome.perpage: 5\n",
            [
                "briefgen.yaml:2:1: error: unknown setting `home.perpage`",
                "did you mean `home.per_page`? " + NESTED.format("home", "per_page: 5"),
            ],
            id="misspelt",
        ),
        pytest.param(
            "title: T\nper_page: 5\n",
            [
                "briefgen.yaml:2:1: error: unknown setting `per_page`",
                "did you mean `home.per_page`? " + NESTED.format("home", "per_page: 5"),
            ],
            id="without-its-first-part",
        ),
        pytest.param(
            "title: T\nhome.per_page: |\n  5\n",
            [
                "briefgen.yaml:2:1: error: unknown setting `home.per_page`",
                NESTED.format("home", "per_page: …"),
            ],
            id="a-value-of-lines",
        ),
        pytest.param(
            "title: T\na.b: 1\n",
            [
                "briefgen.yaml:2:1: error: unknown setting `a.b`",
                "put custom settings under `extra:`",
            ],
            id="no-setting",
        ),
        pytest.param(
            "title: T\nhome:\n  per_page: 5\n  per.page: 3\n",
            ["briefgen.yaml:4:3: error: unknown setting `home.per.page`", "expected `per_page`"],
            id="a-dot-in-a-nested-name",  # it was placed at `home`'s line
        ),
        pytest.param(
            "title: T\nimages: {remote_hosts: [], x.y: 1}\n",
            ["briefgen.yaml:2:28: error: unknown setting `images.x.y`", "expected `remote_hosts`"],
            id="a-dot-in-a-nested-name-in-flow-style",
        ),
    ],
)
def test_config_setting_named_with_a_dot_is_reported_at_its_line(
    tmp_path: Path, text: str, said: list[str]
) -> None:
    """A dot in a name was read as nesting: the setting was placed at 1:1 or at its parent."""
    (problem,) = _load(tmp_path, text)
    assert problem.split("\n  hint: ") == said


def test_readme_settings_table_names_every_setting_briefgen_reads(tmp_path: Path) -> None:
    """Each row of the README's settings table is a setting briefgen reads, and each setting
    it reads has a row (a nested one by its dotted name; `pdf.enabled` in `pdf.page_size`'s)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| Setting | Default | Meaning |", 1)[1].split("\n\n", 1)[0]
    rows = dict(re.findall(r"^\| `([\w.]+)` \| (.*)$", table, re.MULTILINE))
    nested = {f"{key}.{sub}" for key, subs in NESTED_SETTINGS.items() for sub in subs}
    assert set(rows) == {*SETTING_KEYS, *nested} - {"home", "feed", "images", "pdf.enabled"}
    assert "`enabled: false` turns them off" in rows["pdf.page_size"]
    for name in rows:
        top, _, sub = name.partition(".")
        text = f"{top}:\n  {sub}: ~\n" if sub else f"{top}: ~\n"
        assert not [p for p in _load(tmp_path, text) if "unknown setting" in p], name


def test_readme_language_texts_are_the_ones_languages_takes(tmp_path: Path) -> None:
    """`languages:` takes each language's own `title`, `description` and `author`."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    row = readme.split("| `languages` | `{}` | Each language's own ", 1)[1].split(", for ", 1)[0]
    named = re.findall(r"`(\w+)`", row)
    assert named == [f.name for f in dataclasses.fields(LanguageTexts)]
    for name in named:
        assert _load(tmp_path, f"languages:\n  es:\n    {name}: X\n") == []
    assert _load(tmp_path, "languages:\n  es:\n    summary: X\n")


def test_readme_settings_table_defaults_are_a_bare_projects(tmp_path: Path) -> None:
    """The Default column is what a project without briefgen.yaml gets."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("| Setting | Default | Meaning |", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([\w.]+)` \| ([^|]+) \|", table, re.MULTILINE)
    defaults: dict[str, str] = dict(rows)
    config, problems = load_config(tmp_path)
    assert problems == []
    read_as: dict[str, object] = {
        "empty": "",
        "none": None,
        "`[]`": (),
        "`{}`": {},
        "`false`": False,
    }
    fields: dict[str, str] = {  # the setting, by the name SiteConfig gives it
        "home.per_page": "per_page",
        "feed.full_content": "feed_full_content",
        "pdf.page_size": "pdf_page_size",
        "images.remote_hosts": "image_hosts",
    }
    for setting, written in defaults.items():
        value = getattr(config, fields.get(setting, setting))
        if type(value) is int:  # `20`, as the table writes a number
            value = str(value)
        expected = read_as.get(written.strip(), written.strip().strip("`"))
        assert value == expected, setting


@pytest.mark.parametrize(
    ("key", "shown", "meant"),
    [
        ("t\u0456tle", "t<U+0456>tle", "title"),
        ("language\u200b", "language<U+200B>", "language"),
        ("titel", "titel", "title"),
    ],
)
def test_config_unknown_setting_with_a_lookalike_letter_names_it(
    tmp_path: Path, key: str, shown: str, meant: str
) -> None:
    """A Cyrillic i (U+0456) in `title:` was "unknown setting `title`" hinted `title`, the same
    word twice to the eye; a zero-width space was printed into the terminal as it was."""
    assert _load(tmp_path, f"{key}: T\n") == [
        f"briefgen.yaml:1:1: error: unknown setting `{shown}`\n  hint: did you mean `{meant}`?"
    ]
