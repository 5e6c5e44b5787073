"""Reporters: the one place briefgen talks to the terminal.

Commands and stages call a `Reporter`; the console one prints, the recording one keeps
events for tests, so tests assert on events instead of scraping stdout.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, TextIO

from briefgen.diagnostics import format_diagnostic, sorted_diagnostics, terminal_safe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from briefgen.diagnostics import Diagnostic

Verbosity = Literal["quiet", "normal", "verbose"]

BUG_REPORT = "https://github.com/briefgen/briefgen/issues"
"""Where an internal error asks to be reported."""


class OutputClosedError(Exception):
    """The reader of briefgen's output went away (`briefgen check | head -3`), or the output
    takes nothing more (`> /dev/full`, with the reason as the argument): the command stops, as
    a tool that SIGPIPE ends would."""


class Reporter(Protocol):
    """What a command tells the person running it."""

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Show problems in file order."""

    def caution(self, diagnostic: Diagnostic) -> None:
        """Show a warning that --quiet does not hide: a risk the person running the command
        takes without knowing (serve's preview open to the network)."""

    def info(self, message: str) -> None:
        """Show a result line (the build summary, a written file)."""

    def detail(self, message: str) -> None:
        """Show a line only under --verbose."""

    def progress(self, done: int, total: int) -> None:
        """Show how far a long step has come."""


@dataclass
class ConsoleReporter:
    """Print results to stdout and problems to stderr; progress only on a terminal."""

    verbosity: Verbosity = "normal"
    out: TextIO | None = field(default_factory=lambda: sys.stdout)
    err: TextIO | None = field(default_factory=lambda: sys.stderr)
    _progress_shown: bool = False

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Print each diagnostic as `path:line:col: severity: message`."""
        self._end_progress()
        for diagnostic in sorted_diagnostics(diagnostics):
            if self.verbosity == "quiet" and not diagnostic.is_error:
                continue
            write_flushed(self.err, format_diagnostic(diagnostic) + "\n")

    def caution(self, diagnostic: Diagnostic) -> None:
        """Print the warning, under --quiet too."""
        self._end_progress()
        write_flushed(self.err, format_diagnostic(diagnostic) + "\n")

    def info(self, message: str) -> None:
        """Print a result line unless --quiet."""
        self._end_progress()
        if self.verbosity != "quiet":
            write_flushed(self.out, terminal_safe(message) + "\n")

    def detail(self, message: str) -> None:
        """Print a line under --verbose."""
        if self.verbosity == "verbose":
            self._end_progress()
            write_flushed(self.out, terminal_safe(message) + "\n")

    def progress(self, done: int, total: int) -> None:
        """Redraw one status line on a terminal; say nothing when piped."""
        if self.verbosity == "quiet" or self.err is None or not self.err.isatty():
            return
        write_flushed(self.err, f"\rbuilding {done}/{total} briefings")
        self._progress_shown = True

    def _end_progress(self) -> None:
        if self._progress_shown:
            write_flushed(self.err, "\r\x1b[K")
            self._progress_shown = False


def write_flushed(stream: TextIO | None, text: str) -> None:
    """Write and flush `text`; raise OutputClosedError when nobody reads the stream any more,
    or it can take nothing more (a full device).

    A stream closed before briefgen started is None, as Python sets it: what goes to it is
    dropped, as `print` drops it.
    """
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError as closed:
        raise OutputClosedError from closed
    except OSError as failed:
        raise OutputClosedError(failed.strerror or str(failed)) from failed


@dataclass
class OutlivingReporter:
    """Report through `reporter` until the reader of its output goes away, then drop
    everything: `serve` outlives that reader (`briefgen serve | head -2`) and goes on serving
    and rebuilding, showing problems in the browser's overlay, but prints nothing more."""

    reporter: Reporter
    closed: OutputClosedError | None = None
    """Why the output went away, once it has: raised when serve ends, for exit code 141."""

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Show problems in file order, while the output is read."""
        self._report(self.reporter.diagnostics, diagnostics)

    def caution(self, diagnostic: Diagnostic) -> None:
        """Show a warning --quiet does not hide, while the output is read."""
        self._report(self.reporter.caution, diagnostic)

    def info(self, message: str) -> None:
        """Show a result line, while the output is read."""
        self._report(self.reporter.info, message)

    def detail(self, message: str) -> None:
        """Show a verbose line, while the output is read."""
        self._report(self.reporter.detail, message)

    def progress(self, done: int, total: int) -> None:
        """Show progress, while the output is read."""
        self._report(self.reporter.progress, done, total)

    def _report(self, report: Callable[..., None], *args: object) -> None:
        if self.closed is not None:
            return
        try:
            report(*args)
        except OutputClosedError as closed:
            self.closed = closed


@dataclass
class RecordingReporter:
    """Keep every event in memory, for tests and for the dev server's error overlay."""

    problems: list[Diagnostic] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    progress_calls: list[tuple[int, int]] = field(default_factory=list)

    def diagnostics(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Record diagnostics in file order."""
        self.problems.extend(sorted_diagnostics(diagnostics))

    def caution(self, diagnostic: Diagnostic) -> None:
        """Record a warning --quiet does not hide, with the other diagnostics."""
        self.problems.append(diagnostic)

    def info(self, message: str) -> None:
        """Record a result line."""
        self.infos.append(message)

    def detail(self, message: str) -> None:
        """Record a verbose line."""
        self.details.append(message)

    def progress(self, done: int, total: int) -> None:
        """Record a progress step."""
        self.progress_calls.append((done, total))


def count(number: int, noun: str) -> str:
    """Return `1 briefing`, `2 briefings`: the number and the noun, singular or plural."""
    return f"{number} {noun}{'s' * (number != 1)}"
