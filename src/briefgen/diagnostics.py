"""Diagnostics: every problem in content, config or templates, as a value with a place.

Stages return diagnostics instead of raising, so one run reports every mistake. Only the
command boundary turns errors into `BriefgenError` and an exit code.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence


@dataclass(frozen=True, slots=True, order=True)
class SourcePos:
    """A place in a source file, for diagnostics and for tools reading briefing.json."""

    path: str
    """Path relative to the project root, with `/` separators."""
    line: int
    """1-based line number in the file (front matter included)."""
    column: int = 1
    """1-based column, 1 when only the line is known."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in the user's files."""

    severity: Severity
    pos: SourcePos
    message: str
    hint: str | None = None
    """How to fix it, printed on its own line after the message."""

    @property
    def is_error(self) -> bool:
        """Return True for errors, which fail the build."""
        return self.severity == "error"

    def sort_key(self) -> tuple[str, int, int, str]:
        """Return a key that orders diagnostics by file, line, column, then message."""
        return (self.pos.path, self.pos.line, self.pos.column, self.message)


def error(pos: SourcePos, message: str, hint: str | None = None) -> Diagnostic:
    """Return an error diagnostic."""
    return Diagnostic("error", pos, message, hint)


def warning(pos: SourcePos, message: str, hint: str | None = None) -> Diagnostic:
    """Return a warning diagnostic."""
    return Diagnostic("warning", pos, message, hint)


def placed(
    path: str, text: str, matches: Iterable[re.Match[str]]
) -> Iterator[tuple[SourcePos, re.Match[str]]]:
    """Yield each of `matches` in `text` (in order) with where it starts in the file `path`,
    its lines counted once from the start, not again for each: a paste of thousands of them
    stays linear."""
    line, line_start, counted_to = 1, 0, 0
    for match in matches:
        start = match.start()
        if newlines := text.count("\n", counted_to, start):
            line += newlines
            line_start = text.rfind("\n", counted_to, start) + 1
        counted_to = start
        yield SourcePos(path, line, start - line_start + 1), match


def excerpt(text: str, limit: int) -> str:
    """Return `text` for a message, cut to `limit` characters with `...` when longer: before
    the whole of a character as a reader sees it (a flag, an emoji sequence, a letter and its
    accents), never through one, which would show half of it or another character."""
    return text if len(text) <= limit else text[: _cluster_start(text, limit - 3)] + "..."


_ZWJ = "\u200d"


def _cluster_start(text: str, at: int) -> int:
    """Return where the character as a reader sees it that holds `text[at]` starts: back over
    what extends the code point before it and over what a ZWJ joins to it, then to the start of
    a flag's pair of regional indicators. Each step goes back one code point, never past the
    start: linear in the cut's length however long a run of marks or flags."""
    while at > 0 and (
        _extends(text[at]) or text[at - 1] == _ZWJ or text[at - 1 : at + 1] == "\r\n"
    ):
        at -= 1
    paired = at
    while paired > 0 and _is_regional_indicator(text[paired - 1]):
        paired -= 1  # the flags before the cut, which pair from the run's start
    odd = (at - paired) % 2 == 1
    return at - 1 if odd and _is_regional_indicator(text[at]) else at


_SPACING_LETTERS = frozenset("\u0e33\u0eb3")
"""Thai and Lao AM (`ทำ`), letters by their category that Unicode joins to the one before."""


def _extends(char: str) -> bool:
    """Return True for a code point that belongs with the one before it: a mark (an accent, a
    vowel sign, a variation selector), a ZWJ, a skin-tone modifier, a tag of a flag like
    England's, Thai and Lao AM, or a Hangul vowel or final consonant written apart (as macOS
    file names decompose syllables)."""
    code = ord(char)
    return (
        unicodedata.category(char)[0] == "M"
        or char == _ZWJ
        or char in _SPACING_LETTERS
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
        or 0x1160 <= code <= 0x11FF
        or 0xD7B0 <= code <= 0xD7FF
    )


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


NAME_LIMIT = 40
"""The most characters of a name the writer gave (a field's, a setting's, a key's) a message
quotes."""


def quoted_name(name: object) -> str:
    """Return a key's name as written, for a message: cut to `NAME_LIMIT` characters, so a
    pasted blob read as a key never prints a line as long."""
    return excerpt(str(name), NAME_LIMIT)


def coded_name(name: str) -> str:
    """Return a key's name for a message with each character past ASCII as its code point
    (`t<U+0456>tle`): for a name that is a known one but for a character that only looks like
    its letter, or shows as nothing, which printed as it is reads as the name it is not."""
    return "".join(c if c.isascii() else f"<U+{ord(c):04X}>" for c in quoted_name(name))


def wrapped_excerpt(text: str, limit: int) -> str:
    """Return a paragraph's `text` for a message as the page shows it: its wrapped lines
    joined by a space, not by a line break a message would show escaped."""
    return excerpt(" ".join(text.split("\n")), limit)


def over_limit(what: str, size: int | None, limit: int) -> str:
    """Return `what is N bytes; the limit is M bytes (2 MB)`: in bytes, since sizes rounded
    to KB or MB can read alike (`64 KB; the limit is 64 KB`). None: the size is unknown."""
    unit = 1024 * 1024 if limit % (1024 * 1024) == 0 else 1024
    named = f"{limit // unit} {'MB' if unit > 1024 else 'KB'}"
    if size is None:
        return f"{what} is over the limit of {limit:,} bytes ({named})"
    return f"{what} is {size:,} bytes; the limit is {limit:,} bytes ({named})"


def listed(names: Sequence[str]) -> str:
    """Return "a", "a and b" or "a, b and c": names in a message."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def missing_project(root: object) -> Diagnostic:
    """Return the error for a `--source` folder that does not exist (a command that writes
    into it would otherwise make a new project of a mistyped name)."""
    return error(
        SourcePos("--source", 1),
        f"project folder {root} not found",
        "run briefgen in a project folder (`briefgen init` makes one), or fix --source",
    )


def undecodable_at(path: str, data: bytes, problem: UnicodeDecodeError) -> SourcePos:
    """Return the line and column of the first byte of `data` that is not UTF-8, counted as
    every other place is: lines end at CRLF, CR or LF, columns are characters, a BOM is none."""
    before = data[: problem.start].decode("utf-8").removeprefix("\ufeff")
    before = before.replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return SourcePos(path, line, column)


def format_diagnostic(diagnostic: Diagnostic) -> str:
    """Return `path:line:col: severity: message`, plus an indented hint line when there is one.

    Text from content and file names is shown with control characters escaped, so a file can
    neither move the cursor nor recolour the terminal of whoever builds it.
    """
    text = f"{terminal_safe(str(diagnostic.pos))}: {diagnostic.severity}: "
    text += terminal_safe(diagnostic.message)
    if diagnostic.hint:
        text += f"\n  hint: {terminal_safe(diagnostic.hint)}"
    return text


_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
"""Controls (C0, DEL, C1), line separators, bidi overrides and lone surrogates: none of them
printable (`str.isprintable`). Left to `re`'s cache, compiled for the first text holding one: a
set this wide costs 4 M instructions to compile, about 1 % of a build with nothing to do."""


def terminal_safe(text: str) -> str:
    """Return `text` with characters a terminal would act on shown as `\\xNN` or `\\uNNNN`."""
    return text if text.isprintable() else re.sub(_UNPRINTABLE, _escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def counted(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Return the diagnostics with each repeated one kept once, its message saying how many
    times it was found: warnings moved to one place (a YAML key, an image) would otherwise
    be taken for one, the output dropping the copies."""
    times = Counter(diagnostics)  # in the order first found
    return [
        d if n == 1 else replace(d, message=f"{d.message} ({n} times in this text)")
        for d, n in times.items()
    ]


SHOWN_ALIKE = 20
"""How many diagnostics of one kind in one file `capped_kinds` lists before it counts the
rest, as many as the build lists control characters of a file
(`content.controlcharacters.SHOWN_CHARACTERS`)."""
_QUOTE = pattern(r"`[^`\n]*`")
_QUOTED = pattern(rf"{_QUOTE.pattern}|[0-9][0-9,]*")
"""What a message quotes of the file (`` `Q:` ``) and the numbers it counts: not its kind."""


def capped_kinds(diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
    """Return a file's diagnostics, in their order, with those of one kind (in the same words
    but for what they quote of the file and the numbers they count) listed at their first
    `SHOWN_ALIKE` places in the file and one more, which says how many more follow it: a
    pasted transcript of 5,000 `Q:` and `A:` lines got 5,000 warnings saying one thing. One
    said twice at one place (a definition's address, for each link using it) is listed once."""
    if len(diagnostics) <= SHOWN_ALIKE + 1:
        return list(dict.fromkeys(diagnostics))  # most files: too few to cap
    unique = list(dict.fromkeys(diagnostics))
    order = sorted(range(len(unique)), key=lambda at: unique[at].sort_key())
    kept = dict(_capped([unique[at] for at in order]))  # by place in file order
    if len(kept) == len(unique):
        return unique
    return [kept[at] for at in sorted(kept, key=order.__getitem__)]


def _capped(ordered: Sequence[Diagnostic]) -> list[tuple[int, Diagnostic]]:
    """Return each diagnostic listed, with its place in `ordered` (file order): those of one
    kind (`_kind`) at their first `SHOWN_ALIKE` places and one more, which says how many more
    follow."""
    kinds = [_kind(d) for d in ordered]
    totals = Counter(kinds)
    listed: Counter[tuple[str, str, str, str | None]] = Counter()
    kept: list[tuple[int, Diagnostic]] = []
    for at, (diagnostic, of) in enumerate(zip(ordered, kinds, strict=True)):
        listed[of] += 1
        if listed[of] > SHOWN_ALIKE + 1:
            continue
        if listed[of] > SHOWN_ALIKE and (following := totals[of] - listed[of]):
            message = f"{diagnostic.message} (and {following:,} more like it after this one)"
            diagnostic = replace(diagnostic, message=message)
        kept.append((at, diagnostic))
    return kept


_ADDED_COUNT = pattern(
    r" \((?:and [0-9,]+ more like it after this one|[0-9,]+ times in this text)\)\Z"
)
"""The count `capped_kinds` or `counted` adds to a message."""


def problem_of(diagnostic: Diagnostic) -> tuple[Severity, str]:
    """Return what a diagnostic says is wrong, wherever and however often: its severity and
    its message up to what became of the text (`; kept as a paragraph`, `; shown as text`),
    without what it quotes, the numbers it counts, or the count `capped_kinds` adds."""
    message = _ADDED_COUNT.sub("", diagnostic.message).split("; ", 1)[0]
    return diagnostic.severity, _QUOTED.sub("`", message)


def quoted_of(diagnostic: Diagnostic) -> tuple[Severity, tuple[str, ...]]:
    """Return what a diagnostic names, in whatever words: its severity and what its message
    quotes (`` `Figure:` ``, an image's address), in order."""
    return diagnostic.severity, tuple(_QUOTE.findall(diagnostic.message))


def _kind(diagnostic: Diagnostic) -> tuple[str, str, str, str | None]:
    """Return what a diagnostic says and of which file, but for what it quotes and counts."""
    hint = _QUOTED.sub("`", diagnostic.hint) if diagnostic.hint else diagnostic.hint
    return diagnostic.pos.path, diagnostic.severity, _QUOTED.sub("`", diagnostic.message), hint


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Return the diagnostics in file order, without duplicates."""
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def has_errors(diagnostics: Iterable[Diagnostic], *, strict: bool = False) -> bool:
    """Return True if any diagnostic fails the run (warnings too when `strict`)."""
    return any(d.is_error or strict for d in diagnostics)


class BriefgenError(Exception):
    """Raised at a command boundary when the run must stop with exit code 1."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(format_diagnostic(d) for d in self.diagnostics))


class ProjectCodeProblem(Exception):  # noqa: N818 - a problem report, like TemplateProblem
    """Raised where the project's own code (a template, a plugin) fails while briefgen runs it.

    It carries its diagnostic, with a place, up to where outputs are collected (a pool worker
    sends the diagnostic back): a mistake of the project's, reported with exit 1, not a bug.
    """

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic
        super().__init__(format_diagnostic(diagnostic))


MACHINE_ERRNOS = frozenset(
    {
        errno.ENOSPC,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EDQUOT,
        errno.ENAMETOOLONG,
        errno.EFBIG,
        errno.EMFILE,
        errno.ENFILE,
    }
)
"""OSErrors that describe the machine (disk full, read-only, permissions, the process's limits
on a file's size and on open files: `ulimit -f`, `ulimit -n`), not a bug."""

_FULL_OR_READ_ONLY = frozenset({errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EFBIG})
"""The machine's errors only a write meets."""


def machine_problem(problem: OSError, where: object) -> Diagnostic | None:
    """Return the error naming the file of a machine's OSError (`MACHINE_ERRNOS`), at `where`
    when it names none; None for any other OSError, which is a bug of briefgen's."""
    if problem.errno not in MACHINE_ERRNOS:
        return None
    place = problem.filename if problem.filename is not None else where
    raw = (
        os.fsencode(place) if isinstance(place, str | bytes | os.PathLike) else str(place).encode()
    )
    # A full or read-only disk is a write's; a permission may be a read's (`check`).
    verb = "write" if problem.errno in _FULL_OR_READ_ONLY else "use"
    shown = raw.decode("utf-8", "backslashreplace")
    return error(SourcePos(shown, 1), f"cannot {verb}: {problem.strerror}")
