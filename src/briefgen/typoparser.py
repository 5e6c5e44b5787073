"""An argparse parser that answers a typo with the command or option meant."""

from __future__ import annotations

import argparse
import re
import sys
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from _typeshed import SupportsWrite


class TypoParser(argparse.ArgumentParser):
    """An ArgumentParser that suggests the closest command or option for a typo.

    Python 3.11's argparse has no `suggest_on_error`.
    """

    sibling_commands: Mapping[str, argparse.ArgumentParser] = MappingProxyType({})
    """Every command's parser, this one's among them (CommandChoices sets it): an option of
    another command is named as that command's, not taken for a typo."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Make a parser that reads no prefix as its option (`--out` as `--output`): a prefix is
        a mistyped option, with a suggestion, as a script's prefix would change meaning the day
        a new option shares it. Commands' parsers are made by this class too."""
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self._given: Sequence[str] = ()
        """The arguments being parsed: an error for a missing one looks in them for a typo."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse like argparse, but fail on arguments nobody knows, with a hint for each.

        Failing here, not in parse_args, makes a command's parser fail itself, so the error
        shows that command's usage rather than briefgen's.
        """
        given = sys.argv[1:] if args is None else list(args)
        self._given = given
        parsed, extras = super().parse_known_args(given, namespace)
        if extras:
            hints = "".join(self._hint(*extra) for extra in _placed(extras, given))
            self.error(f"unrecognized arguments: {' '.join(extras)}{hints}")
        return parsed, extras

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """Print like argparse, but help or a version that cannot reach stdout (a full disk, a
        reader gone) raises OutputClosedError, as a result line does: argparse drops the
        failure and exits 0. A usage error that cannot reach stderr is dropped: exit 2 says it."""
        if message and file is sys.stdout:  # print_help's and the version action's
            from briefgen.report import write_flushed  # not at start-up: only help is written

            write_flushed(cast("TextIO", file), message)
        else:
            super()._print_message(message, file)

    def error(self, message: str) -> NoReturn:
        """Print usage and the message, with a "did you mean" where one is close, and exit 2."""
        choice = re.search(r"invalid choice: '?([^' ]*)'? \(choose from", message)
        if choice:
            message += _did_you_mean(choice.group(1), list(self._commands()))
            # `briefgen --source p build`: `p` was taken for the command, as the option before
            # it is a command's, which goes after the command.
            before = self._given[: list(self._given).index(choice.group(1))]
            message += "".join(self._hint(given, False) for given in before if given != "--")
        elif message.startswith("the following arguments are required"):
            # `briefgen --verison`: the typo is why the command seems missing.
            placed = _placed(self._given, self._given)
            message += "".join(self._hint(given, False) for given, ended in placed if not ended)
        from briefgen.diagnostics import terminal_safe  # not at start-up: only an error needs it

        # An argument is quoted in the message as typed (`unrecognized arguments: …`, the
        # `--base-url` or `--source` refused): its escape sequences must not reach the terminal.
        # Each line is escaped alone, keeping the line breaks of the hints appended above.
        super().error("\n".join(terminal_safe(line) for line in message.split("\n")))

    def _takes_arguments(self) -> bool:
        """Return whether the command takes an argument that is no option (`new`'s title),
        not counting a command's name."""
        return any(
            not action.option_strings and not isinstance(action, argparse._SubParsersAction)
            for action in self._actions
        )

    def _hint(self, extra: str, after_end_of_options: bool) -> str:
        """Return the line that helps with an argument this parser does not know, or ""."""
        if extra[:1] in _DASHES and not after_end_of_options:
            meant = "--" + extra[1:].split("=", 1)[0]
            if meant in self._option_string_actions:
                typed = extra.split("=", 1)[0]
                dash = _DASHES[extra[0]]
                return f"\n  `{typed}` starts with {dash}, not `--`: did you mean `{meant}`?"
            return self._hint("--" + extra[1:], after_end_of_options)
        option = extra.split("=", 1)[0]
        if not extra.startswith("-") or extra == "--" or option == "-":  # `-` is no option
            return ""
        if after_end_of_options:  # `build -- --strict`: an argument, whatever it looks like
            return f"\n  `{extra}` is an unexpected argument: after `--` nothing is an option"
        if not any(char.isalnum() for char in option):  # `new ---`: a title, not an option
            if not self._takes_arguments():  # `build ---`: `--` would not make it one
                return ""
            return (
                f"\n  `{extra}` is read as an option, as it starts with `-`: to give it as an "
                f"argument, put `--` before it (`{self.prog} -- {extra}`)"
            )
        if option in self._option_string_actions:
            return ""  # no typo: never suggest what was typed
        owners = [
            f"`{command.prog}`"
            for command in self._commands().values()
            if option in command._option_string_actions
        ]
        from briefgen.diagnostics import listed  # not at start-up: only a typo needs it

        if owners:
            return f"\n  `{option}` is an option of {listed(owners)}, not of `{self.prog}`"
        mine = _closest(option, list(self._option_string_actions))
        theirs = {
            name
            for command in self._commands().values()
            for name in command._option_string_actions
            if name not in self._option_string_actions
        }
        # `serve --outptu`: build's `--output`, closer than serve's `--future`, was meant.
        other = _closest(option, sorted(theirs), prefix=False)
        if other and (mine is None or _likeness(option, other) > _likeness(option, mine)):
            commands = [
                f"`{c.prog}`"
                for c in self._commands().values()
                if other in c._option_string_actions
            ]
            whose = f"`{other}` (an option of {listed(commands)})"
            return f"\n  did you mean {whose} instead of `{option}`?"
        return f"\n  did you mean `{mine}` instead of `{option}`?" if mine else ""

    def _commands(self) -> Mapping[str, argparse.ArgumentParser]:
        """Return the commands' parsers: briefgen's own, or for a command, its siblings'."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                return cast("Mapping[str, argparse.ArgumentParser]", action.choices)
        return self.sibling_commands


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    _SubParsers = argparse._SubParsersAction


class CommandChoices(_SubParsers):
    """The `COMMAND` argument: it tells each command's parser of the others (sibling_commands)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        """Add a command's parser, as argparse does, and tell it of its siblings."""
        command = super().add_parser(name, **kwargs)
        if isinstance(command, TypoParser):
            command.sibling_commands = self.choices
        return command


def _placed(extras: Sequence[str], given: Sequence[str]) -> list[tuple[str, bool]]:
    """Pair each unknown argument with whether it came after the `--` that ends the options.

    argparse drops a `--` it used to end a positional's values, so the place is found in the
    arguments given, of which the unknown ones are a subsequence.
    """
    placed = []
    rest = iter(given)
    ended = False
    for extra in extras:
        for token in rest:
            if token == extra:
                break
            ended = ended or token == "--"
        placed.append((extra, ended))
        ended = ended or extra == "--"
    return placed


def _did_you_mean(typed: str, candidates: Sequence[str]) -> str:
    """Return the line suggesting what was meant, or ""."""
    close = _closest(typed, candidates)
    return f"\n  did you mean `{close}` instead of `{typed}`?" if close else ""


def _closest(typed: str, candidates: Sequence[str], *, prefix: bool = True) -> str | None:
    """Return the candidate meant by `typed`, or None.

    A prefix (`--dr`) means the one candidate it starts, which difflib's likeness can miss
    for a shorter one (`--pdf`); a prefix of several falls back to the likeness.
    """
    import difflib  # only a mistyped command or option needs it

    started = [candidate for candidate in candidates if candidate.startswith(typed)]
    if prefix and len(started) == 1:
        return started[0]
    close = difflib.get_close_matches(typed, candidates, n=1)
    return close[0] if close else None


def _likeness(typed: str, candidate: str) -> float:
    """Return how alike two words are, as difflib's suggestions rank them (0 to 1)."""
    import difflib

    return difflib.SequenceMatcher(None, typed, candidate).ratio()


_DASHES = MappingProxyType({"\u2014": "an em dash", "\u2013": "an en dash"})
"""What macOS, Word or Slack make of a typed `--`: an option starting so is no option."""
