"""A command line that helps: suggestions for typos, the command's own usage, blamed options."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from briefgen.cli import _make_parser, main
from tests.conftest import REPO, run_briefgen

README = (REPO / "README.md").read_text(encoding="utf-8")
PROSE = " ".join(README.split())


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    return capsys.readouterr().err


def test_usage_mistyped_command_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "buidl")

    assert err.startswith("usage: briefgen ")
    assert "did you mean `build` instead of `buidl`?" in err


def test_usage_mistyped_option_suggests_it_with_the_command_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _usage_error(capsys, "build", "--drfts")

    assert err.startswith("usage: briefgen build ")
    assert "briefgen build: error: unrecognized arguments: --drfts\n" in err
    assert "did you mean `--drafts` instead of `--drfts`?" in err


def test_usage_mistyped_option_with_value_suggests_it(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "--bse-url=https://example.org/")

    assert err.startswith("usage: briefgen check ")
    assert "did you mean `--base-url` instead of `--bse-url`?" in err


@pytest.mark.parametrize(
    ("argv", "typed", "meant"),
    [
        (("build", "--out", "x"), "--out", "--output"),
        (("check", "--str"), "--str", "--strict"),
        (("new", "Title", "--sl", "my-slug"), "--sl", "--slug"),
        (("import", "--tag", "a", "article.txt"), "--tag", "--tags"),
        (("--vers", "build"), "--vers", "--version"),
        # The one option a prefix starts, though another is closer by difflib's measure.
        (("build", "--dr"), "--dr", "--drafts"),
        (("build", "--fu"), "--fu", "--future"),
        (("build", "--ou", "x"), "--ou", "--output"),
    ],
)
def test_usage_prefix_of_an_option_is_a_mistyped_option(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: tuple[str, ...],
    typed: str,
    meant: str,
) -> None:
    # Read as the whole option, a prefix would change meaning the day a new option shares it.
    monkeypatch.chdir(tmp_path)  # where a prefix taken would have something written
    err = _usage_error(capsys, *argv)

    assert f"did you mean `{meant}` instead of `{typed}`?" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("typed", "meant"), [("--verison", "--version"), ("--hlep", "--help")])
def test_usage_mistyped_option_without_a_command_suggests_it(
    capsys: pytest.CaptureFixture[str], typed: str, meant: str
) -> None:
    # The typo is why the command seems missing: the missing COMMAND alone sends nobody to it.
    err = _usage_error(capsys, typed)

    assert err.endswith(
        "briefgen: error: the following arguments are required: COMMAND\n"
        f"  did you mean `{meant}` instead of `{typed}`?\n"
    )


def test_usage_short_options_still_combine(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "-qv", "--drfts")

    assert "unrecognized arguments: --drfts\n" in err


@pytest.mark.parametrize(
    ("argv", "token"),
    [(("build", "--", "--strict"), "--strict"), (("new", "Title", "--", "--slug=x"), "--slug=x")],
)
def test_usage_option_after_end_of_options_is_an_unexpected_argument(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], token: str
) -> None:
    # `--` ends the options (argparse drops it from the unknown ones after `new`'s title):
    # what follows is no mistyped option, and suggesting the very option typed helps nobody.
    err = _usage_error(capsys, *argv)

    assert f"\n  `{token}` is an unexpected argument: after `--` nothing is an option\n" in err
    assert "did you mean" not in err


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (
            ("check", "--output", "x"),
            "`--output` is an option of `briefgen build`, not of `briefgen check`",
        ),
        (
            ("--strict", "build"),
            "`--strict` is an option of `briefgen build` and `briefgen check`, not of `briefgen`",
        ),
    ],
)
def test_usage_option_of_another_command_names_that_command(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], hint: str
) -> None:
    err = _usage_error(capsys, *argv)

    assert f"\n  {hint}\n" in err
    assert "did you mean" not in err


def test_usage_unknown_word_has_no_wild_guess(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "zzzz")

    assert "did you mean" not in err


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_usage_port_outside_range_is_an_option_error(
    capsys: pytest.CaptureFixture[str], port: str
) -> None:
    err = _usage_error(capsys, "serve", "--port", port)

    assert err.startswith("usage: briefgen serve ")
    assert f"argument --port: expected a port from 0 to 65535, not '{port}'" in err


@pytest.mark.parametrize("command", [("new", "Title"), ("import", "article.txt")])
@pytest.mark.parametrize(
    ("date", "hint"),
    [
        ("20260101", ": write --date 2026-01-01"),
        ("2026-W01-1", ""),
        ("2026-W10", ""),
        ("2026-001", ""),
        # The day the front matter's hint names, as an option: a word processor's dashes.
        ("2026\u201312\u201301", ": write --date 2026-12-01 (hyphens, not `\u2013` U+2013)"),
        ("05/12/2026", ": write --date 2026-12-05 (day first) or --date 2026-05-12 (month first)"),
    ],
)
def test_usage_date_other_than_year_month_day_is_refused(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: tuple[str, str],
    date: str,
    hint: str,
) -> None:
    # Python 3.11 reads `2026-W01-1` as 2025-12-29: a mistyped week is no other day.
    monkeypatch.chdir(tmp_path)  # where a date taken would have the briefing written
    err = _usage_error(capsys, *command, "--date", date)

    assert err.startswith(f"usage: briefgen {command[0]} ")
    assert f"error: argument --date: expected a date as YYYY-MM-DD, not '{date}'{hint}\n" in err


@pytest.mark.parametrize("title", ["---", "-\u2013-", "-?"])
def test_usage_title_of_dashes_is_hinted_to_follow_end_of_options(
    capsys: pytest.CaptureFixture[str], title: str
) -> None:
    """`new ---` said only that the title was missing: argparse reads `---` as an option."""
    err = _usage_error(capsys, "new", title)

    assert err.endswith(
        "error: the following arguments are required: title\n"
        f"  `{title}` is read as an option, as it starts with `-`: to give it as an argument, "
        f"put `--` before it (`briefgen new -- {title}`)\n"
    )


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("build", "---"), "unrecognized arguments: ---"),
        (("serve", "-.-"), "unrecognized arguments: -.-"),
        (("---",), "the following arguments are required: COMMAND"),
    ],
)
def test_usage_dashes_where_no_argument_is_taken_get_no_end_of_options_hint(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    """`build ---` was hinted to write `briefgen build -- ---`, which build refuses too."""
    err = _usage_error(capsys, *argv)

    assert err.endswith(f"error: {said}\n")


@pytest.mark.parametrize("argv", [("build", "-"), ("new", "Title", "-"), ("check", "-=x")])
def test_usage_lone_dash_is_no_option_and_gets_no_hint(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    """The README: "a lone `-` is no option and gets no suggestion" (stdin's name for import);
    after `new`'s title it was told it is read as an option, which it is not."""
    err = _usage_error(capsys, *argv)

    assert err.endswith(f"error: unrecognized arguments: {argv[-1]}\n")


@pytest.mark.parametrize("command", [("new", "Title"), ("import", "article.txt")])
@pytest.mark.parametrize("date", ["2026-02-30", "2026-13-01", "2026-00-10"])
def test_usage_date_of_no_day_says_so_not_that_its_form_is_wrong(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: tuple[str, str],
    date: str,
) -> None:
    # Written as YYYY-MM-DD already: the day is what to fix, as front matter says of it.
    monkeypatch.chdir(tmp_path)
    err = _usage_error(capsys, *command, "--date", date)

    assert err.startswith(f"usage: briefgen {command[0]} ")
    assert f"error: argument --date: {date} is not a day in the calendar: check the day\n" in err


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_usage_bad_base_url_is_blamed_on_the_option(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    err = _usage_error(capsys, command, "--base-url", "ftp://example.org/")

    assert "error: argument --base-url: expected an http:// or https:// URL" in err
    assert "briefgen.yaml" not in err


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://example.org/?lang=en", "must not have a query (?) or fragment (#)"),
        ("https://example.org/#top", "must not have a query (?) or fragment (#)"),
        ("https://example.org/my briefs/", "holds characters that must be percent-encoded"),
        ("https://example.org/%zz/", "holds a `%` that starts no escape (`%zz`)"),
        ("https://example.org:port/", "is not a valid URL"),
        ("https://example.org:0/", "has port 0; a port is from 1 to 65535"),
        ("http://host:99999/", "has port 99999; a port is from 1 to 65535"),
        ("http://[::1]:65536/", "has port 65536; a port is from 1 to 65535"),
        ("https://-example-.org/", "has no valid host name (labels of letters, digits and"),
        (
            "https://user:pw@example.org/",
            "holds a user name or password (before `@`), which every page would show",
        ),
    ],
)
def test_usage_base_url_the_settings_would_refuse_is_blamed_on_the_option(
    capsys: pytest.CaptureFixture[str], url: str, problem: str
) -> None:
    err = _usage_error(capsys, "build", "--base-url", url)

    assert f"error: argument --base-url: `{url}` {problem}" in err
    assert "briefgen.yaml" not in err


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (("new", ""), "argument title: a title needs some text"),
        (("new", " \u2028 "), "argument title: a title needs some text"),
        (("new", "a\x01b"), "argument title: `a\\x01b` holds U+0001, which cannot be published"),
        (
            ("new", "Line one\nline two"),
            "argument title: `Line one\\x0aline two` holds a line break (U+000A): write it on one "
            "line",
        ),
        (
            ("new", "Line one\u2029line two"),
            "argument title: `Line one\\u2029line two` holds a line break (U+2029): write it on "
            "one line",
        ),
        (("new", "Tab\there"), "argument title: `Tab\\x09here` holds a tab (U+0009): write it on"),
        (
            ("import", "-", "--title", "A\nB"),
            "argument --title: `A\\x0aB` holds a line break (U+000A): write it on one line",
        ),
        (
            ("import", "-", "--tags", "ok,a\tb"),
            "argument --tags: tag 2, `a\\x09b`, holds a tab (U+0009): write it on one line",
        ),
        (("import", "-", "--title", " "), "argument --title: a title needs some text"),
        (
            ("new", "\u200b\u200d"),
            "argument title: the title shows nothing: it holds only invisible characters "
            "(U+200B, U+200D)",
        ),
        (
            ("import", "-", "--tags", "ok,\u2060"),
            "argument --tags: tag 2 shows nothing: it holds only invisible characters (U+2060)",
        ),
        (
            ("import", "-", "--tags", "ok,bell\x07"),
            "argument --tags: tag 2, `bell\\x07`, holds U+0007, which cannot be published",
        ),
        (
            ("import", "-", "--tags", "ok," + "x" * 201),
            "argument --tags: tag 2 is too long for a page name (over 200 bytes once normalised)",
        ),
        (
            ("import", "-", "--tags", ",".join(f"t{n}" for n in range(51))),
            "argument --tags: 51 tags; the limit is 50",
        ),
    ],
)
def test_usage_title_that_cannot_build_is_blamed_on_the_argument(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...], problem: str
) -> None:
    err = _usage_error(capsys, *argv, "--source", str(tmp_path))

    assert f"error: {problem}" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("build",), ("check",), ("serve",), ("new", "Title")])
def test_usage_source_that_is_a_file_is_blamed_on_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("n\n", encoding="utf-8")

    err = _usage_error(capsys, *command, "--source", str(source))

    assert f"error: argument --source: `{source}` is not a folder" in err


@pytest.mark.parametrize("command", [("build",), ("check",), ("serve",), ("new", "Title")])
def test_usage_source_too_long_for_the_disk_is_blamed_on_the_option(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    """A name past the disk's 255 bytes ended the command with a traceback: `exists`
    raises for it, as for no missing file."""
    err = _usage_error(capsys, *command, "--source", "a" * 300)

    assert "error: argument --source: `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" in err
    assert "` cannot be used: File name too long" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("address", ["", " "])
def test_usage_empty_bind_address_is_blamed_on_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, address: str
) -> None:
    err = _usage_error(capsys, "serve", "--bind", address, "--source", str(tmp_path))

    assert "error: argument --bind: expected an address such as 127.0.0.1 or ::1" in err


@pytest.mark.parametrize(
    ("address", "written"),
    [
        ("127.0.0.1:80", "--bind 127.0.0.1 --port 80"),
        ("localhost:8000", "--bind localhost --port 8000"),
        ("[::1]:8000", "--bind ::1 --port 8000"),
    ],
)
def test_usage_bind_address_with_a_port_says_the_port_goes_in_its_own_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, address: str, written: str
) -> None:
    """It was tried as a host name: 'this machine has no such address'."""
    err = _usage_error(capsys, "serve", "--bind", address, "--source", str(tmp_path))

    assert (
        f"error: argument --bind: expected an address without a port, not {address!r}: "
        f"write {written}\n"
    ) in err


def test_usage_base_url_scheme_in_upper_case_is_the_same_url(project: Path) -> None:
    """It was refused as not http(s); schemes are case-insensitive (RFC 3986)."""
    run = run_briefgen("build", "--base-url", "HTTPS://example.org/b", cwd=project)

    assert run.code == 0, run.stderr
    sitemap = (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/b/first/</loc>" in sitemap


def test_usage_bad_base_url_exits_2_before_reading_the_project(project: Path) -> None:
    (project / "briefgen.yaml").write_text("title: T\n\n\n\n\nbase_url: https://ok.example/\n")

    run = run_briefgen("build", "--base-url", "example.org", cwd=project)

    assert run.code == 2
    assert "argument --base-url: expected an http:// or https:// URL" in run.stderr
    assert not (project / "site").exists()


def test_usage_summary_uses_singular_for_one(project: Path) -> None:
    built = run_briefgen("build", cwd=project)
    checked = run_briefgen("check", cwd=project)

    assert built.code == 0, built.stderr
    assert built.stdout.startswith("built 1 briefing, ")
    assert " 1 pages" not in built.stdout
    assert " 1 files " not in built.stdout
    assert checked.stdout.startswith("checked 1 briefing: no errors (0 warnings)")


@pytest.mark.parametrize(
    ("slug", "problem"),
    [
        (
            "../evil",
            "`../evil` is not a slug: use lowercase ASCII letters (a-z), digits and single "
            "hyphens, as in `evil`",
        ),
        # `é` is a lowercase letter: the message says which letters, and spells the slug.
        (
            "élysée",
            "`élysée` is not a slug: use lowercase ASCII letters (a-z), digits and single "
            "hyphens, as in `elysee`",
        ),
        (
            "Talks-",
            "`Talks-` is not a slug: use lowercase ASCII letters (a-z), digits and single "
            "hyphens, as in `talks`",
        ),
        ("Bad Slug", "`Bad Slug` is not a slug"),
        ("feed", "`feed` is reserved: the site has a page or folder of that name"),
        ("tags", "`tags` is reserved"),
        ("pagefind", "`pagefind` is reserved"),
        ("con", "`con` is a name Windows keeps for a device"),
        ("", "a slug needs some text"),
        ("a" * 300, "the slug is 300 characters long; the limit is 200"),
    ],
)
@pytest.mark.parametrize("command", [("new", "Title"), ("import", "article.txt")])
def test_usage_slug_no_page_could_have_is_blamed_on_the_option(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: tuple[str, ...],
    slug: str,
    problem: str,
) -> None:
    """`new --slug ../evil` blamed `content/../evil.md:1:1`, a file that does not exist, and
    `import --slug feed` the article's line 1: exit 1, as if the content were wrong."""
    err = _usage_error(capsys, *command, "--slug", slug, "--source", str(tmp_path))

    assert f"error: argument --slug: {problem}" in err
    assert list(tmp_path.iterdir()) == []


def test_usage_option_before_the_command_names_the_commands_it_belongs_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `p` was taken for the command, with no word of why: the option goes after it.
    err = _usage_error(capsys, "--source", "p", "build")

    assert "invalid choice: 'p'" in err
    assert "\n  `--source` is an option of `briefgen build`" in err
    assert "not of `briefgen`\n" in err


@pytest.mark.parametrize(("dash", "name"), [("\u2014", "an em dash"), ("\u2013", "an en dash")])
@pytest.mark.parametrize("option", ["--output", "--strict"])
def test_usage_option_typed_with_a_long_dash_suggests_the_option(
    capsys: pytest.CaptureFixture[str], dash: str, name: str, option: str
) -> None:
    # What macOS, Word or Slack make of `--`: no option at all to argparse.
    typed = dash + option[2:]
    err = _usage_error(capsys, "build", typed, "x")

    assert f"\n  `{typed}` starts with {name}, not `--`: did you mean `{option}`?\n" in err


def test_usage_mistyped_option_of_another_command_suggests_it_as_that_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # serve's own closest, `--future`, is further from `--outptu` than build's `--output`.
    err = _usage_error(capsys, "serve", "--outptu", "x")

    assert "\n  did you mean `--output` (an option of `briefgen build`) instead of" in err
    assert "`--future`" not in err


@pytest.mark.parametrize("typed", ["-", "-=x"])
def test_usage_lone_dash_is_no_mistyped_option(
    capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    err = _usage_error(capsys, "build", typed)

    assert f"unrecognized arguments: {typed}\n" in err
    assert "did you mean" not in err


def _commands() -> dict[str, argparse.ArgumentParser]:
    """Return each command's parser, as `briefgen` builds them."""
    subparsers = _make_parser()._subparsers
    assert subparsers is not None
    (choices,) = (a for a in subparsers._group_actions if isinstance(a.choices, dict))
    assert isinstance(choices.choices, dict)
    return dict(choices.choices)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for a in parser._actions for s in a.option_strings if s.startswith("--")}


_EVERY_COMMANDS = {"--help", "--quiet", "--verbose", "--debug"}
"""What the README says every command takes (`--source` all but `init`), not in its table."""


def _readme_commands() -> dict[str, str]:
    """Return each row of the README's command table: its command and its synopsis."""
    section = README.split("\n## Commands\n", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `briefgen (\w+)(.*?)` \|", section, re.MULTILINE)
    return {command: synopsis.replace("\\|", "|") for command, synopsis in rows}


def test_readme_command_table_names_every_command_and_option_briefgen_takes() -> None:
    """The table is where a user learns the commands: an option added to one and not to the
    table, or a command or option the table names and briefgen refuses, fails here."""
    commands = _commands()
    table = _readme_commands()
    assert sorted(table) == sorted(commands)
    for name, parser in commands.items():
        listed = set(re.findall(r"--[a-z-]+", table[name]))
        assert listed == _options(parser) - _EVERY_COMMANDS - {"--source"}, name


def test_readme_common_options_are_every_commands_and_source_all_but_inits() -> None:
    said = PROSE.split("## Commands Every command but `init` (which takes the folder to ", 1)[1]
    said = said.split("`briefgen --version` prints the version", 1)[0]
    assert {"`--source DIR`", "`-q/--quiet`", "`-v/--verbose`", "`--debug`"} <= set(
        re.findall(r"`-[^`]+`", said)
    )
    for name, parser in _commands().items():
        common = _EVERY_COMMANDS | ({"--source"} if name != "init" else set())
        assert _options(parser) & (common | {"--source"}) == common, name
        shorts = {s for a in parser._actions for s in a.option_strings if len(s) == 2}
        assert shorts == {"-h", "-q", "-v"}, name
    assert _options(_make_parser()) == {"--help", "--version"}


def test_readme_serve_defaults_are_the_ones_serve_takes() -> None:
    """`[--port 8000] [--bind 127.0.0.1]`: what a bare `briefgen serve` listens on."""
    synopsis = _readme_commands()["serve"]
    port, bind = (re.search(rf"\[--{o} ([^\]]+)\]", synopsis) for o in ("port", "bind"))
    assert port is not None
    assert bind is not None
    defaults = _commands()["serve"].parse_args([])
    assert (defaults.port, defaults.bind) == (int(port[1]), bind[1])


@pytest.mark.parametrize("command", ["init", "new", "import"])
def test_readme_command_table_arguments_are_the_ones_each_command_takes(command: str) -> None:
    """`init [DIR]` is optional, a title and an article are required."""
    positional = [a for a in _commands()[command]._actions if not a.option_strings]
    synopsis = _readme_commands()[command].split(" [--", 1)[0].strip()
    written = {"init": "[DIR]", "new": '"Title"', "import": "ARTICLE.txt|-"}[command]
    assert synopsis == written
    assert len(positional) == 1
    assert (positional[0].nargs == "?") == synopsis.startswith("[")


def test_readme_exit_codes_are_the_ones_briefgen_exits_with_and_its_help_names() -> None:
    """The table of exit codes, `briefgen --help`'s epilog and the codes `cli` returns agree:
    a script that tests `$?` relies on all three."""
    from briefgen import cli

    table = README.split("| Exit code | Meaning |", 1)[1].split("\n\n", 1)[0]
    codes = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}
    returned = {v for k, v in vars(cli).items() if k.startswith("EXIT_")}
    epilog = _make_parser().epilog
    assert epilog is not None
    assert codes == returned | {2}  # 2 is argparse's, for a usage error
    assert {int(code) for code in re.findall(r"\b(\d+) [a-z]", epilog.split("Exit codes:")[1])} == (
        codes
    )


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (("build", "\x1b[2Jx"), "unrecognized arguments: \\x1b[2Jx"),
        (("build", "--base-url", "https://e.org/\x1b[31m/"), "`https://e.org/\\x1b[31m/` holds"),
        (("check", "\u2013\u2013strict\x07"), "instead of `--\u2013strict\\x07`?"),
    ],
)
def test_usage_error_shows_an_arguments_control_characters_escaped(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], shown: str
) -> None:
    err = _usage_error(capsys, *argv)

    assert shown in err
    assert "\x1b" not in err
    assert "\x07" not in err


def test_usage_error_escapes_a_source_file_name_that_holds_an_escape(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "notes\x1b]0;owned\x07.txt"
    source.write_text("n\n", encoding="utf-8")

    err = _usage_error(capsys, "build", "--source", str(source))

    assert f"`{tmp_path}/notes\\x1b]0;owned\\x07.txt` is not a folder" in err


@pytest.mark.parametrize("argv", [("init", ""), ("build", "--source", ""), ("check", "--source=")])
def test_usage_empty_folder_name_is_refused_not_read_as_this_folder(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: tuple[str, ...],
) -> None:
    """`init "$DIR"` with `DIR` unset filled the folder it ran in, as `init .` does."""
    monkeypatch.chdir(tmp_path)

    err = _usage_error(capsys, *argv)

    assert "a folder name needs some text: write `.` for this folder" in err
    assert list(tmp_path.iterdir()) == []
