"""The console reporter: one updating progress line on a terminal, nothing extra when piped."""

from __future__ import annotations

import io

import pytest

from briefgen.diagnostics import SourcePos, error, warning
from briefgen.report import ConsoleReporter, OutlivingReporter, OutputClosedError


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_console_progress_redraws_one_line_on_a_terminal() -> None:
    err = _Terminal()
    reporter = ConsoleReporter(out=io.StringIO(), err=err)
    for done in range(1, 4):
        reporter.progress(done, 3)
    reporter.info("built 3 briefings")
    assert err.getvalue() == (
        "\rbuilding 1/3 briefings\rbuilding 2/3 briefings\rbuilding 3/3 briefings\r\x1b[K"
    )
    assert "\n" not in err.getvalue()


def test_console_progress_says_nothing_when_piped() -> None:
    err = io.StringIO()
    reporter = ConsoleReporter(out=io.StringIO(), err=err)
    reporter.progress(1, 3)
    assert err.getvalue() == ""


def test_console_quiet_prints_errors_only_and_verbose_prints_details() -> None:
    out, err = io.StringIO(), io.StringIO()
    quiet = ConsoleReporter(verbosity="quiet", out=out, err=err)
    at = SourcePos("content/a.md", 3)
    quiet.diagnostics([warning(at, "a warning"), error(at, "an error")])
    quiet.info("built")
    quiet.detail("wrote a")
    assert err.getvalue() == "content/a.md:3:1: error: an error\n"
    assert out.getvalue() == ""
    verbose = ConsoleReporter(verbosity="verbose", out=out, err=err)
    verbose.detail("wrote a")
    assert out.getvalue() == "wrote a\n"


def test_console_result_lines_show_control_characters_as_escapes() -> None:
    # A folder named on the command line (`init`, `build --output`) is echoed in result lines;
    # its bytes must not drive the terminal, as in diagnostics.
    out = io.StringIO()
    reporter = ConsoleReporter(verbosity="verbose", out=out, err=io.StringIO())
    reporter.info("created a briefgen project in a\x1b[31mb")
    reporter.detail("  wrote x\u202ey")
    assert out.getvalue() == "created a briefgen project in a\\x1b[31mb\n  wrote x\\u202ey\n"


class _ClosedPipe(io.StringIO):
    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("stream", ["out", "err"])
def test_console_reader_gone_is_output_closed_not_an_os_error(stream: str) -> None:
    # An OSError would reach the CLI as an internal error (exit 70); nothing is wrong but the
    # reader (`briefgen check | head -3`).
    closed, open_ = _ClosedPipe(), io.StringIO()
    out, err = (closed, open_) if stream == "out" else (open_, closed)
    reporter = ConsoleReporter(out=out, err=err)
    with pytest.raises(OutputClosedError):
        reporter.info("built 3 briefings")
        reporter.diagnostics([warning(SourcePos("content/a.md", 2), "something")])


class _GoneAfterOneLine(io.StringIO):
    """An output whose reader goes away after the first line (`| head -n 1`)."""

    def write(self, text: str) -> int:
        if self.getvalue():
            raise BrokenPipeError
        return super().write(text)


def test_outliving_reporter_prints_nothing_once_the_reader_went_away() -> None:
    out, err = _GoneAfterOneLine(), io.StringIO()
    reporter = OutlivingReporter(ConsoleReporter(out=out, err=err))
    reporter.info("serving at http://127.0.0.1:8000/")
    reporter.info("rebuilt 1 briefing")  # the reader is gone: serve goes on
    reporter.diagnostics([error(SourcePos("content/a.md", 2), "bad")])
    assert out.getvalue() == "serving at http://127.0.0.1:8000/\n"
    assert err.getvalue() == "", "nothing more is printed, on either output"
    assert isinstance(reporter.closed, OutputClosedError)


def test_console_quiet_still_prints_a_caution() -> None:
    """serve's warning of a preview open to the network was a result line --quiet dropped."""
    out, err = io.StringIO(), io.StringIO()
    quiet = ConsoleReporter(verbosity="quiet", out=out, err=err)
    quiet.caution(warning(SourcePos("--bind", 1), "open to the network", "bind to 127.0.0.1"))
    assert err.getvalue() == (
        "--bind:1:1: warning: open to the network\n  hint: bind to 127.0.0.1\n"
    )
    assert out.getvalue() == ""
