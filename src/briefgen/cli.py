"""The `briefgen` command line: argparse only, commands imported when they run.

Keeping heavy imports (markdown-it, Jinja, YAML) inside the handlers keeps `briefgen --help`
and `--version` fast.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

from briefgen import __version__, arguments
from briefgen.patterns import pattern
from briefgen.stopsignals import catch_stop_signals, is_a_stop
from briefgen.typoparser import CommandChoices, TypoParser

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from briefgen.report import ConsoleReporter, Verbosity

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_READER_GONE = 141
"""128 + SIGPIPE: what a shell reports for a tool whose output's reader went away."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run briefgen and return its exit code."""
    parser = _make_parser()
    arguments = sys.argv[1:] if argv is None else list(argv)
    for argument in arguments:
        if _UNDECODABLE.search(argument):
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            parser.error(f"argument `{shown}` is not valid UTF-8")
    try:
        args = parser.parse_args(arguments)  # prints --help and --version itself
        from briefgen.report import ConsoleReporter

        reporter = ConsoleReporter(verbosity=_verbosity(args))
        catch_stop_signals(_interrupt)
        return _run(args, reporter)
    except Exception as closed:  # only OutputClosedError, raised while reporting anything
        from briefgen.report import OutputClosedError  # not at start-up: `--help` stays fast

        if not isinstance(closed, OutputClosedError):
            raise
        if closed.args and sys.stderr is not None:  # not gone: full, say, and stderr may be fine
            with contextlib.suppress(OSError):
                sys.stderr.write(f"briefgen: cannot write the output: {closed.args[0]}\n")
        return EXIT_READER_GONE  # nobody is left to read a message


def _run(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    """Run the command and report how it ended; return its exit code."""
    from briefgen.diagnostics import BriefgenError, machine_problem
    from briefgen.report import BUG_REPORT, OutputClosedError

    handler: Callable[[argparse.Namespace, ConsoleReporter], int] = args.handler
    try:
        return handler(args, reporter)
    except BriefgenError as failure:
        reporter.diagnostics(failure.diagnostics)
        return EXIT_ERRORS
    except OSError as problem:
        # `init` has no --source: its folder is where a problem naming no file is reported.
        where = getattr(args, "source", None) or getattr(args, "directory", None)
        machine = None if args.debug else machine_problem(problem, where)
        if machine is None:
            bug: Exception = problem  # a file that vanished under briefgen, say: a bug
        else:  # the disk, not briefgen: full, read-only or not ours. Name the file, exit 1.
            reporter.diagnostics([machine])
            return EXIT_ERRORS
    except OutputClosedError:
        raise  # main's: nobody reads what the branches below would report
    except KeyboardInterrupt:
        return _interrupted(args, reporter)
    except Exception as failure:
        if is_a_stop(failure):  # a Ctrl-C Python raised as another exception
            return _interrupted(args, reporter)
        bug = failure
    if args.debug:
        raise bug
    with contextlib.suppress(AttributeError, OSError):  # stderr closed or full: the code says it
        sys.stderr.write(
            f"briefgen: internal error: {type(bug).__name__}: {bug}\n"
            f"This is a bug in briefgen. Please report it at {BUG_REPORT} "
            "with the output of the same command run with --debug.\n"
        )
    return EXIT_INTERNAL


def _interrupted(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    """Say that the command was interrupted (a build, what its output folder holds now)."""
    from briefgen.report import OutputClosedError

    with contextlib.suppress(OutputClosedError):  # the interrupt is what the code says
        # Only a build has an output folder to speak of; `new` and `import` have none.
        kept = ""
        if args.handler is _run_build:
            from briefgen.commands.build import interrupted_note

            kept = f"; {interrupted_note(args.source, args.output)}"
        reporter.info(f"interrupted{kept}")
    return EXIT_INTERRUPTED


_UNDECODABLE = pattern("[\udc80-\udcff]")
"""Bytes that were not UTF-8 arrive in argv as lone surrogates (surrogateescape)."""


def _interrupt(signum: int, frame: object) -> NoReturn:
    """Turn SIGTERM or SIGHUP into KeyboardInterrupt: the build cleans up its stage, and
    `check` its scratch folder, as on Ctrl-C."""
    raise KeyboardInterrupt


def _make_parser() -> argparse.ArgumentParser:
    parser = TypoParser(
        prog="briefgen",
        description="Build policy briefings from Markdown into an accessible static site.",
        epilog="Run `briefgen COMMAND --help` for a command's options. Exit codes: 0 success, "
        "1 content errors, 2 usage errors, 70 internal error, 130 interrupted (serve, which "
        "Ctrl-C ends, 0 once it serves), 141 output gone.",
    )
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    talk = argparse.ArgumentParser(add_help=False)
    talk.add_argument(
        "-q", "--quiet", action="store_true", help="print errors only (and serve's network warning)"
    )
    talk.add_argument("-v", "--verbose", action="store_true", help="print more detail")
    talk.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    common = argparse.ArgumentParser(add_help=False, parents=[talk])
    common.add_argument(
        "--source",
        type=arguments.source,
        default=Path(),
        metavar="DIR",
        help="project folder holding content/ (default: current folder)",
    )
    # Typed as plain parsers: the commands' parents are; all are TypoParser at run time.
    commands = cast(
        "Commands",
        parser.add_subparsers(
            title="commands", metavar="COMMAND", required=True, action=CommandChoices
        ),
    )
    _add_init(commands, talk)
    for add_command in (_add_build, _add_serve, _add_new, _add_check, _add_import):
        add_command(commands, common)
    return parser


def _add_init(commands: Commands, talk: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init",
        parents=[talk],
        help="create a new project with an example briefing and a Pages workflow",
        description="Write an example briefing, briefgen.yaml, .gitignore, a README, "
        "requirements.txt pinning this briefgen and a GitHub Pages workflow into DIR. "
        "Existing files are never overwritten.",
    )
    init.add_argument(
        "directory",
        nargs="?",
        type=arguments.folder,
        default=Path(),
        metavar="DIR",
        help="folder to create the project in (default: current folder)",
    )
    init.add_argument(
        "--force", action="store_true", help="add the missing files to a folder that is not empty"
    )
    init.set_defaults(handler=_run_init)


def _add_build(commands: Commands, common: argparse.ArgumentParser) -> None:
    build = commands.add_parser(
        "build",
        parents=[common],
        help="build the site into site/",
        description="Build every briefing into a static site.",
    )
    _add_site_options(build)
    build.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="DIR",
        help="output folder (default: site/ in the project)",
    )
    build.add_argument(
        "--force", action="store_true", help="replace an output folder that briefgen did not write"
    )
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    for flag, does in (
        ("--pdf", "print every briefing to PDF"),
        ("--search", "build the search page and its index"),
    ):
        build.add_argument(flag, action="store_true", help=f"also {does} (`{flag[2:]}: true`)")
    build.set_defaults(handler=_run_build)


def _add_serve(commands: Commands, common: argparse.ArgumentParser) -> None:
    serve = commands.add_parser(
        "serve",
        parents=[common],
        help="preview the site, rebuilding and reloading on every save",
        description="Build into a private folder, serve it on http://127.0.0.1:8000/ and "
        "reload open pages whenever content/, templates/, static/ or briefgen.yaml change.",
    )
    _add_site_options(serve)
    serve.add_argument(
        "--port", type=arguments.port, default=8000, help="port (default: 8000; 0 = any)"
    )
    serve.add_argument(
        "--bind",
        type=arguments.address,
        default="127.0.0.1",
        metavar="ADDRESS",
        help="address (default: 127.0.0.1)",
    )
    serve.set_defaults(handler=_run_serve)


def _add_new(commands: Commands, common: argparse.ArgumentParser) -> None:
    new = commands.add_parser(
        "new",
        parents=[common],
        help="start a new briefing from a skeleton",
        description="Write content/<slug>.md with front matter and a skeleton that builds.",
    )
    new.add_argument("title", type=arguments.title, help="the briefing's title")
    new.add_argument("--date", type=arguments.date, help="YYYY-MM-DD (default: today)")
    new.add_argument("--slug", type=arguments.slug, help="URL name (default: from the title)")
    _add_lang(new)
    new.set_defaults(handler=_run_new)


def _add_check(commands: Commands, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check",
        parents=[common],
        help="report problems in content, templates and links without writing site/",
        description="Build into a temporary folder, check internal links, print every problem "
        "and delete the folder.",
    )
    _add_site_options(check)
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(handler=_run_check)


def _add_import(commands: Commands, common: argparse.ArgumentParser) -> None:
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="turn a plain-text article into a briefing",
        description="Recognise headings, bullets and tables in a plain-text article and write "
        "content/<slug>.md.",
    )
    importer.add_argument("article", help="the text file to import, or - for standard input")
    importer.add_argument(
        "--title", type=arguments.title, help="briefing title (default: proposed from the text)"
    )
    importer.add_argument("--date", type=arguments.date, help="YYYY-MM-DD (default: today)")
    importer.add_argument("--slug", type=arguments.slug, help="URL name (default: from the title)")
    _add_lang(importer)
    importer.add_argument("--tags", type=arguments.tags, default=[], help="comma-separated tags")
    importer.add_argument("--force", action="store_true", help="overwrite an existing file")
    importer.set_defaults(handler=_run_import)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        type=arguments.language,
        metavar="CODE",
        help="write the briefing in this language, as content/<slug>.<CODE>.md: the "
        "translation of content/<slug>.md (default: the site's language)",
    )


def _add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base-url",
        type=arguments.base_url,
        metavar="URL",
        help="URL the site is published at (overrides base_url in briefgen.yaml)",
    )
    parser.add_argument("--drafts", action="store_true", help="include briefings with draft: true")
    parser.add_argument("--future", action="store_true", help="include briefings dated after today")


def _run_init(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    from briefgen.commands.init import init_project

    init_project(args.directory, reporter, force=args.force)
    return EXIT_OK


def _run_build(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    from briefgen.commands.build import build

    build(
        args.source,
        args.output,
        reporter,
        base_url=args.base_url,
        drafts=args.drafts,
        future=args.future,
        force=args.force,
        strict=args.strict,
        pdf=args.pdf,
        search=args.search,
    )
    return EXIT_OK


def _run_serve(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    from briefgen.commands.serve import serve

    serve(
        args.source,
        reporter,
        bind=args.bind,
        port=args.port,
        base_url=args.base_url,
        drafts=args.drafts,
        future=args.future,
        debug=args.debug,
    )
    return EXIT_OK


def _run_new(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    from briefgen.commands.new import new_briefing

    new_briefing(args.source, args.title, reporter, date=args.date, slug=args.slug, lang=args.lang)
    return EXIT_OK


def _run_check(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    from briefgen.commands.check import check
    from briefgen.diagnostics import has_errors

    diagnostics = check(
        args.source,
        reporter,
        base_url=args.base_url,
        drafts=args.drafts,
        future=args.future,
        strict=args.strict,
    )
    return EXIT_ERRORS if has_errors(diagnostics, strict=args.strict) else EXIT_OK


def _run_import(args: argparse.Namespace, reporter: ConsoleReporter) -> int:
    from briefgen.commands.import_ import import_article

    import_article(
        args.source,
        args.article,
        title=args.title,
        date=args.date,
        slug=args.slug,
        lang=args.lang,
        tags=args.tags,
        force=args.force,
        reporter=reporter,
    )
    return EXIT_OK


def _verbosity(args: argparse.Namespace) -> Verbosity:
    if args.quiet:
        return "quiet"
    return "verbose" if args.verbose else "normal"
